"""The frame of a cue before a colon ("he demurred: X", "the council's warning: X"), which the parse gives no clause of
its own; the cue table learns how often each cue reports that way."""

from __future__ import annotations

from eventwire.quotes.frames import frames_of


def _frame(parsed, cue: str, name: str):
    token = next(t for t in parsed if t.text == cue)
    return next((f for f in frames_of(token) if f.name == name), None)


def _content(parsed, frame) -> list[str]:
    return [parsed[start:end].text for start, end in frame.content]


def test_quotes_verb_before_a_colon_reports_what_follows_it(nlp):
    parsed = nlp('Asked about the harbour budget, the mayor demurred: "Ask me again next week."')
    frame = _frame(parsed, "demurred", "colon")
    assert _content(parsed, frame) == ['"Ask me again next week."']
    assert frame.speaker.text == "mayor"


def test_quotes_particle_verb_before_a_colon_reports_what_follows_it(nlp):
    parsed = nlp('The engineer went on: "The cranes are back and the port is ready."')
    frame = _frame(parsed, "went", "colon")
    assert _content(parsed, frame) == ['"The cranes are back and the port is ready."']


def test_quotes_noun_before_a_colon_reports_what_follows_it(nlp):
    parsed = nlp("The union's message was brief. The council's warning: the ferries will stop in winter.")
    frame = _frame(parsed, "warning", "colon")
    assert _content(parsed, frame) == ["the ferries will stop in winter."]
    assert frame.speaker.text == "council"
