"""Full-text search: an FTS5 table kept by triggers on SQLite, a GIN tsvector index on PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The FTS row is found by article_id (not rowid): VACUUM may renumber the implicit rowids of `articles`.
SQLITE_UP = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize='porter unicode61')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; "
    "INSERT INTO articles_fts(article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; END",
    "INSERT INTO articles_fts(article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles",
]
SQLITE_DOWN = ["DROP TRIGGER articles_fts_insert", "DROP TRIGGER articles_fts_update",
               "DROP TRIGGER articles_fts_delete", "DROP TABLE articles_fts"]
PG_UP = ["CREATE INDEX ix_articles_fulltext ON articles USING gin "
         "(to_tsvector('english', coalesce(title, '') || ' ' || text))"]
PG_DOWN = ["DROP INDEX ix_articles_fulltext"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(PG_UP if op.get_bind().dialect.name == "postgresql" else SQLITE_UP)


def downgrade() -> None:
    _run(PG_DOWN if op.get_bind().dialect.name == "postgresql" else SQLITE_DOWN)
