"""The subject of a light verb reports, not a pronoun inside its complement ("made it clear", "her attacks on")."""

from __future__ import annotations

from tests.quotes.helpers import speaker_phrases


def test_quotes_made_it_clear_is_said_by_the_subject(nlp):
    assert "The mayor" in speaker_phrases(nlp, "The mayor made it clear that the library would stay open.")


def test_quotes_possessive_pronoun_of_an_object_cue_gives_way_to_the_subject(nlp):
    phrases = speaker_phrases(nlp, "On Tuesday the governor stepped up her criticism of the new tax on fuel.")
    assert "the governor" in phrases and "her" not in phrases
