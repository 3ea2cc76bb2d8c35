"""Files, folders and uploaded bytes to documents: the format is sniffed from the content, never trusted from the
file name, and every problem becomes a ``Failure`` value so one bad file never stops a batch."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml

from eventwire.document import Document, Failure
from eventwire.ingest.decode import (
    clean_article_text, decode, gunzip, id_as_read, is_gzip, size_limit_reason, strip_controls,
)
from eventwire.ingest.errors import IngestError
from eventwire.ingest.html import read_html
from eventwire.ingest.jsonl import looks_like_json, read_jsonl
from eventwire.ingest.textformats import ParsedText, is_dump, parse_dump, parse_plain
from eventwire.settings import Settings

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section"
    r"|div|p|h[1-6]|table|span|a|br|header|nav|link|script|style)\b", re.I | re.S)
_HTML_ANYWHERE = re.compile(r"<(?:!doctype\s+html|html|body)\b", re.I)
log = logging.getLogger(__name__)
MAX_GZIP_LAYERS = 2  # a .gz inside a .gz is read; deeper nesting is refused as suspicious


def read_paths(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Document | Failure]:
    """Read files and folders (recursively, sorted, hidden files skipped), one result per article or failure."""
    settings = settings or Settings()
    if isinstance(paths, (str, Path)):  # one path given bare: read it, not its characters
        paths = [paths]
    for path in map(Path, paths):
        if path.is_dir():
            for item in _walk(path):
                yield from [item] if isinstance(item, Failure) else read_file(item, settings)
        else:
            yield from read_file(path, settings)


def read_file(path: Path, settings: Settings) -> Iterator[Document | Failure]:
    """Read one file; its size is checked before any byte is read."""
    source = str(path)
    try:
        if not path.is_file():
            reason = "not a regular file" if path.exists() else "no such file"
            yield Failure(source, reason, "io")
            return
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            yield Failure(source, size_limit_reason(size, settings.max_file_bytes), "too-large")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Failure(source, f"cannot read file ({error.strerror or error})", "io")
        return
    yield from read_bytes(data, source, settings)


def read_bytes(data: bytes, source: str, settings: Settings | None = None) -> Iterator[Document | Failure]:
    """Read the articles of one upload or file content: gz, JSONL, HTML, text dump or plain text, by sniffing."""
    settings = settings or Settings()
    try:
        for item in _read_content(data, source, settings):
            yield _within_limit(item, settings)
    except IngestError as error:
        yield Failure(source, error.reason, error.code)
    except Exception as error:  # a reader bug on odd input must cost one file, not the batch
        yield Failure(source, f"unexpected {type(error).__name__} while reading: {_one_line(error)}", "io")


def sniff(text: str) -> str:
    """The format of decoded text: jsonl, html, seed (the raw text dump) or text."""
    if looks_like_json(text):
        return "jsonl"
    if _HTML_START.match(text) or _HTML_ANYWHERE.search(text[:2048]):
        return "html"
    return "seed" if is_dump(text) else "text"


def _read_content(data: bytes, source: str, settings: Settings) -> Iterator[Document | Failure]:
    if len(data) > settings.max_file_bytes:
        raise IngestError(size_limit_reason(len(data), settings.max_file_bytes), "too-large")
    for _ in range(MAX_GZIP_LAYERS):
        if is_gzip(data):
            data = gunzip(data, settings.max_file_bytes)
    if is_gzip(data):
        raise IngestError(f"more than {MAX_GZIP_LAYERS} nested gzip layers", "binary")
    text, warnings = decode(data)
    kind = sniff(text)
    if kind == "jsonl":  # each record's text is repaired and cleaned on its own
        for item in read_jsonl(text, source):
            if isinstance(item, Document):
                item.warnings[:0] = warnings
            yield item
    elif kind == "html":
        document = read_html(text, source)
        document.warnings[:0] = warnings
        yield document
    else:
        yield _text_document(text, source, kind, warnings)


def _text_document(text_as_read: str, source: str, kind: str, warnings: list[str]) -> Document:
    """A text dump or plain text article, repaired; its id is the one its text as read gives (see ``id_as_read``)."""
    text, repair_warnings = clean_article_text(text_as_read)
    parsed = _parse_text(text, kind)
    if not parsed.text.strip():
        raise IngestError("no article body (only a header or related-article lines)", "empty")
    as_read = _parse_text(strip_controls(text_as_read), kind) if repair_warnings else parsed
    return Document(
        text=parsed.text, id=id_as_read(as_read.text, as_read.title), title=parsed.title, date=parsed.date,
        url=parsed.url, outlet=parsed.outlet, author=parsed.author, photo_credit=parsed.photo_credit,
        related=parsed.related, source=source, format=kind, warnings=warnings + repair_warnings + parsed.warnings,
    )


def _parse_text(text: str, kind: str) -> ParsedText:
    return parse_dump(text) if kind == "seed" else parse_plain(text)


def _within_limit(item: Document | Failure, settings: Settings) -> Document | Failure:
    if isinstance(item, Document) and len(item.text) > settings.max_article_chars:
        reason = f"article of {len(item.text):,} characters exceeds the {settings.max_article_chars:,}-character limit"
        return Failure(item.source or "", reason, "too-large")
    return item


def _walk(root: Path) -> Iterator[Path | Failure]:
    """Files under ``root`` in sorted order, hidden files and folders and a corpus's own documentation and code
    skipped (``data/not_articles.yaml``); an unreadable folder is a failure."""
    errors: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=errors.append):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        yield from _listing_failures(errors, root)
        yield from (Path(folder) / name for name in sorted(names) if not name.startswith(".") and _may_be_article(name))
    yield from _listing_failures(errors, root)


def _may_be_article(name: str) -> bool:
    path, skipped = Path(name.lower()), _not_articles()
    if path.suffix in skipped["suffixes"] or path.stem in skipped["stems"]:
        log.info("skipped %s in a folder: documentation or code, not an article (name the file to read it)", name)
        return False
    return True


@lru_cache(maxsize=1)
def _not_articles() -> dict[str, frozenset[str]]:
    data = yaml.safe_load((files("eventwire.ingest") / "data" / "not_articles.yaml").read_text(encoding="utf-8"))
    return {key: frozenset(values) for key, values in data.items()}


def _listing_failures(errors: list[OSError], root: Path) -> Iterator[Failure]:
    while errors:
        error = errors.pop(0)
        yield Failure(str(error.filename or root), f"cannot list folder ({error.strerror or error})", "io")


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:300]
