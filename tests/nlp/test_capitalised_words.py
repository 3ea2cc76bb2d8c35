"""An ordinary word that opens a sentence is no name, whatever the entity recogniser says ("Fierce fighting ...").
Sentences written for eventwire."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.nlp.entities import CapitalisedWords
from eventwire.pipeline import Pipeline


def _entities(nlp, text: str) -> list[str]:
    return [span.text for span in nlp(text).ents]


def test_sentence_initial_adjective_is_no_entity(nlp):
    text = "Fierce fighting broke out between Sudanese troops and RSF fighters near Khartoum."
    assert "Fierce" not in _entities(nlp, text)


def test_sentence_initial_name_keeps_its_entity(nlp):
    assert "Hamas" in _entities(nlp, "Hamas fired rockets at Ashkelon on Monday.")


def _tagged(words, tags, ents):
    vocab = spacy.blank("en").vocab
    starts = [True] + [word == "." for word in words[:-1]]
    return Doc(vocab, words=words, tags=tags, lemmas=[w.lower() for w in words], sent_starts=starts, ents=ents)


INDEX = {"adj": ["fierce"], "noun": ["fighting"]}


def test_word_the_index_lists_is_dropped_at_the_start_of_a_sentence():
    doc = _tagged(["Fierce", "fighting", "broke", "out", "."], ["JJ", "NN", "VBD", "RP", "."],
                  ["B-ORG", "O", "O", "O", "O"])
    assert CapitalisedWords(INDEX)(doc).ents == ()


def test_word_the_text_also_capitalises_inside_a_sentence_is_a_name():
    doc = _tagged(["Fierce", "won", ".", "Voters", "backed", "Fierce", "."],
                  ["JJ", "VBD", ".", "NNS", "VBD", "NNP", "."], ["B-ORG", "O", "O", "O", "O", "B-ORG", "O"])
    assert [span.text for span in CapitalisedWords(INDEX)(doc).ents] == ["Fierce", "Fierce"]


def test_fighting_after_a_capitalised_adjective_is_coded_between_its_sides(nlp):
    pipeline = Pipeline(stages=["entities", "actors", "geo", "quotes", "events"], nlp=nlp)
    text = "Fierce fighting broke out between Sudanese troops and RSF fighters near Khartoum."
    events = pipeline.apply(Document(text=text, date="2024-03-01"), nlp(text)).events
    assert {(e.source.code, e.target.code) for e in events if e.type == "ASSAULT"} >= {("SDNMIL", "SDNREB")}
