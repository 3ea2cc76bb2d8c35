"""A person's followers are private people of the person's country, not the person (issue #4, round ev50). Each
sentence is invented."""

from __future__ import annotations

import pytest

from tests.actors.helpers import mention
from tests.events import conftest as event_fixtures
from tests.events.helpers import events_of, of_type

pipeline = event_fixtures.pipeline  # the event pipeline the events tests use


@pytest.mark.parametrize("text, phrase", [
    ("Barack Obama supporters cheered outside the hall.", "Barack Obama supporters"),
    ("Barack Obama's backers cheered outside the hall.", "Barack Obama's backers"),
])
def test_a_known_leaders_followers_are_civilians_of_his_country(run, text, phrase):
    assert mention(run(text, "2012-01-01"), phrase).code == "USACVL"


def test_followers_criticism_is_not_the_leaders(pipeline):
    text = "Senator Ted Cruz's supporters criticized Donald Trump on Monday."
    criticism = of_type(events_of(pipeline, text, "2016-03-01"), "ACCUSE")[0]
    assert criticism.source.code == "USACVL", criticism.source
