"""A meeting or an agreement named after a city ("the Paris agreement", "the Geneva talks") was held or signed
there: the city is no party to it, as source or as target; a country it is named after is one. Each sentence is
invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_a_city_named_on_an_accord_is_not_its_signatory(pipeline):
    events = of_type(events_of(pipeline, "Armenia and Azerbaijan signed the Tbilisi accord on Friday."), "SUPPORT")
    assert {(country(e.source), country(e.target)) for e in events} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_city_named_on_a_treaty_is_not_the_target_of_its_critics(pipeline):
    event = of_type(events_of(pipeline, "The Kenyan foreign minister criticized the Lisbon treaty."), "ACCUSE")[0]
    assert country(event.source) == "KEN" and country(event.target) != "PRT"


def test_another_actor_named_in_the_phrase_is_still_the_target(pipeline):
    event = of_type(events_of(pipeline, "Kenya praised the Geneva talks on Somalia."), "SUPPORT")[0]
    assert country(event.target) == "SOM"


def test_a_country_named_on_a_deal_is_a_party(pipeline):
    event = of_type(events_of(pipeline, "Kenya defended the Uganda deal."), "SUPPORT")[0]
    assert country(event.target) == "UGA"
