"""POST /api/articles as a newcomer writes it: one article as a bare JSON object is welcome, and a body none of whose
articles could be stored is answered with an error status, not 201 Created."""

from tests.api.conftest import TOKEN

HEADERS = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"text": "Negotiators from both sides met in Oslo on Tuesday and agreed to exchange prisoners.",
           "title": "Prisoner exchange agreed", "date": "2024-05-07"}


def test_api_write_takes_one_article_as_a_bare_object(client, nlp):
    response = client.post("/api/articles", json=ARTICLE, headers=HEADERS)
    assert response.status_code == 201, response.text
    (article_id,) = response.json()["stored"]
    assert client.get(f"/api/articles/{article_id}").json()["title"] == ARTICLE["title"]


def test_api_write_bare_object_is_validated_like_a_list_item(client):
    response = client.post("/api/articles", json={"title": "no text"}, headers=HEADERS)
    assert response.status_code == 422 and response.json()["detail"][0]["loc"][-1] == "text"


def test_api_write_with_nothing_stored_is_422_with_the_reasons(client):
    response = client.post("/api/articles", content=b"   \n", headers={**HEADERS, "Content-Type": "text/plain"})
    assert response.status_code == 422
    assert response.json() == {"stored": [], "failures": [{"source": "api upload", "code": "empty",
                                                           "reason": "empty file"}]}
