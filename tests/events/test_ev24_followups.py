"""Round ev24 follow-ups of issue #4: the sender named in a delivery's apposition, the place a movement goes to,
leaving talks as one event, and a participle after an attribution reported by its speaker. Sentences written for
eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type

CONVOY = ("A convoy of 40 trucks carrying food and tents crossed from Kenya into Somalia on Monday, the first Red Cross "
          "shipment since the drought began, aid workers said.")


def test_the_sender_named_in_a_convoys_apposition_is_the_source(pipeline):
    aid = of_type(events_of(pipeline, CONVOY), "AID")
    assert aid[0].source is not None and aid[0].source.text == "Red Cross" and aid[0].source.code


def test_a_convoy_naming_no_sender_keeps_no_coded_source(pipeline):
    text = ("A convoy of 20 trucks carrying food, medicine and tents crossed from Uganda into South Sudan on Friday, the "
            "first such shipment through the Nimule crossing since the spring, relief workers said.")
    aid = of_type(events_of(pipeline, text), "AID")
    assert not (aid[0].source and aid[0].source.code)


def test_a_crossing_takes_place_where_it_goes(pipeline):
    aid = of_type(events_of(pipeline, CONVOY), "AID")
    assert aid[0].location == "Somalia" and country(aid[0].target) == "SOM"


def test_a_convoy_misread_as_the_speakers_second_subject_is_reported_by_the_speaker(pipeline):
    text = ("A convoy of 20 trucks carrying food, medicine and tents crossed from Uganda into South Sudan on Friday, the "
            "first UNICEF shipment through the Nimule crossing since the spring, relief workers said.")
    aid = of_type(events_of(pipeline, text), "AID")
    assert aid[0].reported_by == "relief workers"


def test_withdrawing_from_talks_codes_no_talks(pipeline):
    events = events_of(pipeline, "Colombia withdrew from the talks with the ELN on Friday.")
    assert [e.type for e in events] == ["SANCTION"]


def test_pulling_out_of_negotiations_codes_no_negotiations(pipeline):
    events = events_of(pipeline, "Chile pulled out of the negotiations last week.")
    assert "CONSULT" not in {e.type for e in events} and "SANCTION" in {e.type for e in events}


def test_talks_held_after_a_withdrawal_elsewhere_are_still_coded(pipeline):
    events = events_of(pipeline, "Ghana withdrew its troops from Mali and held talks with Togo.")
    assert "CONSULT" in {e.type for e in events}


def test_a_participle_after_an_attribution_is_reported_by_its_speaker(pipeline):
    text = "Militants raided an army post, the governor said on Sunday, wounding three soldiers."
    wounding = [e for e in of_type(events_of(pipeline, text), "ASSAULT") if "soldiers" in (e.target.text or "")]
    assert wounding and wounding[0].reported_by and "governor" in wounding[0].reported_by
