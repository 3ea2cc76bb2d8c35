"""Sides left uncoded in news check set M (round ev58): armed Islamists named with no group or country are CAMEO's
transnational militarized Muslim groups (IMGMUS); a political camp ("conservatives") is private people of the
country, as voters are. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.events.actors_fallback import sector_only_code
from tests.events.helpers import events_of, of_type


@pytest.mark.parametrize("text", [
    "Radical Islamists bombed a hotel in the capital in 2002.",
    "Jihadists attacked an army base in northern Mali on Sunday.",
    "Islamist militants stormed a police station near the border.",
])
def test_ev58_islamist_militants_with_no_group_are_imgmus(pipeline, text):
    attack = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert attack.source is not None and attack.source.code == "IMGMUS"


def test_ev58_a_country_or_a_plain_islamists_keeps_its_code():
    assert sector_only_code("Islamists") is None  # a party or movement as often as armed men
    assert sector_only_code("a critic of radical Islamists") != "IMGMUS"  # the head is the critic
    assert sector_only_code("terrorists") == "---REB"


@pytest.mark.parametrize("camp", ["conservatives", "liberals", "progressives"])
def test_ev58_a_political_camp_is_civilians_of_the_country(pipeline, camp):
    text = f"In Ohio, the governor urged {camp} to accept the ruling of the Supreme Court of the United States."
    request = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert request.target is not None and request.target.code == "USACVL"


def test_ev58_appeal_to_a_political_camp_is_attraction(pipeline):
    text = "Iowa was a state made for a candidate with appeal to religious conservatives, the Ohio senator said."
    assert not [e for e in events_of(pipeline, text) if e.type == "REQUEST"]
