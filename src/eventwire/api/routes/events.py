"""Events: filter by type, mode, QuadClass, actors, dates, place or bounding box, and evidence text."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy import ColumnElement, func, or_, select

from eventwire.api.deps import SessionDep
from eventwire.api.pagination import page_of, paginate
from eventwire.api.routes.params import (ActorCode, Cursor, DateFrom, DateTo, Limit, PloverType, Text,
                                         like_pattern, parse_bbox, within_dates)
from eventwire.api.schemas import ActorArgument, EventOut, Page
from eventwire.store.models import Article, EventCluster, EventRow

router = APIRouter(tags=["events"])

EVIDENCE_TEXT = func.substr(Article.text, EventRow.evidence_start + 1, EventRow.evidence_end - EventRow.evidence_start)
#: The event's own day, else its article's date: what sorting, the timeline and the date filters use (indexed).
EVENT_DAY = EventRow.sort_day


@router.get("/events", response_model=Page[EventOut])
def list_events(
    session: SessionDep, limit: Limit = 50, cursor: Cursor = None,
    type: Annotated[list[PloverType] | None, Query(description="PLOVER types (repeat to OR).")] = None,
    mode: Annotated[str | None, Query(max_length=40)] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4.")] = None,
    source: ActorCode = None, target: ActorCode = None,
    actor: ActorCode = None, date_from: DateFrom = None, date_to: DateTo = None,
    place: Annotated[str | None, Query(max_length=100, description="Place name (exact, case-insensitive).")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="Place country, ISO alpha-2.")] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat")] = None,
    text: Text = None, hypothetical: bool | None = None, negated: bool | None = None, denied: bool | None = None,
    sort: Literal["date", "-date", "id", "-id"] = "-date",
) -> Page[EventOut]:
    """Events, newest first by default, with every filter combined by AND."""
    statement = select(EventRow, Article.title, Article.date, Article.outlet, EVIDENCE_TEXT, EventCluster).join(
        Article, Article.id == EventRow.article_id).outerjoin(EventCluster, EventCluster.id == EventRow.cluster_id)
    conditions = [
        type and EventRow.type.in_(type), mode and EventRow.mode == mode, quad and EventRow.quad == quad,
        source and EventRow.source_code.startswith(source.upper(), autoescape=True),
        target and EventRow.target_code.startswith(target.upper(), autoescape=True),
        actor and or_(EventRow.source_code.startswith(actor.upper(), autoescape=True),
                      EventRow.target_code.startswith(actor.upper(), autoescape=True)),
        *within_dates(EVENT_DAY, date_from, date_to),
        place and func.lower(EventRow.location) == place.lower(),
        country and EventRow.place_country == country.upper(),
        text and EVIDENCE_TEXT.ilike(like_pattern(text), escape="\\"),
        hypothetical is not None and EventRow.hypothetical == hypothetical,
        negated is not None and EventRow.negated == negated,
        denied is not None and EventRow.denied == denied,
    ]
    # Keep SQL expressions only: an empty ?mode= or ?place= leaves "" in the list, which is no condition.
    statement = statement.where(*(c for c in conditions if isinstance(c, ColumnElement)))
    box = parse_bbox(bbox)
    if box:
        west, south, east, north = box
        statement = statement.where(EventRow.place_lon.between(west, east), EventRow.place_lat.between(south, north))
    by_date = sort.lstrip("-") == "date"
    key = EVENT_DAY if by_date else EventRow.id
    statement = paginate(statement, key, EventRow.id, descending=sort.startswith("-"), cursor=cursor, limit=limit)
    rows, next_cursor = page_of(session.execute(statement).all(), limit,
                                key_of=lambda r: r[0].sort_day if by_date else r[0].id,
                                id_of=lambda r: r[0].id)
    return Page[EventOut](data=[event_out(*row) for row in rows], next_cursor=next_cursor)


def event_out(event: EventRow, title, article_date, outlet, evidence_text,
               cluster: EventCluster | None = None) -> EventOut:
    return EventOut(
        id=event.id, article_id=event.article_id, type=event.type, mode=event.mode, cameo=event.cameo,
        quad=event.quad, goldstein=event.goldstein,
        source=ActorArgument(text=event.source_text, code=event.source_code, canonical=event.source_canonical),
        target=ActorArgument(text=event.target_text, code=event.target_code, canonical=event.target_canonical),
        negated=event.negated, hypothetical=event.hypothetical, denied=event.denied,
        reported_by=event.reported_by,
        location=event.location, lat=event.place_lat, lon=event.place_lon, country=event.place_country,
        date=event.date, date_source=event.date_source, evidence=(event.evidence_start, event.evidence_end),
        evidence_text=evidence_text or "", article_title=title, article_date=article_date, outlet=outlet,
        cluster_id=event.cluster_id, num_articles=cluster and cluster.num_articles,
        num_sources=cluster and cluster.num_sources, num_mentions=cluster and cluster.num_mentions)
