"""Which frame a cue keeps and whether it is accepted: nearer content on ties, channel objects, cue contexts."""

from __future__ import annotations

import eventwire.quotes.attribution as attribution
from eventwire.quotes.attribution import _allowed, _best_frames, _speaker_and_channel, best_frame, cue_context
from eventwire.quotes.frames import Frame, frames_of
from eventwire.quotes.train_cues import learn_contexts

SENTENCE = "Officials said the talks would resume."


def _cue(parsed, text: str):
    return next(t for t in parsed if t.text == text)


def test_quotes_equally_reliable_frames_prefer_the_content_nearer_the_cue(nlp, monkeypatch):
    parsed = nlp("The talks failed again on Monday and officials said the deal is dead.")
    said = _cue(parsed, "said")
    far, near = Frame(said, "ccomp", [(0, 6)]), Frame(said, "ccomp", [(said.i + 1, len(parsed) - 1)])
    monkeypatch.setattr(attribution, "frames_of", lambda token: [far, near])
    assert best_frame(said, {near.key: (9, 9)})[1] is near


def _far_and_near(nlp, monkeypatch, near_name: str):
    """A clause left of "said" earning a hair more credit than a frame right after it."""
    parsed = nlp("The talks failed again on Monday and officials said the deal is dead.")
    said = _cue(parsed, "said")
    far, near = Frame(said, "ccomp", [(0, 6)]), Frame(said, near_name, [(said.i + 1, len(parsed) - 1)])
    monkeypatch.setattr(attribution, "frames_of", lambda token: [far, near])
    monkeypatch.setattr(attribution, "_precision", lambda frame, table=None, model=None: 0.70 if frame is far else 0.69)
    return said, far, near


def test_quotes_nearer_clause_of_the_same_key_wins_over_a_hair_more_credit(nlp, monkeypatch):
    said, far, near = _far_and_near(nlp, monkeypatch, "ccomp")
    assert best_frame(said)[1] is near


def test_quotes_frame_of_another_key_with_more_credit_beats_a_nearer_one(nlp, monkeypatch):
    said, far, near = _far_and_near(nlp, monkeypatch, "dobj")
    assert best_frame(said)[1] is far


def test_quotes_channel_verb_judging_something_as_may_report_it(nlp):
    parsed = nlp("The mayor cited the budget as the main reason for the delay.")
    assert any(f.name == "dobj+prep:as" for f in _allowed(frames_of(_cue(parsed, "cited"))))


def test_quotes_channel_verb_judging_a_person_keeps_its_subject_as_speaker(nlp):
    parsed = nlp("The mayor cited Smith as the main culprit.")
    frame = next(f for f in frames_of(_cue(parsed, "cited")) if f.name == "dobj+prep:as")
    speaker, channel = _speaker_and_channel(frame)
    assert speaker.text == "mayor" and channel is None


def test_quotes_channel_verb_without_as_may_report_its_object(nlp):
    parsed = nlp("The senator cited the Head Start program.")
    assert any(f.name == "dobj" for f in _allowed(frames_of(_cue(parsed, "cited"))))


def test_quotes_channel_verb_passing_words_on_never_reports_its_object(nlp):
    parsed = nlp("Interfax quoted him as saying the talks had failed.")
    assert not any(f.name == "dobj" for f in _allowed(frames_of(_cue(parsed, "quoted"))))


def test_quotes_context_ratio_can_reject_a_reliable_frame(nlp, monkeypatch):
    parsed = nlp(SENTENCE)
    mask = bytearray(len(SENTENCE))
    assert _best_frames(parsed, mask)
    monkeypatch.setattr(attribution, "context_ratios", lambda: {cue_context(_cue(parsed, "said")): 0.1})
    monkeypatch.setattr(attribution, "detected_credit", lambda frame, precision: 0.0)  # no second look (qs9)
    assert not _best_frames(parsed, mask)


def test_quotes_context_lift_is_capped(nlp, monkeypatch):
    parsed = nlp(SENTENCE)
    said = _cue(parsed, "said")
    frame = Frame(said, "ccomp", [(said.i + 1, len(parsed) - 1)])
    monkeypatch.setattr(attribution, "best_frame", lambda token: (0.2, frame) if token.i == said.i else None)
    monkeypatch.setattr(attribution, "context_ratios", lambda: {cue_context(said): 100.0})
    assert not _best_frames(parsed, bytearray(len(SENTENCE)))


def test_quotes_train_context_ratio_falls_where_promised_frames_earn_nothing(nlp):
    start = SENTENCE.index("the talks")
    reported = {"text": SENTENCE, "quotes": [{"content": [start, len(SENTENCE) - 1], "cue": [10, 14]}]}
    unreported = {"text": SENTENCE, "quotes": []}
    lines = [reported, unreported, reported, unreported]
    ratios = learn_contexts(lines, [nlp(SENTENCE) for _ in lines])
    assert ratios[cue_context(_cue(nlp(SENTENCE), "said"))] < 1.0
