"""Who speaks in a clause the cue hangs on an object or a medium: the object that carries out a clause right after
it ("left dock workers wondering whether ..."), and whoever made a medium the cue describes ("shot back in an
article stating ...") rather than the medium, unless the medium opens the sentence ("In a statement announcing ...");
and the poll a sentence opens with, for a share of those polled ("In a poll, 62 percent of voters said ..."). An
infinitive describing a thing reports for the subject ("Okafor had nothing bad to say about ...")."""

from __future__ import annotations

from tests.quotes.helpers import speaker_phrases


def test_an_object_wondering_right_after_it_speaks(nlp):
    text = "The long strike has left many dock workers wondering whether the port will survive the winter."
    assert speaker_phrases(nlp, text) == ["many dock workers"]


def test_an_object_driven_to_demand_speaks(nlp):
    text = "The closure of the port drove thousands of farmers to demand that the sale be stopped."
    assert speaker_phrases(nlp, text) == ["thousands of farmers"]


def test_a_participle_after_a_comma_stays_with_the_subject(nlp):
    text = "Reyes left the hall, saying that the vote on the port had been rigged."
    assert speaker_phrases(nlp, text) == ["Reyes"]


def test_whoever_wrote_the_article_speaks(nlp):
    text = "The Harbour Ledger shot back in an article stating that the port had lost money for years."
    assert speaker_phrases(nlp, text) == ["The Harbour Ledger"]


def test_whoever_gave_the_speech_speaks(nlp):
    text = "Mayor Ortega spent much of her speech defending the sale of the old port to the ferry company."
    assert speaker_phrases(nlp, text) == ["Mayor Ortega"]


def test_a_statement_opening_the_sentence_stays_the_speaker(nlp):
    text = "In a statement announcing the sale, the ferry company praised Ortega as a careful steward of the port."
    assert "a statement" in speaker_phrases(nlp, text)


def test_a_share_of_those_polled_speaks_through_the_poll(nlp):
    text = "In a Harbour Ledger poll released on Monday, 62 percent of voters said the port should stay public."
    assert speaker_phrases(nlp, text) == ["a Harbour Ledger poll released on Monday"]


def test_a_named_subject_after_a_poll_stays_the_speaker(nlp):
    text = "In a poll of 800 voters, Marta Okafor found that the port should stay public."
    assert speaker_phrases(nlp, text) == ["Marta Okafor"]


def test_an_infinitive_describing_a_thing_is_its_subjects(nlp):
    text = "In an interview, Okafor had nothing bad to say about the ferry company."
    assert speaker_phrases(nlp, text) == ["Okafor"]

