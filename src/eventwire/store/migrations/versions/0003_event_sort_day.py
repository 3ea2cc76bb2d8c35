"""Events get ``sort_day`` (event day, else article date) with an index, so date sorting needs no join.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BACKFILL = """
UPDATE events SET sort_day = COALESCE((
    SELECT CASE WHEN events.date LIKE '____-__-__%' THEN substr(events.date, 1, 10)
                ELSE COALESCE(articles.date, events.date, '') END
    FROM articles WHERE articles.id = events.article_id), '')
"""


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("sort_day", sa.String(), server_default="", nullable=False))
    op.execute(BACKFILL)
    op.create_index("ix_events_sort_day_id", "events", ["sort_day", "id"])


def downgrade() -> None:
    op.drop_index("ix_events_sort_day_id", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("sort_day")
