"""Query parameters shared by several endpoints, validated once: bad input is a clear 4xx, never a 500."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import HTTPException, Query
from pydantic import AfterValidator

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE_PATTERN = r"^(?:[A-Za-z]{2,12}|---[A-Za-z]{0,9})$"  # "---LEG": CAMEO's sector of an unnamed country
MAX_TEXT = 200

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page.")]
Cursor = Annotated[str | None, Query(max_length=500, description="next_cursor of the previous page.")]


def on_the_calendar(value: str | None) -> str | None:
    """"2016-13-45" has the shape of a date but names none: compared as text it would filter silently wrong."""
    if value:
        year, month, day = (value.split("-") + ["01", "01"])[:3]
        dt.date(int(year), int(month), int(day))  # ValueError -> 422
    return value


DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Earliest date, YYYY[-MM[-DD]]."),
                     AfterValidator(on_the_calendar)]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Latest date, YYYY[-MM[-DD]]."),
                   AfterValidator(on_the_calendar)]
ActorCode = Annotated[str | None, Query(pattern=CODE_PATTERN, description="CAMEO-style code or its prefix, e.g. RUS.")]
Text = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Words to search for.")]


def date_upper_bound(date_to: str) -> str:
    """An inclusive upper bound for prefix dates: "2022-02" covers every day of February."""
    return date_to + "\uffff"


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees."""
    if bbox is None:
        return None
    try:
        west, south, east, north = (float(part) for part in bbox.split(","))
    except ValueError as exc:
        raise HTTPException(422, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from exc
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise HTTPException(422, "bbox out of range: need -180<=min_lon<=max_lon<=180 and -90<=min_lat<=max_lat<=90")
    return west, south, east, north


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere (wildcards in the input are escaped)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
