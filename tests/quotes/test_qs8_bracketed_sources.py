"""A source in brackets ("(..., according to X)") vouches for the bracketed words only, whatever clause the parser
hangs it on."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_strings

BRACKETED = [
    ("Reyes, in turn, cites his Facebook fans as the source for some of his own numbers, such as his recent claim "
     "that tourists spent 81 percent of their money in the old town (the actual share is closer to 15 percent, "
     "according to the Harbour Trust). He defended the figure.",
     "the actual share is closer to 15 percent", "the Harbour Trust"),
    ("The mayor often blames the ferry union for the delays, such as the long strike that closed the harbour for a "
     "month (the strike lasted nine days, according to the port authority). She repeated the claim on Monday.",
     "the strike lasted nine days", "the port authority"),
]


@pytest.mark.parametrize("text, content, source", BRACKETED)
def test_a_bracketed_source_vouches_for_its_brackets(pipeline, text, content, source):
    found = quote_strings(pipeline, text, with_cue=True)
    assert (content, "according to", source) in found
    assert all(cue != "according to" or quoted == content for quoted, cue, _ in found)


def test_a_source_outside_brackets_keeps_its_clause(pipeline):
    text = "The strike lasted nine days, according to the port authority."
    assert ("The strike lasted nine days", "according to", "the port authority") in quote_strings(
        pipeline, text, with_cue=True)
