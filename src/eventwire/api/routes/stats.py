"""Aggregates for the dashboard's timeline, and the health check."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import TypeAdapter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventwire import __version__
from eventwire.api.deps import CacheDep, SessionDep, StoreDep
from eventwire.api.routes.events import EVENT_DAY
from eventwire.api.routes.params import DateFrom, DateTo, PloverType, within_dates
from eventwire.api.schemas import Health, TimelinePoint
from eventwire.store.models import Article, EventRow

router = APIRouter(tags=["stats"])

#: Only day-precise dates go on a daily timeline; "2022-W08" or "2014" are kept out rather than guessed.
DAY_PATTERN_LENGTH = 10
_TIMELINE = TypeAdapter(list[TimelinePoint])


@router.get("/timeline", response_model=list[TimelinePoint])
def timeline(session: SessionDep, store: StoreDep, cache: CacheDep, date_from: DateFrom = None,
             date_to: DateTo = None, type: Annotated[list[PloverType] | None, Query()] = None) -> Response:
    """Events per day and PLOVER type (event date, else the article's date)."""
    types = tuple(type or ())
    return cache.answer(store, session, ("timeline", date_from, date_to, types),
                        lambda: _timeline(session, date_from, date_to, types), _TIMELINE)


def _timeline(session: Session, date_from: str | None, date_to: str | None,
              types: tuple[str, ...]) -> list[TimelinePoint]:
    """One GROUP BY over the (day, type) index: ``sort_day`` already holds the article's date when the event
    has none, and every event has its article (a cascading foreign key), so no join is needed."""
    day = func.substr(EVENT_DAY, 1, DAY_PATTERN_LENGTH)
    count = func.count()
    statement = (select(day, EventRow.type, count)
                 .where(func.length(EVENT_DAY) >= DAY_PATTERN_LENGTH, EVENT_DAY.like("____-__-__%"))
                 .group_by(day, EventRow.type).order_by(day, EventRow.type))
    statement = statement.where(*within_dates(EVENT_DAY, date_from, date_to))
    if types:
        statement = statement.where(EventRow.type.in_(types))
    return [TimelinePoint(date=d, type=t, count=n) for d, t, n in session.execute(statement)]


@router.get("/health", response_model=Health)
def health(session: SessionDep, store: StoreDep) -> Health:
    """Liveness and the database in use (without credentials)."""
    articles = session.scalar(select(func.count()).select_from(Article)) or 0
    return Health(status="ok", version=__version__, database=store.engine.dialect.name,
                  articles=articles)
