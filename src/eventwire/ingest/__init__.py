"""Readers: files, folders, uploads and HTML pages to ``Document`` values, or ``Failure`` values that say why not."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from eventwire.ingest.errors import IngestError
from eventwire.ingest.html import read_html
from eventwire.ingest.readers import read_bytes, read_paths, sniff
from eventwire.ingest.urls import outlet_from_url, repair_url


def demo_corpus_path() -> Path:
    """The folder of demo articles shipped with the package (written by the project team, MIT)."""
    return Path(str(files("eventwire.demo") / "articles"))


__all__ = ["IngestError", "demo_corpus_path", "outlet_from_url", "read_bytes", "read_html", "read_paths",
           "repair_url", "sniff"]
