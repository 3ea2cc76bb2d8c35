"""Whose actors: the country a sector or a person takes from the sentence and the article, places standing for
governments, pronouns standing for a thing or a speaker, misparses of reduced relatives, travel warnings, and
the fallback country coder (towns and divisions read whole). Sentences written for eventwire."""

from __future__ import annotations

from eventwire.events.actors_fallback import country_of
from tests.events.helpers import country, events_of, of_type


def test_actor_context_protesters_do_not_take_the_country_of_their_target(pipeline):
    events = events_of(pipeline, "Protesters attacked the Ugandan embassy on Friday.")
    assert all(country(e.source) != "UGA" for e in events) and events


def test_actor_context_domestic_target_takes_the_country_of_its_source(pipeline):
    text = "Egyptian police arrested dozens of students who protested against the sale of islands to Saudi Arabia."
    assert of_type(events_of(pipeline, text), "COERCE")[0].target.code == "EGYEDU"


def test_actor_context_visited_place_stands_for_its_government(pipeline):
    events = events_of(pipeline, "The Kenyan foreign minister visited Pretoria on Tuesday.")
    assert of_type(events, "CONSULT")[0].target.code == "ZAFGOV"


def test_actor_context_phone_call_is_one_event_from_the_caller(pipeline):
    events = events_of(pipeline, "The Spanish prime minister telephoned the Moroccan king on Sunday.")
    pairs = [(country(e.source), country(e.target)) for e in of_type(events, "CONSULT")]
    assert pairs == [("ESP", "MAR")]


def test_actor_context_travel_advisory_reduces_relations(pipeline):
    events = events_of(pipeline, "The Canadian government advised against all travel to Haiti.")
    assert country(of_type(events, "SANCTION")[0].target) == "HTI"


def test_actor_context_reduced_relative_misparsed_as_main_verb_is_no_event(pipeline):
    events = events_of(pipeline, "The journalists detained for reporting on the strike were freed by Erdogan.")
    assert "COERCE" not in {e.type for e in events} and of_type(events, "RETREAT")


def test_actor_context_passive_conjunct_shares_the_subject_as_target(pipeline):
    events = events_of(pipeline, "The journalists detained for reporting on the strike were freed by Erdogan.")
    assert of_type(events, "RETREAT")[0].target.text == "The journalists"


def test_actor_context_by_phrase_of_any_action_noun_is_its_doer(pipeline):
    text = ("The Armenian parliament demanded an immediate admission by Ankara that Ottoman troops killed thousands "
            "of Armenian civilians.")
    events = events_of(pipeline, text)
    assert country(of_type(events, "REQUEST")[0].target) == "TUR"


def test_actor_context_control_clause_shares_the_object_of_its_verb(pipeline):
    text = "On Monday, Ghanaian deputy foreign minister Kofi Mensah summoned Togo's envoy to complain of inaction."
    events = events_of(pipeline, text)
    assert country(of_type(events, "ACCUSE")[0].target) == "TGO"


def test_actor_context_place_comes_from_the_trigger_clause(pipeline):
    text = "Rebels seized a convoy near Goma and bombed a series of bridges in Bukavu, officials said."
    assert of_type(events_of(pipeline, text), "ASSAULT")[0].location == "Bukavu"


def test_actor_context_students_are_the_education_sector(pipeline):
    events = events_of(pipeline, "Chilean police arrested students in Santiago on Thursday.")
    assert any(e.target is not None and (e.target.code or "").endswith("EDU") for e in events)


def test_actor_context_pressing_someone_to_act_is_a_demand_of_them(pipeline):
    events = events_of(pipeline, "Germany pressured Greece to accept the reforms.")
    demand = of_type(events, "REQUEST")[0]
    assert (country(demand.source), country(demand.target)) == ("DEU", "GRC") and "AGREE" not in {e.type for e in events}


def test_actor_context_purpose_of_a_staged_act_is_done_by_its_agent(pipeline):
    text = "Turkish police stopped the sit-in staged by Kurdish lawmakers in Ankara to protest the arrests of mayors."
    protest = of_type(events_of(pipeline, text), "PROTEST")[0]
    assert "lawmakers" in protest.source.text


def test_actor_context_named_people_facing_each_other_take_the_sentence_country(pipeline):
    text = "Sarah Collins criticized Michael Turner at a town meeting in Ohio."
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("USA", "USA")


def test_actor_context_lone_person_in_a_cooperative_act_codes_nothing(pipeline):
    assert events_of(pipeline, "Michael Turner discussed his new novel at a library in Ohio.") == []


def test_actor_context_lone_person_arrested_is_the_target(pipeline):
    event = of_type(events_of(pipeline, "Michael Turner was arrested in Ohio on Tuesday."), "COERCE")[0]
    assert country(event.target) == "USA"


def test_actor_refs_an_object_it_is_a_thing(pipeline):
    agree = of_type(events_of(pipeline, "Uganda criticized the plan and Kenya vowed to support it."), "AGREE")[0]
    assert agree.target is None or not agree.target.code


def test_actor_refs_it_in_a_statement_is_the_speaker(pipeline):
    text = "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday."
    assert any(e.target is not None and (e.target.code or "")[:3] == "ISR" for e in events_of(pipeline, text))


def test_fallback_state_name_is_not_read_through_its_last_word():
    assert country_of("officials in New Jersey") == "USA"


def test_fallback_new_mexico_is_no_mexico():
    assert country_of("the governor of New Mexico") == "USA"


def test_fallback_lone_country_word_still_names_its_country():
    assert country_of("Jersey") == "JEY"


def test_fallback_town_name_is_not_read_through_a_country_word():
    assert country_of("the mayor of Jersey City") == "USA"


def test_fallback_african_town_holding_a_country_name_keeps_its_country():
    assert country_of("protesters in Benin City") == "NGA"


def test_fallback_capital_holding_its_country_name_keeps_it():
    assert country_of("officials in Mexico City") == "MEX"


def test_fallback_country_word_alone_still_names_its_country():
    assert country_of("the government of Benin") == "BEN"


def test_fallback_mount_lebanon_is_the_lebanese_governorate():
    assert country_of("villages in Mount Lebanon") == "LBN"


def test_fallback_place_inside_a_phrase_takes_the_country_geo_resolved(pipeline):
    text = ("Donald Trump won Georgia, Alabama and Tennessee on Super Tuesday. "
            "Voters in Georgia backed him strongly.")
    support = [e for e in events_of(pipeline, text, date="2016-03-02") if e.type == "SUPPORT"]
    assert [e.source.code[:3] for e in support] == ["USA"]


def test_actor_context_town_written_with_its_state_is_in_that_states_country(pipeline):
    text = "The mayor of Panama City, Florida, criticized the county sheriff on Monday."
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(event.source) == "USA"


def test_actor_context_state_sharing_a_country_name_is_american_in_an_american_story(pipeline):
    text = "Governor Dale Weston said Georgia troopers arrested dozens of students in Atlanta and Savannah."
    event = of_type(events_of(pipeline, text), "COERCE")[0]
    assert country(event.source) == "USA"


def test_actor_context_country_sharing_a_state_name_stays_the_country(pipeline):
    text = "Russian troops attacked Georgia on Monday, officials in Tbilisi said."
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert country(event.target) == "GEO"
