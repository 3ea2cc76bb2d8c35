"""The event-cluster API: merged events by reach, their reports, and the counts on every event."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.dedup.resolve import resolve_article
from eventwire.document import ActorRef, Document, Event
from eventwire.settings import Settings
from eventwire.store import Store


def _report(doc_id: str, kind: str, day: str, outlet: str) -> Document:
    text = f"Report {doc_id} from the capital today"
    event = Event(kind, (0, len(text)), source=ActorRef("Russia", "RUSGOV"), target=ActorRef("Ukraine", "UKRGOV"),
                  date=day)
    return Document(text, id=doc_id, outlet=outlet, date=day, events=[event])


@pytest.fixture
def client(store_url):
    reports = [_report("a", "CONSULT", "2024-05-01", "Wire"), _report("b", "CONSULT", "2024-05-02", "Daily"),
               _report("c", "CONSULT", "2024-05-01", "Herald"), _report("d", "ASSAULT", "2024-06-10", "Wire")]
    store = Store(store_url, migrate=False)
    for document in reports:
        store.save_document(document)
        resolve_article(store, document.id)
    with TestClient(create_app(Settings(db=store_url), store)) as test_client:
        yield test_client
    store.close()


def test_cluster_api_lists_most_reported_first(client):
    data = client.get("/api/event-clusters").json()["data"]
    assert [(c["type"], c["num_articles"], c["num_sources"]) for c in data] == [("CONSULT", 3, 3), ("ASSAULT", 1, 1)]


def test_cluster_api_filters_by_min_articles_type_and_date(client):
    assert len(client.get("/api/event-clusters", params={"min_articles": 2}).json()["data"]) == 1
    assert client.get("/api/event-clusters", params={"type": "ASSAULT"}).json()["data"][0]["day"] == "2024-06-10"
    assert client.get("/api/event-clusters", params={"date_from": "2024-06"}).json()["data"][0]["type"] == "ASSAULT"


def test_cluster_api_pages_with_a_cursor(client):
    first = client.get("/api/event-clusters", params={"limit": 1}).json()
    second = client.get("/api/event-clusters", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert [first["data"][0]["type"], second["data"][0]["type"]] == ["CONSULT", "ASSAULT"]
    assert second["next_cursor"] is None


def test_cluster_api_lists_every_report_of_a_cluster(client):
    cluster_id = client.get("/api/event-clusters").json()["data"][0]["id"]
    reports = client.get(f"/api/event-clusters/{cluster_id}/events").json()["data"]
    assert sorted(report["article_id"] for report in reports) == ["a", "b", "c"]


def test_cluster_api_events_carry_their_cluster_counts(client):
    event = client.get("/api/events", params={"type": "CONSULT", "limit": 1}).json()["data"][0]
    assert (event["num_articles"], event["num_sources"], event["num_mentions"]) == (3, 3, 3)


@pytest.mark.parametrize("query", ["min_articles=0", "min_articles=x", "type=NOPE", "date_from=May", "limit=0",
                                   "cursor=%%%", "cursor=WyJ4IiwgMV0"])
def test_cluster_api_rejects_bad_parameters_with_4xx(client, query):
    assert 400 <= client.get(f"/api/event-clusters?{query}").status_code < 500


def test_cluster_api_unknown_cluster_is_404(client):
    assert client.get("/api/event-clusters/999999").status_code == 404
