"""A longer bad-input campaign than the test suite runs: hostile files beside good articles, through the real
runner into a fresh SQLite store, counting crashes, good articles lost and bad files left unexplained.

    python benchmarks/trust_fuzz.py --batches 200

Run from the project root (it reuses the strategies of tests/trust). Prints one JSON line of figures.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.document import Failure  # noqa: E402
from eventwire.ingest import read_bytes  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.runner import ingest  # noqa: E402
from eventwire.store import Store  # noqa: E402
from tests.trust.conftest import fast_settings, write_articles  # noqa: E402
from tests.trust.strategies import hostile_bytes  # noqa: E402


def campaign(batches: int, work: Path) -> Counter:
    """Run ``batches`` batches (2 good articles + 1-4 hostile files each); return the figures."""
    figures: Counter = Counter()
    store, pipeline, numbers = Store(f"sqlite:///{work / 'fuzz.sqlite3'}"), Pipeline(fast_settings()), itertools.count()

    @settings(max_examples=batches, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(contents=st.lists(hostile_bytes(), min_size=1, max_size=4))
    def one_batch(contents):
        folder = work / f"batch_{next(numbers)}"
        good = write_articles(folder, [next(numbers) + 1_000_000, next(numbers) + 1_000_000])
        bad = [folder / f"bad_{index}.bin" for index in range(len(contents))]
        for path, data in zip(bad, contents):
            path.write_bytes(data)
        figures["batches"] += 1
        figures["hostile_files"] += len(bad)
        figures["good_articles"] += len(good)
        try:
            summary = ingest([folder], store, fast_settings(), pipeline=pipeline)
        except Exception:  # noqa: BLE001 - counted, not raised: the figure is what matters here
            figures["crashes"] += 1
            return
        logged = {(row["source"], row["reason"]) for row in store.failures(summary.run_id)}
        for path in good + bad:
            for item in read_bytes(path.read_bytes(), str(path)):
                kept = (item.source, item.reason) in logged if isinstance(item, Failure) else store.has_article(item.id)
                figures["failure_rows" if isinstance(item, Failure) else "stored_or_skipped"] += 1
                figures[("good_lost" if path in good else "bad_unexplained")] += not kept

    started = time.perf_counter()
    one_batch()
    figures["seconds"] = round(time.perf_counter() - started)
    figures["article_rows"] = store.counts()["articles"]
    store.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batches", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        figures = campaign(args.batches, Path(work))
    print(json.dumps({key: figures.get(key, 0) for key in (
        "batches", "hostile_files", "good_articles", "failure_rows", "stored_or_skipped", "article_rows", "crashes",
        "good_lost", "bad_unexplained", "seconds")}))


if __name__ == "__main__":
    main()
