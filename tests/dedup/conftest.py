"""Dedup fixtures: the store tests' migrated databases (SQLite, and PostgreSQL when a server is at hand)."""

from tests.store.conftest import (  # noqa: F401 - shared backend fixtures
    postgres_database, postgres_server, sqlite_template, store, store_url,
)
