"""A sector word whose sense is a country's own: in the United States "deputies" are a sheriff's officers (COP),
elsewhere members of a parliament (LEG); a legislature called "Congress" is only some countries'. Each sentence
is invented."""

from __future__ import annotations

from eventwire.actors.context import placed_code
from tests.events.helpers import events_of, of_type


def test_american_deputies_are_police():
    assert placed_code("---LEG", "USA", "two deputies") == "USACOP"


def test_deputies_elsewhere_are_legislators():
    assert placed_code("---LEG", "FRA", "the deputies") == "FRALEG"


def test_stateless_sectors_stay_stateless():
    assert placed_code("---REB", "USA", "deputies") == "---REB"


def test_deputies_arresting_a_man_in_florida_are_police(pipeline):
    event = of_type(events_of(pipeline, "Deputies arrested a man in Polk County, Florida, on Friday."), "COERCE")[0]
    assert event.source.code == "USACOP"


def test_a_legislature_named_congress_is_placed_only_where_there_is_one():
    assert placed_code("---LEG", "IRN", "Congress") == "---LEG"
    assert placed_code("---LEG", "PER", "the Congress") == "PERLEG"
    assert placed_code("---LEG", "CHN", "the party congress") == "CHNLEG"


def test_congress_imposing_sanctions_on_iran_is_not_iranian(pipeline):
    event = of_type(events_of(pipeline, "Iran tested a missile. Congress imposed sanctions on Iran."), "COERCE")[0]
    assert not event.source.code.startswith("IRN")


def test_congress_in_a_story_about_the_united_states_is_american(pipeline):
    text = ("The White House said on Monday that the United States would send aid to Chile. President Obama met "
            "lawmakers in Washington. Congress imposed new sanctions on Iran.")
    event = of_type(events_of(pipeline, text), "COERCE")[0]
    assert event.source.code == "USALEG"
