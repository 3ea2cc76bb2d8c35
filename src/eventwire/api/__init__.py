"""The REST API (FastAPI) and the dashboard it serves."""

from eventwire.api.app import create_app

__all__ = ["create_app"]
