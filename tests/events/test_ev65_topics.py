"""Kinds of error found by reading the events of random news articles (round ev65): the maker of a work or a
telling is not the doer of the act it is about; an attempted assault is done. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


@pytest.mark.parametrize("text", [
    "The journalist wrote a book about the bombing of the embassy in Nairobi.",
    "The senator gave a speech on the killings of farmers in Kenya.",
    "Jane Doe's documentary on the killings of three farmers in Kenya aired on Monday.",
    "The minister's remarks about the arrests of Kenyan students angered Uganda.",
])
def test_ev65_an_act_a_work_or_a_telling_is_about_is_not_its_makers(pipeline, text):
    acts = [e for e in events_of(pipeline, text) if e.type in {"COERCE", "ASSAULT"}]
    assert acts and all(e.source is None or not e.source.code for e in acts)


def test_ev65_an_act_with_its_own_doer_keeps_it(pipeline):
    attack = of_type(events_of(pipeline, "Kenya's campaign of attacks on Somali militants continued."), "ASSAULT")[0]
    assert country(attack.source) == "KEN"


@pytest.mark.parametrize("text", [
    "The rebels attempted to blow up a bridge in Kano.",
    "A gunman tried to kill the Kenyan ambassador on Monday.",
])
def test_ev65_an_attempted_assault_is_done(pipeline, text):
    attacks = of_type(events_of(pipeline, text), "ASSAULT")
    assert attacks and not any(e.hypothetical for e in attacks)


@pytest.mark.parametrize("text", [
    "Kenya tried to arrange talks with Somalia.",
    "The rebels will try to attack Kano.",
])
def test_ev65_an_act_only_tried_or_to_be_tried_stays_hypothetical(pipeline, text):
    acts = events_of(pipeline, text)
    assert acts and all(e.hypothetical for e in acts)


@pytest.mark.parametrize(("text", "doer", "left"), [
    ("The withdrawal of Britain from the European Union worried Germany.", "GBR", "IGO"),
    ("The withdrawal of American troops from Iraq was completed in 2011.", "USA", "IRQ"),
    ("Cameron argued against British withdrawal from the European Union.", "GBR", "IGO"),
])
def test_ev65_what_one_withdraws_from_is_the_target(pipeline, text, doer, left):
    withdrawal = [e for e in events_of(pipeline, text) if e.type in {"SANCTION", "RETREAT"}][0]
    assert country(withdrawal.source) == doer and country(withdrawal.target) == left


def test_ev65_a_predicted_act_is_hypothetical(pipeline):
    talks = events_of(pipeline, "Kenya predicted talks with Somalia.")
    assert talks and all(e.hypothetical for e in talks)


def test_ev65_a_name_called_read_as_a_second_object_is_no_phone_call(pipeline):
    text = "The senator provoked his rivals by selling T-shirts, calling President Barack Obama an “ignorant baboon” " \
           "and posting cartoons."
    kinds = {e.type for e in events_of(pipeline, text)}
    assert "ACCUSE" in kinds and "CONSULT" not in kinds
