"""A participle set off by a comma after an object tells what the clause's subject did, though the parser may hang
it on the object: 'called for a show of hands, and then a second vote, declaring X' is the chairwoman's, not the
vote's. Without the comma the participle describes the noun, which speaks ('received calls saying X')."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_set_off_participle_after_an_object_is_the_subjects(pipeline):
    text = ("The chairwoman, Lena Okafor, called for a show of hands, and then a second vote, declaring after both "
            "that the motion had failed.")
    assert ("that the motion had failed", "The chairwoman, Lena Okafor") in quote_strings(pipeline, text)


def test_a_participle_describing_its_noun_keeps_the_noun(pipeline):
    text = "The harbour office received dozens of calls saying the old bridge was unsafe."
    assert ("the old bridge was unsafe", "calls") in quote_strings(pipeline, text)
