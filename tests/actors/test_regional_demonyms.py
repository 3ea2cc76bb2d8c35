"""A demonym that the word before it makes a region's names no country ("Latin American leaders" are not the US
government). Phrases written for eventwire."""

from __future__ import annotations

from eventwire.actors import resolve_phrase
from eventwire.events.actors_fallback import country_of


def test_regional_demonym_names_no_country():
    assert resolve_phrase("Latin American bishops") is None
    assert resolve_phrase("Central American migrants") is None


def test_country_demonym_alone_still_names_its_country():
    assert resolve_phrase("American diplomats")[0] == "USAGOV"


def test_regional_demonym_gives_the_fallback_coder_no_country_but_a_later_name_does():
    assert country_of("South American farmers") is None
    assert country_of("South American farmers in Peru") == "PER"
