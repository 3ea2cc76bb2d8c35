"""Kinds of error earlier rounds saw in unlabelled news and left (round ev68): a hostile act proposed or called for
coded as done by its proposer; an arrest and a deportation of the same people merged into one event. Sentences
written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of

HOSTILE = {"COERCE", "ASSAULT", "SANCTION"}


@pytest.mark.parametrize("text", [
    "Voters cheered Mr. Ortega's proposal to ban foreign workers from the mines.",
    "Critics pointed to Mr. Ortega's proposal for banning foreign workers.",
    "Ortega was put on the defensive over his proposal to deport the migrants.",
    "His position on deporting the migrants has hardened.",
])
def test_ev68_a_hostile_act_named_in_a_proposal_is_not_done(pipeline, text):
    assert not HOSTILE & types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "Last week Kenya called to expel the Ugandan diplomats.",
    "Kenya proposed expelling the Ugandan diplomats.",
])
def test_ev68_a_hostile_act_called_for_is_a_call_for_a_policy(pipeline, text):
    found = events_of(pipeline, text)
    assert not HOSTILE & {e.type for e in found}
    calls = of_type(found, "REQUEST")
    assert calls and calls[0].cameo == "024" and calls[0].source.code.startswith("KEN") and calls[0].target is None
    assert not calls[0].hypothetical


def test_ev68_a_hostile_act_done_or_summoned_stays(pipeline):
    assert "SANCTION" in types_of(pipeline, "Kenya expelled the Ugandan diplomats.")
    assert "COERCE" in types_of(pipeline, "Police were called to arrest the man after the robbery.")


def test_ev68_an_arrest_and_a_deportation_of_the_same_people_are_two_acts(pipeline):
    found = events_of(pipeline, "Since age 14, when her parents were arrested and deported to Peru, she has lived alone.")
    assert {"173", "174"} <= {e.cameo for e in of_type(found, "COERCE")}


def test_ev68_a_former_office_holder_is_the_elite_in_every_mention(pipeline):
    text = ("Former U.N. Ambassador John Bolton criticized the senator on Monday. "
            "Later that day Bolton praised the governor.")
    found = events_of(pipeline, text, date="2016-05-01")
    assert of_type(found, "ACCUSE")[0].source.code == "USAELI"
    assert of_type(found, "SUPPORT")[0].source.code == "USAELI"
