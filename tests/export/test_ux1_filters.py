"""Export date filters behave as the API's: month and year bounds take in their days, bad dates are refused."""

import pytest

from eventwire.document import Document, Event
from eventwire.export import EventFilter, export_documents

TEXT = "Workers went on strike at the port. The minister visited the docks."


def _documents() -> list[Document]:
    doc = Document(TEXT, date="2021-03-20")
    doc.events = [Event("PROTEST", (0, 35), cameo="143", quad=3, date="2021-03-20"),
                  Event("CONSULT", (36, 67), cameo="042", quad=1, date="2021-04-02")]
    return [doc]


@pytest.mark.parametrize("date_to, kept", [("2021-03", 1), ("2021", 2), ("2021-03-19", 0), ("2021-04-02", 2)])
def test_export_date_to_a_month_or_year_keeps_its_days(tmp_path, date_to, kept):
    assert export_documents(_documents(), "csv", tmp_path / "e.csv", EventFilter(date_to=date_to)) == kept


@pytest.mark.parametrize("value", ["yesterday", "20/03/2021", "2021-3", "２０２１"],
                         ids=["a-word", "day-first", "one-digit-month", "full-width-digits"])
def test_export_filter_refuses_a_date_it_cannot_compare(value):
    with pytest.raises(ValueError, match="YYYY"):
        EventFilter(date_from=value)


@pytest.mark.parametrize("value", ["2016-02-30", "2021-13", "2021-04-31"],
                         ids=["february-30", "month-13", "april-31"])
def test_export_filter_refuses_a_day_off_the_calendar(value):
    with pytest.raises(ValueError, match="no day on the calendar"):
        EventFilter(date_to=value)
