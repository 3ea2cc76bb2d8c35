"""Event actors that came out wrong (issue #4, round ev30): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


# a place the text also tags as a person's name (Chester, the English town, for a man named Chester) gives the
# article's actors no country (actors.context.CountryContext)
def test_a_person_read_as_a_town_places_no_one(pipeline):
    arrest = of_type(events_of(pipeline, "Hughes and Chester were arrested for theft on Friday, police said."),
                     "COERCE")[0]
    assert country(arrest.target) != "GBR"


# an event noun's doer is its "by" phrase before its "of" phrase (arguments.event_actor,
# `event_actor_fallback_preps` in patterns.yaml): "avenge the killing of X by Y" is aimed at Y
def test_avenging_a_killing_targets_the_killers_not_the_victims(pipeline):
    threat = of_type(events_of(pipeline, "Pakistan pledged to avenge the killing of its policemen by Taliban gunmen."),
                     "THREATEN")[0]
    assert country(threat.source) == "PAK" and threat.target is not None and not threat.target.code.startswith("PAK")


# a naming verb the parser hung on its subject, with the insult made the main verb and the one named its second
# subject (triggers.misread_naming_complement), is still criticism of the one named
def test_an_insult_parsed_as_the_main_verb_is_criticism(pipeline):
    found = of_type(events_of(pipeline, "Trump called Kelly unhinged and dangerous."), "ACCUSE")
    assert [(e.cameo, e.source.text, e.target.text) for e in found] == [("111", "Trump", "Kelly")]
