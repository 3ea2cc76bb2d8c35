"""A back-off for cue frames the learnt table knows too little about ("support Clinton", "made allegations").

The cue table (:mod:`eventwire.quotes.train_cues`) memorises the expected credit of each (cue lemma, frame) key;
keys seen a handful of times or never tell nothing. This logistic model predicts the same credit from features
that carry over between cue words (frame family, the cue's tag and dependency, the kind of speaker, the shape of
the content, the cue's lemma on its own), and the table's counts are shrunk towards that prediction, so a
rarely seen key is judged like the frames it resembles. Learnt from PolNeAR train; weights in
``data/cue_backoff.json``.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from eventwire.quotes.frames import Frame, speaker_class

WEIGHTS = Path(__file__).with_name("data") / "cue_backoff.json"
#: Tags of a verb that heads a finite clause: content with one is a proposition, not a noun phrase.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
#: First words of a content that say what kind of complement it is.
OPENERS = {"that", "to", "if", "whether", "why", "how", "what", "for", "the", "a", "an", "his", "her", "their"}
LENGTH_BUCKETS = (1, 2, 4, 8, 16, 32)


def frame_features(frame: Frame) -> list[str]:
    """Features of a candidate frame that transfer across cue lemmas (plus the lemma alone, for its own frames)."""
    cue = frame.cue
    family = _family(frame.name)
    name = f"{frame.name}/{frame.variant}" if frame.variant else frame.name
    speaker = speaker_class(frame.speaker)
    doc = cue.doc
    start, end = frame.content[0][0], frame.content[-1][1]
    length = next((b for b in LENGTH_BUCKETS if end - start <= b), "long")
    finite_verbs, quotation_marks = _marked_positions(doc)
    finite, quoted = _any_within(finite_verbs, start, end), _any_within(quotation_marks, start, end)
    first = doc[start]  # each attribute of a Token is read from the parse anew: read each once
    opener = first.lower_ if first.lower_ in OPENERS else first.pos_
    side = "after" if start > cue.i else "before" if end <= cue.i else "around"
    pos, lemma_word, context = cue.pos_, cue.lemma_.lower(), f"{cue.tag_}/{cue.dep_}"
    lemma = f"{pos}:{lemma_word}"
    return [f"name={name}", f"name={name}|s={speaker}", f"fam={family}|s={speaker}",
            f"fam={family}|ctx={context}", f"ctx={context}|s={speaker}",
            f"fam={family}|len={length}", f"fam={family}|finite={finite}", f"fam={family}|open={opener}",
            f"fam={family}|quoted={quoted}", f"fam={family}|side={side}", f"s_ent={_entity(frame.speaker)}",
            f"lemma={lemma}", f"lemma={lemma}|s={speaker}", f"suffix={pos}:{lemma_word[-3:]}",
            f"neg={any(c.dep_ == 'neg' for c in cue.children)}|fam={family}"]


def _marked_positions(doc: Doc) -> tuple[list[int], list[int]]:
    """Finite verbs and quotation marks of the article, found once and kept with the parse (``Doc.user_data``):
    every cue's frames ask about them."""
    key = "eventwire.quotes.marked_positions"
    if key not in doc.user_data:
        finite_verbs, quotation_marks = [], []
        for token in doc:  # one pass: each iteration builds a Token
            if token.tag_ in FINITE_TAGS:
                finite_verbs.append(token.i)
            if token.is_quote:
                quotation_marks.append(token.i)
        doc.user_data[key] = finite_verbs, quotation_marks
    return doc.user_data[key]


def _any_within(positions: list[int], start: int, end: int) -> bool:
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _family(name: str) -> str:
    """'prep:for' -> 'prep', 'advcl:if+mark' -> 'advcl+mark', 'prep:on+xcomp' -> 'prep+xcomp'."""
    return "+".join(part.split(":")[0] for part in name.split("+"))


def _entity(speaker: Token | None) -> str:
    if speaker is None:
        return "none"
    return speaker.ent_type_ or (speaker.lower_ if speaker.pos_ == "PRON" else speaker.pos_)


@lru_cache(maxsize=None)
def stored_model(path: Path) -> tuple[float, dict[str, float]]:
    """A logistic model shipped as package data (bias and feature weights)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["bias"], data["weights"]


def logistic(model: tuple[float, dict[str, float]], features: list[str]) -> float:
    bias, weights = model
    return 1.0 / (1.0 + math.exp(-(bias + sum(weights.get(f, 0.0) for f in features))))


def predicted_credit(frame: Frame, model: tuple[float, dict[str, float]] | None = None) -> float:
    """Expected F1 credit of the frame by the back-off model (``model``: another one than the stored)."""
    return logistic(stored_model(WEIGHTS) if model is None else model, frame_features(frame))


def model_json(bias: float, weights: dict[str, float], about: str) -> str:
    """A fitted model as JSON that diffs well: one weight a line, sorted."""
    lines = ",\n".join(f"  {json.dumps(f)}: {w}" for f, w in sorted(weights.items()))
    return f'{{"about": {json.dumps(about)},\n "bias": {round(bias, 4)},\n "weights": {{\n{lines}\n}}}}\n'


def fit(rows: list[list[str]], credits: list[float], l2: float = 1.0, rounds: int = 300,
        min_count: int = 3) -> tuple[float, dict[str, float]]:
    """Logistic regression on soft targets (the frames' F1 credit), full-batch Adagrad with an L2 penalty.
    Features seen fewer than ``min_count`` times are dropped: they would only memorise single frames."""
    counts: dict[str, int] = {}
    for features in rows:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    row_ids, col_ids = [], []
    for r, features in enumerate(rows):
        for f in features:
            if f in index:
                row_ids.append(r)
                col_ids.append(index[f])
    rows_, cols = np.asarray(row_ids, dtype=np.intp), np.asarray(col_ids, dtype=np.intp)
    target = np.asarray(credits, dtype=float)
    weights, bias = np.zeros(len(index)), 0.0
    g_weights, g_bias = np.full(len(index), 1e-8), 1e-8
    for _ in range(rounds):
        score = bias + np.bincount(rows_, weights=weights[cols], minlength=len(target))
        residual = 1.0 / (1.0 + np.exp(-score)) - target
        grad = np.bincount(cols, weights=residual[rows_], minlength=len(index)) / len(target)
        grad += l2 * weights / len(target)
        grad_bias = residual.mean()
        g_weights += grad ** 2
        g_bias += grad_bias ** 2
        weights -= 0.5 * grad / np.sqrt(g_weights)
        bias -= 0.5 * grad_bias / math.sqrt(g_bias)
    return float(bias), {f: round(float(weights[i]), 4) for f, i in index.items() if abs(weights[i]) >= 1e-4}
