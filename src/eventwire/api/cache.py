"""Aggregate answers (timeline, actor list, actor network) cached per process until the data changes.

Those endpoints summarise every stored event, yet the data changes only when something is written. Every write
transaction of the store bumps its ``data_version``; a request reads that number in the same database snapshot
as its query, so an answer cached under a version is exactly what the query returns at that version. A newer
version empties the cache; each uvicorn worker keeps its own. Answers are kept as the JSON bytes sent, so a hit
costs one tiny query and no serialisation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from fastapi import Request, Response
from pydantic import TypeAdapter
from sqlalchemy.orm import Session

from eventwire.store import Store

#: Distinct parameter combinations kept per data version; beyond it the least recently used answer goes.
MAX_ENTRIES = 256


class AggregateCache:
    """JSON answers keyed by (endpoint, parameters) for one data version at a time; thread-safe."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self._version = -1
        self._answers: OrderedDict[Hashable, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def answer(self, store: Store, session: Session, key: Hashable, compute: Callable[[], Any],
               shape: TypeAdapter) -> Response:
        """The cached answer for ``key`` at the data version ``session`` sees, else ``compute()`` serialised
        as ``shape`` (and kept when that version is still the newest seen)."""
        version = store.data_version(session)  # first statement: the snapshot the computation will read
        with self._lock:
            if version > self._version:
                self._version, self._answers = version, OrderedDict()
            body = self._answers.get(key) if version == self._version else None
            if body is not None:
                self._answers.move_to_end(key)
        if body is None:
            body = shape.dump_json(compute())
            self._keep(version, key, body)
        return Response(body, media_type="application/json")

    def _keep(self, version: int, key: Hashable, body: bytes) -> None:
        with self._lock:
            if version != self._version:  # an older snapshot finished after a newer one was seen
                return
            self._answers[key] = body
            while len(self._answers) > self.max_entries:
                self._answers.popitem(last=False)


def get_cache(request: Request) -> AggregateCache:
    return request.app.state.aggregate_cache
