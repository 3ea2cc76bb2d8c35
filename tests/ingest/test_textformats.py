"""The raw text-dump ("seed") format and plain text files."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.ingest import read_bytes, read_paths, sniff

DUMP = """

Ministers Meet in Vienna to Discuss Grain Corridor

March 3, 2023



Photo: Agency pool

Foreign ministers <b>met</b> on Friday in Vienna &amp; agreed to keep talking.

Related article: Grain Prices Fall After Deal

"We will meet again," one minister said.

Original url:

https://www.reuters.com/world/europe/ministers-meet-in-vienna-to-disc
uss-grain-corridor-2023-03-03
"""


def _read_one(text: str, source: str = "upload.txt") -> Document:
    (document,) = read_bytes(text.encode("utf-8"), source)
    assert isinstance(document, Document), document
    return document


def test_textformats_seed_file_matches_gold(shared, seed_gold):
    (document,) = read_paths([shared / "corpus" / "seed"])
    for field in ("text", "title", "date", "url", "outlet", "photo_credit"):
        assert getattr(document, field) == seed_gold[field], field
    assert document.format == "seed"


def test_textformats_seed_related_line_kept_apart(shared):
    (document,) = read_paths([shared / "corpus" / "seed"])
    assert document.related == ["Ukraine Soldiers Battle Russian Troops in Capital"]
    assert "Related article" not in document.text


def test_textformats_dump_detected_by_content_not_name():
    assert sniff(DUMP) == "seed"
    assert _read_one(DUMP, "no-extension").format == "seed"


def test_textformats_dump_header_fields():
    document = _read_one(DUMP)
    assert (document.title, document.date, document.photo_credit) == (
        "Ministers Meet in Vienna to Discuss Grain Corridor", "2023-03-03", "Agency pool")


def test_textformats_dump_inline_html_removed_and_entities_unescaped():
    document = _read_one(DUMP)
    assert document.text.startswith("Foreign ministers met on Friday in Vienna & agreed to keep talking.")


def test_textformats_dump_url_broken_across_lines_is_joined():
    document = _read_one(DUMP)
    expected = "https://www.reuters.com/world/europe/ministers-meet-in-vienna-to-discuss-grain-corridor-2023-03-03"
    assert document.url == expected
    assert document.outlet == "Reuters"
    assert "reuters" not in document.text


def test_textformats_dump_paragraphs_joined_by_blank_lines():
    document = _read_one(DUMP)
    assert document.text.split("\n\n") == [
        "Foreign ministers met on Friday in Vienna & agreed to keep talking.",
        '"We will meet again," one minister said.',
    ]
    assert document.related == ["Grain Prices Fall After Deal"]


def test_textformats_dump_impossible_date_kept_with_warning():
    document = _read_one(DUMP.replace("March 3, 2023", "February 30, 2023"))
    assert document.date is None
    assert len(document.warnings) == 1 and document.warnings[0].startswith("date: ")
    assert "February 30, 2023" in document.warnings[0]


def test_textformats_dump_without_credit_line_starts_body_after_date():
    text = "Talks Collapse in Geneva\n\nApril 2, 2023\n\nThe talks collapsed on Sunday.\n\nBoth sides left."
    document = _read_one(text)
    assert document.photo_credit is None
    assert document.text.startswith("The talks collapsed on Sunday")


def test_textformats_dump_byline_becomes_author():
    text = "Talks Collapse in Geneva\nBy Jane Roe\nApril 2, 2023\n\nThe talks collapsed on Sunday.\n\nBoth sides left."
    assert _read_one(text).author == "Jane Roe"


def test_textformats_plain_text_headline_becomes_title():
    document = _read_one("Border Reopens After Talks\n\nThe border reopened on Monday.\n")
    assert document.format == "text"
    assert document.title == "Border Reopens After Talks"
    assert document.text == "The border reopened on Monday."


def test_textformats_plain_text_wrapped_lines_unwrapped_within_paragraphs():
    document = _read_one("Border Reopens\n\nThe border reopened\non Monday.\n\nTrucks crossed\nat dawn.\n")
    assert document.text == "The border reopened on Monday.\n\nTrucks crossed at dawn."


def test_textformats_plain_text_sentence_first_line_is_not_a_title():
    document = _read_one("The border reopened on Monday.\nTrucks crossed at dawn.\n")
    assert document.title is None
    assert document.text == "The border reopened on Monday.\n\nTrucks crossed at dawn."


def test_textformats_crlf_and_control_characters_cleaned():
    document = _read_one("Border Reopens\r\n\r\nThe border\x07 reopened\x00 on Monday.\r\n\r\nTrucks crossed.\r\n")
    assert document.text == "The border reopened on Monday.\n\nTrucks crossed."


def test_textformats_long_sentence_title_accepted_when_a_date_line_follows():
    text = "Ministers met in Vienna on Friday and agreed to talk again.\n\nMarch 3, 2023\n\nThe talks went on.\n\nMore."
    document = _read_one(text)
    assert (document.format, document.date) == ("seed", "2023-03-03")
    assert document.title == "Ministers met in Vienna on Friday and agreed to talk again."


def test_textformats_url_marker_without_url_stays_in_body():
    document = _read_one("Border Reopens\n\nThe border reopened.\n\nURL: none was given\n\nTrucks crossed.")
    assert document.format == "text" and "URL: none was given" in document.text


def test_textformats_lines_after_the_url_are_kept_as_body():
    document = _read_one(DUMP + "\nCopyright the agency 2023\n")
    assert document.url.endswith("grain-corridor-2023-03-03")
    assert document.text.endswith("Copyright the agency 2023")
