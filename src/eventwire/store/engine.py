"""Engine creation: SQLite gets WAL, foreign keys, a busy timeout and explicit transactions.

pysqlite's own transaction handling starts transactions late and cannot take the write lock up front, so it is
turned off and SQLAlchemy's ``begin`` emits ``BEGIN`` itself; connections created with the execution option
``sqlite_begin="IMMEDIATE"`` take the write lock at the start, so two writers queue instead of deadlocking.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (and pool), with SQLite transactions that take the write lock when they begin."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def _configure_sqlite(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # autocommit at the driver; _begin_sqlite opens transactions
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash may lose the last commit, never corrupt
    cursor.close()


def _begin_sqlite(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
