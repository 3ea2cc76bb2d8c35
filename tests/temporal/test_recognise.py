"""Recognition and normalisation without a parse: tense is given explicitly where it matters."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.temporal import find_timexes

DCT = dt.date(2022, 2, 25)  # a Friday


def tag(text: str, dct: dt.date | None = DCT, tense: str | None = None):
    return find_timexes(text, dct, tense_at=lambda start, end: tense)


def only(text: str, dct: dt.date | None = DCT, tense: str | None = None):
    found = tag(text, dct, tense)
    assert len(found) == 1, found
    return found[0]


def test_weekday_same_as_article_day_is_the_article_date():
    timex = only("The Kremlin said Friday that talks were possible.", tense="past")
    assert (timex.text, timex.type, timex.value) == ("Friday", "DATE", "2022-02-25")


def test_weekday_past_tense_is_the_previous_one():
    assert only("The minister resigned on Tuesday.", tense="past").value == "2022-02-22"


def test_weekday_future_tense_is_the_next_one():
    assert only("The minister will resign on Tuesday.", tense="future").value == "2022-03-01"


def test_weekday_after_deadline_word_looks_forward():
    assert only("They have until Tuesday to reply.", tense="present").value == "2022-03-01"


def test_last_weekday_excludes_the_article_day():
    assert only("He spoke last Friday.", tense="past").value == "2022-02-18"


def test_earlier_weekday_keeps_modifier_in_span():
    timex = only("Earlier Friday, the army advanced.", tense="past")
    assert (timex.text, timex.value) == ("Earlier Friday", "2022-02-25")


def test_weekday_with_part_of_day_is_a_time():
    timex = only("Shelling began Friday morning.", tense="past")
    assert (timex.type, timex.value) == ("TIME", "2022-02-25TMO")


def test_this_week_is_the_iso_week():
    assert only("Talks were held this week.").value == "2022-W08"


def test_last_month_and_next_year():
    values = [t.value for t in tag("Prices rose last month and will fall next year.")]
    assert values == ["2022-01", "2023"]


def test_days_ago_counts_back_from_article_date():
    assert only("The deal was signed two days ago.").value == "2022-02-23"


def test_vague_years_ago_keeps_an_unknown_digit():
    assert only("It happened a few years ago.", dct=dt.date(1998, 2, 12)).value == "199X"


def test_month_day_takes_the_article_year():
    timex = only("Troops massed on Feb. 20 near the border.", tense="past")
    assert (timex.text, timex.value) == ("Feb. 20", "2022-02-20")


def test_month_day_near_new_year_takes_the_nearest_year():
    assert only("The vote is set for Jan. 14.", dct=dt.date(1999, 12, 20)).value == "2000-01-14"


def test_explicit_full_date():
    assert only("It ended on March 15, 2007.").value == "2007-03-15"


def test_bare_year_inside_preposition_phrase_excludes_preposition():
    timex = only("Russia annexed Crimea in 2014.")
    assert (timex.text, timex.value) == ("2014", "2014")


def test_decade_value_is_three_digits():
    timex = only("Growth slowed in the 1990s.")
    assert (timex.text, timex.value) == ("the 1990s", "199")


def test_currently_is_present_ref():
    assert only("Troops are currently stationed there.").value == "PRESENT_REF"


def test_recently_is_past_ref_and_the_future_is_future_ref():
    assert [t.value for t in tag("He recently warned about the future.")] == ["PAST_REF", "FUTURE_REF"]


@pytest.mark.parametrize(("text", "value"), [
    ("for three years", "P3Y"), ("for 10 days", "P10D"), ("a two-week visit", "P2W"),
    ("for nearly two hours", "PT2H"), ("for 2 1/2 years", "P2Y6M"), ("for several months", "PXM"),
])
def test_durations(text, value):
    timex = only(f"They waited {text}.")
    assert (timex.type, timex.value) == ("DURATION", value)


def test_age_is_not_a_duration():
    assert tag("A 24-year-old soldier was hurt.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("every week", "P1W"), ("daily", "P1D"), ("each Thursday", "XXXX-WXX-4"),
])
def test_sets(text, value):
    timex = only(f"They meet {text} in Minsk.")
    assert (timex.type, timex.value) == ("SET", value)


def test_rate_after_an_amount_is_not_a_timex():
    assert tag("It costs $5 a year.") == []


def test_quarter_ordinal_takes_article_year():
    timex = only("Profit rose in the third quarter.", dct=dt.date(1989, 10, 26))
    assert (timex.text, timex.value) == ("the third quarter", "1989-Q3")


def test_a_year_earlier_after_a_quarter_is_that_quarter_last_year():
    values = [t.value for t in tag("Profit rose in the third quarter from $5 a year earlier.",
                                   dct=dt.date(1989, 10, 26))]
    assert values == ["1989-Q3", "1988-Q3"]


def test_fiscal_year_keeps_fiscal_in_span():
    timex = only("Sales fell in fiscal 1989.")
    assert (timex.text, timex.value) == ("fiscal 1989", "1989")


def test_season_with_relation():
    assert only("The plant closed last fall.", dct=dt.date(1998, 2, 6)).value == "1997-FA"


def test_clock_time_with_weekday():
    timex = only("The deadline is 10 p.m. Wednesday.", dct=dt.date(1998, 2, 13), tense="past")
    assert (timex.type, timex.value) == ("TIME", "1998-02-11T22:00")


def test_yesterday_today_tomorrow():
    assert [t.value for t in tag("Yesterday, today and tomorrow.")] == ["2022-02-24", "2022-02-25",
                                                                        "2022-02-26"]


def test_lowercase_may_is_a_verb():
    assert tag("Officials may meet soon.") == []


def test_no_article_date_leaves_relative_values_unresolved():
    values = [t.value for t in tag("He left Friday, two days ago, in Feb. 20 of this week.", dct=None,
                                   tense="past")]
    assert values == ["XXXX-WXX-5", "XXXX-XX-XX", "XXXX-02-20", "XXXX-WXX"]


def test_spelled_out_year():
    assert only("It was founded in nineteen ninety-six.").value == "1996"


def test_holiday_resolves_to_its_date():
    assert only("He was found on Thanksgiving Day.", dct=dt.date(2000, 1, 6), tense="past").value \
        == "1999-11-25"
