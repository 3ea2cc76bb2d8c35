"""Query parameters shared by several endpoints, validated once: bad input is a clear 4xx, never a 500."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import HTTPException, Query
from pydantic import AfterValidator
from sqlalchemy import ColumnElement

from eventwire.filter_dates import DATE_FORMS, DATE_PATTERN, check_filter_date, date_upper_bound

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PloverType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]

CODE_PATTERN = r"^(?:[A-Za-z]{2,12}|---[A-Za-z]{0,9})$"  # "---LEG": CAMEO's sector of an unnamed country
MAX_TEXT = 200

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page.")]
Cursor = Annotated[str | None, Query(max_length=500, description="next_cursor of the previous page.")]
# the pattern shows in the OpenAPI schema; the validator also refuses a day off the calendar (ValueError -> 422)
DateFrom = Annotated[str | None, Query(pattern=DATE_PATTERN, description=f"Earliest date, {DATE_FORMS}."),
                     AfterValidator(check_filter_date)]
DateTo = Annotated[str | None, Query(pattern=DATE_PATTERN, description=f"Latest date, {DATE_FORMS}."),
                   AfterValidator(check_filter_date)]
ActorCode = Annotated[str | None, Query(pattern=CODE_PATTERN, description="CAMEO-style code or its prefix, e.g. RUS.")]
Text = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Words to search for.")]


def within_dates(day: ColumnElement, date_from: str | None, date_to: str | None) -> list[ColumnElement]:
    """Conditions keeping ``day`` (ISO text) between the filter dates; a month or year ``date_to`` takes in all
    its days. Empty when neither is given, so ``statement.where(*within_dates(...))`` filters nothing."""
    conditions = []
    if date_from:
        conditions.append(day >= date_from)
    if date_to:
        conditions.append(day <= date_upper_bound(date_to))
    return conditions


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
