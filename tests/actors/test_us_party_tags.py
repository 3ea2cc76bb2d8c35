"""A US party and state after a name ("Jane Doe (D-Ore.)", "Jane Doe, R-S.C.,") marks a member of Congress: American
and a legislator, wherever the rest of the article is set, in every mention of that person. Each sentence is
invented."""

from __future__ import annotations

import pytest

from tests.actors.helpers import mention

ABROAD = "Iran tested a missile. Tehran said the test was legal. "


@pytest.mark.parametrize("tagged", ["Marta Lindqvist (D-Ore.)", "Marta Lindqvist, R-S.C.,", "Marta Lindqvist (R-TX)",
                                    "Marta Lindqvist (I-W. Va.)"])
def test_a_party_tagged_name_is_an_american_legislator(run, tagged):
    document = run(ABROAD + f"{tagged} criticized Iran on Tuesday. Lindqvist said she met Iranian diplomats.")
    assert mention(document, "Marta Lindqvist").code == "USALEG"
    assert mention(document, "Lindqvist").code == "USALEG"


def test_a_name_with_a_party_alone_is_an_american_party_politician(run):
    document = run(ABROAD + "Gov. Marta Lindqvist criticized Iran. Tomas Reyes (D) agreed with Lindqvist (R).")
    assert mention(document, "Tomas Reyes").code == "USAPTY"
    assert mention(document, "Lindqvist").code == "USAGOV"


def test_a_titled_name_written_before_its_tag_is_placed_too(run):
    document = run(ABROAD + "Committee chairman Marta Lindqvist (R-Tenn.) wrote a bill. Only two Democrats back "
                            "Sen. Marta Lindqvist on the bill.")
    assert mention(document, "Sen. Marta Lindqvist").code == "USALEG"


@pytest.mark.parametrize("text", ["Marta Lindqvist drove on I-95 to Tehran.", "Marta Lindqvist (D-Day veteran) spoke.",
                                  "Marta Lindqvist (R-Paris) spoke."])
def test_no_party_and_state_no_member_of_congress(run, text):
    found = [m for m in run(ABROAD + text).actors if m.text == "Marta Lindqvist"]
    assert not found or not found[0].code.startswith("USA")
