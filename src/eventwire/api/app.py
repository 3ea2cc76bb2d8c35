"""The FastAPI application: JSON under ``/api``, the offline dashboard at ``/``, OpenAPI docs at ``/docs``.

The docs page uses a vendored Swagger UI instead of FastAPI's default CDN one, so it works offline and under the
same strict Content-Security-Policy as the dashboard.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.api.cache import AggregateCache
from eventwire.api.deps import reject_unknown_query_parameters
from eventwire.api.routes import actors, articles, clusters, events, speech, stats
from eventwire.settings import Settings
from eventwire.store import Store


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """Build the app over ``store`` (default: the settings' database). Nothing is loaded before first use."""
    app = FastAPI(title="eventwire", version=__version__, description="Sourced, structured event data from news.",
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.store = store or Store(settings.database_url())
    app.state.aggregate_cache = AggregateCache()
    app.state.pipeline = cache(lambda: _pipeline(settings))  # the model loads on the first write, once
    for module in (articles, events, clusters, speech, actors, stats):
        app.include_router(module.router, prefix="/api", dependencies=[Depends(reject_unknown_query_parameters)])
    app.get("/api/config", tags=["stats"])(lambda: {"tile_url": settings.tile_url})
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.middleware("http")(_security_headers(settings))
    static = resources.files("eventwire.web") / "static"
    app.get("/docs", include_in_schema=False)(lambda: FileResponse(str(static / "docs.html")))
    app.mount("/", StaticFiles(directory=str(static), html=True), name="dashboard")
    return app


def _pipeline(settings: Settings):
    from eventwire.pipeline import Pipeline

    return Pipeline(settings)


def _security_headers(settings: Settings):
    """A strict Content-Security-Policy: the dashboard runs only its own scripts, so injected markup stays inert."""
    tiles = ""
    if settings.tile_url:
        parts = urlsplit(settings.tile_url.replace("{s}.", "*.") if "{s}." in settings.tile_url else settings.tile_url)
        tiles = f" {parts.scheme}://{parts.netloc}"
    policy = (f"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; "
              "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

    async def add_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return add_headers
