"""Errors found by probing the coder with invented sentences (issue #4, round ev29): each test is an invented
sentence."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


# a possessive in the object of a hostile verb is not its doer's (actor_refs._harming_doer): the owner is the
# other actor named before
def test_the_sites_struck_belong_to_the_other_country(pipeline):
    strike = of_type(events_of(pipeline, "If Peru invades, Chile will strike its oil fields."), "ASSAULT")[0]
    assert country(strike.source) == "CHL" and country(strike.target) == "PER"


def test_a_possessive_with_no_other_actor_is_not_the_doer(pipeline):
    strike = of_type(events_of(pipeline, "Chile will strike its oil fields."), "ASSAULT")[0]
    assert country(strike.target) != "CHL"


# coordinated subjects of a mutual act (`mutual` in patterns.yaml) face each other
@pytest.mark.parametrize("text, plover_type", [
    ("Mali's army and the Tuareg rebels agreed to a truce.", "AGREE"),
    ("Laos and Vietnam exchanged fire.", "ASSAULT"),
])
def test_partners_of_a_mutual_act_face_each_other(pipeline, text, plover_type):
    found = of_type(events_of(pipeline, text), plover_type)
    assert len(found) == 2 and all(e.target is not None and country(e.target) for e in found)
    assert {e.source.code for e in found} == {e.target.code for e in found}


def test_co_attackers_do_not_attack_each_other(pipeline):
    found = of_type(events_of(pipeline, "Benin and Togo attacked the rebels."), "ASSAULT")
    assert all(country(e.target) not in {"BEN", "TGO"} for e in found)


# welcoming or backing a mere idea is a view, like rejecting one (modality `prospect_nouns`)
def test_welcoming_the_idea_of_talks_is_no_event(pipeline):
    assert types_of(pipeline, "Chile welcomed the idea of talks with Bolivia.") == set()


def test_welcoming_an_actor_is_still_support(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Chile welcomed the Bolivian president's visit.")


# vowing to retaliate is a threat of force (CAMEO 138), not an agreement
def test_a_vow_to_retaliate_is_a_threat(pipeline):
    threat = of_type(events_of(pipeline, "Bolivia vowed to retaliate against Chile over the border."), "THREATEN")[0]
    assert threat.cameo == "138" and country(threat.target) == "CHL"


def test_a_promise_to_help_stays_an_agreement(pipeline):
    assert "AGREE" in types_of(pipeline, "Bolivia promised to help Chile.")


# an unresolved he/she after a sentence with several people is the subject of the nearest such sentence
def test_a_pronoun_is_the_last_sentence_subject(pipeline):
    text = "Senator McDonald met Senator O'Brien in Dublin. Ann Cole spoke later. He accused Togo of lying."
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[-1]
    assert accusation.source.canonical == "McDonald"


# whose a thing is: the maker in its relative clause (arguments._object_phrase_targets, agents.yaml making_verbs)
@pytest.mark.parametrize("text", [
    "Kenya criticized the plan Uganda unveiled.",
    "Kenya criticized several parts of the strategy that Uganda outlined on Monday.",
])
def test_criticism_of_a_plan_targets_its_maker(pipeline, text):
    assert country(of_type(events_of(pipeline, text), "ACCUSE")[0].target) == "UGA"


# a threat to do something threatens that act: the act is not done (patterns.yaml noun `threat`, `infinitive`)
def test_a_threat_to_expel_is_a_threat_not_an_expulsion(pipeline):
    found = types_of(pipeline, "Ghana's threat to expel the Togolese envoys alarmed Lome.")
    assert "THREATEN" in found and "SANCTION" not in found


def test_a_threat_to_impose_tariffs_is_a_threat_of_sanctions(pipeline):
    threat = of_type(events_of(pipeline, "Peru's threats to impose tariffs on Chilean wine angered Santiago."),
                     "THREATEN")[0]
    assert threat.cameo == "1312" and country(threat.source) == "PER"


# a condition with a subject of its own is another act, not the main act restated (absorption._condition_of)
def test_a_counterstrike_does_not_target_its_own_country(pipeline):
    found = of_type(events_of(pipeline, "If Kenya invades Somalia, Somalia will strike back."), "ASSAULT")
    assert not any(country(e.source) == country(e.target) == "SOM" for e in found)
    assert any(country(e.source) == "KEN" and country(e.target) == "SOM" and e.hypothetical for e in found)


# "X called Y a liar" misparsed with X as the root and "called" a participle on it (arguments._main_verb_of,
# triggers.naming_complement_subjects): still criticism of Y by X
def test_calling_a_rival_a_loser_is_criticism_despite_the_misparse(pipeline):
    accusation = of_type(events_of(pipeline, "Trump called Romney a loser."), "ACCUSE")[0]
    assert country(accusation.source) == "USA" and accusation.target is not None


# ... but a headline's participle with no naming complement stays a passive: the noun is who undergoes it
def test_a_headline_passive_stays_passive(pipeline):
    arrest = of_type(events_of(pipeline, "Kenyan journalist arrested in Cairo."), "COERCE")[0]
    assert country(arrest.target) == "KEN" and country(arrest.source) != "KEN"
