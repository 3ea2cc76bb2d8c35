"""Measure event resolution against labelled event pairs: is each pair merged into one cluster or not?

A label names two events by ``article_id``, PLOVER ``type`` and ``evidence`` span (never by text), with
``same`` true when they report one real-world event. Events are found again in a store by article, type and an
overlapping evidence span, so labels survive small changes in the event coder; pairs not found are counted.

    python -m eventwire.dedup.measure annotate ARTICLES.jsonl [...] --db sqlite:///sample.db [--labelled LABELS]
    python -m eventwire.dedup.measure resolve --db sqlite:///sample.db      # again, after a rule change
    python -m eventwire.dedup.measure pairs --db sqlite:///sample.db > candidates.jsonl   # to label by hand
    python -m eventwire.dedup.measure score tests/dedup/data/event_pairs.jsonl --db sqlite:///sample.db
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, select, update

from eventwire.dedup.events import event_day, key_of_event
from eventwire.dedup.resolve import resolve_article, save_and_resolve
from eventwire.document import Document
from eventwire.store import Store
from eventwire.store.models import Article, EventCluster, EventClusterArticle, EventRow

#: Candidate pairs for labelling: same type, different articles, at most this far apart, so that the sample
#: holds near misses of the merge rule (for recall) as well as its merges (for precision).
PAIR_WINDOW_DAYS = 7


@dataclass(frozen=True)
class MergeScore:
    true_merges: int
    false_merges: int
    missed_merges: int
    true_splits: int
    not_found: int

    @property
    def precision(self) -> float:
        merged = self.true_merges + self.false_merges
        return self.true_merges / merged if merged else 1.0

    @property
    def recall(self) -> float:
        same = self.true_merges + self.missed_merges
        return self.true_merges / same if same else 1.0


def annotate_into(store: Store, documents: Iterable[Document]) -> int:
    """Run the full pipeline, save and resolve each article in order, as the runner does."""
    from eventwire.pipeline import Pipeline

    count = 0
    for item in Pipeline().annotate(documents):
        if isinstance(item, Document):
            save_and_resolve(store, item)
            count += 1
    return count


def resolve_again(store: Store) -> int:
    """Drop every event cluster and resolve all stored articles again in stored order: re-measure a rule change
    without annotating again."""
    def clear(session) -> None:
        session.execute(update(EventRow).values(cluster_id=None))
        session.execute(delete(EventClusterArticle))
        session.execute(delete(EventCluster))

    store.transaction(clear)
    with store.session() as session:
        article_ids = list(session.scalars(select(Article.id).order_by(Article.created_at, Article.id)))
    for article_id in article_ids:
        resolve_article(store, article_id)
    return len(article_ids)


def read_articles(paths: list[str], wanted: set[str] | None = None) -> Iterator[Document]:
    """Articles of JSONL files (id, text, title, date, outlet); only the ``wanted`` ids when given."""
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for record in (json.loads(line) for line in lines if line.strip()):
                if wanted is not None and record["id"] not in wanted:
                    continue
                yield Document(record["text"], id=record["id"], title=record.get("title"), date=record.get("date"),
                               outlet=record.get("outlet"))


def labelled_articles(label_files: list[str]) -> set[str]:
    """Every article id a label file names."""
    ids = set()
    for path in label_files:
        with open(path, encoding="utf-8") as lines:
            for label in (json.loads(line) for line in lines if line.strip()):
                ids.update((label["a"]["article_id"], label["b"]["article_id"]))
    return ids


def _events(store: Store) -> list[tuple[EventRow, str | None]]:
    with store.session() as session:
        return list(session.execute(select(EventRow, Article.date).join(Article, Article.id == EventRow.article_id)
                                    .order_by(EventRow.article_id, EventRow.position)).all())


def candidate_pairs(store: Store) -> Iterator[dict]:
    """Same-type event pairs from different articles within PAIR_WINDOW_DAYS: what a labeller reads.

    Events resolution leaves out (hypothetical, negated, denied, dated only to a year) are not offered."""
    events = [(event, event_day(event.date, article_date)) for event, article_date in _events(store)
              if key_of_event(event, article_date) is not None]
    for (a, day_a), (b, day_b) in itertools.combinations(events, 2):
        if a.type != b.type or a.article_id == b.article_id or not _near(day_a, day_b):
            continue
        yield {"a": _ref(a), "b": _ref(b), "merged": a.cluster_id is not None and a.cluster_id == b.cluster_id}


def _near(day_a: str | None, day_b: str | None) -> bool:
    if not day_a or not day_b:
        return False
    if len(day_a) == len(day_b) == 10:
        return abs(date.fromisoformat(day_a) - date.fromisoformat(day_b)) <= timedelta(days=PAIR_WINDOW_DAYS)
    return day_a[:7] == day_b[:7]


def _ref(event: EventRow) -> dict:
    return {"article_id": event.article_id, "type": event.type, "evidence": [event.evidence_start, event.evidence_end]}


def score(store: Store, labels: Iterable[dict]) -> MergeScore:
    """Count each labelled pair as a true/false merge or a missed merge/true split by the stored clusters."""
    clusters = {}
    for event, _ in _events(store):
        clusters.setdefault((event.article_id, event.type), []).append(event)
    counts = dict.fromkeys(("true_merges", "false_merges", "missed_merges", "true_splits", "not_found"), 0)
    for label in labels:
        a, b = _find(clusters, label["a"]), _find(clusters, label["b"])
        if a is None or b is None:
            counts["not_found"] += 1
            continue
        merged = a.cluster_id is not None and a.cluster_id == b.cluster_id
        outcome = {(True, True): "true_merges", (True, False): "false_merges",
                   (False, True): "missed_merges", (False, False): "true_splits"}[(merged, label["same"])]
        counts[outcome] += 1
    return MergeScore(**counts)


def _find(clusters: dict, ref: dict) -> EventRow | None:
    start, end = ref["evidence"]
    for event in clusters.get((ref["article_id"], ref["type"]), []):
        if event.evidence_start < end and start < event.evidence_end:
            return event
    return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eventwire.dedup.measure", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["annotate", "resolve", "pairs", "score"])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--db", required=True)
    parser.add_argument("--labelled", nargs="*", default=None,
                        help="annotate only the articles these label files name")
    args = parser.parse_args(argv)
    with Store(args.db) as store:
        if args.command == "annotate":
            wanted = labelled_articles(args.labelled) if args.labelled is not None else None
            print(annotate_into(store, read_articles(args.files, wanted)), "articles annotated")
        elif args.command == "resolve":
            print(resolve_again(store), "articles resolved")
        elif args.command == "pairs":
            for pair in candidate_pairs(store):
                print(json.dumps(pair))
        else:
            with open(args.files[0], encoding="utf-8") as lines:
                result = score(store, (json.loads(line) for line in lines if line.strip()))
            print(json.dumps({**vars(result), "precision": round(result.precision, 3),
                              "recall": round(result.recall, 3)}))


if __name__ == "__main__":
    main(sys.argv[1:])
