"""Normalisers for expressions that are not points on the calendar: durations, sets and references to the
past, present or future as a whole."""

from __future__ import annotations

import re

from eventwire.temporal.lexicon import lookup, number_value
from eventwire.temporal.normalise import Context, Result

_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}

def period_value(amount: float | None, unit: str) -> str | None:
    """The ISO 8601 duration of ``amount`` ``unit`` ("P3Y", "PT2H", "P2Y6M"); an unknown amount is X."""
    if unit in ("DE", "CE"):
        factor = 10 if unit == "DE" else 100
        return f"P{_number(amount * factor)}Y" if amount is not None else f"PX{unit}"
    if unit == "WE":
        return f"P{_number(amount * 2)}D" if amount is not None else "PXWE"
    if unit not in _TIME_UNITS and unit not in _DATE_UNITS:
        return None
    if amount is None:
        return f"PTX{_TIME_UNITS[unit]}" if unit in _TIME_UNITS else f"PX{unit}"
    whole, fraction = int(amount), amount - int(amount)
    parts = [(float(whole), unit)] if whole else []
    if fraction and unit in _SMALLER:
        factor, smaller = _SMALLER[unit]
        parts.append((fraction * factor, smaller))
    elif fraction:
        parts = [(amount, unit)]
    date_part = "".join(f"{_number(n)}{u}" for n, u in parts if u in _DATE_UNITS)
    time_part = "".join(f"{_number(n)}{_TIME_UNITS[u]}" for n, u in parts if u in _TIME_UNITS)
    return "P" + date_part + ("T" + time_part if time_part else "")


#: A fraction of a unit is written in the next smaller one: 2.5 years -> P2Y6M.
_SMALLER = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}
_DATE_UNITS = ("Y", "M", "W", "D", "Q")


def _number(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def duration(match: re.Match[str], ctx: Context) -> Result | None:
    unit = lookup("units", match.group("unit"))
    number_text = match.group("num").lower()
    amount = number_value(number_text)
    if unit in ("S", "Q") and number_text in ("a", "an") and not match.group().lower().startswith("the"):
        return None  # "a second time", "a quarter of the vote"
    if unit == "Q" and re.match(r"\s+of\b", ctx.after):
        return None  # "three-quarters of its food" is a fraction
    if amount is not None and match.groupdict().get("half"):
        amount += 0.5
    if amount is not None and amount > 1000:
        return None
    value = period_value(amount, unit)
    return ("DURATION", value, "measure") if value else None


def vague_duration(match: re.Match[str], ctx: Context) -> Result | None:
    value = period_value(None, lookup("units", match.group("unit")))
    return ("DURATION", value, "measure") if value else None


def _set_value(unit_text: str, number_text: str | None) -> str | None:
    unit = lookup("units", unit_text)
    if unit is not None:
        amount = 2.0 if (number_text or "").lower() == "other" else number_value(number_text or "one")
        return period_value(amount, "D" if unit == "NIGHT" else unit)
    weekday = lookup("weekdays", unit_text)
    if weekday is not None:
        return f"XXXX-WXX-{weekday}"
    month = lookup("months", unit_text)
    return f"XXXX-{month:02d}" if month is not None else None


def every(match: re.Match[str], ctx: Context) -> Result | None:
    value = _set_value(match.group("unit"), match.groupdict().get("num"))
    return ("SET", value, "recurrence") if value else None


def set_word(match: re.Match[str], ctx: Context) -> Result | None:
    return ("SET", lookup("sets", match.group("word")), "recurrence")


def reference(match: re.Match[str], ctx: Context) -> Result | None:
    return ("DATE", lookup("references", match.group("word")), "reference")
