"""Predict a gold file, score it, and print the one metrics line the CLI and the quality gate read."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from eventwire.evaluate.predict import STAGE_ERRORS, PipelineFactory, count_lines, predict_rows, read_jsonl
from eventwire.evaluate.scorers import SCORERS
from eventwire.settings import Settings

#: Below this many lines a progress bar is noise.
PROGRESS_MIN_LINES = 20


def pipeline_factory_for(settings: Settings | None) -> PipelineFactory:
    """A factory building each Pipeline once per stage list (imported late: scoring alone needs no spaCy)."""
    built: dict[tuple[str, ...] | None, Any] = {}

    def build(stages: list[str] | None):
        from eventwire.pipeline import Pipeline

        key = tuple(stages) if stages is not None else None
        if key not in built:
            built[key] = Pipeline(settings=settings, stages=stages)
        return built[key]
    return build


@contextmanager
def progress_bar(task: str, total: int) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr, yielding the ``advance(n)`` callback; silent for short files."""
    if total < PROGRESS_MIN_LINES:
        yield lambda n: None
        return
    columns = (TextColumn(f"{task}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task(task, total=total)
        yield lambda n: progress.advance(bar, n)


def _predictions(task: str, gold_path: Path, settings: Settings | None,
                 pipeline_factory: PipelineFactory | None = None) -> Iterator[dict]:
    factory = pipeline_factory or pipeline_factory_for(settings)
    with progress_bar(task, count_lines(gold_path)) as advance:
        yield from predict_rows(task, gold_path, factory, progress=advance)


def predict_file(task: str, gold_path: Path, out_path: Path, settings: Settings | None = None) -> int:
    """Write one prediction line per input line to ``out_path``; returns the number of lines written."""
    written = 0
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        for row in _predictions(task, Path(gold_path), settings):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    return written


def load_rows(path: Path) -> dict[str, dict]:
    """Rows keyed by id, as the reference scorer reads them (a repeated id keeps its last line)."""
    return {row["id"]: row for row in read_jsonl(Path(path))}


class EvaluationMetrics(dict):
    """The scorer's metrics, in its order (what :func:`format_metrics` prints), plus the run's timing."""

    def __init__(self, metrics: dict[str, float | int], docs: int, seconds: float,
                 stage_errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(metrics)
        self.docs = docs
        self.seconds = seconds  # prediction only, model loading included
        self.stage_errors = stage_errors or {}  # line id -> "stage: error" of every stage that raised on it

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def evaluate_file(task: str, gold_path: Path, settings: Settings | None = None,
                  pipeline_factory: PipelineFactory | None = None) -> EvaluationMetrics:
    """Predict and score one gold file (``pipeline_factory(stages)`` lets a caller reuse its pipelines)."""
    started = time.perf_counter()
    predicted = {row["id"]: row for row in _predictions(task, Path(gold_path), settings, pipeline_factory)}
    seconds = time.perf_counter() - started
    failed = {row_id: row[STAGE_ERRORS] for row_id, row in predicted.items() if STAGE_ERRORS in row}
    return EvaluationMetrics(SCORERS[task](load_rows(gold_path), predicted), len(predicted), seconds, failed)


def format_metrics(task: str, metrics: dict[str, float | int]) -> str:
    """``TASK key=value ...`` with fractions to 4 decimals: the last line ``eventwire eval`` prints."""
    values = (f"{key}={value:.4f}" if isinstance(value, float) else f"{key}={value}"
              for key, value in metrics.items())
    return " ".join([task, *values])
