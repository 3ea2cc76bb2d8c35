"""Thirteenth-round rules (issue #4, read on 150 new real news articles): a relative clause's source is its
antecedent, a person's name places nobody, state names are not read through their last word, rallies met by
protesters and help to one private person are no events, a named speaker's "we should" is a hypothetical act
of the speaker's side. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.events.actors_fallback import country_of
from tests.events.helpers import country, events_of, of_type


def test_fallback_state_name_is_not_read_through_its_last_word():
    assert country_of("officials in New Jersey") == "USA"


def test_fallback_new_mexico_is_no_mexico():
    assert country_of("the governor of New Mexico") == "USA"


def test_fallback_lone_country_word_still_names_its_country():
    assert country_of("Jersey") == "JEY"


def test_arguments_relative_clause_source_keeps_its_target(pipeline):
    text = "The governor, who criticized President Obama on Monday, will run again."
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert accusation.source.text == "The governor" and "Obama" in accusation.target.text


def test_arguments_person_name_places_nobody(pipeline):
    text = "Police said Carl Lewis Paris shot a police officer in Ohio on Monday."
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert country(assault.source) != "FRA"


def test_figurative_rally_met_by_protesters_is_no_protest(pipeline):
    text = "When the governor held rallies across the state he was met by angry protesters."
    assert not [e for e in events_of(pipeline, text) if e.type == "PROTEST" and text[e.trigger[0]:e.trigger[1]] == "held"]


def test_figurative_help_to_one_private_person_is_no_aid(pipeline):
    text = "The firefighter helped an elderly woman escape from her burning car in Ohio."
    assert not [e for e in events_of(pipeline, text) if e.type == "AID"]


def test_modality_named_speaker_we_should_is_his_hypothetical_act(pipeline):
    text = "Senator Jane Smith said we should attack the rebels in Syria."
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.hypothetical and "Jane Smith" in assault.source.text


def test_modality_unnamed_speaker_we_should_stays_an_opinion(pipeline):
    assert not events_of(pipeline, "He says we should attack the rebels in Syria.")


def test_vocabulary_taking_over_an_investigation_is_no_seizure(pipeline):
    text = "The prosecutor took over the investigation of the Kenyan minister."
    assert not [e for e in events_of(pipeline, text) if e.type == "COERCE"]


def test_vocabulary_deploying_a_strategy_is_no_mobilization(pipeline):
    assert not events_of(pipeline, "The campaign deployed a new strategy in Kenya.")
