"""Prediction rows: one per input line, gold field names and offsets, empty lists for a stage not built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.document import ActorRef, Entity, Event, Quote
from eventwire.evaluate.predict import annotation_to_gold, document_for, predict_rows
from eventwire.settings import Settings


class FakePipeline:
    """Stands in for eventwire.pipeline.Pipeline: marks the word 'Paris' as a LOC entity, no spaCy needed."""

    def __init__(self, stages, disabled=None):
        self.settings = Settings(workers=1)
        self.requested = stages
        self.disabled = disabled or {}
        self.stage_names = [s for s in (stages or ["entities"]) if s not in self.disabled]

    def annotate(self, documents):
        for document in documents:
            at = document.text.find("Paris")
            if at >= 0:
                document.entities = [Entity(at, at + 5, "LOC", "Paris", "GPE")]
            yield document


def _gold_file(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n", encoding="utf-8")
    return path


def test_predict_rows_keep_ids_and_order_with_one_row_per_line(tmp_path):
    gold = _gold_file(tmp_path, [{"id": "b", "text": "Rain in Paris."}, {"id": "a", "text": "Nothing here."}])
    rows = list(predict_rows("entities", gold, FakePipeline))
    assert rows == [{"id": "b", "entities": [{"start": 8, "end": 13, "label": "LOC"}]},
                    {"id": "a", "entities": []}]


def test_predict_rows_missing_stage_predicts_empty_lists_with_a_notice(tmp_path, capsys):
    gold = _gold_file(tmp_path, [{"id": "q1", "text": "\"Yes,\" she said."}])
    rows = list(predict_rows("quotes", gold, lambda stages: FakePipeline(stages, {"quotes": "no module"})))
    assert rows == [{"id": "q1", "quotes": []}]
    assert "stage 'quotes' not built yet: predicting empty quotes" in capsys.readouterr().err


def test_predict_rows_reject_an_unknown_task(tmp_path):
    with pytest.raises(KeyError):
        list(predict_rows("sentiment", _gold_file(tmp_path, [{"id": "x", "text": "x"}]), FakePipeline))


def test_predict_document_anchor_prefers_dct_and_keeps_the_gold_id():
    document = document_for({"id": "t7", "text": "Yesterday.", "dct": "1998-02-13", "date": "1998-02-20"})
    assert (document.id, document.date) == ("t7", "1998-02-13")


class DeniedEventPipeline(FakePipeline):
    """Codes one reported act and one act its doer denies in every article."""

    def annotate(self, documents):
        for document in documents:
            document.events = [Event("ASSAULT", (0, 5)), Event("ASSAULT", (6, 12), denied=True)]
            yield document


def test_predict_events_leave_out_denied_acts(tmp_path):
    gold = _gold_file(tmp_path, [{"id": "e1", "text": "Shots. Denied."}])
    [row] = predict_rows("events", gold, lambda stages: DeniedEventPipeline(["events"]))
    assert [event["evidence"] for event in row["events"]] == [[0, 5]]


def test_predict_event_keeps_gold_keys_only():
    event = Event(type="ASSAULT", evidence=(4, 20), quad=4, cameo="190", goldstein=-10.0, rule="attack-verb",
                  source=ActorRef(text="Russian forces", code="RUSMIL", canonical="Russia", start=0, end=14),
                  target=ActorRef(text="Kyiv", code=None))
    assert annotation_to_gold("events", event) == {
        "type": "ASSAULT", "cameo": "190", "quad": 4, "source": {"text": "Russian forces", "code": "RUSMIL"},
        "target": {"text": "Kyiv"}, "negated": False, "hypothetical": False, "evidence": [4, 20]}


def test_predict_quote_spans_become_lists_and_empty_parts_are_dropped():
    quote = Quote(content=(0, 10), kind="direct", speaker=(12, 15), cue=(16, 20))
    assert annotation_to_gold("quotes", quote) == {"content": [0, 10], "speaker": [12, 15], "cue": [16, 20],
                                                   "kind": "direct"}


def test_predict_dedup_rows_carry_clusters(tmp_path):
    story = " ".join(f"word{i}" for i in range(60))
    gold = _gold_file(tmp_path, [{"id": "1", "text": story}, {"id": "2", "text": story + " more"},
                                 {"id": "3", "text": "something else entirely, short"}])
    assert list(predict_rows("dedup", gold)) == [{"id": "1", "cluster": "1"}, {"id": "2", "cluster": "1"},
                                                 {"id": "3", "cluster": "3"}]
