"""Flatten a :class:`Document` into table rows and build it back, losslessly.

Spans become ``<name>_start``/``<name>_end`` columns, a nested actor reference or place becomes
``<name>_<field>`` columns, and lists of spans are stored as JSON. Columns otherwise carry the field names.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from functools import lru_cache
from typing import Any

from eventwire.document import (
    ActorMention, ActorRef, Claim, Document, Entity, Event, Place, Quote, Sentence, Span, Timex,
)
from eventwire.store.models import (
    ActorMentionRow, ArticleChild, ClaimRow, EventRow, MentionRow, PlaceRow, QuoteRow, SentenceRow, TimexRow,
)

#: Which document list goes to which table, and the dataclass its rows rebuild.
ANNOTATIONS: tuple[tuple[str, type[ArticleChild], type], ...] = (
    ("sentences", SentenceRow, Sentence),
    ("entities", MentionRow, Entity),
    ("actors", ActorMentionRow, ActorMention),
    ("events", EventRow, Event),
    ("quotes", QuoteRow, Quote),
    ("claims", ClaimRow, Claim),
    ("places", PlaceRow, Place),
    ("timexes", TimexRow, Timex),
)
ARTICLE_FIELDS = ("id", "title", "date", "url", "outlet", "author", "photo_credit", "related", "source", "format",
                  "text", "paragraphs", "meta")

#: Span fields and the column prefix they are stored under.
_SPAN_PREFIX = {"content": "content", "speaker": "speaker", "cue": "cue", "channel_span": "channel",
                "evidence": "evidence", "trigger": "trigger"}
_SPAN_LISTS = {"content_parts", "extra_evidence", "paragraphs"}
#: Nested dataclasses flattened into prefixed columns, with the field that is never None when one is present.
_NESTED = {"source": (ActorRef, "text"), "target": (ActorRef, "text"), "place": (Place, "name")}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_values(document: Document) -> dict[str, Any]:
    values = {name: getattr(document, name) for name in ARTICLE_FIELDS}
    values["paragraphs"] = [list(span) for span in document.paragraphs]
    values["content_hash"] = content_hash(document.text)
    return values


def annotation_rows(document: Document) -> dict[type[ArticleChild], list[dict[str, Any]]]:
    """Row values per annotation table, each tagged with the article id and its position in the list."""
    rows = {
        model: [{"article_id": document.id, "position": i, **flatten(item)}
                for i, item in enumerate(getattr(document, attribute))]
        for attribute, model, _ in ANNOTATIONS
    }
    for row in rows[EventRow]:
        row["sort_day"] = sort_day(row["date"], document.date)
    return rows


def sort_day(event_date: str | None, article_date: str | None) -> str:
    """The event's own date when it names a day ("2022-02-25", "2022-02-25TMO"), else the article's date."""
    if event_date and re.match(r"\d{4}-\d{2}-\d{2}", event_date):
        return event_date[:10]
    return article_date or event_date or ""


def flatten(item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind, columns in _layout(type(item)):
        value = getattr(item, name)
        if kind is _PLAIN:
            row[name] = value
        elif kind is _SPAN:
            row[columns[0]], row[columns[1]] = value if value is not None else (None, None)
        elif kind is _SPANS:
            row[name] = [list(span) for span in value]
        else:
            row.update((column, None if value is None else getattr(value, field)) for column, field in columns)
    return row


_PLAIN, _SPAN, _SPANS, _NESTED_FIELDS = "plain", "span", "spans", "nested"


@lru_cache(maxsize=None)
def _layout(cls: type) -> tuple[tuple[str, str, tuple], ...]:
    """How each field of ``cls`` becomes columns, worked out once per class: per item it cost half of flattening.

    A nested dataclass ``x`` lists its ``(column, field)`` pairs, ``x_<field>`` (all NULL when ``x`` is None)."""
    layout = []
    for name in _field_names(cls):
        if name in _SPAN_PREFIX:
            layout.append((name, _SPAN, (f"{_SPAN_PREFIX[name]}_start", f"{_SPAN_PREFIX[name]}_end")))
        elif name in _SPAN_LISTS:
            layout.append((name, _SPANS, ()))
        elif name in _NESTED:
            fields = _field_names(_NESTED[name][0])
            layout.append((name, _NESTED_FIELDS, tuple((f"{name}_{field}", field) for field in fields)))
        else:
            layout.append((name, _PLAIN, ()))
    return tuple(layout)


def rebuild(cls: type, row: Any) -> Any:
    """The dataclass ``cls`` from an ORM row (or any object with the flattened columns as attributes)."""
    kwargs: dict[str, Any] = {}
    for name in _field_names(cls):
        if name in _SPAN_PREFIX:
            kwargs[name] = _span(row, _SPAN_PREFIX[name])
        elif name in _SPAN_LISTS:
            kwargs[name] = _span_list(getattr(row, name))
        elif name in _NESTED:
            kwargs[name] = _nested(row, name)
        else:
            kwargs[name] = getattr(row, name)
    return cls(**kwargs)


def build_document(article: Any, annotations: dict[str, list[Any]], warnings: list[str]) -> Document:
    """The stored document: article row, annotation rows per document attribute (in order) and warnings."""
    document = Document(**{name: getattr(article, name) for name in ARTICLE_FIELDS})
    document.paragraphs = _span_list(article.paragraphs)
    for attribute, _, cls in ANNOTATIONS:
        setattr(document, attribute, [rebuild(cls, row) for row in annotations.get(attribute, [])])
    document.warnings = list(warnings)
    return document


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass's field names, worked out once per class: rebuilding asks for them on every stored row."""
    return tuple(field.name for field in dataclasses.fields(cls))


def _span(row: Any, prefix: str) -> Span | None:
    start, end = getattr(row, f"{prefix}_start"), getattr(row, f"{prefix}_end")
    return None if start is None else (start, end)


def _span_list(value: list[list[int]] | None) -> list[Span]:
    return [(start, end) for start, end in value or []]


def _nested(row: Any, name: str) -> Any:
    nested_class, marker = _NESTED[name]
    if getattr(row, f"{name}_{marker}") is None:
        return None
    return nested_class(**{key: getattr(row, f"{name}_{key}") for key in _field_names(nested_class)})
