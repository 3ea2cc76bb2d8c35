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



def test_ev63_attacks_planned_on_a_record_are_criticism_planned(pipeline):
    events = events_of(pipeline, "Democratic operatives planned attacks on Trump's business career.")
    assert not [e for e in events if e.type in {"THREATEN", "ASSAULT"}]
    assert all(e.hypothetical for e in of_type(events, "ACCUSE"))


def test_ev63_getting_ready_for_a_rivals_words_is_no_mobilisation(pipeline):
    text = "The Democrats are preparing for a fresh attack from Trump on her record at the debate."
    assert "MOBILIZE" not in types_of(pipeline, text)


@pytest.mark.parametrize("text, kind", [
    ("The rebels vowed to attack the Kenyan army base.", "THREATEN"),
    ("Kenyan troops are ready to attack the rebels.", "MOBILIZE"),
])
def test_ev63_force_vowed_or_prepared_stays(pipeline, text, kind):
    assert kind in types_of(pipeline, text)


def test_ev63_a_clash_over_a_matter_is_a_dispute(pipeline):
    events = events_of(pipeline, "Trump and Cruz supporters clashed over the credentials of delegates.")
    assert "ASSAULT" not in {e.type for e in events}
    assert of_type(events, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Kenyan troops clashed with Ugandan soldiers over the disputed island.",
    "Police clashed with protesters over the weekend.",
])
def test_ev63_armed_clashes_stay_force(pipeline, text):
    assert "ASSAULT" in types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "Senator Smith saw a small fire at the Kenyan embassy and tried to put it out.",
    "Kenyan police put out a small fire near the president's office.",
])
def test_ev63_a_small_fire_is_a_blaze(pipeline, text):
    assert not types_of(pipeline, text) & {"ASSAULT", "ACCUSE"}


def test_ev63_small_arms_fire_is_shooting(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Kenyan troops came under small-arms fire from the rebels.")


def test_ev63_a_scurrilous_attack_is_words(pipeline):
    events = events_of(pipeline, "The group's scurrilous attacks on the Kenyan refugees continued.")
    assert "ASSAULT" not in {e.type for e in events}
    assert of_type(events, "ACCUSE")


def test_ev63_a_vicious_attack_stays_force(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Al-Shabab's vicious attacks on the Kenyan refugees continued.")
