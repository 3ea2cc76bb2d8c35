"""Round qs17 (recall): a speaker label after a spaced hyphen in its line."""

from __future__ import annotations

from eventwire.document import paragraph_spans
from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes.attribution import find_attributions, speaker_range


def _labels(nlp, text):
    parsed = nlp(text)
    found = quotations(text, paragraph_spans(text))
    return [(text[a.content[0]:a.content[1]].strip('".'), parsed[slice(*speaker_range(a))].text)
            for a in find_attributions(parsed, text, found, inside_mask(text, found)) if a.cue_token.text == ":"]


def test_a_label_may_follow_a_spaced_hyphen_in_its_line(nlp):
    text = ("FERRY RIDERSHIP KEPT FALLING ALL WINTER - Marta Okafor: \"The night boats carried fewer people every "
            "month.\"\n\nThe board meets on Monday.")
    assert _labels(nlp, text) == [("The night boats carried fewer people every month", "Marta Okafor")]


def test_a_hyphen_joining_words_opens_no_label(nlp):
    text = "The pro-Okafor crowd: riders, dock workers and a brass band filled the square.\n\nThe board met later."
    assert all(speaker != "Okafor" for _, speaker in _labels(nlp, text))


def test_a_label_may_end_in_a_name_the_tagger_misread(nlp):
    """Title case may make a surname an adverb or adjective; the entity still names a person."""
    text = "Billy Long: Tomas Reyes’s ‘Plan Is In Trouble.’\n\nOn Sunday the harbour board met."
    assert [speaker for _, speaker in _labels(nlp, text)] == ["Billy Long"]
