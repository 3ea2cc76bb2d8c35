"""The schema: created by the packaged migrations, equal to the models, with SQLite tuned for concurrency."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import delete, inspect, text

from eventwire.store import Store
from eventwire.store.migrate import alembic_config, include_object
from eventwire.store.models import Article, Base


def _schema_differences(store: Store) -> list:
    with store.engine.connect() as connection:
        options = {"compare_type": True, "include_object": include_object}
        return compare_metadata(MigrationContext.configure(connection, opts=options), Base.metadata)


def test_store_migrated_schema_equals_models(store):
    assert _schema_differences(store) == []


def test_store_fresh_database_is_at_head_revision(store):
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head


def test_store_migrations_downgrade_and_upgrade_again(store):
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        command.upgrade(config, "head")
    assert _schema_differences(store) == []


def test_store_without_migrate_leaves_database_empty(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'empty.sqlite3'}", migrate=False) as store:
        assert inspect(store.engine).get_table_names() == []


def test_store_migrate_twice_changes_nothing(store, full_document):
    store.save_document(full_document)
    store.migrate()
    assert store.get_document(full_document.id) == full_document


def test_store_deleting_an_article_cascades_to_its_rows(store, full_document):
    store.save_document(full_document)
    with store.session.begin() as session:
        session.execute(delete(Article).where(Article.id == full_document.id))
    assert {table: count for table, count in store.counts().items() if count} == {}


def _sqlite_pragma(store: Store, name: str):
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.fixture
def sqlite_store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'wal.sqlite3'}") as opened:
        yield opened


def test_store_sqlite_uses_wal_journal(sqlite_store):
    assert _sqlite_pragma(sqlite_store, "journal_mode") == "wal"


def test_store_sqlite_enforces_foreign_keys(sqlite_store):
    assert _sqlite_pragma(sqlite_store, "foreign_keys") == 1


def test_store_sqlite_waits_for_locks(sqlite_store):
    assert _sqlite_pragma(sqlite_store, "busy_timeout") == 30_000


def test_store_rejects_unsupported_database():
    with pytest.raises(ValueError, match="unsupported database"):
        Store("mysql://user@localhost/db", migrate=False)


def test_store_session_reads_with_plain_sql(store, full_document):
    store.save_document(full_document)
    with store.session() as session:
        assert session.execute(text("SELECT count(*) FROM events WHERE source_code = 'RUSGOV'")).scalar() == 1
