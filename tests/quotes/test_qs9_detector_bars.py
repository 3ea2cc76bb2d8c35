"""The cue detector's second look has a bar of its own for each kind of reporter (``detector_speakers``)."""

from __future__ import annotations

from eventwire.quotes import attribution
from eventwire.quotes.attribution import _best_frames
from eventwire.quotes.frames import frames_of, speaker_class
from eventwire.quotes.lexicon import lexicon

NOUN_REPORTER = "The harbour board believes the tunnel will open late."
NAMED_REPORTER = "Marta Okafor believes the tunnel will open late."


def _kept(nlp, text, monkeypatch, credit):
    """Whether the doubted "believes" frame is kept when the detector expects ``credit`` of it."""
    parsed = nlp(text)
    cue = next(t for t in parsed if t.lower_ == "believes")
    frame = next(f for f in frames_of(cue) if f.name == "ccomp")
    monkeypatch.setattr(attribution, "best_frame", lambda token: (0.2, frame) if token.i == cue.i else None)
    monkeypatch.setattr(attribution, "context_ratios", lambda: {})
    monkeypatch.setattr(attribution, "detected_credit", lambda f, p: credit)
    return [(f.cue.text, doubted) for f, doubted in _best_frames(parsed, bytearray(len(text)))]


def test_a_noun_reporter_gets_a_second_look(nlp, monkeypatch):
    parsed = nlp(NOUN_REPORTER)
    assert speaker_class(next(t for t in parsed if t.text == "board")) == "noun"
    assert _kept(nlp, NOUN_REPORTER, monkeypatch, 0.9) == [("believes", True)]


def test_a_noun_reporter_below_its_bar_is_left_to_the_table(nlp, monkeypatch):
    bar = lexicon()["detector_speakers"]["noun"]
    assert _kept(nlp, NOUN_REPORTER, monkeypatch, bar - 0.01) == []


def test_each_kind_of_reporter_is_held_to_its_own_bar(nlp, monkeypatch):
    monkeypatch.setitem(lexicon(), "detector_speakers", {"name": 0.5, "noun": 0.8})
    assert _kept(nlp, NAMED_REPORTER, monkeypatch, 0.6) == [("believes", True)]
    assert _kept(nlp, NOUN_REPORTER, monkeypatch, 0.6) == []
