"""Publication dates to ``YYYY-MM-DD``; a date that cannot be trusted becomes None plus a warning, never an error."""

from __future__ import annotations

import datetime as dt

from dateutil import parser as date_parser

# Two defaults that differ in every field: a parse that depends on the default was missing that field.
_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2))
MIN_YEAR, MAX_YEAR = 1800, 2200


def normalise_date(raw: str | None) -> tuple[str | None, str | None]:
    """``("February 25, 2022")`` -> ``("2022-02-25", None)``; a bad date -> ``(None, "date: <why>")``."""
    if raw is None or not str(raw).strip():
        return None, None
    raw = " ".join(str(raw).split())
    try:
        parsed = [date_parser.parse(raw, default=default) for default in _DEFAULTS]
    except (ValueError, OverflowError) as error:
        return None, f"date: {raw!r} is not a valid date ({_short(error)})"
    first, second = parsed
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None, f"date: {raw!r} is not a full date (year, month and day are needed)"
    if not MIN_YEAR <= first.year <= MAX_YEAR:
        return None, f"date: {raw!r} has an implausible year {first.year}"
    return first.date().isoformat(), None


def _short(error: Exception) -> str:
    message = str(error.args[0]) if error.args else type(error).__name__
    return message.split(":")[0].strip() or type(error).__name__
