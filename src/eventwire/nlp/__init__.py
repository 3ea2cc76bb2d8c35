"""Model loading, sentences and named entities."""

from eventwire.nlp.model import load_model
from eventwire.nlp.entities import EntityStage

__all__ = ["load_model", "EntityStage"]
