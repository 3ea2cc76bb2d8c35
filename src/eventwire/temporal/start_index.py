"""Where a rule can start: a cheap necessary condition that spares trying each rule at every position.

Python's ``re`` cannot skip ahead for the rules (leading lookbehind, IGNORECASE), so ``finditer`` tries each rule
at every character. Instead, the few opening characters a rule can match ("jan", "the", "0" for any digit) are
derived from its parsed regex, the text is folded the same way once, and the rule is only tried where its
opening characters occur. Positions come out in order, so ``matches`` returns exactly what ``finditer`` would.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # the parse tree's opcodes
from re import _parser as sre_parse

PREFIX_CHARS = 3
_STOP = (None, None)  # ends a prefix where the next character is unknown
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_MAX_RANGE = 256
_CATEGORIES = {sre.CATEGORY_DIGIT: "0", sre.CATEGORY_SPACE: " "}  # what ``fold`` turns \d and \s into


@lru_cache(maxsize=1)
def _foreign_letters() -> dict[int, str]:
    """Non-ASCII characters that IGNORECASE matches to an ASCII letter (dotless ı, long ſ, Kelvin K...)."""
    every = "".join(map(chr, range(0x80, 0x110000)))
    return {ord(char): next(letter for letter in string.ascii_lowercase if re.fullmatch(letter, char, re.I))
            for char in re.findall("[a-z]", every, re.IGNORECASE)}


def fold(text: str) -> str | None:
    """``text`` with letters as IGNORECASE sees them (lower case), every ``\\d`` digit as "0" and every ``\\s``
    as a space; None when folding would shift character offsets."""
    folded = re.sub(r"\s", " ", re.sub(r"\d", "0", text.translate(_foreign_letters()).lower()))
    return folded if len(folded) == len(text) else None


def _fold_char(code: int) -> str | None:
    char = chr(code)
    return fold(char) if char.isascii() else None


def _first_chars(op, av) -> set[str] | None:
    """The folded characters one item can match, or None when they cannot be listed."""
    if op is sre.LITERAL:
        char = _fold_char(av)
        return {char} if char else None
    if op is not sre.IN:
        return None
    chars: set[str | None] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            chars.add(_fold_char(value))
        elif kind is sre.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars.update(_fold_char(code) for code in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            chars.add(_CATEGORIES[value])
        else:
            return None
    return None if None in chars else chars


def _prefixes(items: list, budget: int) -> set[str]:
    """Every folded opening (up to ``budget`` characters) of a match of the item sequence ``items``."""
    if budget == 0 or not items or items[0] is _STOP:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _prefixes(rest, budget)
    if op is sre.SUBPATTERN:
        return _prefixes(list(av[-1]) + rest, budget)
    if op is sre.BRANCH:
        return set().union(*(_prefixes(list(branch) + rest, budget) for branch in av[1]))
    if op in _REPEATS:
        low, high, body = av
        found = _prefixes(list(body) + (rest if high == 1 else [_STOP]), budget) if high else set()
        return found | _prefixes(rest, budget) if low == 0 else found
    chars = _first_chars(op, av)
    if chars is None:
        return {""}
    tails = _prefixes(rest, budget - 1)
    return {char + tail for char in chars for tail in tails}


def start_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The folded openings every match of ``pattern`` begins with; None when a match may begin anywhere."""
    found = _prefixes(list(sre_parse.parse(pattern.pattern, pattern.flags)), PREFIX_CHARS)
    return None if "" in found else frozenset(found)


class StartIndex:
    """The positions of one text where a match may begin, keyed by their folded opening characters."""

    def __init__(self, text: str, boundary: re.Pattern[str]) -> None:
        """``boundary`` is the zero-width assertion every rule opens with (its lookbehind)."""
        self.text = text
        folded = fold(text)
        self._by_opening: dict[str, list[int]] | None = None if folded is None else defaultdict(list)
        if folded is not None:
            for found in boundary.finditer(text):
                self._by_opening[folded[found.start():found.start() + PREFIX_CHARS]].append(found.start())
            for opening, starts in list(self._by_opening.items()):
                for length in range(1, len(opening)):
                    self._by_opening[opening[:length]].extend(starts)

    def matches(self, pattern: re.Pattern[str], prefixes: frozenset[str] | None) -> Iterator[re.Match[str]]:
        """The same matches as ``pattern.finditer(text)``, trying only where one of ``prefixes`` opens."""
        if prefixes is None or self._by_opening is None:
            yield from pattern.finditer(self.text)
            return
        starts = sorted({start for prefix in prefixes for start in self._by_opening.get(prefix, ())})
        resume = 0
        for start in starts:
            if start >= resume and (match := pattern.match(self.text, start)):
                resume = match.end()
                yield match
