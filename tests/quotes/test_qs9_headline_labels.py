"""Headline labels with a lower-case noun, a topic after a preposition, a dash before them, or no verb after."""

from __future__ import annotations

from eventwire.document import paragraph_spans
from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes.attribution import find_attributions, speaker_range


def _labels(nlp, text):
    parsed = nlp(text)
    found = quotations(text, paragraph_spans(text))
    return [(text[a.content[0]:a.content[1]], parsed[slice(*speaker_range(a))].text)
            for a in find_attributions(parsed, text, found, inside_mask(text, found)) if a.cue_token.text == ":"]


def test_a_label_naming_a_topic_after_a_preposition_gives_the_name_before_it(nlp):
    text = "Okafor On Ferry Cuts: Night Service Will Return In Spring\n\nThe harbour board meets on Monday."
    assert _labels(nlp, text) == [("Night Service Will Return In Spring", "Okafor")]


def test_a_label_may_follow_a_dash_in_its_line(nlp):
    text = ("FERRY RIDERSHIP KEPT FALLING ALL WINTER – Marta Okafor: \"The night boats carried fewer people every "
            "month.\"\n\nThe board meets on Monday.")
    assert [(content.strip('".'), speaker) for content, speaker in _labels(nlp, text)] == [
        ("The night boats carried fewer people every month", "Marta Okafor")]


def test_a_headline_label_needs_no_verb_after_it(nlp):
    text = "Okafor: No new money for the night ferry\n\nThe harbour board meets on Monday."
    assert _labels(nlp, text) == [("No new money for the night ferry", "Okafor")]


def test_a_name_may_carry_a_lower_case_noun(nlp):
    text = "Okafor camp: Night ferry will return in spring\n\nThe harbour board meets on Monday."
    assert _labels(nlp, text) == [("Night ferry will return in spring", "Okafor camp")]


def test_a_section_heading_is_no_speaker(nlp):
    text = "Night service:\n\nFunding cuts: the board will vote on the ferry budget on Monday."
    assert _labels(nlp, text) == []


def test_a_place_heading_a_list_is_no_speaker(nlp):
    text = "The panel:\n\nTexas: Ann Reyes, Tom Marsh, Lena Okafor\n\nThe board meets on Monday."
    assert _labels(nlp, text) == []
