"""Quotation marks typed inconsistently: a curly quotation closed by a straight mark ends there."""

from __future__ import annotations

from eventwire.quotation_marks import quotations


def _quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quotations(text, [(0, len(text))])]


def test_straight_mark_after_punctuation_closes_a_curly_quotation():
    text = '“The bridge will reopen in May,” the mayor said. “Work starts Monday," she added.'
    assert _quoted(text) == ['“The bridge will reopen in May,”', '“Work starts Monday,"']


def test_straight_mark_closing_a_curly_quotation_leaves_the_cue_outside():
    text = '“We will win," he said. "Nobody doubts it.”'
    assert _quoted(text) == ['“We will win,"', '"Nobody doubts it.”']


def test_straight_marks_around_a_word_inside_a_curly_quotation_stay_inner():
    text = '“He said "no" to me,” she said.'
    assert _quoted(text) == ['“He said "no" to me,”']
