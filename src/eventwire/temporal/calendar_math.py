"""Calendar arithmetic at TimeML granularities: shift a date by units and write it as a TIMEX3 value."""

from __future__ import annotations

import datetime as dt
import re

#: TimeML value shapes with nothing known, for expressions that cannot be anchored (no article date).
UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
           "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def parse_date(value: str | None) -> dt.date | None:
    """The calendar day at the start of an ISO value ("2022-02-25", "2022-02-25T10:00"), or None."""
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last_day = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
    return dt.date(year, month + 1, min(day.day, last_day))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """``day`` moved by ``amount`` units (D W WE M Q Y DE CE)."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        raise ValueError(f"cannot shift by unit {unit!r}")
    return add_months(day, months * amount)


def format_value(day: dt.date, unit: str) -> str:
    """The TIMEX3 value of the ``unit``-long period that contains ``day``."""
    if unit == "D":
        return day.isoformat()
    if unit in ("W", "WE"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{day.year}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year}-H{(day.month - 1) // 6 + 1}"
    if unit == "Y":
        return str(day.year)
    if unit == "DE":
        return str(day.year // 10)
    if unit == "CE":
        return str(day.year // 100)
    raise ValueError(f"no calendar value for unit {unit!r}")


UNIT_GRANULARITY = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "H": "half",
                    "Y": "year", "DE": "decade", "CE": "century"}


def unknown(unit: str) -> str:
    return UNKNOWN[UNIT_GRANULARITY.get(unit, "day")]


def weekday_near(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The ``weekday`` (1=Monday) nearest ``anchor`` going back (-1) or forward (+1); ``anchor`` itself
    counts unless ``strict``."""
    step = (weekday - anchor.isoweekday()) % 7 if direction > 0 else -((anchor.isoweekday() - weekday) % 7)
    if step == 0 and strict:
        step = 7 * direction
    return anchor + dt.timedelta(days=step)


def last_completed_quarter(anchor: dt.date) -> tuple[int, int]:
    quarter = (anchor.month - 1) // 3 + 1
    return (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)


def value_granularity(value: str) -> str | None:
    """The unit of a calendar value ("1989-Q3" -> "Q"), or None for references, durations and sets."""
    shapes = [(r"\d{4}-\d{2}-\d{2}", "D"), (r"\d{4}-W\d{2}-WE", "WE"), (r"\d{4}-W\d{2}", "W"),
              (r"\d{4}-\d{2}", "M"), (r"\d{4}-Q\d", "Q"), (r"\d{4}-H\d", "H"), (r"\d{4}", "Y"),
              (r"\d{3}", "DE"), (r"\d{2}", "CE")]
    for shape, unit in shapes:
        if re.fullmatch(shape, value):
            return unit
    return None


def value_start(value: str) -> dt.date | None:
    """The first day of a calendar value ("1989-Q3" -> 1989-07-01)."""
    unit = value_granularity(value)
    if unit in (None, "DE", "CE"):
        return None
    year = int(value[:4])
    if unit == "D":
        return parse_date(value)
    if unit in ("W", "WE"):
        return dt.date.fromisocalendar(year, int(value[6:8]), 6 if unit == "WE" else 1)
    if unit == "M":
        return dt.date(year, int(value[5:7]), 1)
    if unit == "Q":
        return dt.date(year, 3 * int(value[6]) - 2, 1)
    if unit == "H":
        return dt.date(year, 6 * int(value[6]) - 5, 1)
    return dt.date(year, 1, 1)
