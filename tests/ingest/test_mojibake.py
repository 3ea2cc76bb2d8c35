"""Articles that were decoded with the wrong codec before they reached us get their characters back, with a warning;
good text, curly quotes included, passes unchanged."""

from __future__ import annotations

import json

import pytest

from eventwire.document import Document
from eventwire.ingest import read_bytes
from eventwire.ingest.decode import MOJIBAKE_WARNING, clean_text


@pytest.mark.parametrize(("broken", "repaired"), [
    ("The mayor of SÃ£o Paulo met reporters.", "The mayor of São Paulo met reporters."),
    ("Officials said they donâ€™t expect talks.", "Officials said they don’t expect talks."),
    ("NEWARK \x97 The council voted.", "NEWARK — The council voted."),
    ("The gang was\u00c2 after him.", "The gang was\u00a0after him."),
], ids=["utf8-read-as-latin1", "utf8-read-as-cp1252", "cp1252-dash-left-as-c1-control",
        "no-break-space-read-as-latin1-then-its-second-byte-a-space"])
def test_mojibake_in_jsonl_text_is_repaired_with_a_warning(broken, repaired):
    (document,) = read_bytes(json.dumps({"text": broken}).encode(), "a.jsonl")
    assert isinstance(document, Document)
    assert document.text == repaired
    assert MOJIBAKE_WARNING in document.warnings


def test_mojibake_in_a_plain_text_file_is_repaired():
    data = "Talks in BogotÃ¡ resume\n\nNegotiators returned to BogotÃ¡ on Monday.".encode()
    (document,) = read_bytes(data, "a.txt")
    assert "Bogotá on Monday" in document.text and MOJIBAKE_WARNING in document.warnings


@pytest.mark.parametrize("good", [
    "“We will not retreat,” Peskov said in Moscow.",
    "Le café naïve, à la carte, Zürich, Kraków, İstanbul.",
    "Prices rose 5°C — and ¼ of voters said “no”.",
], ids=["curly-quotes", "accented-words", "symbols-and-dashes"])
def test_good_text_passes_unchanged_and_unwarned(good):
    (document,) = read_bytes(json.dumps({"text": good}).encode(), "a.jsonl")
    assert document.text == good and MOJIBAKE_WARNING not in document.warnings


def test_metadata_fields_are_repaired_too():
    assert clean_text("JuliÃ¡n Castro") == "Julián Castro"
