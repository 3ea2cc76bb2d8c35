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


SessionDep = Annotated[Session, Depends(get_session)]
StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CacheDep = Annotated[AggregateCache, Depends(get_cache)]
WriteAccess = Depends(require_write_token)
