"""Actors with their counts, and the network of who acts on whom.

Both summarise every stored row, so answers are cached until the next write (:mod:`eventwire.api.cache`) and
the queries read only covering indexes (migration 0005).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import TypeAdapter
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from eventwire.api.deps import CacheDep, SessionDep, StoreDep
from eventwire.api.routes.params import ActorCode, DateFrom, DateTo, within_dates
from eventwire.api.routes.events import EVENT_DAY
from eventwire.api.schemas import ActorOut, Network, NetworkEdge, NetworkNode
from eventwire.store.models import ActorMentionRow, EventRow

router = APIRouter(tags=["actors"])

_ACTORS = TypeAdapter(list[ActorOut])
_NETWORK = TypeAdapter(Network)


@router.get("/actors", response_model=list[ActorOut])
def list_actors(session: SessionDep, store: StoreDep, cache: CacheDep, code: ActorCode = None,
                name: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> Response:
    """Actors by number of mentions, with how many articles mention them."""
    return cache.answer(store, session, ("actors", code, name, limit),
                        lambda: _actors(session, code, name, limit), _ACTORS)


@router.get("/actors/network", response_model=Network)
def actor_network(session: SessionDep, store: StoreDep, cache: CacheDep, date_from: DateFrom = None,
                  date_to: DateTo = None, min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
                  limit: Annotated[int, Query(ge=1, le=2000)] = 300) -> Response:
    """Who acts on whom: an edge per (source, target) actor code pair, weighted by events."""
    return cache.answer(store, session, ("network", date_from, date_to, min_events, limit),
                        lambda: _network(session, date_from, date_to, min_events, limit), _NETWORK)


def _actors(session: Session, code: str | None, name: str | None, limit: int) -> list[ActorOut]:
    mentions = func.count(ActorMentionRow.id)
    statement = (select(ActorMentionRow.code, ActorMentionRow.canonical, mentions,
                        func.count(func.distinct(ActorMentionRow.article_id)))
                 .group_by(ActorMentionRow.code, ActorMentionRow.canonical)
                 .order_by(mentions.desc(), ActorMentionRow.code, ActorMentionRow.canonical).limit(limit))
    if code:
        statement = statement.where(ActorMentionRow.code.startswith(code.upper(), autoescape=True))
    if name:
        statement = statement.where(ActorMentionRow.canonical.icontains(name, autoescape=True))
    return [ActorOut(code=c, canonical=n, mentions=m, articles=a) for c, n, m, a in session.execute(statement)]


def _network(session: Session, date_from: str | None, date_to: str | None, min_events: int,
             limit: int) -> Network:
    """Edges from one GROUP BY over the (source, target, quad, day) index; every event has its article
    (a cascading foreign key), so no join is needed. Ties are broken by the codes, so pages are stable."""
    events = func.count(EventRow.id)
    conflict = func.sum(case((EventRow.quad >= 3, 1), else_=0))
    statement = (select(EventRow.source_code, EventRow.target_code, events, conflict)
                 .where(EventRow.source_code.is_not(None), EventRow.target_code.is_not(None),
                        EventRow.source_code != EventRow.target_code)
                 .group_by(EventRow.source_code, EventRow.target_code)
                 .having(events >= min_events)
                 .order_by(events.desc(), EventRow.source_code, EventRow.target_code).limit(limit))
    statement = statement.where(*within_dates(EVENT_DAY, date_from, date_to))
    edges = [NetworkEdge(source=s, target=t, events=n, conflict=c or 0) for s, t, n, c in session.execute(statement)]
    weight: dict[str, int] = {}
    for edge in edges:
        weight[edge.source] = weight.get(edge.source, 0) + edge.events
        weight[edge.target] = weight.get(edge.target, 0) + edge.events
    nodes = [NetworkNode(id=code, mentions=n) for code, n in sorted(weight.items(), key=lambda kv: -kv[1])]
    return Network(nodes=nodes, edges=edges)
