"""Exports read only what they write: the events and their article's fields, never quotes, entities or timexes,
and documents loaded that way export exactly as fully loaded ones."""

import pyarrow.dataset as ds
import pytest
from sqlalchemy import event

from eventwire.document import ActorRef, Document, Entity, Event, Quote, Timex
from eventwire.export import EVENT_ROW_ANNOTATIONS, EXPORTERS, EventFilter, export_documents
from eventwire.store import Store

TEXT = ("The union said it would strike at the harbour on Monday.\n\n"
        "\"We will not back down,\" its leader told reporters. The mayor met the strikers.")


def _articles() -> list[Document]:
    first = Document(TEXT, title="Harbour strike", date="2023-05-08", url="https://example.org/h", outlet="Example",
                     paragraphs=[(0, 56), (58, len(TEXT))])
    first.meta["ingested_at"] = "2023-05-08T09:00:00"
    first.entities = [Entity(4, 9, "ORG", "union", "ORG")]
    first.timexes = [Timex(49, 55, "DATE", "2023-05-08", "Monday")]
    first.quotes = [Quote((59, 82), "direct", speaker=(85, 95), speaker_text="its leader")]
    first.events = [
        Event("PROTEST", (0, 56), cameo="143", quad=3, source=ActorRef("The union", "---LAB"), date="2023-05-08"),
        Event("CONSULT", (112, 139), cameo="040", quad=1, source=ActorRef("The mayor", "---GOV"),
              target=ActorRef("the strikers", "---LAB"), extra_evidence=[(0, 9)]),
    ]
    second = Document("Nothing was reported.", date="2022-01-01")
    second.quotes = [Quote((0, 8), "indirect")]
    return [first, second]


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'news.db'}") as opened:
        for document in _articles():
            opened.save_document(document)
        yield opened


def _tables_read(store: Store, work) -> set[str]:
    """The annotation tables named in the SELECTs ``work()`` sends to the store."""
    statements: list[str] = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    tables = {"sentences", "mentions", "actor_mentions", "events", "quotes", "claims", "places", "timexes"}
    return {table for table in tables for sql in statements if sql.startswith("SELECT") and f"FROM {table} " in sql}


def test_export_loading_reads_only_the_events_table(store):
    assert _tables_read(store, lambda: list(store.iter_documents(annotations=EVENT_ROW_ANNOTATIONS))) == {"events"}


def test_full_loading_still_reads_every_annotation_table(store):
    assert "quotes" in _tables_read(store, lambda: list(store.iter_documents()))


def test_export_loading_leaves_other_annotations_empty_and_keeps_article_fields(store):
    loaded = list(store.iter_documents(annotations=EVENT_ROW_ANNOTATIONS))
    full = list(store.iter_documents())
    assert [doc.events for doc in loaded] == [doc.events for doc in full]
    assert [(doc.text, doc.paragraphs, doc.meta, doc.title) for doc in loaded] == \
        [(doc.text, doc.paragraphs, doc.meta, doc.title) for doc in full]
    assert not any(doc.quotes or doc.entities or doc.timexes for doc in loaded)


def test_loading_an_unknown_annotation_is_refused(store):
    with pytest.raises(ValueError, match="unknown annotations"):
        list(store.iter_documents(annotations=("quote",)))


@pytest.mark.parametrize("event_filter", [None, EventFilter(date_from="2023-05", quad=3)], ids=["all", "filtered"])
@pytest.mark.parametrize("fmt", list(EXPORTERS))
def test_export_of_events_only_documents_equals_export_of_full_documents(store, tmp_path, fmt, event_filter):
    full, slim = tmp_path / f"full.{fmt}", tmp_path / f"slim.{fmt}"
    written = export_documents(store.iter_documents(), fmt, full, event_filter)
    assert export_documents(store.iter_documents(annotations=EVENT_ROW_ANNOTATIONS), fmt, slim,
                            event_filter) == written > 0
    if fmt == "parquet":
        assert ds.dataset(slim, partitioning="hive").to_table().sort_by("event_id").equals(
            ds.dataset(full, partitioning="hive").to_table().sort_by("event_id"))
    else:
        assert slim.read_bytes() == full.read_bytes()
