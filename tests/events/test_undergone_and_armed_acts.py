"""Violence told from the side of the one who suffers it, and armed threats in crime news (issue #4): shelling
"come under" or "faced", fire named by its weapon, a stabbing someone "ended up" in, a gun held to a person. Each
test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


def _codes(event):
    return (event.source and event.source.code, event.target and event.target.code)


@pytest.mark.parametrize("text", [
    "Kharkiv came under shelling from Russian forces on Sunday.",
    "Kharkiv faced shelling by Russian troops overnight.",
    "Kharkiv suffered heavy shelling from Russian forces.",
])
def test_a_gerund_undergone_is_done_by_its_from_phrase_to_the_subject(pipeline, text):
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert _codes(assault) == ("RUSMIL", "UKR")


@pytest.mark.parametrize("text, code", [
    ("Georgian villages came under mortar fire from Russian troops.", "194"),
    ("Ukrainian positions came under sniper fire from Russian troops.", "193"),
])
def test_fire_named_by_its_weapon_is_an_attack(pipeline, text, code):
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.cameo == code and assault.source.code == "RUSMIL"


def test_a_stabbing_one_ended_up_in_befalls_the_subject(pipeline):
    text = "A Kenyan teenager who tried to avoid a fight in Nairobi wound up being stabbed four times."
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.target.text == "A Kenyan teenager"


def test_an_arrest_avoided_befalls_no_one(pipeline):
    assert not events_of(pipeline, "The Kenyan activist avoided being arrested in Nairobi.")


@pytest.mark.parametrize("text, target", [
    ("Two Kenyan men held a knife to the driver's throat in Nairobi.", "the driver"),
    ("A Kenyan gunman held the shop clerk at gunpoint in Nairobi.", "the shop clerk"),
    ("A Kenyan gunman pointed a pistol at the shop clerk in Nairobi.", "the shop clerk"),
])
def test_a_weapon_held_to_a_person_is_an_armed_assault(pipeline, text, target):
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.cameo == "180" and assault.target.text.startswith(target)


def test_a_conjunct_verb_of_undergoing_shares_its_subject(pipeline):
    text = "The Kenyan activist led protests in 1990 and suffered years under house arrest."
    coerce = of_type(events_of(pipeline, text), "COERCE")[0]
    assert coerce.source is None and coerce.target.text == "The Kenyan activist"


def test_who_tells_of_coming_under_fire_did_not_fire(pipeline):
    text = "Senator Amina Hassan of Kenya recalled her story of coming under mortar fire in Somalia."
    assert not [e for e in events_of(pipeline, text) if e.source is not None and e.source.code.startswith("KEN")]


@pytest.mark.parametrize("text", [
    # fire with no weapon named is a blaze or, in politics, criticism
    "Senator Amina Hassan of Kenya came under fire from her own party over the budget.",
    "A fire broke out at the Kenyan embassy in Kampala.",
    # holding or pointing something that is no weapon
    "The Kenyan senator held a meeting with farmers in Nairobi.",
    "The Kenyan minister pointed a finger at the opposition.",
    # a vehicle that hits someone: an accident
    "A Kenyan cyclist was hit by a car and killed in Nairobi on Sunday.",
    "A Kenyan woman was struck by a pickup truck in Nairobi.",
    "A Kenyan boy was killed by a train near Nairobi.",
])
def test_no_weapon_and_no_attacker_is_no_assault(pipeline, text):
    assert "ASSAULT" not in types_of(pipeline, text)


def test_a_by_phrase_on_the_first_of_two_passives_is_the_doer_of_both(pipeline):
    assault = of_type(events_of(pipeline, "A Kenyan soldier was captured by rebels and killed."), "ASSAULT")[0]
    assert assault.source.code == "---REB" and assault.target.code == "KENMIL"


@pytest.mark.parametrize("text, target", [
    ("Jomo Otieno, the driver of a silver Pontiac, who was shot twice in Nairobi, died.", "the driver"),
    ("Jomo Otieno, a manager at Safaricom, who was shot twice in Nairobi, died.", "a manager"),
])
def test_who_after_a_persons_phrase_is_the_person(pipeline, text, target):
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.target is not None and assault.target.text.startswith(target)
