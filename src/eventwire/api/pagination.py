"""Keyset (cursor) pagination: stable pages however many rows arrive meanwhile, and no OFFSET scans."""

from __future__ import annotations

import base64
import json
from typing import Any

from fastapi import HTTPException
from sqlalchemy import Select, and_, or_
from sqlalchemy.sql.elements import ColumnElement


def encode_cursor(key: Any, row_id: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps([key, row_id]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[Any, Any]:
    try:
        key, row_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, TypeError) as exc:
        raise HTTPException(400, "invalid cursor: pass back the next_cursor of a previous page unchanged") from exc
    if not isinstance(key, (str, int, float)) or not isinstance(row_id, (str, int)):
        raise HTTPException(400, "invalid cursor: pass back the next_cursor of a previous page unchanged")
    return key, row_id


def paginate(statement: Select, key: ColumnElement, row_id: ColumnElement, *, descending: bool,
             cursor: str | None, limit: int) -> Select:
    """Order by (key, id) and start after the cursor's position; fetch one extra row to know if more exist."""
    if cursor:
        last_key, last_id = decode_cursor(cursor)
        if descending:
            statement = statement.where(or_(key < last_key, and_(key == last_key, row_id < last_id)))
        else:
            statement = statement.where(or_(key > last_key, and_(key == last_key, row_id > last_id)))
    order = (key.desc(), row_id.desc()) if descending else (key.asc(), row_id.asc())
    return statement.order_by(*order).limit(limit + 1)


def page_of(rows: list, limit: int, key_of, id_of) -> tuple[list, str | None]:
    """The first ``limit`` rows and the cursor of the last one when another page follows."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(key_of(rows[-1]), id_of(rows[-1]))
