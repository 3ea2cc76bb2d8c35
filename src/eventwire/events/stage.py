"""The events stage: rule-coded events from the dependency parse, checked and completed by a light classifier."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.events.actor_refs import ActorResolver
from eventwire.events.classifier import EventClassifier, load_classifier
from eventwire.events.coder import SentenceContext, code_sentence
from eventwire.events.context import Surroundings
from eventwire.events.dedup import merge_duplicates


class EventStage:
    """Fills ``document.events`` with PLOVER/CAMEO-coded events, one per real-world event in the article."""

    name = "events"
    requires: tuple[str, ...] = ("entities", "actors")

    def __init__(self, settings=None, classifier: EventClassifier | None | bool = True) -> None:
        self.settings = settings
        self.classifier = load_classifier() if classifier is True else (classifier or None)

    def __call__(self, document: Document, parsed: Doc) -> None:
        resolver, surroundings = ActorResolver(document), Surroundings(document, parsed)
        events = []
        for index, sentence in enumerate(parsed.sents):
            ctx = SentenceContext(document, parsed, sentence, index, resolver, surroundings)
            found = code_sentence(ctx)
            if self.classifier is not None:
                found = self.classifier.review(ctx, found)
            events.extend(found)
        document.events = merge_duplicates(events, document.actors)
