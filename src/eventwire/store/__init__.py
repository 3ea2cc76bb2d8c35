"""Persistence for documents, ingestion runs and failures (SQLite or PostgreSQL, schema via Alembic)."""

from eventwire.store.repository import Store

__all__ = ["Store"]
