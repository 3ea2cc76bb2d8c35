"""A town named like a capital that the text places in another country. Each sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import first_event_countries


# A capital stands for its country ("Athens" for Greece), so a town of that name the geo stage places beside a
# county of another country counts for that other country, as a town named like a country does
# (actors.context.names_country, read by CountryContext.placed_country).
@pytest.mark.parametrize("text, countries", [
    pytest.param("The Athens Police Department arrested two teenagers, a Henderson County deputy said.",
                 {"source": "USA"}, id="athens-beside-a-us-county"),
    pytest.param("The Athens Police Department arrested two teenagers, a Greek official said.",
                 {"source": "GRC"}, id="athens-without-a-county-stays-greek"),
])
def test_a_town_named_like_a_capital_beside_a_county_is_placed_there(pipeline, text, countries):
    assert first_event_countries(pipeline, text, "COERCE", countries) == countries
