"""Stages, readers and exporters by name.

Built-in stages are registered exactly as a user's would be: a name mapped to ``"module:factory"``, imported
only when used. A factory takes :class:`~eventwire.settings.Settings` and returns a callable
``stage(document, parsed_spacy_doc) -> None`` that writes its annotations into the document.
Third-party packages add stages through the ``eventwire.stages`` entry point group.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any, Callable, Protocol

from spacy.tokens import Doc

from eventwire.document import Document


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]

    def __call__(self, document: Document, parsed: Doc) -> None: ...


#: Pipeline order: each stage may read what the stages before it wrote.
STAGES: dict[str, str] = {
    "entities": "eventwire.nlp.entities:EntityStage",
    "actors": "eventwire.actors:ActorStage",
    "temporal": "eventwire.temporal:TimexStage",
    "geo": "eventwire.geo:PlaceStage",
    "quotes": "eventwire.quotes:QuoteStage",
    "events": "eventwire.events:EventStage",
}


def _resolve(target: str) -> Callable[..., Any]:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def available_stages() -> dict[str, str]:
    """Built-in stages plus those that installed packages declare as entry points."""
    stages = dict(STAGES)
    for ep in entry_points(group="eventwire.stages"):
        stages.setdefault(ep.name, ep.value)
    return stages


def build_stage(name: str, settings) -> Stage:
    stages = available_stages()
    if name not in stages:
        raise KeyError(f"unknown stage {name!r}; known stages: {', '.join(stages)}")
    return _resolve(stages[name])(settings)
