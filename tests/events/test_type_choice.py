"""Which PLOVER type an act takes: refusals, yielding to demands, wishes made of another actor,
and vocabulary from the CAMEO definitions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Norway refused to provide food aid to Eritrea.",
    "The Chilean government refused to give financial assistance to Bolivia.",
    "Morocco declined to release the Algerian fishermen.",
])
def test_a_refused_cooperation_is_a_rejection(pipeline, text):
    # the refusing verb codes nothing here (it is no refusal to comment), so the refused act must not be coded
    # as done: it is negated, and a negated cooperation is a REJECT
    assert types_of(pipeline, text) == {"REJECT"}
    # declining to release a name or details is still no event at all
    assert types_of(pipeline, "The Danish police declined to release the name of the suspect.") == set()


def test_agreeing_to_demands_yields(pipeline):
    events = events_of(pipeline, "The Bolivian government agreed to the demands of the striking miners.")
    assert {e.type for e in events} == {"CONCEDE"}
    assert types_of(pipeline, "Colombia agreed to talks with Venezuela.") == {"AGREE"}


def test_what_one_actor_wants_another_to_do_is_asked_of_it(pipeline):
    events = events_of(pipeline, "Britain wants Iran to free the detained British sailors.")
    request = of_type(events, "REQUEST")[0]
    assert (country(request.source), country(request.target)) == ("GBR", "IRN")
    assert "AGREE" not in {e.type for e in events}
    # wanting to act oneself stays an intent
    assert types_of(pipeline, "Peru wants to meet with Chilean officials.") == {"AGREE"}


def test_setting_a_building_on_fire(pipeline):
    assert types_of(pipeline, "Militants set a Kenyan police station on fire.") == {"ASSAULT"}
    assert types_of(pipeline, "Rioters in Lyon set shops on fire.") == {"PROTEST"}


def test_dismissing_a_proposal_rejects_it(pipeline):
    assert types_of(pipeline, "Ethiopia dismissed the Egyptian proposal.") == {"REJECT"}
    assert types_of(pipeline, "The Nigerian president dismissed the oil minister.") == set()


def test_pulling_troops_out_withdraws_them(pipeline):
    assert types_of(pipeline, "Armenia pulled its soldiers out of the disputed villages.") == {"RETREAT"}
    assert types_of(pipeline, "Firefighters pulled the driver out of the car.") == set()


def test_bombs_dropped_and_ships_sunk_are_attacks(pipeline):
    assert types_of(pipeline, "Saudi jets dropped bombs on Yemeni villages.") == {"ASSAULT"}
    assert types_of(pipeline, "The Iranian navy sank a Saudi vessel.") == {"ASSAULT"}
    assert types_of(pipeline, "Shares of the Indian bank sank on Friday.") == set()


def test_an_agreement_not_given_is_a_refusal(pipeline):
    events = events_of(pipeline, "Hungary did not agree to lift the tariffs on Serbian goods.")
    assert {e.type for e in events} == {"REJECT"}
    assert events[0].cameo == "124"  # declining to yield, read back from the agreement's content


def test_protesting_to_a_government_is_an_official_complaint(pipeline):
    events = events_of(pipeline, "Malaysia protested to Singapore over the water price.")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "114")]
    assert types_of(pipeline, "Manila lodged a protest with Beijing over the reef.") == {"ACCUSE"}


def test_demonstrators_occupying_a_place_obstruct_passage(pipeline):
    events = events_of(pipeline, "Demonstrators occupied the Bolivian parliament.")
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "144")]
    assert types_of(pipeline, "Ethiopian troops occupied the Eritrean town.") == {"COERCE"}
