"""quotes stage: direct, indirect and mixed quotes with resolved speakers, and claims with their stance."""

from eventwire.quotes.stage import QuoteStage

__all__ = ["QuoteStage"]
