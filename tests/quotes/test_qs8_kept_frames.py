"""The stray veto reads the cue frames the stage found when it made the attributions, instead of finding them
again."""

from __future__ import annotations

from collections import Counter

import eventwire.quotes.attribution as attribution
from eventwire.document import Document
from eventwire.pipeline import Pipeline
from eventwire.quotes.stage import QuoteStage

TEXT = ('Harbour master Ines Dalca said the ferries would run again on Monday.\n\n'
        '"We have waited long enough," Dalca told the crews, according to a union statement.')


def test_quotes_stage_reads_each_tokens_frames_once(nlp, monkeypatch):
    document, parsed = Document(text=TEXT, id="t"), nlp(TEXT)
    Pipeline(stages=["entities", "actors"], nlp=nlp).apply(document, parsed)
    asked = Counter()
    frames_of = attribution.frames_of

    def counted(token):
        asked[token.i] += 1
        return frames_of(token)

    monkeypatch.setattr(attribution, "frames_of", counted)
    QuoteStage()(document, parsed)
    assert len(document.quotes) >= 2
    assert asked and max(asked.values()) == 1
