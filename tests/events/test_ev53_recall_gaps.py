"""Common acts of crime and local news the patterns missed (issue #4, round ev53): looking into an incident
investigates it, grabbing a person lays hands on them, a person held on bond or in a jail is detained, and
protesters who went somewhere to hold up signs protest (the subject a purpose infinitive shares). Each test
sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


def test_looking_into_an_incident_is_an_investigation(pipeline):
    event = of_type(events_of(pipeline, "The Kenyan army sent teams to look into the shooting."), "ACCUSE")[0]
    assert event.cameo == "090" and event.source.code.startswith("KEN")


def test_looking_without_into_is_no_investigation(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Kenyan police looked at the crowd outside the station.")


def test_voters_looking_into_a_record_investigate_nothing(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Many Kenyan voters looked into Odinga's record last week.")


def test_grabbing_a_person_is_an_assault(pipeline):
    event = of_type(events_of(pipeline, "A man grabbed a woman outside the Nairobi station, Kenyan police said."),
                    "ASSAULT")[0]
    assert event.cameo == "182"


def test_grabbing_a_thing_is_no_assault(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "The Kenyan minister grabbed the microphone and spoke.")


def test_a_person_held_on_bond_is_detained(pipeline):
    event = of_type(events_of(pipeline, "Kenyan police said the suspect was held on $500 bond."), "COERCE")[0]
    assert event.cameo == "173"


def test_a_person_held_in_a_jail_is_detained(pipeline):
    assert "COERCE" in types_of(pipeline, "The man was being held in the Nairobi county jail, Kenyan police said.")


def test_a_vigil_held_outside_a_jail_detains_no_one(pipeline):
    assert "COERCE" not in types_of(pipeline, "Kenyan activists held a vigil outside the Nairobi jail.")


def test_protesters_who_went_somewhere_to_hold_signs_protest(pipeline):
    events = events_of(pipeline, "Twenty Kenyan demonstrators walked to the corner of the square to keep holding "
                                 "their signs.")
    assert "PROTEST" in {e.type for e in events}


def test_signalling_support_for_an_actor_is_support(pipeline):
    event = of_type(events_of(pipeline, "Kenya signaled its support for Uganda's bid."), "SUPPORT")[0]
    assert event.cameo == "051" and event.target.code == "UGA"
