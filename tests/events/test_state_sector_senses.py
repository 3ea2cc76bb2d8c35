""""state" is a government only as a head noun meaning one: a state of a federation or a condition names no
government sector. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.events.actors_fallback import sector_of, without_misread_sector
from tests.events.helpers import events_of


def _codes(pipeline, text: str) -> set[str]:
    return {ref.code for e in events_of(pipeline, text) for ref in (e.source, e.target) if ref and ref.code}


def test_a_state_of_a_federation_is_no_government(pipeline):
    codes = _codes(pipeline, "The Mexican president accused the U.S. state of Arkansas of mistreating migrants.")
    assert "USAGOV" not in codes
    assert "USA" in codes


def test_a_state_as_the_government_keeps_its_sector(pipeline):
    assert "NORGOV" in _codes(pipeline, "The Norwegian state accused Sweden of breaking the fishing treaty.")


def test_senses_of_state():
    assert sector_of("her home state of Nevada") == ""
    assert sector_of("a state of siege") == ""
    assert sector_of("a swing state") == ""
    assert sector_of("the state of Oregon") == "GOV"
    assert sector_of("the Secretary of State") == "GOV"
    assert without_misread_sector("USAGOV", "a swing state") == "USA"
    assert without_misread_sector("USAGOV", "the Department of State") == "USAGOV"
