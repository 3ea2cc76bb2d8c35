"""A quotation right after a colon that closes a reported clause bears the same report out."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_quotation_after_the_contents_colon_joins_it(pipeline):
    text = ("Marta Okafor said that a deal on the ferry might still be possible: “In shipping, the question is "
            "always the price. Can the board offer the union something it wants?”\n\nThe board meets on Monday.")
    assert quote_strings(pipeline, text) == [
        ("that a deal on the ferry might still be possible: “In shipping, the question is always the price. "
         "Can the board offer the union something it wants?”", "Marta Okafor")]


def test_a_quotation_in_the_next_paragraph_stays_apart(pipeline):
    text = ("Marta Okafor said that a deal on the ferry might still be possible:\n\n“In shipping, the question is "
            "always the price,” the union's Tomas Reyes said.")
    contents = [content for content, _ in quote_strings(pipeline, text)]
    assert "that a deal on the ferry might still be possible" in contents
