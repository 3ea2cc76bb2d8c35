"""Speaker labels read as nouns, the outlet's bracketed labels, and the quotation mask the reach check reads."""

from __future__ import annotations

from eventwire.document import paragraph_spans
from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes.attribution import find_attributions
from eventwire.quotes.frames import keep_quotation_mask, mention_near, within_reach


def _attributions(nlp, text):
    parsed = nlp(text)
    found = quotations(text, paragraph_spans(text))
    return parsed, find_attributions(parsed, text, found, inside_mask(text, found))


def _word(parsed, text):
    return next(t for t in parsed if t.text == text)


def test_a_headline_label_the_tagger_reads_as_a_noun_is_a_speaker(nlp):
    text = "Survey: Commuters Want the Night Ferry Back.\n\nThe harbour board meets on Monday."
    parsed, found = _attributions(nlp, text)
    assert [(text[a.content[0]:a.content[1]], a.speaker.text) for a in found if a.cue_token.text == ":"] == [
        ("Commuters Want the Night Ferry Back", "Survey")]


def test_a_bracketed_outlet_label_is_no_speaker(nlp):
    text = "The mayor opened the terminal.\n\n[Video: Mayor Ruiz Opens the New Ferry Terminal]\n\nIt cost millions."
    _, found = _attributions(nlp, text)
    assert not [a for a in found if a.cue_token.text == ":"]


def test_reach_reads_the_quotation_mask_kept_with_the_parse(nlp):
    text = "Chief Marsh said the harbour would reopen soon."
    parsed = nlp(text)
    marsh, said = _word(parsed, "Marsh"), _word(parsed, "said")
    assert within_reach(marsh, said)
    mask = bytearray(len(text))
    mask[:marsh.idx + len(marsh)] = b"\x01" * (marsh.idx + len(marsh))  # as if the stage read "Chief Marsh" quoted
    keep_quotation_mask(parsed, mask)
    assert not within_reach(marsh, said)
    assert mention_near(_word(parsed, "reopen"), [(said.idx + 5, len(text))]) is None



def test_an_interview_answer_label_is_no_speaker(nlp):
    text = "Q: Will the night ferry come back?\n\nA: I think the board will bring it back next spring."
    _, found = _attributions(nlp, text)
    assert not [a for a in found if a.cue_token.text == ":" and a.speaker.text == "A"]
