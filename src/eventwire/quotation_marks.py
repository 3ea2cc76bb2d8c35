"""Quotation marks: where direct speech starts and ends, paragraph by paragraph, for every stage that reads them.

Straight and curly double quotes, guillemets, the NYT's doubled apostrophes, and top-level curly single quotes
(not apostrophes) are recognised. A quotation left open at the end of a paragraph continues in the next
paragraph when that one opens a quotation: the newswire convention for multi-paragraph quotes.

The actors stage (pronoun antecedents) and the quotes stage (speakers, quote kinds) read the same
:func:`quoted_mask`, so both agree on what is inside quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.document import Span, paragraph_spans

_MARK = re.compile(r"''|``|[\"“”«»„‘’]")
_OPEN_ONLY = {"“", "«", "„", "``"}
_CLOSE_ONLY = {"”", "»"}
_AMBIGUOUS = {'"', "''"}


@dataclass
class Quotation:
    """One quoted stretch, marks included; ``continues`` links it to the next paragraph's quotation."""

    start: int
    end: int
    closed: bool = True
    continues: bool = False
    words: int = 0


def quotations(text: str, paragraphs: list[Span]) -> list[Quotation]:
    """Every quotation in ``text``, in order; multi-paragraph quotes are flagged with ``continues``."""
    found: list[Quotation] = []
    for start, end in paragraphs:
        found.extend(_paragraph_quotations(text, start, end))
    for current, following in zip(found, found[1:]):
        if not current.closed and _opens_paragraph(text, following.start):
            current.continues = True
    return found


def _opens_paragraph(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip()


def _paragraph_quotations(text: str, start: int, end: int) -> list[Quotation]:
    """Quotations of one paragraph; an unbalanced nested quotation falls back to reading marks flat."""
    spans = _scan(text, start, end, nested=True)
    return spans if spans is not None else _scan(text, start, end, nested=False)


def _scan(text: str, start: int, end: int, nested: bool) -> list[Quotation] | None:
    """Marks left to right. With ``nested``, a quotation inside a curly one ('“He said “no” to me,”' or
    '“He said "no" to me,”') does not close it; None when nesting leaves a quotation open at the paragraph end."""
    spans: list[Quotation] = []
    open_at: int | None = None
    single_open: int | None = None
    inner: list[str] = []  # marks of the quotations open inside the current one
    nested_in_open = False
    for match in _MARK.finditer(text, start, end):
        mark, at = match.group(), match.start()
        if mark in ("‘", "’"):
            single_open = _single(text, mark, at, open_at, single_open, spans, match.end())
            continue
        if open_at is None:
            if mark in _OPEN_ONLY or mark in _AMBIGUOUS or (mark in _CLOSE_ONLY and _looks_opening(text, at, end)):
                open_at, opener = at, mark
        elif nested and opener in _OPEN_ONLY and _nests(text, mark, at, end, inner):
            nested_in_open = True
        elif mark in _CLOSE_ONLY or mark in _AMBIGUOUS or _looks_closing(text, at, match.end(), end):
            spans.append(_make(text, open_at, match.end(), True))
            open_at, nested_in_open = None, False
    if inner or (open_at is not None and nested_in_open):
        return None
    if open_at is not None:
        spans.append(_make(text, open_at, end, False))
    return spans


def _nests(text: str, mark: str, at: int, end: int, inner: list[str]) -> bool:
    """Inside a curly quotation: opens or closes an inner quotation (True), or is the outer closing mark."""
    if mark in _AMBIGUOUS:  # straight marks inside curly ones are inner, unless typed to close the curly one
        if inner and inner[-1] in _AMBIGUOUS:
            inner.pop()
            return True
        if not _looks_opening(text, at, end):
            return False  # '“A," he said.': mixed marks, the straight one closes the quotation
        inner.append(mark)
        return True
    if mark in _OPEN_ONLY and _looks_opening(text, at, end):
        inner.append(mark)
        return True
    if inner and inner[-1] in _OPEN_ONLY and (mark in _CLOSE_ONLY or _looks_closing(text, at, at + len(mark), end)):
        inner.pop()
        return True
    return False


def _single(text, mark, at, open_at, single_open, spans, mark_end):
    """Top-level curly single quotes (headline style ‘in Their Heads’), apostrophes excluded."""
    if open_at is not None:
        return single_open
    before = text[at - 1] if at else " "
    after = text[mark_end] if mark_end < len(text) else " "
    if mark == "‘" and single_open is None and (before.isspace() or before in "([—–-") and not after.isdigit():
        return at
    if mark == "’" and single_open is not None and not after.isalpha():
        spans.append(_make(text, single_open, mark_end, True))
        return None
    return single_open


def _looks_opening(text: str, at: int, end: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < end else " "
    return (before.isspace() or before in "([—–-") and after.isalnum()


def _looks_closing(text: str, at: int, mark_end: int, end: int) -> bool:
    """A mis-typed opening mark after a word and before a space closes the quotation (``rapists“``)."""
    before = text[at - 1] if at else " "
    after = text[mark_end] if mark_end < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")


def _make(text: str, start: int, end: int, closed: bool) -> Quotation:
    return Quotation(start, end, closed, words=len(re.findall(r"\w+", text[start:end])))


def inside_mask(text: str, spans: list[Quotation]) -> bytearray:
    """One byte per character: 1 inside a quotation."""
    mask = bytearray(len(text))
    for quotation in spans:
        mask[quotation.start:quotation.end] = b"\x01" * (quotation.end - quotation.start)
    return mask


@lru_cache(maxsize=4)
def quoted_mask(text: str) -> bytes:
    """:func:`inside_mask` of the quotations of ``text`` read in its blank-line paragraphs, read once per text: the
    actors' pronouns, the events' speakers and modality and the quotes' frames all ask it of the same article."""
    return bytes(inside_mask(text, quotations(text, paragraph_spans(text))))


def names_across_quotation(quoted: bytes, pronoun: int, name: int) -> bool:
    """Whether a pronoun at offset ``pronoun``, outside quotation marks, would stand for a name at ``name`` inside
    them: it never does, since the one a quotation talks about is seldom the one who goes on ('"... Mr. Trump's
    got attention," he continued')."""
    return not quoted[pronoun] and bool(quoted[name])
