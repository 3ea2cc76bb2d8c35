"""The project's scorers must give the reference scorer's numbers, key for key, on any prediction."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.evaluate.runner import format_metrics
from eventwire.evaluate.scorers import SCORERS

pytestmark = pytest.mark.slow

#: (task, gold file under shared/gold, lines kept): big files are cut to keep the suite fast.
GOLD_FILES = [
    ("entities", "entities/conll_dev.jsonl", 30),
    ("events", "events/petr2_gsr.jsonl", 30),
    ("events", "events/plover_dev.jsonl", 30),
    ("events", "events/conflibert_train.jsonl", 30),
    ("quotes", "quotes/polnear_dev.jsonl", 30),
    ("places", "places/trnews.jsonl", 30),
    ("places", "places/lgl.jsonl", 30),
    ("times", "times/timebank.jsonl", 30),
    ("times", "times/aquaint.jsonl", 30),
    ("extraction", "extraction/wcxb_dev.jsonl", 30),
    ("extraction", "extraction/scrapinghub.jsonl", 30),
    ("dedup", "dedup/polnear_dev_variants.jsonl", None),
]
SPAN_FIELDS = {"entities": "entities", "places": "places", "times": "timexes"}
LABELS = {"entities": ["PER", "ORG", "LOC", "MISC"], "times": ["DATE", "TIME", "DURATION", "SET"]}
PLOVER = ["AGREE", "CONSULT", "ACCUSE", "ASSAULT", "AID", "PROTEST"]


def _gold_rows(shared: Path, relative: str, limit: int | None) -> list[dict]:
    lines = (shared / "gold" / relative).read_text(encoding="utf-8").split("\n")
    return [json.loads(line) for line in lines[:limit] if line.strip()]


def _jiggle_span(item: dict, rng: random.Random, keys=("start", "end")) -> None:
    key = rng.choice(keys)
    item[key] = max(0, item[key] + rng.choice([-2, -1, 1, 3]))


def _perturb_spans(task: str, items: list[dict], rng: random.Random) -> list[dict]:
    kept = [item for item in items if rng.random() > 0.2]
    for item in kept:
        roll = rng.random()
        if roll < 0.2:
            _jiggle_span(item, rng)
        elif roll < 0.35 and task in LABELS:
            item["label" if task == "entities" else "type"] = rng.choice(LABELS[task])
        elif roll < 0.5 and task == "places":
            item["lat"] = item.get("lat", 0) + rng.uniform(-3, 3)
        elif roll < 0.55 and task == "places":
            item.pop("lat", None)
        elif roll < 0.6 and task == "times":
            item["value"] = "2001-01-01"
    if items and rng.random() < 0.3:
        extra = dict(rng.choice(items))
        extra["start"], extra["end"] = extra["start"] + 5, extra["end"] + 9
        kept.append(extra)
    return kept


def _perturb_quotes(quotes: list[dict], rng: random.Random) -> list[dict]:
    kept = [quote for quote in quotes if rng.random() > 0.2]
    for quote in kept:
        if rng.random() < 0.3:
            start, end = quote["content"]
            quote["content"] = [start + rng.choice([0, 1, 6]), max(start + 1, end - rng.choice([0, 2, 10]))]
            quote.pop("content_parts", None)
        if rng.random() < 0.3:
            quote.pop("speaker", None)
        if rng.random() < 0.2:
            quote["speaker_text"] = "somebody"
    return kept


def _perturb_events(events: list[dict], rng: random.Random) -> list[dict]:
    kept = [event for event in events if rng.random() > 0.25]
    for event in kept:
        if rng.random() < 0.3:
            event["type"] = rng.choice(PLOVER)
            event.pop("quad", None)
        if rng.random() < 0.3:
            event["source"] = {"code": rng.choice(["USAGOV", "RUS", "IGOUNO", ""])}
    if rng.random() < 0.2:
        kept.append({"type": rng.choice(PLOVER)})
    return kept


def _perturb_row(task: str, row: dict, rng: random.Random) -> dict:
    row = copy.deepcopy(row)
    if task in SPAN_FIELDS:
        field = SPAN_FIELDS[task]
        row[field] = _perturb_spans(task, row.get(field, []), rng)
    elif task == "quotes":
        row["quotes"] = _perturb_quotes(row.get("quotes", []), rng)
    elif task == "events":
        row["events"] = _perturb_events(row.get("events", []), rng)
    elif task == "extraction":
        words = row["text"].split()
        row["text"] = " ".join(w for w in words if rng.random() > 0.3) + " Subscribe now"
        row["title"] = row.get("title") if rng.random() < 0.5 else "Home"
        if rng.random() < 0.4:
            row.pop("date", None)
    elif task == "dedup":
        row["cluster"] = row["cluster"] if rng.random() < 0.7 else rng.choice(["a", "b", None])
    return row


def _reference_line(shared: Path, task: str, gold_path: Path, predicted_path: Path) -> str:
    done = subprocess.run([sys.executable, str(shared / "gold/score.py"), task, str(gold_path),
                           str(predicted_path)], capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _assert_agrees(shared: Path, tmp_path: Path, task: str, gold_rows: list[dict], predicted_rows: list[dict]):
    gold_path = _write(tmp_path / "gold.jsonl", gold_rows)
    predicted_path = _write(tmp_path / "pred.jsonl", predicted_rows)
    ours = SCORERS[task]({r["id"]: r for r in gold_rows}, {r["id"]: r for r in predicted_rows})
    reference = _reference_line(shared, task, gold_path, predicted_path)
    # Our line may carry more (diagnostic) metrics after the reference's; every reference metric must agree.
    reference_keys = [pair.split("=")[0] for pair in reference.split()[1:]]
    assert set(reference_keys) <= set(ours)
    assert format_metrics(task, {key: ours[key] for key in reference_keys}) == reference


@pytest.mark.parametrize("task,relative,limit", GOLD_FILES)
def test_scorers_agree_on_perfect_predictions(shared, tmp_path, task, relative, limit):
    gold_rows = _gold_rows(shared, relative, limit)
    _assert_agrees(shared, tmp_path, task, gold_rows, gold_rows)


@pytest.mark.parametrize("task,relative,limit", GOLD_FILES)
def test_scorers_agree_on_empty_predictions(shared, tmp_path, task, relative, limit):
    gold_rows = _gold_rows(shared, relative, limit)
    _assert_agrees(shared, tmp_path, task, gold_rows, [{"id": row["id"]} for row in gold_rows])


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("task,relative,limit", GOLD_FILES)
def test_scorers_agree_on_perturbed_predictions(shared, tmp_path, task, relative, limit, seed):
    gold_rows = _gold_rows(shared, relative, limit)
    rng = random.Random(seed)
    predicted = [_perturb_row(task, row, rng) for row in gold_rows if rng.random() > 0.05]
    _assert_agrees(shared, tmp_path, task, gold_rows, predicted)


def test_scorers_agree_on_spurious_events(shared, tmp_path):
    """No gold file has event-free documents, so some are made here: inventing an event there must count."""
    gold_rows = _gold_rows(shared, "events/plover_dev.jsonl", 30)
    for row in gold_rows[::3]:
        row["events"] = []
    rng = random.Random(7)
    predicted = [_perturb_row("events", row, rng) for row in _gold_rows(shared, "events/plover_dev.jsonl", 30)]
    ours = SCORERS["events"]({r["id"]: r for r in gold_rows}, {r["id"]: r for r in predicted})
    assert ours["spurious_rate"] > 0
    _assert_agrees(shared, tmp_path, "events", gold_rows, predicted)
