"""Events referred to, not reported: the charge of an arrest ("on five counts of rape"), a named past attack inside
a phrase ("her handling of the 2004 Madrid attack"), an act someone prevents ("a plan to prevent attacks"), a
stance against an act ("was against the war"); and readings of common verbs that report no event (meeting with
resistance, recognizing an anniversary, asking questions, a gift's purpose that is a meeting). Sentences written
for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


def test_known_events_named_past_attack_in_a_phrase_is_no_event(pipeline):
    text = "Her handling of the 2004 Madrid attack drew criticism from Spanish lawmakers."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_known_events_casualties_of_a_named_attack_are_news(pipeline):
    text = "Six Afghan soldiers died in the Kabul attack on Monday."
    assert of_type(events_of(pipeline, text), "ASSAULT")


def test_known_events_prevented_attacks_did_not_happen(pipeline):
    text = "The Kenyan parliament approved a plan to prevent attacks on schools near the Somali border."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_known_events_meeting_with_resistance_is_no_meeting(pipeline):
    text = "The Kenyan president's tax plan has met with resistance from opposition lawmakers."
    assert "CONSULT" not in types_of(pipeline, text)


def test_known_events_recognizing_an_anniversary_is_no_recognition(pipeline):
    text = "The mayor of Nairobi recognized the anniversary of Kenya's independence on Friday."
    assert "SUPPORT" not in types_of(pipeline, text)


def test_known_events_asking_questions_is_no_request(pipeline):
    text = "Kenyan reporters asked questions to the Somali president about his visit."
    assert "REQUEST" not in types_of(pipeline, text)


def test_known_events_sending_aides_to_meet_is_no_aid(pipeline):
    text = "The governor of Ohio dispatched two aides to meet with doctors in Haiti."
    types = types_of(pipeline, text)
    assert "AID" not in types and "CONSULT" in types


def test_known_events_charge_of_an_arrest_is_no_second_event(pipeline):
    text = "A Lagos man was arrested on Sunday on five counts of rape."
    types = types_of(pipeline, text)
    assert "COERCE" in types and "ASSAULT" not in types


def test_known_events_stance_against_a_war_is_no_event(pipeline):
    text = "In 2003 the Canadian prime minister was firmly against the war in Iraq, Canadian officials recalled."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_known_events_such_attack_restates_the_reported_one(pipeline):
    text = ("Kenya said mortar rounds were fired at a police post in Mandera from Somalia on Friday in the first such "
            "attack since May.")
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert len(assaults) == 1 and assaults[0].cameo == "193"


def test_known_events_toll_of_a_named_attack_is_news(pipeline):
    text = "The death toll from the Baghdad bombings rose to 50, Iraqi police said."
    assert of_type(events_of(pipeline, text), "ASSAULT")
