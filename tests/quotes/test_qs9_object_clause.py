"""An object's content runs on over an adverbial clause hung on the cue right after it, with no comma between."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_clause_right_after_the_object_is_part_of_its_content(pipeline):
    text = "Marta Okafor criticized the plan because it cuts the night ferries."
    assert quote_strings(pipeline, text) == [("the plan because it cuts the night ferries", "Marta Okafor")]


def test_a_clause_set_off_by_a_comma_is_not(pipeline):
    text = "Marta Okafor criticized the plan, because it cuts the night ferries."
    assert [content for content, _ in quote_strings(pipeline, text)] == ["the plan"]
