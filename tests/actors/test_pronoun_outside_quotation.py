"""A subject pronoun outside quotation marks never stands for a name inside them, in the actors stage as in quotes."""

from __future__ import annotations

from eventwire.quotation_marks import names_across_quotation, quoted_mask
from tests.actors.helpers import mention


def test_quotation_mask_marks_a_mistyped_closing_mark_as_the_end():
    text = 'He called them "thieves“ and left. Then he spoke.'
    quoted = quoted_mask(text)
    assert quoted[text.index("thieves")] and not quoted[text.index("left")]


def test_pronoun_outside_quotation_cannot_take_a_name_inside_it():
    text = 'Ann Lee spoke. "We owe Mark Hill a lot," she said.'
    quoted = quoted_mask(text)
    she, mark, ann = text.index("she"), text.index("Mark"), text.index("Ann")
    assert names_across_quotation(quoted, she, mark)
    assert not names_across_quotation(quoted, she, ann)
    assert not names_across_quotation(quoted, text.index("We"), mark)  # inside, it may


def test_actors_pronoun_outside_quotation_skips_the_coded_name_inside_it(run):
    document = run('Barack Obama flew to Ohio on Monday. "Donald Trump will not win," he said.', date="2016-03-01")
    assert mention(document, "he").canonical == "Barack Obama"
