"""Find attributions in a parsed article: learnt cue frames, widened to whole quotations and their sequels.

Steps: (1) every token's candidate frames, kept when the learnt cue table accepts them (best frame per cue);
(2) cues inside someone's quotation are dropped (a quote's own words are not a new attribution);
(3) content touching a quotation grows to the whole quotation; (4) a quotation right after an attribution
in the same paragraph, or continuing it in the next paragraph, joins it as another part
(``"A," he said. "B."``); (5) a cue with a quotation but no parsed clause ("he said: ...") takes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.document import Span
from eventwire.quotes.frames import Frame, frames_of, noun_phrase, speaker_of, token_span
from eventwire.quotes.lexicon import cue_table, frame_precision, lexicon
from eventwire.quotes.marks import Quotation, kind_of


#: Dependents of a cue, right of its content, that belong to the reported content.
EXTENDING_DEPS = {"advcl", "xcomp"}


@dataclass
class Attribution:
    """An attribution before speaker resolution: content pieces, cue, and the speaker/channel tokens."""

    parts: list[Span]
    cue: Span
    cue_token: Token
    speaker: Token | None = None
    channel: Token | None = None
    quotations: list[int] = field(default_factory=list)  # indexes of the quotations it covers

    @property
    def content(self) -> Span:
        return self.parts[0][0], self.parts[-1][1]


def find_attributions(parsed: Doc, quotations: list[Quotation], mask: bytearray) -> list[Attribution]:
    text = parsed.text
    found = [a for a in map(_from_frame, _best_frames(parsed, mask)) if a is not None]
    found.extend(_colon_quotes(parsed, text, quotations, mask, found))
    found.sort(key=lambda a: a.content)
    for attribution in found:
        _widen_to_quotations(attribution, quotations)
    found = _drop_overlaps(found, mask)
    _attach_sequels(found, quotations, text)
    return found


def _best_frames(parsed: Doc, mask: bytearray) -> list[Frame]:
    best = []
    for token in parsed:
        if mask[token.idx]:
            continue
        scored = [(p, f) for f in _allowed(frames_of(token)) if (p := frame_precision(f.full_key, f.key)) is not None]
        if scored:
            best.append(max(scored, key=lambda pair: pair[0])[1])
    return best


def _allowed(frames: list[Frame]) -> list[Frame]:
    """A channel verb ("quoted him as saying") reports the clause, never its object or its "as" phrase."""
    channel = lexicon()["channel_cues"]
    return [f for f in frames if f.cue.lemma_.lower() not in channel or f.name in ("ccomp", "rest")]


def _from_frame(frame: Frame) -> Attribution | None:
    doc = frame.cue.doc
    parts = [s for s in (token_span(doc, p) for p in _to_clause_end(frame)) if s]
    if not parts:
        return None
    cue_tokens = sorted(frame.cue_tokens, key=lambda t: t.i)
    cue = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
    speaker, channel = _speaker_and_channel(frame)
    return Attribution(parts, cue, frame.cue, speaker, channel)


def _to_clause_end(frame: Frame) -> list[tuple[int, int]]:
    """Content right of its cue runs to the end of the cue's clause ("reiterated X to 'help' Y")."""
    if __import__("os").environ.get("NOEXT") or frame.name not in ("dobj", "ccomp") or len(frame.content) != 1 or frame.content[0][0] < frame.cue.i:
        return frame.content
    start, end = frame.content[0]
    trailing = [c for c in frame.cue.rights if c.i >= end and c.dep_ in EXTENDING_DEPS]
    if trailing:
        end = max(end, max(c.right_edge.i for c in trailing) + 1)
    return [(start, end)]


