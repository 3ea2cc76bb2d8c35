"""Measure the actor stage against gold files (read-only research data beside the project).

    python -m eventwire.actors.evaluate seed ../shared/gold/article/seed.jsonl
    python -m eventwire.actors.evaluate events ../shared/gold/events/plover_dev.jsonl ../shared/gold/events/petr2_gsr.jsonl

``seed``: precision/recall of actor mentions (exact span and code) against an article's gold ``actors``.
``events``: for every gold event actor with a country code, whether some mention in the text carries that
country (the first 3 letters of the code), the way the events scorer checks source/target countries; and
``phrase_coverage``: whether ``resolve_phrase`` of the gold actor text gives that country.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.actors.stage import resolve_phrase
from eventwire.document import Document
from eventwire.pipeline import Pipeline


def annotate(path: Path) -> Iterator[tuple[dict, Document]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pipeline = Pipeline(stages=["entities", "actors"])
    documents = [Document(line["text"], id=line["id"], date=line.get("date") or line.get("dct")) for line in lines]
    yield from zip(lines, pipeline.annotate(documents))


def seed_scores(path: Path) -> dict[str, float]:
    gold_count = predicted_count = matched = 0
    for line, document in annotate(path):
        gold = {(a["start"], a["end"], a["code"]) for a in line.get("actors", [])}
        predicted = {(a.start, a.end, a.code) for a in document.actors}
        gold_count, predicted_count = gold_count + len(gold), predicted_count + len(predicted)
        matched += len(gold & predicted)
    precision = matched / predicted_count if predicted_count else 0.0
    recall = matched / gold_count if gold_count else 0.0
    return {"precision": precision, "recall": recall, "gold": gold_count, "predicted": predicted_count}


def event_coverage(paths: list[Path]) -> dict[str, float]:
    """Country coverage of gold source/target codes by the article's mentions, and by ``resolve_phrase`` of
    the gold actor text where the gold gives one."""
    counts = {"source": [0, 0], "target": [0, 0], "phrase": [0, 0]}
    for path in paths:
        for line, document in annotate(path):
            countries = {a.code[:3] for a in document.actors}
            for event in line.get("events", []):
                for side in ("source", "target"):
                    actor = event.get(side) or {}
                    country = (actor.get("code") or "")[:3]
                    if not country.isalpha():
                        continue
                    _count(counts[side], country in countries)
                    if actor.get("text"):
                        resolved = resolve_phrase(actor["text"], document.date)
                        _count(counts["phrase"], bool(resolved) and resolved[0][:3] == country)
    return {f"{key}_coverage": hit / total if total else 0.0 for key, (hit, total) in counts.items()} | {
        f"{key}_total": total for key, (_, total) in counts.items()}


def _count(tally: list[int], hit: bool) -> None:
    tally[0] += hit
    tally[1] += 1


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in ("seed", "events"):
        raise SystemExit(__doc__)
    paths = [Path(p) for p in argv[1:]]
    scores = seed_scores(paths[0]) if argv[0] == "seed" else event_coverage(paths)
    print(f"actors-{argv[0]} " + " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}"
                                           for k, v in scores.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
