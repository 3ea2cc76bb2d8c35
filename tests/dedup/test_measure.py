"""Scoring event merges against labelled pairs, and the labelled sample itself (ids and labels only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.dedup.measure import resolve_again, score
from eventwire.dedup.resolve import resolve_article
from eventwire.document import ActorRef, Document, Event

LABEL_FILES = sorted((Path(__file__).parent / "data").glob("event_pairs*.jsonl"))
LABEL_KEYS = {"a", "b", "same", "note"}
REF_KEYS = {"article_id", "type", "evidence"}


def _save(store, doc_id: str, kind: str) -> None:
    text = f"Report {doc_id} from the capital today"
    event = Event(kind, (0, 6), source=ActorRef("Russia", "RUSGOV"), date="2024-05-01")
    store.save_document(Document(text, id=doc_id, date="2024-05-01", events=[event]))
    resolve_article(store, doc_id)


def _pair(a: str, b: str, kind: str, same: bool, evidence=(0, 6)) -> dict:
    return {"a": {"article_id": a, "type": kind, "evidence": list(evidence)},
            "b": {"article_id": b, "type": kind, "evidence": list(evidence)}, "same": same}


def test_measure_counts_each_outcome(store):
    for doc_id in ("a", "b"):
        _save(store, doc_id, "CONSULT")
    result = score(store, [_pair("a", "b", "CONSULT", True), _pair("a", "b", "CONSULT", False),
                           _pair("a", "missing", "CONSULT", True)])
    assert (result.true_merges, result.false_merges, result.not_found) == (1, 1, 1)
    assert (result.precision, result.recall) == (0.5, 1.0)


def test_measure_finds_events_by_overlapping_evidence(store):
    _save(store, "a", "CONSULT")
    _save(store, "b", "CONSULT")
    assert score(store, [_pair("a", "b", "CONSULT", True, evidence=(3, 30))]).true_merges == 1


def test_measure_resolving_again_rebuilds_the_clusters(store):
    for doc_id in ("a", "b"):
        _save(store, doc_id, "CONSULT")
    assert resolve_again(store) == 2
    assert score(store, [_pair("a", "b", "CONSULT", True)]).true_merges == 1


@pytest.mark.parametrize("labels", LABEL_FILES, ids=lambda path: path.name)
def test_measure_labels_hold_only_ids_spans_and_labels(labels):
    for line in labels.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        assert set(label) <= LABEL_KEYS and isinstance(label["same"], bool)
        assert set(label["a"]) == set(label["b"]) == REF_KEYS
