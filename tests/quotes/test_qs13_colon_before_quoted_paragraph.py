"""A cue whose paragraph ends in a colon reports the quotation that opens the next paragraph, even when the parser
gave the cue that quotation (and nothing in its own paragraph) as its content."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_verb_ending_its_paragraph_in_a_colon_takes_the_next_quoted_paragraph(pipeline):
    text = ("The ferry stopped on Monday.\n\nA 17-year-old rider, Tomas Reyes, echoed:\n\n"
            "“The harbour board isn’t about service anymore. It’s about money.”\n\nThe board declined to comment.")
    quotes = quote_strings(pipeline, text)
    assert ("“The harbour board isn’t about service anymore. It’s about money.”",
            "A 17-year-old rider, Tomas Reyes") in quotes


def test_an_unquoted_next_paragraph_is_not_taken(pipeline):
    text = ("The ferry stopped on Monday.\n\nA 17-year-old rider, Tomas Reyes, echoed:\n\n"
            "The harbour board is not about service anymore, and the fares keep rising.\n\nThe board declined.")
    assert all("fares keep rising" not in content for content, _ in quote_strings(pipeline, text))
