"""Exports of the event record: GDELT 2.0 TSV, PLOVER JSON, CSV and partitioned Parquet."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from eventwire.document import Document
from eventwire.export.formats import EXPORTERS, Exporter, ExportTargetError
from eventwire.export.rows import EVENT_COLUMNS, EVENT_ROW_ANNOTATIONS, EventFilter, event_rows

__all__ = ["EXPORTERS", "EVENT_COLUMNS", "EVENT_ROW_ANNOTATIONS", "EventFilter", "Exporter", "ExportTargetError",
           "export_documents", "event_rows"]


def export_documents(documents: Iterable[Document], fmt: str, path: Path,
                     event_filter: EventFilter | None = None) -> int:
    """Write the events of ``documents`` that pass ``event_filter`` to ``path`` in format ``fmt``."""
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(EXPORTERS)}")
    with EXPORTERS[fmt](path) as exporter:
        for row in event_rows(documents, event_filter):
            exporter.write(row)
    return exporter.count
