"""A phrase opening a sentence that names a poll or a person reports its clause, whatever the clause's verb
(PolNeAR's cue: the preposition)."""

from __future__ import annotations

from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes import attribution
from tests.conftest import parse
from tests.quotes.helpers import quote_strings


def _source_contents(nlp, text: str) -> list[str]:
    """The contents the opening-source rule alone finds."""
    document, parsed = parse(nlp, text)
    mask = inside_mask(text, quotations(text, document.paragraphs))
    return [text[a.content[0]:a.content[1]] for a in attribution._opening_sources(parsed, text, mask)]


def test_a_poll_opening_the_sentence_reports_its_clause(pipeline):
    text = ("The harbour board met on Monday.\n\nIn a Harbour Ledger poll released Sunday, Okafor led Reyes 48 "
            "percent to 41 percent among riders.")
    assert quote_strings(pipeline, text, with_cue=True) == [
        ("Okafor led Reyes 48 percent to 41 percent among riders", "In", "a Harbour Ledger poll released Sunday")]


def test_a_clause_reporting_one_of_its_own_is_its_verbs(nlp):
    text = "In a survey of 900 riders, the Ferry Trust found that most want a later last sailing."
    assert _source_contents(nlp, text) == []


def test_a_poll_later_in_the_sentence_is_no_cue(nlp):
    text = "Okafor has trailed Reyes in the polls since March."
    assert _source_contents(nlp, text) == []


def test_those_polled_told_something_is_no_finding(nlp):
    text = "In a survey published by the Ledger, riders were asked which crossing they use most."
    assert _source_contents(nlp, text) == []


def test_a_person_the_sentence_opens_with_holds_its_view(pipeline):
    text = "The vote is on Friday.\n\nTo Senator Reyes, the ferry fare rise looks like a betrayal of the islanders."
    assert quote_strings(pipeline, text, with_cue=True) == [
        ("the ferry fare rise looks like a betrayal of the islanders", "To", "Senator Reyes")]


def test_a_phrase_with_no_person_is_no_source(nlp):
    text = "To the east, the old tunnel is a relic of another century."
    assert _source_contents(nlp, text) == []
