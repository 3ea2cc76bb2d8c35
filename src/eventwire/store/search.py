"""Full-text search over articles behind one interface: SQLite FTS5 or PostgreSQL tsvector.

Both indexes are created by migration 0002 and kept current by the database itself (triggers on SQLite, an
expression index on PostgreSQL), so writers never have to remember them.
"""

from __future__ import annotations

import re

from sqlalchemy import func, literal_column, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from eventwire.store.models import Article

#: The expression the PostgreSQL GIN index is built on; queries must use exactly the same one.
PG_DOCUMENT = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
FTS_TABLE = "articles_fts"
_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(query: str) -> str:
    """User words as an FTS5 query: each word quoted (no operators can be injected), all required."""
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


def full_text_filter(session: Session, query: str) -> ColumnElement[bool]:
    """A WHERE clause selecting articles whose title or text contain every word of ``query``."""
    if session.get_bind().dialect.name == "postgresql":
        return literal_column(PG_DOCUMENT).op("@@")(func.plainto_tsquery("english", query))
    words = fts5_query(query)
    if not words:
        return Article.id.is_(None)  # nothing searchable: no match rather than everything
    matching = select(literal_column("article_id")).select_from(text(FTS_TABLE)).where(
        literal_column(FTS_TABLE).op("MATCH")(words))
    return Article.id.in_(matching)
