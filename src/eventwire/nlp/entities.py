"""Sentences and named entities from the spaCy parse, mapped to the coarse gold labels."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document, Entity, Sentence

#: spaCy label -> gold label; labels not listed (dates, numbers, amounts) are not entities here.
LABEL_MAP = {
    "PERSON": "PER", "PER": "PER",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC", "MISC": "MISC",
}

_EDGE_STRIP = "'’\"“”"


class EntityStage:
    """Copies sentence boundaries and entity mentions from the parse into the document."""

    name = "entities"
    requires: tuple[str, ...] = ()

    def __init__(self, settings=None) -> None:
        self.settings = settings

    def __call__(self, document: Document, parsed: Doc) -> None:
        document.sentences = [Sentence(s.start_char, s.end_char) for s in parsed.sents]
        entities = (_entity(span, document.text) for span in parsed.ents)
        document.entities = [e for e in entities if e is not None]


def _entity(span, text: str) -> Entity | None:
    """``text`` is the document's text, passed in: spaCy's ``Doc.text`` rebuilds the whole string on each access."""
    label = LABEL_MAP.get(span.label_)
    if label is None:
        return None
    start, end = span.start_char, span.end_char
    # spaCy sometimes keeps a possessive or quote mark on the edge: "Russia's" -> "Russia"
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    while end > start and text[end - 1] in _EDGE_STRIP:
        end -= 1
    while start < end and text[start] in _EDGE_STRIP:
        start += 1
    if start >= end:
        return None
    return Entity(start, end, label, text[start:end], span.label_)
