"""An accusation in a participle clause set off after a request (issue #4, round ev67): "asked the court to delay
the trial, alleging that X lied" is a request and an accusation, not an accusation asked for; what the request asks
("asked Congress to stop attacking Iran") stays its content. Each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_an_allegation_after_a_request_is_an_accusation_of_its_own(pipeline):
    events = events_of(pipeline, "Barack Obama asked the German court to delay the trial, alleging that Chancellor "
                                 "Angela Merkel lied.")
    accusation = of_type(events, "ACCUSE")[0]
    assert country(accusation.source) == "USA" and country(accusation.target) == "DEU"
    assert of_type(events, "REQUEST")


def test_what_a_request_asks_stays_its_content(pipeline):
    events = events_of(pipeline, "Barack Obama asked Chancellor Angela Merkel to stop attacking Iran.")
    assert [e.type for e in events] == ["REQUEST"]
