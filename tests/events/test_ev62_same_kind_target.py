"""Kinds of error found by reading the events of random news articles (round ev62): an object coded like the
source is another actor of the same kind, not the source itself; only a pronoun may stand for the source.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def test_ev62_an_object_of_the_sources_code_is_the_target(pipeline):
    criticism = of_type(events_of(pipeline, "Senate Democrats slammed Senate Republicans now that the FBI has closed "
                                            "its inquiry."), "ACCUSE")[0]
    assert criticism.target is not None and criticism.target.code == "USALEG"
