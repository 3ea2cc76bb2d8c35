"""What the quotes stage finds in a text, as the strings the tests compare."""

from __future__ import annotations

from eventwire.document import Document


def quote_strings(pipeline, text: str, with_cue: bool = False) -> list[tuple]:
    """(content, speaker phrase) of each quote, or (content, cue, speaker phrase) ``with_cue``."""
    document = next(iter(pipeline.annotate([Document(text=text, id="t")])))
    found = []
    for quote in document.quotes:
        content = text[quote.content[0]:quote.content[1]]
        speaker = text[quote.speaker[0]:quote.speaker[1]] if quote.speaker else None
        found.append((content, text[quote.cue[0]:quote.cue[1]], speaker) if with_cue else (content, speaker))
    return found
