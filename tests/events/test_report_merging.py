"""Repeated reports of one event merge only when their sides are the same actors. Sentences written for
eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def test_dedup_different_people_of_one_country_are_different_events(pipeline):
    text = ("Sarah Collins criticized Michael Turner at a meeting in Ohio. "
            "On Friday, David Brown criticized Paul Smith in Ohio.")
    assert len(of_type(events_of(pipeline, text), "ACCUSE")) == 2


def test_dedup_the_same_people_named_again_are_one_event(pipeline):
    text = ("Sarah Collins criticized Michael Turner at a meeting in Ohio. "
            "On Friday, Collins criticized Turner again in Ohio.")
    assert len(of_type(events_of(pipeline, text), "ACCUSE")) == 1


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
