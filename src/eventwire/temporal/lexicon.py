"""The vocabulary and recognition rules of time expressions, loaded once from ``data/*.yaml``.

Knowledge lives in the YAML files so that a new pattern or word is a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from eventwire.temporal.start_index import start_prefixes

BOUNDARY = re.compile(r"(?<![\w$£€])")  # where every rule may start: not inside a word or after a currency
_NUMBER_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUMBER_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    pattern: re.Pattern[str]
    prefixes: frozenset[str] | None  # the folded openings of its matches (see start_index); None: anywhere


@lru_cache(maxsize=4)
def _data(name: str) -> dict[str, Any]:
    text = resources.files("eventwire.temporal").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The vocabulary of lexicon.yaml, with keys in lower case."""
    return _data("lexicon.yaml")


def _alternation(words, abbreviations=()) -> str:
    """A regex alternation of ``words``, longest first so that "a few" wins over "a"."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        parts.append(escaped + (r"\.?" if word in abbreviations else ""))
    return "(?:" + "|".join(parts) + ")"


def _number_pattern(words) -> str:
    digits = r"\d+(?:[.,]\d+)?(?:\s+1/2)?"
    compound = rf"{_NUMBER_TENS}(?:[- ]{_NUMBER_UNITS})?"
    return rf"(?:{digits}|{compound}|{_alternation(words)})"


def _references(lex: dict[str, Any]) -> str:
    guards = lex.get("reference_guards", {})
    parts = []
    for word in sorted(lex["references"], key=len, reverse=True):
        parts.append(re.escape(word).replace(r"\ ", r"\s+") + guards.get(word, ""))
    return "(?:" + "|".join(parts) + ")"


@lru_cache(maxsize=1)
def placeholders() -> dict[str, str]:
    """Regex fragments that the rules refer to as {NAME}."""
    lex = lexicon()
    abbreviations = set(lex["abbreviations"])
    return {
        "MONTH": _alternation(lex["months"], abbreviations),
        "WEEKDAY": _alternation(lex["weekdays"], abbreviations),
        "NUM": _number_pattern(lex["number_words"]),
        "VAGUE": _alternation(lex["vague_numbers"]),
        "UNIT": _alternation(lex["units"]),
        "SEASON": _alternation(lex["seasons"]),
        "ORD": _alternation(lex["ordinals"]),
        "REL": _alternation(lex["relations"]),
        "MOD": _alternation(lex["modifiers"]),
        "OFFSET": _alternation(lex["offsets"]),
        "SETWORD": _alternation(lex["sets"]),
        "REFERENCE": _references(lex),
        "EVENTNOUN": _alternation(lex["event_nouns"]),
        "HOLIDAY": _alternation(lex["holidays"]),
        "YEARHUNDREDS": _alternation(lex["year_hundreds"]),
        "DECADEWORD": _alternation(lex["decade_words"]),
        "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    }


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled rules of patterns.yaml, in priority order."""
    compiled = [(spec, _compile(spec["regex"])) for spec in _data("patterns.yaml")["rules"]]
    return tuple(Rule(spec["name"], spec["kind"], pattern, start_prefixes(pattern)) for spec, pattern in compiled)


@lru_cache(maxsize=1)
def event_anchor_pattern() -> re.Pattern[str]:
    """The pattern of an ordinal count since an event ("the second day of the invasion")."""
    return _compile(_data("patterns.yaml")["event_anchor"])


def _compile(regex: str) -> re.Pattern[str]:
    fragments = placeholders()
    body = re.sub(r"\{([A-Z]+)\}", lambda m: fragments[m.group(1)], regex).replace(" ", r"\s+")
    return re.compile(rf"{BOUNDARY.pattern}{body}(?![\w])", re.IGNORECASE)


def number_value(text: str) -> float | None:
    """The number a count word or numeral stands for; None for vague counts ("several")."""
    words = lexicon()["number_words"]
    normal = " ".join(text.lower().replace("-", " ").split())
    if normal in words:
        return float(words[normal])
    if normal.endswith(" 1/2"):
        whole = number_value(normal[:-4])
        return whole + 0.5 if whole is not None else None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", normal):
        return float(normal.replace(",", "")) if "," not in normal or len(normal.split(",")[-1]) == 3 \
            else float(normal.replace(",", "."))
    parts = normal.split()
    if parts and all(part in words for part in parts):
        return float(sum(words[part] for part in parts))
    return None


@lru_cache(maxsize=None)
def cue_pattern(table: str, position: str) -> re.Pattern[str]:
    """A pattern for a lexicon word list that must end the text before a match (``position="before"``) or
    start the text after it (``"after"``)."""
    words = _alternation(lexicon()[table])
    body = rf"\b{words}\s*-?\s*$" if position == "before" else rf"\s+{words}\b"
    return re.compile(body, re.IGNORECASE)


def lookup(table: str, text: str) -> Any:
    """A lexicon entry for ``text`` ignoring case, trailing period and inner whitespace differences."""
    key = " ".join(text.lower().rstrip(".").split())
    return lexicon()[table].get(key)
