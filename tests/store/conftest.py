"""Store fixtures: every store test runs on SQLite and, when a server is at hand, on a throwaway PostgreSQL.

PostgreSQL comes from ``EVENTWIRE_TEST_PG_URL`` (a server whose user may CREATE DATABASE) or else from the
server binaries under ``/usr/lib/postgresql/*/bin``: a cluster is initialised in a temporary directory and
started on a free local port for the test session (as the ``postgres`` or ``nobody`` user when run as root,
since PostgreSQL refuses to run as root). Without either, the PostgreSQL variants are skipped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from eventwire.document import (
    ActorMention, ActorRef, Claim, Document, Entity, Event, Place, Quote, Sentence, Timex,
)
from eventwire.store import Store
from eventwire.store.models import Base


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of a PostgreSQL server for the session (database ``postgres``)."""
    pytest.importorskip("psycopg")
    if url := os.environ.get("EVENTWIRE_TEST_PG_URL"):
        yield url
        return
    initdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not initdb:
        pytest.skip("no PostgreSQL server binaries and no EVENTWIRE_TEST_PG_URL")
    with _throwaway_cluster(Path(initdb[-1]).parent) as url:
        yield url


@pytest.fixture(scope="session")
def postgres_database(postgres_server) -> Iterator[str]:
    """A database created by the migrations once per session; each test empties its tables."""
    name = f"eventwire_test_{os.getpid()}"
    with _admin(postgres_server) as admin:
        admin.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    Store(url).close()
    yield url
    with _admin(postgres_server) as admin:
        admin.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite file created by the migrations once per session; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "store.sqlite3"
    Store(f"sqlite:///{path}").close()  # closing the last connection folds the WAL back into the file
    return path


def empty_database_url(request, folder: Path) -> str:
    """A migrated database with empty tables on the backend ``request.param`` (a SQLite file goes in ``folder``)."""
    if request.param == "sqlite":
        path = folder / "store.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("postgres_database")
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with _admin(url) as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A migrated database with empty tables, per test, on each backend."""
    return empty_database_url(request, tmp_path)


@pytest.fixture
def store(store_url) -> Iterator[Store]:
    with Store(store_url, migrate=False) as opened:  # already migrated: see the templates above
        yield opened


@pytest.fixture
def full_document() -> Document:
    """A hand-built article carrying every kind of annotation, with every optional field set somewhere."""
    text = ('Russian President Vladimir Putin met Ukrainian officials in Kyiv on Monday.\n\n'
            '"We will not retreat," Putin said, Interfax reported. Kyiv disputes that the talks failed.')
    kyiv = Place(60, 64, "Kyiv", lat=50.45, lon=30.52, country="UA", admin1="Kyiv City", feature="city",
                 geonameid=703448, text="Kyiv")
    return Document(
        text, title="Putin meets officials", date="2024-03-04", url="https://example.org/a", outlet="Example",
        author="A. Writer", photo_credit="Photo: B", related=["https://example.org/b"], source="in.jsonl:3",
        format="jsonl", meta={"language": "en", "tags": ["talks"]},
        sentences=[Sentence(0, 75), Sentence(77, 130), Sentence(131, 167)],
        entities=[Entity(18, 32, "PER", "Vladimir Putin", "PERSON"), Entity(60, 64, "LOC", "Kyiv", "GPE")],
        actors=[ActorMention(0, 32, "RUSGOV", "Vladimir Putin", "Russian President Vladimir Putin", role="President",
                             country="RUS", sector="GOV", actor_id="a1"),
                ActorMention(37, 56, "UKRGOV", "Ukrainian officials", "Ukrainian officials", kind="description")],
        events=[Event("CONSULT", (0, 75), mode="visit", cameo="042", quad=1, goldstein=1.9,
                      source=ActorRef("Vladimir Putin", "RUSGOV", "Vladimir Putin", 18, 32),
                      target=ActorRef("Ukrainian officials", "UKRGOV", None, 37, 56), location="Kyiv", place=kyiv,
                      date="2024-03-04", date_source="clause", trigger=(33, 36), extra_evidence=[(77, 130)],
                      sentence=0, confidence=0.8, rule="meet-pattern"),
                Event("RETREAT", (78, 97), negated=True, hypothetical=True, denied=True, reported_by="Putin",
                      source=ActorRef("We"))],
        quotes=[Quote((78, 97), "direct", speaker=(100, 105), speaker_text="Putin", speaker_code="RUSGOV",
                      cue=(106, 110), content_parts=[(78, 97)], channel="Interfax", channel_span=(112, 120)),
                Quote((150, 166), "indirect")],
        claims=[Claim((150, 166), "Kyiv", "disputed", cue=(136, 144), holder_code="UKRGOV"),
                Claim((78, 97), "Putin", "neutral")],
        places=[kyiv, Place(131, 135, "Kyiv", text="Kyiv", metonym=True)],
        timexes=[Timex(68, 74, "DATE", "2024-03-04", "Monday", anchor="weekday-past"),
                 Timex(68, 74, "DATE", "2024-W10")],
        warnings=["geo: ValueError: no coordinates", "a warning without a code"],
    )


@contextmanager
def _admin(server_url: str) -> Iterator[Connection]:
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as connection:
        yield connection


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _throwaway_cluster(bin_dir: Path) -> Iterator[str]:
    """initdb + pg_ctl start in a temporary directory; stopped and removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    data, port = root / "data", _free_port()
    user = _unprivileged_user() if os.geteuid() == 0 else None
    if user:
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    try:
        _run_or_skip(user, bin_dir / "initdb", "-D", data, "-A", "trust", "-U", "eventwire", "-E", "UTF8", "--no-sync")
        _run_or_skip(user, bin_dir / "pg_ctl", "-D", data, "-o", options, "-l", root / "log", "-w", "start")
        yield f"postgresql+psycopg://eventwire@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            _run(user, bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


def _run(user: str | None, *command: object) -> subprocess.CompletedProcess:
    argv = [str(part) for part in command]
    if user:
        argv = ["runuser", "-u", user, "--", *argv]
    return subprocess.run(argv, capture_output=True, text=True, check=False)


def _run_or_skip(user: str | None, *command: object) -> None:
    result = _run(user, *command)
    if result.returncode:
        pytest.skip(f"could not start PostgreSQL ({Path(str(command[0])).name}): {result.stderr.strip()[-300:]}")


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    pytest.skip("running as root and no unprivileged user to run PostgreSQL as")
