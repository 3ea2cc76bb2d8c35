"""eventwire: sourced, structured event data from news articles."""

import logging

from eventwire.document import Document, Failure
from eventwire.settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = ["Document", "Failure", "Settings", "load_settings", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
