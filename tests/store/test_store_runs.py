"""Ingestion runs, input failures and per-article warnings."""

from __future__ import annotations

import dataclasses

from eventwire.document import Failure


def test_store_start_run_records_args_and_running_status(store):
    run_id = store.start_run({"paths": ["a.jsonl"], "force": False})
    [run] = store.runs()
    assert (run["id"], run["args"], run["status"], run["finished_at"]) == (run_id, {"paths": ["a.jsonl"],
                                                                                     "force": False}, "running", None)


def test_store_finish_run_records_counts_and_status(store):
    run_id = store.start_run({})
    store.finish_run(run_id, {"stored_new": 3, "failed": 1}, status="interrupted")
    [run] = store.runs()
    assert (run["counts"], run["status"]) == ({"stored_new": 3, "failed": 1}, "interrupted")
    assert run["finished_at"] >= run["started_at"]


def test_store_run_remembers_the_run_it_resumed(store):
    first = store.start_run({})
    second = store.start_run({}, resumed_from=first)
    assert store.runs()[1]["id"] == second
    assert store.runs()[1]["resumed_from"] == first


def test_store_record_failure_is_an_error_without_article(store):
    run_id = store.start_run({})
    store.record_failure(run_id, Failure("bad.html", "not valid UTF-8", "encoding"))
    [failure] = store.failures(run_id)
    assert {key: failure[key] for key in ("source", "reason", "code", "stage", "severity", "article_id")} == {
        "source": "bad.html", "reason": "not valid UTF-8", "code": "encoding", "stage": "ingest",
        "severity": "error", "article_id": None}


def test_store_document_warnings_become_warning_failures(store, full_document):
    run_id = store.start_run({})
    store.save_document(full_document, run_id)
    warnings = store.failures(run_id)
    assert [(w["code"], w["severity"], w["article_id"]) for w in warnings] == [
        ("geo", "warning", full_document.id), ("warning", "warning", full_document.id)]
    assert [w["reason"] for w in warnings] == full_document.warnings


def test_store_failures_filter_by_run(store, full_document):
    first, second = store.start_run({}), store.start_run({})
    store.record_failure(first, Failure("a", "empty file", "empty"))
    store.save_document(dataclasses.replace(full_document, warnings=["geo: boom"]), second)
    assert [f["source"] for f in store.failures(first)] == ["a"]
    assert [f["code"] for f in store.failures(second)] == ["geo"]
    assert len(store.failures()) == 2


def test_store_resaving_moves_warnings_to_the_new_run(store, full_document):
    first, second = store.start_run({}), store.start_run({})
    store.save_document(full_document, first)
    store.save_document(full_document, second)
    assert store.failures(first) == []
    assert len(store.failures(second)) == len(full_document.warnings)


def test_store_latest_run_is_the_newest_that_matches(store):
    older = store.start_run({"paths": ["a"]})
    store.start_run({"paths": ["b"]})
    newer = store.start_run({"paths": ["a"]})
    store.start_run({"paths": ["c"]})
    assert store.latest_run(lambda run: run["args"]["paths"] == ["a"])["id"] == newer != older
    assert store.latest_run(lambda run: run["args"]["paths"] == ["z"]) is None
