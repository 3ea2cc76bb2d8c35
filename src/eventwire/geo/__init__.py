"""Places: toponyms found in an article, placed on the map (GeoNames-based gazetteer), metonyms flagged,
and the place of any clause for the event coder (:func:`place_for_span`)."""

from eventwire.geo.locate import place_for_span
from eventwire.geo.stage import PlaceStage

__all__ = ["PlaceStage", "place_for_span"]
