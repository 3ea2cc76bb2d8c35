"""Fourteenth-round rules (issue #4, read on 120 new real news articles): a town whose name holds another
country's name is read whole, killing a doctrine or trade is a figure of speech, backing off a plan and name
recognition are no support. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.events.actors_fallback import country_of
from tests.events.helpers import events_of


def test_fallback_town_name_is_not_read_through_a_country_word():
    assert country_of("the mayor of Jersey City") == "USA"


def test_fallback_african_town_holding_a_country_name_keeps_its_country():
    assert country_of("protesters in Benin City") == "NGA"


def test_fallback_capital_holding_its_country_name_keeps_it():
    assert country_of("officials in Mexico City") == "MEX"


def test_fallback_country_word_alone_still_names_its_country():
    assert country_of("the government of Benin") == "BEN"


def test_fallback_mount_lebanon_is_the_lebanese_governorate():
    assert country_of("villages in Mount Lebanon") == "LBN"


def test_figurative_killing_a_trade_is_no_assault(pipeline):
    text = "Critics say journalists are killing journalism."
    assert not [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_figurative_killing_people_stays_an_assault(pipeline):
    text = "Critics say rebels are killing soldiers."
    assert [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_vocabulary_backing_off_a_plan_is_no_support(pipeline):
    text = "Germany backed off some of its proposals on Monday."
    assert not [e for e in events_of(pipeline, text) if e.type == "SUPPORT"]


def test_vocabulary_backing_a_country_stays_support(pipeline):
    text = "Germany backed France on Monday."
    assert [e for e in events_of(pipeline, text) if e.type == "SUPPORT"]


def test_vocabulary_name_recognition_is_no_recognition(pipeline):
    text = "Hillary Clinton still has the advantage of name recognition over Bernie Sanders."
    assert not [e for e in events_of(pipeline, text) if e.cameo == "054"]


def test_vocabulary_recognition_of_regions_stays_recognition(pipeline):
    text = "Russia's recognition of the two regions angered Georgia."
    assert [e for e in events_of(pipeline, text) if e.cameo == "054"]



def test_fallback_place_inside_a_phrase_takes_the_country_geo_resolved(pipeline):
    text = ("Donald Trump won Georgia, Alabama and Tennessee on Super Tuesday. "
            "Voters in Georgia backed him strongly.")
    support = [e for e in events_of(pipeline, text, date="2016-03-02") if e.type == "SUPPORT"]
    assert [e.source.code[:3] for e in support] == ["USA"]
