"""The frame of a cue before a colon ("he demurred: X", "the council's warning: X"), which the parse gives no clause of
its own; the cue table learns how often each cue reports that way."""

from __future__ import annotations

from tests.quotes.helpers import frame_contents, frame_named


def test_quotes_verb_before_a_colon_reports_what_follows_it(nlp):
    parsed = nlp('Asked about the harbour budget, the mayor demurred: "Ask me again next week."')
    frame = frame_named(parsed, "demurred", "colon")
    assert frame_contents(parsed, frame) == ['"Ask me again next week."']
    assert frame.speaker.text == "mayor"


def test_quotes_particle_verb_before_a_colon_reports_what_follows_it(nlp):
    parsed = nlp('The engineer went on: "The cranes are back and the port is ready."')
    frame = frame_named(parsed, "went", "colon")
    assert frame_contents(parsed, frame) == ['"The cranes are back and the port is ready."']


def test_quotes_noun_before_a_colon_reports_what_follows_it(nlp):
    parsed = nlp("The union's message was brief. The council's warning: the ferries will stop in winter.")
    frame = frame_named(parsed, "warning", "colon")
    assert frame_contents(parsed, frame) == ["the ferries will stop in winter."]
    assert frame.speaker.text == "council"
