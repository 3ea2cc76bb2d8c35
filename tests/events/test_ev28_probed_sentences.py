"""Errors found by probing the coder with invented sentences (issue #4, round ev28): each test is an invented
sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


# an act in the "of" phrase of a noun of prospect is only thought of (modality `prospect_nouns`)
def test_talks_that_are_only_a_prospect_are_no_talks(pipeline):
    assert "CONSULT" not in types_of(pipeline, "Peru dismissed the prospect of talks with Chile.")


def test_an_attack_that_is_only_a_prospect_is_no_attack(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "Zambia raised the prospect of an attack on Malawi.")


def test_talks_held_stay_talks(pipeline):
    assert "CONSULT" in types_of(pipeline, "Peru held talks with Chile on Tuesday.")


# a threat codes what is threatened (patterns.yaml `content_acts`), not the threat of force of its PLOVER type
def test_an_announced_embargo_is_a_threat_of_sanctions(pipeline):
    event = of_type(events_of(pipeline, "Chile warned it would impose an embargo on Peru."), "THREATEN")[0]
    assert event.cameo == "1312"


def test_a_threatened_aid_cut_is_a_threat_to_stop_aid(pipeline):
    event = of_type(events_of(pipeline, "Norway threatened to cut aid to Burundi."), "THREATEN")[0]
    assert event.cameo == "1311"


def test_a_threatened_attack_stays_a_threat_of_force(pipeline):
    event = of_type(events_of(pipeline, "Chile threatened to attack Peru."), "THREATEN")[0]
    assert event.cameo == "138"


# he/she after a description of one person (actor_refs.ActorResolver._earlier_antecedents)
def test_he_after_a_leader_described_is_that_leader(pipeline):
    text = "Chad's president visited Gabon on Monday. He praised the Gabonese army."
    event = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert country(event.source) == "TCD"


def test_she_after_a_minister_described_is_that_minister(pipeline):
    text = "Kenya's foreign minister flew to Uganda. She thanked the Ugandan government."
    event = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert country(event.source) == "KEN"


# a fronted time clause whose object the parser read into the next subject (arguments._swallowing_clause,
# nonevents._misparsed_main_clause): the main event is kept, the background one dropped
def test_talks_after_an_attack_on_a_town_are_the_news(pipeline):
    found = types_of(pipeline, "Two days after militias attacked Bunia, Uganda and Congo held talks.")
    assert "CONSULT" in found and "ASSAULT" not in found


def test_troops_sent_after_an_attack_are_the_news(pipeline):
    found = types_of(pipeline, "One day after rebels attacked Goma, Congo sent troops to Rwanda.")
    assert "MOBILIZE" in found and "ASSAULT" not in found


# support of a right or a freedom named for no one is a stance (figurative.backs_a_notion)
def test_backing_a_freedom_is_no_event(pipeline):
    assert types_of(pipeline, "Ugandan teachers backed the freedom of speech.") == set()


def test_praising_a_government_is_support(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Chilean miners praised the Peruvian government.")
