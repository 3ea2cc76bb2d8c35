"""Scorer behaviours on handmade gold: the rules FORMAT.md states, one at a time."""

from __future__ import annotations

import pytest

from eventwire.evaluate.runner import format_metrics
from eventwire.evaluate.scorers import SCORERS


def test_scorers_entities_need_exact_span_and_label():
    gold = {"d": {"entities": [{"start": 0, "end": 5, "label": "PER"}, {"start": 9, "end": 14, "label": "LOC"}]}}
    predicted = {"d": {"entities": [{"start": 0, "end": 5, "label": "PER"}, {"start": 9, "end": 14, "label": "ORG"}]}}
    assert SCORERS["entities"](gold, predicted) == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_scorers_missing_prediction_counts_as_empty():
    gold = {"d": {"entities": [{"start": 0, "end": 5, "label": "PER"}]}}
    assert SCORERS["entities"](gold, {})["recall"] == 0.0


def test_scorers_place_without_coordinates_is_half_the_earth_off():
    gold = {"d": {"places": [{"start": 0, "end": 5, "name": "Paris", "lat": 48.85, "lon": 2.35}]}}
    predicted = {"d": {"places": [{"start": 0, "end": 5, "name": "Paris"}]}}
    metrics = SCORERS["places"](gold, predicted)
    assert (metrics["f1"], metrics["mean_km"], metrics["acc161"]) == (1.0, 20038.0, 0.0)


def test_scorers_quote_match_ignores_quotation_marks_and_edge_punctuation():
    text = '"We will win," he said.'
    gold = {"d": {"text": text, "quotes": [{"content": [0, 14], "kind": "direct"}]}}
    predicted = {"d": {"quotes": [{"content": [1, 12], "kind": "direct"}]}}
    assert SCORERS["quotes"]({"d": gold["d"]}, predicted)["content_exact_f1"] == 1.0


def test_scorers_best_first_pairing_does_not_depend_on_output_order():
    text = "Ann said the port is shut. Bob said the road is shut too."
    gold = {"d": {"text": text, "quotes": [
        {"content": [9, 25], "kind": "indirect", "speaker_text": "Ann"},
        {"content": [36, 56], "kind": "indirect", "speaker_text": "Bob"}]}}
    # The first prediction overlaps both gold quotes and takes Bob's in the reference order of pairing.
    loose = {"content": [13, 56], "kind": "indirect", "speaker_text": "Ann"}
    exact = {"content": [36, 56], "kind": "indirect", "speaker_text": "Bob"}
    in_order = SCORERS["quotes"](gold, {"d": {"quotes": [loose, exact]}})
    reversed_order = SCORERS["quotes"](gold, {"d": {"quotes": [exact, loose]}})
    assert in_order["speaker_acc"] < reversed_order["speaker_acc"] == 1.0
    assert in_order["best_first_speaker_acc"] == reversed_order["best_first_speaker_acc"] == 1.0
    assert in_order["best_first_overlap_f1"] == reversed_order["best_first_overlap_f1"]


def test_scorers_event_on_a_no_event_document_is_spurious():
    gold = {"a": {"events": []}, "b": {"events": [{"type": "ACCUSE"}]}}
    predicted = {"a": {"events": [{"type": "ASSAULT"}]}, "b": {"events": [{"type": "ACCUSE"}]}}
    assert SCORERS["events"](gold, predicted)["spurious_rate"] == 1.0


def test_scorers_event_quad_comes_from_the_type_when_absent():
    gold = {"a": {"events": [{"type": "ASSAULT", "quad": 4}]}}
    assert SCORERS["events"](gold, {"a": {"events": [{"type": "COERCE"}]}})["quad_f1"] == 1.0


def test_scorers_extraction_averages_bag_of_words_per_page():
    gold = {"p": {"text": "a b c d", "title": "T"}, "q": {"text": "x y"}}
    predicted = {"p": {"text": "a b", "title": " t "}, "q": {"text": "x y"}}
    metrics = SCORERS["extraction"](gold, predicted)
    assert metrics["body_recall"] == pytest.approx(0.75)
    assert metrics["title_acc"] == 1.0


def test_scorers_dedup_article_without_cluster_is_a_singleton():
    gold = {"1": {"cluster": "s"}, "2": {"cluster": "s"}}
    metrics = SCORERS["dedup"](gold, {"1": {"cluster": "s"}})
    assert (metrics["pair_recall"], metrics["bcubed_precision"]) == (0.0, 1.0)


def test_format_metrics_prints_floats_to_four_decimals_and_counts_as_integers():
    assert format_metrics("events", {"type_micro_f1": 2 / 3, "docs": 30}) == "events type_micro_f1=0.6667 docs=30"
