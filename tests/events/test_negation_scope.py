"""A negation covers the verbs coordinated under it, and only those that share it."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type


@pytest.mark.parametrize("text", [
    "Ghana did not attack or threaten Togo.",
    "Ghana did not attack nor threaten Togo.",
    "Ghana neither attacked nor threatened Togo.",
])
def test_a_verb_coordinated_under_a_negation_is_negated(pipeline, text):
    threat = of_type(events_of(pipeline, text), "THREATEN")[0]
    assert threat.negated


def test_a_verb_with_its_own_tense_after_and_is_not(pipeline):
    arrest = of_type(events_of(pipeline, "The army did not shell the village and arrested six men."), "COERCE")[0]
    assert not arrest.negated
