"""JSON Lines articles: good lines read, each bad line a failure of its own."""

from __future__ import annotations

import json

from eventwire.document import Document, Failure, content_id
from eventwire.ingest import read_bytes


def _lines(*records: object) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records).encode()


def test_jsonl_fields_read_and_normalised():
    data = _lines({"text": "Talks resumed.", "title": "Talks", "date": "March 3, 2023",
                   "url": "https://www.bbc.co.uk/news/ world-1"})
    (document,) = read_bytes(data, "a.jsonl")
    assert (document.date, document.url, document.outlet, document.format) == (
        "2023-03-03", "https://www.bbc.co.uk/news/world-1", "BBC", "jsonl")


def test_jsonl_given_id_is_kept_else_content_id():
    given, derived = read_bytes(_lines({"id": "x-1", "text": "One."}, {"text": "Two.", "title": "T"}), "a.jsonl")
    assert given.id == "x-1"
    assert derived.id == content_id("Two.", "T")


def test_jsonl_bad_lines_fail_alone_with_line_numbers():
    data = _lines({"text": "Good one."}, "{not json", {"title": "no text"}, "[1, 2]", "", {"text": "Good two."})
    results = list(read_bytes(data, "a.jsonl"))
    assert [r.text for r in results if isinstance(r, Document)] == ["Good one.", "Good two."]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [(f.source, f.code) for f in failures] == [
        ("a.jsonl:2", "json"), ("a.jsonl:3", "json"), ("a.jsonl:4", "json")]
    assert "missing or empty 'text'" in failures[1].reason


def test_jsonl_unparseable_date_kept_with_warning():
    (document,) = read_bytes(_lines({"text": "Talks.", "date": "2023-02-30"}), "a.jsonl")
    assert document.date is None and document.warnings[0].startswith("date: ")


def test_jsonl_pretty_printed_array_read_whole():
    data = json.dumps([{"text": "One."}, {"text": "Two."}], indent=2).encode()
    assert [d.source for d in read_bytes(data, "a.json")] == ["a.json[1]", "a.json[2]"]


def test_jsonl_text_that_cleaning_empties_is_a_failure():
    data = b'{"text": "\\uda00 ", "title": "x"}\n{"text": "Rain fell."}\n'
    first, second = read_bytes(data, "feed.jsonl")
    assert isinstance(first, Failure) and first.code == "json" and first.source == "feed.jsonl:1"
    assert isinstance(second, Document) and second.text == "Rain fell."
