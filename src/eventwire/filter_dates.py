"""The dates a filter takes, one definition for the API's ``date_from``/``date_to`` and the export options.

Stored dates are ISO text and filters compare them as text, so a filter date must be ISO too, as precise as
wanted (YYYY, YYYY-MM or YYYY-MM-DD), and name a real day: compared as text, "2016-02-30" would filter silently
wrong rather than fail.
"""

from __future__ import annotations

import datetime as dt
import re

#: ASCII digits only: Unicode digits ("２０２２") satisfy ``\\d`` and ``int()`` but match no stored date.
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


def check_filter_date(value: str | None) -> str | None:
    """``value`` itself if filters can compare it, else a ValueError that says why; empty means no filter."""
    if not value:
        return value
    if not re.fullmatch(DATE_PATTERN, value):
        raise ValueError(f"{value!r} is not a date of the form {DATE_FORMS}")
    year, month, day = (value.split("-") + ["01", "01"])[:3]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError as exc:
        raise ValueError(f"{value!r} is no day on the calendar ({exc})") from exc
    return value


def date_upper_bound(date_to: str) -> str:
    """An inclusive upper bound for prefix dates: "2022-02" covers every day of February."""
    return date_to + "\uffff"
