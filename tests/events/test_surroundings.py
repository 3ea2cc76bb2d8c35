"""Each event's place, date and reporter come from the article's quotes, places and time expressions indexed once
(``events.context.Surroundings``): a long article's events never scan those lists one event at a time."""

from __future__ import annotations

import pytest

from eventwire.events.context import Surroundings
from eventwire.pipeline import Pipeline

from tests.events.helpers import events_of

TOWNS_AND_DAYS = [("Goma", "Monday"), ("Bunia", "Tuesday"), ("Beni", "Wednesday"), ("Uvira", "Thursday")] * 3
STORY = "\n\n".join(f"Officials said the rebels attacked a convoy near {town} on {day}. The rebel commander told "
                     f"reporters that his fighters had seized the road to {town}." for town, day in TOWNS_AND_DAYS)


@pytest.fixture(scope="module")
def dated_pipeline(nlp):
    return Pipeline(stages=["entities", "actors", "temporal", "geo", "quotes", "events"], nlp=nlp)


class Unscannable(list):
    """A document's list that fails the test when anything walks through it."""

    def __iter__(self):
        raise AssertionError("an event scanned the whole article's list")


def _where_when_who(events):
    return [(e.type, e.location, e.date, e.date_source, e.reported_by) for e in events]


def test_events_ask_the_index_not_the_whole_article(dated_pipeline, monkeypatch):
    unpatched = _where_when_who(events_of(dated_pipeline, STORY))
    indexed = Surroundings.__init__

    def then_forbid_scans(self, document, parsed):
        indexed(self, document, parsed)
        document.quotes, document.timexes = Unscannable(document.quotes), Unscannable(document.timexes)

    monkeypatch.setattr(Surroundings, "__init__", then_forbid_scans)
    assert _where_when_who(events_of(dated_pipeline, STORY)) == unpatched
    assert any(location == "Goma" for _, location, *_ in unpatched)
    assert any(date == "2024-02-26" for _, _, date, *_ in unpatched)  # "on Monday" before 2024-03-01
    assert any(reporter for *_, reporter in unpatched)


def test_a_speaking_pronoun_is_the_speaker_it_stands_for(pipeline):
    events = events_of(pipeline, '"We saw the smoke," Anna Reyes, a shopkeeper, told reporters. She said rebels '
                                 'attacked the army base on Friday.')
    assert [e.reported_by for e in events if e.type == "ASSAULT"] == ["Anna Reyes"]
