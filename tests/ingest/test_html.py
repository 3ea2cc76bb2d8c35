"""HTML pages read with trafilatura: body, headline, metadata, and refusals."""

from __future__ import annotations

import pytest

from eventwire.document import Document
from eventwire.ingest import IngestError, read_bytes, read_html

PARAGRAPHS = [
    "Negotiators from both governments met on Tuesday in Doha for a third round of talks on prisoner exchanges.",
    "A spokesman for the mediators said the two delegations had agreed on a list of names and would meet again.",
    "Officials on both sides described the atmosphere as constructive but warned that several issues remained open.",
]

PAGE = f"""<!DOCTYPE html>
<html><head>
<title>Prisoner Talks Resume in Doha | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Sam Writer">
<meta property="article:published_time" content="2023-04-11T08:00:00Z">
<link rel="canonical" href="https://www.example-news.com/world/prisoner-talks-resume">
<script>var tracking = "SCRIPT-CONTENT-MUST-NOT-APPEAR";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Prisoner Talks Resume in Doha</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer>Copyright Example News</footer>
<script>document.write("SCRIPT-CONTENT-MUST-NOT-APPEAR")</script>
</body></html>"""


def test_html_body_keeps_paragraphs_separated_by_blank_lines():
    assert read_html(PAGE).text == "\n\n".join(PARAGRAPHS)


def test_html_script_content_is_not_in_text():
    assert "SCRIPT-CONTENT" not in read_html(PAGE).text


def test_html_headline_prefers_h1_over_title_with_site_name():
    assert read_html(PAGE).title == "Prisoner Talks Resume in Doha"


def test_html_metadata_fields():
    document = read_html(PAGE, "page.html")
    assert (document.date, document.url, document.outlet, document.author, document.source, document.format) == (
        "2023-04-11", "https://www.example-news.com/world/prisoner-talks-resume", "Example News", "Sam Writer",
        "page.html", "html")


def test_html_malformed_unclosed_markup_still_read():
    broken = "<html><body><div><article><h1>Talks Resume<p>" + "<p>".join(PARAGRAPHS) + "<div><span>"
    document = read_html(broken)
    assert all(paragraph in document.text for paragraph in PARAGRAPHS)


def test_html_bytes_with_declared_charset_decoded():
    page = PAGE.replace("<head>", '<head><meta charset="windows-1251">')
    page = page.replace(PARAGRAPHS[0], "Переговоры " + PARAGRAPHS[0])
    assert read_html(page.encode("windows-1251")).text.startswith("Переговоры ")


def test_html_page_without_article_raises_ingest_error():
    with pytest.raises(IngestError) as raised:
        read_html("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    assert raised.value.code == "html"


def test_html_sniffed_from_bytes_without_extension():
    (document,) = read_bytes(PAGE.encode(), "upload")
    assert isinstance(document, Document) and document.format == "html"


def test_html_without_article_is_a_failure_in_a_batch():
    (failure,) = read_bytes(b"<html><body><script>x()</script></body></html>", "empty.html")
    assert failure.code == "html" and "no article text" in failure.reason
