"""Trust fixtures: a fast entities-only pipeline, fresh SQLite stores, and generated article folders.

The annotation stages do not matter for these tests (they test that nothing is lost, doubled or let in), so the
pipeline runs entities only; crash and concurrency tests use the real CLI in subprocesses with the same settings.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select

from eventwire.document import ActorMention, ActorRef, Claim, Document, Event, Place, Quote
from eventwire.pipeline import Pipeline
from eventwire.runner import ingest
from eventwire.settings import Settings
from eventwire.store import Store
from eventwire.store.convert import ANNOTATIONS
from tests.store.conftest import (  # noqa: F401 - shared backend fixtures
    empty_database_url, postgres_database, postgres_server, sqlite_template,
)

#: Small spaCy batches so a subprocess stores articles steadily (a kill then lands between commits).
FAST_SETTINGS = {"stages": ["entities"], "batch_size": 4}
CORPUS_SIZE = 60
API_TOKEN = "trust-token-3b1f5e"
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


def seed_documents() -> list[Document]:
    """Articles that give every GET endpoint something to return."""
    documents = []
    for day in range(1, 6):
        body = f"Russian forces and Ukrainian officials clashed near Kyiv on day {day}, a spokesman said."
        doc = Document(body, title=f"Border report {day}", date=f"2024-05-{day:02d}", outlet="Wire")
        kyiv = Place(body.index("Kyiv"), body.index("Kyiv") + 4, "Kyiv", 50.45, 30.52, "UA", feature="city")
        doc.actors = [ActorMention(0, 14, "RUSMIL", "Russian military", "Russian forces")]
        doc.events = [Event("ASSAULT", (0, len(body) - 1), cameo="190", quad=4, source=ActorRef("Russian", "RUSMIL"),
                            target=ActorRef("Ukrainian officials", "UKRGOV"), date=doc.date, location="Kyiv",
                            place=kyiv)]
        doc.quotes = [Quote((0, 20), "indirect", speaker_text="a spokesman", speaker_code="UKRGOV")]
        doc.claims = [Claim((0, 20), "a spokesman", "neutral")]
        doc.places = [kyiv]
        documents.append(doc)
    return documents


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


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_backend_url(request, tmp_path_factory) -> str:
    """An empty migrated database on each backend, per module (PostgreSQL skips when no server is at hand)."""
    return empty_database_url(request, tmp_path_factory.mktemp("backend"))


def cli_ingest(folder: Path, db: str, config: Path) -> list[str]:
    """The real command line, as an operator would type it."""
    return [sys.executable, "-m", "eventwire.cli", "ingest", str(folder), "--db", db, "--config", str(config)]


def quiet_environment() -> dict[str, str]:
    """The test's environment without EVENTWIRE_* variables, so only the arguments given configure the CLI."""
    return {key: value for key, value in os.environ.items() if not key.startswith("EVENTWIRE_")}


def annotation_counts(store: Store) -> dict[tuple[str, str], int]:
    """Rows per (annotation table, article id): two stores with equal counts hold the same annotations."""
    counts = {}
    with store.session() as session:
        for _, model, _ in ANNOTATIONS:
            statement = select(model.article_id, func.count()).group_by(model.article_id)
            counts.update({(model.__tablename__, article_id): n for article_id, n in session.execute(statement)})
    return counts


@pytest.fixture(scope="session")
def corpus(tmp_path_factory, fast_pipeline, sqlite_template) -> tuple[Path, dict[tuple[str, str], int]]:  # noqa: F811
    """Sixty small articles, and the annotation rows a single clean in-process run stores for them."""
    folder = tmp_path_factory.mktemp("corpus")
    write_articles(folder, range(CORPUS_SIZE))
    path = tmp_path_factory.mktemp("reference") / "reference.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with Store(f"sqlite:///{path}", migrate=False) as store:
        summary = ingest([folder], store, fast_settings(), pipeline=fast_pipeline)
        assert summary.stored_new == CORPUS_SIZE and not summary.failed
        return folder, annotation_counts(store)
