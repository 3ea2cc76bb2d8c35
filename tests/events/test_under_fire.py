""""Came under fire": a person or a body that speaks is criticised (ACCUSE 111), a place, a convoy or troops are
shot at (ASSAULT 190), the "from" phrase naming who did it. Each sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def test_a_minister_under_fire_is_criticised(pipeline):
    event = of_type(events_of(pipeline, "The Kenyan minister came under fire from opposition lawmakers over the deal."),
                    "ACCUSE")[0]
    assert event.cameo == "111" and event.source.code == "KENLEG" and event.target.code == "KENGOV"


def test_a_government_under_fire_is_criticised(pipeline):
    assert types_of(pipeline, "The Nigerian government has come under fire from rights groups.") == {"ACCUSE"}


def test_troops_under_fire_are_shot_at(pipeline):
    event = of_type(events_of(pipeline, "Israeli troops came under fire from Hamas gunmen in Gaza."), "ASSAULT")[0]
    assert event.cameo == "190" and country(event.target) == "ISR" and event.source.code.startswith("PSE")


def test_a_town_the_tagger_missed_under_fire_is_shot_at(pipeline):
    event = of_type(events_of(pipeline, "Kharkiv came under fire overnight, the Ukrainian governor said."),
                    "ASSAULT")[0]
    assert country(event.target) == "UKR"


def test_a_town_named_by_apposition_under_fire_is_shot_at(pipeline):
    text = "Zarvenka, a Georgian village near the border, came under fire last night."
    assert types_of(pipeline, text) == {"ASSAULT"}


def test_a_fire_put_out_is_no_event(pipeline):
    assert not events_of(pipeline, "Ukrainian firefighters put out a fire at a warehouse in Kharkiv on Monday.")
