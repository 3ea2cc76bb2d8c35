"""Who undergoes an act named by a possessed event noun ("his arrest"). Each sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


# "his arrest" is his being arrested: the possessor of a singular event noun done to someone, with no "of" phrase,
# is its target and not its doer (patterns.yaml undergone_by_possessor); with an "of" phrase it is the doer.
@pytest.mark.parametrize("text, plover_type", [
    pytest.param("Kenyan police announced her arrest on Monday.", "COERCE", id="her-arrest"),
    pytest.param("His arrest came after a long hunt in Nairobi.", "COERCE", id="his-arrest-as-subject"),
    pytest.param("The senator's assassination shocked Kenya.", "ASSAULT", id="the-senators-assassination"),
])
def test_the_possessor_of_an_act_done_to_someone_undergoes_it(pipeline, text, plover_type):
    event = of_type(events_of(pipeline, text), plover_type)[0]
    assert event.target is not None and event.target.text.lower() in {"her", "his", "the senator"}
    assert event.source is None or event.source.text.lower() not in {"her", "his", "the senator"}


def test_with_an_of_phrase_the_possessor_is_the_doer(pipeline):
    event = of_type(events_of(pipeline, "Kenya's arrest of two activists drew protests."), "COERCE")[0]
    assert country(event.source) == "KEN" and event.target is not None and "activists" in event.target.text
