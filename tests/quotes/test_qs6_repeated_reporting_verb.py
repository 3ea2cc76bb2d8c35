"""A reporting verb repeated without a subject ('said X and said Y'), which the parser may conjoin to the last verb
of the reported clause, is the reporter's next statement: the first content ends before its conjunction. Another
verb conjoined there may go on with the reported subject and stays inside the content."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_repeated_reporting_verb_starts_a_second_quote(pipeline):
    text = "Okafor said the harbour crane was repaired by the port crews and said the ferry would sail on Monday."
    found = quote_strings(pipeline, text, with_cue=True)
    assert ("the harbour crane was repaired by the port crews", "said", "Okafor") in found
    assert ("the ferry would sail on Monday", "said", "Okafor") in found


def test_a_cut_after_quoted_words_keeps_their_closing_mark(pipeline):
    text = "Okafor said the crane was fixed by “the night crews” and said the ferry would sail on Monday."
    contents = [content for content, _, _ in quote_strings(pipeline, text, with_cue=True)]
    assert contents == ["the crane was fixed by “the night crews”", "the ferry would sail on Monday"]


def test_another_verb_goes_on_with_the_reported_subject(pipeline):
    text = "Okafor says she is proud of the new ferry line and expects to open a second one next year."
    found = quote_strings(pipeline, text, with_cue=True)
    assert found[0][:2] == ("she is proud of the new ferry line and expects to open a second one next year", "says")
