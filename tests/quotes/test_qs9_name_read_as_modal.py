"""A name the parser made an auxiliary ("Will was", "Will had") is the reporter of a cue climbing to its verb."""

from __future__ import annotations

from eventwire.quotes.frames import fallback_speaker, keep_quotation_mask


def _speaker_of_complement(nlp, text, cue):
    parsed = nlp(text)
    keep_quotation_mask(parsed, bytearray(len(text)))
    found = fallback_speaker(next(t for t in parsed if t.text == cue))
    return found.text if found is not None else None


def test_a_name_parsed_as_an_auxiliary_of_a_copula_speaks(nlp):
    text = "George Will wrote on Monday. In his column, Will was critical of the ferry plan."
    assert _speaker_of_complement(nlp, text, "critical") == "Will"


def test_a_name_parsed_as_an_auxiliary_speaks_for_a_phrase_on_its_verb(nlp):
    text = "George Will wrote on Monday. In his column, Will was in favour of the ferry plan."
    assert _speaker_of_complement(nlp, text, "favour") == "Will"
