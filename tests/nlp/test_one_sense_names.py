"""A person's surname written alone is that person, whatever the entity recogniser makes of the one mention.
Sentences and documents written for eventwire."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.nlp.entities import OneSenseNames


def _doc(words, tags, ents):
    vocab = spacy.blank("en").vocab
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(vocab, words=words, tags=tags, sent_starts=starts, ents=ents)


def _labelled(doc):
    return [(span.text, span.label_) for span in OneSenseNames()(doc).ents]


@pytest.mark.parametrize("second_mention", ["B-ORG", "O"])  # read as an organisation; missed
def test_surname_alone_takes_the_persons_label(second_mention):
    doc = _doc(["Maria", "Okafor", "won", ".", "Okafor", "thanked", "voters", "."],
               ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "NNS", "."],
               ["B-PERSON", "I-PERSON", "O", "O", second_mention, "O", "O", "O"])
    assert _labelled(doc) == [("Maria Okafor", "PERSON"), ("Okafor", "PERSON")]


def test_surname_inside_a_longer_name_keeps_its_label():
    doc = _doc(["Maria", "Okafor", "won", ".", "Okafor", "County", "voted", "."],
               ["NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", "."],
               ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "I-GPE", "O", "O"])
    assert _labelled(doc) == [("Maria Okafor", "PERSON"), ("Okafor County", "GPE")]


def test_country_the_article_calls_by_its_nationality_keeps_its_label_though_a_person_bears_its_name():
    doc = _doc(["Nadia", "Chad", "won", ".", "Chadian", "voters", "cheered", ".", "Chad", "voted", "."],
               ["NNP", "NNP", "VBD", ".", "JJ", "NNS", "VBD", ".", "NNP", "VBD", "."],
               ["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O", "B-GPE", "O", "O"])
    assert _labelled(doc) == [("Nadia Chad", "PERSON"), ("Chadian", "NORP"), ("Chad", "GPE")]


def test_country_name_without_its_nationality_in_the_article_is_the_persons_surname():
    doc = _doc(["Nadia", "Chad", "won", ".", "Chad", "voted", "."], ["NNP", "NNP", "VBD", ".", "NNP", "VBD", "."],
               ["B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O"])
    assert _labelled(doc) == [("Nadia Chad", "PERSON"), ("Chad", "PERSON")]


def test_one_word_person_lends_nothing():
    doc = _doc(["Okafor", "won", ".", "Paris", "voted", "."], ["NNP", "VBD", ".", "NNP", "VBD", "."],
               ["B-PERSON", "O", "O", "B-GPE", "O", "O"])
    assert _labelled(doc) == [("Okafor", "PERSON"), ("Paris", "GPE")]


@pytest.mark.parametrize("text, surname", [
    ("Governor Jerry Brown signed the bill. Brown vetoed two others.", "Brown"),  # missed
    ("Lena Marsh won the seat. Marsh beat two rivals, and Marsh will take office in May.", "Marsh"),  # an ORG
])
def test_whole_pipeline_reads_every_later_bare_surname_as_the_person(nlp, text, surname):
    labels = [span.label_ for span in nlp(text).ents if span.text == surname]
    assert labels and set(labels) == {"PERSON"}


def _headline_doc(headline_words, body_words, headline_ents, body_ents):
    words = [*headline_words, "\n\n", *body_words]
    tags = ["NNP"] * len(headline_words) + ["_SP"] + ["NNP"] * len(body_words)
    starts = [i == 0 or words[i - 1] in (".", "\n\n") for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, sent_starts=starts,
               ents=[*headline_ents, "O", *body_ents])


def test_name_running_on_into_a_headline_word_ends_where_the_article_writes_it():
    doc = _headline_doc(["Maria", "Okafor", "Defends", "Tunnel"], ["Maria", "Okafor", "spoke", "."],
                        ["B-PERSON", "I-PERSON", "I-PERSON", "O"], ["B-PERSON", "I-PERSON", "O", "O"])
    assert _labelled(doc)[0] == ("Maria Okafor", "PERSON")


def test_headline_name_keeps_a_word_the_article_writes_capitalised_again():
    doc = _headline_doc(["Maria", "Okafor", "King", "Wins"], ["Maria", "Okafor", "spoke", ".", "King", "won", "."],
                        ["B-PERSON", "I-PERSON", "I-PERSON", "O"], ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert _labelled(doc)[0] == ("Maria Okafor King", "PERSON")


def _labelled_with_index(doc, index):
    return [(span.text, span.label_) for span in OneSenseNames(index)(doc).ents]


def test_surname_the_tagger_reads_as_a_common_noun_is_the_person_unless_it_is_an_ordinary_word():
    index = {"noun": ["wood", "court"], "verb": ["arrest"], "adj": [], "adv": []}
    doc = _doc(["Dana", "Okafor", "sued", "Ada", "Wood", ".", "Okafor", "was", "arrested", ".",
                "Wood", "was", "arrested", "."],
               ["NNP", "NNP", "VBD", "NNP", "NNP", ".", "NN", "VBD", "VBN", ".", "NN", "VBD", "VBN", "."],
               ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert _labelled_with_index(doc, index) == [("Dana Okafor", "PERSON"), ("Ada Wood", "PERSON"),
                                                ("Okafor", "PERSON")]


def test_surname_read_as_an_adjective_stays_unlabelled():
    index = {"noun": [], "verb": [], "adj": [], "adv": []}
    doc = _doc(["Dana", "Okafor", "won", ".", "An", "anti", "-", "Okafor", "ad", "ran", "."],
               ["NNP", "NNP", "VBD", ".", "DT", "JJ", "HYPH", "JJ", "NN", "VBD", "."],
               ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"])
    assert _labelled_with_index(doc, index) == [("Dana Okafor", "PERSON")]
