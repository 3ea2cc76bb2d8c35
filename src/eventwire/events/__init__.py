"""Event coding: who did what to whom, in PLOVER and CAMEO, with modality, place, date and evidence."""

from eventwire.events.stage import EventStage

__all__ = ["EventStage"]
