"""What protesters do together is a demonstration, and joining or leading protests is protesting (issue #4). Each
test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "Kenyan demonstrators gathered outside the parliament in Nairobi.",
    "About 15 demonstrators held signs outside the Kenyan parliament.",
    "Kenyan protesters chanted slogans outside the presidential palace.",
])
def test_protesters_gathering_chanting_or_holding_signs_demonstrate(pipeline, text):
    protest = of_type(events_of(pipeline, text), "PROTEST")[0]
    assert protest.cameo == "141" and protest.source.code.startswith("KEN")


def test_joining_protests_is_protesting(pipeline):
    protest = of_type(events_of(pipeline, "Thousands of Kenyans joined protests in Nairobi."), "PROTEST")[0]
    assert protest.source.text == "Thousands of Kenyans"


@pytest.mark.parametrize("text", [
    "Kenyan leaders gathered in Nairobi for the summit.",
    "The Kenyan minister held signed copies of the treaty.",
])
def test_others_gathering_or_holding_things_do_not_protest(pipeline, text):
    assert "PROTEST" not in types_of(pipeline, text)
