"""Mis-analyses found on real news sentences labelled blind (issue #4): each case is an invented sentence, and its
id says what it checks."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, first_event_countries, of_type, types_of


# missing vocabulary (CAMEO 111, 051, 0831)
@pytest.mark.parametrize("text, plover_type, countries", [
    pytest.param("Vladimir Putin went after Angela Merkel in a long speech on Tuesday.", "ACCUSE",
                 {"source": "RUS", "target": "DEU"}, id="going-after-a-politician-is-criticism"),
    pytest.param("The French president threw his support behind Angela Merkel on Monday.", "SUPPORT",
                 {"target": "DEU"}, id="throwing-support-behind-someone-endorses-them"),
    pytest.param("Vladimir Putin's broadside against Angela Merkel dominated the summit.", "ACCUSE",
                 {"target": "DEU"}, id="a-broadside-is-criticism"),
    pytest.param("Vladimir Putin told Alexander Lukashenko that he should step aside.", "REQUEST",
                 {"source": "RUS"}, id="telling-someone-to-step-aside-is-a-demand"),
])
def test_missing_vocabulary_codes_the_event_between_its_countries(pipeline, text, plover_type, countries):
    assert first_event_countries(pipeline, text, plover_type, countries) == countries


# wrong sense, and the right one beside it
@pytest.mark.parametrize("text, plover_type, coded", [
    pytest.param("Kenyan police went after the suspect through the market.", "ACCUSE", False,
                 id="armed-men-going-after-someone-are-no-critics"),
    pytest.param("Vladimir Putin said the CIA was responsible for the attacks of Sept. 11, 2001, on New York.",
                 "ASSAULT", False, id="an-attack-named-by-its-date-is-a-known-event"),
    pytest.param("When asked for his position on the tariffs, Justin Trudeau laughed.", "REQUEST", False,
                 id="an-interview-question-is-no-appeal"),
    pytest.param("When asked to name their party, most Canadians named none.", "REQUEST", False,
                 id="an-interview-question-to-name-something-is-no-appeal"),
    pytest.param("Justin Trudeau asked his aides to look into the travel costs.", "REQUEST", False,
                 id="asking-ones-own-people-is-no-appeal"),
    pytest.param("Justin Trudeau asked Germany to look into the travel costs.", "REQUEST", True,
                 id="asking-another-is-an-appeal"),
    pytest.param("According to a Kenyan police summary of their investigation, the Nairobi governor sent two letters.",
                 "ACCUSE", False, id="the-source-a-sentence-cites-reports-no-investigation"),
    pytest.param("Japan pledged aid to Haiti after the storm.", "AGREE", True,
                 id="a-pledge-of-aid-stays-an-intent"),
    pytest.param("Russia vowed to cooperate with China on energy.", "AGREE", True,
                 id="a-pledge-of-cooperation-stays-an-intent"),
    pytest.param("The wrestling team won the league championship and will make its fifth trip to Moscow.", "CONSULT",
                 False, id="a-teams-trip-is-no-visit"),
])
def test_a_word_is_coded_only_in_its_sense(pipeline, text, plover_type, coded):
    assert (plover_type in types_of(pipeline, text)) is coded


@pytest.mark.parametrize("text", [
    pytest.param("Old proverbs urge us to forgive the people who deceive us.", id="the-pronoun-us-names-no-country"),
    pytest.param("Justin Trudeau vowed that a second term would bring cheaper housing.",
                 id="a-vow-about-ones-own-plans-is-no-intent-to-cooperate"),
    pytest.param("Justin Trudeau pledged to defend the health law against all repeal efforts.",
                 id="a-pledge-about-ones-own-plans-is-no-intent-to-cooperate"),
    pytest.param("Bob Kessler discussed his new book with great passion.",
                 id="a-named-person-alone-in-a-text-naming-no-country-still-acts-in-no-talk"),
])
def test_sentence_has_no_event(pipeline, text):
    assert not events_of(pipeline, text)


# actors a text without any country still has
def test_named_people_face_each_other_in_a_text_naming_no_country(pipeline):
    event = of_type(events_of(pipeline, "Bob Kessler accused Mary Olsen of lying about the budget."), "ACCUSE")[0]
    assert event.source is not None and event.target is not None
