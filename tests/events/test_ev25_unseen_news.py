"""Mis-analyses found on real news sentences labelled blind (issue #4): each test is an invented sentence."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


# missing vocabulary (CAMEO 111, 051, 0831)
def test_going_after_a_politician_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Vladimir Putin went after Angela Merkel in a long speech on Tuesday."),
                    "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("RUS", "DEU")


def test_armed_men_going_after_someone_are_no_critics(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Kenyan police went after the suspect through the market.")


def test_throwing_support_behind_someone_endorses_them(pipeline):
    event = of_type(events_of(pipeline, "The French president threw his support behind Angela Merkel on Monday."),
                    "SUPPORT")[0]
    assert country(event.target) == "DEU"


def test_a_broadside_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Vladimir Putin's broadside against Angela Merkel dominated the summit."),
                    "ACCUSE")[0]
    assert country(event.target) == "DEU"


def test_telling_someone_to_step_aside_is_a_demand(pipeline):
    event = of_type(events_of(pipeline, "Vladimir Putin told Alexander Lukashenko that he should step aside."),
                    "REQUEST")[0]
    assert country(event.source) == "RUS"


# wrong sense
def test_the_pronoun_us_names_no_country(pipeline):
    assert not events_of(pipeline, "Old proverbs urge us to forgive the people who deceive us.")


def test_an_attack_named_by_its_date_is_a_known_event(pipeline):
    assert "ASSAULT" not in types_of(
        pipeline, "Vladimir Putin said the CIA was responsible for the attacks of Sept. 11, 2001, on New York.")


def test_an_interview_question_is_no_appeal(pipeline):
    assert "REQUEST" not in types_of(pipeline, "When asked for his position on the tariffs, Justin Trudeau laughed.")
    assert "REQUEST" not in types_of(pipeline, "When asked to name their party, most Canadians named none.")


def test_asking_ones_own_people_is_no_appeal_but_asking_another_is(pipeline):
    assert "REQUEST" not in types_of(pipeline, "Justin Trudeau asked his aides to look into the travel costs.")
    assert "REQUEST" in types_of(pipeline, "Justin Trudeau asked Germany to look into the travel costs.")


def test_the_source_a_sentence_cites_reports_no_investigation(pipeline):
    text = "According to a Kenyan police summary of their investigation, the Nairobi governor sent two letters."
    assert "ACCUSE" not in types_of(pipeline, text)


def test_a_pledge_about_ones_own_plans_is_no_intent_to_cooperate(pipeline):
    assert not events_of(pipeline, "Justin Trudeau vowed that a second term would bring cheaper housing.")
    assert not events_of(pipeline, "Justin Trudeau pledged to defend the health law against all repeal efforts.")


@pytest.mark.parametrize("text", ["Japan pledged aid to Haiti after the storm.",
                                  "Russia vowed to cooperate with China on energy."])
def test_a_pledge_of_cooperation_stays_an_intent(pipeline, text):
    assert "AGREE" in types_of(pipeline, text)


def test_a_teams_trip_is_no_visit(pipeline):
    assert "CONSULT" not in types_of(
        pipeline, "The wrestling team won the league championship and will make its fifth trip to Moscow.")


# actors a text without any country still has
def test_named_people_face_each_other_in_a_text_naming_no_country(pipeline):
    event = of_type(events_of(pipeline, "Bob Kessler accused Mary Olsen of lying about the budget."), "ACCUSE")[0]
    assert event.source is not None and event.target is not None


def test_a_named_person_alone_in_a_text_naming_no_country_still_acts_in_no_talk(pipeline):
    assert not events_of(pipeline, "Bob Kessler discussed his new book with great passion.")
