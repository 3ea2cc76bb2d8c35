"""The raw text-dump format ("seed": title, date line, photo credit, body, "Original url:") and plain text.

The dump is recognised by its shape, not its file name: a title line followed by a date line, or an
"Original url:" marker followed by a URL. Line shapes (month names, markers, prefixes) live in ``data/text_formats.yaml``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

import yaml

from eventwire.ingest.dates import normalise_date
from eventwire.ingest.urls import outlet_from_url, repair_url, url_characters_only

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_URL_START = re.compile(r"^(?:https?\s*:|www\.)", re.I)


@dataclass
class ParsedText:
    """Fields of a text article before it becomes a ``Document``."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    photo_credit: str | None = None
    related: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _shapes() -> dict:
    data = yaml.safe_load((files("eventwire.ingest") / "data" / "text_formats.yaml").read_text(encoding="utf-8"))
    data["date_line"] = _date_line_pattern(data)
    for key in ("url_markers", "related_prefixes", "credit_prefixes"):
        data[key + "_re"] = _prefix_pattern(data[key])
    data["byline_re"] = re.compile(rf"^(?:{_alternation(data['byline_prefixes'])})\s*:?\s+(\S.*)$", re.I)
    return data


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _prefix_pattern(words: list[str]) -> re.Pattern:
    """``Prefix: rest`` (colon required), capturing the rest."""
    return re.compile(rf"^\s*(?:{_alternation(words)})\s*:\s*(.*)$", re.I)


def _date_line_pattern(data: dict) -> re.Pattern:
    month, weekday = _alternation(data["months"]), _alternation(data["weekdays"])
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = (rf"(?:{month})\.?\s+{day},?\s+\d{{4}}|{day}\s+(?:{month})\.?,?\s+\d{{4}}"
            r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}")
    return re.compile(
        rf"^(?:(?:{_alternation(data['date_prefixes'])})\s*:?\s*)?(?:(?:{weekday})\.?,?\s+)?(?P<date>{date})"
        r"(?:[\s,T|]+[\d:.]+\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?\s*$",
        re.I,
    )


def date_in_line(line: str) -> str | None:
    """The date part of a line that is only a date (with optional prefix, weekday and time), else None."""
    match = _shapes()["date_line"].match(line.strip())
    return match.group("date") if match else None


def looks_like_headline(line: str) -> bool:
    limits = _shapes()["headline"]
    line = line.strip()
    return (0 < len(line) <= limits["max_chars"] and len(line.split()) <= limits["max_words"]
            and not line[0].islower() and not line.endswith((".", ",", ";", ":")) and not date_in_line(line))


def looks_like_credit(line: str) -> bool:
    limits = _shapes()["credit"]
    line = line.strip()
    if _shapes()["credit_prefixes_re"].match(line):
        return True
    return len(line) <= limits["max_chars"] and len(line.split()) <= limits["max_words"] and not line.endswith(
        (".", "!", "?", '"', "”", ":"))


def is_dump(text: str) -> bool:
    """A title line followed closely by a date line, or an "Original url:" marker line."""
    lines = text.split("\n")
    return len(_split_footer(lines)[0]) < len(lines) or _date_index(_nonblank(lines)) is not None


def parse_dump(text: str) -> ParsedText:
    """Split a dump into header (title, byline, date, credit), body paragraphs, related lines and its URL."""
    lines = text.split("\n")
    body_lines, url, trailing = _split_footer(lines)
    nonblank = _nonblank(body_lines)
    parsed = ParsedText(text="")
    body_start = _read_header(nonblank, parsed)
    body_lines = body_lines[nonblank[body_start][0]:] if body_start < len(nonblank) else []
    paragraphs = [clean_inline(p) for p in split_paragraphs(body_lines) + split_paragraphs(trailing)]
    for paragraph in filter(None, paragraphs):
        related = _shapes()["related_prefixes_re"].match(paragraph)
        if related:
            parsed.related.append(related.group(1).strip())
        else:
            parsed.text += ("\n\n" if parsed.text else "") + paragraph
    if url:
        parsed.url, parsed.outlet = url, outlet_from_url(url)
    return parsed


