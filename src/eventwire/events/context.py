"""Where, when and on whose word: place, date and speaker of an event from the sibling stages.

Each sibling stage is optional: when geo, temporal or quotes are not installed the event falls back to a
prepositional place name, the article date, or the subject of the verb of saying.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.document import Document, Place

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside"}


def place_for(document: Document, parsed: Doc, start: int, end: int,
              trigger: Token) -> tuple[Place | None, str | None, str]:
    """The event's place, its name, and how it was found ("clause" when the event's own clause names it);
    without the geo stage, a place entity after "in/at/near"."""
    try:
        from eventwire.geo import place_for_span
    except ImportError:
        place_for_span = None
    if place_for_span is not None:
        place, how = place_for_span(document, parsed, start, end)
        return place, (place.name if place else None), how
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                return None, obj.text, "clause"
    return None, None, "none"


def anchored_dates(document: Document) -> dict[str, str]:
    """Event phrases dated by a count in the text ("on the second day of Russia's invasion"), once per article."""
    try:
        from eventwire.temporal import anchored_event_dates
    except ImportError:
        return {}
    return anchored_event_dates(document)


def date_for(document: Document, parsed: Doc, start: int, end: int,
             anchors: dict[str, str]) -> tuple[str | None, str | None]:
    """The event's TIMEX3 value and where it came from; without the temporal stage, the article date."""
    try:
        from eventwire.temporal import date_for_span
    except ImportError:
        return (document.date, "article") if document.date else (None, None)
    for phrase, value in anchors.items():
        at = document.text.find(phrase)
        while at != -1:
            if at < end and start < at + len(phrase):
                return value, "clause"
            at = document.text.find(phrase, at + 1)
    value, source = date_for_span(document, parsed, start, end)
    return value, (source if value else None)


def reporter(document: Document, start: int, end: int, speaker: Token | None) -> str | None:
    """The speaker of the quote whose content holds the evidence, else the subject of the verb of saying."""
    for quote in document.quotes:
        parts = quote.content_parts or [quote.content]
        if any(s <= start and end <= e for s, e in parts):
            if quote.speaker_text:
                return quote.speaker_text
            if quote.speaker:
                return document.text[quote.speaker[0]:quote.speaker[1]]
    if speaker is not None:
        return document.text[speaker.left_edge.idx:speaker.idx + len(speaker)]
    return None
