"""A misspelt query parameter is refused with the names the endpoint takes, never silently ignored."""

import pytest


@pytest.mark.parametrize("path, params, misspelt", [
    ("/api/quotes", {"q": "border"}, "q"),  # quotes search with ``text``, articles with ``q``
    ("/api/events", {"types": "ASSAULT"}, "types"),
    ("/api/articles", {"query": "border", "limit": 5}, "query"),
])
def test_api_unknown_query_parameter_is_422_naming_the_known_ones(client, path, params, misspelt):
    response = client.get(path, params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert repr(misspelt) in detail and "limit" in detail


def test_api_known_query_parameters_still_pass(client):
    assert client.get("/api/quotes", params={"text": "Article", "limit": 2}).status_code == 200
    assert client.get("/api/health").status_code == 200
