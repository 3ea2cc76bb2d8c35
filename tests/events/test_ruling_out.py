"""Ruling out talks, a settlement or force rejects them; ruling out a cause is a judgement. Sentences written for
eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


@pytest.mark.parametrize("text, cameo", [
    ("Peru ruled out talks with Chile.", "125"),
    ("The Chilean president ruled out a truce with Peru.", "127"),
])
def test_ruling_out_talks_or_a_settlement_rejects_them(pipeline, text, cameo):
    assert [event.cameo for event in of_type(events_of(pipeline, text), "REJECT")] == [cameo]
    assert "CONSULT" not in types_of(pipeline, text)


def test_ruling_out_a_cause_is_no_event(pipeline):
    assert types_of(pipeline, "Peruvian police ruled out foul play in the death of the diplomat.") == set()
