"""HTML pages to documents with trafilatura: body text, headline, date, author, outlet and canonical URL."""

from __future__ import annotations

import html as html_entities
import logging
import re

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from eventwire.document import Document
from eventwire.ingest.dates import normalise_date
from eventwire.ingest.decode import clean_article_text, decode, id_as_read, strip_controls
from eventwire.ingest.errors import IngestError
from eventwire.ingest.urls import outlet_from_url, repair_url

# Tuned on shared/gold/extraction (body F1, wcxb_dev / scrapinghub): comments off everywhere (reader discussion is
# not the article). trafilatura's recall mode alone scored 0.951 / 0.955, precision mode 0.903 / 0.961. Taking the
# precise text unless the recall text has at least RECALL_SWITCH_RATIO times as many words scored 0.954 / 0.961
# (1.2: 0.952 / 0.958; 2.0: 0.951 / 0.965): precision mode drops boilerplate but sometimes whole sections.
PRECISION_OPTIONS = {"include_comments": False, "favor_precision": True}
RECALL_OPTIONS = {"include_comments": False, "favor_recall": True}
RECALL_SWITCH_RATIO = 1.5

MIN_ARTICLE_WORDS = 10  # fewer words is a menu or a "Home" link, not an article (the shortest gold body has 18)
MAX_HEADLINE_CHARS = 300  # a longer <h1> is a page banner or a mis-tagged paragraph, not a headline

logging.getLogger("trafilatura").addHandler(logging.NullHandler())


def read_html(html: str | bytes, source: str = "") -> Document:
    """Extract the article of one HTML page; raise ``IngestError`` (code "html", ...) when there is none."""
    page_as_read, warnings = decode(html) if isinstance(html, bytes) else (html, [])
    page, repair_warnings = clean_article_text(page_as_read)
    if not page.strip():
        raise IngestError("empty HTML page", "empty")
    title, text, extracted = _article(page)
    date, warning = normalise_date(extracted.date)
    url = repair_url(extracted.url) if extracted.url else None
    return Document(
        text=text,
        id=_id_as_read(page_as_read, text, title) if repair_warnings else id_as_read(text, title),
        title=title,
        date=date,
        url=url,
        outlet=_one_line(extracted.sitename) or (outlet_from_url(url) if url else None),
        author=_one_line(extracted.author),
        source=source or None,
        format="html",
        warnings=warnings + repair_warnings + ([warning] if warning else []),
    )


def _article(page: str) -> tuple[str | None, str, trafilatura.settings.Document]:
    """Headline, body text and metadata of a cleaned page; ``IngestError`` when it holds no article."""
    headings, extracted, text = _parse(page)
    title = _headline(_one_line(extracted.title), headings)
    text = _without_headline(text, title)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise IngestError(f"no article text found in the HTML page ({len(text.split())} words)", "html")
    return title, text, extracted


def _id_as_read(page_as_read: str, text: str, title: str | None) -> str:
    """The id of a page whose mojibake was repaired, from the article its unrepaired text gives (see
    ``id_as_read``; extracting twice costs only the rare mis-encoded page), else from the repaired article."""
    try:
        title, text, _ = _article(strip_controls(page_as_read))
    except IngestError:  # unreadable before the repair: no earlier version can have stored it under another id
        pass
    return id_as_read(text, title)


def _parse(html: str) -> tuple[list[str], trafilatura.settings.Document, str]:
    """Headings, metadata and body text of a page; an empty result when lxml finds no page at all."""
    try:
        tree = load_html(html)
        if tree is None:
            return [], trafilatura.settings.Document(), ""
        return _headings(tree), *_extract(tree)
    except Exception as error:  # trafilatura and lxml raise many types on broken markup: all mean "no article"
        raise IngestError(f"HTML could not be parsed ({type(error).__name__}: {error})", "html") from error


def _extract(tree: HtmlElement) -> tuple[trafilatura.settings.Document, str]:
    """Metadata and body text; the precise body unless the recall body is much longer (see RECALL_SWITCH_RATIO)."""
    recall = trafilatura.bare_extraction(tree, with_metadata=True, **RECALL_OPTIONS)
    if recall is None:
        return trafilatura.settings.Document(), ""
    precise = trafilatura.bare_extraction(tree, **PRECISION_OPTIONS)
    recall_text, precise_text = _paragraphs(recall.text), _paragraphs(precise.text if precise else "")
    if len(recall_text.split()) >= RECALL_SWITCH_RATIO * len(precise_text.split()):
        return recall, recall_text
    return recall, precise_text


def _headings(tree: HtmlElement) -> list[str]:
    """Texts of the page's <h1> elements, read before trafilatura prunes the tree."""
    texts = (_one_line(h1.text_content()) for h1 in tree.iter("h1"))
    return [text for text in texts if text and len(text) <= MAX_HEADLINE_CHARS]


def _headline(meta_title: str | None, headings: list[str]) -> str | None:
    """The <h1> that shares most words with the metadata title (which often carries " | Site name"), else the
    first <h1>, else the metadata title. On wcxb_dev this lifts exact title matches from 48% to 79%."""
    if not headings:
        return meta_title
    best = max(headings, key=lambda heading: _word_overlap(heading, meta_title))
    return best if _word_overlap(best, meta_title) > 0 else headings[0]


def _without_headline(text: str, title: str | None) -> str:
    """Drop a first paragraph that repeats the headline: the title is a field, not body text."""
    first, _, rest = text.partition("\n\n")
    return rest if title and first.casefold() == title.casefold() else text


def _word_overlap(a: str, b: str | None) -> float:
    words_a, words_b = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", (b or "").lower()))
    return len(words_a & words_b) / len(words_a | words_b) if words_a | words_b else 0.0


def _paragraphs(text: str | None) -> str:
    """trafilatura puts one paragraph per line; the document model separates paragraphs by blank lines."""
    return "\n\n".join(" ".join(line.split()) for line in strip_controls(text or "").split("\n") if line.strip())


def _one_line(value: str | None) -> str | None:
    return " ".join(html_entities.unescape(value).split()) or None if value else None
