"""API fixtures: a populated store on SQLite and PostgreSQL, and a test client over it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.document import ActorMention, ActorRef, Document, Event, Place, Quote
from eventwire.settings import Settings
from eventwire.store import Store
from tests.store.conftest import (  # noqa: F401 - shared backend fixtures
    full_document, postgres_database, postgres_server, sqlite_template, store_url,
)

TOKEN = "test-token-0123456789"


def _event_article(day: int, kind: str, source: str, target: str, place: Place | None) -> Document:
    text = f"Article {day}: {source} forces and {target} officials clashed near the border on day {day}."
    doc = Document(text, title=f"Border report {day}", date=f"2024-05-{day:02d}", outlet="Wire")
    start = text.index(source)
    doc.actors = [ActorMention(start, start + 3, f"{source}MIL", f"{source} military", source)]
    doc.events = [Event(kind, (start, len(text) - 1), cameo="190", quad=4 if kind == "ASSAULT" else 1,
                        source=ActorRef(source, f"{source}MIL"), target=ActorRef(target, f"{target}GOV"),
                        date=f"2024-05-{day:02d}", location=place.name if place else None, place=place)]
    doc.quotes = [Quote((0, 10), "direct", speaker_text=f"Spokesman {day}", speaker_code=f"{source}GOV")]
    return doc


@pytest.fixture
def documents(full_document) -> list[Document]:  # noqa: F811
    kyiv = Place(0, 4, "Kyiv", 50.45, 30.52, "UA", feature="city")
    paris = Place(0, 5, "Paris", 48.85, 2.35, "FR", feature="city")
    docs = [_event_article(day, "ASSAULT" if day % 2 else "CONSULT", "RUS" if day < 8 else "FRA", "UKR",
                           kyiv if day < 8 else paris) for day in range(1, 11)]
    xss = Document('<script>alert("x")</script> <img src=x onerror=alert(1)> Officials met.', title="<b>XSS</b>")
    return [full_document, *docs, xss]


@pytest.fixture
def client(store_url, documents, tmp_path):  # noqa: F811
    store = Store(store_url)
    for doc in documents:
        store.save_document(doc)
    app = create_app(Settings(api_token=TOKEN, db=store_url), store)
    with TestClient(app) as test_client:
        yield test_client
    store.close()
