"""Quotations that carry on an attribution without a cue of their own, and the cues that stop them."""

from __future__ import annotations

from eventwire.quotes import QuoteStage
from tests.conftest import parse


def _quotes(nlp, text):
    document, parsed = parse(nlp, text)
    QuoteStage(None)(document, parsed)
    return document, document.quotes


def _pieces(document, quote):
    return [document.span_text(p) for p in (quote.content_parts or [quote.content])]


def test_sequel_joins_past_a_cue_describing_the_speaker(nlp):
    text = ('"The harbour plan will pass this spring," said Ana Ruiz, who endorsed the mayor. '
            '"Nobody on the council can stop it now."')
    document, quotes = _quotes(nlp, text)
    joined = [q for q in quotes if "Nobody" in document.span_text(q.content)]
    assert joined and _pieces(document, joined[0])[0].startswith('"The harbour plan')


def test_sequel_stops_at_a_cue_in_another_sentence(nlp):
    text = ('"The harbour plan will pass this spring," said Ana Ruiz. Tom Berg said the vote would fail. '
            '"Nobody on the council can stop it now."')
    document, quotes = _quotes(nlp, text)
    first = next(q for q in quotes if document.span_text(q.content).startswith('"The harbour plan'))
    assert "Nobody" not in document.span_text(first.content)


def test_sequel_continues_over_a_single_line_break(nlp):
    text = ('"The harbour plan will pass this spring," said Ana Ruiz.\n'
            '"Nobody on the council can stop it now, and they know it."\n'
            'The council meets on Tuesday.')
    document, quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    assert _pieces(document, quotes[0])[-1] == '"Nobody on the council can stop it now, and they know it."'


def test_paragraph_quotation_after_a_colon_is_what_was_said(nlp):
    text = ('The harbour authority issued a short statement on Friday:\n\n'
            '"We regret the delays and will reopen the north pier to all ships next week."')
    document, quotes = _quotes(nlp, text)
    said = [q for q in quotes if "north pier" in document.span_text(q.content)]
    assert said and document.span_text(said[0].cue) == "issued"
