"""Complaints are words, private people are civilians, titles of works are no actors (issue #4, round ev45). Each
rule has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 114 "complain officially" is a complaint lodged with someone; complaining about someone is criticism (111),
# and complaining about nothing named is no event
def test_complaining_about_someone_is_criticism(pipeline):
    accuse = of_type(events_of(pipeline, "Kenyan farmers complained about the agriculture minister."), "ACCUSE")[0]
    assert accuse.cameo == "111"


def test_complaining_to_a_body_is_an_official_complaint(pipeline):
    accuse = of_type(events_of(pipeline, "Kenya complained to the United Nations about the raids."), "ACCUSE")[0]
    assert accuse.cameo == "114"


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


# CAMEO's sector codes say in what role an actor acts; a country's code alone is the state. A person no dictionary
# knows, whom the text gives no office, acts as a private person: a civilian (CVL)
def test_a_person_with_no_known_role_is_a_civilian_not_the_state(pipeline):
    aid = of_type(events_of(pipeline, "Jomo Wambua donated $500 to President Ruto's campaign in Nairobi."),
                  "AID")[0]
    assert aid.source is not None and aid.source.code == "KENCVL"


def test_a_demonym_before_an_audience_word_is_civilians(pipeline):
    accuse = of_type(events_of(pipeline, "Kenyan fans criticized President Ruto."), "ACCUSE")[0]
    assert accuse.source.code == "KENCVL"


def test_an_audience_word_alone_is_no_actor(pipeline):
    accuse = of_type(events_of(pipeline, "Fans criticized President Ruto."), "ACCUSE")[0]
    assert accuse.source is None or not accuse.source.code


# a demonym in the title of a work is no actor, in the actors stage or in the events stage's fallback coder
def test_fans_of_a_film_with_a_demonym_in_its_title_are_not_that_country(pipeline):
    accuse = of_type(events_of(pipeline, "Critics of ‘American Sniper’ met on Monday. Fans of the actor's "
                                         "performance in American Sniper criticized President Ruto."), "ACCUSE")[0]
    assert accuse.source is None or not (accuse.source.code or "").startswith("USA")


def test_a_name_with_an_age_is_still_a_private_person(pipeline):
    aid = of_type(events_of(pipeline, "Jomo Wambua, 45, donated $500 to President Ruto's campaign in Nairobi."),
                  "AID")[0]
    assert aid.source.code == "KENCVL"


# a person the text gives a role no dictionary codes (an apposition, an owner) holds some position: the country
# alone, not a civilian
def test_a_person_described_by_an_apposition_keeps_the_country_alone(pipeline):
    aid = of_type(events_of(pipeline, "Jomo Wambua, co-founder of the Nairobi Film Festival, donated $500 to "
                                      "President Ruto's campaign."), "AID")[0]
    assert aid.source.code == "KEN"


def test_a_person_named_with_an_owner_keeps_the_country_alone(pipeline):
    aid = of_type(events_of(pipeline, "The Kenyan Greens' Wambua donated $500 to President Ruto's campaign."),
                  "AID")[0]
    assert aid.source.code == "KEN"


def test_complaining_that_someone_did_wrong_takes_the_one_blamed(pipeline):
    accuse = of_type(events_of(pipeline, "On the stump, Odinga complained that President Ruto lied."), "ACCUSE")[0]
    assert accuse.cameo == "111" and accuse.target.code == "KENGOV"
