"""A company's legal form closing a name no dictionary knows ("Orbis Holdings Ltd.", "Acme Corp.") makes it a
business (BUS). Each sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type


@pytest.mark.parametrize("company", ["Orbis Holdings Ltd.", "Tamarind Corp.", "Kestrel Freight LLC", "Larkspur Inc."])
def test_a_company_by_its_legal_form_is_a_business(pipeline, company):
    event = of_type(events_of(pipeline, f"{company} sued the Kenyan government on Monday."), "ACCUSE")[0]
    assert event.source is not None and event.source.code and event.source.code.endswith("BUS")
