"""Titles of works name no actor (issue #4, round ev45): a country or a demonym inside the title of a film, a
book, a song or a show, or inside a slogan, is part of that name. Each test sentence is invented."""

from __future__ import annotations

from eventwire.actors.mentions import work_title_spans


def _codes(document) -> list[str]:
    return [m.code for m in document.actors]


def test_a_quoted_title_names_no_country(run):
    assert "RUS" not in _codes(run("Critics of ‘Russian Doll’ met in Nairobi."))


def test_the_title_written_again_without_quotes_is_still_the_title(run):
    document = run("Fans of ‘Canadian Summer’ were upset. His role in Canadian Summer made him famous.")
    assert "CAN" not in _codes(document)


def test_title_case_words_after_a_word_for_a_work(run):
    assert "KEN" not in _codes(run("She starred in the film Kenyan Nights last year."))


def test_a_quoted_phrase_made_only_of_actor_words_is_the_actor(run):
    assert "KENGOV" in _codes(run("Protesters denounced the ‘Kenyan Government’ on Monday."))


def test_a_demonym_outside_any_title_still_names_its_country(run):
    assert "RUSGOV" in _codes(run("Russian diplomats praised the film ‘Summer Rain’."))


def test_quoted_words_not_in_title_case_are_no_title():
    text = "He called it ‘a Russian plot’ on Monday."
    assert work_title_spans(text) == ()
