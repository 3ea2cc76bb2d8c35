"""Whom words were told to is not who said them (issue #5): the subject of a passive verb of telling. Each test
sentence is invented."""

from __future__ import annotations

import pytest

from eventwire.document import Document


def _quote_of(pipeline, text):
    document = next(iter(pipeline.annotate([Document(id="t", text=text, date="2024-03-01")])))
    return next(q for q in document.quotes if "tunnel" in text[q.content[0]:q.content[1]])


@pytest.mark.parametrize("text", [
    "Mayor Marta Okafor was told that the tunnel would open late.",
    "Mayor Marta Okafor was warned on Monday that the tunnel would open late.",
])
def test_the_one_told_is_no_speaker(pipeline, text):
    assert _quote_of(pipeline, text).speaker_text is None


@pytest.mark.parametrize("text, speaker", [
    ("Mayor Marta Okafor was told by engineers that the tunnel would open late.", "engineers"),
    ("Mayor Marta Okafor told reporters that the tunnel would open late.", "Marta Okafor"),
])
def test_the_teller_still_speaks(pipeline, text, speaker):
    assert _quote_of(pipeline, text).speaker_text == speaker
