"""Force words aimed at a freedom, a right or a practice ("our liberties are under assault", "an offensive on coal
regulation") are figures of speech, while an attack on a place or on people stays an assault. Sentences written
for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


def test_figurative_force_freedom_under_assault_is_no_event(pipeline):
    text = ("In Ohio, Governor Tom Reed spoke on Monday. \u201cOur freedom is under assault from a reckless federal "
            "government,\u201d he said.")
    assert "ASSAULT" not in types_of(pipeline, text)


def test_figurative_force_values_under_attack_from_a_capital_is_no_event(pipeline):
    text = "In Ohio, Governor Tom Reed said our values are under attack from Washington."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_figurative_force_offensive_on_regulation_is_no_event(pipeline):
    text = "In Ohio, Senator Tom Reed is pushing an offensive on coal regulation and tax reform."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_figurative_force_policy_offensive_against_a_rival_is_criticism(pipeline):
    text = "Mayor Jane Cole's gun control offensive against Senator Tom Reed angered Ohio voters."
    types = types_of(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_force_town_under_attack_from_troops_stays_assault(pipeline):
    text = "Residents said the town was under attack from government troops in northern Mali."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_force_offensive_on_a_town_stays_assault(pipeline):
    text = "Rebel fighters launched an offensive on the Syrian town of Qusayr on Sunday."
    assert of_type(events_of(pipeline, text), "ASSAULT")
