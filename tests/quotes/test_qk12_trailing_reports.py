"""A content ends before a closing clause opened by a contrast that another attribution fills, whether that
attribution reports a clause or only an object: "say X, though they blame [Y]" gives Y to its own reporter."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_contrast_reporting_an_object_ends_the_content(pipeline):
    text = "Most riders say the new ferries are too slow, though they blame the harbour board for the delays."
    found = quote_strings(pipeline, text, with_cue=True)
    assert ("the new ferries are too slow", "say", "Most riders") in found
    assert any(content.startswith("the harbour board") and speaker == "they" for content, _, speaker in found)


def test_a_condition_stays_inside_the_content(pipeline):
    text = "Okafor said the ferries would run all winter if the council paid for new crews."
    assert quote_strings(pipeline, text, with_cue=True)[0][:2] == (
        "the ferries would run all winter if the council paid for new crews", "said")
