"""``article_bands`` keeps two integers a row: the band key, then ``articles.id_hash`` instead of the string id.

An article has ~200 band keys. Stored with its string id as a rowid table with a primary key and a key index, they
took 70% of a database of news articles; without a rowid in SQLite, keyed by (band_key, article_hash), with an
index on the hash for re-saves and deletes, they take about a quarter of that. Existing keys are carried over.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 08:00:00
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

from eventwire.store.models import article_id_hash

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Articles updated per statement.
BATCH = 10_000


def upgrade() -> None:
    connection = op.get_bind()
    op.add_column("articles", sa.Column("id_hash", sa.BigInteger(), nullable=True))
    articles = sa.table("articles", sa.column("id", sa.String()), sa.column("id_hash", sa.BigInteger()))
    set_hash = articles.update().where(articles.c.id == sa.bindparam("article_id")).values(
        id_hash=sa.bindparam("hash"))
    stored_ids = connection.execute(sa.select(articles.c.id).order_by(articles.c.id)).scalars().all()
    for batch in _batches(_id_hashes(stored_ids)):
        connection.execute(set_hash, batch)
    op.create_index("ix_articles_id_hash", "articles", ["id_hash"], unique=True)
    _set_aside("article_bands_0006")
    _create_bands()
    op.execute("INSERT INTO article_bands (band_key, article_hash) SELECT article_bands_0006.band_key, "
               "articles.id_hash FROM article_bands_0006 JOIN articles ON articles.id = article_bands_0006.article_id")
    op.drop_table("article_bands_0006")


def _id_hashes(article_ids: list[str]) -> Iterator[dict]:
    """Each id's first free :func:`article_id_hash`, as the clustering code would have given it."""
    taken = set()
    for article_id in article_ids:
        salt = 0
        while article_id_hash(article_id, salt) in taken:
            salt += 1
        taken.add(article_id_hash(article_id, salt))
        yield {"article_id": article_id, "hash": article_id_hash(article_id, salt)}


def _create_bands() -> None:
    op.create_table(
        "article_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("article_hash", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_hash"], ["articles.id_hash"],
                                name="fk_article_bands_article_hash_articles", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band_key", "article_hash", name="pk_article_bands"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_article_bands_article_hash", "article_bands", ["article_hash"])


def _set_aside(name: str) -> None:
    """Rename the current ``article_bands`` so the new one can be made beside it; PostgreSQL names a primary key's
    index in the schema, so that is renamed too."""
    op.rename_table("article_bands", name)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE {name} RENAME CONSTRAINT pk_article_bands TO pk_{name}")


def _batches(rows: Iterator[dict]) -> Iterator[list[dict]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def downgrade() -> None:
    _set_aside("article_bands_0007")
    op.create_table(
        "article_bands",
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_bands_article_id_articles",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "band_key", name="pk_article_bands"),
    )
    op.create_index("ix_article_bands_band_key", "article_bands", ["band_key"])
    op.execute("INSERT INTO article_bands (article_id, band_key) SELECT articles.id, article_bands_0007.band_key "
               "FROM article_bands_0007 JOIN articles ON articles.id_hash = article_bands_0007.article_hash")
    op.drop_table("article_bands_0007")
    # Not in batch mode: rebuilding ``articles`` on SQLite would drop the full-text triggers of migration 0002.
    op.drop_index("ix_articles_id_hash", table_name="articles")
    op.drop_column("articles", "id_hash")
