"""A surname the tagger reads as an adverb of the cue ('"...," said Skelly') is the reporter when the article names
a person with that word."""

from __future__ import annotations

from tests.quotes.helpers import speaker_phrases


def test_a_named_persons_surname_read_as_an_adverb_reports(nlp):
    text = ('Bill Skelly runs the data shop for the party. "Having access to the file is valuable," said Skelly, '
            'explaining he worked closely with the committee.')
    assert speaker_phrases(nlp, text)[0] == "Skelly"
