"""Attacks in words, the place of a killing, and a pronoun for a titled person (issue #4, round ev46). Each rule
has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 111 (criticize) is an attack in words: one made in a speech, an ad or an interview, or one about a
# record, a matter or "what" someone did, is criticism, whoever it aims at
@pytest.mark.parametrize("text", [
    "Senator Okafor has attacked Nigerian migrants in his speeches.",  # made in speeches
    '"That is what she keeps attacking us on," Okafor said.',  # a matter attacked on
    "Kenyan farmers attacked the Nigerian company on its record.",  # about a record
])
def test_an_attack_in_words_is_criticism(pipeline, text):
    events = events_of(pipeline, text)
    assert "ASSAULT" not in {e.type for e in events}
    assert of_type(events, "ACCUSE")[0].cameo == "111"


# a blow has no topic and is struck anywhere: a day, weapons or armed attackers keep it an assault
@pytest.mark.parametrize("text", [
    "A man attacked his neighbour with a knife in Kano on Monday.",
    "Militants attacked a military base in Kano on Monday.",
    "Gunmen attacked a village in Kano during the night.",
])
def test_a_physical_attack_stays_an_assault(pipeline, text):
    assert "ASSAULT" in types_of(pipeline, text)


# the target of an act of force is who it is done to; an at/in phrase of the act says where it happened
@pytest.mark.parametrize("text, target_words", [
    ("Grace Okoro was killed at a Lagos petrol station in 2019.", "Grace Okoro"),
    ("Gunmen attacked worshippers at a mosque in Kano.", "worshippers"),
])
def test_the_place_of_a_killing_is_no_target(pipeline, text, target_words):
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.target is not None and assault.target.text == target_words
    assert assault.target.code.startswith("NGA")


# a pronoun stands for the person its antecedent names, in the role the antecedent's words give (a party title
# makes a party member, a bare name a civilian)
@pytest.mark.parametrize("text, code", [
    ("Party chairman Jo Wambua spoke in Nairobi on Monday. He criticized President Ruto.", "KENPTY"),
    ("Party chairman Jo Wambua said he would sue President Ruto in Nairobi.", "KENPTY"),
    ("Jo Wambua spoke in Nairobi on Monday. He criticized President Ruto.", "KENCVL"),
])
def test_a_pronoun_takes_its_antecedents_role(pipeline, text, code):
    accuse = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert accuse.source.code == code
