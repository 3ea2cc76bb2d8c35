"""Publication dates normalised to YYYY-MM-DD, or None with a warning."""

from __future__ import annotations

import pytest

from eventwire.ingest.dates import normalise_date


@pytest.mark.parametrize("raw", ["February 25, 2022", "Feb. 25, 2022", "Friday, 25 February 2022",
                                 "2022-02-25T10:00:00+03:00", "2022-02-25"])
def test_dates_common_forms_normalised(raw):
    assert normalise_date(raw) == ("2022-02-25", None)


def test_dates_missing_date_is_none_without_warning():
    assert normalise_date(None) == (None, None) and normalise_date("  ") == (None, None)


def test_dates_impossible_day_warns():
    date, warning = normalise_date("February 30, 2022")
    assert date is None and warning.startswith("date: 'February 30, 2022' is not a valid date")


def test_dates_partial_date_is_not_padded():
    date, warning = normalise_date("February 2022")
    assert date is None and "not a full date" in warning


def test_dates_implausible_year_warns():
    assert "implausible year" in normalise_date("March 3, 1700")[1]
