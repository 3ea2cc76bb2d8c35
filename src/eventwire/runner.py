"""The main job: read articles, annotate them, store them; resumable, and a bad article never stops the batch."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.dedup.resolve import save_and_resolve
from eventwire.document import Document, Failure
from eventwire.ingest import read_paths
from eventwire.parallel import annotate_in_workers, worker_count
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import Store

#: Called after every article (stored, skipped or failed) with the running summary.
ProgressCallback = Callable[["IngestSummary"], None]


@dataclass
class IngestSummary:
    """What one ingestion run did, for the CLI's table and the run log."""

    run_id: int | None = None
    resumed_from: int | None = None  # the unfinished earlier run this one picks up from
    stored_new: int = 0
    updated: int = 0
    skipped_existing: int = 0  # already in the store from an earlier (possibly killed) run: resumed past
    failed: int = 0
    warnings: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)
    disabled_stages: dict[str, str] = field(default_factory=dict)
    started: float = field(default_factory=time.perf_counter, repr=False)

    @property
    def processed(self) -> int:
        return self.stored_new + self.updated + self.skipped_existing + self.failed

    @property
    def articles_per_second(self) -> float:
        return (self.stored_new + self.updated) / self.seconds if self.seconds else 0.0

    def counts(self) -> dict[str, int]:
        return {"stored_new": self.stored_new, "updated": self.updated, "skipped_existing": self.skipped_existing,
                "failed": self.failed, "warnings": self.warnings}


def ingest(paths: Iterable[str | Path], store: Store, settings: Settings, *, pipeline: Pipeline | None = None,
           force: bool = False, progress: ProgressCallback | None = None) -> IngestSummary:
    """Read, annotate and store every article under ``paths``.

    Articles already stored are skipped unless ``force`` is set, so a killed run restarts where it stopped;
    each article is saved in its own transaction, so a crash never leaves half an article behind. Annotation
    runs on ``settings.workers`` processes; articles are stored here, in input order.
    """
    pipeline = pipeline or Pipeline(settings)
    paths = [str(p) for p in paths]
    workers = worker_count(settings.workers)
    args = {"paths": paths, "force": force, "engine": "local", "stages": pipeline.stage_names}
    with timed_run(store, args) as summary:
        summary.disabled_stages = dict(pipeline.disabled)
        fresh = _skip_stored(read_paths(paths, settings), store, force, summary, progress)
        for item in annotate_in_workers(pipeline, fresh, workers):
            record_item(item, store, summary)
            if progress:
                progress(summary)
    return summary


@contextmanager
def timed_run(store: Store, args: dict) -> Iterator[IngestSummary]:
    """Open a run in the run log, time it, and close it as finished, interrupted or failed.

    A run over the same paths as an earlier run that never finished (killed, interrupted) is logged as resuming it.
    """
    resumed = _unfinished_run(store, args.get("paths"))
    summary = IngestSummary(run_id=store.start_run(args, resumed_from=resumed), resumed_from=resumed)
    status = "failed"
    try:
        yield summary
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        summary.seconds = time.perf_counter() - summary.started
        store.finish_run(summary.run_id, summary.counts(), status=status)


def _unfinished_run(store: Store, paths) -> int | None:
    """The latest earlier run over the same paths that did not finish, if the newest such run is unfinished."""
    latest = store.latest_run(lambda run: (run["args"] or {}).get("paths") == paths)
    return latest["id"] if latest and latest["status"] != "finished" else None


def _skip_stored(items: Iterable[Document | Failure], store: Store, force: bool, summary: IngestSummary,
                 progress: ProgressCallback | None) -> Iterator[Document | Failure]:
    for item in items:
        if isinstance(item, Document) and not force and store.has_article(item.id):
            summary.skipped_existing += 1
            if progress:
                progress(summary)
            continue
        yield item


def record_item(item: Document | Failure, store: Store, summary: IngestSummary) -> None:
    """Store one annotated article (or its failure) and count it."""
    summary.seconds = time.perf_counter() - summary.started
    if isinstance(item, Failure):
        store.record_failure(summary.run_id, item)
        summary.failed += 1
        summary.failures.append(item)
        return
    is_new = save_and_resolve(store, item, summary.run_id)
    summary.stored_new += is_new
    summary.updated += not is_new
    summary.warnings += len(item.warnings)
    summary.stored_ids.append(item.id)
