"""Alembic environment: uses the connection handed over by :func:`eventwire.store.migrate.upgrade`, or the URL."""

from __future__ import annotations

from alembic import context

from eventwire.store.engine import make_engine
from eventwire.store.migrate import include_object
from eventwire.store.models import Base


def run_migrations(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, compare_type=True,
                      include_object=include_object,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    with make_engine(context.config.get_main_option("sqlalchemy.url")).begin() as own_connection:
        run_migrations(own_connection)
