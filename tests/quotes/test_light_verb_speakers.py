"""The subject of a light verb reports, not a pronoun inside its complement ("made it clear", "her attacks on")."""

from __future__ import annotations

from eventwire.quotes import QuoteStage
from tests.conftest import parse


def _speaker_phrases(nlp, text: str) -> list[str | None]:
    document, parsed = parse(nlp, text)
    QuoteStage(None)(document, parsed)
    return [document.span_text(q.speaker) if q.speaker else None for q in document.quotes]


def test_quotes_made_it_clear_is_said_by_the_subject(nlp):
    assert "The mayor" in _speaker_phrases(nlp, "The mayor made it clear that the library would stay open.")


def test_quotes_possessive_pronoun_of_an_object_cue_gives_way_to_the_subject(nlp):
    phrases = _speaker_phrases(nlp, "On Tuesday the governor stepped up her criticism of the new tax on fuel.")
    assert "the governor" in phrases and "her" not in phrases
