"""A speaker's resolved name: a surname takes the fuller name it ends, never another person's of the same surname."""

from __future__ import annotations

from tests.quotes.helpers import speaker_names


def test_quotes_namesake_keeps_her_own_first_name(nlp):
    text = ("Robert Kowalski said the bridge would open in May.\n\n"
            "Anna Kowalski said the bridge would open in June.")
    assert speaker_names(nlp, text) == ["Robert Kowalski", "Anna Kowalski"]


def test_quotes_surname_and_titled_name_take_the_fuller_name(nlp):
    text = ("Robert Kowalski, the city engineer, inspected the bridge on Monday.\n\n"
            "Kowalski said the bridge would open in May. Senator Kowalski added that it was safe.")
    assert speaker_names(nlp, text) == ["Robert Kowalski", "Robert Kowalski"]


def test_quotes_namesake_after_an_earlier_one_is_the_latest_full_name(nlp):
    text = ("Gary Novak spoke in Denver on Monday.\n\n"
            "Later, Ruth Novak visited Boulder. Mrs. Novak told reporters that the bridge would open in May.")
    assert speaker_names(nlp, text) == ["Ruth Novak"]


def test_quotes_someone_speaking_for_a_person_is_not_that_person(nlp):
    text = "A spokeswoman for Mayor Tom Baker said the road would close in May."
    assert speaker_names(nlp, text) == ["spokeswoman for Mayor Tom Baker"]
