"""Alembic, driven from code: the migration scripts ship inside the package, no alembic.ini is needed.

To write a new migration after changing :mod:`eventwire.store.models`::

    from alembic import command
    from eventwire.store.migrate import alembic_config
    command.revision(alembic_config("sqlite:///scratch.db"), message="what changed", autogenerate=True)

(against a database already at head), then read and adjust the generated file under ``migrations/versions``.
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

#: Any constant works: it only has to be the same for every process migrating one PostgreSQL database.
_PG_MIGRATION_LOCK = 7_305_110_218


#: Objects migrations create that the models' Base does not describe (full-text search, migration 0002;
#: the bookkeeping ``data_version`` table, migration 0005).
DATABASE_ONLY_PREFIXES = ("articles_fts", "ix_articles_fulltext", "data_version")


def include_object(obj, name: str | None, type_: str, reflected: bool, compare_to) -> bool:
    """Autogenerate filter: leave database-only objects alone instead of proposing to drop them."""
    return not (reflected and compare_to is None and (name or "").startswith(DATABASE_ONLY_PREFIXES))


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("eventwire.store") / "migrations"))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction; concurrent callers wait for each other."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
