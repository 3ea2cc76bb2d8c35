"""The quotes stage: who said what, and which statements the article frames as claims."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document, Quote, Span
from eventwire.quotes.attribution import Attribution, find_attributions, paragraph_of, speaker_range
from eventwire.quotes.claims import find_claims
from eventwire.quotes.frames import token_span
from eventwire.quotes.marks import inside_mask, kind_of, quotations
from eventwire.quotes.speakers import ActorCodes, People


class QuoteStage:
    """Fills ``document.quotes`` (direct, indirect and mixed) and ``document.claims``."""

    name = "quotes"
    requires: tuple[str, ...] = ("entities",)

    def __init__(self, settings=None) -> None:
        self.settings = settings

    def __call__(self, document: Document, parsed: Doc) -> None:
        found = quotations(document.text, document.paragraphs)
        mask = inside_mask(document.text, found)
        people = People(document, parsed)
        attributions = find_attributions(parsed, document.text, found, mask)
        codes = ActorCodes(document)
        document.quotes = [_quote(document, parsed, a, mask, people, codes) for a in attributions]
        document.claims = find_claims(document, parsed, people, found, codes)


def _quote(document: Document, parsed: Doc, attribution: Attribution, mask: bytearray, people: People,
           codes: ActorCodes) -> Quote:
    parts = sorted(attribution.parts)
    quote = Quote(content=(parts[0][0], parts[-1][1]), kind=kind_of(document.text, parts, mask),
                  cue=attribution.cue, content_parts=parts if len(parts) > 1 else [])
    phrase = speaker_range(attribution)
    speaker = _within_paragraph(document.text, token_span(parsed, phrase), attribution.cue) if phrase else None
    if speaker is not None:
        quote.speaker = speaker
        quote.speaker_text = people.resolve(attribution.speaker, phrase)
        quote.speaker_code = codes.code(quote.speaker)
    if attribution.channel is not None:
        channel = (attribution.channel.left_edge.i, attribution.channel.i + 1)
        quote.channel_span = token_span(parsed, channel)
        quote.channel = people.resolve(attribution.channel, channel)
    return quote


def _within_paragraph(text: str, speaker: Span | None, cue: Span) -> Span | None:
    """The speaker phrase clipped to the cue's paragraph (the parser may glue a dateline or timestamp to it)."""
    if speaker is None:
        return None
    low, high = paragraph_of(text, cue[0])
    start, end = max(speaker[0], low), min(speaker[1], high)
    return (start, end) if start < end else None
