"""Breaking a ban, sanctions or a resolution defies a norm or law (CAMEO 128, REJECT); its target is who laid the
measure down, never what the measure bans. Breaking a truce stays fighting (196). Each sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def test_violating_a_ban_defies_its_issuer(pipeline):
    event = of_type(events_of(pipeline, "Venezuela's vice president violated an EU ban on entry into Spain."),
                    "REJECT")[0]
    assert event.cameo == "128" and country(event.source) == "VEN" and event.target.code.startswith("IGOEUR")


def test_what_a_ban_bans_is_no_target(pipeline):
    event = of_type(events_of(pipeline, "Iran has violated a ban on missile tests."), "REJECT")[0]
    assert event.cameo == "128" and country(event.source) == "IRN" and event.target is None


def test_flouting_sanctions_imposed_by_a_body(pipeline):
    event = of_type(events_of(pipeline, "North Korea flouted the sanctions imposed by the United Nations."),
                    "REJECT")[0]
    assert event.target.code.startswith("IGOUNO")


def test_breaching_a_ceasefire_is_still_fighting(pipeline):
    event = of_type(events_of(pipeline, "Syrian rebels breached the ceasefire on Sunday."), "ASSAULT")[0]
    assert event.cameo == "196"


def test_breaching_a_contract_defies_nothing(pipeline):
    assert "REJECT" not in types_of(pipeline, "The Kenyan company breached its contract with the city.")
