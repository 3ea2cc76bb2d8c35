"""`eventwire eval` must print what the reference scorer prints for `eventwire predict`'s own file."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventwire.evaluate import evaluate_file, format_metrics, predict_file

#: (task, gold file, lines kept): a slice keeps the model-backed run short.
SLICES = [("entities", "entities/conll_dev.jsonl", 10), ("dedup", "dedup/polnear_dev_variants.jsonl", None)]


@pytest.mark.slow
@pytest.mark.parametrize("task,relative,limit", SLICES)
def test_runner_eval_agrees_with_reference_scorer_on_predicted_file(shared, tmp_path, task, relative, limit):
    lines = [line for line in (shared / "gold" / relative).read_text(encoding="utf-8").split("\n")
             if line.strip()][:limit]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    predicted = tmp_path / "pred.jsonl"
    assert predict_file(task, gold, predicted) == len(lines)
    reference = subprocess.run([sys.executable, str(shared / "gold/score.py"), task, str(gold), str(predicted)],
                               capture_output=True, text=True, check=True).stdout.strip()
    result = evaluate_file(task, gold)
    assert format_metrics(task, result) == reference
    assert result.docs == len(lines) and result.docs_per_second > 0


def test_runner_factory_builds_each_stage_list_once(monkeypatch):
    import eventwire.pipeline
    from eventwire.evaluate.runner import pipeline_factory_for

    built = []
    monkeypatch.setattr(eventwire.pipeline, "Pipeline", lambda settings, stages: built.append(stages) or object())
    factory = pipeline_factory_for(None)
    first = factory(["entities"])
    assert factory(["entities"]) is first
    factory(None)
    assert built == [["entities"], None]
