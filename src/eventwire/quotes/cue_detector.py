"""A second look at cue frames the learnt table rejects: is *this* occurrence an attribution?

The cue table (:mod:`eventwire.quotes.train_cues`) judges a (cue lemma, frame) key by its average: "support Y",
"believes X", "wants to X" report someone's stance often, but too rarely on average to pass the threshold, and
PolNeAR counts thoughts, intentions, plans and beliefs as attributions. This logistic model looks at the
occurrence: the table's precision, who the subject is (a person, a pronoun, an organisation), the word the cue
hangs on, modal and infinitive auxiliaries, negation, and the back-off's frame features; it predicts the F1 credit
the frame would earn. Learnt from PolNeAR train on cross-fitted table precisions (a half of train's table
promises, the other half pays, as it would on unseen articles); weights in ``data/cue_detector.json``.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from eventwire.nlp.syntax import has_infinitive_to
from eventwire.quotes.backoff import frame_features, logistic, stored_model
from eventwire.quotes.frames import Frame

WEIGHTS = Path(__file__).with_name("data") / "cue_detector.json"
#: Frames the table promises less than this are not worth a second look (nor, in training, a row).
CANDIDATE_FLOOR = 0.1
#: Width of the table-precision bins.
PRECISION_STEP = 0.05
#: Subjects that mark someone holding a view (the pronouns by their own word).
PERSONAL = {"i", "we", "you", "he", "she", "they", "who", "it", "this", "that"}


def occurrence_features(frame: Frame, precision: float) -> list[str]:
    """What tells one occurrence of a cue frame from another, besides the frame itself."""
    cue = frame.cue
    lemma = f"{cue.pos_}:{cue.lemma_.lower()}"
    who = _holder(frame.speaker)
    band = f"{min(int(precision / PRECISION_STEP), 12) * PRECISION_STEP:.2f}"
    governor = "root" if cue.head == cue else f"{cue.head.pos_}:{cue.head.lemma_.lower()}"
    modal = next((c.lower_ for c in cue.children if c.tag_ == "MD"), "none")
    infinitive = has_infinitive_to(cue)
    negated = any(c.dep_ == "neg" for c in cue.children)
    quoted_sentence = any(t.is_quote for t in cue.sent)
    return [f"p={band}", f"p={band}|name={frame.name}", f"who={who}", f"who={who}|{lemma}",
            f"who={who}|tag={cue.tag_}", f"gov={governor}", f"gov={governor}|dep={cue.dep_}",
            f"{lemma}|dep={cue.dep_}", f"{lemma}|name={frame.name}", f"modal={modal}", f"inf={infinitive}|who={who}",
            f"neg={negated}|{lemma}", f"quoted_sentence={quoted_sentence}|name={frame.name}",
            *frame_features(frame)]


def _holder(speaker: Token | None) -> str:
    if speaker is None:
        return "none"
    if speaker.pos_ == "PRON":
        return speaker.lower_ if speaker.lower_ in PERSONAL else "pron"
    return speaker.ent_type_ or speaker.pos_


def detected_credit(frame: Frame, precision: float, model: tuple[float, dict[str, float]] | None = None) -> float:
    """Expected F1 credit of this occurrence of the frame (``model``: another one than the stored)."""
    return logistic(stored_model(WEIGHTS) if model is None else model, occurrence_features(frame, precision))
