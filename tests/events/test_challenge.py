"""Challenging a person over what they said disputes it (ACCUSE 111); challenging them to a debate asks them to meet
(REQUEST 026); a primary challenger or a court challenge to a rule is neither. Each sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_challenging_someone_over_remarks_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Republican senators challenged Obama over his comments on Israel."),
                    "ACCUSE")[0]
    assert event.cameo == "111" and country(event.target) == "USA"


def test_challenging_someone_to_a_debate_asks_them_to_meet(pipeline):
    text = "Senator Jane Doe of Ohio challenged Governor John Kasich to a debate."
    assert of_type(events_of(pipeline, text), "REQUEST")[0].cameo == "026"


def test_a_primary_challenger_or_a_court_challenge_is_no_event(pipeline):
    assert not events_of(pipeline, "Jane Doe is challenging Rep. Debbie Wasserman Schultz in Florida's primary.")
    assert not events_of(pipeline, "Texas challenged the rule in federal court.")
