"""Whom an act is asked of, and who acts through a spokesman (issue #4, round ev43). Each rule has its reason in the
CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type


def _side(pipeline, sentence: str, plover_type: str, side: str):
    """The source or target of the first event of ``plover_type`` coded in ``sentence``."""
    return getattr(of_type(events_of(pipeline, sentence), plover_type)[0], side)


# CAMEO 02 and 10, PLOVER REQUEST: the source asks the target to act; the one asked is the object of the verb of
# asking with the infinitive of the act, whatever actors that act names (arguments.asked_addressee). CAMEO 173 (arrest,
# detain): the authority that reports its own arrests made them (`acting_speakers.yaml`). Who acts is the clause's
# subject; the parser reads a subject set off by commas after a fronted time phrase as the time's apposition
# (arguments._subject_after_time).
@pytest.mark.parametrize("sentence, plover_type, side, text", [
    pytest.param("Kenyan lawmakers urged the police to arrest the Ugandan smugglers.", "REQUEST", "target",
                 "the police", id="the one asked is the target, not whom the asked act names"),
    pytest.param("The Kenyan opposition called on the police to arrest Ugandan smugglers.", "REQUEST", "target",
                 "the police", id="a call on a body asks that body"),
    pytest.param("Two men were arrested in Austin on Friday, said Capt. Steve Juge, with the Travis County "
                 "Sheriff's Office.", "COERCE", "source", "Capt. Steve Juge", id="a spokesman after the clause arrested"),
    pytest.param("On Friday, Texas, leading a coalition of nine states, asked a federal judge to halt the rules.",
                 "REQUEST", "source", "Texas", id="a subject after a fronted time phrase acts"),
])
def test_the_side_is_the_phrase(pipeline, sentence, plover_type, side, text):
    actor = _side(pipeline, sentence, plover_type, side)
    assert actor is not None and actor.text == text


# whether a spokesman speaks for the police is what the actors stage coded for the mention ("X, with the ...
# Sheriff's Office"), though the name alone has no sector (coder._acting_speaker); those asked in the passive, and a
# body called on through a particle, are the target
@pytest.mark.parametrize("sentence, plover_type, side, sector", [
    pytest.param("Kenyan lawmakers urged the police to arrest the Ugandan smugglers.", "REQUEST", "target", "COP",
                 id="the police asked are police"),
    pytest.param("Lt. Maria Banda, with the Harris County Sheriff's Office, said a teenager was detained after the "
                 "robbery.", "COERCE", "source", "COP", id="a spokesman with the sheriff's office arrested"),
    pytest.param("Residents of the town were asked to call Detective Bill Gordon with any information.", "REQUEST",
                 "target", "CVL", id="those asked in the passive are the target"),
    pytest.param("Mensah's family has called on police to release the videos.", "REQUEST", "target", "COP",
                 id="a call on a body read as a particle asks that body"),
])
def test_the_side_has_the_sector(pipeline, sentence, plover_type, side, sector):
    actor = _side(pipeline, sentence, plover_type, side)
    assert actor is not None and actor.code.endswith(sector)


def test_a_state_asked_to_act_on_another_is_the_target(pipeline):
    target = _side(pipeline, "Rwanda urged Congo to disarm the rebels.", "REQUEST", "target")
    assert target is not None and target.code == "COD"


def test_a_spokesman_reporting_a_shooting_names_no_shooter(pipeline):
    assert _side(pipeline, "Lt. Maria Banda, with the Harris County Sheriff's Office, said a teenager was shot after "
                           "the robbery.", "ASSAULT", "source") is None


# the public at large is no actor asked (`public_addressees`): read through a particle it adds no request
def test_a_call_on_people_at_large_read_as_a_particle_asks_no_one(pipeline):
    found = events_of(pipeline, "She has called on people to recycle their old clothes.")
    assert not [e for e in found if e.type == "REQUEST"]
