"""Frames of noun cues, of cues modifying a noun and of "according to" hung on a noun: "the claim that X",
"the decision to X", "an admission from Y that X", "[the plan] opposed by Y", "Turnout, according to Y, rose"."""

from __future__ import annotations

from eventwire.quotes.frames import frames_of
from tests.quotes.helpers import frame_contents, frame_named


def _token(parsed, text: str):
    return next(t for t in parsed if t.text == text)


def test_quotes_noun_cue_reports_its_that_clause_with_its_possessor_as_speaker(nlp):
    parsed = nlp("The mayor's claim that the bridge will open in May surprised nobody.")
    frame = frame_named(parsed, "claim", "acl")
    assert frame_contents(parsed, frame) == ["that the bridge will open in May"]
    assert frame.speaker.text == "mayor"


def test_quotes_noun_cue_reports_its_to_clause(nlp):
    parsed = nlp("Her decision to leave the council angered her allies.")
    frame = frame_named(parsed, "decision", "acl")
    assert frame_contents(parsed, frame) == ["to leave the council"]
    assert frame.speaker.text == "Her"


def test_quotes_participle_describing_a_noun_is_not_itsframe_contents(nlp):
    parsed = nlp("The man running the show laughed.")
    assert frame_named(parsed, "man", "acl") is None


def test_quotes_noun_cue_takes_its_speaker_from_a_from_phrase(nlp):
    parsed = nlp("An admission from the senator that the bill had failed came late.")
    frame = frame_named(parsed, "admission", "acl")
    assert frame.speaker.text == "senator"


def test_quotes_according_to_hung_on_a_noun_reports_the_whole_clause(nlp):
    parsed = nlp("Turnout among young voters according to the survey rose sharply.")
    frame = frame_named(parsed, "according", "rest")
    assert frame_contents(parsed, frame) == ["Turnout among young voters", "rose sharply."]
    assert frame.speaker.text == "survey"


def test_quotes_cue_modifying_a_noun_reports_that_noun_with_the_agent_as_speaker(nlp):
    parsed = nlp("The zoning plan opposed by the tenants passed on Monday.")
    frame = frame_named(parsed, "opposed", "head")
    assert frame_contents(parsed, frame) == ["The zoning plan"]
    assert frame.speaker.text == "tenants"


def test_quotes_noun_clause_the_outlet_disputes_is_left_to_claims(nlp):
    from eventwire.quotes.attribution import _allowed

    disputed = nlp("The minister's baseless claim that the ferries are safe drew protests.")
    plain = nlp("The minister's claim that the ferries are safe drew protests.")
    assert not any(f.name == "acl" for f in _allowed(frames_of(_token(disputed, "claim"))))
    assert any(f.name == "acl" for f in _allowed(frames_of(_token(plain, "claim"))))
