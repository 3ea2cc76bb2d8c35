"""Peacekeepers sent or deployed provide protection (AID 074), a deployment of civilians is no show of force, a
present participle that tells who someone is reports no event of its own, and the act of a decision that another
clause reacts to is not coded besides the reaction.

Sentences are written for these tests; each test checks one behaviour.
"""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def test_troops_sent_to_serve_as_peacekeepers_are_protection_not_a_mobilisation(pipeline):
    events = events_of(pipeline, "Ghana sent 400 soldiers to Mali to serve as a peacekeeping force.")
    assert of_type(events, "AID")[0].cameo == "074"
    assert "MOBILIZE" not in {e.type for e in events}


def test_deployment_noun_with_its_mission_hung_on_the_verb(pipeline):
    events = events_of(pipeline, "Kenya announced the deployment of 300 troops to Somalia on a peacekeeping mission.")
    assert of_type(events, "AID")[0].cameo == "074"
    assert "MOBILIZE" not in {e.type for e in events}


def test_peacekeepers_deploying_without_an_object(pipeline):
    events = events_of(pipeline, "Hundreds of Zambian peacekeepers began deploying in Sudan on Friday.")
    assert [e.cameo for e in of_type(events, "AID")] == ["074"]


def test_participle_naming_who_someone_is_reports_no_event(pipeline):
    events = events_of(pipeline, "The Nigerian army fighting Boko Haram in Borno has declared a truce.")
    assert "ASSAULT" not in {e.type for e in events}
    assert "RETREAT" in {e.type for e in events}


def test_act_decided_is_not_coded_when_another_actor_reacts_to_the_decision(pipeline):
    events = events_of(pipeline, "Poland applauded Canada's decision to send 200 military instructors to Latvia.")
    assert {e.type for e in events} == {"SUPPORT"}


def test_protest_against_a_decision_does_not_report_the_decided_act(pipeline):
    for text in ("Farmers in Lyon protested the decision of sending French troops to Mali.",
                 "Greek unions protested against the decision to deploy Greek troops in Libya."):
        assert {e.type for e in events_of(pipeline, text)} == {"PROTEST"}


def test_a_move_hailed_is_not_coded_as_the_act_moved(pipeline):
    events = events_of(pipeline, "Ankara hailed the Dutch move to recall its envoy from Iran.")
    assert {e.type for e in events} == {"SUPPORT"}


def test_a_decision_announced_reports_the_act(pipeline):
    events = events_of(pipeline, "Chad announced its decision to withdraw its troops from Niger.")
    assert of_type(events, "RETREAT")


def test_deployment_of_civilian_workers_is_no_show_of_force(pipeline):
    for text in ("Jakarta imposed a ban on the deployment of maids to Qatar.",
                 "Nepal halted the deployment of its workers to Malaysia."):
        assert "MOBILIZE" not in {e.type for e in events_of(pipeline, text)}


def test_deployment_of_marines_is_still_a_mobilisation(pipeline):
    events = events_of(pipeline, "Russia announced the deployment of 300 marines to Syria.")
    assert of_type(events, "MOBILIZE")[0].cameo == "154"


def test_participle_on_a_thing_says_what_the_thing_does(pipeline):
    text = "Kenya's parliament passed a bill lifting the curfew in Mombasa, hours after police fired on protesters."
    assert {e.type for e in events_of(pipeline, text)} == {"RETREAT"}
