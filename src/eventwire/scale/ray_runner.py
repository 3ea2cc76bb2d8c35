"""Run the same annotation code on a Ray cluster (Ray Data), for corpora that outgrow one machine.

Files are read and parsed in the workers (``read_binary_files``), or rows come from a Parquet dataset with the
JSONL article columns; each worker of an actor pool loads the spaCy model once and annotates batches with the
very :class:`~eventwire.pipeline.Pipeline` the local engine uses, so both engines give identical events.
Results stream back to the driver, which stores them idempotently (SQLite or PostgreSQL), or are written to a
Parquet dataset for downstream jobs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

from eventwire.document import Document, Failure
from eventwire.runner import IngestSummary
from eventwire.settings import Settings

try:  # Ray is the optional extra [scale]
    import ray
    import ray.data
except ImportError:  # pragma: no cover - exercised only without the extra
    ray = None

#: Column that carries one serialised Document or Failure between Ray stages.
RECORD = "record"
#: Articles per annotation batch sent to a worker; large enough to keep nlp.pipe efficient.
BATCH_SIZE = 16
#: CPU share a reading task asks for: reading is light, and a whole CPU each would starve the annotators.
READ_CPUS = 0.25


def require_ray() -> None:
    if ray is None:
        raise RuntimeError("the Ray engine needs the optional extra: pip install 'eventwire[scale]'")


def _encode(item: Document | Failure) -> str:
    kind = "document" if isinstance(item, Document) else "failure"
    data = item.to_dict() if isinstance(item, Document) else asdict(item)
    return json.dumps({"kind": kind, "data": data}, ensure_ascii=False)


def _decode(record: str) -> Document | Failure:
    payload = json.loads(record)
    if payload["kind"] == "document":
        return Document.from_dict(payload["data"])
    return Failure(**payload["data"])


def _settings_from(data: dict) -> Settings:
    return Settings(**data)


def _read_files(batch: dict, settings: dict) -> dict:
    """Raw files become serialised documents through the local readers (format sniffing included).

    A plain task, not an actor pool: reading holds no state, and tasks free their CPU for the annotators.
    """
    from eventwire.ingest import read_bytes

    records = []
    for data, path in zip(batch["bytes"], batch["path"]):
        records.extend(_encode(item) for item in read_bytes(bytes(data), str(path), _settings_from(settings)))
    return {RECORD: records}


def _rows_to_records(batch: dict) -> dict:
    """Parquet rows with the JSONL article columns (text required) become serialised documents."""
    records = []
    columns = [c for c in ("title", "date", "url", "outlet", "id") if c in batch]
    for index, text in enumerate(batch["text"]):
        fields = {c: batch[c][index] for c in columns if batch[c][index] is not None}
        records.append(_encode(Document(text=str(text), **{k: str(v) for k, v in fields.items()})))
    return {RECORD: records}


class _Annotate:
    """One per worker: loads the model once, then annotates every batch it is given."""

    def __init__(self, settings: dict) -> None:
        from eventwire.pipeline import Pipeline

        self.pipeline = Pipeline(_settings_from(settings))

    def __call__(self, batch: dict) -> dict:
        items = [_decode(record) for record in batch[RECORD]]
        return {RECORD: [_encode(item) for item in self.pipeline.annotate(items)]}


def annotated_dataset(paths: list[Path], settings: Settings, workers: int = 2):
    """A lazy Ray dataset of annotated documents (and failures) for files, folders or Parquet datasets."""
    require_ray()
    settings_data = asdict(settings)
    parquet = [str(p) for p in paths if _is_parquet(p)]
    files = [str(p) for p in paths if not _is_parquet(p)]
    parts = []
    if files:
        raw = ray.data.read_binary_files(files, include_paths=True, file_extensions=None)
        parts.append(raw.map_batches(_read_files, fn_kwargs={"settings": settings_data}, batch_size=8,
                                     num_cpus=READ_CPUS))
    if parquet:
        parts.append(ray.data.read_parquet(parquet).map_batches(_rows_to_records, batch_size=256))
    dataset = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    # one big JSONL file reads as one block: split it so every worker of the pool gets batches
    dataset = dataset.repartition(target_num_rows_per_block=BATCH_SIZE)
    return dataset.map_batches(_Annotate, fn_constructor_args=(settings_data,), concurrency=workers,
                               batch_size=BATCH_SIZE)


def _is_parquet(path: Path) -> bool:
    path = Path(path)
    return path.suffix == ".parquet" or (path.is_dir() and any(path.rglob("*.parquet")))


def iter_annotated(paths: list[Path], settings: Settings, workers: int = 2) -> Iterator[Document | Failure]:
    """Stream annotated documents back to the driver in order of completion."""
    for row in annotated_dataset(paths, settings, workers).iter_rows():
        yield _decode(row[RECORD])


def ingest_with_ray(paths: list[Path], store, settings: Settings, *, workers: int = 2,
                    progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """The Ray engine behind ``eventwire ingest --engine ray``: same results and summary as the local engine."""
    from eventwire.runner import record_item, timed_run

    require_ray()
    _quiet_ray()
    if not ray.is_initialized():
        # one CPU per annotating worker plus one for reading and the driver's own work
        ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    with timed_run(store, {"paths": [str(p) for p in paths], "engine": "ray", "workers": workers}) as summary:
        for item in iter_annotated(paths, settings, workers):
            record_item(item, store, summary)
            if progress:
                progress(summary)
    return summary


def _quiet_ray() -> None:
    """Our progress bar and summary replace Ray Data's own progress output."""
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)


def write_parquet(paths: list[Path], settings: Settings, out: Path, workers: int = 2) -> None:
    """Annotate on Ray and write the serialised documents to a Parquet dataset (id, date, document JSON)."""
    def to_columns(batch: dict) -> dict:
        documents = [json.loads(r) for r in batch[RECORD]]
        kept = [d["data"] for d in documents if d["kind"] == "document"]
        return {"id": [d["id"] for d in kept], "date": [d.get("date") for d in kept],
                "document": [json.dumps(d, ensure_ascii=False) for d in kept]}

    annotated_dataset(paths, settings, workers).map_batches(to_columns).write_parquet(str(out))
