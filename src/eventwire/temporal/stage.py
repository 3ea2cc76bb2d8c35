"""The pipeline stage that fills ``Document.timexes``."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.temporal.calendar_math import parse_date
from eventwire.temporal.recognise import find_timexes
from eventwire.temporal.tense import tense_at


class TimexStage:
    """TIMEX3 expressions normalised against the article date; the parse supplies clause tense (for
    "Tuesday": last or next?) and spaCy's entity labels (is "2000" a year or a count?)."""

    name = "temporal"
    requires = ("entities",)

    def __init__(self, settings=None) -> None:
        self.settings = settings

    def __call__(self, document: Document, parsed: Doc) -> None:
        def tense(start: int, end: int) -> str | None:
            return tense_at(parsed, start, end)

        def label(start: int, end: int) -> str | None:
            span = parsed.char_span(start, end, alignment_mode="expand")
            return span[0].ent_type_ or None if span is not None and len(span) else None

        document.timexes = find_timexes(document.text, parse_date(document.date), tense, label)
