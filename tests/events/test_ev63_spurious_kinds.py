"""Kinds of event the news does not report, found by reading the coder's events on words that often carry none
(round ev63). Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Six in 10 white men supported the governor, the survey found.",
    "Seven out of 10 Kenyan farmers back President Ruto, a new poll shows.",
    "Women, who favor the senator by a 20-point margin, and rural voters, who back the governor by 12 points.",
    "The survey finds the Kenyan president supported by an average of 13 percent of those asked.",
    "Texas has long backed the party's presidential candidates by double digits.",
])
def test_ev63_backing_measured_by_a_poll_is_no_endorsement(pipeline, text):
    assert "SUPPORT" not in types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "Kenya backed the rebels by sending them weapons.",
    "The teachers' union endorsed President Ruto by a unanimous vote.",
])
def test_ev63_backing_by_a_means_stays(pipeline, text):
    assert of_type(events_of(pipeline, text), "SUPPORT")


@pytest.mark.parametrize("text", [
    "Senator Smith said there is no evidence to support the charge against President Ruto.",
    "The police chief said the footage and other evidence supports what officers told the Kenyan government.",
    "Ruto offered no evidence that would back up his claim against the Kenyan senator.",
])
def test_ev63_evidence_that_bears_out_a_claim_backs_no_one(pipeline, text):
    assert "SUPPORT" not in types_of(pipeline, text)


def test_ev63_a_senator_backing_the_president_stays(pipeline):
    assert "SUPPORT" in types_of(pipeline, "The Kenyan senator supported President Ruto in the vote.")
