"""A quotation opening its sentence, then only a speaker and a verb: the verb reports it, whatever the verb."""

from __future__ import annotations

from eventwire.quotes import QuoteStage
from tests.conftest import parse


def _quotes(nlp, text):
    document, parsed = parse(nlp, text)
    QuoteStage(None)(document, parsed)
    return document, document.quotes


def test_unusual_verb_after_a_quotation_reports_it(nlp):
    text = '"Have you even read the report on the bridge repairs?" the senator pressed.'
    document, quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    assert document.span_text(quotes[0].cue) == "pressed"
    assert document.span_text(quotes[0].speaker) == "the senator"


def test_verb_after_a_short_title_reports_nothing(nlp):
    text = 'Mr. Ortiz said little about the budget. "Harbour Lights" aired on Sunday night.'
    document, quotes = _quotes(nlp, text)
    assert not any(document.span_text(q.cue) == "aired" for q in quotes)


def test_verb_with_an_object_of_its_own_reports_nothing(nlp):
    text = '"We will rebuild the pier before the summer season," the mayor said. The crowd cheered the news.'
    document, quotes = _quotes(nlp, text)
    assert not any(document.span_text(q.cue) == "cheered" for q in quotes)
