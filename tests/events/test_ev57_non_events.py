"""Events coded in news check set M where the text reports none (round ev57): what a question asks about, and
senses of strike, deploy, mobilise, defend, meet, visit and request that are no events. Sentences written for
eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import types_of


@pytest.mark.parametrize("text", [
    "Ryan chose the wording when he was first asked if he would support Trump as the nominee.",
    "Kenya asked whether Uganda would withdraw its troops.",
])
def test_ev57_what_a_question_asks_about_is_not_reported(pipeline, text):
    assert not {"SUPPORT", "RETREAT"} & types_of(pipeline, text)


def test_ev57_asking_someone_to_act_is_still_a_request(pipeline):
    assert "REQUEST" in types_of(pipeline, "Kenya asked Uganda to withdraw its troops.")


@pytest.mark.parametrize("text", [
    "Police said Jo Kamau was driving a 2004 Toyota Corolla which left the road and struck a fence in Nairobi.",
    "The senator deployed paid staff to ten states to organize voters.",
    "Parents of the Kenyan students had mobilized, warning that the plan would hurt the school.",
    "The Kenyan scholar spent years defending the theory that the Earth revolved around the sun.",
    "As a Kenyan diplomat, I met all kinds of people.",
    "Frequent visits with doctors in Nairobi led to the Kenyan woman's recovery.",
    "Kenyan voters may request an absentee ballot by mail.",
])
def test_ev57_senses_that_are_no_events(pipeline, text):
    assert not {"ASSAULT", "MOBILIZE", "SUPPORT", "CONSULT", "REQUEST"} & types_of(pipeline, text)


@pytest.mark.parametrize("text, plover_type", [
    ("Russia deployed troops to the Ukrainian border.", "MOBILIZE"),
    ("The Kenyan army mobilized on Monday.", "MOBILIZE"),
    ("The Kenyan president met Ugandan leaders in Kampala.", "CONSULT"),
    ("The Kenyan president's visit to Uganda was brief.", "CONSULT"),
    ("Kenya requested aid from the UN.", "REQUEST"),
])
def test_ev57_the_senses_that_are_events_stay(pipeline, text, plover_type):
    assert plover_type in types_of(pipeline, text)


def test_ev57_a_condition_before_a_question_is_still_reported(pipeline):
    text = "If Russia is attacking Ukraine, why would Kenya stay silent? asked the Kenyan senator."
    assert "ASSAULT" in types_of(pipeline, text)


def test_ev57_defending_someone_against_claims_still_supports_them(pipeline):
    assert "SUPPORT" in types_of(pipeline, "The Kenyan president defended Uganda over claims of interference.")
