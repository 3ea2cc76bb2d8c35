"""Who calls for a boycott, attacks in words in political news, the people an attack is aimed at, and datelines
(issue #4, round ev47). Each rule has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type

# An article about politics: five or more different words of politics (`political_article_min_cues`).
CAMPAIGN_NEWS = ("The Republican primary campaign turned bitter after the debate, and new polls showed the voters "
                 "split ahead of the election. ")


# what a call asks for is the caller's act (the noun's possessor or by/from phrase, or the subject of a verb that
# issues the call); the medium or place the calls fill is no caller, and a call with no caller named has no source
@pytest.mark.parametrize("text, caller", [
    ("Social media lit up with calls to boycott the Kenyan tea board.", None),
    ("Twitter was flooded with calls to boycott Kenyan tea.", None),
])
def test_a_call_to_act_is_made_by_its_caller(pipeline, text, caller):
    events = of_type(events_of(pipeline, text), "PROTEST")
    assert {country(e.source) for e in events} == {caller}
    assert not any(e.source is not None and e.source.text.lower() in {"social media", "twitter"} for e in events)


# CAMEO 111 (criticize or denounce): in political news a public figure's (a person the actors stage codes) attack on
# a person, with no weapon, harm or armed actor in its clause, is an attack in words; a private person's stays force
# (dated 2016, when the knowledge base codes Trump as USA with no political sector)
@pytest.mark.parametrize("sentence", [
    "Trump attacked Clinton on Monday.",
    "Trump attacked the immigrants on Monday.",  # at no coded actor
    "He attacked Clinton on Monday.",
])
def test_a_public_figures_attack_in_political_news_is_criticism(pipeline, sentence):
    events = events_of(pipeline, CAMPAIGN_NEWS + sentence, date="2016-03-20")
    assert "ASSAULT" not in {e.type for e in events}
    assert of_type(events, "ACCUSE")[0].cameo == "111"
    private = events_of(pipeline, CAMPAIGN_NEWS + "John Okafor attacked Mary Adeyemi on Monday.", date="2016-03-20")
    assert "ASSAULT" in {e.type for e in private}


# an attack noun qualified as harsh, sharp or populist is words whatever it aims at (CAMEO 111)
@pytest.mark.parametrize("text", [
    "Senator Okafor's harsh attacks on Nigerian migrants angered the bishops.",
    "The governor's sharp attacks on Kenyan farmers angered the bishops.",
])
def test_a_harsh_attack_is_criticism(pipeline, text):
    events = events_of(pipeline, text)
    assert "ASSAULT" not in {e.type for e in events}
    assert of_type(events, "ACCUSE")[0].cameo == "111"


# the target is whom the act was aimed at; a place in a phrase on the act ("during his speech in Iowa") says where
# it happened, and does not stand in for people the act names but no dictionary codes
@pytest.mark.parametrize("text, target_words", [
    (CAMPAIGN_NEWS + "Trump continued his attacks on immigrants during his speech in Iowa.", "immigrants"),
    (CAMPAIGN_NEWS + "Trump attacked Muslims during his speech in Iowa.", "Muslims"),
])
def test_a_place_of_the_speech_is_no_target(pipeline, text, target_words):
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert accusation.target is not None and accusation.target.text == target_words
    assert accusation.location == "Iowa"


# taking immigrants into custody is an arrest (CAMEO 173), as for migrants
def test_taking_immigrants_into_custody_is_an_arrest(pipeline):
    coercion = of_type(events_of(pipeline, "Kenyan police took ten immigrants into custody."), "COERCE")[0]
    assert coercion.cameo == "173"


# a dateline ("NAIROBI, Kenya (AP) —") says where a wire story was filed: the place is no doer of its events
@pytest.mark.parametrize("text, source_words, code", [
    ("NAIROBI, Kenya (AP) — Kenyan police arrested five protesters on Monday.", "Kenyan police", "KENCOP"),
    ("LAGOS — Nigerian troops attacked Boko Haram camps on Sunday.", "Nigerian troops", "NGAMIL"),
])
def test_a_dateline_is_no_source(pipeline, text, source_words, code):
    event = events_of(pipeline, text)[0]
    assert (event.source.text, event.source.code) == (source_words, code)
