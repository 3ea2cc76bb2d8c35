"""Complaints are words, private people are civilians, titles of works are no actors (issue #4, round ev45). Each
rule has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 114 "complain officially" is a complaint lodged with someone; complaining about someone is criticism (111),
# and complaining about nothing named is no event
@pytest.mark.parametrize("text, cameo", [
    ("Kenyan farmers complained about the agriculture minister.", "111"),  # about someone: criticism
    ("Kenya complained to the United Nations about the raids.", "114"),  # lodged with a body: official complaint
])
def test_a_complaint_is_criticism_unless_lodged_with_someone(pipeline, text, cameo):
    assert of_type(events_of(pipeline, text), "ACCUSE")[0].cameo == cameo


def test_complaining_about_nothing_named_is_no_event(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Angry Kenyan farmers complained on Monday.")


# PLOVER PROTEST is a collective demonstration, strike or boycott; protesting that something is so is saying it
def test_protesting_that_something_is_so_is_criticism_not_a_demonstration(pipeline):
    events = events_of(pipeline, "The Kenyan opposition protested that the count was rigged.")
    assert "PROTEST" not in {e.type for e in events}
    assert of_type(events, "ACCUSE")[0].cameo == "111"


# what someone took to a forum to do is done there, not only intended
def test_what_someone_took_to_social_media_to_do_is_done(pipeline):
    accuse = of_type(events_of(pipeline, "Odinga took to Twitter to criticize President Ruto."), "ACCUSE")[0]
    assert not accuse.hypothetical


def test_an_infinitive_of_purpose_after_another_verb_stays_intended(pipeline):
    events = events_of(pipeline, "Kenya moved troops to the border to attack the rebels.")
    assert all(e.hypothetical for e in events if e.type == "ASSAULT")


def test_an_audience_word_alone_is_no_actor(pipeline):
    accuse = of_type(events_of(pipeline, "Fans criticized President Ruto."), "ACCUSE")[0]
    assert accuse.source is None or not accuse.source.code


# a demonym in the title of a work is no actor, in the actors stage or in the events stage's fallback coder
def test_fans_of_a_film_with_a_demonym_in_its_title_are_not_that_country(pipeline):
    accuse = of_type(events_of(pipeline, "Critics of ‘American Sniper’ met on Monday. Fans of the actor's "
                                         "performance in American Sniper criticized President Ruto."), "ACCUSE")[0]
    assert accuse.source is None or not (accuse.source.code or "").startswith("USA")


# CAMEO's sector codes say in what role an actor acts; a country's code alone is the state. A person no dictionary
# knows, whom the text gives no office, acts as a private person (CVL); one the text gives a role no dictionary
# codes (an apposition, an owner) holds some position: the country alone
@pytest.mark.parametrize("text, event_type, source_code", [
    ("Jomo Wambua donated $500 to President Ruto's campaign in Nairobi.", "AID", "KENCVL"),
    ("Jomo Wambua, 45, donated $500 to President Ruto's campaign in Nairobi.", "AID", "KENCVL"),  # an age: no role
    ("Kenyan fans criticized President Ruto.", "ACCUSE", "KENCVL"),  # a demonym before an audience word
    ("Jomo Wambua, co-founder of the Nairobi Film Festival, donated $500 to President Ruto's campaign.", "AID", "KEN"),
    ("The Kenyan Greens' Wambua donated $500 to President Ruto's campaign.", "AID", "KEN"),
])
def test_the_role_a_person_acts_in(pipeline, text, event_type, source_code):
    event = of_type(events_of(pipeline, text), event_type)[0]
    assert event.source is not None and event.source.code == source_code


def test_complaining_that_someone_did_wrong_takes_the_one_blamed(pipeline):
    accuse = of_type(events_of(pipeline, "On the stump, Odinga complained that President Ruto lied."), "ACCUSE")[0]
    assert accuse.cameo == "111" and accuse.target.code == "KENGOV"
