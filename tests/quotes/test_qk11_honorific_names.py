"""A surname with an honorific takes the fuller name of a person of its gender, not the latest namesake's."""

from __future__ import annotations

from tests.quotes.helpers import speaker_names


def test_quotes_mister_is_not_the_latest_woman_of_his_surname(nlp):
    text = ("Harbour commissioner Tomas Varga opened the ferry terminal on Monday with his wife, Elena Varga.\n\n"
            "Mr. Varga said the fares would stay low through the winter.")
    assert speaker_names(nlp, text) == ["Tomas Varga"]


def test_quotes_missus_is_not_the_latest_man_of_her_surname(nlp):
    text = ("Elena Varga and her husband, Tomas Varga, opened the ferry terminal on Monday.\n\n"
            "Mrs. Varga said the ferries would run all winter.")
    assert speaker_names(nlp, text) == ["Elena Varga"]


def test_quotes_lone_surname_still_takes_the_latest_fuller_name(nlp):
    text = ("Tomas Varga opened the ferry terminal on Monday with his wife, Elena Varga.\n\n"
            "Varga said the ferries would run all winter.")
    assert speaker_names(nlp, text) == ["Elena Varga"]


def test_quotes_first_name_guess_gives_way_when_no_other_fuller_name_came(nlp):
    # "Shannon" is mostly a woman's name, but no other Brandt is named: Mr. Brandt is Shannon Brandt
    text = ("Shannon Brandt, a harbour councillor, opened the ferry terminal on Monday.\n\n"
            "Mr. Brandt said the fares would stay low through the winter.")
    assert speaker_names(nlp, text) == ["Shannon Brandt"]
