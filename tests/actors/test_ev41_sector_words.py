"""Sector words the events stage's fallback coder used to keep in a list of its own now live in the actors
knowledge base (issue #4, round ev41), so an owner with one of them is coded by the actors stage too."""

from __future__ import annotations

from eventwire.actors import resolve_phrase


def test_words_moved_from_the_fallback_list_code_owned_phrases():
    assert [resolve_phrase(text)[0] for text in ("Kenyan jury", "Ghanaian troopers", "Texas marchers")] == \
        ["KENJUD", "GHACOP", "USAOPP"]


def test_an_interior_ministry_is_the_government():
    assert resolve_phrase("Russian interior ministry")[0] == "RUSGOV"
