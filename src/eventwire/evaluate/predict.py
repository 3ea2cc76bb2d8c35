"""Turn a gold file's inputs into prediction rows: the task's fields, named and offset exactly as the gold."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from collections.abc import Callable, Iterator
from itertools import tee
from pathlib import Path
from typing import Any

from eventwire.document import Document

log = logging.getLogger(__name__)

#: Stages each task needs, in pipeline order; None means every registered stage.
TASK_STAGES: dict[str, list[str] | None] = {
    "entities": ["entities"],
    "times": ["entities", "temporal"],
    "places": ["entities", "actors", "geo"],
    "quotes": ["entities", "actors", "quotes"],
    "events": None,
}
#: The stage whose output a task scores, and the Document field the prediction is read from.
TASK_OUTPUT: dict[str, tuple[str, str]] = {
    "entities": ("entities", "entities"),
    "times": ("temporal", "timexes"),
    "places": ("geo", "places"),
    "quotes": ("quotes", "quotes"),
    "events": ("events", "events"),
}
#: Gold-format keys of each annotation; anything else the pipeline records stays out of the prediction.
GOLD_KEYS: dict[str, tuple[str, ...]] = {
    "entities": ("start", "end", "label"),
    "timexes": ("start", "end", "type", "value"),
    "places": ("start", "end", "name", "lat", "lon", "country"),
    "quotes": ("content", "content_parts", "speaker", "speaker_text", "cue", "kind"),
    "events": ("type", "mode", "cameo", "quad", "source", "target", "negated", "hypothetical", "location",
               "date", "evidence"),
}
ACTOR_KEYS = ("text", "code")
TASKS = (*TASK_OUTPUT, "extraction", "dedup")
#: Key of a prediction row listing the stages that raised on its line (the row is then incomplete).
STAGE_ERRORS = "stage_errors"

PipelineFactory = Callable[[list[str] | None], Any]


class GoldFormatError(ValueError):
    """A gold file that is not UTF-8 JSON lines of objects; the message names the file and line."""


def read_jsonl(path: Path) -> Iterator[dict]:
    try:
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield _json_object(line, f"{path}, line {number}")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _json_object(line: str, where: str) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{where}: not JSON ({exc.msg}, column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise GoldFormatError(f"{where}: a JSON object was expected (see shared/gold/FORMAT.md)")
    return row


def in_gold_formats(annotation) -> bool:
    """Whether an annotation belongs in a gold-format prediction row. The gold formats follow CAMEO and PLOVER,
    which code a denial (a statement, CAMEO 016) and not the act denied, and code no act the text says did not
    happen ("did not attack"; news-check guide point 11). eventwire keeps both acts, flagged ``denied`` or
    ``negated``, for its own output; hypothetical acts are coded in the gold formats and stay."""
    return not (getattr(annotation, "denied", False) or getattr(annotation, "negated", False))


def annotation_to_gold(field: str, annotation: Any) -> dict:
    """One dataclass annotation as a gold-format dict: gold keys only, None and empty lists dropped."""
    values = dataclasses.asdict(annotation)
    row = {}
    for key in GOLD_KEYS[field]:
        value = values.get(key)
        if key in ("source", "target") and value is not None:
            value = {k: value[k] for k in ACTOR_KEYS if value.get(k) is not None}
        if value is not None and value != []:
            row[key] = _as_json(value)
    return row


def _as_json(value: Any) -> Any:
    """Span tuples as the JSON lists the gold files hold, so a row compares equal after a round trip."""
    if isinstance(value, (tuple, list)):
        return [_as_json(v) for v in value]
    return value


def document_for(row: dict) -> Document:
    """The inputs of one gold line as a Document; ``dct`` (the times anchor) wins over the publication date."""
    return Document(text=row.get("text") or "", id=str(row["id"]), title=row.get("title"),
                    date=row.get("dct") or row.get("date"))


def predict_rows(task: str, gold_path: Path, pipeline_factory: PipelineFactory | None = None,
                 progress: Callable[[int], None] | None = None) -> Iterator[dict]:
    """One prediction row per input line (``id`` plus the task's fields), in file order.

    ``pipeline_factory(stages)`` builds the annotating pipeline (only called for pipeline tasks);
    ``progress(n)`` is told how many lines were done.
    """
    if task not in TASKS:
        raise KeyError(f"unknown task {task!r}; known tasks: {', '.join(TASKS)}")
    gold_path = Path(gold_path)
    if task == "extraction":
        rows = _predict_extraction(gold_path)
    elif task == "dedup":
        rows = _predict_dedup(gold_path)
    else:
        if pipeline_factory is None:
            raise ValueError(f"task {task!r} needs a pipeline_factory")
        rows = _predict_annotations(task, gold_path, pipeline_factory)
    for row in rows:
        yield row
        if progress:
            progress(1)


def _predict_annotations(task: str, gold_path: Path, pipeline_factory: PipelineFactory) -> Iterator[dict]:
    stage, field = TASK_OUTPUT[task]
    pipeline = pipeline_factory(TASK_STAGES[task])
    for name, reason in pipeline.disabled.items():
        print(f"{task}: stage {name!r} is disabled ({reason})", file=sys.stderr)
    if stage not in pipeline.stage_names:
        print(f"{task}: stage {stage!r} not built yet: predicting empty {field}", file=sys.stderr)
        yield from ({"id": row["id"], field: []} for row in read_jsonl(gold_path))
        return
    from eventwire.parallel import annotate_in_workers, worker_count

    # two views of one stream: the workers run a few batches ahead, tee keeps only the rows in between
    rows, inputs = tee(read_jsonl(gold_path))
    documents = (document_for(row) for row in inputs)
    annotated = annotate_in_workers(pipeline, documents, worker_count(pipeline.settings.workers))
    for row, item in zip(rows, annotated):
        found = getattr(item, field, [])  # a Failure (article too long) predicts nothing
        predicted = {"id": row["id"], field: [annotation_to_gold(field, annotation) for annotation in found
                                              if in_gold_formats(annotation)]}
        failed = [w for w in getattr(item, "warnings", []) if w.split(":", 1)[0] in pipeline.stage_names]
        if failed:  # a stage raised on this line: its output is missing, which the gate must not let pass
            predicted[STAGE_ERRORS] = failed
        yield predicted


def _predict_extraction(gold_path: Path) -> Iterator[dict]:
    from eventwire.ingest import IngestError, read_html

    for row in read_jsonl(gold_path):
        html_path = gold_path.parent / row["html_file"]
        try:
            document = read_html(html_path.read_bytes(), str(html_path))
        except (IngestError, OSError) as exc:
            log.warning("extraction failed for %s: %s", html_path, exc)
            yield {"id": row["id"], "text": ""}
            continue
        predicted = {"id": row["id"], "text": document.text, "title": document.title, "date": document.date,
                     "author": document.author}
        yield {key: value for key, value in predicted.items() if value is not None}


def _predict_dedup(gold_path: Path) -> Iterator[dict]:
    from eventwire.dedup import cluster_documents

    rows = list(read_jsonl(gold_path))
    clusters = cluster_documents((str(row["id"]), row.get("text") or "") for row in rows)
    yield from ({"id": row["id"], "cluster": clusters[str(row["id"])]} for row in rows)


def count_lines(path: Path) -> int:
    with open(path, "rb") as lines:  # bytes: a file that is not UTF-8 is reported by read_jsonl, with its line
        return sum(1 for line in lines if line.strip())
