"""The subject of a passive verb of belief or feeling ("is convinced", "were split on") holds the view it reports."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speaker_phrases

HOLDERS = [
    ("Last month, those polled were evenly split on whether Okafor or Reyes would run the port better.",
     "those polled"),
    ("Not everyone is convinced the ferry will run on time.", "Not everyone"),
]


@pytest.mark.parametrize("text, holder", HOLDERS)
def test_a_passive_of_belief_is_its_subjects(nlp, text, holder):
    assert speaker_phrases(nlp, text) == [holder]


def test_a_passive_of_another_verb_keeps_its_agent(nlp):
    assert speaker_phrases(nlp, "The plan was rejected by the council.") == ["the council"]
