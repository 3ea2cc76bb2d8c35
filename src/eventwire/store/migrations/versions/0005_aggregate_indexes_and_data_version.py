"""Covering indexes for the API's aggregates (timeline, actor network, actor list) and the ``data_version``
counter that every write transaction bumps, so API processes can cache aggregates until the data changes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 16:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_events_sort_day_type", "events", ["sort_day", "type"])
    op.create_index("ix_events_actor_pair", "events", ["source_code", "target_code", "quad", "sort_day"])
    op.create_index("ix_actor_mentions_code_canonical", "actor_mentions", ["code", "canonical", "article_id"])
    data_version = op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_data_version"),
    )
    op.bulk_insert(data_version, [{"id": 1, "version": 0}])


def downgrade() -> None:
    op.drop_table("data_version")
    op.drop_index("ix_actor_mentions_code_canonical", table_name="actor_mentions")
    op.drop_index("ix_events_actor_pair", table_name="events")
    op.drop_index("ix_events_sort_day_type", table_name="events")
