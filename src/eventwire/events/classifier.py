"""A light sentence classifier (softmax regression in numpy) that checks and completes the rule coder.

It has two heads trained by ``python -m eventwire.events.train``: PLOVER type (16 types + NONE) and
QuadClass (1-4 + NONE). The stage uses it to drop a rule event whose sentence the classifier finds very
unlikely to report anything. It can also add an event in a sentence where the rules found none (when it is
confident and the sentence names an actor), but the shipped stage does not: on the dev gold (petr2, plover,
seed) additions changed nothing, and on news articles every addition inspected was spurious ("He became
speaker late last year" -> COOPERATE), so ``add_events`` is off unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from eventwire.document import Event
from eventwire.events.actors_fallback import names_actor
from eventwire.events.arguments import own_subject
from eventwire.events.codebook import cameo, data_path, load_yaml
from eventwire.events.features import sentence_features

WEIGHTS_FILE = "classifier.npz"
NONE = "NONE"
GATE_NONE_PROBABILITY = 0.97  # drop a rule event only when the sentence is this surely eventless
KEEP_TYPE_PROBABILITY = 0.02  # ...unless the classifier still gives the event's own type this much
ADD_PROBABILITY = 0.90  # add an event only when one type is this likely


@dataclass
class SoftmaxModel:
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, classes)
    labels: list[str]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        rows = [self.vocabulary[f] for f in features if f in self.vocabulary]
        logits = self.weights[rows].sum(axis=0)
        exp = np.exp(logits - logits.max())
        return dict(zip(self.labels, (exp / exp.sum()).tolist()))


class EventClassifier:
    def __init__(self, type_model: SoftmaxModel, quad_model: SoftmaxModel, add_events: bool = False,
                 gate: bool = True) -> None:
        self.type_model, self.quad_model = type_model, quad_model
        self.add_events, self.gate = add_events, gate

    def review(self, ctx, events: list[Event]) -> list[Event]:
        if not events and not self.add_events:
            return events  # nothing to check or scale, nothing to add
        feats = sentence_features(ctx.sentence)
        types = self.type_model.probabilities(feats)
        quads = self.quad_model.probabilities(feats)
        none = min(types[NONE], quads[NONE])
        if events:
            if self.gate and none >= GATE_NONE_PROBABILITY:
                events = [e for e in events if types.get(e.type, 0.0) >= KEEP_TYPE_PROBABILITY]
            for event in events:
                event.confidence = round(event.confidence * (0.5 + 0.5 * (1 - none)), 3)
            return events
        if not self.add_events:
            return events
        best = max((t for t in types if t != NONE), key=types.get)
        if types[best] < ADD_PROBABILITY:
            return events
        added = self._event_for(ctx, best, types[best])
        return [added] if added is not None else events

    @staticmethod
    def _event_for(ctx, plover_type: str, probability: float) -> Event | None:
        """An event of ``plover_type`` between the main clause's subject and object, when it has an actor."""
        root = ctx.sentence.root
        reported = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if reported is not None and root.lemma_.lower() in load_yaml("modality.yaml")["speech_verbs"]:
            root = reported  # "X said Y attacked Z": the event is Y's
        source = ctx.resolver.resolve(own_subject(root))
        obj = next((c for c in root.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        target = ctx.resolver.resolve(obj)
        if not any(ref is not None and names_actor(ref.code) for ref in (source, target)):
            return None
        entry = cameo(load_yaml("patterns.yaml")["default_codes"][plover_type])
        return Event(type=entry.type, evidence=(ctx.sentence.start_char, ctx.sentence.end_char), mode=entry.mode,
                     cameo=entry.code, quad=entry.quad, goldstein=entry.goldstein, source=source, target=target,
                     trigger=(root.idx, root.idx + len(root)), sentence=ctx.index, confidence=round(probability, 3),
                     rule=f"classifier:{plover_type}", date=ctx.document.date,
                     date_source="article" if ctx.document.date else None)


def _model(archive, head: str) -> SoftmaxModel:
    vocabulary = {f: i for i, f in enumerate(archive[f"{head}_vocabulary"].tolist())}
    return SoftmaxModel(vocabulary, archive[f"{head}_weights"].astype(np.float32),
                        archive[f"{head}_labels"].tolist())


@lru_cache(maxsize=None)
def load_classifier() -> EventClassifier | None:
    """The shipped classifier, or None when the weights file is missing (the rules then work alone)."""
    path = data_path(WEIGHTS_FILE)
    if not path.is_file():
        return None
    with np.load(str(path), allow_pickle=False) as archive:
        return EventClassifier(_model(archive, "type"), _model(archive, "quad"))
