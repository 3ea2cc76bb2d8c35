"""Campaigning for a person (issue #4, round ev67): campaigning, stumping or rallying for a candidate rallies
support on their behalf (SUPPORT 053), a noun described by an age ("a 40-year-old economist") being a person;
campaigning for an office, a cause or votes is no event. Each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Chancellor Angela Merkel campaigned for Emmanuel Macron in Lyon.",
    "Chancellor Angela Merkel, stumping for Emmanuel Macron, attacked the far right.",
    "Chancellor Angela Merkel was rallying for Emmanuel Macron in Lyon.",
])
def test_campaigning_for_a_person_is_support(pipeline, text):
    event = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert event.cameo == "053" and country(event.source) == "DEU" and country(event.target) == "FRA"


def test_a_noun_described_by_an_age_is_a_person_campaigned_for(pipeline):
    text = "Chancellor Angela Merkel campaigned for a 40-year-old economist named Emmanuel Macron in Lyon."
    assert of_type(events_of(pipeline, text), "SUPPORT")[0].cameo == "053"


@pytest.mark.parametrize("text", [
    "She campaigned for Congress in 2010.",
    "He campaigned for governor of Ohio.",
    "Chancellor Angela Merkel campaigned for a higher minimum wage.",
    "Chancellor Angela Merkel is stumping for every last vote.",
])
def test_campaigning_for_an_office_or_a_cause_is_no_support(pipeline, text):
    assert "SUPPORT" not in types_of(pipeline, text)
