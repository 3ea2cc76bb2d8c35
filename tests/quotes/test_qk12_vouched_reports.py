"""A source vouching for a report hung on its verb ('"...?" Okafor asked at a briefing, according to the Gazette') is
the attribution's speaker, as PolNeAR annotates it: one quote, the source's, with the reported words; so is one
hung on a word of the reported clause that it closes."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_the_vouching_source_speaks_for_the_quotation(pipeline):
    text = '"Who will pay for the new pier?" Marta Okafor asked at a briefing, according to the Harbour Gazette.'
    found = quote_strings(pipeline, text, with_cue=True)
    assert len(found) == 1
    content, cue, speaker = found[0]
    assert content.startswith('"Who will pay for the new pier?"')
    assert (cue, speaker) == ("according to", "the Harbour Gazette")


def test_a_source_without_the_report_verb_is_left_alone(pipeline):
    text = 'The ferries ran late all winter, according to the Harbour Gazette.'
    assert quote_strings(pipeline, text, with_cue=True) == [
        ("The ferries ran late all winter", "according to", "the Harbour Gazette")]


def test_a_source_closing_the_reported_clause_speaks_for_it(pipeline):
    text = "Okafor said that the council had voted the fare rise down, according to two people at the meeting."
    assert quote_strings(pipeline, text, with_cue=True) == [
        ("that the council had voted the fare rise down", "according to", "two people at the meeting")]
