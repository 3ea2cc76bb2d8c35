"""Mojibake is repaired once per article text, and the repair never renames an article: its id comes from the text
as read, so a database stored before the repair existed is re-ingested without duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.document import Document
from eventwire.ingest import decode as decode_module
from eventwire.ingest import read_bytes
from eventwire.ingest.decode import MOJIBAKE_WARNING
from eventwire.runner import ingest
from eventwire.settings import Settings
from eventwire.store import Store

BROKEN_BODY = ("Negotiators returned to BogotÃ¡ on Monday \x97 the third round this year \x97 and said they "
               "donâ€™t expect a deal before the rainy season ends in the southern provinces.")
REPAIRED_BODY = ("Negotiators returned to Bogotá on Monday — the third round this year — and said they "
                 "don’t expect a deal before the rainy season ends in the southern provinces.")
CLEAN_BODY = "Farmers in the northern valley blocked the main road for a second day over water prices."

ARTICLES = {
    "jsonl": "\n".join(json.dumps({"title": title, "text": body}, ensure_ascii=False)
                       for title, body in (("Talks in BogotÃ¡", BROKEN_BODY), ("Road blocked", CLEAN_BODY))),
    "text": f"Talks in BogotÃ¡\n\n{BROKEN_BODY}",
    "html": f"<html><head><title>Talks in BogotÃ¡</title></head><body><article><h1>Talks in BogotÃ¡</h1>"
            f"<p>{BROKEN_BODY}</p><p>{CLEAN_BODY}</p></article></body></html>",
}


def _read(kind: str) -> list[Document]:
    documents = list(read_bytes(ARTICLES[kind].encode(), f"upload.{kind}"))
    assert all(isinstance(document, Document) for document in documents), documents
    return documents


@pytest.fixture
def reader_before_the_repair(monkeypatch):
    """An eventwire that did not repair mojibake yet: control characters stripped, nothing else."""
    monkeypatch.setattr(decode_module, "_repair_mojibake", lambda text: text)
    yield
    monkeypatch.undo()


@pytest.mark.parametrize("kind", ["jsonl", "text", "html"])
def test_repair_runs_once_on_each_article_text_never_on_the_whole_file(kind, monkeypatch):
    seen: list[str] = []
    repair = decode_module._repair_mojibake
    monkeypatch.setattr(decode_module, "_repair_mojibake", lambda text: seen.append(text) or repair(text))
    documents = _read(kind)
    with_body = [text for text in seen if "Negotiators" in text]
    assert len(with_body) == 1 and "{" not in with_body[0]  # one pass, on the record's text, not the JSON file
    assert REPAIRED_BODY in documents[0].text


def test_repair_warning_names_only_the_repaired_record_of_a_jsonl_file():
    repaired, clean = _read("jsonl")
    assert MOJIBAKE_WARNING in repaired.warnings and MOJIBAKE_WARNING not in clean.warnings


@pytest.mark.parametrize("kind", ["jsonl", "text", "html"])
def test_repaired_article_keeps_the_id_it_had_before_the_repair(kind, reader_before_the_repair, monkeypatch):
    ids_before = [document.id for document in _read(kind)]
    monkeypatch.undo()
    documents = _read(kind)
    assert [document.id for document in documents] == ids_before
    assert REPAIRED_BODY in documents[0].text and "BogotÃ¡" not in documents[0].text


class _NoStages:
    """Stores articles as read: the test is about ids and skipping, not annotation."""

    stage_names: list[str] = []
    disabled: dict[str, str] = {}

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def annotate(self, documents):
        yield from documents


def test_reingesting_a_database_stored_before_the_repair_adds_no_duplicate(tmp_path: Path, monkeypatch):
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(ARTICLES["jsonl"], encoding="utf-8")
    settings = Settings(db=str(tmp_path / "old.sqlite3"), workers=1)
    with Store(settings.database_url()) as store:
        with monkeypatch.context() as before_the_repair:
            before_the_repair.setattr(decode_module, "_repair_mojibake", lambda text: text)
            assert ingest([corpus], store, settings, pipeline=_NoStages(settings)).stored_new == 2
        for _ in range(2):  # re-ingest now, twice: nothing new either time
            summary = ingest([corpus], store, settings, pipeline=_NoStages(settings))
            assert (summary.stored_new, summary.skipped_existing) == (0, 2)
        assert store.counts()["articles"] == 2
