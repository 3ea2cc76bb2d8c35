"""The entities stage trims what spaCy's entity spans carry beyond the name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from eventwire.document import Document
from eventwire.nlp.entities import EntityStage


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def entities_of(blank, text: str, first: int, last: int, label: str) -> list[tuple[str, str]]:
    """Run the stage on ``text`` whose tokens ``first``..``last`` (exclusive) spaCy called a ``label`` entity."""
    parsed = blank(text)
    parsed.ents = [Span(parsed, first, last, label=label)]
    document = Document(text)
    EntityStage()(document, parsed)
    return [(e.text, e.label) for e in document.entities]


def test_entities_leading_the_is_no_part_of_the_name(blank):
    assert entities_of(blank, "He flew to the United States", 3, 6, "GPE") == [("United States", "LOC")]


def test_entities_capitalised_article_of_a_one_word_name_stays(blank):
    assert entities_of(blank, "Talks in The Hague resumed", 2, 4, "GPE") == [("The Hague", "LOC")]


def test_entities_span_over_a_line_break_is_one_mention_per_line(blank):
    text = "BOSTON\nNATIONAL LEAGUE"
    assert entities_of(blank, text, 0, 4, "ORG") == [("BOSTON", "ORG"), ("NATIONAL LEAGUE", "ORG")]


def test_entities_figures_after_a_name_are_dropped(blank):
    assert entities_of(blank, "Hampshire 232 all out", 0, 2, "ORG") == [("Hampshire", "ORG")]


def test_entities_score_between_two_names_separates_them(blank):
    assert entities_of(blank, "Atlanta 5 PITTSBURGH 3", 0, 3, "ORG") == [("Atlanta", "ORG"), ("PITTSBURGH", "ORG")]


def test_entities_bracket_separates_two_names(blank):
    assert entities_of(blank, "Jane Quigley (USA) won", 0, 4, "PERSON") == [("Jane Quigley", "PER"), ("USA", "PER")]


def test_entities_inline_markup_separates_a_name(blank):
    found = entities_of(blank, 'x="2016">Rudy Giuliani is here', 0, 2, "PERSON")
    assert found[-1] == ("Rudy Giuliani", "PER")


def test_entities_possessive_and_quote_marks_are_trimmed(blank):
    assert entities_of(blank, "\"Russia's\" army", 0, 4, "GPE") == [("Russia", "LOC")]


def test_entities_dates_are_no_entities(blank):
    assert entities_of(blank, "on 12 March 2022", 1, 4, "DATE") == []
