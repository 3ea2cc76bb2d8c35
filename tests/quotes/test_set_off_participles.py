"""A set-off participle ('..., adding "..."') reports words of its own, for the reporter of the clause before it."""

from tests.quotes.helpers import quote_strings


def test_clause_stops_before_participle_quotation(pipeline):
    text = 'Kovac said the port would reopen, adding, "The cranes are already back."'
    quotes = quote_strings(pipeline, text)
    assert ("the port would reopen", "Kovac") in quotes
    assert ('"The cranes are already back."', "Kovac") in quotes


def test_participle_speaks_for_reporter_not_clause_subject(pipeline):
    text = 'Mendes said the ferry would run late, telling reporters that it was "a matter of days."'
    quotes = quote_strings(pipeline, text)
    assert all(speaker == "Mendes" for _, speaker in quotes)
    assert len(quotes) == 2
