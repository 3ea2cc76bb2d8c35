"""The one exception of the ingest package: a refusal with a stable code, turned into a ``Failure`` in batches."""

from __future__ import annotations


class IngestError(Exception):
    """An input that cannot become a document; ``code`` is one of the ``Failure`` codes (html, encoding, ...)."""

    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.reason = " ".join(reason.split())
        self.code = code
