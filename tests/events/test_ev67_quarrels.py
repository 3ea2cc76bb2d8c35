"""Quarrels as criticism (issue #4, round ev67): a feud, a spat, a quarrel or an argument with or between named
parties is criticism (ACCUSE 111); an argument made, with no one to argue with, is a line of reasoning. Each test
sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Barack Obama's long feud with Benjamin Netanyahu has flared up again.",
    "Barack Obama had a spat with Benjamin Netanyahu.",
    "The argument between Barack Obama and Benjamin Netanyahu escalated.",
])
def test_a_quarrel_with_or_between_parties_is_criticism(pipeline, text):
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert event.cameo == "111" and {country(event.source), country(event.target)} == {"USA", "ISR"}


@pytest.mark.parametrize("text", [
    "Barack Obama made the argument that the deal was good.",
    "Barack Obama entered the debate with a forceful argument.",
])
def test_an_argument_made_is_no_quarrel(pipeline, text):
    assert "ACCUSE" not in types_of(pipeline, text)
