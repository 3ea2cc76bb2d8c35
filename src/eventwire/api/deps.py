"""Dependencies taken as route parameters: a database session, the settings, and the write token check."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from eventwire.api.cache import AggregateCache, get_cache
from eventwire.settings import Settings
from eventwire.store import Store

_bearer = HTTPBearer(auto_error=False)


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_session(store: Annotated[Store, Depends(get_store)]) -> Iterator[Session]:
    with store.session() as session:
        yield session


def require_write_token(settings: Annotated[Settings, Depends(get_settings)],
                        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Writes need the configured bearer token, compared in constant time; with no token configured, writes are off."""
    if not settings.api_token:
        raise HTTPException(403, "writes are disabled: set api_token (EVENTWIRE_API_TOKEN) to enable them")
    supplied = credentials.credentials if credentials else ""
    if not hmac.compare_digest(supplied.encode(), settings.api_token.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


def reject_unknown_query_parameters(request: Request) -> None:
    """A misspelt filter (``/api/quotes?q=...`` where the parameter is ``text``) is a 422 naming the parameters the
    endpoint takes, rather than silently ignored: an unfiltered answer looks like a filtered one."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    known = _query_parameter_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise HTTPException(422, f"unknown query parameter{'s' if len(unknown) > 1 else ''} "
                                 f"{', '.join(map(repr, unknown))}; this endpoint takes: "
                                 f"{', '.join(sorted(known)) or 'none'}")


def _query_parameter_names(dependant) -> set[str]:
    """The query parameters a route declares, its dependencies' included."""
    names = {param.alias for param in dependant.query_params}
    for dependency in dependant.dependencies:
        names |= _query_parameter_names(dependency)
    return names


SessionDep = Annotated[Session, Depends(get_session)]
StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CacheDep = Annotated[AggregateCache, Depends(get_cache)]
WriteAccess = Depends(require_write_token)
