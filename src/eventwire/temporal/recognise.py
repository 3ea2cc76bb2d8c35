"""Find time expressions in a text and normalise them, in document order.

Every rule proposes matches; the longest match wins a stretch of text, ties go to the earlier rule, and a match
its normaliser refuses gives way to shorter ones. Values are then computed left to right so that "a year
earlier" can lean on the date mentioned before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from eventwire.document import Timex
from eventwire.temporal import durations, normalise, periods
from eventwire.temporal.calendar_math import value_granularity
from eventwire.temporal.lexicon import BOUNDARY, Rule, rules
from eventwire.temporal.normalise import BLOCKED, Context, Result
from eventwire.temporal.start_index import StartIndex

NORMALISERS: dict[str, Callable[[re.Match[str], Context], Result | None]] = {
    name: getattr(module, name)
    for module, names in (
        (normalise, ("calendar_date", "month", "year", "decade", "century", "quarter", "half", "weekday",
                     "deictic_day", "part_of_day", "relative_unit", "weekend", "season", "offset", "same_unit",
                     "year_earlier", "clock")),
        (durations, ("duration", "vague_duration", "every", "set_word", "reference")),
        (periods, ("the_year", "year_end", "latest_period", "holiday", "spelled_year", "rate")),
    )
    for name in names
}

TenseAt = Callable[[int, int], str | None]
LabelAt = Callable[[int, int], str | None]
_CONTEXT_CHARS = 40


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match[str]


def _candidates(text: str) -> Iterator[Candidate]:
    index = StartIndex(text, BOUNDARY)
    for priority, rule in enumerate(rules()):
        for match in index.matches(rule.pattern, rule.prefixes):
            start, end = match.span("span") if match.groupdict().get("span") else match.span()
            yield Candidate(start, end, priority, rule, match)


class Recogniser:
    """Tags one text against one anchor date; ``tense_at`` and ``label_at`` read the parse when there is one."""

    def __init__(self, text: str, dct: dt.date | None, tense_at: TenseAt | None = None,
                 label_at: LabelAt | None = None, lead: str = "") -> None:
        self.text, self.dct = text, dct
        self.lead = lead  # the text before ``text`` when it is part of a larger one (cues like "until" live there)
        self.tense_at = tense_at or (lambda start, end: None)
        self.label_at = label_at or (lambda start, end: None)

    def timexes(self) -> list[Timex]:
        chosen = self._select()
        found, previous, period = [], None, None
        for candidate in chosen:
            kind, value, anchor = self._normalise(candidate, previous, period)
            if (kind, value, anchor) == BLOCKED:
                continue
            found.append(Timex(candidate.start, candidate.end, kind, value,
                               self.text[candidate.start:candidate.end], anchor))
            if kind == "DATE" and value_granularity(value) and anchor != "previous-date":
                previous = value
                period = value if value_granularity(value) in ("Q", "H") else period
        return found

    def _select(self) -> list[Candidate]:
        occupied = bytearray(len(self.text))
        chosen = []
        ordered = sorted(_candidates(self.text), key=lambda c: (c.start - c.end, c.priority, c.start))
        for candidate in ordered:
            if any(occupied[candidate.start:candidate.end]) or candidate.start == candidate.end:
                continue
            if self._normalise(candidate, None, None) is None:
                continue
            occupied[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
            chosen.append(candidate)
        return sorted(chosen, key=lambda c: c.start)

    def _normalise(self, candidate: Candidate, previous: str | None, period: str | None) -> Result | None:
        start, end = candidate.start, candidate.end
        context = Context(
            dct=self.dct,
            tense=cache(lambda: self.tense_at(start, end)),
            before=self._before(start),
            after=self.text[end:end + _CONTEXT_CHARS],
            previous=previous,
            period=period,
            spacy_label=self.label_at(start, end),
            resolve=self._resolve_inside(start, end),
        )
        return NORMALISERS[candidate.rule.kind](candidate.match, context)

    def _before(self, start: int) -> str:
        """Up to _CONTEXT_CHARS characters before ``start``, reaching into the lead of a sub-expression."""
        before = self.text[max(0, start - _CONTEXT_CHARS):start]
        missing = _CONTEXT_CHARS - len(before)
        return (self.lead[-missing:] if missing and self.lead else "") + before

    def _resolve_inside(self, start: int, end: int) -> Callable[[str], str | None]:
        """Normalise a sub-expression ("Wednesday" in "until 10 p.m. Wednesday") with the tense and the
        preceding text of the whole."""
        def resolve(fragment: str) -> str | None:
            inner = Recogniser(fragment, self.dct, lambda s, e: self.tense_at(start, end), lead=self._before(start))
            found = inner.timexes()
            return found[0].value if found else None
        return resolve


def find_timexes(text: str, dct: dt.date | None, tense_at: TenseAt | None = None,
                 label_at: LabelAt | None = None) -> list[Timex]:
    """All time expressions of ``text`` normalised against ``dct``, in document order."""
    return Recogniser(text, dct, tense_at, label_at).timexes()
