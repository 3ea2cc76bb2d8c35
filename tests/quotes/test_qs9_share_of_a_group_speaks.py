"""A subject naming a share of a group reports a cue the parse left without a reporter."""

from __future__ import annotations

from tests.quotes.helpers import speaker_phrases


def test_a_share_of_a_group_hung_on_a_participle_is_the_reporter(nlp):
    text = ("But many of the riders interviewed on Monday, including several nurses, privately worry that the "
            "ferry will close.")
    assert speaker_phrases(nlp, text) == ["many of the riders"]
