"""Aggregates are cached per data version: answers equal fresh queries, and any write invalidates them."""

from __future__ import annotations

import json
import socket

import pytest
from sqlalchemy import event

from eventwire.api.cache import AggregateCache
from eventwire.api.server import SETTINGS_ENV, tcp_listener, worker_app
from eventwire.document import ActorMention, Document
from eventwire.settings import Settings
from tests.api.conftest import _event_article


@pytest.fixture
def statements(client):
    """SQL statements the app's store runs, collected while the test runs."""
    seen: list[str] = []

    def collect(_connection, _cursor, statement, *_args) -> None:
        seen.append(statement)

    engine = client.app.state.store.engine
    event.listen(engine, "before_cursor_execute", collect)
    yield seen
    event.remove(engine, "before_cursor_execute", collect)


def _save(client, document) -> None:
    client.app.state.store.save_document(document)


def test_api_data_version_grows_with_each_write(client):
    store = client.app.state.store
    with store.session() as session:
        before = store.data_version(session)
    _save(client, _event_article(20, "ASSAULT", "TUR", "UKR", None))
    with store.session() as session:
        assert store.data_version(session) == before + 1


@pytest.mark.parametrize("path", ["/api/actors", "/api/actors/network", "/api/timeline"])
def test_api_aggregate_repeat_runs_only_the_version_query(client, statements, path):
    first = client.get(path)
    statements.clear()
    second = client.get(path)
    assert second.json() == first.json()
    assert [s for s in statements if s.lstrip().upper().startswith("SELECT")] == \
        [s for s in statements if "data_version" in s]


def test_api_actors_cache_invalidates_after_a_write(client):
    assert not any(a["code"] == "TURMIL" for a in client.get("/api/actors").json())
    _save(client, _event_article(21, "ASSAULT", "TUR", "UKR", None))
    assert any(a["code"] == "TURMIL" and a["mentions"] == 1 for a in client.get("/api/actors").json())


def test_api_actors_by_code_of_an_unnamed_country(client):
    document = Document("Senator Jane Doe spoke.", title="Senate", date="2024-05-21")
    document.actors = [ActorMention(0, 16, "---LEG", "Jane Doe", "Senator Jane Doe")]
    _save(client, document)
    assert [a["canonical"] for a in client.get("/api/actors", params={"code": "---LEG"}).json()] == ["Jane Doe"]
    assert client.get("/api/actors", params={"code": "-LEG"}).status_code == 422


def test_api_network_cache_invalidates_after_a_write(client):
    def rus_ukr_events() -> int:
        edges = client.get("/api/actors/network").json()["edges"]
        return next(e["events"] for e in edges if (e["source"], e["target"]) == ("RUSMIL", "UKRGOV"))

    before = rus_ukr_events()
    _save(client, _event_article(22, "ASSAULT", "RUS", "UKR", None))
    assert rus_ukr_events() == before + 1


def test_api_timeline_cache_invalidates_after_a_write(client):
    params = {"date_from": "2024-05-22", "date_to": "2024-05-22"}
    assert client.get("/api/timeline", params=params).json() == []
    _save(client, _event_article(22, "CONSULT", "FRA", "UKR", None))
    assert client.get("/api/timeline", params=params).json() == [{"date": "2024-05-22", "type": "CONSULT", "count": 1}]


def test_api_aggregate_cache_keeps_parameters_apart(client):
    everything = client.get("/api/timeline").json()
    assaults = client.get("/api/timeline", params={"type": "ASSAULT"}).json()
    assert assaults and {p["type"] for p in assaults} == {"ASSAULT"} and len(everything) > len(assaults)


def test_api_network_ties_are_ordered_by_codes(client):
    for day, source in ((23, "TUR"), (24, "DEU")):
        _save(client, _event_article(day, "CONSULT", source, "BLR", None))
    edges = client.get("/api/actors/network").json()["edges"]
    ties = [(e["source"], e["target"]) for e in edges if e["events"] == 1]
    assert ties == sorted(ties) and ("DEUMIL", "BLRGOV") in ties


def test_api_cache_drops_an_answer_computed_on_an_older_snapshot():
    cache = AggregateCache()
    cache._version = 5  # a request already saw version 5
    cache._keep(4, "stale", b"[]")
    assert cache._answers == {}


def test_api_cache_forgets_the_least_recently_used_answer():
    cache = AggregateCache(max_entries=2)
    cache._version = 0
    for key in ("a", "b", "c"):
        cache._keep(0, key, b"[]")
    assert list(cache._answers) == ["b", "c"]


def test_api_worker_app_uses_the_parent_settings(store_url, monkeypatch):
    monkeypatch.setenv(SETTINGS_ENV, json.dumps({"db": store_url, "api_token": "secret-token"}))
    app = worker_app()
    try:
        assert app.state.settings == Settings(db=store_url, api_token="secret-token")
    finally:
        app.state.store.close()


def test_api_worker_listener_lets_asyncio_disable_nagle():
    with tcp_listener("127.0.0.1", 0) as listener:
        assert listener.proto == socket.IPPROTO_TCP and listener.get_inheritable()
