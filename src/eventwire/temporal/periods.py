"""Normalisers for named periods: the year in accounts ("for the year", "year-end"), reporting periods,
holidays and years or decades written in words."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.temporal import calendar_math as cal
from eventwire.temporal.lexicon import cue_pattern, lexicon, lookup, number_value
from eventwire.temporal.normalise import BLOCKED, Context, Result, _nearest_year

def the_year(match: re.Match[str], ctx: Context) -> Result | None:
    """ "for the year ended June 30" is a twelve-month span; "sales for the year" is the current year."""
    if match.group().lower().startswith("the") and not cue_pattern("year_prepositions", "before").search(ctx.before):
        return None
    if cue_pattern("span_year_followers", "after").match(ctx.after):
        return ("DURATION", "P1Y", "measure")
    which = (match.group("which") or "").strip().lower()
    if ctx.dct is None:
        return ("DATE", "XXXX", "no-dct")
    year_ = ctx.dct.year - 1 if which.startswith("latest") else ctx.dct.year
    return ("DATE", str(year_), "dct")


def year_end(match: re.Match[str], ctx: Context) -> Result | None:
    return ("DATE", str(ctx.dct.year), "dct") if ctx.dct else ("DATE", "XXXX", "no-dct")


def latest_period(match: re.Match[str], ctx: Context) -> Result | None:
    """Earnings reports' "the latest period" is the quarter last mentioned, else the last completed one."""
    text = match.group().lower()
    previous_unit = cal.value_granularity(ctx.previous or "")
    back = 1 if "year-" in text or "comparable" in text else 0
    if previous_unit in ("Q", "H", "M", "Y"):
        start = cal.add_months(cal.value_start(ctx.previous), -12 * back)
        return ("DATE", cal.format_value(start, previous_unit), "previous-date")
    if ctx.dct is None:
        return ("DATE", "XXXX-QX", "no-dct")
    year_, quarter = cal.last_completed_quarter(ctx.dct)
    return ("DATE", f"{year_ - back}-Q{quarter}", "dct")


def _holiday_date(spec: dict, year_: int) -> dt.date:
    if "day" in spec:
        return dt.date(year_, spec["month"], spec["day"])
    first = dt.date(year_, spec["month"], 1 + spec.get("after_day", 0))
    nth = spec["nth"]
    if nth > 0:
        return cal.weekday_near(first, spec["weekday"], 1) + dt.timedelta(weeks=nth - 1)
    last = cal.add_months(dt.date(year_, spec["month"], 1), 1) - dt.timedelta(days=1)
    return cal.weekday_near(last, spec["weekday"], -1)


def holiday(match: re.Match[str], ctx: Context) -> Result | None:
    spec = lookup("holidays", match.group("holiday"))
    if not match.group("holiday")[0].isupper():
        return None
    if ctx.dct is None:
        return ("DATE", "XXXX-XX-XX", "no-dct")
    rel = (match.group("rel") or "").lower()
    this_year = _holiday_date(spec, ctx.dct.year)
    if rel == "last":
        year_ = ctx.dct.year if this_year < ctx.dct else ctx.dct.year - 1
    elif rel == "next":
        year_ = ctx.dct.year if this_year > ctx.dct else ctx.dct.year + 1
    else:
        year_ = _nearest_year(spec["month"], 15, ctx, slack_days=45)
    return ("DATE", _holiday_date(spec, year_).isoformat(), "holiday")


def spelled_year(match: re.Match[str], ctx: Context) -> Result | None:
    hundreds = lookup("year_hundreds", match.groupdict().get("hundreds") or "twenty")
    rest = match.group("rest")
    low = number_value(rest) if rest else 0
    if low is None:
        return None
    return ("DATE", str(hundreds * 100 + int(low)), "explicit")


def rate(match: re.Match[str], ctx: Context) -> Result | None:
    """ "$5 a year", "four flights a week": a rate, which TimeBank does not tag; the span is blocked."""
    if re.search(lexicon()["rate_context"], ctx.before, re.IGNORECASE):
        return BLOCKED
    return None
