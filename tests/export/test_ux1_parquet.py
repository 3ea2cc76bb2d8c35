"""Parquet exports a user reads with pandas: undated events do not break the dataset, a re-export replaces."""

import pytest

from eventwire.document import ActorRef, Document, Event
from eventwire.export import EventFilter, ExportTargetError, export_documents

pd = pytest.importorskip("pandas")  # comes with the [scale] extra; what users read Parquet with

TEXT = "Farmers protested in the capital. Ministers met the union leaders the next week."


def _documents() -> list[Document]:
    dated = Document(TEXT, title="Dated", date="2019-06-03")
    dated.events = [Event("PROTEST", (0, 33), cameo="141", quad=3, source=ActorRef("Farmers", "FRAAGR"))]
    undated = Document(TEXT + " Talks went on.", title="No date anywhere")
    undated.events = [Event("CONSULT", (34, 80), cameo="040", quad=1, source=ActorRef("Ministers", "FRAGOV"))]
    return [dated, undated]


def test_export_parquet_with_an_undated_event_reads_in_pandas(tmp_path):
    path = tmp_path / "events"
    assert export_documents(_documents(), "parquet", path) == 2
    frame = pd.read_parquet(path)
    assert sorted(frame["type"]) == ["CONSULT", "PROTEST"]
    assert sorted(frame["year"].astype(int)) == [0, 2019]


def test_export_parquet_again_replaces_the_earlier_export(tmp_path):
    path = tmp_path / "events"
    export_documents(_documents(), "parquet", path)
    assert export_documents(_documents(), "parquet", path, EventFilter(date_from="2019-01-01")) == 1
    assert list(pd.read_parquet(path)["type"]) == ["PROTEST"]


def test_export_parquet_refuses_a_folder_of_other_files(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportTargetError):
        export_documents(_documents(), "parquet", tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
