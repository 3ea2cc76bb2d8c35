"""Kinds of error found by reading set N's misses and spurious events (round ev64): an act judged too early or too
hard to do, a patient flown to a hospital, words exchanged, going on the offensive against someone, scorn drawn,
a game agreed drawn, a case appealed to a higher court. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Kenyan officials say it is too early to discuss a visit to Uganda.",
    "It is too soon to negotiate with the rebels, the Kenyan minister said.",
    "The Kenyan army was too weak to attack the town.",
])
def test_ev64_an_act_too_early_or_too_hard_to_do_is_not_done(pipeline, text):
    assert types_of(pipeline, text) == set()


def test_ev64_only_too_happy_to_help_is_no_excess(pipeline):
    assert "AID" in types_of(pipeline, "The governor said he was only too happy to help Uganda.")


@pytest.mark.parametrize("text", [
    "The injured Kenyan driver was flown to a hospital in Nairobi, where he remains in serious condition.",
    "The Kenyan resident was flown to North Memorial Medical Center in Robbinsdale.",
    "The Ugandan minister travelled to a clinic in Nairobi for treatment.",
])
def test_ev64_a_patient_flown_to_a_hospital_pays_no_visit(pipeline, text):
    assert "CONSULT" not in types_of(pipeline, text)


def test_ev64_a_flight_to_a_country_is_still_a_visit(pipeline):
    event = of_type(events_of(pipeline, "The Kenyan president flew to Uganda for talks."), "CONSULT")[0]
    assert (country(event.source), country(event.target)) == ("KEN", "UGA")


@pytest.mark.parametrize("text", [
    "Words were exchanged between Kenyan and Ugandan officials.",
    "Senator Smith and Senator Jones exchanged barbs over the budget.",
    "Ruto exchanged insults with Odinga on Tuesday.",
])
def test_ev64_words_exchanged_are_a_quarrel(pipeline, text):
    assert "ACCUSE" in types_of(pipeline, text)


def test_ev64_fire_exchanged_is_still_fighting(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Kenyan troops exchanged fire with Somali militants.")


@pytest.mark.parametrize("text", [
    "Clinton brushed off the findings but also went on the offensive against Trump.",
    "The Kenyan president went on the offensive against the opposition leader Odinga.",
])
def test_ev64_going_on_the_offensive_against_a_politician_is_criticism(pipeline, text):
    assert "ACCUSE" in types_of(pipeline, text)


def test_ev64_going_on_the_offensive_against_no_one_is_no_event(pipeline):
    assert types_of(pipeline, "Clinton went on the offensive on Monday.") == set()


def test_ev64_scorn_drawn_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "The minister's remarks drew ridicule from Kenyan lawmakers."), "ACCUSE")[0]
    assert country(event.source) == "KEN"


@pytest.mark.parametrize("text", [
    "After two hours, the Kenyan grandmaster and his Ugandan opponent agreed to a draw.",
    "Kenya's Otieno and Uganda's Mukasa agreed to a draw after 40 moves.",
])
def test_ev64_a_draw_agreed_is_a_game_result(pipeline, text):
    assert "AGREE" not in types_of(pipeline, text)


def test_ev64_agreeing_to_draw_up_a_treaty_is_still_agreement(pipeline):
    assert "AGREE" in types_of(pipeline, "Kenya and Uganda agreed to draw up a new border treaty.")


def test_ev64_a_case_appealed_to_a_higher_court_asks_nothing_of_it(pipeline):
    text = "The ruling is due soon, and the case could then be appealed to the U.S. Court of Appeals for the 9th Circuit."
    assert "REQUEST" not in types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "The report examines the police killings of two Kenyan protesters in Nairobi.",
    "Two Kenyan students were killed in an army raid on the village.",
    "The police investigation into the Kenyan minister continues.",
])
def test_ev64_police_or_army_compounded_on_an_event_noun_does_it(pipeline, text):
    sources = [e.source.code for e in events_of(pipeline, text) if e.source is not None and e.source.code]
    assert any(code[3:6] in {"COP", "MIL"} for code in sources), sources


@pytest.mark.parametrize("text", [
    "The Smiths were arrested in a police raid on their home.",
    "Police arrested the Plancons on Thursday.",
])
def test_ev64_the_and_a_plural_surname_is_a_family_of_private_persons(pipeline, text):
    event = of_type(events_of(pipeline, text), "COERCE")[0]
    assert event.target is not None and event.target.code.endswith("CVL")


def test_ev64_a_people_is_no_family(pipeline):
    event = of_type(events_of(pipeline, "The Kurds were attacked by Turkish forces."), "ASSAULT")[0]
    assert event.target is None or not (event.target.code or "").endswith("CVL")


@pytest.mark.parametrize("text", [
    "The Kenyan man cut his neighbour on the arm with a knife.",
    "Police said Otieno cut one of the women on her leg before fleeing Nairobi.",
])
def test_ev64_a_person_cut_with_a_blade_or_on_the_body_is_assaulted(pipeline, text):
    assert "ASSAULT" in types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Kenyan company cut 200 workers last year.",
    "Kenya cut aid to Uganda.",
])
def test_ev64_jobs_or_aid_cut_are_no_assault(pipeline, text):
    assert "ASSAULT" not in types_of(pipeline, text)
