"""Extending, prolonging or renewing a curfew, sanctions or a state of emergency imposes it again (the object table
of "impose"); extending condolences or a deadline imposes nothing. Each sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_extending_sanctions_imposes_them(pipeline):
    event = of_type(events_of(pipeline, "The EU extended its sanctions against Russia by six months."), "COERCE")[0]
    assert event.cameo == "163" and event.source.code.startswith("IGOEUR") and country(event.target) == "RUS"


def test_prolonging_a_curfew_imposes_it(pipeline):
    event = of_type(events_of(pipeline, "Thailand prolonged the curfew in Bangkok on Monday."), "COERCE")[0]
    assert event.cameo == "1723" and country(event.source) == "THA"


def test_extending_condolences_or_a_deadline_is_no_coercion(pipeline):
    for text in ("The Kenyan president extended his condolences to the victims.",
                 "Kenya extended the deadline for voter registration."):
        assert not any(e.type == "COERCE" for e in events_of(pipeline, text))


def test_extending_a_law_to_a_place_is_no_martial_law(pipeline):
    text = "Washington extended minimum wage laws to Puerto Rico in 1940."
    assert not any(e.type == "COERCE" for e in events_of(pipeline, text))
