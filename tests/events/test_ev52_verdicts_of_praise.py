"""Verdicts said of a named actor (issue #4, round ev52): praise in a copula ("X is a better partner") supports
the one judged, and a verdict word on a predicate noun ("a corrupt president") judges like the bare word. Each test
sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def test_a_verdict_adjective_on_a_predicate_noun_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Biden said Obama is a corrupt president."), "ACCUSE")[0]
    assert event.cameo == "111" and country(event.target) == "USA"


def test_praise_of_a_named_country_in_a_statement_is_support(pipeline):
    event = of_type(events_of(pipeline, "Obama said Merkel is a better leader than Putin."), "SUPPORT")[0]
    assert event.cameo == "051" and country(event.target) == "DEU"


def test_a_verdict_adjective_on_a_thing_judges_no_country(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Obama said he believes Iraq was a terrible mistake.")


def test_a_plain_description_is_no_praise(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Obama said China is a great power.")


def test_praise_of_oneself_is_no_support(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Trump said he is a better candidate.")


def test_praise_in_the_conditional_is_support_not_a_pledge(pipeline):
    events = events_of(pipeline, "Obama said Merkel would be a better leader than Putin.")
    assert {e.type for e in events} == {"SUPPORT"}
