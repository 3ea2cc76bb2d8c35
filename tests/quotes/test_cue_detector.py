"""The cue detector: a second look at frames the cue table rejects."""

from __future__ import annotations

from eventwire.quotes import attribution
from eventwire.quotes.attribution import Attribution, _best_frames, _drop_overlaps
from eventwire.quotes.cue_detector import occurrence_features
from eventwire.quotes.frames import frames_of, speaker_class
from eventwire.quotes.lexicon import lexicon
from eventwire.quotes.train_cues import cross_fit

NAMED = "Marta Okafor believes the harbour tunnel will open late."
PRONOUN = "She believes the harbour tunnel will open late."
NOUN_REPORTER = "The harbour board believes the tunnel will open late."


def _doubted(nlp, text, monkeypatch, credit):
    parsed = nlp(text)
    cue = next(t for t in parsed if t.lower_ == "believes")
    frame = next(f for f in frames_of(cue) if f.name == "ccomp")
    monkeypatch.setattr(attribution, "best_frame", lambda token: (0.2, frame) if token.i == cue.i else None)
    monkeypatch.setattr(attribution, "context_ratios", lambda: {})
    monkeypatch.setattr(attribution, "detected_credit", lambda f, p: credit)
    return _best_frames(parsed, bytearray(len(text)))


def test_quotes_detector_keeps_a_doubted_frame_of_a_named_reporter(nlp, monkeypatch):
    kept = _doubted(nlp, NAMED, monkeypatch, 0.9)
    assert [(f.cue.text, doubted) for f, doubted in kept] == [("believes", True)]


def test_quotes_detector_leaves_a_doubted_frame_it_expects_little_of(nlp, monkeypatch):
    assert not _doubted(nlp, NAMED, monkeypatch, 0.1)


def test_quotes_detector_leaves_a_pronoun_reporter_to_the_table(nlp, monkeypatch):
    assert not _doubted(nlp, PRONOUN, monkeypatch, 0.9)


def _kept(nlp, text, monkeypatch, credit):
    """(cue, doubted) of each frame kept when the detector expects ``credit`` of the doubted "believes"."""
    return [(f.cue.text, doubted) for f, doubted in _doubted(nlp, text, monkeypatch, credit)]


def test_a_noun_reporter_gets_a_second_look(nlp, monkeypatch):
    parsed = nlp(NOUN_REPORTER)
    assert speaker_class(next(t for t in parsed if t.text == "board")) == "noun"
    assert _kept(nlp, NOUN_REPORTER, monkeypatch, 0.9) == [("believes", True)]


def test_a_noun_reporter_below_its_bar_is_left_to_the_table(nlp, monkeypatch):
    bar = lexicon()["detector_speakers"]["noun"]
    assert _kept(nlp, NOUN_REPORTER, monkeypatch, bar - 0.01) == []


def test_each_kind_of_reporter_is_held_to_its_own_bar(nlp, monkeypatch):
    monkeypatch.setitem(lexicon(), "detector_speakers", {"name": 0.5, "noun": 0.8})
    assert _kept(nlp, NAMED, monkeypatch, 0.6) == [("believes", True)]
    assert _kept(nlp, NOUN_REPORTER, monkeypatch, 0.6) == []


def test_quotes_doubted_attribution_loses_an_overlap_to_a_shorter_trusted_one(nlp):
    text = "Okafor said the tunnel opens late, and the mayor hopes otherwise."
    parsed = nlp(text)
    said, hopes = (next(t for t in parsed if t.text == w) for w in ("said", "hopes"))
    trusted = Attribution([(12, 33)], (7, 11), said)
    doubted = Attribution([(12, 64)], (hopes.idx, hopes.idx + 5), hopes, doubted=True)
    assert _drop_overlaps([doubted, trusted], text, bytearray(len(text))) == [trusted]


def test_quotes_detector_features_tell_a_named_reporter_from_a_pronoun(nlp):
    features = []
    for text in (NAMED, PRONOUN):
        cue = next(t for t in nlp(text) if t.lower_ == "believes")
        features.append(set(occurrence_features(next(f for f in frames_of(cue) if f.name == "ccomp"), 0.2)))
    assert "who=she" in features[1] and "who=she" not in features[0]


def test_quotes_cross_fit_gives_the_detector_one_row_a_promised_frame(nlp):
    start = NAMED.index("the harbour")
    reported = {"text": NAMED, "quotes": [{"content": [start, len(NAMED) - 1], "cue": [13, 20]}]}
    lines = [reported] * 4
    settlement = cross_fit(lines, [nlp(NAMED) for _ in lines])
    assert len(settlement.rows) == len(settlement.credits) > 0 and max(settlement.credits) > 0.5
