"""The start index only skips positions where a rule cannot match: the output equals plain ``finditer``."""

from __future__ import annotations

import re
import string

from eventwire.temporal.lexicon import BOUNDARY, rules
from eventwire.temporal.start_index import StartIndex, fold, start_prefixes

# Written for these tests; together they hold at least one match of every rule of patterns.yaml.
SENTENCES = [
    "The filing, dated 2021-03-14, was stamped at 9:30 a.m. Tuesday and again around midnight.",
    "Talks resume Thursday at noon; the deal was signed on March 3, 2020, and on the 5th of June.",
    "Output fell in October 2019, rose last August and should peak in September of this year.",
    "Snow came in December 1998, the worst since the 2020 season, the 1980s and the '90s.",
    "It was the costliest war of the 19th century.",
    "Revenue in the third quarter of 2021 beat first-quarter figures and the second half of 2017.",
    "Next Monday morning he flies out; yesterday and this evening he rested.",
    "Prices rise next week, fell last weekend and may recover this summer or in spring 2015.",
    "Three years ago, in that same year, the year-earlier loss and the year-ago quarter were larger.",
    "By year-end the full year looked better than the latest period did at Christmas.",
    "She was born in nineteen ninety-nine, not two thousand and five, and loved the sixties.",
    "He trains twice a week for six months on a two-year plan, two to three weeks at a time.",
    "They waited for years; in recent years and in the days ahead, every Tuesday counts.",
    "Trains run daily and the line is currently closed right now.",
    "Shares were up at mid-afternoon yesterday and fell by morning today.",
    "ON JANUARY 9, 2023 THE $2020 BUDGET AND X2020 CODES LAPSED AT 10 PM ON FRİDAY, or Frıday.",
]


def _spans(matches):
    return [(match.span(), match.groupdict()) for match in matches]


def test_start_index_finds_exactly_what_finditer_finds():
    for text in SENTENCES:
        index = StartIndex(text, BOUNDARY)
        for rule in rules():
            assert _spans(index.matches(rule.pattern, rule.prefixes)) == _spans(rule.pattern.finditer(text)), \
                (rule.name, text)


def test_start_index_sentences_exercise_every_rule():
    """Guards the test above: a rule nobody's sentence matches would pass it without being checked."""
    unmatched = [rule.name for rule in rules() if not any(rule.pattern.search(text) for text in SENTENCES)]
    assert unmatched == []


def test_start_index_gates_every_rule_of_the_data():
    """Every shipped rule opens with listable characters; None would silently fall back to the slow scan."""
    assert [rule.name for rule in rules() if rule.prefixes is None] == []


def test_start_index_fold_agrees_with_ignorecase():
    """Any character that a case-insensitive ASCII letter matches folds to that letter (dotless ı, Kelvin K...)."""
    each_letter = re.compile("|".join(f"(?P<{letter}>{letter})" for letter in string.ascii_lowercase), re.I)
    every = "".join(map(chr, range(0x110000)))
    assert {(found.group(), found.lastgroup) for found in each_letter.finditer(every)
            if fold(found.group()) != found.lastgroup} == set()


def test_start_index_prefixes_follow_optional_words():
    pattern = re.compile(r"(?:early )?(?:jan|feb)\d", re.IGNORECASE)
    assert start_prefixes(pattern) == {"ear", "jan", "feb"}


def test_start_index_prefixes_unknown_when_a_match_may_open_with_any_letter():
    assert start_prefixes(re.compile(r"\w+day", re.IGNORECASE)) is None
