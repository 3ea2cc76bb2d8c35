"""Who did it to whom (issue #4, round ev41): arguments the words place only through a place inside the phrase or
a party's adjective, and sector words read from the actors knowledge base. Each test is an invented sentence."""

from __future__ import annotations

from eventwire.events.actors_fallback import sector_of, sector_only_code
from tests.events.helpers import country, events_of, of_type


def test_a_place_inside_a_phrase_gives_it_a_country(pipeline):
    lawsuit = of_type(events_of(pipeline, "The Ohio water commission sued the Environmental Protection Agency over "
                                          "the rules."), "ACCUSE")[0]
    assert country(lawsuit.source) == "USA"


def test_a_party_adjective_places_its_members_in_an_article_about_its_country(pipeline):
    criticism = of_type(events_of(pipeline, "The leading Republican senators criticized President Obama on "
                                            "Tuesday.", "2014-03-01"), "ACCUSE")[0]
    assert criticism.source.code == "USALEG"


def test_a_party_adjective_before_a_thing_names_no_member(pipeline):
    criticism = of_type(events_of(pipeline, "The Democratic nomination was criticized by Senator Ted Cruz.",
                                  "2016-03-01"), "ACCUSE")[0]
    assert criticism.target is not None and criticism.target.code is None


def test_sector_phrases_of_the_knowledge_base_are_read_longest_first():
    assert (sector_of("the defence ministry"), sector_of("gunmen"), sector_of("Sheriff's deputies")) == \
        ("MIL", "REB", "COP")


def test_the_head_noun_phrase_still_ends_before_of():
    assert sector_of("the minister of defence") == "GOV"


def test_words_that_name_no_actor_on_their_own_give_a_bare_phrase_no_sector():
    assert (sector_only_code("the killing of children"), sector_of("government sources")) == (None, "GOV")
