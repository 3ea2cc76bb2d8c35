"""Opposition as criticism (issue #4, round ev67): opposing a person, or a person's plan, and coming out against
them, criticise them (ACCUSE 111), in the active and the passive; opposing an issue no one is named behind is a
stance, no event. Each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Barack Obama opposed Angela Merkel's plan.",
    "Barack Obama has opposed Chancellor Angela Merkel.",
    "Angela Merkel's plan was opposed by Barack Obama.",
    "Barack Obama came out against Angela Merkel's plan.",
    "Barack Obama opposed the Merkel plan.",
])
def test_opposing_a_person_or_their_plan_is_criticism(pipeline, text):
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert event.cameo == "111" and country(event.source) == "USA" and country(event.target) == "DEU"
    assert not event.negated


@pytest.mark.parametrize("text", [
    "Barack Obama opposes same-sex marriage.",
    "Barack Obama came out against higher taxes.",
    "The pope spoke of the poor as opposed to the rich.",
])
def test_opposing_an_issue_is_no_event(pipeline, text):
    assert "ACCUSE" not in types_of(pipeline, text)
