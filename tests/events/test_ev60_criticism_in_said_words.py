"""Criticism in what someone says, in words beyond the first verdict list (issue #4, round ev60): a speaker's
verdict that a person, or a person's plan or words, is false, foolish, harmful or empty, and praise denied ("is not
good for", "is not qualified"), criticise the one judged; a bad event or a fact with no one judged is no criticism.
Each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    '"Angela Merkel\'s plan is a sham," Barack Obama said.',
    "Barack Obama said Angela Merkel's remarks were ridiculous and untrue.",
    "Barack Obama said Angela Merkel's budget was a fiasco.",
])
def test_a_negative_judgement_of_a_persons_plan_or_words_is_criticism(pipeline, text):
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert event.cameo == "111" and country(event.source) == "USA" and country(event.target) == "DEU"


@pytest.mark.parametrize("text", [
    "Barack Obama said Angela Merkel's plan is not good for Europe.",
    "Barack Obama said Angela Merkel is not qualified to lead Europe.",
])
def test_praise_denied_is_criticism_and_no_negated_event(pipeline, text):
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(event.source) == "USA" and country(event.target) == "DEU" and not event.negated


@pytest.mark.parametrize("text", [
    "Barack Obama said the attack was horrific.",
    "Barack Obama said the flood was a catastrophe.",
    "Barack Obama said the weather is not good for farmers.",
    "Barack Obama said Angela Merkel is not a fool.",
    "Barack Obama said his own use of a private phone was a mistake.",
    "Barack Obama said Libya is a mess.",
])
def test_a_bad_event_a_fact_or_a_defence_is_no_criticism(pipeline, text):
    assert "ACCUSE" not in types_of(pipeline, text)

