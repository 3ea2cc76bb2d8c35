"""A date filter that has the shape of a date but names no day is refused, not compared as text."""

import pytest


@pytest.mark.parametrize("value", ["2016-13-45", "2016-02-30", "2016-00", "２０１６"],
                         ids=["month-13", "february-30", "month-00", "full-width-digits"])
def test_a_date_off_the_calendar_is_422(client, value):
    assert client.get("/api/events", params={"date_from": value}).status_code == 422
    assert client.get("/api/quotes", params={"date_to": value}).status_code == 422


def test_the_422_says_the_day_is_not_on_the_calendar(client):
    response = client.get("/api/events", params={"date_from": "2016-02-30"})
    assert "no day on the calendar" in response.text


@pytest.mark.parametrize("value", ["2016", "2016-02", "2016-02-29"])
def test_a_year_month_or_day_passes(client, value):
    assert client.get("/api/events", params={"date_from": value, "date_to": value}).status_code == 200
