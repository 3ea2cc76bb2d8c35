"""Misses found on real news sentences labelled blind (issue #4, round ev26): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# a "he" or "she" the text binds to no one is still a person (actor_refs.ActorResolver._antecedent)
def test_an_unbound_he_criticising_a_named_person_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "He has sharply criticized Margaret Dunmore for her vote on the budget."),
                    "ACCUSE")[0]
    assert event.target.text == "Margaret Dunmore"


def test_an_unbound_she_sentenced_is_coerced(pipeline):
    assert "COERCE" in types_of(pipeline, "Last spring she was sentenced to four years in prison.")


def test_an_unbound_it_is_no_person(pipeline):
    assert types_of(pipeline, "It has criticized Margaret Dunmore for her vote on the budget.") == set()


# a person accused of a crime with no accuser named (patterns.yaml lone_person: 112)
def test_a_person_accused_of_a_crime_is_accused(pipeline):
    event = of_type(events_of(pipeline, "Darnell Fitch is accused of robbing two gas stations in March."),
                    "ACCUSE")[0]
    assert event.source is None and event.target.text == "Darnell Fitch"


def test_a_thing_accused_of_nothing_is_no_event(pipeline):
    assert types_of(pipeline, "The proposal is accused of being too costly.") == set()


# a noun's act between two people the text names (coder._between_persons)
def test_an_endorsement_between_two_named_people_is_support(pipeline):
    event = of_type(events_of(pipeline, "Carol Baker's endorsement of Jim Kelly came late on Friday."),
                    "SUPPORT")[0]
    assert (event.source.text, event.target.text) == ("Carol Baker", "Jim Kelly")


# criticism as a disparaging name for a person (patterns.yaml call/brand/label/dub with `disparaging`)
def test_calling_a_person_a_liar_is_criticism(pipeline):
    event = of_type(events_of(pipeline, 'Carol Baker called Jim Kelly "a liar and a coward" at the rally.'),
                    "ACCUSE")[0]
    assert event.target.text == "Jim Kelly"


def test_calling_a_person_a_friend_is_no_criticism(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Carol Baker called Jim Kelly a loyal friend at the rally.")


def test_calling_a_storm_a_disaster_names_no_one(pipeline):
    assert types_of(pipeline, "The flood was called a disaster by county officials.") == set()
