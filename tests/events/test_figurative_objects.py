"""Issue #4: violence done to words, plans and politicians in political news is a figure of speech (criticism,
CAMEO 111, or no event), while real violence stays coded. Sentences written for eventwire; each figure stands
beside the literal use it must not be confused with, and each case id says which it is."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, types_of


@pytest.mark.parametrize("text, plover_type, coded", [
    pytest.param("Republican senators shot down the governor's proposal on Tuesday.", "ASSAULT", False,
                 id="shooting-down-a-proposal-is-no-event"),
    pytest.param("Judge Carlton Reeves struck down Ohio's ban on same-sex marriage last year.", "ASSAULT", False,
                 id="court-striking-down-a-ban-is-no-event"),
    pytest.param("A gunman struck down a Mexican police commander outside his home in Juarez.", "ASSAULT", True,
                 id="gunman-striking-down-an-officer-stays-assault"),
    pytest.param("Unknown gunmen killed a prominent Nigerian critic of the government in Lagos.", "ASSAULT", True,
                 id="killing-a-critic-stays-assault"),
    pytest.param("Senator Jane Cole wrote on Twitter: \"Another horrific attack, this time in Nice, France.\"",
                 "ASSAULT", True, id="horrific-attack-named-by-a-politician-stays-assault"),
    pytest.param("Senator Jane Cole introduced an amendment to prevent Mexican banks from raising fees.", "COERCE",
                 False, id="aim-to-prevent-is-no-coercion"),
    pytest.param("Kenyan police prevented opposition supporters from marching to the parliament in Nairobi.",
                 "COERCE", True, id="police-preventing-a-march-stays-coercion"),
    pytest.param("President Obama helped Hillary Clinton in the Democratic primary.", "AID", False,
                 id="help-to-a-candidate-is-no-aid"),
    pytest.param("The United States helped Iraqi troops in their campaign against the militants.", "AID", True,
                 id="help-to-troops-stays-aid"),
    pytest.param("The firefighter helped an elderly woman escape from her burning car in Ohio.", "AID", False,
                 id="help-to-one-private-person-is-no-aid"),
    pytest.param("Syrian rebels fought government troops near Aleppo.", "ASSAULT", True,
                 id="armed-fighting-stays-an-assault"),
    pytest.param("Senator Jane Smith held a rally with supporters in Des Moines on Monday.", "PROTEST", False,
                 id="a-politician-holding-a-rally-is-no-protest"),
    pytest.param("Thousands of students held a rally against the new tax law in Nairobi.", "PROTEST", True,
                 id="a-rally-against-a-law-stays-a-protest"),
    pytest.param("Senator Jane Smith's attack on the judge's Mexican heritage drew criticism.", "ASSAULT", False,
                 id="an-attack-on-heritage-is-criticism"),
    pytest.param("Critics say journalists are killing journalism.", "ASSAULT", False,
                 id="killing-a-trade-is-no-assault"),
    pytest.param("Critics say rebels are killing soldiers.", "ASSAULT", True, id="killing-people-stays-an-assault"),
])
def test_figurative_violence_is_coded_only_when_literal(pipeline, text, plover_type, coded):
    assert (plover_type in types_of(pipeline, text)) is coded


@pytest.mark.parametrize("text", [
    pytest.param("Senator Jane Cole renewed her attacks on Mexico's record on gun violence.",
                 id="harm-word-inside-the-attacked-record-keeps-criticism"),
    pytest.param("Donald Trump tried out a new line of attack in Ohio on Monday.", id="line-of-attack-is-criticism"),
    pytest.param("Senator Jane Cole said the governor attacks us in every campaign speech.",
                 id="attacking-us-in-a-campaign-is-criticism"),
])
def test_figurative_attack_in_words_is_criticism_not_assault(pipeline, text):
    types = types_of(pipeline, text)
    assert "ACCUSE" in types and "ASSAULT" not in types


def test_figurative_candidates_fighting_it_out_is_no_event(pipeline):
    text = "Senator Jane Smith and Governor Tom Brown are fighting it out for first place in Iowa."
    assert not types_of(pipeline, text) & {"ASSAULT", "ACCUSE"}


def test_figurative_rally_met_by_protesters_is_no_protest(pipeline):
    text = "When the governor held rallies across the state he was met by angry protesters."
    assert not [e for e in events_of(pipeline, text) if e.type == "PROTEST" and text[e.trigger[0]:e.trigger[1]] == "held"]
