"""Turn a recognised expression into a TIMEX3 type and value (TimeBank / TempEval-3 conventions).

Each rule kind of patterns.yaml has one normaliser here. A normaliser returns ``None`` to refuse a match that
only looks like a time expression ("may", "2000 troops"); the recogniser then tries a shorter reading.
Without an article date, relative expressions keep TimeML's unknown digits ("XXXX-WXX-5").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from eventwire.temporal import calendar_math as cal
from eventwire.temporal.lexicon import cue_pattern, lexicon, lookup, number_value
from eventwire.temporal.tense import FUTURE, PAST_PERFECT, PASTS

Result = tuple[str, str, str]  # (type, value, anchor: why this value)
BLOCKED: Result = ("NONE", "", "blocked")  # text that looks temporal but is not: keep other rules off it

@dataclass
class Context:
    """What a normaliser may look at besides the match: the anchor, the clause tense, the text around the
    match, the last calendar value of the document, and a way to normalise a sub-expression."""

    dct: dt.date | None
    tense: Callable[[], str | None]
    before: str
    after: str
    previous: str | None
    period: str | None  # the quarter or half-year the article last reported on
    spacy_label: str | None
    resolve: Callable[[str], str | None]


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _unit(text: str) -> str | None:
    return lookup("units", text)


def _nearest_year(month: int, day: int, ctx: Context, slack_days: int) -> int | None:
    """The year of a date written without one. A past or future tense rules out occurrences more than
    ``slack_days`` on the other side of the article date; then the nearest wins, and without a tense a
    future date must be twice as near as a past one, since news mostly reports what happened."""
    if ctx.dct is None:
        return None
    candidates = []
    for year_ in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            candidates.append(dt.date(year_, month, day))
        except ValueError:
            continue
    tense, slack = ctx.tense(), dt.timedelta(days=slack_days)
    if tense in PASTS:
        candidates = [c for c in candidates if c <= ctx.dct + slack] or candidates
    elif tense == FUTURE:
        candidates = [c for c in candidates if c >= ctx.dct - slack] or candidates
    future_weight = 2 if tense is None else 1

    def distance(candidate: dt.date) -> int:
        days = (candidate - ctx.dct).days
        return days * future_weight if days > 0 else -days

    return min(candidates, key=distance).year if candidates else None


def calendar_date(match: re.Match[str], ctx: Context) -> Result | None:
    month = lookup("months", _group(match, "month"))
    if month is None or _lowercase_ambiguous_month(_group(match, "month")):
        return None
    year_text = _group(match, "year")
    if _group(match, "day") is None:
        return ("DATE", f"{year_text}-{month:02d}", "explicit")
    day = int(re.match(r"\d+", _group(match, "day")).group())
    year = int(year_text) if year_text else _nearest_year(month, day, ctx, slack_days=31)
    if year is None:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}", "no-dct")
    try:
        value = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return ("DATE", value, "explicit" if year_text else "year-from-dct")


def _lowercase_ambiguous_month(text: str) -> bool:
    word = text.rstrip(".").lower()
    return word in lexicon()["ambiguous_months"] and not text[0].isupper()


def _bare_abbreviation(text: str) -> bool:
    """ "Jan" or "Sun" without a period is too often a name or another word."""
    return text.rstrip(".").lower() in lexicon()["abbreviations"] and not text.endswith(".")


def _month_year(month: int, relation: int | None, ctx: Context) -> int:
    """Year of a month named without one: "last May" is the latest May before the article's month; a bare
    month is the nearest one on the side the tense points to."""
    if relation == -1:
        return ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    if relation == 1:
        return ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    if relation == 0:
        return ctx.dct.year
    return _nearest_year(month, 15, ctx, slack_days=45)


def month(match: re.Match[str], ctx: Context) -> Result | None:
    text = _group(match, "month")
    number = lookup("months", text)
    if not text[0].isupper():
        return None
    rel, yearrel = _group(match, "rel"), _group(match, "yearrel")
    bare = not (rel or yearrel or _group(match, "mod"))
    if bare and _bare_abbreviation(text):
        return None
    if bare and text.lower() in lexicon()["ambiguous_months"] and not cue_pattern("month_cues", "before").search(ctx.before):
        return None
    if ctx.dct is None:
        return ("DATE", f"XXXX-{number:02d}", "no-dct")
    if yearrel:
        return ("DATE", f"{ctx.dct.year + lookup('relations', yearrel):04d}-{number:02d}", "dct")
    relation = lookup("relations", rel) if rel and rel.lower() != "this" else (0 if rel else None)
    return ("DATE", f"{_month_year(number, relation, ctx):04d}-{number:02d}", "month-from-dct")


def year(match: re.Match[str], ctx: Context) -> Result | None:
    value = int(_group(match, "year"))
    if ctx.spacy_label in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT"):
        return None
    if not (_group(match, "mod") or _group(match, "fiscal")) and not 1900 <= value <= 2099 \
            and ctx.spacy_label != "DATE":
        return None
    return ("DATE", str(value), "explicit")


def decade(match: re.Match[str], ctx: Context) -> Result | None:
    full, short, word = _group(match, "decade"), _group(match, "short"), _group(match, "word")
    if word:
        return ("DATE", f"19{lookup('decade_words', word)}", "explicit")
    if full:
        return ("DATE", full[:3], "explicit")
    century = 19 if int(short) >= 30 or ctx.dct is None else ctx.dct.year // 100
    return ("DATE", f"{century}{short[0]}", "explicit")


def century(match: re.Match[str], ctx: Context) -> Result | None:
    return ("DATE", f"{int(_group(match, 'ordinal')) - 1:02d}", "explicit")


def _explicit_year(match: re.Match[str], ctx: Context) -> int | None:
    for name in ("yearpre", "yearpost", "yearfiscal"):
        if _group(match, name):
            return int(_group(match, name))
    for name in ("yearrel", "yearrel2"):
        if _group(match, name) and ctx.dct is not None:
            return ctx.dct.year + lookup("relations", _group(match, name))
    return None


def quarter(match: re.Match[str], ctx: Context) -> Result | None:
    det, word = (_group(match, "det") or "").lower(), (_group(match, "ord") or "").lower()
    if _group(match, "ago") and not word:
        word = _group(match, "ago").lower()  # "the year-earlier quarter"
    explicit = _explicit_year(match, ctx)
    number = lookup("ordinals", word) if word else None
    if not (det or word or explicit) or (number is not None and number > 4):
        return None
    if number is None and explicit is not None and ctx.dct is not None:
        number = cal.last_completed_quarter(ctx.dct)[1]
    if number is not None:
        if explicit is None and ctx.dct is None:
            return ("DATE", f"XXXX-Q{number}", "no-dct")
        year_ = (explicit or _quarter_year(number, ctx)) - (1 if _group(match, "ago") else 0)
        return ("DATE", f"{year_}-Q{number}", "explicit" if explicit else "year-from-dct")
    if word == "same" or det == "that":
        return _from_previous(ctx, "Q", 0)
    if ctx.dct is None:
        return ("DATE", "XXXX-QX", "no-dct")
    return ("DATE", _relative_quarter(det, word, ctx.dct), "dct")


def _quarter_year(number: int, ctx: Context) -> int:
    """A quarter not yet begun at the article date is last year's when told in the past tense, and, without
    a tense, when last year's ended nearer than this year's begins (a future one must be twice as near, as
    for dates): in January, "profits for the fourth quarter" are the quarter just closed."""
    begins = dt.date(ctx.dct.year, 3 * number - 2, 1)
    if begins <= ctx.dct:
        return ctx.dct.year
    tense = ctx.tense()
    if tense in PASTS:
        return ctx.dct.year - 1
    last_ended = cal.add_months(dt.date(ctx.dct.year - 1, 3 * number - 2, 1), 3)
    nearer_past = (ctx.dct - last_ended).days < 2 * (begins - ctx.dct).days
    return ctx.dct.year - 1 if tense is None and nearer_past else ctx.dct.year


def _relative_quarter(det: str, word: str, dct: dt.date) -> str:
    year_, number = cal.last_completed_quarter(dct)
    if word in ("year-earlier", "year-ago"):
        return f"{year_ - 1}-Q{number}"
    if det == "this" or word == "current":
        return cal.format_value(dct, "Q")
    if det == "next":
        return cal.format_value(cal.shift(dct, "Q", 1), "Q")
    return f"{year_}-Q{number}"


def half(match: re.Match[str], ctx: Context) -> Result | None:
    number = 1 if _group(match, "ord").lower() in ("first", "1st") else 2
    explicit = _explicit_year(match, ctx)
    if explicit is None and ctx.dct is None:
        return ("DATE", f"XXXX-H{number}", "no-dct")
    return ("DATE", f"{explicit or ctx.dct.year}-H{number}", "explicit" if explicit else "year-from-dct")


def _direction(ctx: Context, rel: str | None, mod: str | None) -> tuple[int, bool]:
    """Which way a weekday or weekend lies from the article date, and whether the date itself is excluded.
    A deadline ("until Tuesday", "as soon as Tuesday") and "later" look forward; otherwise the tense decides,
    and news reports the past unless the clause is clearly about the future."""
    relation = lookup("relations", rel) if rel else None
    if relation:
        return relation, True
    if (mod or "").lower() == "later" or cue_pattern("deadline_cues", "before").search(ctx.before) \
            and ctx.tense() != PAST_PERFECT:
        return 1, False
    return (1 if ctx.tense() == FUTURE else -1), False


def _with_part_of_day(day_value: str, pod: str | None) -> Result:
    if pod:
        return ("TIME", f"{day_value}T{lookup('parts_of_day', pod)}", "dct")
    return ("DATE", day_value, "dct")


def weekday(match: re.Match[str], ctx: Context) -> Result | None:
    number = lookup("weekdays", _group(match, "weekday"))
    text = _group(match, "weekday")
    if not text[0].isupper() or _bare_abbreviation(text):
        return None
    if ctx.dct is None:
        kind, value, _ = _with_part_of_day(f"XXXX-WXX-{number}", _group(match, "pod"))
        return (kind, value, "no-dct")
    direction, strict = _direction(ctx, _group(match, "rel"), _group(match, "mod"))
    day = cal.weekday_near(ctx.dct, number, direction, strict)
    kind, value, _ = _with_part_of_day(day.isoformat(), _group(match, "pod"))
    return (kind, value, "weekday-past" if direction < 0 else "weekday-future")


def deictic_day(match: re.Match[str], ctx: Context) -> Result | None:
    word = _group(match, "word").lower()
    pod = _group(match, "pod") or ("night" if word == "tonight" else None)
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
    if ctx.dct is None:
        return _with_part_of_day("XXXX-XX-XX", pod)[:2] + ("no-dct",)
    return _with_part_of_day((ctx.dct + dt.timedelta(days=offset)).isoformat(), pod)


def part_of_day(match: re.Match[str], ctx: Context) -> Result | None:
    rel, pod = _group(match, "rel").lower(), _group(match, "pod")
    offset = {"this": 0, "today": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and pod.lower() != "night":
        return None
    if ctx.dct is None:
        return ("TIME", f"XXXX-XX-XXT{lookup('parts_of_day', pod)}", "no-dct")
    return _with_part_of_day((ctx.dct + dt.timedelta(days=offset)).isoformat(), pod)


def relative_unit(match: re.Match[str], ctx: Context) -> Result | None:
    unit_text = _group(match, "unit").lower()
    unit = "Y" if unit_text == "fiscal year" else _unit(unit_text)
    rel = _group(match, "rel").lower()
    relation = lookup("relations", rel)
    previous = cal.value_start(ctx.previous or "")
    if rel in ("following", "previous", "preceding", "prior") and previous is not None:
        return ("DATE", cal.format_value(cal.shift(previous, unit, relation), unit), "previous-date")
    if ctx.dct is None:
        return ("DATE", cal.unknown(unit), "no-dct")
    return ("DATE", cal.format_value(cal.shift(ctx.dct, unit, relation), unit), "dct")


def weekend(match: re.Match[str], ctx: Context) -> Result | None:
    if ctx.dct is None:
        return ("DATE", "XXXX-WXX-WE", "no-dct")
    rel = _group(match, "rel")
    direction, strict = _direction(ctx, None if rel.lower() == "the" else rel, None)
    if rel.lower() == "this":
        direction, strict = 1, False
    saturday = cal.weekday_near(ctx.dct, 6, direction, strict)
    return ("DATE", cal.format_value(saturday, "WE"), "dct")


def season(match: re.Match[str], ctx: Context) -> Result | None:
    code = lookup("seasons", _group(match, "season"))
    rel, year_text = (_group(match, "rel") or "").lower(), _group(match, "year")
    if not (rel or year_text):
        return None
    if year_text:
        return ("DATE", f"{year_text}-{code}", "explicit")
    if ctx.dct is None:
        return ("DATE", f"XXXX-{code}", "no-dct")
    first, last = lexicon()["season_months"][code]
    relation = lookup("relations", rel) if rel != "the" else 0
    year_ = ctx.dct.year
    if relation == -1 and not (last < ctx.dct.month and first <= last):
        year_ -= 1
    elif relation == 1 and first <= ctx.dct.month:
        year_ += 1
    return ("DATE", f"{year_}-{code}", "dct")


def _anchor_for(unit: str, amount: float | None, ctx: Context) -> tuple[dt.date | None, str]:
    """ "a year earlier" in an article about a quarter means that quarter a year before, as in earnings
    reports; everything else counts from the article date at its own unit, but "a decade ago" is the year
    ten years back, not the decade before this one."""
    if unit == "Y" and amount == 1 and ctx.period:
        return cal.value_start(ctx.period), cal.value_granularity(ctx.period)
    return ctx.dct, "Y" if unit in ("DE", "CE") else unit


def offset(match: re.Match[str], ctx: Context) -> Result | None:
    unit = _unit(_group(match, "unit"))
    if unit not in ("D", "W", "M", "Y", "DE", "Q"):
        return None
    word = " ".join(_group(match, "offset").lower().split())
    amount = number_value(_group(match, "num"))
    anchor, granularity = _anchor_for(unit, amount, ctx)
    if anchor is None:
        return ("DATE", cal.unknown(unit), "no-dct")
    direction = lookup("offsets", word)
    if amount is None:
        return ("DATE", _vague_point(cal.shift(anchor, unit, 2 * direction), unit), "dct-vague")
    if amount != int(amount):
        return None
    day = cal.shift(anchor, unit, int(amount) * direction)
    return ("DATE", cal.format_value(day, granularity), "previous-date" if anchor != ctx.dct else "dct")


def _vague_point(day: dt.date, unit: str) -> str:
    """ "a few years ago" -> "199X": the unit's digits become X."""
    if unit == "Y":
        return f"{str(day.year)[:3]}X"
    if unit == "M":
        return f"{day.year}-XX"
    if unit == "W":
        return f"{day.year}-WXX"
    if unit == "D":
        return f"{day.year}-{day.month:02d}-XX"
    return cal.format_value(day, "CE" if unit == "DE" else "Y")


