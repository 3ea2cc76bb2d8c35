"""An export that finds no events still writes its target, so a script that exports and then reads never finds
the output missing: a Parquet folder with the columns and no rows, as a CSV file with its header."""

import pyarrow.dataset as ds
import pytest

from eventwire.document import Document, Event
from eventwire.export import EVENT_COLUMNS, EXPORTERS, EventFilter, export_documents

TEXT = "Dockers went on strike in the harbour."


def _documents() -> list[Document]:
    doc = Document(TEXT, date="2023-09-12")
    doc.events = [Event("PROTEST", (0, 38), cameo="143", quad=3, date="2023-09-12")]
    return [doc]


def _read(path):
    return ds.dataset(path, format="parquet", partitioning="hive").to_table()


@pytest.mark.parametrize("fmt", list(EXPORTERS))
def test_an_export_of_no_events_still_writes_its_target(tmp_path, fmt):
    path = tmp_path / "out"
    assert export_documents(_documents(), fmt, path, EventFilter(types=("ASSAULT",))) == 0
    assert path.exists()


def test_an_empty_parquet_export_has_every_column_and_no_rows(tmp_path):
    path = tmp_path / "events"
    export_documents([], "parquet", path)
    table = _read(path)
    assert table.num_rows == 0 and table.column_names == [*EVENT_COLUMNS, "year"]


def test_an_empty_parquet_export_replaces_an_earlier_one_and_is_replaced(tmp_path):
    path = tmp_path / "events"
    export_documents(_documents(), "parquet", path)
    export_documents([], "parquet", path)
    assert _read(path).num_rows == 0 and [p.name for p in path.iterdir()] == ["part-empty.parquet"]
    assert export_documents(_documents(), "parquet", path) == 1
    assert _read(path).num_rows == 1 and [p.name for p in path.iterdir()] == ["year=2023"]


def test_an_empty_parquet_export_reads_in_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    export_documents([], "parquet", tmp_path / "events")
    frame = pd.read_parquet(tmp_path / "events")
    assert frame.empty and list(frame.columns) == [*EVENT_COLUMNS, "year"]
