"""Articles: list and search, read one with every annotation, and ingest new ones (token required)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, TypeAdapter, ValidationError
from sqlalchemy import func, select

from eventwire.api.deps import SessionDep, SettingsDep, StoreDep, WriteAccess
from eventwire.api.pagination import page_of, paginate
from eventwire.api.routes.params import Cursor, DateFrom, DateTo, Limit, Text, within_dates
from eventwire.api.schemas import ArticleSummary, IngestResult, Page
from eventwire.dedup.resolve import save_and_resolve
from eventwire.document import Document, Failure
from eventwire.store.models import Article
from eventwire.store.search import full_text_filter

router = APIRouter(tags=["articles"])

#: Raw bodies the ingest endpoint accepts besides JSON, read with the same sniffing readers as files.
RAW_TYPES = ("text/html", "text/plain", "application/x-ndjson", "application/jsonl", "application/gzip")


@router.get("/articles", response_model=Page[ArticleSummary])
def list_articles(session: SessionDep, limit: Limit = 50, cursor: Cursor = None, q: Text = None,
                  outlet: Annotated[str | None, Query(max_length=200)] = None,
                  date_from: DateFrom = None, date_to: DateTo = None) -> Page[ArticleSummary]:
    """Articles, newest first; ``q`` searches title and text (SQLite FTS5 or PostgreSQL full-text search)."""
    statement = select(Article.id, Article.title, Article.date, Article.outlet, Article.url)
    if q:
        statement = statement.where(full_text_filter(session, q))
    if outlet:
        statement = statement.where(func.lower(Article.outlet) == outlet.lower())
    statement = statement.where(*within_dates(Article.date, date_from, date_to))
    key = func.coalesce(Article.date, "")
    statement = paginate(statement, key, Article.id, descending=True, cursor=cursor, limit=limit)
    rows, next_cursor = page_of(session.execute(statement).all(), limit, key_of=lambda r: r.date or "",
                                id_of=lambda r: r.id)
    return Page[ArticleSummary](data=[ArticleSummary(**row._mapping) for row in rows], next_cursor=next_cursor)


@router.get("/articles/{article_id}")
def get_article(article_id: Annotated[str, Path(max_length=100)], store: StoreDep) -> dict[str, Any]:
    """One article with its text and every annotation, each pointing at character offsets of the text. A unique
    prefix of an id will do, as for ``eventwire show`` (whose tables print ids cut short)."""
    document = store.get_document(article_id)
    if document is None:
        matches = store.find_articles(article_id, limit=2)
        if len(matches) != 1:
            raise HTTPException(404, f"no article with id {article_id!r}" if not matches
                                else f"several articles have ids starting {article_id!r}")
        document = store.get_document(matches[0])
    return document.to_dict()


class ArticleIn(BaseModel):
    """One article to ingest: only ``text`` is required."""

    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(None, max_length=1000)
    date: str | None = Field(None, max_length=40)
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    id: str | None = Field(None, max_length=100, pattern=r"^[\w.:-]+$")


_ARTICLE, _ARTICLES = TypeAdapter(ArticleIn), TypeAdapter(list[ArticleIn])
_INGEST_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"oneOf": [ArticleIn.model_json_schema(),
                                              {"type": "array", "items": ArticleIn.model_json_schema()}]}},
    **{kind: {"schema": {"type": "string"}} for kind in RAW_TYPES}}}}


@router.post("/articles", response_model=IngestResult, status_code=201, dependencies=[WriteAccess],
             openapi_extra=_INGEST_BODY)
async def ingest_articles(request: Request, store: StoreDep, settings: SettingsDep) -> IngestResult | JSONResponse:
    """Ingest articles: a JSON article or list of articles, or a raw HTML, text or JSONL body. Requires the bearer
    token. 201 when at least one article was stored; 422, with the same body, when every one failed."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if len(body) > settings.max_file_bytes:
        raise HTTPException(413, f"body of {len(body):,} bytes exceeds the {settings.max_file_bytes:,} byte limit")
    if content_type in RAW_TYPES:
        items = await run_in_threadpool(_read_raw, body, settings)
    elif content_type == "application/json":
        one_article = body.lstrip().startswith(b"{")  # one article may come bare rather than in a list of one
        try:
            articles = [_ARTICLE.validate_json(body)] if one_article else _ARTICLES.validate_json(body)
        except ValidationError as exc:
            # No echoed input: a body that is not UTF-8 (b"\x96") cannot be encoded back into the JSON answer.
            errors = exc.errors(include_url=False, include_context=False, include_input=False)
            raise RequestValidationError(errors) from exc
        items = [_document(a) for a in articles]
    else:
        raise HTTPException(415, f"send JSON (an article or a list of them) or one of: {', '.join(RAW_TYPES)}")
    if not items:
        raise HTTPException(422, "no article in the body")
    result = await run_in_threadpool(_annotate_and_store, request.app, store, items)
    if not result.stored:  # nothing was created: the failures say why, under an error status a client checks
        return JSONResponse(result.model_dump(), status_code=422)
    return result


def _document(article: ArticleIn) -> Document | Failure:
    from eventwire.ingest.jsonl import record_to_document

    return record_to_document(article.model_dump(exclude_none=True), "api")


def _read_raw(body: bytes, settings) -> list[Document | Failure]:
    from eventwire.ingest import read_bytes

    return list(read_bytes(body, "api upload", settings))


def _annotate_and_store(app, store, items: list[Document | Failure]) -> IngestResult:
    stored, failures = [], []
    for item in app.state.pipeline().annotate(items):
        if isinstance(item, Failure):
            store.record_failure(None, item)
            failures.append({"source": item.source, "code": item.code, "reason": item.reason})
        else:
            save_and_resolve(store, item)
            stored.append(item.id)
    return IngestResult(stored=stored, failures=failures)
