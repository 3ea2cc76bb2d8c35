"""The back-off model of cue frames: transferable features, fitting, and shrinking rare table keys towards it."""

from __future__ import annotations

from eventwire.quotes.backoff import fit, frame_features, predicted_credit
from eventwire.quotes.frames import frames_of
from eventwire.quotes.lexicon import frame_precision, lexicon
from eventwire.quotes.train_cues import count_frames


def _frame(nlp, text: str, cue_text: str, name: str):
    parsed = nlp(text)
    cue = next(t for t in parsed if t.text == cue_text)
    return next(f for f in frames_of(cue) if f.name == name)


def _lemma_free(features: list[str]) -> set[str]:
    return {f for f in features if not f.startswith(("lemma=", "suffix="))}


def test_quotes_backoff_features_are_shared_by_different_cue_lemmas(nlp):
    said = _frame(nlp, "The minister said that the talks had failed.", "said", "ccomp")
    claimed = _frame(nlp, "The minister claimed that the talks had failed.", "claimed", "ccomp")
    assert _lemma_free(frame_features(said)) == _lemma_free(frame_features(claimed))


def test_quotes_backoff_model_carries_a_frame_over_to_an_unseen_lemma(nlp):
    reported = [_frame(nlp, f"The minister {verb} that the talks had failed.", verb, "ccomp")
                for verb in ("said", "claimed", "argued", "warned")]
    objects = [_frame(nlp, f"The minister {verb} the old car.", verb, "dobj")
               for verb in ("bought", "sold", "washed", "parked")]
    model = fit([frame_features(f) for f in reported + objects], [1.0] * 4 + [0.0] * 4, min_count=2)
    insisted = _frame(nlp, "The minister insisted that the talks had failed.", "insisted", "ccomp")
    painted = _frame(nlp, "The minister painted the old car.", "painted", "dobj")
    assert predicted_credit(insisted, model) > 0.5 > predicted_credit(painted, model)


def test_quotes_rare_key_is_pulled_towards_the_model():
    table = {"VERB:tout:ccomp": (3, 4)}
    trusted = frame_precision("VERB:tout:ccomp:name", "VERB:tout:ccomp", 0.9, table)
    doubted = frame_precision("VERB:tout:ccomp:name", "VERB:tout:ccomp", 0.1, table)
    assert trusted - doubted > 0.3


def test_quotes_frequent_key_barely_moves_with_the_model():
    table = {"VERB:say:ccomp": (3000, 4000)}
    trusted = frame_precision("VERB:say:ccomp:name", "VERB:say:ccomp", 0.9, table)
    doubted = frame_precision("VERB:say:ccomp:name", "VERB:say:ccomp", 0.1, table)
    assert trusted - doubted < 0.01


def test_quotes_unsupported_key_must_clear_a_higher_bar():
    limits = lexicon()["thresholds"]
    prior = (limits["min_precision"] + limits["unsupported_min_precision"]) / 2 * 1.2
    assert frame_precision("VERB:opine:ccomp:name", "VERB:opine:ccomp", prior, {}) < limits["min_precision"]


def test_quotes_train_tally_keeps_features_and_credit_per_frame(nlp):
    text = "The minister said the talks would resume."
    tally = count_frames([{"text": text, "quotes": []}], [nlp(text)])
    frames = sum(tally.totals.values()) // 2  # each frame counts under its key and its speaker-specific key
    assert frames and len(tally.features) == len(tally.credits) == frames
