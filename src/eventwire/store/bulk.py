"""Many rows into one table in one executemany, with as little work per row as each backend allows."""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same columns, in the session's transaction.

    On SQLite they go to the driver's executemany as plain tuples, each value through its column type's bind
    processor as SQLAlchemy's would go (JSON as text, booleans, floats): SQLAlchemy's own handling of each row's
    parameters cost more than SQLite's inserts. PostgreSQL keeps SQLAlchemy's executemany, which sends many rows
    per statement."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        connection.execute(insert_into(table), rows)
        return
    sql, values_of, processed = _driver_insert(connection.dialect, table, tuple(rows[0]))
    if not processed:
        connection.exec_driver_sql(sql, [values_of(row) for row in rows])
        return
    parameters = []
    for row in rows:
        values = list(values_of(row))
        for index, process in processed:
            values[index] = process(values[index])
        parameters.append(tuple(values))
    connection.exec_driver_sql(sql, parameters)


@lru_cache(maxsize=None)
def insert_into(table: Table):
    """A reusable Core insert (executemany with a list of rows): the ORM's bulk path costs ~10x per row."""
    return insert(table)


@lru_cache(maxsize=None)
def _driver_insert(dialect, table: Table, columns: tuple[str, ...]):
    """The insert's SQL for the driver, a function picking a row's values in its parameter order, and the
    (position, bind processor) of the values a column type converts."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = compiled.positiontup
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order]
    processed = tuple((index, process) for index, process in enumerate(processors) if process is not None)
    values_of = itemgetter(*order) if len(order) > 1 else lambda row: (row[order[0]],)  # always a tuple
    return str(compiled), values_of, processed
