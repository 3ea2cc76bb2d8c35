"""A set-off participle the parse left without a reporter is the reporter's of the cue it hangs on."""

from __future__ import annotations

from tests.quotes.helpers import speaker_phrases


def test_a_participle_after_an_inverted_name_read_as_adverb(nlp):
    text = "Tom Skelly runs the depot. “It is valuable,” said Skelly, explaining he worked more closely with the crew."
    assert speaker_phrases(nlp, text) == ["Skelly", "Skelly"]
