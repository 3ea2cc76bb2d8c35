"""Who a phrase names: an appositive's surroundings are no actor, a coordinated "of" phrase gives each of its
countries, a possessive pronoun gives its owner's country. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of


def _sides(pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events_of(pipeline, text)]


def test_apposition_place_modifier_names_no_actor(pipeline):
    text = ("Chile's government and the Atacama Liberation Front, an armed group active near the Peruvian border, "
            "signed a truce on Monday.")
    codes = {code for pair in _sides(pipeline, text) for code in pair if code}
    assert codes, "no event"
    assert not any(code.startswith("PER") for code in codes)


def test_apposition_gives_an_unknown_group_its_sector(pipeline):
    text = ("Chile's government and the Atacama Liberation Front, an armed rebel group, met in Geneva "
            "on Monday.")
    codes = {code for pair in _sides(pipeline, text) for code in pair if code}
    assert "---REB" in codes


def test_coordinated_of_phrase_gives_each_country(pipeline):
    text = "The prime ministers of Norway and Finland signed a fisheries agreement on Monday."
    sources = {source for source, _ in _sides(pipeline, text)}
    assert {"NORGOV", "FINGOV"} <= sources


def test_possessive_pronoun_takes_the_speakers_country(pipeline):
    text = ("The Chilean foreign minister said his government was ready to lift its tariffs and urged "
            "Bolivia to reopen the border.")
    sources = {source for source, _ in _sides(pipeline, text)}
    assert "---GOV" not in sources
    assert "CHLGOV" in sources


def test_pronoun_bound_to_an_uncoded_speaker_is_no_earlier_actor(pipeline):
    text = ("The United Nations welcomed the plan. Both delegations have told us they are ready to sign a ceasefire "
            "with Ethiopia, the mediator said.")
    sources = [source for source, target in _sides(pipeline, text) if target == "ETH"]
    assert sources, "no event"
    assert "IGOUNO" not in sources
