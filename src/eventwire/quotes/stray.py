"""A veto of stray attributions: predicted quotes that match no attribution PolNeAR would annotate.

A stray costs more than its own precision: the reference scorer pairs each predicted quote, in text order, with
its best free gold quote even at a token F1 of 0.05, so a stray takes a gold quote a later prediction needed and
the speaker errors run down the article (train: one stray removed gains about half a speaker hit). No single
property tells strays apart (a cue frame, a speaker kind, a length), so this logistic model weighs them together:
the cue table's precision and the cue detector's credit, the frame, the speaker and how it was resolved, the
content's length and kind, where the quote stands in the article and how close the other attributions are.
Learnt cross-fitted on PolNeAR train by :mod:`eventwire.quotes.train_stray`, with the cut-off chosen by the
scorer's real effect on train; weights and cut-off in ``data/stray_veto.json``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from eventwire.document import Quote, Span
from eventwire.quotes.attribution import cue_context, kept_best_frame
from eventwire.quotes.backoff import LENGTH_BUCKETS, OPENERS, logistic
from eventwire.quotes.cue_detector import detected_credit
from eventwire.quotes.frames import Frame, speaker_class
from eventwire.quotes.lexicon import lexicon

WEIGHTS = Path(__file__).with_name("data") / "stray_veto.json"
#: Width of the precision and credit bins.
BAND = 0.1
#: Characters between neighbouring attributions, in buckets.
GAP_BUCKETS = (0, 40, 120, 400, 1200)
#: Index of a quote's line among those with words, in buckets (the first holds the headline).
PARAGRAPH_BUCKETS = (0, 1, 2, 4, 8, 16)
#: Tokens between a cue and its content, in buckets.
CUE_GAP_BUCKETS = (0, 1, 3, 8)
#: Words of a speaker phrase beyond which it is a long one ("a spokesman for the ... who ...").
SHORT_SPEAKER_WORDS = 4
QUOTATION_MARKS = set('"“”«»„')
LINE = re.compile(r"[^\n]*\S[^\n]*")


def stray_features(text: str, parsed: Doc, quotes: list[Quote]) -> list[list[str]]:
    """Each quote's features, in the order of ``quotes`` (text order, as the stage makes them)."""
    starts = _paragraph_starts(text)
    lines = [_paragraph_index(starts, quote.content[0]) for quote in quotes]
    per_line = Counter(lines)
    return [_features(text, parsed, quotes, index, lines[index], per_line[lines[index]] - 1)
            for index in range(len(quotes))]


def without_strays(text: str, parsed: Doc, quotes: list[Quote],
                   veto: tuple[float, dict[str, float], float] | None = None) -> list[Quote]:
    """The quotes the veto (``veto``: bias, weights and cut-off other than the stored) does not take for strays."""
    bias, weights, cutoff = stored_veto() if veto is None else veto
    if not quotes:
        return quotes
    rows = stray_features(text, parsed, quotes)
    return [quote for quote, row in zip(quotes, rows) if logistic((bias, weights), row) < cutoff]


@lru_cache(maxsize=None)
def stored_veto() -> tuple[float, dict[str, float], float]:
    """Bias, weights and cut-off (a quote is vetoed from this probability of being a stray)."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["bias"], data["weights"], data["cutoff"]


def _features(text: str, parsed: Doc, quotes: list[Quote], index: int, line: int, same_line: int) -> list[str]:
    """``line``: the index of the quote's line among those with words; ``same_line``: other quotes starting on it."""
    quote = quotes[index]
    start, end = quote.content
    origin, cue_features = _cue_features(text, parsed, quote)
    words = len(text[start:end].split())
    length = next((b for b in LENGTH_BUCKETS if words <= b), "long")
    speaker = _speaker_kind(text, parsed, quote)
    quoted = bool(QUOTATION_MARKS & set(text[start:end]))
    before = _bucket(start - quotes[index - 1].content[1], GAP_BUCKETS) if index else "first"
    after = _bucket(quotes[index + 1].content[0] - end, GAP_BUCKETS) if index + 1 < len(quotes) else "last"
    side = "none" if quote.cue is None else "after" if start >= quote.cue[1] else "before" if end <= quote.cue[0] \
        else "around"
    return [f"origin={origin}", *cue_features, f"speaker={speaker}", f"speaker={speaker}|origin={origin}",
            f"kind={quote.kind}", f"kind={quote.kind}|len={length}", f"len={length}", f"quoted={quoted}",
            f"parts={min(len(quote.content_parts), 3)}", f"paragraph={_bucket(line, PARAGRAPH_BUCKETS)}",
            f"before={before}", f"after={after}", f"neighbours={min(same_line, 3)}", f"side={side}",
            f"side={side}|kind={quote.kind}", f"channel={quote.channel is not None}",
            f"code={quote.speaker_code is not None}|speaker={speaker}", *_shape_features(parsed, quotes, index)]


