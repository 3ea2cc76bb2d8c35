""""The government" that a country's own people or bodies address is their own. Each sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import first_event_countries


# A sentence naming several countries gives an unnamed "the government" none; lawmakers, the opposition, parties,
# the press ... of one country who call on it or blame it mean their own (patterns.yaml home_government,
# sides.domestic_country).
@pytest.mark.parametrize("text, plover_type", [
    pytest.param("Kenyan opposition leaders accused the government of rigging the vote, Obama said in Washington.",
                 "ACCUSE", id="opposition-accuses-the-government"),
    pytest.param("Israeli lawmakers called on the government Wednesday to block the visit of a Jordanian envoy.",
                 "REQUEST", id="lawmakers-call-on-the-government"),
])
def test_a_countrys_own_people_address_their_own_government(pipeline, text, plover_type):
    countries = first_event_countries(pipeline, text, plover_type, ["source", "target"])
    assert countries["target"] == countries["source"] is not None
