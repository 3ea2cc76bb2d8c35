"""Score the event coder on a never-studied check set of real news sentences.

    python benchmarks/news_check/run.py [SET.jsonl ...] [--shared ../shared] [--keep-gold OUT] [--in-article]

A check set holds the project's own labels (PLOVER type, CAMEO code, QuadClass, actor codes) for sentences of the
shared news corpus, named by article id and character offsets, so no article text is kept here: the sentences are
cut from ``shared/corpus/news`` when the script runs. For each set (by default every ``set_*.jsonl`` here) and,
when there are several, for all of them pooled, it prints ``eventwire eval events`` metrics twice: on every labelled
event ("full") and without the events the labeller marked borderline ("firm"; a sentence whose only events were
borderline is left out). The sets are small (about 120 sentences, a dozen types): the pooled figure is the one
to quote.

By default the coder sees each sentence alone. ``--in-article`` codes each labelled sentence's whole article, as
eventwire is used, and scores the events with an evidence span mostly inside the sentence: the labels take a
country from the article when the sentence names none, which a sentence alone cannot give.

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

from eventwire.evaluate.predict import annotation_to_gold, document_for, in_gold_formats, predict_rows
from eventwire.evaluate.runner import format_metrics, pipeline_factory_for, progress_bar
from eventwire.evaluate.scorers import SCORERS

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[2] / "shared"


def articles_by_id(news_dir: Path, corpora: set[str]) -> dict[str, dict]:
    articles = {}
    for corpus in sorted(corpora):
        with open(news_dir / corpus, encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                articles[article["id"]] = article
    return articles


def read_labels(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_rows(labels: list[dict], articles: dict[str, dict], firm: bool) -> list[dict]:
    """Gold-format rows (``shared/gold/FORMAT.md``, events) with each sentence cut from its article."""
    rows = []
    for label in labels:
        events = [{k: v for k, v in e.items() if k != "borderline"} for e in label["events"]
                  if not (firm and e.get("borderline"))]
        if firm and label["events"] and not events:
            continue
        row = {"id": label["id"], "text": articles[label["article"]]["text"][label["start"]:label["end"]],
               "events": events}
        if label.get("date"):
            row["date"] = label["date"]
        rows.append(row)
    return rows


def predicted_in_articles(labels: list[dict], articles: dict[str, dict]) -> dict[str, dict]:
    """Prediction rows per label from its whole article coded once: the events the gold formats code (neither
    denied nor negated: `in_gold_formats`) with one evidence span (the first report or a repeat) mostly inside the
    labelled sentence, offsets made relative to it."""
    from eventwire.pipeline import Pipeline  # imported late: scoring alone needs no spaCy

    labels_of: dict[str, list[dict]] = {}
    for label in labels:
        labels_of.setdefault(label["article"], []).append(label)
    documents = (document_for({**articles[article_id], "id": article_id,
                               "date": found[0].get("date") or articles[article_id].get("date")})
                 for article_id, found in labels_of.items())
    predicted = {}
    with progress_bar("events (whole articles)", len(labels_of)) as advance:
        for item in Pipeline().annotate(documents):
            events = [event for event in getattr(item, "events", []) if in_gold_formats(event)]
            for label in labels_of[item.id]:
                rows = []
                for event in events:
                    inside = next((span for span in [event.evidence, *event.extra_evidence]
                                   if _mostly_inside(span, label["start"], label["end"])), None)
                    if inside is not None:
                        row = annotation_to_gold("events", event)
                        row["evidence"] = [inside[0] - label["start"], inside[1] - label["start"]]
                        rows.append(row)
                predicted[label["id"]] = {"id": label["id"], "events": rows}
            advance(1)
    return predicted


def _mostly_inside(span, start: int, end: int) -> bool:
    return 2 * (min(span[1], end) - max(span[0], start)) > span[1] - span[0]


def label_path(path: Path) -> Path:
    """A label file as given, else the set of that name kept here: ``run.py set_H.jsonl`` works from anywhere."""
    return path if path.exists() or path.is_absolute() else HERE / path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="*", type=Path, help="label files (default: every set_*.jsonl here)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--keep-gold", type=Path, help="also write the pooled full gold file here, to read")
    parser.add_argument("--in-article", action="store_true",
                        help="code each sentence's whole article and score the events found in the sentence")
    args = parser.parse_args(argv)
    news_dir = args.shared / "corpus" / "news"
    if not news_dir.is_dir():
        print(f"skipped: no news corpus at {news_dir}", file=sys.stderr)
        return 0
    sets = {path.stem: read_labels(label_path(path)) for path in (args.labels or sorted(HERE.glob("set_*.jsonl")))}
    every_label = [label for labels in sets.values() for label in labels]
    if len(sets) > 1:
        sets["pooled"] = every_label
    articles = articles_by_id(news_dir, {label["corpus"] for label in every_label})
    with tempfile.TemporaryDirectory() as scratch:  # every sentence predicted once, then scored per set
        gold = Path(scratch) / "all.jsonl"
        gold.write_text("".join(json.dumps(row) + "\n" for row in gold_rows(every_label, articles, firm=False)),
                        encoding="utf-8")
        if args.in_article:
            predicted = predicted_in_articles(every_label, articles)
        else:
            with progress_bar("events", len(every_label)) as advance:
                predicted = {row["id"]: row for row in predict_rows("events", gold, pipeline_factory_for(None),
                                                                    advance)}
        if args.keep_gold:
            args.keep_gold.write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    for set_name, labels in sets.items():
        for name, firm in (("full", False), ("firm", True)):
            rows = {row["id"]: row for row in gold_rows(labels, articles, firm)}
            print(f"{set_name} {name}: {format_metrics('events', SCORERS['events'](rows, predicted))}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
