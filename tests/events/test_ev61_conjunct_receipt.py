"""Kinds of error found by reading the events of random news articles (round ev61): a past-tense act the parser
joined to a clause after a modal, and support received named by its "of" phrase. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


@pytest.mark.parametrize("text, kind, source", [
    ("Putin forecast that the economy would soon rebound and praised the Egyptian president.", "SUPPORT", "RUS"),
    ("Putin said that Russia would win and blamed Ukraine for the war.", "ACCUSE", "RUS"),
])
def test_ev61_a_past_act_joined_to_a_modal_clause_is_the_speakers_done_act(pipeline, text, kind, source):
    act = of_type(events_of(pipeline, text, date="2015-12-19"), kind)[0]
    assert not act.hypothetical
    assert country(act.source) == source


def test_ev61_a_bare_verb_still_shares_the_modal(pipeline):
    threats = of_type(events_of(pipeline, "Putin said that Russia would attack Ukraine and seize Kyiv."), "THREATEN")
    assert threats and all(e.hypothetical for e in threats)


@pytest.mark.parametrize("text", [
    "Senator Cruz won the endorsement of the Kenyan president.",
    "Senator Cruz picked up the endorsement of the Kenyan president.",
])
def test_ev61_support_received_is_given_by_its_of_phrase(pipeline, text):
    endorsement = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert country(endorsement.source) == "KEN" and endorsement.source.code.endswith("GOV")
    assert endorsement.target is not None and endorsement.target.code.endswith("LEG")
