"""A blank line ends a sentence, whatever the parser would make of it; a paragraph ending in a colon introduces
the next. Sentences written for eventwire."""

from __future__ import annotations

import spacy

from eventwire.nlp.paragraphs import ParagraphStarts


def _sentences(nlp, text):
    return [sentence.text.strip() for sentence in nlp(text).sents]


def test_a_question_quoted_at_a_paragraph_end_does_not_run_into_the_next_paragraph(nlp):
    text = "“How about talking about the issues people care about?”\n\nOkafor was articulate as she went over the plan."
    assert _sentences(nlp, text) == ["“How about talking about the issues people care about?”",
                                     "Okafor was articulate as she went over the plan."]


def test_a_blank_line_not_after_a_colon_and_a_line_break_after_a_closed_sentence_start_a_sentence():
    words = ["Okafor", "went", "on", ":", "\n\n", "Cranes", "are", "back", ".", "\n\n", "Ferries", "\n", "run", ".",
             "\n", "Docks", "open", "at", "6", "a.m.", "\n", "daily", "."]
    doc = ParagraphStarts()(spacy.blank("en").make_doc(" ".join(words)))  # the tokenizer keeps the line breaks
    starts = [token.text for token in doc if token.is_sent_start]
    assert starts == ["Okafor", "Ferries", "Docks"]  # not "run" nor "daily": a hard-wrapped line goes on


def test_a_news_agency_dateline_is_no_part_of_the_lead_sentence(nlp):
    for dateline in ["Port Louis (AFP) –", "NAIROBI, Kenya (Reuters) —", "Mar 4 (Reuters) -"]:
        text = f"{dateline} Foreign Minister Jane Okafor on Monday criticized the port deal."
        assert _sentences(nlp, text) == [dateline, "Foreign Minister Jane Okafor on Monday criticized the port deal."]


def test_a_parenthesis_and_a_dash_inside_a_sentence_end_no_dateline(nlp):
    text = "The senator (R-Ky.) - who opposed the deal - voted no, and Okafor (Kenya) - a minister - agreed."
    assert len(_sentences(nlp, text)) == 1
