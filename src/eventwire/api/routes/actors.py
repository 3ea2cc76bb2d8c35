"""Actors with their counts, and the network of who acts on whom."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import case, func, select

from eventwire.api.deps import SessionDep
from eventwire.api.routes.params import ActorCode, DateFrom, DateTo, date_upper_bound
from eventwire.api.routes.events import EVENT_DAY
from eventwire.api.schemas import ActorOut, Network, NetworkEdge, NetworkNode
from eventwire.store.models import ActorMentionRow, Article, EventRow

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=list[ActorOut])
def list_actors(session: SessionDep, code: ActorCode = None,
                name: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
                limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[ActorOut]:
    """Actors by number of mentions, with how many articles mention them."""
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


@router.get("/actors/network", response_model=Network)
def actor_network(session: SessionDep, date_from: DateFrom = None, date_to: DateTo = None,
                  min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
                  limit: Annotated[int, Query(ge=1, le=2000)] = 300) -> Network:
    """Who acts on whom: an edge per (source, target) actor code pair, weighted by events."""
    events = func.count(EventRow.id)
    conflict = func.sum(case((EventRow.quad >= 3, 1), else_=0))
    statement = (select(EventRow.source_code, EventRow.target_code, events, conflict)
                 .join(Article, Article.id == EventRow.article_id)
                 .where(EventRow.source_code.is_not(None), EventRow.target_code.is_not(None),
                        EventRow.source_code != EventRow.target_code)
                 .group_by(EventRow.source_code, EventRow.target_code)
                 .having(events >= min_events).order_by(events.desc()).limit(limit))
    if date_from:
        statement = statement.where(EVENT_DAY >= date_from)
    if date_to:
        statement = statement.where(EVENT_DAY <= date_upper_bound(date_to))
    edges = [NetworkEdge(source=s, target=t, events=n, conflict=c or 0) for s, t, n, c in session.execute(statement)]
    weight: dict[str, int] = {}
    for edge in edges:
        weight[edge.source] = weight.get(edge.source, 0) + edge.events
        weight[edge.target] = weight.get(edge.target, 0) + edge.events
    nodes = [NetworkNode(id=code, mentions=n) for code, n in sorted(weight.items(), key=lambda kv: -kv[1])]
    return Network(nodes=nodes, edges=edges)
