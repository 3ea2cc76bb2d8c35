"""Stray attributions and content edges: the outlet's own line labels report no one, and a description set off at
the end of a content is the outlet's, not the speaker's."""

from tests.quotes.helpers import quote_strings
from eventwire.quotes.attribution import _in_discourse_phrase


def test_correction_label_is_no_speaker(pipeline):
    text = ("The ferry schedule changes on Monday.\n\n"
            "CORRECTION: An earlier version of this article gave the wrong date for the Harbour Festival.")
    assert quote_strings(pipeline, text) == []


def test_name_label_still_attributes_its_line(pipeline):
    assert quote_strings(pipeline, "Harris: The bridge will reopen in May.") == [("The bridge will reopen in May", "Harris")]


def test_closing_description_of_an_object_is_left_out(pipeline):
    text = "The harbour board voted for Lena Marsh, a ferry engineer who has never held public office."
    assert quote_strings(pipeline, text) == [("Lena Marsh", "The harbour board")]


def test_closing_description_of_a_thing_is_left_out(pipeline):
    text = "Councillor Okoye praised the new tram depot, the largest transport project the city has built in decades."
    assert quote_strings(pipeline, text) == [("the new tram depot", "Councillor Okoye")]


def test_apposed_name_stays_in_the_content(pipeline):
    text = "Mayor Dunne thanked her predecessor, Tomas Reyes, for the loan."
    assert [content for content, _ in quote_strings(pipeline, text)] == ["her predecessor, Tomas Reyes, for the loan"]


def test_discourse_phrase_is_found_and_other_words_are_not(nlp):
    doc = nlp("Having said that, the ferry will run. Ortega said that the ferry will run.")
    flagged = [t.text for t in doc if _in_discourse_phrase(t)]
    assert flagged == ["Having", "said", "that"]
