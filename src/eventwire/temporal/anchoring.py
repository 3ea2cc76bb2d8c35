"""Which date governs a stretch of text, and event start dates implied by ordinal counts.

These serve the event coder: an event is dated by the time expression of its own clause, else of its
sentence, else by the article date. Durations, sets and vague references ("recently") date nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spacy.tokens import Doc

from eventwire.document import Document, Timex
from eventwire.temporal.calendar_math import parse_date, shift
from eventwire.temporal.lexicon import event_anchor_pattern, lookup, number_value
from eventwire.temporal.tense import governing_verb


#: How far around an event's span an ordinal count phrase ("on the third day of the siege") may start or end.
ANCHOR_REACH = 300


def _dating(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.value[:1].isdigit()


def _clause_head(parsed: Doc, start: int, end: int):
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    return governing_verb(span.root), span.sent


def _day_part(value: str) -> str:
    return value.split("T", 1)[0]


def date_for_span(document: Document, parsed: Doc, start: int, end: int,
                  timexes: Iterable[Timex] | None = None) -> tuple[str | None, str]:
    """The value of the time expression governing the clause of [start, end), else one in its sentence
    (the nearest), else the article date; the second element says which: clause | sentence | article | none.
    An event phrase dated by an ordinal count ("the second day of the invasion") gets its start date.
    ``timexes``: the candidates, when the caller has narrowed them to the sentence (default: the article's)."""
    for anchor_start, anchor_end, _, day in _event_anchors(document, start - ANCHOR_REACH, end + ANCHOR_REACH):
        if anchor_start < end and start < anchor_end:
            return day, "clause"  # "the second day of the invasion" dates the invasion itself
    verb, sentence = _clause_head(parsed, start, end)
    candidates = [t for t in (document.timexes if timexes is None else timexes) if _dating(t)]
    if sentence is not None:
        in_sentence = [t for t in candidates if sentence.start_char <= t.start < sentence.end_char]
        same_clause = [t for t in in_sentence if verb is not None and _clause_head(parsed, t.start, t.end)[0] == verb]
        for pool, source in ((same_clause, "clause"), (in_sentence, "sentence")):
            if pool:
                nearest = min(pool, key=lambda t: abs(t.start - start))
                return _day_part(nearest.value), source
    if document.date:
        return document.date[:10], "article"
    return None, "none"


def anchored_event_dates(document: Document) -> dict[str, str]:
    """Start dates of events counted in days, weeks... by the text: "on the second day of Russia's invasion"
    in an article of 2022-02-25 means the invasion began on 2022-02-24. Keys are the event phrases as
    written; the count is anchored at a date in the same sentence, else the article date."""
    return {phrase: day for _, _, phrase, day in _event_anchors(document)}


def _event_anchors(document: Document, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, phrase, ISO start date) of each event phrase an ordinal count dates, between start and end
    (one event asks about its own neighbourhood only, so dating every event stays linear in the article)."""
    anchors = []
    window_end = len(document.text) if end is None else min(end, len(document.text))
    for match in event_anchor_pattern().finditer(document.text, max(0, start), window_end):
        reference = _reference_date(document, match.start())
        ordinal = match.group("ord").lower()
        count = lookup("ordinals", ordinal) or number_value(ordinal[:-2])
        if reference is None or not count:
            continue
        unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[match.group("unit").lower()]
        start = shift(reference, unit, -(int(count) - 1)).isoformat()
        anchors.append((match.start("event"), match.end("event"), match.group("event"), start))
    return anchors


def _reference_date(document: Document, offset: int) -> dt.date | None:
    index = document.sentence_index(offset)
    if index is not None:
        sentence = document.sentences[index]
        for timex in document.timexes:
            if sentence.start <= timex.start < sentence.end and _dating(timex) and parse_date(timex.value):
                return parse_date(timex.value)
    return parse_date(document.date)
