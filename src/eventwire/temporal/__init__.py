"""Time expressions: TIMEX3 recognition and normalisation, and the date that governs an event."""

from eventwire.temporal.anchoring import anchored_event_dates, date_for_span
from eventwire.temporal.recognise import find_timexes
from eventwire.temporal.stage import TimexStage

__all__ = ["TimexStage", "anchored_event_dates", "date_for_span", "find_timexes"]
