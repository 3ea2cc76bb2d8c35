"""Precision on whole news articles (issue #4, audit pa1): coded events that report no act of an actor, or give an
event noun the wrong doer. Each rule has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 051 is an actor's stated endorsement: a crowd of voters or followers backing someone holds a stance
# (`stance_holders`)
def test_voters_who_support_a_candidate_hold_a_stance(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Many Kenyan voters who support Odinga know that he has changed.")


def test_voters_likely_to_back_a_candidate_is_a_poll_finding(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Rural Ghanaian voters are more likely to support Mahama over Bawumia.")


def test_followers_named_through_a_relative_clause_hold_a_stance(pipeline):
    text = "Has anyone compiled a list of Kenyan conservatives who should be shunned for supporting Ruto?"
    assert "SUPPORT" not in types_of(pipeline, text)


def test_a_named_organisation_endorsing_still_supports(pipeline):
    assert "SUPPORT" in types_of(pipeline, "The Kenyan teachers' union endorsed Ruto.")


# an event noun that someone speaks or knows of is not their act (`mention_verbs` through a preposition)
def test_referring_to_a_massacre_makes_no_one_its_doer(pipeline):
    events = events_of(pipeline, "The Kenyan president later referred to the massacre in Garissa.")
    assert not any(e.source is not None and e.source.code == "KENGOV" for e in events)


def test_knowing_of_a_request_is_not_making_it(pipeline):
    events = events_of(pipeline, "The Nigerian minister was aware of the inquiry.")
    assert not any(e.source is not None and "minister" in e.source.text for e in events)


def test_opposing_a_request_leaves_the_requester_its_source(pipeline):
    event = of_type(events_of(pipeline, "Kenyan police opposed a request by the lawyers."), "REQUEST")[0]
    assert event.source.text == "the lawyers"


def test_launching_an_attack_is_still_the_subject_act(pipeline):
    event = of_type(events_of(pipeline, "Kenya launched an attack on the rebels."), "ASSAULT")[0]
    assert event.source.code == "KEN"


# an act set aside for another is not done (`alternative_markers`)
def test_an_attack_chosen_against_is_negated(pipeline):
    event = of_type(events_of(pipeline, "Kenya chose to negotiate with the rebels rather than attack them."),
                    "ASSAULT")[0]
    assert event.negated


def test_a_visit_not_made_instead_is_negated(pipeline):
    event = of_type(events_of(pipeline, "The Ghanaian president stayed home instead of making a visit to Togo."),
                    "CONSULT")[0]
    assert event.negated


def test_the_act_chosen_instead_stays_real(pipeline):
    events = events_of(pipeline, "Instead of attacking the town, the Kenyan army negotiated with the rebels.")
    assert not of_type(events, "CONSULT")[0].negated and of_type(events, "ASSAULT")[0].negated


# "be going to" with an infinitive is the future "will" (`future_periphrases`)
def test_going_to_send_troops_is_hypothetical(pipeline):
    event = of_type(events_of(pipeline, "Kenya is going to send troops to Somalia."), "MOBILIZE")[0]
    assert event.hypothetical


def test_sanctions_one_says_one_is_going_to_impose_are_a_threat(pipeline):
    assert "THREATEN" in types_of(pipeline, "Kenya said it was going to impose sanctions on Uganda.")


def test_going_ahead_with_a_deployment_reports_it(pipeline):
    event = of_type(events_of(pipeline, "Kenya is going ahead with the deployment of troops to Somalia."),
                    "MOBILIZE")[0]
    assert not event.hypothetical
