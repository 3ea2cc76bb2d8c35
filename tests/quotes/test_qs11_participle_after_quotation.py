"""A participle set off after a quotation's closing comma ('said the harbour "would reopen," adding ...') reports
words of its own, as one after a bare comma does: the reported clause stops before it, and its speaker is the
reporter, not the subject of the clause the parser may hang it on."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_the_reported_clause_stops_before_the_participle(pipeline):
    text = 'Kovac said the harbour "would reopen by May," adding, "The cranes are back."'
    assert quote_strings(pipeline, text, with_cue=True)[0][:2] == ('the harbour "would reopen by May,"', "said")


def test_the_participle_speaks_for_the_reporter(pipeline):
    text = 'Mayor Lena Kovac said the ferry line "will run all winter," adding that the fares would not rise.'
    found = quote_strings(pipeline, text, with_cue=True)
    assert ("that the fares would not rise", "adding", "Mayor Lena Kovac") in found
