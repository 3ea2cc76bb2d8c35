"""Overlap look-ups by bisection must answer exactly what a scan would."""

from __future__ import annotations

import random

from eventwire.spans import SpanIndex


def _scan(spans, start, end):
    return sorted((s for s in spans if s[0] < end and start < s[1]), key=lambda s: s[0])


def test_span_index_finds_a_long_span_that_starts_far_before():
    index = SpanIndex(lambda span: span, [(0, 1000), (500, 510), (2000, 2010)])
    assert index.overlapping(900, 950) == [(0, 1000)]


def test_span_index_ignores_spans_that_only_touch():
    index = SpanIndex(lambda span: span, [(0, 10), (20, 30)])
    assert index.overlapping(10, 20) == []


def test_span_index_sees_items_added_after_construction():
    index = SpanIndex(lambda span: span)
    index.add((40, 60))
    index.add((5, 50))
    assert index.overlapping(45, 46) == [(5, 50), (40, 60)]


def test_span_index_agrees_with_a_scan():
    generator = random.Random(7)
    spans = [(s, s + generator.randint(1, 80)) for s in (generator.randint(0, 2000) for _ in range(300))]
    index = SpanIndex(lambda span: span, spans)
    for _ in range(200):
        start = generator.randint(0, 2100)
        end = start + generator.randint(1, 120)
        assert sorted(index.overlapping(start, end)) == sorted(_scan(spans, start, end))
