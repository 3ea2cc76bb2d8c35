"""Writes need the bearer token; with no token configured they are off."""

from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.settings import Settings
from tests.api.conftest import TOKEN

ARTICLE = {"text": "Officials in Paris met the delegation on Monday.", "title": "Talks", "date": "2024-05-06"}


def test_api_write_without_token_is_401(client):
    assert client.post("/api/articles", json=[ARTICLE]).status_code == 401
    assert client.post("/api/articles", json=[ARTICLE], headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_api_write_disabled_without_configured_token(store_url):
    from eventwire.store import Store

    with Store(store_url) as store, TestClient(create_app(Settings(), store)) as client:
        response = client.post("/api/articles", json=[ARTICLE], headers={"Authorization": "Bearer anything"})
        assert response.status_code == 403


def test_api_write_validates_the_body(client):
    response = client.post("/api/articles", json=[{"title": "no text"}], headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422


def test_api_write_ingests_json_and_html(client, nlp):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    stored = client.post("/api/articles", json=[ARTICLE], headers=headers)
    assert stored.status_code == 201, stored.text
    (article_id,) = stored.json()["stored"]
    assert client.get(f"/api/articles/{article_id}").json()["title"] == "Talks"
    page = "<html><head><title>Aid arrives</title></head><body><article><h1>Aid arrives</h1>" + \
           "<p>Aid trucks reached the city on Tuesday, officials said, after days of waiting at the border.</p>" * 3 + \
           "</article></body></html>"
    html = client.post("/api/articles", content=page, headers={**headers, "Content-Type": "text/html"})
    assert html.status_code == 201 and len(html.json()["stored"]) == 1
