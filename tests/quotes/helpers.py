"""What the quotes stage finds in a text, as the strings the tests compare."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.quotes import QuoteStage
from eventwire.quotes.frames import frames_of
from tests.conftest import parse


def quote_strings(pipeline, text: str, with_cue: bool = False) -> list[tuple]:
    """(content, speaker phrase) of each quote, or (content, cue, speaker phrase) ``with_cue``."""
    document = next(iter(pipeline.annotate([Document(text=text, id="t")])))
    found = []
    for quote in document.quotes:
        content = text[quote.content[0]:quote.content[1]]
        speaker = text[quote.speaker[0]:quote.speaker[1]] if quote.speaker else None
        found.append((content, text[quote.cue[0]:quote.cue[1]], speaker) if with_cue else (content, speaker))
    return found


def _stage_quotes(nlp, text: str):
    """The quotes stage alone (no actors stage) over a parsed text."""
    document, parsed = parse(nlp, text)
    QuoteStage(None)(document, parsed)
    return document


def speaker_phrases(nlp, text: str) -> list[str | None]:
    """The speaker phrase as written of each quote the quotes stage alone finds."""
    document = _stage_quotes(nlp, text)
    return [document.span_text(q.speaker) if q.speaker else None for q in document.quotes]


def speaker_names(nlp, text: str) -> list[str | None]:
    """The resolved speaker name of each quote the quotes stage alone finds."""
    return [quote.speaker_text for quote in _stage_quotes(nlp, text).quotes]


def frame_named(parsed, cue: str, name: str):
    """The frame called ``name`` ("acl", "colon") of the first token written ``cue``, or None."""
    token = next(t for t in parsed if t.text == cue)
    return next((f for f in frames_of(token) if f.name == name), None)


def frame_contents(parsed, frame) -> list[str]:
    """The frame's content pieces as text."""
    return [parsed[start:end].text for start, end in frame.content]
