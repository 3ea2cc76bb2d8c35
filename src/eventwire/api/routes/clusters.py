"""Event clusters: one real-world event merged across articles, the most widely reported first, with its reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query
from sqlalchemy import select

from eventwire.api.deps import SessionDep
from eventwire.api.pagination import decode_cursor, page_of, paginate
from eventwire.api.routes.events import EVIDENCE_TEXT, event_out
from eventwire.api.routes.params import Cursor, DateFrom, DateTo, Limit, PloverType, within_dates
from eventwire.api.schemas import EventClusterOut, EventOut, Page
from eventwire.store.models import Article, EventCluster, EventRow

router = APIRouter(tags=["events"])

ClusterId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("/event-clusters", response_model=Page[EventClusterOut])
def list_event_clusters(
    session: SessionDep, limit: Limit = 50, cursor: Cursor = None,
    type: Annotated[list[PloverType] | None, Query(description="PLOVER types (repeat to OR).")] = None,
    date_from: DateFrom = None, date_to: DateTo = None,
    min_articles: Annotated[int, Query(ge=1, le=1_000_000, description="Reported by at least this many articles.")] = 1,
) -> Page[EventClusterOut]:
    """Events merged across articles, sorted by how many articles report them (most first)."""
    _require_integer_cursor(cursor)
    conditions = [
        type and EventCluster.type.in_(type), EventCluster.num_articles >= min_articles,
        *within_dates(EventCluster.day, date_from, date_to),
    ]
    statement = select(EventCluster).where(*(c for c in conditions if c is not None and c is not False))
    statement = paginate(statement, EventCluster.num_articles, EventCluster.id, descending=True, cursor=cursor,
                         limit=limit)
    rows, next_cursor = page_of(list(session.scalars(statement)), limit, key_of=lambda c: c.num_articles,
                                id_of=lambda c: c.id)
    return Page[EventClusterOut](data=[_cluster_out(cluster) for cluster in rows], next_cursor=next_cursor)


@router.get("/event-clusters/{cluster_id}", response_model=EventClusterOut)
def get_event_cluster(session: SessionDep, cluster_id: ClusterId) -> EventClusterOut:
    cluster = session.get(EventCluster, cluster_id)
    if cluster is None:
        raise HTTPException(404, f"no event cluster {cluster_id}")
    return _cluster_out(cluster)


@router.get("/event-clusters/{cluster_id}/events", response_model=Page[EventOut])
def list_cluster_events(session: SessionDep, cluster_id: ClusterId, limit: Limit = 50,
                        cursor: Cursor = None) -> Page[EventOut]:
    """Every article's report of the event, each with its own evidence, in the order they were stored."""
    _require_integer_cursor(cursor)
    statement = (select(EventRow, Article.title, Article.date, Article.outlet, EVIDENCE_TEXT, EventCluster)
                 .join(Article, Article.id == EventRow.article_id)
                 .join(EventCluster, EventCluster.id == EventRow.cluster_id)
                 .where(EventRow.cluster_id == cluster_id))
    statement = paginate(statement, EventRow.id, EventRow.id, descending=False, cursor=cursor, limit=limit)
    rows, next_cursor = page_of(session.execute(statement).all(), limit, key_of=lambda r: r[0].id,
                                id_of=lambda r: r[0].id)
    return Page[EventOut](data=[event_out(*row) for row in rows], next_cursor=next_cursor)


def _require_integer_cursor(cursor: str | None) -> None:
    """Both pages sort by integer keys: a forged cursor holding text would otherwise reach the database."""
    if cursor is None:
        return
    key, row_id = decode_cursor(cursor)
    if not all(type(value) is int and abs(value) < 2**63 for value in (key, row_id)):  # bool is no integer here
        raise HTTPException(400, "invalid cursor: pass back the next_cursor of a previous page unchanged")


def _cluster_out(cluster: EventCluster) -> EventClusterOut:
    return EventClusterOut(
        id=cluster.id, type=cluster.type, day=cluster.day, source_code=cluster.source_code,
        target_code=cluster.target_code, place=cluster.place_name, lat=cluster.place_lat, lon=cluster.place_lon,
        country=cluster.place_country, num_articles=cluster.num_articles, num_sources=cluster.num_sources,
        num_stories=cluster.num_stories, num_mentions=cluster.num_mentions)
