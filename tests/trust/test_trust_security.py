"""Security: nobody writes without the token, CORS is closed unless configured, and no query parameter of any
GET endpoint can change or leak what is stored."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.settings import Settings
from eventwire.store import Store
from tests.trust.conftest import API_TOKEN as TOKEN, seed_documents

ARTICLE = {"text": "Officials in Paris met the delegation on Monday.", "title": "Talks"}
INJECTIONS = ["", "' OR '1'='1", "'; DROP TABLE articles; --", '" OR ""="', "1; DELETE FROM events", "%' --", "_%",
              "1 UNION SELECT sqlite_version() --", "*) OR NEAR(", "\\' OR 1=1 #", "RUS' OR 1=1 --",
              "$$; TRUNCATE articles; $$", "1e309", "-1", "0x7fffffffffffffff", "\u0000", "\u202e", "<script>"]
FOREIGN_ORIGIN = "https://evil.example"
TRUSTED_ORIGIN = "https://dashboard.example"


@pytest.fixture
def seeded_store(sqlite_store) -> Store:
    for document in seed_documents():
        sqlite_store.save_document(document)
    return sqlite_store


def _client(store: Store, **settings) -> TestClient:
    return TestClient(create_app(Settings(db=str(store.engine.url), **settings), store))


@pytest.mark.parametrize("configured, headers, status", [
    ("", {}, 403), ("", {"Authorization": f"Bearer {TOKEN}"}, 403),
    (TOKEN, {}, 401), (TOKEN, {"Authorization": "Bearer wrong"}, 401),
    (TOKEN, {"Authorization": f"Bearer {TOKEN[:-1]}"}, 401), (TOKEN, {"Authorization": f"Basic {TOKEN}"}, 401),
    (TOKEN, {"Authorization": f"Bearer {TOKEN}x"}, 401), (TOKEN, {"X-Api-Token": TOKEN}, 401),
])
def test_security_write_without_the_right_token_is_refused_and_stores_nothing(seeded_store, configured, headers,
                                                                              status):
    before = seeded_store.counts()
    with _client(seeded_store, api_token=configured) as client:
        as_json = client.post("/api/articles", json=[ARTICLE], headers=headers)
        as_html = client.post("/api/articles", content=b"<html><body><p>Talks.</p></body></html>",
                              headers={**headers, "Content-Type": "text/html"})
    assert as_json.status_code == as_html.status_code == status
    assert seeded_store.counts() == before


def test_security_cors_closed_by_default(seeded_store):
    with _client(seeded_store) as client:
        simple = client.get("/api/health", headers={"Origin": FOREIGN_ORIGIN})
        preflight = client.options("/api/articles", headers={"Origin": FOREIGN_ORIGIN,
                                                             "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in simple.headers
    assert "access-control-allow-origin" not in preflight.headers


def test_security_cors_open_only_to_configured_origins(seeded_store):
    with _client(seeded_store, cors_origins=[TRUSTED_ORIGIN]) as client:
        trusted = client.options("/api/articles", headers={"Origin": TRUSTED_ORIGIN,
                                                           "Access-Control-Request-Method": "POST"})
        foreign = client.get("/api/health", headers={"Origin": FOREIGN_ORIGIN})
        foreign_preflight = client.options("/api/articles", headers={"Origin": FOREIGN_ORIGIN,
                                                                     "Access-Control-Request-Method": "POST"})
    assert trusted.headers["access-control-allow-origin"] == TRUSTED_ORIGIN
    assert "access-control-allow-origin" not in foreign.headers
    assert "access-control-allow-origin" not in foreign_preflight.headers


def _get_parameters(app) -> list[tuple[str, str, str]]:
    """(path, parameter, where) for every parameter of every GET endpoint in the OpenAPI schema."""
    found = []
    for path, operations in app.openapi()["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            found.append((path, parameter["name"], parameter["in"]))
    return found


def _request(client: TestClient, path: str, name: str, where: str, value: str):
    if where == "path":
        return client.get(path.replace("{" + name + "}", quote(value, safe="")))
    return client.get(path, params={name: value})


def _within(value, baseline) -> bool:
    """Every row of a filtered answer is a row of the unfiltered one: a filter may narrow, never leak or alter."""
    if isinstance(value, list):
        return isinstance(baseline, list) and all(item in baseline for item in value)
    if isinstance(value, dict):
        return isinstance(baseline, dict) and all(_within(v, baseline.get(k)) for k, v in value.items()
                                                  if k != "next_cursor")
    return value == baseline


def test_security_sql_injection_in_every_get_parameter_changes_and_leaks_nothing(seeded_store):
    before = seeded_store.counts()
    with _client(seeded_store) as client:
        parameters = _get_parameters(client.app)
        assert len({path for path, _, _ in parameters}) >= 8 and len(parameters) >= 30  # never vacuous
        for path, name, where in parameters:
            baseline = client.get(path.replace("{article_id}", "none")).json()
            for value in INJECTIONS:
                response = _request(client, path, name, where, value)
                context = (path, name, value, response.text[:300])
                assert response.status_code < 500, context
                assert 400 <= response.status_code < 500 or _within(response.json(), baseline), context
    assert seeded_store.counts() == before
