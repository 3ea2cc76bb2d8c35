"""Throughput benchmark: the full pipeline against spaCy alone on the same texts, streaming, with peak memory.

The spaCy-only pass is the floor no pipeline on top of it can beat; the ratio between the two says how much the
eventwire stages cost. Articles are streamed (read, annotate, store, forget), so memory must stay flat.
"""

from __future__ import annotations

import itertools
import json
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eventwire.document import Document
from eventwire.ingest import demo_corpus_path, read_paths
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import Store

SHARED_NEWS = Path("..") / "shared" / "corpus" / "news"


@dataclass
class BenchReport:
    corpus: list[str]
    articles: int = 0
    sentences: int = 0
    words: int = 0
    failures: int = 0
    seconds_total: float = 0.0
    seconds_read: float = 0.0
    seconds_store: float = 0.0
    seconds_spacy_only: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds_total if self.seconds_total else 0.0

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds_total if self.seconds_total else 0.0

    @property
    def non_spacy_share(self) -> float:
        """Share of annotation time spent outside the spaCy parse (the issue's target: <= 0.30)."""
        spacy = self.stage_seconds.get("spacy", 0.0)
        annotate = sum(self.stage_seconds.values())
        return 1 - spacy / annotate if annotate else 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(articles_per_second=self.articles_per_second, sentences_per_second=self.sentences_per_second,
                    non_spacy_share=self.non_spacy_share,
                    spacy_floor_ratio=(self.seconds_total / self.seconds_spacy_only
                                       if self.seconds_spacy_only else None))
        return data


def default_corpus() -> list[Path]:
    """The shared news corpus when it sits beside the project, else the packaged demo corpus."""
    return [SHARED_NEWS] if SHARED_NEWS.is_dir() else [demo_corpus_path()]


def _repeat(paths: list[Path], settings: Settings, limit: int | None) -> Iterator[Document]:
    """Documents from ``paths``, cycled (with fresh ids) until ``limit`` when the corpus is smaller."""
    for round_number in itertools.count():
        produced = 0
        for item in read_paths(paths, settings):
            if isinstance(item, Document):
                if round_number:
                    item.id = f"{item.id}-r{round_number}"
                produced += 1
                yield item
        if not produced or limit is None:
            return


def run_bench(paths: list[Path] | None = None, *, limit: int | None = None, settings: Settings | None = None,
              spacy_floor: bool = True, progress: Callable[[int], None] | None = None) -> BenchReport:
    """Run the full pipeline over ``limit`` articles of the corpus, storing into a throwaway SQLite file."""
    settings = settings or Settings()
    paths = paths or default_corpus()
    report = BenchReport(corpus=[str(p) for p in paths])
    pipeline = Pipeline(settings)
    documents = itertools.islice(_repeat(paths, settings, limit), limit)
    timed_reads = _timed_reader(documents, report)
    with tempfile.TemporaryDirectory() as tmp, Store(f"sqlite:///{tmp}/bench.sqlite3") as store:
        started = time.perf_counter()
        for item in pipeline.annotate(timed_reads):
            if not isinstance(item, Document):
                report.failures += 1
                continue
            stored = time.perf_counter()
            store.save_document(item)
            report.seconds_store += time.perf_counter() - stored
            report.articles += 1
            report.sentences += len(item.sentences)
            report.words += len(item.text.split())
            if progress:
                progress(report.articles)
        report.seconds_total = time.perf_counter() - started
    report.stage_seconds = dict(pipeline.timings)
    report.stage_seconds["spacy"] = report.stage_seconds.get("spacy", 0.0) - report.seconds_read
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if spacy_floor:
        report.seconds_spacy_only = _spacy_only_seconds(pipeline, paths, settings, limit)
    return report


def _spacy_only_seconds(pipeline: Pipeline, paths: list[Path], settings: Settings, limit: int | None) -> float:
    """Time spaCy alone on the same texts, streamed again from disk so memory stays flat."""
    texts = (doc.text for doc in itertools.islice(_repeat(paths, settings, limit), limit)
             if len(doc.text) <= settings.max_article_chars)
    started = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return time.perf_counter() - started


def _timed_reader(documents: Iterator[Document], report: BenchReport) -> Iterator[Document]:
    while True:
        started = time.perf_counter()
        item = next(documents, None)
        report.seconds_read += time.perf_counter() - started
        if item is None:
            return
        yield item


def write_report(report: BenchReport, path: Path) -> None:
    path.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