def parse_plain(text: str) -> ParsedText:
    """Plain text: the first line is the title when it reads like a headline and more text follows."""
    lines = text.split("\n")
    nonblank = _nonblank(lines)
    title = None
    if len(nonblank) > 1 and looks_like_headline(nonblank[0][1]):
        title = " ".join(nonblank[0][1].split())
        lines = lines[nonblank[0][0] + 1:]
    return ParsedText(text="\n\n".join(split_paragraphs(lines)), title=title)


def clean_inline(text: str) -> str:
    """Remove stray inline HTML tags, unescape entities, collapse runs of spaces."""
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def split_paragraphs(lines: list[str]) -> list[str]:
    """Blank lines separate paragraphs and lines inside one are unwrapped; without any blank line, one per line."""
    stripped = [line.strip() for line in lines]
    while stripped and not stripped[-1]:
        stripped.pop()
    while stripped and not stripped[0]:
        stripped.pop(0)
    if "" not in stripped:
        return [" ".join(line.split()) for line in stripped]
    blocks = re.split(r"\n\s*\n", "\n".join(stripped))
    return [" ".join(block.split()) for block in blocks if block.strip()]


def _nonblank(lines: list[str]) -> list[tuple[int, str]]:
    return [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]


def _date_index(nonblank: list[tuple[int, str]]) -> int | None:
    """Position (in ``nonblank``) of the date line right after the title and any bylines."""
    for position in range(1, min(len(nonblank), 1 + _shapes()["date_search_lines"])):
        line = nonblank[position][1]
        if date_in_line(line):
            return position
        if not _shapes()["byline_re"].match(line):
            return None
    return None


def _read_header(nonblank: list[tuple[int, str]], parsed: ParsedText) -> int:
    """Fill title, author, date and photo credit; return the position of the first body line."""
    date_position = _date_index(nonblank)
    if not nonblank or (date_position is None and not looks_like_headline(nonblank[0][1])):
        return 0
    parsed.title = clean_inline(nonblank[0][1])
    if date_position is None:
        return 1
    for _, line in nonblank[1:date_position]:
        parsed.author = clean_inline(_shapes()["byline_re"].match(line).group(1))
    parsed.date, warning = normalise_date(date_in_line(nonblank[date_position][1]))
    parsed.warnings += [warning] if warning else []
    credit_position = date_position + 1
    if credit_position + 1 < len(nonblank) and looks_like_credit(nonblank[credit_position][1]):
        credit = clean_inline(nonblank[credit_position][1])
        prefixed = _shapes()["credit_prefixes_re"].match(credit)
        parsed.photo_credit = prefixed.group(1).strip() if prefixed else credit
        return credit_position + 1
    return credit_position


def _split_footer(lines: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Cut the last "Original url:" section off: (lines before it, repaired URL, other lines after it).

    A marker counts only when a URL or nothing follows it, so a body line like "URL: see below" stays body.
    """
    marker_re = _shapes()["url_markers_re"]
    for marker in reversed(range(len(lines))):
        match = marker_re.match(lines[marker])
        candidates = [line for line in [match.group(1), *lines[marker + 1:]] if line.strip()] if match else []
        if not match or (candidates and not _continues_url(candidates[0], [])):
            continue
        pieces = candidates[:1]
        for line in candidates[1:]:
            if not _continues_url(line, pieces):
                break
            pieces.append(line)
        return lines[:marker], (repair_url(" ".join(pieces)) if pieces else None), candidates[len(pieces):]
    return lines, None, []


def _continues_url(line: str, pieces: list[str]) -> bool:
    """The first piece starts like a URL; later pieces are URL-like fragments (at most one space inside)."""
    line = line.strip()
    if not pieces:
        return bool(_URL_START.match(line)) and url_characters_only(line)
    return (not _URL_START.match(line) and url_characters_only(line) and len(line.split()) <= 2
            and bool(re.search(r"[-/_.=?&%#]", line)))
