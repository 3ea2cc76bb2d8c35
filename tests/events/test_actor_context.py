"""Fourth-round rules: whose country a sector takes, places standing for governments, misparses
of reduced relatives, and travel warnings. Sentences written for eventwire."""

from __future__ import annotations

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
