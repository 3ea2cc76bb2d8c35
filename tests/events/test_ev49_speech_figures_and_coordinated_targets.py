"""What a speaker's first person says that is no event, coordinated targets, a meeting's place and interview
questions (issue #4, round ev49). Each rule has its reason in the CAMEO/PLOVER definitions; each test sentence is
invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


def _sides(events):
    return [(e.type, e.source and e.source.text, e.target and e.target.text) for e in events]


# fleeing an act or being told of it is no part in it: neither the one who flees nor the one briefed did it or
# suffered it there
@pytest.mark.parametrize("text, person", [
    ('"We are running from these kinds of attacks in Somalia," said Amina Hassan, a refugee.', "We"),
    ('"I have been briefed about the bombings in Nairobi," Kenyan President William Ruto said.', "I"),
    ("Ruto said he had been briefed about the bombing of the embassy.", "he"),
])
def test_who_flees_or_is_told_of_an_act_is_none_of_its_sides(pipeline, text, person):
    events = events_of(pipeline, text)
    assert not [e for e in events if person in {e.source and e.source.text, e.target and e.target.text}], \
        _sides(events)


def test_a_fight_in_the_media_is_a_political_contest(pipeline):
    # "media" is lemmatised "medium": the political sentence is read from the word as written too
    text = '"I have been very prepared to fight in the media," Newt Gingrich said.'
    assert not events_of(pipeline, text)


@pytest.mark.parametrize("text", [
    '"If we win Ohio, we are going to go marching into the Republican convention," Senator Ted Cruz said.',
    '"If we win in Ohio, we will march out with the Republican nomination," Senator Ted Cruz said.',
])
def test_a_campaigns_march_into_the_convention_is_no_demonstration(pipeline, text):
    assert not events_of(pipeline, text)


def test_protesters_marching_into_a_building_still_protest(pipeline):
    of_type(events_of(pipeline, "Kenyan protesters marched into the parliament building on Tuesday."), "PROTEST")


@pytest.mark.parametrize("text", [
    '"I want to thank Japan for its support," Kenyan President William Ruto said.',
    '"Let me take this opportunity to thank Japan for its support," Kenyan President William Ruto said.',
])
def test_thanks_said_in_the_first_person_are_given_not_intended(pipeline, text):
    support = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert support.cameo == "051" and not support.hypothetical and support.target.code.startswith("JPN")


def test_a_third_persons_wish_to_thank_stays_an_intent(pipeline):
    assert of_type(events_of(pipeline, "Ruto wants to thank Japan for its support."), "AGREE")[0].hypothetical


def test_thanking_ones_volunteers_is_a_courtesy(pipeline):
    text = '"Let me take this opportunity to thank the volunteers in Iowa," Senator Bernie Sanders said.'
    assert not events_of(pipeline, text)


def test_an_unreal_case_is_imagined(pipeline):
    text = ('"If he went into a synagogue and killed Jewish people, we would call it out for what it is," said '
            'Senator Chris Murphy.')
    assert not events_of(pipeline, text), _sides(events_of(pipeline, text))


@pytest.mark.parametrize("text, plover_type", [
    ('"If Uganda crossed the border, we would strike back," Ruto said.', "THREATEN"),  # a hostile act: a threat
    ('"If Uganda crosses the border, we will condemn it," Ruto said.', "ACCUSE"),  # a real condition
    ("Iran said it would strike Israel if Israel attacked its nuclear sites.", "THREATEN"),  # reported speech
])
def test_threats_and_real_conditions_stay(pipeline, text, plover_type):
    of_type(events_of(pipeline, text), plover_type)


def test_a_way_to_act_is_no_act(pipeline):
    text = ('"We reviewed the contracts with the firm and found no legal way to cancel these contracts," '
            'spokeswoman Monica Klein said.')
    assert not events_of(pipeline, text)


@pytest.mark.parametrize("text, plover_type, source, target", [
    ('"We attacked the base at dawn," the commander said.', "ASSAULT", "---MIL", None),
    ('"I met Putin yesterday," Macron said.', "CONSULT", "FRAGOV", "RUSGOV"),
])
def test_a_speakers_own_acts_stay(pipeline, text, plover_type, source, target):
    event = of_type(events_of(pipeline, text), plover_type)[0]
    assert event.source.code == source and (event.target.code if target else None) == target


@pytest.mark.parametrize("text, plover_type, targets", [
    ("President Obama met with Putin and Merkel on Monday.", "CONSULT", {"RUSGOV", "DEUGOV"}),
    ("Russia attacked Ukraine and Georgia.", "ASSAULT", {"UKR", "GEO"}),
    ("Police arrested Jane Okoro and Mark Odhiambo in Lagos.", "COERCE", {"Jane Okoro", "Mark Odhiambo"}),
])
def test_each_coordinated_target_undergoes_the_act(pipeline, text, plover_type, targets):
    found = {e.target.code if e.target.code and e.target.code[:3] != "NGA" else e.target.text
             for e in of_type(events_of(pipeline, text), plover_type)}
    assert found == targets


def test_where_two_failed_to_agree_is_not_whom(pipeline):
    events = of_type(events_of(pipeline, "Obama and Putin fail to find common ground during meeting in China"),
                     "REJECT")
    assert {(country(e.source), country(e.target)) for e in events} == {("USA", "RUS"), ("RUS", "USA")}


@pytest.mark.parametrize("text", [
    "Senator Warren spoke to reporters on Monday.\n\nQ: Have you talked to her about the bill?",
    "Did Russia attack Ukraine?",
])
def test_a_yes_or_no_question_reports_nothing(pipeline, text):
    assert not events_of(pipeline, text)


def test_a_question_word_takes_the_act_as_done(pipeline):
    of_type(events_of(pipeline, "Why did Russia attack Ukraine?"), "ASSAULT")
