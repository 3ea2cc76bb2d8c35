"""Issue #4: violence done to words, plans and politicians in political news is a figure of speech (criticism,
CAMEO 111, or no event), while real violence stays coded. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def _types(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


def test_figurative_objects_shooting_down_a_proposal_is_no_event(pipeline):
    text = "Republican senators shot down the governor's proposal on Tuesday."
    assert "ASSAULT" not in _types(pipeline, text)


def test_figurative_objects_court_striking_down_a_ban_is_no_event(pipeline):
    text = "Judge Carlton Reeves struck down Ohio's ban on same-sex marriage last year."
    assert "ASSAULT" not in _types(pipeline, text)


def test_figurative_objects_gunman_striking_down_an_officer_stays_assault(pipeline):
    text = "A gunman struck down a Mexican police commander outside his home in Juarez."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_objects_killing_a_critic_stays_assault(pipeline):
    text = "Unknown gunmen killed a prominent Nigerian critic of the government in Lagos."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_objects_harm_word_inside_the_attacked_record_keeps_criticism(pipeline):
    text = "Senator Jane Cole renewed her attacks on Mexico's record on gun violence."
    types = _types(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_objects_line_of_attack_is_criticism(pipeline):
    text = "Donald Trump tried out a new line of attack in Ohio on Monday."
    types = _types(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_objects_attacking_us_in_a_campaign_is_criticism(pipeline):
    text = "Senator Jane Cole said the governor attacks us in every campaign speech."
    types = _types(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_objects_horrific_attack_named_by_a_politician_stays_assault(pipeline):
    text = "Senator Jane Cole wrote on Twitter: \"Another horrific attack, this time in Nice, France.\""
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_objects_aim_to_prevent_is_no_coercion(pipeline):
    text = "Senator Jane Cole introduced an amendment to prevent Mexican banks from raising fees."
    assert "COERCE" not in _types(pipeline, text)


def test_figurative_objects_police_preventing_a_march_stays_coercion(pipeline):
    text = "Kenyan police prevented opposition supporters from marching to the parliament in Nairobi."
    assert of_type(events_of(pipeline, text), "COERCE")
