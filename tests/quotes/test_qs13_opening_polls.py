"""A poll phrase opening a sentence reports its clause, whatever the clause's verb (PolNeAR's cue: "In")."""

from __future__ import annotations

from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes import attribution
from tests.conftest import parse
from tests.quotes.helpers import quote_strings


def _poll_contents(nlp, text: str) -> list[str]:
    """The contents the opening-poll rule alone finds."""
    document, parsed = parse(nlp, text)
    mask = inside_mask(text, quotations(text, document.paragraphs))
    return [text[a.content[0]:a.content[1]] for a in attribution._opening_polls(parsed, text, mask)]


def test_a_poll_opening_the_sentence_reports_its_clause(pipeline):
    text = ("The harbour board met on Monday.\n\nIn a Harbour Ledger poll released Sunday, Okafor led Reyes 48 "
            "percent to 41 percent among riders.")
    assert quote_strings(pipeline, text, with_cue=True) == [
        ("Okafor led Reyes 48 percent to 41 percent among riders", "In", "a Harbour Ledger poll released Sunday")]


def test_a_clause_reporting_one_of_its_own_is_its_verbs(nlp):
    text = "In a survey of 900 riders, the Ferry Trust found that most want a later last sailing."
    assert _poll_contents(nlp, text) == []


def test_a_poll_later_in_the_sentence_is_no_cue(nlp):
    text = "Okafor has trailed Reyes in the polls since March."
    assert _poll_contents(nlp, text) == []


def test_those_polled_told_something_is_no_finding(nlp):
    text = "In a survey published by the Ledger, riders were asked which crossing they use most."
    assert _poll_contents(nlp, text) == []
