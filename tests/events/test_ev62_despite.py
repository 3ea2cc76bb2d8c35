"""Kinds of error found by reading the events of random news articles (round ev62): an event noun in a "despite"
phrase is the circumstance the main act goes against, most often another's act, not the act of the clause's
subject. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of


@pytest.mark.parametrize("text, kind, subject", [
    ("Despite the attack on Kyiv, Ukraine held talks with Russia.", "ASSAULT", "UKR"),
    ("The Kenyan president nominated the judge despite persistent complaints among lawyers.", "ACCUSE", "KEN"),
])
def test_ev62_an_event_noun_after_despite_is_not_the_subjects_act(pipeline, text, kind, subject):
    events = events_of(pipeline, text)
    assert not [e for e in events if e.type == kind and country(e.source) == subject]
