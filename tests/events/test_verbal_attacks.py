"""Issue #4: assault verbs that are no use of force: criticism in politics (CAMEO 111) and police raids
(coercion). Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_verbal_attacks_attack_on_a_politician_is_criticism(pipeline):
    events = events_of(pipeline, "Trump attacked Clinton during Tuesday's debate.")
    assert of_type(events, "ACCUSE")[0].cameo == "111" and "ASSAULT" not in {e.type for e in events}


def test_verbal_attacks_attacks_on_a_plan_keep_source_and_target(pipeline):
    text = "The German chancellor launched a new round of attacks on her rival's tax plan."
    criticism = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(criticism.source) == "DEU" and criticism.target is not None


def test_verbal_attacks_military_attack_stays_assault(pipeline):
    events = events_of(pipeline, "French troops attacked the rebels' positions near the border on Monday.")
    assert of_type(events, "ASSAULT") and "ACCUSE" not in {e.type for e in events}


def test_verbal_attacks_police_raid_is_coercion(pipeline):
    events = events_of(pipeline, "Turkish police raided the offices of an opposition newspaper in Istanbul.")
    assert of_type(events, "COERCE")[0].cameo == "170" and "ASSAULT" not in {e.type for e in events}


def test_verbal_attacks_police_raid_with_shooting_stays_assault(pipeline):
    text = "Turkish police raided the offices of an opposition newspaper and shot two journalists."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_verbal_attacks_executed_search_warrant_is_no_killing(pipeline):
    events = events_of(pipeline, "FBI agents executed a search warrant at a house in Walton County on Friday.")
    assert "ASSAULT" not in {e.type for e in events}


def test_verbal_attacks_nominal_attack_on_a_record_is_criticism(pipeline):
    text = "Senator Amy Walsh launched an attack on Governor Tom Reyes's record on taxes during the debate."
    criticism = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert criticism.cameo == "111" and criticism.target is not None


def test_verbal_attacks_scathing_attack_is_criticism_whatever_its_target(pipeline):
    events = events_of(pipeline, "A Labour lawmaker delivered a scathing attack on the Russian ambassador.")
    assert of_type(events, "ACCUSE")[0].cameo == "111" and "ASSAULT" not in {e.type for e in events}


def test_verbal_attacks_fighting_for_a_bill_is_no_event(pipeline):
    events = events_of(pipeline, "Senator Maria Lopez fought for the farm bill in the Senate for two years.")
    assert not {"ACCUSE", "ASSAULT"} & {e.type for e in events}


def test_verbal_attacks_fighting_for_ground_stays_assault(pipeline):
    events = events_of(pipeline, "Somali rebels fought for control of the port of Kismayo on Sunday.")
    assert of_type(events, "ASSAULT")


def test_verbal_attacks_campaigner_attacking_no_actor_is_criticism(pipeline):
    events = events_of(pipeline, "Republican Senator Ted Cruz launched fresh attacks at the party convention.")
    assert of_type(events, "ACCUSE")[0].cameo == "111" and "ASSAULT" not in {e.type for e in events}
