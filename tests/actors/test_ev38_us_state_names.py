"""A name shared by a country and a US state is the state when the text marks it as one (round ev38,
`us_state_marks` and `us_offices` in `rules.yaml`, a US party right after the name)."""

from __future__ import annotations


def _country_codes(document) -> list[str]:
    return [m.code for m in document.actors if m.text == "Georgia"]


def test_the_states_governor_makes_georgia_the_us_state(run):
    assert _country_codes(run("In Georgia, the state's governor vetoed the zoning bill.")) == []


def test_a_us_party_after_the_name_makes_georgia_the_us_state(run):
    assert _country_codes(run("Georgia Democrats said they would block the zoning bill.")) == []


def test_a_us_party_elsewhere_leaves_georgia_the_country(run):
    assert _country_codes(run("Republicans in Congress urged Georgia to hold new elections.")) == ["GEO"]
