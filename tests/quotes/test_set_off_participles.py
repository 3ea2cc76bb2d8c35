"""A set-off participle ('..., adding "..."') reports words of its own, for the reporter of the clause before it."""

import pytest

from eventwire.document import Document
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(stages=["entities", "actors", "quotes"])


def _quotes(pipeline, text):
    document = next(iter(pipeline.annotate([Document(text=text, id="t")])))
    return [(text[q.content[0]:q.content[1]], text[q.speaker[0]:q.speaker[1]] if q.speaker else None)
            for q in document.quotes]


def test_clause_stops_before_participle_quotation(pipeline):
    text = 'Kovac said the port would reopen, adding, "The cranes are already back."'
    quotes = _quotes(pipeline, text)
    assert ("the port would reopen", "Kovac") in quotes
    assert ('"The cranes are already back."', "Kovac") in quotes


def test_participle_speaks_for_reporter_not_clause_subject(pipeline):
    text = 'Mendes said the ferry would run late, telling reporters that it was "a matter of days."'
    quotes = _quotes(pipeline, text)
    assert all(speaker == "Mendes" for _, speaker in quotes)
    assert len(quotes) == 2