def _speaker_and_channel(frame: Frame) -> tuple[Token | None, Token | None]:
    """'Interfax quoted him as saying X': the speaker is 'him', Interfax only passed the words on."""
    if frame.cue.lemma_.lower() in lexicon()["channel_cues"]:
        objects = [c for c in frame.cue.children if c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN")]
        if objects and frame.name != "dobj":
            return objects[0], frame.speaker
    return frame.speaker, None


def _widen_to_quotations(attribution: Attribution, quotations: list[Quotation]) -> None:
    """Content that reaches into a quotation takes all of it: "A. B. C," he said covers A to C."""
    widened = []
    for start, end in attribution.parts:
        for index, quotation in enumerate(quotations):
            if quotation.start < end and start < quotation.end and not quotation.start <= attribution.cue[0] < quotation.end:
                start, end = min(start, quotation.start), max(end, quotation.end)
                attribution.quotations.append(index)
        widened.append((start, end))
    attribution.parts = _merge(widened)


def _merge(parts: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(parts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _drop_overlaps(found: list[Attribution], mask: bytearray) -> list[Attribution]:
    """Each word belongs to one attribution: of two overlapping ones, the one reporting more text wins, except
    that a quotation attributed inside a reported clause ("X said that Y told Z: '...'") keeps its own speaker."""
    kept: list[Attribution] = []
    for attribution in sorted(found, key=lambda a: -sum(e - s for s, e in a.parts)):
        if not any(_overlap(attribution, other) and (__import__("os").environ.get("NONEST") or not _nested_quotation(attribution, other, mask)) for other in kept):
            kept.append(attribution)
    return sorted(kept, key=lambda a: a.content)


def _nested_quotation(inner: Attribution, outer: Attribution, mask: bytearray) -> bool:
    quoted = kind_of(inner.cue_token.doc.text, inner.parts, mask) == "direct"
    return quoted and _inside(inner.cue, outer.parts) and all(_inside(p, outer.parts) for p in inner.parts)


def _overlap(a: Attribution, b: Attribution) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.parts for s2, e2 in b.parts) or _inside(a.cue, b.parts)


def _inside(span: Span, parts: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in parts)


def _attach_sequels(found: list[Attribution], quotations: list[Quotation], text: str) -> None:
    """Quotations that carry on an attributed one (same paragraph, or a continued paragraph) join it."""
    claimed = {i for a in found for i in a.quotations}
    cues = sorted(a.cue[0] for a in found)
    for attribution in found:
        if not attribution.quotations:
            continue
        index = max(attribution.quotations)
        while index + 1 < len(quotations):
            current, following = quotations[index], quotations[index + 1]
            if index + 1 in claimed or not _continues(current, following, text, cues, attribution.cue[0]):
                break
            index += 1
            claimed.add(index)
            attribution.quotations.append(index)
            attribution.parts.append((following.start, following.end))


def _continues(current: Quotation, following: Quotation, text: str, cues: list[int], own_cue: int) -> bool:
    between = text[current.end:following.start]
    if any(current.end <= c < following.start and c != own_cue for c in cues):
        return False
    if current.continues:
        return True
    return "\n" not in between and following.words > lexicon()["scare_quote_max_words"]


def _colon_quotes(parsed: Doc, text: str, quotations: list[Quotation], mask: bytearray,
                  found: list[Attribution]) -> list[Attribution]:
    """'He said: "..."' where the parser left the quotation unattached: the next quotation is the content."""
    taken = {a.cue_token.i for a in found}
    table = cue_table()
    extra = []
    for token in parsed:
        if token.i in taken or mask[token.idx] or not _reports_speech(token, table):
            continue
        following = _quotation_after(token, text, quotations)
        if following is None:
            continue
        cue = (token.idx, token.idx + len(token))
        extra.append(Attribution([(following.start, following.end)], cue, token, speaker_of(token, "ccomp")))
    return extra


def _reports_speech(token: Token, table) -> bool:
    hits, total = table.get(f"{token.pos_}:{token.lemma_.lower()}:ccomp", (0, 0))
    return hits >= lexicon()["thresholds"]["min_support"] and hits / (total + 1) >= 0.5


def _quotation_after(token: Token, text: str, quotations: list[Quotation]) -> Quotation | None:
    """The quotation that starts right after the cue (only punctuation or a short adverbial between)."""
    end = token.idx + len(token)
    sentence_end = token.sent.end_char
    for quotation in quotations:
        if end <= quotation.start and quotation.start <= sentence_end + 2:
            gap = text[end:quotation.start]
            if gap.strip() in ("", ":", ",") or (gap.rstrip().endswith(":") and len(gap) < 40):
                return quotation
        if quotation.start > sentence_end + 2:
            break
    return None


def speaker_range(attribution: Attribution) -> tuple[int, int] | None:
    """Token range of the speaker phrase."""
    if attribution.speaker is None:
        return None
    return noun_phrase(attribution.speaker, attribution.cue_token)
