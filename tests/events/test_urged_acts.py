"""An act that "it is time" to do is urged, not done: hypothetical. Each sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type


@pytest.mark.parametrize("text", ["It is time for Kenya to talk with Somalia.",
                                  "It's time to stop attacking the Somali government, the minister said."])
def test_an_act_it_is_time_to_do_is_hypothetical(pipeline, text):
    events = events_of(pipeline, text)
    assert events and all(event.hypothetical for event in events)


def test_the_first_time_an_act_was_done_reports_it(pipeline):
    event = of_type(events_of(pipeline, "It was the first time Kenya attacked Somalia."), "ASSAULT")[0]
    assert not event.hypothetical
