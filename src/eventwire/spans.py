"""Questions about sets of character spans, answered by bisection so that a long article stays linear."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


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
