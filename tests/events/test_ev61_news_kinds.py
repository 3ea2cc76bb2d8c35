"""Kinds of error found by reading the events of random news articles (round ev61): a comment withheld, anonymity
requested, a document released, a leader named (not telephoned), a death in a collision. Sentences written for
eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "The foreign minister declined to weigh in on the border dispute with Egypt.",
    "Officials in Nairobi declined to weigh in on Uganda's complaint.",
])
def test_ev61_declining_to_weigh_in_is_no_rejection(pipeline, text):
    assert "REJECT" not in types_of(pipeline, text)


def test_ev61_declining_an_offer_still_rejects(pipeline):
    assert "REJECT" in types_of(pipeline, "Kenya declined Uganda's offer of mediation.")


def test_ev61_requesting_anonymity_is_no_appeal(pipeline):
    text = "A Kenyan official, who requested anonymity because he was not authorized to speak, confirmed the figure."
    assert "REQUEST" not in types_of(pipeline, text)
    assert "REQUEST" in types_of(pipeline, "Kenya requested aid from Uganda.")


@pytest.mark.parametrize("text", [
    "The Kenyan opposition released a brochure with its slate of candidates.",
    "The Ugandan army released a map of the contested area.",
])
def test_ev61_a_published_thing_released_frees_no_one(pipeline, text):
    assert "RETREAT" not in types_of(pipeline, text)


def test_ev61_released_captives_are_freed(pipeline):
    assert "RETREAT" in types_of(pipeline, "The rebels released ten hostages on Sunday.")


def test_ev61_a_leader_called_a_name_is_not_telephoned(pipeline):
    assert "CONSULT" not in types_of(pipeline, "Kenya's president, William Ruto, has been called the Trump of Africa.")
    calls = of_type(events_of(pipeline, "Kenya's president was called by Vladimir Putin on Monday."), "CONSULT")
    assert calls and country(calls[0].target) == "KEN"


@pytest.mark.parametrize("text", [
    "The driver was killed in the collision on Route 9.",
    "A cyclist was killed in the wreck near the bridge.",
])
def test_ev61_killed_in_a_collision_is_an_accident(pipeline, text):
    assert "ASSAULT" not in types_of(pipeline, text)


def test_ev61_killed_by_gunmen_is_still_an_assault(pipeline):
    assert "ASSAULT" in types_of(pipeline, "The driver was killed by gunmen near the bridge.")