def _shape_features(parsed: Doc, quotes: list[Quote], index: int) -> list[str]:
    """How the content sits in its sentence (its first word, whether it runs to the sentence's end) and whether
    it holds another attribution's cue or sits in another's content."""
    quote = quotes[index]
    content = parsed.char_span(*quote.content, alignment_mode="expand")
    if content is None or not len(content):
        return []
    first = content[0]
    opener = first.lower_ if first.lower_ in OPENERS else first.pos_
    sentence = first.sent
    to_end = content[-1].i + 2 >= sentence.end
    nested = any(other is not quote and other.cue is not None
                 and (quote.content[0] <= other.cue[0] < quote.content[1]
                      or (quote.cue is not None and other.content[0] <= quote.cue[0] < other.content[1]))
                 for other in quotes[max(index - 3, 0):index + 4])
    marks_around = any(t.is_quote for t in sentence) and not any(t.is_quote for t in content)
    return [f"open={opener}", f"open={opener}|kind={quote.kind}", f"to_sentence_end={to_end}", f"nested={nested}",
            f"marks_around={marks_around}"]


def _cue_features(text: str, parsed: Doc, quote: Quote) -> tuple[str, list[str]]:
    """How the attribution was found (a learnt frame, a loose quotation, a label, a signature) and what the cue
    table and the cue detector thought of its cue."""
    if quote.cue is None:
        return "none", []
    cue_text = text[quote.cue[0]:quote.cue[1]].strip()
    if cue_text == ":":
        return "label", []
    span = parsed.char_span(*quote.cue, alignment_mode="expand")
    if span is None or not any(t.is_alpha for t in span):
        return "signature", []
    found = [best for token in span if (best := kept_best_frame(token)) is not None]
    best = max(found, key=lambda item: item[0]) if found else None
    cue = best[1].cue if best else span.root
    lemma = f"{cue.pos_}:{cue.lemma_.lower()}"
    shared = [f"lemma={lemma}", f"ctx={cue_context(cue)}", f"neg={any(c.dep_ == 'neg' for c in cue.children)}",
              f"modal={any(c.tag_ == 'MD' for c in cue.children)}"]
    if best is None or not _reports(parsed, best[1], quote.content):
        return "loose", shared
    precision, frame = best
    doubted = precision < lexicon()["thresholds"]["min_precision"]
    credit = detected_credit(frame, precision) if doubted else None
    judged = f"detector={_band(credit)}" if doubted else f"table={_band(precision)}"
    gap = _bucket(abs(_distance(parsed, frame, quote.content)), CUE_GAP_BUCKETS)
    return "frame", [*shared, judged, f"cue_gap={gap}", f"name={frame.name}", f"{judged}|name={frame.name}",
                     f"lemma={lemma}|name={frame.name}"]


def _distance(parsed: Doc, frame: Frame, content: Span) -> int:
    """Tokens between the cue and the quote's content."""
    span = parsed.char_span(*content, alignment_mode="expand")
    return 0 if span is None else max(span.start - frame.cue.i, frame.cue.i - span.end + 1, 0)


def _reports(parsed: Doc, frame: Frame, content: Span) -> bool:
    """Whether the cue's frame is where the quote came from (else a loose quotation took the cue)."""
    return any(parsed[start].idx < content[1] and content[0] < parsed[end - 1].idx + len(parsed[end - 1])
               for start, end in frame.content if start < end)


def _speaker_kind(text: str, parsed: Doc, quote: Quote) -> str:
    """The reporter's kind (a name, a pronoun, a noun, none) and whether its name was resolved to another phrase."""
    if quote.speaker is None:
        return "none"
    span = parsed.char_span(*quote.speaker, alignment_mode="expand")
    kind = speaker_class(span.root) if span is not None and len(span) else "noun"
    written = text[quote.speaker[0]:quote.speaker[1]].strip().lower()
    resolved = "same" if (quote.speaker_text or "").strip().lower() == written else "resolved"
    long = "long" if len(written.split()) > SHORT_SPEAKER_WORDS else "short"
    return f"{kind}/{resolved}/{long}"


def _paragraph_starts(text: str) -> list[int]:
    """Where each line with words starts (some articles break paragraphs with one newline, some with two)."""
    return [line.start() for line in LINE.finditer(text)]


def _paragraph_index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def _bucket(value: int, buckets: tuple[int, ...]) -> str:
    return next((f"<={b}" for b in buckets if value <= b), f">{buckets[-1]}")


def _band(value: float) -> str:
    return f"{min(int(value / BAND), 9) * BAND:.1f}"
