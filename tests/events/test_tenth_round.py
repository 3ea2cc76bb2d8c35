"""Tenth-round rules (issue #4, read on 200 real news articles): repeated reports merge only when their sides are
the same actors; passives split by dashes or shared by participles; summoning diplomats, ordering troops out.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def test_dedup_titled_people_of_one_country_are_different_events(pipeline):
    text = ("Senator Mark Hollis criticised Governor Anne Price in Ohio on Monday. "
            "On Tuesday, Senator Dana Ruiz criticised Governor Carl Benton in Ohio.")
    assert len(of_type(events_of(pipeline, text), "ACCUSE")) == 2


def test_dedup_a_person_named_again_by_pronoun_is_one_event(pipeline):
    text = ("Senator Mark Hollis criticised Governor Anne Price in Ohio on Monday. "
            "On Tuesday, he criticised Price again in Ohio.")
    accusations = of_type(events_of(pipeline, text), "ACCUSE")
    assert len(accusations) == 1 and len(accusations[0].extra_evidence) == 1


def test_dedup_a_state_and_its_troops_are_one_side(pipeline):
    text = "Russia attacked Ukraine on Monday. Russian troops attacked Ukraine again on Tuesday."
    assert len(of_type(events_of(pipeline, text), "ASSAULT")) == 1


def test_dedup_other_sectors_of_one_country_are_other_actors(pipeline):
    text = ("Kenyan students criticised the Kenyan government on Monday. "
            "Kenyan doctors criticised the Kenyan government on Tuesday.")
    assert len(of_type(events_of(pipeline, text), "ACCUSE")) == 2


def test_arguments_participles_sharing_a_passive_share_its_agent(pipeline):
    events = of_type(events_of(pipeline, "Ellen Tanner was shot and killed by a police officer in Tulsa."), "ASSAULT")
    assert {(e.source.code if e.source else None, e.target.text) for e in events} == {("USACOP", "Ellen Tanner")}


def test_arguments_an_aside_between_dashes_is_not_the_passive_subject(pipeline):
    text = "Ellen Tanner, 40 ― a nurse who volunteered at a shelter ― was shot by a police officer in Tulsa."
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert (event.source.code, event.target.text) == ("USACOP", "Ellen Tanner")


def test_arguments_a_clause_between_dashes_keeps_its_own_subject(pipeline):
    event = of_type(events_of(pipeline, "The verdict ― Russia attacked Ukraine ― shocked the world."), "ASSAULT")[0]
    assert (event.source.code, event.target.code) == ("RUS", "UKR")


def test_vocabulary_summoning_a_foreign_diplomat_is_an_official_protest(pipeline):
    event = of_type(events_of(pipeline, "Poland summoned the Russian ambassador on Tuesday."), "ACCUSE")[0]
    assert (event.cameo, event.source.code, event.target.code) == ("114", "POL", "RUSGOV")


def test_vocabulary_summoning_someone_else_is_no_protest(pipeline):
    assert events_of(pipeline, "The court summoned the minister on Monday.") == []


def test_vocabulary_ordering_troops_out_of_a_place_is_a_demand(pipeline):
    event = of_type(events_of(pipeline, "Moscow ordered Georgian troops out of South Ossetia."), "REQUEST")[0]
    assert (event.cameo, event.target.code) == ("1056", "GEOMIL")


def test_vocabulary_ordering_forces_to_withdraw_is_a_demand_not_a_retreat(pipeline):
    events = events_of(pipeline, "Kenya ordered Somali forces to withdraw from the border town.")
    assert [(e.cameo, e.source.code) for e in events] == [("1056", "KEN")]
