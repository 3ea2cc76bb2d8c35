"""Sides read wrong in news check set M (round ev57): a lower-case word that spells a capital, the object a
relative clause leaves out, a group led by someone, a written piece standing for its author, and what a bill is
for. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


def test_ev57_a_lower_case_capital_names_no_country(pipeline):
    arrest = of_type(events_of(pipeline, "A male driver was arrested for impaired driving in Toronto."), "COERCE")[0]
    assert country(arrest.target) != "MDV"


@pytest.mark.parametrize("text", [
    "The Kenyan officers she attacked were taken to hospital.",
    "It was Kenyan police officers she attempted to kill, the prosecutor said.",
])
def test_ev57_the_noun_of_a_relative_clause_is_its_missing_object(pipeline, text):
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.target is not None and assault.target.code == "KENCOP"


def test_ev57_the_day_of_a_relative_clause_is_no_object(pipeline):
    assault = of_type(events_of(pipeline, "The day the rebels attacked was a Monday in Nairobi."), "ASSAULT")[0]
    assert assault.target is None or "day" not in assault.target.text.lower()


def test_ev57_a_group_led_by_someone_is_on_the_leader_s_side(pipeline):
    bombing = of_type(events_of(pipeline, "A coalition led by Saudi Arabia bombed Houthi positions in Yemen."),
                      "ASSAULT")[0]
    assert country(bombing.source) == "SAU"


def test_ev57_an_article_stands_for_its_author(pipeline):
    text = "An article written by Kenyan journalist John Githongo accuses Ruto of corruption."
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(accusation.source) == "KEN"


def test_ev57_what_a_bill_is_for_is_the_news_not_a_time_phrase(pipeline):
    text = "After months of negotiations, a group led by Kenyan lawmakers introduced a bill to impose sanctions on Uganda."
    events = events_of(pipeline, text)
    assert "COERCE" in {e.type for e in events} and "CONSULT" not in {e.type for e in events}


@pytest.mark.parametrize("text, plover_type", [
    ("The Kenyan minister remains under investigation by the police.", "ACCUSE"),
    ("The Kenyan opposition leader died under house arrest.", "COERCE"),
])
def test_ev57_who_is_or_dies_under_an_act_undergoes_it(pipeline, text, plover_type):
    event = of_type(events_of(pipeline, text), plover_type)[0]
    assert event.target is not None and event.target.text.startswith("The Kenyan")
    assert event.source is None or not event.source.text.startswith("The Kenyan")


def test_ev57_a_raid_on_a_home_is_aimed_at_its_owner(pipeline):
    raid = of_type(events_of(pipeline, "Kenyan police raided the home of Jo Kamau on Monday."), "COERCE")[0]
    assert raid.target is not None and raid.target.text == "Jo Kamau"


@pytest.mark.parametrize("text", [
    "Obama said the Kenya she is fighting for is a fair one.",
    "Kenyan officials condemned Iran, whose leaders have called for the dissolution of Israel.",
])
def test_ev57_a_preposition_left_at_the_end_or_a_relative_word_fills_the_gap(pipeline, text):
    assert not any(e.type in {"ASSAULT", "REQUEST"} and e.target is not None and e.target.code in {"KEN", "IRN"}
                   for e in events_of(pipeline, text))
