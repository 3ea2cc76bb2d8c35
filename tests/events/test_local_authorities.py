"""Local police and courts as the doers of arrests and charges: detectives, sheriffs, troopers, juries. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type


@pytest.mark.parametrize("doer", ["Detectives", "Sheriff's deputies", "State troopers"])
def test_local_police_arrest(pipeline, doer):
    arrest = of_type(events_of(pipeline, f"{doer} arrested Marcus Webb on Tuesday.", "2009-03-20"), "COERCE")[0]
    assert arrest.source is not None and arrest.source.code.endswith("COP")


@pytest.mark.parametrize("text", ["A grand jury indicted the former mayor on fraud charges.",
                                  "A jury convicted Marcus Webb of burglary."])
def test_juries_are_the_judiciary(pipeline, text):
    event = of_type(events_of(pipeline, text, "2009-03-20"), "ACCUSE")[0]
    assert event.source is not None and event.source.code.endswith("JUD")


def test_parliament_deputies_stay_legislators(pipeline):
    event = of_type(events_of(pipeline, "Russian deputies condemned the minister for the attack."), "ACCUSE")[0]
    assert event.source.code == "RUSLEG"
