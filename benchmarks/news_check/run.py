"""Score the event coder on a never-studied check set of real news sentences.

    python benchmarks/news_check/run.py [set_F.jsonl] [--shared ../shared] [--keep-gold OUT]

A check set holds the project's own labels (PLOVER type, CAMEO code, QuadClass, actor codes) for sentences of the
shared news corpus, named by article id and character offsets, so no article text is kept here: the sentences are
cut from ``shared/corpus/news`` when the script runs. It prints ``eventwire eval events`` metrics twice: on every
labelled event ("full") and without the events the labeller marked borderline ("firm"; a sentence whose only
events were borderline is left out).

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

from eventwire.evaluate.runner import evaluate_file, format_metrics

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="?", type=Path, default=HERE / "set_F.jsonl")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--keep-gold", type=Path, help="also write the full gold file here, to read")
    args = parser.parse_args(argv)
    news_dir = args.shared / "corpus" / "news"
    if not news_dir.is_dir():
        print(f"skipped: no news corpus at {news_dir}", file=sys.stderr)
        return 0
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = articles_by_id(news_dir, {label["corpus"] for label in labels})
    with tempfile.TemporaryDirectory() as scratch:
        for name, firm in (("full", False), ("firm", True)):
            rows = gold_rows(labels, texts, firm)
            gold = Path(scratch) / f"{name}.jsonl"
            gold.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
            if args.keep_gold and not firm:
                args.keep_gold.write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
            print(f"{args.labels.stem} {name}: {format_metrics('events', evaluate_file('events', gold))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
