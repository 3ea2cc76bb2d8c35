"""Kinds of error found by reading the events of random news articles (round ev62): the fallback coder read a
country glued by a hyphen to a word in lower case ("Spanish-language") as an actor's, and the origin of an
"Iranian-American" as the person's country. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.events.actors_fallback import country_of
from tests.events.helpers import country, events_of, of_type


@pytest.mark.parametrize("text, expected", [
    ("her Spanish-language skills", None),
    ("the wife of an Iranian-American pastor", "USA"),
    ("the Spanish minister", "ESP"),
])
def test_ev62_a_hyphen_glued_country_names_no_one(text, expected):
    assert country_of(text) == expected


def test_ev62_a_target_is_not_placed_by_a_language(pipeline):
    mockery = of_type(events_of(pipeline, "Kenyan lawmakers mocked the senator's Spanish-language speech."),
                      "ACCUSE")[0]
    assert country(mockery.target) != "ESP"


def test_ev62_an_attack_is_aimed_at_the_verbs_object_as_well_as_its_owner(pipeline):
    """"attacked her language skills": when her, the owner, is the target, the skills are still what the attack is
    aimed at, which makes it criticism (figurative.yaml `discourse_targets`)."""
    from eventwire.events.figurative import _aimed_at
    from eventwire.events.triggers import find_triggers

    sentence = next(pipeline.nlp("Some of her followers attacked her language skills.").sents)
    attack = next(t for t in find_triggers(sentence) if t.token.lemma_ == "attack")
    owner = next(t for t in sentence if t.lower_ == "her" and t.dep_ == "poss")
    assert "skills" in [word.text for word in _aimed_at(attack, owner)]
