"""Quotes and claims: who said what, searchable by speaker, actor and text."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy import ColumnElement, func, select

from eventwire.api.deps import SessionDep
from eventwire.api.pagination import page_of, paginate
from eventwire.api.routes.params import ActorCode, Cursor, DateFrom, DateTo, Limit, Text, like_pattern, within_dates
from eventwire.api.schemas import ClaimOut, Page, QuoteOut
from eventwire.document import quoted_words
from eventwire.store.models import Article, ClaimRow, QuoteRow

router = APIRouter(tags=["quotes"])

Speaker = Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the speaker's name.")]


def _content(model):
    return func.substr(Article.text, model.content_start + 1, model.content_end - model.content_start)


def _newest_page(session, model, conditions: list, *, text, date_from, date_to, cursor, limit):
    """One page of ``model`` rows (with article title, date and the content text), newest articles first,
    filtered by ``conditions`` plus the shared text and date filters."""
    conditions = [*conditions, text and _content(model).ilike(like_pattern(text), escape="\\"),
                  *within_dates(Article.date, date_from, date_to)]
    statement = (select(model, Article.title, Article.date, _content(model))
                 .join(Article, Article.id == model.article_id)
                 .where(*(c for c in conditions if isinstance(c, ColumnElement))))  # "" or None: no filter
    statement = paginate(statement, func.coalesce(Article.date, ""), model.id, descending=True, cursor=cursor,
                         limit=limit)
    return page_of(session.execute(statement).all(), limit, key_of=lambda r: r[2] or "", id_of=lambda r: r[0].id)


@router.get("/quotes", response_model=Page[QuoteOut])
def list_quotes(session: SessionDep, limit: Limit = 50, cursor: Cursor = None, speaker: Speaker = None,
                actor: ActorCode = None, text: Text = None, kind: Literal["direct", "indirect", "mixed"] | None = None,
                date_from: DateFrom = None, date_to: DateTo = None) -> Page[QuoteOut]:
    """Quotes, newest articles first."""
    conditions = [speaker and QuoteRow.speaker_text.ilike(like_pattern(speaker), escape="\\"),
                  actor and QuoteRow.speaker_code.startswith(actor.upper(), autoescape=True),
                  kind and QuoteRow.kind == kind]
    rows, next_cursor = _newest_page(session, QuoteRow, conditions, text=text, date_from=date_from,
                                     date_to=date_to, cursor=cursor, limit=limit)
    data = [QuoteOut(id=q.id, article_id=q.article_id, kind=q.kind, speaker_text=q.speaker_text,
                     speaker_code=q.speaker_code, channel=q.channel, content=(q.content_start, q.content_end),
                     content_parts=[tuple(part) for part in q.content_parts],
                     content_text=quoted_words(content or "", q.content_start, q.content_parts),
                     article_title=title, article_date=day)
            for q, title, day, content in rows]
    return Page[QuoteOut](data=data, next_cursor=next_cursor)


@router.get("/claims", response_model=Page[ClaimOut])
def list_claims(session: SessionDep, limit: Limit = 50, cursor: Cursor = None, holder: Speaker = None,
                stance: Literal["endorsed", "neutral", "disputed"] | None = None, text: Text = None,
                date_from: DateFrom = None, date_to: DateTo = None) -> Page[ClaimOut]:
    """Claims and how the outlet frames them, newest articles first."""
    conditions = [holder and ClaimRow.holder.ilike(like_pattern(holder), escape="\\"),
                  stance and ClaimRow.stance == stance]
    rows, next_cursor = _newest_page(session, ClaimRow, conditions, text=text, date_from=date_from,
                                     date_to=date_to, cursor=cursor, limit=limit)
    data = [ClaimOut(id=c.id, article_id=c.article_id, holder=c.holder, holder_code=c.holder_code, stance=c.stance,
                     content=(c.content_start, c.content_end), content_text=content or "", article_title=title,
                     article_date=day)
            for c, title, day, content in rows]
    return Page[ClaimOut](data=data, next_cursor=next_cursor)
