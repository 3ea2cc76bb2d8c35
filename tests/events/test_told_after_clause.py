"""An "after" clause with a subject of its own beside an arrest or a charge tells the offence the arrest answers:
both are reported. A time clause beside another act only situates it, and "after the shooting" names a known act.
A hyphenated verb with its own subject ("sucker-punched") is the act, not a description. Each sentence is
invented."""

from __future__ import annotations

from tests.events.helpers import events_of, types_of


def test_the_offence_an_arrest_answers_is_coded(pipeline):
    text = "Police arrested the man after he stabbed his neighbor in Dayton, Ohio."
    assert types_of(pipeline, text) == {"COERCE", "ASSAULT"}


def test_a_hyphenated_verb_with_a_subject_is_the_act(pipeline):
    text = "A Dayton man was arrested after he sucker-punched a protester in Dayton, Ohio."
    assert types_of(pipeline, text) == {"COERCE", "ASSAULT"}


def test_a_time_clause_beside_an_attack_stays_background(pipeline):
    events = events_of(pipeline, "One day after rebels attacked Goma, Rwandan troops shelled Bukavu.")
    assert [e.cameo for e in events] == ["194"]


def test_a_time_phrase_beside_an_arrest_stays_background(pipeline):
    assert types_of(pipeline, "Police arrested two men after the shooting of an officer in Dayton, Ohio.") == {"COERCE"}
