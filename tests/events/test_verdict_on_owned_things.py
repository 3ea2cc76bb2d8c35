"""Calling a person's thing a disgrace judges the person. Each sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# call / brand / label / dub with a disparaging word and a person's thing as object criticise its owner (patterns.yaml
# owner_judged, triggers._owned_by_person); a thing no person owns names no one.
def test_calling_a_persons_thing_outrageous_criticises_its_owner(pipeline):
    event = of_type(events_of(pipeline, "Warren called Wells Fargo's behavior \"outrageous\" on Monday."), "ACCUSE")[0]
    assert event.target is not None and event.target.text == "Wells Fargo"


def test_a_thing_no_person_owns_names_no_one(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Warren called the storm's damage a disaster on Monday.")
