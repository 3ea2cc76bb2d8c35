"""Precision on whole news articles (issue #4, audit pa2): arrivals that are no visit and warnings that are no
threat. Each rule has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 042 (make a visit) is a trip to a host: reaching a building or a site that names no actor is a journey
# (`needs_host` in patterns.yaml)
def test_arriving_at_a_building_is_no_visit(pipeline):
    assert "CONSULT" not in types_of(pipeline, "After a long drive, the Kenyan engineers arrived at the warehouse.")


def test_travelling_to_a_site_is_no_visit(pipeline):
    assert "CONSULT" not in types_of(pipeline, "Ghanaian surveyors travelled to the riverbank on Monday.")


def test_arriving_in_a_country_is_still_a_visit(pipeline):
    assert "CONSULT" in types_of(pipeline, "The Ugandan president arrived in Nairobi on Tuesday.")


# CAMEO 13 is a threat of one's own act: the warner's own modal ("would warn") states no threat, and advice given
# to voters threatens no one
def test_a_modal_warning_to_voters_is_no_threat(pipeline):
    text = "The Kenyan senator would warn voters not to back the new tax."
    assert "THREATEN" not in types_of(pipeline, text)


def test_warning_against_an_incursion_is_still_a_threat(pipeline):
    assert "THREATEN" in types_of(pipeline, "Uganda warned Kenya against any incursion into its territory.")


# a clause giving the reason for another states a fact: the modal of the clause it explains does not make it
# hypothetical (`reason_marks` in modality.yaml)
def test_an_act_given_as_a_reason_is_no_hypothetical(pipeline):
    text = "The Kenyan minister could not comment because Ugandan police had arrested the reporter."
    arrests = of_type(events_of(pipeline, text), "COERCE")
    assert arrests and not any(event.hypothetical for event in arrests)


def test_the_explained_act_keeps_its_own_modal(pipeline):
    text = "Kenya would attack Uganda because Ugandan rebels shelled Kisumu."
    attacks = [event for event in of_type(events_of(pipeline, text), "ASSAULT") if "attack" in event.rule]
    assert attacks and all(event.hypothetical for event in attacks)
