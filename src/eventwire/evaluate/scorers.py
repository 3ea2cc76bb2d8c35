"""Task name -> scorer. Each scorer takes gold and predicted rows keyed by id and returns metrics in FORMAT.md order.

The numbers must match the reference ``shared/gold/score.py`` to 4 decimals (tests/evaluate checks it).
"""

from __future__ import annotations

from eventwire.evaluate.document_scorers import score_dedup, score_events, score_extraction
from eventwire.evaluate.measures import Scorer
from eventwire.evaluate.span_scorers import score_entities, score_places, score_quotes, score_times

SCORERS: dict[str, Scorer] = {
    "entities": score_entities,
    "events": score_events,
    "quotes": score_quotes,
    "places": score_places,
    "times": score_times,
    "extraction": score_extraction,
    "dedup": score_dedup,
}

__all__ = ["SCORERS"]
