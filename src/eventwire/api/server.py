"""Running the API under uvicorn: in this process, or in several worker processes sharing one port.

One process serves one request's Python work at a time (the GIL), so on a machine with several cores the
``--workers`` processes of ``eventwire serve`` answer in parallel. Workers are separate interpreters that build
their own app (uvicorn imports :func:`worker_app`), so the settings reach them through the environment.
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
from contextlib import suppress

from fastapi import FastAPI

from eventwire.api.app import create_app
from eventwire.settings import Settings
from eventwire.store import Store

#: Environment variable carrying the parent's settings (JSON) to the worker processes it starts.
SETTINGS_ENV = "EVENTWIRE_SERVE_SETTINGS"
#: How long a worker may take to answer the supervisor's ping before it is killed and replaced (uvicorn's
#: default, 5 s, kills busy workers, and the requests they hold, on a machine whose cores are oversubscribed).
WORKER_HEALTHCHECK_SECONDS = 30


def serve(settings: Settings, store: Store, host: str, port: int, workers: int = 1) -> None:
    """Serve the API over ``store`` (already migrated); with ``workers`` > 1 each worker opens its own."""
    import uvicorn

    if workers <= 1:
        uvicorn.run(create_app(settings, store), host=host, port=port, log_level="warning")
        return
    from uvicorn.supervisors import Multiprocess

    store.close()
    os.environ[SETTINGS_ENV] = json.dumps(dataclasses.asdict(settings))
    config = uvicorn.Config(f"{__name__}:worker_app", factory=True, host=host, port=port, workers=workers,
                            log_level="warning", timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS)
    with suppress(KeyboardInterrupt):
        Multiprocess(config, sockets=[tcp_listener(host, port)]).run()


def tcp_listener(host: str, port: int) -> socket.socket:
    """The workers' shared listening socket, created with protocol IPPROTO_TCP: accepted connections inherit it,
    and only then does asyncio switch Nagle off (TCP_NODELAY). uvicorn's own listener for ``workers`` leaves it
    at 0, which delays every small keep-alive answer by the client's ~40 ms delayed ACK (uvicorn issue #3149)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.set_inheritable(True)
    return listener


def worker_app() -> FastAPI:
    """The app of one worker process, over the database named in the parent's settings (no migration: the
    parent ran it before starting the workers)."""
    settings = Settings(**json.loads(os.environ[SETTINGS_ENV]))
    return create_app(settings, Store(settings.database_url(), migrate=False))
