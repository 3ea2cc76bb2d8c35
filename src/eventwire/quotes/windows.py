"""Overlap look-ups by bisection: a 200k-character article has thousands of quotes, mentions and quotations,
and a scan of all of them per quote made the stage quadratic."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from eventwire.document import Span

Item = TypeVar("Item")


class SpanIndex(Generic[Item]):
    """Items with character spans, asked which of them overlap a span (in order of their start).

    Items may be added after construction; a query looks only at starts within the longest item's reach."""

    def __init__(self, span_of: Callable[[Item], Span], items: Iterable[Item] = ()) -> None:
        self.span_of = span_of
        self.keys: list[tuple[int, int]] = []  # (start, insertion number): a stable order among equal starts
        self.items: list[Item] = []
        self.longest = 0
        for item in items:
            self.add(item)

    def add(self, item: Item) -> None:
        start, end = self.span_of(item)
        key = (start, len(self.keys))
        index = bisect_left(self.keys, key)
        self.keys.insert(index, key)
        self.items.insert(index, item)
        self.longest = max(self.longest, end - start)

    def overlapping(self, start: int, end: int) -> list[Item]:
        """Items whose span shares at least one character with [start, end)."""
        low = bisect_left(self.keys, (start - self.longest, -1))
        high = bisect_left(self.keys, (end, -1))
        return [item for item in self.items[low:high] if _shares(self.span_of(item), start, end)]


def _shares(span: Span, start: int, end: int) -> bool:
    return span[0] < end and start < span[1]

