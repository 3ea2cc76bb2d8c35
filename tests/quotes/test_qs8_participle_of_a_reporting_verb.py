"""A set-off participle hung on a reporting verb whose subject is its own speaker ('"...," Okafor added, saying X')
is that reporter's, though the parser hung the reporting verb inside another reporter's clause."""

from __future__ import annotations

from tests.quotes.helpers import speaker_phrases


def test_a_participle_after_an_inverted_report_keeps_its_reporter(nlp):
    text = "The board cannot claim that “in its view,” Okafor added, saying it should be “up to the council to decide.”"
    assert speaker_phrases(nlp, text) == ["Okafor", "Okafor"]


def test_a_participle_inside_a_reported_clause_is_the_reporters(nlp):
    text = "Reyes said the crew saw no reason to wait, telling reporters that the ferry would sail at dawn."
    assert speaker_phrases(nlp, text)[-1] == "Reyes"
