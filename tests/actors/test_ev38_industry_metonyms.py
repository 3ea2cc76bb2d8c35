"""A place that stands for a country's industry is an actor of it (round ev38, `organisations.yaml`)."""

from __future__ import annotations

from tests.actors.helpers import mention


def test_silicon_valley_is_the_us_technology_industry(run):
    document = run("Regulators in Brussels warned Silicon Valley about its handling of private data.")
    assert mention(document, "Silicon Valley").code == "USABUS"

