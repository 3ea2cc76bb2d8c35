"""Near-duplicate article clusters (band keys, ``articles.cluster_id``) and cross-article event clusters.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("cluster_id", sa.String(), nullable=True))
    op.create_index("ix_articles_cluster_id", "articles", ["cluster_id"])
    op.create_table(
        "article_bands",
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_bands_article_id_articles",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "band_key", name="pk_article_bands"),
    )
    op.create_index("ix_article_bands_band_key", "article_bands", ["band_key"])
    _create_event_clusters()
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("cluster_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_events_cluster_id_event_clusters", "event_clusters", ["cluster_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_events_cluster_id", ["cluster_id"])


def _create_event_clusters() -> None:
    op.create_table(
        "event_clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("day", sa.String(), nullable=False),
        sa.Column("source_code", sa.String(), nullable=True),
        sa.Column("target_code", sa.String(), nullable=True),
        sa.Column("place_name", sa.Text(), nullable=True),
        sa.Column("place_lat", sa.Double(), nullable=True),
        sa.Column("place_lon", sa.Double(), nullable=True),
        sa.Column("place_country", sa.String(), nullable=True),
        sa.Column("num_articles", sa.Integer(), nullable=False),
        sa.Column("num_sources", sa.Integer(), nullable=False),
        sa.Column("num_stories", sa.Integer(), nullable=False),
        sa.Column("num_mentions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_clusters"),
    )
    op.create_index("ix_event_clusters_type_day", "event_clusters", ["type", "day"])
    op.create_index("ix_event_clusters_num_articles_id", "event_clusters", ["num_articles", "id"])
    op.create_table(
        "event_cluster_articles",
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["cluster_id"], ["event_clusters.id"],
                                name="fk_event_cluster_articles_cluster_id_event_clusters", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"],
                                name="fk_event_cluster_articles_article_id_articles", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("cluster_id", "article_id", name="pk_event_cluster_articles"),
    )
    op.create_index("ix_event_cluster_articles_article_id", "event_cluster_articles", ["article_id"])


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_cluster_id")
        batch.drop_constraint("fk_events_cluster_id_event_clusters", type_="foreignkey")
        batch.drop_column("cluster_id")
    op.drop_table("event_cluster_articles")
    op.drop_table("event_clusters")
    op.drop_table("article_bands")
    # Not in batch mode: rebuilding ``articles`` on SQLite would drop the full-text triggers of migration 0002.
    op.drop_index("ix_articles_cluster_id", table_name="articles")
    op.drop_column("articles", "cluster_id")