def _from_previous(ctx: Context, unit: str, years_back: int) -> Result:
    """A value read off the date last mentioned ("that year", "the year-earlier period"); ``unit`` "period"
    keeps that date's own granularity (a quarter stays a quarter)."""
    start = cal.value_start(ctx.previous or "")
    granularity = cal.value_granularity(ctx.previous or "")
    if start is None:
        if ctx.dct is None:
            return ("DATE", cal.unknown("Y" if unit == "period" else unit), "no-dct")
        start, granularity = ctx.dct, "Y"
    if unit == "period":
        unit = granularity if granularity in ("M", "Q", "H", "Y") else "Y"
    elif _FINENESS.index(unit) < _FINENESS.index(granularity):
        unit = granularity  # "that day" after "in 1998" is no more precise than 1998
    return ("DATE", cal.format_value(cal.add_months(start, -12 * years_back), unit), "previous-date")


_FINENESS = ["D", "WE", "W", "M", "Q", "H", "Y", "DE", "CE"]


def same_unit(match: re.Match[str], ctx: Context) -> Result | None:
    return _from_previous(ctx, _unit(_group(match, "unit")), 0)


def year_earlier(match: re.Match[str], ctx: Context) -> Result | None:
    if (_group(match, "unit") or "").lower() == "quarter":
        if ctx.dct is None:
            return ("DATE", "XXXX-QX", "no-dct")
        return ("DATE", _relative_quarter("the", "year-earlier", ctx.dct), "dct")
    previous = cal.value_start(ctx.previous or "")
    if ctx.dct is not None and (previous is None or previous.year < ctx.dct.year):
        return ("DATE", str(ctx.dct.year - 1), "dct")
    return _from_previous(ctx, "period", 1)


def clock(match: re.Match[str], ctx: Context) -> Result | None:
    named = (_group(match, "named") or "").lower()
    if named:
        hour, minute = (24, 0) if named == "midnight" else (12, 0)
    else:
        hour, minute = int(_group(match, "hour")), int(_group(match, "minute") or 0)
        ampm = (_group(match, "ampm") or "").lower()
        if hour > 24 or (ampm[:1] in "ap" and ampm and not 1 <= hour <= 12):
            return None
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    when = _group(match, "when")
    day = ctx.resolve(when) if when else (ctx.dct.isoformat() if ctx.dct else None)
    if day is None or cal.value_granularity(day[:10]) != "D":
        day = "XXXX-XX-XX"
    return ("TIME", f"{day[:10]}T{hour:02d}:{minute:02d}", "dct" if not when else "clause-date")
