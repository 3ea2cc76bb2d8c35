"""Hypothesis strategies for hostile input: the kinds of bytes a news crawl really delivers, and worse."""

from __future__ import annotations

import codecs
import json

from hypothesis import strategies as st

#: Invisible and direction-changing characters that copy-pasted news text carries.
ZERO_WIDTH_AND_BIDI = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e" \
                      "\u2066\u2067\u2068\u2069"
ODD_CHARACTERS = [*ZERO_WIDTH_AND_BIDI, "\x00", "\x1b", "\x7f", "\x85", "\ufffd", "\ufffe", "\r", "\t", "\u0301",
                  "\U0001f600", "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&#1114112;", "\\", "'", '"', "\ud800"]
WORDS = ["talks", "Kyiv", "officials", "ceasefire", "said", "Monday", "President", "Putin", "NATO", "وقف", "النار",
         "Киев", "переговоры", "台北", "会谈", "שלום", "café", "naïve", "Ωmega"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "koi8-r",
             "shift_jis", "gb18030"]
BOMS = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]
BAD_DATES = ["February 30, 2022", "April 31 2023", "2022-02-30", "13/13/2022", "0000-00-00", "March 99, 2022",
             "Feb 29, 2023", "31.02.2022", "99999-01-01", "Monday", "1e400", "June 2022", "2022-W08",
             "32 January 2022", "yesterday", "9" * 40]
HTML_TAGS = ["div", "p", "span", "article", "main", "table", "td", "tr", "script", "style", "b", "i", "a", "h1",
             "html", "body", "head", "title", "meta", "svg", "noscript", "template", "iframe"]
URL_PIECES = ["https", "http", ":", "//", "/", "www.", "example", ".com", "news", "2022", "?id=", "&", "#", "%",
              "%zz", "[", "]", "[::1", "@", "..", " ", "\n", "\u200b", "ht tps", "https : / /", "&amp;", "é"]


def hostile_text(min_words: int = 0, max_words: int = 60) -> st.SearchStrategy[str]:
    """Words mixed with invisible, bidirectional, control and markup characters, joined by odd separators."""
    token = st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD_CHARACTERS), st.text(max_size=8))
    separator = st.sampled_from([" ", "\n", "\n\n", "\r\n", "\t", "", "\u2028", "\u00a0"])
    return st.lists(st.tuples(token, separator), min_size=min_words, max_size=max_words).map(
        lambda pairs: "".join(word + sep for word, sep in pairs))


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


@st.composite
def mixed_encoding_bytes(draw) -> bytes:
    """Pieces of text, each in another encoding, concatenated (what a badly merged crawl file holds)."""
    pieces = draw(st.lists(st.tuples(hostile_text(1, 12), st.sampled_from(ENCODINGS)), min_size=1, max_size=5))
    return b"".join(_encode(text, encoding) for text, encoding in pieces)


@st.composite
def bom_bytes(draw) -> bytes:
    """A byte-order mark in front of text in the same or another encoding."""
    text = draw(hostile_text(1, 30))
    return draw(st.sampled_from(BOMS)) + _encode(text, draw(st.sampled_from(ENCODINGS)))


@st.composite
def nul_bytes(draw) -> bytes:
    """Readable text with NUL bytes sprinkled in."""
    data = bytearray(draw(hostile_text(5, 40)).encode("utf-8", errors="surrogatepass"))
    for position in draw(st.lists(st.integers(0, len(data)), min_size=1, max_size=20)):
        data.insert(position, 0)
    return bytes(data)


@st.composite
def broken_html(draw) -> bytes:
    """Deeply nested, unclosed or mis-closed markup with entities and text scattered in."""
    parts = []
    for _ in range(draw(st.integers(1, 40))):
        tag = draw(st.sampled_from(HTML_TAGS))
        kind = draw(st.sampled_from(["open", "open", "close", "text", "comment", "attr", "cdata"]))
        parts.append({"open": f"<{tag}>", "close": f"</{tag}>", "comment": "<!-- unclosed comment",
                      "attr": f'<{tag} class="x" onload=\'alert(1)\' data-x="', "cdata": "<![CDATA[",
                      "text": draw(hostile_text(1, 15))}[kind])
    depth = draw(st.integers(0, 600))
    page = "<html><body>" + "<div>" * depth + "".join(parts)
    return _encode(page, draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])))


def broken_url() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(URL_PIECES), min_size=1, max_size=14).map("".join)


@st.composite
def text_dump(draw) -> bytes:
    """The raw dump format with an impossible date and a URL broken in several places."""
    title = draw(st.sampled_from(["Ceasefire talks resume", "", "   ", "A" * 400, "Talks\u202e reversed"]))
    body = draw(hostile_text(0, 40))
    page = (f"{title}\n{draw(st.sampled_from(BAD_DATES))}\n\n{body}\n\n"
            f"Original url:\n{draw(broken_url())}\n{draw(broken_url())}\n")
    return page.encode("utf-8", errors="surrogatepass")


@st.composite
def jsonl_records(draw) -> bytes:
    """JSON Lines whose fields have the wrong types, bad dates, broken URLs, surrogates and invalid lines."""
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            record = {"text": draw(st.one_of(hostile_text(0, 30), st.integers(), st.none(), st.lists(st.text()))),
                      "title": draw(st.one_of(st.text(max_size=30), st.none(), st.floats(), st.booleans())),
                      "date": draw(st.one_of(st.sampled_from(BAD_DATES), st.text(max_size=20), st.integers())),
                      "url": draw(st.one_of(broken_url(), st.integers())),
                      "id": draw(st.one_of(st.none(), st.text(max_size=20), st.integers()))}
            lines.append(json.dumps(record))
        else:
            lines.append(draw(st.sampled_from(['{"text": ', "[1, 2", "{}", "null", '{"text": "\\ud800 x"}', "{"])))
    return "\n".join(lines).encode("utf-8", errors="surrogatepass")


def hostile_bytes() -> st.SearchStrategy[bytes]:
    """Any of the hostile inputs above, or plain random bytes."""
    return st.one_of(st.binary(max_size=3000), mixed_encoding_bytes(), bom_bytes(), nul_bytes(), broken_html(),
                     text_dump(), jsonl_records())
