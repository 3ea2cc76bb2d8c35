"""Offsets inside sets of spans, overlapping or not."""

from eventwire.spans import SpanCoverage


def test_spans_offsets_inside_overlapping_and_touching_spans():
    coverage = SpanCoverage([(10, 20), (15, 30), (30, 35), (50, 60)])
    assert [coverage.contains(offset) for offset in (9, 10, 29, 34, 35, 49, 55, 60)] == [
        False, True, True, True, False, False, True, False]


def test_spans_empty_coverage_contains_nothing():
    assert not SpanCoverage([]).contains(0)
