"""Annotate on every CPU core: each worker process holds one pipeline; the parent reads, stores and keeps order.

Why not ``nlp.pipe(n_process=...)``: spaCy would ship every parsed ``Doc`` back to the parent and our stages would
then run there, on one core. Here a worker parses *and* runs the stages, and only the small annotated
:class:`~eventwire.document.Document` travels back. Results come back in input order, so a run with four workers
stores exactly what a run with one stores.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from eventwire.document import Document, Failure
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

Item = TypeVar("Item")

#: The pipeline a worker process uses: inherited from the parent when forking, else built by :func:`_start_worker`.
_worker_pipeline: Pipeline | None = None


def worker_count(requested: int = 0) -> int:
    """``requested`` workers, or one per CPU core this process may use when ``requested`` is 0."""
    if requested > 0:
        return requested
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def annotate_in_workers(pipeline: Pipeline, documents: Iterable[Document | Failure],
                        workers: int) -> Iterator[Document | Failure]:
    """Like ``pipeline.annotate(documents)``, spread over ``workers`` processes, in input order.

    Input that fits in one batch is annotated here, in this process: starting workers would cost more than it saves.
    Stage timings of the workers are added to ``pipeline.timings`` (so they sum CPU time over workers).
    """
    chunks = _chunks(documents, pipeline.settings.batch_size)
    head = list(itertools.islice(chunks, 2))
    if workers <= 1 or len(head) < 2:
        yield from pipeline.annotate(item for chunk in itertools.chain(head, chunks) for item in chunk)
        return
    for annotated, timings in _run_ordered(_annotate_chunk, itertools.chain(head, chunks), pipeline, workers,
                                           pipeline.stage_names):
        for name, seconds in timings.items():
            pipeline.timings[name] += seconds
        yield from annotated


def parse_in_workers(pipeline: Pipeline, texts: Iterable[str], workers: int) -> int:
    """Only the spaCy parse over ``texts``, on the same workers: the floor the full pipeline is measured against."""
    if workers <= 1:
        return sum(1 for _ in pipeline.nlp.pipe(texts, batch_size=pipeline.settings.batch_size))
    chunks = _chunks(texts, pipeline.settings.batch_size)
    return sum(_run_ordered(_parse_chunk, chunks, pipeline, workers, pipeline.stage_names))


def _run_ordered(task: Callable[[list], Item], chunks: Iterator[list], pipeline: Pipeline, workers: int,
                 stages: list[str]) -> Iterator[Item]:
    """Apply ``task`` to each chunk in a pool of ``workers`` processes; yield results in chunk order.

    Where processes fork, workers inherit ``pipeline`` already warmed up (model, gazetteer, dictionaries loaded
    once, pages shared with the parent); elsewhere each worker builds its own. At most two chunks per worker are
    in flight, so a corpus of any size streams through in flat memory.
    """
    global _worker_pipeline
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        pipeline.warm_up()
        gc.freeze()  # keep the collector from touching, and so copying, the pages the workers share
        _worker_pipeline = pipeline
    context = multiprocessing.get_context("fork" if forking else "spawn")
    try:
        with context.Pool(workers, initializer=_start_worker, initargs=(pipeline.settings, stages)) as pool:
            pending: deque = deque()
            for chunk in chunks:
                pending.append(pool.apply_async(task, (chunk,)))
                if len(pending) >= 2 * workers:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()
    finally:
        _worker_pipeline = None
        if forking:
            gc.unfreeze()


def _start_worker(settings: Settings, stages: list[str]) -> None:
    """Make this worker's pipeline, unless it came with the fork."""
    global _worker_pipeline
    _die_with_parent()
    if _worker_pipeline is None:
        _worker_pipeline = Pipeline(settings, stages=stages)


def _annotate_chunk(chunk: list[Document | Failure]) -> tuple[list[Document | Failure], dict[str, float]]:
    pipeline = _worker_pipeline
    pipeline.timings.clear()
    annotated = list(pipeline.annotate(chunk))
    return annotated, dict(pipeline.timings)


def _parse_chunk(texts: list[str]) -> int:
    return sum(1 for _ in _worker_pipeline.nlp.pipe(texts, batch_size=len(texts)))


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, max(1, size))):
        yield chunk


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this worker when its parent dies (say, a SIGKILLed ingest)."""
    if not sys.platform.startswith("linux"):
        return
    pr_set_pdeathsig = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # best effort: elsewhere an orphaned worker lingers until its task queue breaks
