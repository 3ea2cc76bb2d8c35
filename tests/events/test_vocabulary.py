"""Fourth-round vocabulary from the CAMEO category definitions, and a victim's report as an accusation.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of


def types_of(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


def test_vocabulary_joint_drills_are_military_cooperation(pipeline):
    assert types_of(pipeline, "Nigeria held joint naval drills with Ghana off Lagos.") == {"COOPERATE"}


def test_vocabulary_beating_protesters_is_an_assault(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Zambian police beat demonstrators outside the electoral commission.")


def test_vocabulary_beating_a_rival_team_is_no_event(pipeline):
    assert types_of(pipeline, "Brazil beat Argentina 3-1 in the qualifier on Tuesday.") == set()


def test_vocabulary_downgrading_ties_is_a_sanction(pipeline):
    assert types_of(pipeline, "Lithuania downgraded diplomatic ties with China last week.") == {"SANCTION"}


def test_vocabulary_relaxing_restrictions_is_a_concession(pipeline):
    assert "CONCEDE" in types_of(pipeline, "The Vietnamese government relaxed restrictions on foreign media.")


def test_vocabulary_quitting_talks_halts_negotiations(pipeline):
    events = events_of(pipeline, "The Tuareg rebels quit peace talks with the Malian government.")
    assert [e.cameo for e in events if e.type == "SANCTION"] == ["164"]


def test_vocabulary_victim_reporting_an_attack_accuses_the_attacker(pipeline):
    events = events_of(pipeline, "Pakistan said rockets were fired at it from Afghanistan on Sunday.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].source.code[:3] == "PAK" and accusations[0].target.code[:3] == "AFG"


def test_vocabulary_third_party_report_of_an_attack_is_no_accusation(pipeline):
    events = events_of(pipeline, "Reporters said rockets were fired at Pakistan from Afghanistan on Sunday.")
    assert "ACCUSE" not in {e.type for e in events}


def test_vocabulary_target_phrase_stops_before_its_relative_clause(pipeline):
    text = "Egyptian police arrested dozens of students who protested against the sale of islands to Saudi Arabia."
    target = next(e.target for e in events_of(pipeline, text) if e.type == "COERCE")
    assert "Saudi" not in target.text


def test_vocabulary_hyphenated_cease_fire_is_a_ceasefire(pipeline):
    events = events_of(pipeline, "The Sudanese army declared a cease-fire on Friday.")
    assert [e.type for e in events] == ["RETREAT"]


def test_vocabulary_ending_mediation_halts_it(pipeline):
    events = events_of(pipeline, "The Norwegian envoy ended mediation efforts between the Sri Lankan government and the rebels.")
    assert [e.cameo for e in events if e.type == "SANCTION"] == ["165"]


def test_vocabulary_opening_borders_to_refugees_grants_refuge(pipeline):
    events = events_of(pipeline, "Uganda opened its borders to refugees fleeing South Sudan.")
    assert [e.cameo for e in events if e.type == "AID"] == ["075"]
