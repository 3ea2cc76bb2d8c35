"""Read endpoints: filters, sorting, cursor pagination, search, aggregates; bad input is a clear 4xx."""

import pytest

from eventwire.document import Document, Quote
from eventwire.store import Store


def test_api_health(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["articles"] == 12


def test_api_events_filter_by_type_and_quad(client):
    data = client.get("/api/events", params={"type": "ASSAULT", "quad": 4}).json()["data"]
    assert data and all(e["type"] == "ASSAULT" and e["quad"] == 4 for e in data)


def test_api_events_filter_by_actor_country_and_date(client):
    data = client.get("/api/events", params={"source": "FRA", "date_from": "2024-05-09"}).json()["data"]
    assert {e["date"] for e in data} == {"2024-05-09", "2024-05-10"}


def test_api_events_filter_by_denial(client):
    denied = client.get("/api/events", params={"denied": "true"}).json()["data"]
    assert [(e["type"], e["denied"]) for e in denied] == [("RETREAT", True)]
    assert all(not e["denied"] for e in client.get("/api/events", params={"denied": "false"}).json()["data"])


def test_api_events_bbox_keeps_only_events_inside(client):
    data = client.get("/api/events", params={"bbox": "0,40,10,50", "limit": 100}).json()["data"]
    assert data and {e["location"] for e in data} == {"Paris"}


def test_api_events_evidence_text_search(client):
    data = client.get("/api/events", params={"text": "day 7"}).json()["data"]
    assert [e["date"] for e in data] == ["2024-05-07"]
    assert data[0]["evidence_text"].startswith("RUS forces")


def test_api_events_cursor_pagination_visits_every_event_once(client):
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in page["data"]]
        cursor = page.get("next_cursor")
        if not cursor:
            break
    everything = client.get("/api/events", params={"limit": 500}).json()["data"]
    assert sorted(seen) == sorted(e["id"] for e in everything) and len(seen) == len(set(seen))


def test_api_events_sorted_newest_first(client):
    dates = [e["date"] or e["article_date"] or "" for e in client.get("/api/events", params={"limit": 500}).json()["data"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params", [{"quad": 7}, {"type": "BOMBARD"}, {"date_from": "yesterday"},
                                    {"bbox": "1,2,3"}, {"bbox": "0,0,500,10"}, {"cursor": "%%%not-a-cursor"},
                                    {"limit": 0}, {"source": "RUS' OR 1=1 --"}, {"text": "x" * 500}])
def test_api_events_bad_parameters_are_4xx(client, params):
    response = client.get("/api/events", params=params)
    assert 400 <= response.status_code < 500
    assert "detail" in response.json()


def test_api_sql_injection_in_text_changes_nothing(client):
    before = client.get("/api/health").json()["articles"]
    response = client.get("/api/events", params={"text": "'; DROP TABLE events; --"})
    assert response.status_code == 200 and response.json()["data"] == []
    assert client.get("/api/health").json()["articles"] == before
    assert client.get("/api/events").json()["data"]


def test_api_quotes_search_by_speaker_and_actor(client):
    data = client.get("/api/quotes", params={"speaker": "spokesman 3"}).json()["data"]
    assert [q["speaker_text"] for q in data] == ["Spokesman 3"]
    by_actor = client.get("/api/quotes", params={"actor": "FRA"}).json()["data"]
    assert {q["speaker_code"] for q in by_actor} == {"FRAGOV"}


def test_api_quote_split_by_its_attribution_gives_its_pieces_without_the_attribution(client, store_url):
    split = Document('"The bridge is open," the Mayor said on Friday, "and it stays open."', title="Bridge")
    second = split.text.index("and it")
    split.quotes = [Quote((1, len(split.text) - 1), "direct", speaker_text="the Mayor",
                          content_parts=[(1, split.text.index(',"')), (second, len(split.text) - 1)])]
    store = Store(store_url)
    store.save_document(split)
    store.close()
    data = client.get("/api/quotes", params={"speaker": "Mayor"}).json()["data"]
    assert data[0]["content_text"] == "The bridge is open … and it stays open."
    assert len(data[0]["content_parts"]) == 2


def test_api_claims_filter_by_stance(client):
    data = client.get("/api/claims", params={"stance": "disputed"}).json()["data"]
    assert [c["holder"] for c in data] == ["Kyiv"]


def test_api_actors_counts_and_network(client):
    actors = client.get("/api/actors").json()
    assert actors[0]["mentions"] >= actors[-1]["mentions"]
    network = client.get("/api/actors/network").json()
    edge = next(e for e in network["edges"] if e["source"] == "RUSMIL")
    assert edge["target"] == "UKRGOV" and edge["events"] == 7 and edge["conflict"] == 4


def test_api_timeline_counts_per_day_and_type(client):
    points = client.get("/api/timeline").json()
    assert {"date": "2024-05-03", "type": "ASSAULT", "count": 1} in points


def test_api_article_detail_has_text_and_spans(client, full_document):
    body = client.get(f"/api/articles/{full_document.id}").json()
    assert body["text"] == full_document.text and body["events"][0]["evidence"] == [0, 75]
    assert client.get("/api/articles/nope").status_code == 404


def test_api_article_detail_takes_a_unique_id_prefix(client, full_document):
    assert client.get(f"/api/articles/{full_document.id[:10]}").json()["text"] == full_document.text
    ids = [a["id"] for a in client.get("/api/articles", params={"limit": 100}).json()["data"]]
    shared = next(a[:1] for a in ids if sum(b.startswith(a[:1]) for b in ids) > 1)
    response = client.get(f"/api/articles/{shared}")
    assert response.status_code == 404 and "several" in response.json()["detail"]


def test_api_articles_full_text_search(client):
    data = client.get("/api/articles", params={"q": "retreat"}).json()["data"]
    assert [a["title"] for a in data] == ["Putin meets officials"]
    assert client.get("/api/articles", params={"q": "\"*) OR NEAR("}).status_code == 200


def test_api_security_headers_and_closed_cors(client):
    response = client.get("/api/health", headers={"Origin": "https://evil.example"})
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "access-control-allow-origin" not in response.headers
