"""Actors: who is acting, as CAMEO-style codes (RUSGOV, UKRMIL, IGOWSTNAT) from a versioned knowledge base."""

from eventwire.actors.kb import load_kb
from eventwire.actors.stage import ActorStage, actor_at, resolve_phrase

__all__ = ["ActorStage", "actor_at", "load_kb", "resolve_phrase"]
