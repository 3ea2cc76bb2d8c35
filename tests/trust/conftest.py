"""Trust fixtures: a fast entities-only pipeline, fresh SQLite stores, and generated article folders.

The annotation stages do not matter for these tests (they test that nothing is lost, doubled or let in), so the
pipeline runs entities only; crash and concurrency tests use the real CLI in subprocesses with the same settings.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import Store
from tests.store.conftest import (  # noqa: F401 - shared backend fixtures
    postgres_database, postgres_server, sqlite_template,
)

#: Small spaCy batches so a subprocess stores articles steadily (a kill then lands between commits).
FAST_SETTINGS = {"stages": ["entities"], "batch_size": 4}
PLACES = ("Kyiv", "Paris", "Nairobi", "Manila", "Tbilisi", "Juba", "Dhaka", "Quito", "Riga", "Hanoi")
ACTORS = ("Foreign Minister Anna Berg", "President Omar Diallo", "the European Union", "NATO officials",
          "Prime Minister Lee Tan", "the United Nations", "protesters", "the army")


def fast_settings(**overrides) -> Settings:
    return Settings(**{**FAST_SETTINGS, **overrides})


def article_text(number: int) -> str:
    """A short, distinct news article in the plain-text dump format (title, date line, body)."""
    place, actor = PLACES[number % len(PLACES)], ACTORS[number % len(ACTORS)]
    other = ACTORS[(number + 3) % len(ACTORS)]
    return (f"Report {number}: talks in {place}\n"
            f"March {1 + number % 28}, 2024\n\n"
            f"{actor} met {other} in {place} on Tuesday to discuss case {number}. "
            f"Officials said the meeting number {number} lasted three hours.\n\n"
            f"\"We will meet again,\" {actor} told reporters in {place}.\n")


def write_articles(folder: Path, numbers: range | list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in numbers:
        path = folder / f"article_{number:04d}.txt"
        path.write_text(article_text(number), encoding="utf-8")
        paths.append(path)
    return paths


def write_config(path: Path) -> Path:
    path.write_text(yaml.safe_dump(FAST_SETTINGS), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def fast_pipeline(nlp) -> Pipeline:
    return Pipeline(fast_settings(), nlp=nlp)


@pytest.fixture
def sqlite_url(sqlite_template, tmp_path) -> str:  # noqa: F811
    path = tmp_path / "trust.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def sqlite_store(sqlite_url) -> Iterator[Store]:
    with Store(sqlite_url, migrate=False) as store:
        yield store


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request) -> str:
    """An empty migrated database on each backend (PostgreSQL skips when no server is at hand)."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    from tests.store.conftest import _admin
    from sqlalchemy import text
    from eventwire.store.models import Base

    url = request.getfixturevalue("postgres_database")
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with _admin(url) as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return url
