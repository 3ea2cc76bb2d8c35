"""Score the event coder on a never-studied check set of real news sentences.

    python benchmarks/news_check/run.py [SET.jsonl ...] [--shared ../shared] [--keep-gold OUT]

A check set holds the project's own labels (PLOVER type, CAMEO code, QuadClass, actor codes) for sentences of the
shared news corpus, named by article id and character offsets, so no article text is kept here: the sentences are
cut from ``shared/corpus/news`` when the script runs. For each set (by default every ``set_*.jsonl`` here) and,
when there are several, for all of them pooled, it prints ``eventwire eval events`` metrics twice: on every labelled
event ("full") and without the events the labeller marked borderline ("firm"; a sentence whose only events were
borderline is left out). The sets are small (about 120 sentences, a dozen types): the pooled figure is the one
to quote.

The sets are for measuring only. Reading the coder's errors on one and changing rules until it improves turns it
into a studied set, whose figures no longer say how the coder does on text it has not seen: when that happens,
say so in the note and label a fresh set.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from eventwire.evaluate.predict import predict_rows
from eventwire.evaluate.runner import format_metrics, pipeline_factory_for, progress_bar
from eventwire.evaluate.scorers import SCORERS

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[2] / "shared"


def articles_by_id(news_dir: Path, corpora: set[str]) -> dict[str, str]:
    texts = {}
    for corpus in sorted(corpora):
        with open(news_dir / corpus, encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                texts[article["id"]] = article["text"]
    return texts


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_rows(labels: list[dict], texts: dict[str, str], firm: bool) -> list[dict]:
    """Gold-format rows (``shared/gold/FORMAT.md``, events) with each sentence cut from its article."""
    rows = []
    for label in labels:
        events = [{k: v for k, v in e.items() if k != "borderline"} for e in label["events"]
                  if not (firm and e.get("borderline"))]
        if firm and label["events"] and not events:
            continue
        row = {"id": label["id"], "text": texts[label["article"]][label["start"]:label["end"]], "events": events}
        if label.get("date"):
            row["date"] = label["date"]
        rows.append(row)
    return rows


def label_path(path: Path) -> Path:
    """A label file as given, else the set of that name kept here: ``run.py set_H.jsonl`` works from anywhere."""
    return path if path.exists() or path.is_absolute() else HERE / path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="*", type=Path, help="label files (default: every set_*.jsonl here)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--keep-gold", type=Path, help="also write the pooled full gold file here, to read")
    args = parser.parse_args(argv)
    news_dir = args.shared / "corpus" / "news"
    if not news_dir.is_dir():
        print(f"skipped: no news corpus at {news_dir}", file=sys.stderr)
        return 0
    sets = {path.stem: read_labels(label_path(path)) for path in (args.labels or sorted(HERE.glob("set_*.jsonl")))}
    every_label = [label for labels in sets.values() for label in labels]
    if len(sets) > 1:
        sets["pooled"] = every_label
    texts = articles_by_id(news_dir, {label["corpus"] for label in every_label})
    with tempfile.TemporaryDirectory() as scratch:  # every sentence predicted once, then scored per set
        gold = Path(scratch) / "all.jsonl"
        gold.write_text("".join(json.dumps(row) + "\n" for row in gold_rows(every_label, texts, firm=False)),
                        encoding="utf-8")
        with progress_bar("events", len(every_label)) as advance:
            predicted = {row["id"]: row for row in predict_rows("events", gold, pipeline_factory_for(None), advance)}
        if args.keep_gold:
            args.keep_gold.write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    for set_name, labels in sets.items():
        for name, firm in (("full", False), ("firm", True)):
            rows = {row["id"]: row for row in gold_rows(labels, texts, firm)}
            print(f"{set_name} {name}: {format_metrics('events', SCORERS['events'](rows, predicted))}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
