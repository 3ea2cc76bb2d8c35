"""JSON Lines articles: one object per line with ``text`` and optional ``title``, ``date``, ``url``, ``outlet``,
``author``, ``id``. A bad line becomes a ``Failure`` for that line (``path:LINE``); the other lines go on."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from eventwire.document import Document, Failure
from eventwire.ingest.dates import normalise_date
from eventwire.ingest.decode import clean_article_text, clean_text, id_as_read, strip_controls
from eventwire.ingest.urls import outlet_from_url, repair_url

OPTIONAL_TEXT_FIELDS = ("title", "url", "outlet", "author")


def looks_like_json(text: str) -> bool:
    """An object on the first line (JSON Lines), or one whole JSON array of objects."""
    head = text.lstrip()
    if head.startswith("{"):
        return True
    if head.startswith("["):
        try:
            return isinstance(json.loads(text), list)
        except ValueError:
            return False
    return False


def read_jsonl(text: str, source: str) -> Iterator[Document | Failure]:
    """Yield one document or failure per non-blank line; a single JSON array or object is read whole."""
    whole = _whole_document(text)
    if whole is not None:
        records = whole if isinstance(whole, list) else [whole]
        for index, record in enumerate(records, start=1):
            yield record_to_document(record, f"{source}[{index}]" if isinstance(whole, list) else source)
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Failure(f"{source}:{number}", f"invalid JSON ({_first_line(error)})", "json")
            continue
        yield record_to_document(record, f"{source}:{number}")


def record_to_document(record: Any, source: str) -> Document | Failure:
    """One JSON object to a document; ``date`` falls back to ``dct`` (the gold files' document creation time)."""
    if not isinstance(record, dict):
        return Failure(source, f"expected a JSON object, got {type(record).__name__}", "json")
    text_as_read = record.get("text")
    text, text_warnings = clean_article_text(text_as_read) if isinstance(text_as_read, str) else (None, [])
    if text is None or not text.strip():  # cleaning may leave nothing: a lone surrogate ("\uda00") is dropped
        return Failure(source, "missing or empty 'text' field", "json")
    fields = {key: _text_field(record.get(key)) for key in OPTIONAL_TEXT_FIELDS}
    date, warning = normalise_date(_text_field(record.get("date") or record.get("dct")))
    url = repair_url(fields["url"]) if fields["url"] else None
    # without an id of its own, the id comes from the text as read, before mojibake repair (see ``id_as_read``)
    own_id = _text_field(record.get("id"))
    return Document(
        text=text,
        id=own_id or id_as_read(text_as_read, _text_field(record.get("title"), strip_controls)),
        title=fields["title"],
        date=date,
        url=url,
        outlet=fields["outlet"] or (outlet_from_url(url) if url else None),
        author=fields["author"],
        source=source,
        format="jsonl",
        warnings=text_warnings + ([warning] if warning else []),
    )


def _whole_document(text: str) -> Any:
    """The parsed value when the whole text is one JSON value spread over lines (not JSON Lines), else None."""
    if "\n" not in text.strip():
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, (list, dict)) else None


def _text_field(value: Any, clean: Callable[[str], str] = clean_text) -> str | None:
    """Strings and numbers become one-line text; anything else (lists, objects, null) is ignored."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return " ".join(clean(str(value)).split()) or None


def _first_line(error: Exception) -> str:
    return str(error).split("\n")[0]
