"""The stage on parsed text: clause tense from spaCy, date_for_span, event anchors, and the seed gold."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.nlp.entities import EntityStage
from eventwire.temporal import TimexStage, anchored_event_dates, date_for_span


def annotate(nlp, text: str, date: str | None = "2022-02-25"):
    document, parsed = Document(text, date=date), nlp(text)
    EntityStage()(document, parsed)
    TimexStage(None)(document, parsed)
    return document, parsed


def test_stage_declares_name_and_requirements():
    stage = TimexStage(None)
    assert (stage.name, stage.requires) == ("temporal", ("entities",))


def test_stage_past_tense_weekday_from_parse(nlp):
    document, _ = annotate(nlp, "The minister resigned on Tuesday after the vote.")
    assert [t.value for t in document.timexes] == ["2022-02-22"]


def test_stage_future_tense_weekday_from_parse(nlp):
    document, _ = annotate(nlp, "The minister will resign on Tuesday after the vote.")
    assert [t.value for t in document.timexes] == ["2022-03-01"]


def test_stage_reported_would_points_forward(nlp):
    document, _ = annotate(nlp, "The minister said he would resign on Tuesday after the vote.")
    assert [t.value for t in document.timexes] == ["2022-03-01"]


def test_stage_records_why_a_value_was_chosen(nlp):
    document, _ = annotate(nlp, "The minister resigned on Tuesday.")
    assert document.timexes[0].anchor == "weekday-past"


def test_date_for_span_prefers_the_clause(nlp):
    text = "Troops crossed the border on Tuesday, while diplomats met in Geneva in 2014."
    document, parsed = annotate(nlp, text)
    start = text.index("crossed")
    assert date_for_span(document, parsed, start, start + len("crossed")) == ("2022-02-22", "clause")


def test_date_for_span_falls_back_to_the_sentence(nlp):
    text = "On Tuesday, officials said that troops crossed the border."
    document, parsed = annotate(nlp, text)
    start = text.index("crossed")
    assert date_for_span(document, parsed, start, start + len("crossed")) == ("2022-02-22", "sentence")


def test_date_for_span_falls_back_to_the_article_date(nlp):
    text = "Troops crossed the border."
    document, parsed = annotate(nlp, text)
    assert date_for_span(document, parsed, 7, 14) == ("2022-02-25", "article")


def test_date_for_span_ignores_durations(nlp):
    text = "Troops crossed the border for three days."
    document, parsed = annotate(nlp, text)
    assert date_for_span(document, parsed, 7, 14) == ("2022-02-25", "article")


def test_date_for_span_without_any_date(nlp):
    text = "Troops crossed the border."
    document, parsed = annotate(nlp, text, date=None)
    assert date_for_span(document, parsed, 7, 14) == (None, "none")


def test_ordinal_day_of_an_event_dates_its_start(nlp):
    document, _ = annotate(nlp, "Explosions were heard on the second day of Russia's invasion.")
    assert anchored_event_dates(document) == {"Russia's invasion": "2022-02-24"}


def test_seed_article_timexes_match_gold(nlp, seed_gold):
    document, _ = annotate(nlp, seed_gold["text"], seed_gold["date"])
    predicted = {(t.start, t.end, t.value) for t in document.timexes}
    gold = {(t["start"], t["end"], t["value"]) for t in seed_gold["timexes"]}
    assert gold <= predicted


def _values(nlp, text: str, date: str = "2022-02-25") -> list[str]:
    document, _ = annotate(nlp, text, date)
    return [t.value for t in document.timexes]


def test_date_on_a_noun_in_a_future_clause_lies_ahead(nlp):
    assert _values(nlp, "The astronaut will be named commander of the shuttle for a mission in December.") == ["2022-12"]


def test_present_passive_is_no_past(nlp):
    assert _values(nlp, "The appeal is heard in May by the full court.") == ["2022-05"]


def test_deadline_word_before_a_clock_time_reaches_the_weekday(nlp):
    assert _values(nlp, "The exchange has given brokers until 9 a.m. Tuesday to settle.") == ["2022-03-01T09:00"]


def test_is_to_points_forward(nlp):
    assert _values(nlp, "The chief executive is to step down on Tuesday.") == ["2022-03-01"]


def test_infinitive_does_not_inherit_the_past_of_its_head(nlp):
    assert _values(nlp, "The senator summoned the banker to testify on April 20.") == ["2022-04-20"]


def test_what_was_planned_lies_ahead(nlp):
    assert _values(nlp, "Farmers planned a protest march on Saturday.") == ["2022-02-26"]


def test_deadline_word_in_the_past_perfect_looks_back(nlp):
    assert _values(nlp, "Until Thursday, the police had not named a suspect.") == ["2022-02-24"]


def test_stage_a_record_set_on_a_date_is_past_but_talks_set_for_it_are_ahead(nlp):
    assert _values(nlp, "Shares fell below the record high set on Sept. 9.", "2005-03-10") == ["2004-09-09"]
    assert _values(nlp, "The talks are set for Sept. 9.", "2005-03-10") == ["2005-09-09"]


def test_stage_a_deadline_that_had_been_due_lies_behind(nlp):
    # 2005-03-09 is a Wednesday
    assert _values(nlp, "The ultimatum had been due to expire Monday.", "2005-03-09") == ["2005-03-07"]
    assert _values(nlp, "The bid had been scheduled to lapse on Monday.", "2005-03-09") == ["2005-03-07"]


def test_stage_a_time_before_a_past_verb_of_planning_dates_the_plan(nlp):
    assert _values(nlp, "On Monday, the union planned a strike for the spring.", "2005-03-09")[0] == "2005-03-07"
    assert _values(nlp, "On Monday, the union plans to hold a strike.", "2005-03-09") == ["2005-03-14"]


def test_stage_a_quarter_just_closed_is_last_years_without_a_tense(nlp):
    assert _values(nlp, "The bank posted a loss for the fourth quarter.", "2005-01-20") == ["2004-Q4"]
    assert _values(nlp, "The bank expects a loss in the fourth quarter.", "2005-08-20") == ["2005-Q4"]


def test_stage_decades_ago_is_a_year_and_couple_is_two(nlp):
    assert _values(nlp, "The dam was built two decades ago.", "2005-03-09") == ["1985"]
    assert _values(nlp, "Prices may stay high for a couple of years.", "2005-03-09") == ["P2Y"]


def test_stage_two_thousand_before_a_unit_is_no_year(nlp):
    assert "2000" not in _values(nlp, "The temple has stood for two thousand years.", "2005-03-09")


def test_stage_part_of_day_before_yesterday_is_that_days_part(nlp):
    assert _values(nlp, "Shares were up at mid-afternoon yesterday in Tokyo.", "2005-03-09") == ["2005-03-08TAF"]
