"""Words for people with no country of their own are private people of the country their sentence names, so an
act aimed at them has a target of its own (issue #4; invented sentences)."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type


# CAMEO's CVL: private people. "immigrants" as much as "migrants" or "refugees".
@pytest.mark.parametrize("text", [
    "Police in Texas detained dozens of immigrants on Monday.",
    "Police in Texas detained an immigrant on Monday.",
])
def test_immigrants_are_private_people_of_the_sentences_country(pipeline, text):
    assert [e.target.code for e in of_type(events_of(pipeline, text), "COERCE")] == ["USACVL"]


def test_criticism_of_immigrants_and_of_a_senator_are_two_events(pipeline):
    """Two criticisms by one source keep their targets: words naming people are a target of their own, not a
    target left unsaid that a later report of the same criticism would fill."""
    text = ("The governor criticized immigrants in Texas on Monday. "
            "The governor criticized Senator Jane Okafor of Texas on Tuesday.")
    targets = [(e.target.text, e.target.code) for e in of_type(events_of(pipeline, text), "ACCUSE")]
    assert targets == [("immigrants", "USACVL"), ("Senator Jane Okafor of Texas", "USALEG")]
