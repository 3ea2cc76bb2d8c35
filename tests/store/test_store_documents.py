"""Saving and reading documents: a lossless round trip, idempotent re-saves and replaced annotations."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading

import pytest
from sqlalchemy.exc import OperationalError

from eventwire.document import Document, Event
from eventwire.store import Store, repository
from eventwire.store.models import Article


def test_store_round_trip_returns_the_saved_document(store, full_document):
    store.save_document(full_document)
    assert store.get_document(full_document.id) == full_document


def test_store_round_trip_keeps_span_tuples(store, full_document):
    store.save_document(full_document)
    loaded = store.get_document(full_document.id)
    assert isinstance(loaded.quotes[0].content_parts[0], tuple)
    assert isinstance(loaded.paragraphs[0], tuple)


def test_store_iter_documents_reads_everything_in_id_order(store, full_document):
    others = [Document(f"Article number {n}.") for n in range(4)]
    for document in [full_document, *others]:
        store.save_document(document)
    expected = sorted([full_document, *others], key=lambda document: document.id)
    assert list(store.iter_documents(batch_size=2)) == expected


def test_store_get_document_of_unknown_id_is_none(store):
    assert store.get_document("no-such-article") is None


def test_store_save_reports_new_then_updated(store, full_document):
    assert store.save_document(full_document) is True
    assert store.save_document(full_document) is False


def test_store_saving_twice_keeps_row_counts(store, full_document):
    store.save_document(full_document)
    once = store.counts()
    store.save_document(full_document)
    assert store.counts() == once


def test_store_counts_every_annotation_row(store, full_document):
    store.save_document(full_document)
    counts = store.counts()
    assert counts["articles"] == 1
    assert counts["events"] == len(full_document.events)
    assert counts["sentences"] == len(full_document.sentences)
    assert counts["failures"] == len(full_document.warnings)


def test_store_update_replaces_annotations(store, full_document):
    store.save_document(full_document)
    revised = dataclasses.replace(full_document, title="Revised", events=[Event("ACCUSE", (131, 167))], quotes=[],
                                  warnings=[])
    store.save_document(revised)
    assert store.get_document(full_document.id) == revised
    assert store.counts()["quotes"] == 0
    assert store.counts()["failures"] == 0


def test_store_update_keeps_created_time(store, full_document):
    store.save_document(full_document)
    with store.session() as session:
        created = session.get(Article, full_document.id).created_at
    store.save_document(dataclasses.replace(full_document, title="Revised"))
    with store.session() as session:
        article = session.get(Article, full_document.id)
        assert (article.created_at, article.title) == (created, "Revised")
        assert article.updated_at > created


def test_store_find_articles_by_id_prefix(store):
    first, second = Document("First article."), Document("Second article.")
    store.save_document(first)
    store.save_document(second)
    assert store.find_articles(first.id[:6]) == [first.id]
    assert sorted(store.find_articles("")) == sorted([first.id, second.id])


def test_store_find_articles_treats_wildcards_literally(store):
    store.save_document(Document("Some text.", id="abc"))
    assert store.find_articles("%") == []
    assert store.find_articles("_bc") == []


def test_store_has_article(store, full_document):
    assert not store.has_article(full_document.id)
    store.save_document(full_document)
    assert store.has_article(full_document.id)


def test_store_concurrent_saves_of_one_article_never_duplicate(store, store_url, full_document):
    """Two stores (as two processes would) saving the same article at once leave one copy of it."""
    stores = [Store(store_url, migrate=False) for _ in range(2)]  # the schema comes from `store`
    errors: list[BaseException] = []

    def save_repeatedly(store: Store) -> None:
        try:
            for _ in range(10):
                store.save_document(full_document)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=save_repeatedly, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = stores[0].counts()
    for store in stores:
        store.close()
    assert errors == []
    assert (counts["articles"], counts["events"], counts["failures"]) == (1, 2, 2)


def test_store_save_retries_when_the_database_is_locked(store, full_document, monkeypatch):
    locked_once = iter([True])
    real_rows = repository.annotation_rows

    def rows_after_one_lock(document):
        if next(locked_once, False):
            raise OperationalError("DELETE", {}, sqlite3.OperationalError("database is locked"))
        return real_rows(document)

    monkeypatch.setattr(repository, "LOCK_BACKOFF_SECONDS", 0)
    monkeypatch.setattr(repository, "annotation_rows", rows_after_one_lock)
    assert store.save_document(full_document) is True
    assert store.get_document(full_document.id) == full_document


def test_store_save_does_not_retry_other_errors(store, full_document, monkeypatch):
    def broken(document):
        raise OperationalError("DELETE", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(repository, "annotation_rows", broken)
    with pytest.raises(OperationalError, match="disk I/O"):
        store.save_document(full_document)
    assert not store.has_article(full_document.id)
