"""A quotation that ends in a comma before the words that name its speaker ends the content there, whatever the
parser hung those words on. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.document import Document
from tests.quotes.helpers import quote_strings


def test_described_speaker_after_a_closed_quotation_speaks_it(pipeline):
    text = ("\u201cWe are done here,\u201d a harbour official, who was not allowed to speak on the record, "
            "told the Tribune.")
    [(content, speaker)] = quote_strings(pipeline, text)
    assert content == "\u201cWe are done here,\u201d"
    assert speaker.startswith("a harbour official")


def test_quotation_that_opens_a_longer_content_keeps_it(pipeline):
    text = "\u201cReckless\u201d is how the mayor described the plan, the councillor said."
    assert quote_strings(pipeline, text) == [
        ("\u201cReckless\u201d is how the mayor described the plan", "the councillor")]


def test_name_of_a_described_speaker_leaves_out_quotation_marks(pipeline):
    text = "\u201cThe bridge is safe,\u201d a city engineer, who asked not to be named, told reporters on Friday."
    document = next(iter(pipeline.annotate([Document(text=text, id="t")])))
    assert [quote.speaker_text for quote in document.quotes] == ["city engineer"]
