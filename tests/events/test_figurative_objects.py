"""Issue #4: violence done to words, plans and politicians in political news is a figure of speech (criticism,
CAMEO 111, or no event), while real violence stays coded. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


def test_figurative_objects_shooting_down_a_proposal_is_no_event(pipeline):
    text = "Republican senators shot down the governor's proposal on Tuesday."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_figurative_objects_court_striking_down_a_ban_is_no_event(pipeline):
    text = "Judge Carlton Reeves struck down Ohio's ban on same-sex marriage last year."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_figurative_objects_gunman_striking_down_an_officer_stays_assault(pipeline):
    text = "A gunman struck down a Mexican police commander outside his home in Juarez."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_objects_killing_a_critic_stays_assault(pipeline):
    text = "Unknown gunmen killed a prominent Nigerian critic of the government in Lagos."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_objects_harm_word_inside_the_attacked_record_keeps_criticism(pipeline):
    text = "Senator Jane Cole renewed her attacks on Mexico's record on gun violence."
    types = types_of(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_objects_line_of_attack_is_criticism(pipeline):
    text = "Donald Trump tried out a new line of attack in Ohio on Monday."
    types = types_of(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_objects_attacking_us_in_a_campaign_is_criticism(pipeline):
    text = "Senator Jane Cole said the governor attacks us in every campaign speech."
    types = types_of(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_objects_horrific_attack_named_by_a_politician_stays_assault(pipeline):
    text = "Senator Jane Cole wrote on Twitter: \"Another horrific attack, this time in Nice, France.\""
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_figurative_objects_aim_to_prevent_is_no_coercion(pipeline):
    text = "Senator Jane Cole introduced an amendment to prevent Mexican banks from raising fees."
    assert "COERCE" not in types_of(pipeline, text)


def test_figurative_objects_police_preventing_a_march_stays_coercion(pipeline):
    text = "Kenyan police prevented opposition supporters from marching to the parliament in Nairobi."
    assert of_type(events_of(pipeline, text), "COERCE")


def test_figurative_help_to_a_candidate_is_no_aid(pipeline):
    text = "President Obama helped Hillary Clinton in the Democratic primary."
    assert "AID" not in types_of(pipeline, text)


def test_figurative_help_to_troops_stays_aid(pipeline):
    text = "The United States helped Iraqi troops in their campaign against the militants."
    assert "AID" in types_of(pipeline, text)


def test_figurative_candidates_fighting_it_out_is_no_event(pipeline):
    text = "Senator Jane Smith and Governor Tom Brown are fighting it out for first place in Iowa."
    assert not types_of(pipeline, text) & {"ASSAULT", "ACCUSE"}


def test_figurative_armed_fighting_stays_an_assault(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Syrian rebels fought government troops near Aleppo.")


def test_figurative_a_politician_holding_a_rally_is_no_protest(pipeline):
    text = "Senator Jane Smith held a rally with supporters in Des Moines on Monday."
    assert "PROTEST" not in types_of(pipeline, text)


def test_figurative_a_rally_against_a_law_stays_a_protest(pipeline):
    text = "Thousands of students held a rally against the new tax law in Nairobi."
    assert "PROTEST" in types_of(pipeline, text)


def test_figurative_an_attack_on_heritage_is_criticism(pipeline):
    text = "Senator Jane Smith's attack on the judge's Mexican heritage drew criticism."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_figurative_rally_met_by_protesters_is_no_protest(pipeline):
    text = "When the governor held rallies across the state he was met by angry protesters."
    assert not [e for e in events_of(pipeline, text) if e.type == "PROTEST" and text[e.trigger[0]:e.trigger[1]] == "held"]


def test_figurative_help_to_one_private_person_is_no_aid(pipeline):
    text = "The firefighter helped an elderly woman escape from her burning car in Ohio."
    assert not [e for e in events_of(pipeline, text) if e.type == "AID"]


def test_figurative_killing_a_trade_is_no_assault(pipeline):
    text = "Critics say journalists are killing journalism."
    assert not [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_figurative_killing_people_stays_an_assault(pipeline):
    text = "Critics say rebels are killing soldiers."
    assert [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]
