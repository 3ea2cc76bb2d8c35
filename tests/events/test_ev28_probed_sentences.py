"""Errors found by probing the coder with invented sentences (issue #4, round ev28): each test is an invented
sentence."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


# an act in the "of" phrase of a noun of prospect is only thought of (modality `prospect_nouns`)
def test_talks_that_are_only_a_prospect_are_no_talks(pipeline):
    assert "CONSULT" not in types_of(pipeline, "Peru dismissed the prospect of talks with Chile.")


def test_an_attack_that_is_only_a_prospect_is_no_attack(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "Zambia raised the prospect of an attack on Malawi.")


def test_talks_held_stay_talks(pipeline):
    assert "CONSULT" in types_of(pipeline, "Peru held talks with Chile on Tuesday.")


# a threat codes what is threatened (patterns.yaml `content_acts`), not the threat of force of its PLOVER type
@pytest.mark.parametrize("text, cameo", [
    ("Chile warned it would impose an embargo on Peru.", "1312"),  # sanctions
    ("Norway threatened to cut aid to Burundi.", "1311"),  # an aid cut
    ("Chile threatened to attack Peru.", "138"),  # force stays force
])
def test_a_threat_is_coded_by_what_it_threatens(pipeline, text, cameo):
    assert of_type(events_of(pipeline, text), "THREATEN")[0].cameo == cameo


# he/she after a description of one person (actor_refs.ActorResolver._earlier_antecedents)
@pytest.mark.parametrize("text, source_country", [
    ("Chad's president visited Gabon on Monday. He praised the Gabonese army.", "TCD"),
    ("Kenya's foreign minister flew to Uganda. She thanked the Ugandan government.", "KEN"),
])
def test_a_pronoun_after_a_described_leader_is_that_leader(pipeline, text, source_country):
    assert country(of_type(events_of(pipeline, text), "SUPPORT")[0].source) == source_country


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
