"""Questions about sets of character spans, answered by bisection so that a long article stays linear."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from eventwire.document import Span


class SpanCoverage:
    """Which offsets fall inside any of some (possibly overlapping) spans, answered by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def contains(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


Item = TypeVar("Item")


def start_end(item) -> Span:
    """An annotation's character span, for :class:`SpanIndex`: a module-level function, not a lambda, so that an
    index kept on a document travels with it to worker processes."""
    return item.start, item.end


class SpanIndex(Generic[Item]):
    """Items with character spans, asked which of them overlap a span (in order of their start): a
    200k-character article has thousands of quotes and mentions, and a scan of them all per query is quadratic.

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
        index = bisect.bisect_left(self.keys, key)
        self.keys.insert(index, key)
        self.items.insert(index, item)
        self.longest = max(self.longest, end - start)

    def overlapping(self, start: int, end: int) -> list[Item]:
        """Items whose span shares at least one character with [start, end)."""
        low = bisect.bisect_left(self.keys, (start - self.longest, -1))
        high = bisect.bisect_left(self.keys, (end, -1))
        return [item for item in self.items[low:high] if _shares(self.span_of(item), start, end)]


def _shares(span: Span, start: int, end: int) -> bool:
    return span[0] < end and start < span[1]

