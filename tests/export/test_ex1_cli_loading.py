"""`eventwire export` asks the store for the events only: an export that read quotes or entities too fails here."""

import pytest
from sqlalchemy import Engine, event
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.document import Document, Event, Quote
from eventwire.store import Store

TEXT = "\"Talks are over,\" the envoy said. The envoy left the capital."


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "csv", "parquet"])
def test_cli_export_reads_no_annotation_table_but_events(tmp_path, fmt):
    database = tmp_path / "news.db"
    document = Document(TEXT, date="2024-02-01")
    document.quotes = [Quote((0, 17), "direct")]
    document.events = [Event("MOVE", (34, 61), cameo="0874", quad=1)]
    with Store(f"sqlite:///{database}") as store:
        store.save_document(document)
    statements: list[str] = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        result = CliRunner().invoke(app, ["export", str(tmp_path / "out"), "-f", fmt, "--db", str(database)])
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert result.exit_code == 0, result.output
    assert "1 events written" in result.output
    assert any("FROM events " in sql for sql in statements)
    assert not any(f"FROM {table} " in sql for sql in statements
                   for table in ("quotes", "mentions", "sentences", "timexes", "claims", "places", "actor_mentions"))
