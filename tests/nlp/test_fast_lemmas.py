"""The memoised lemmatizer must give exactly spaCy's lemmas, through ``nlp.pipe``."""

from __future__ import annotations

import importlib

from eventwire.nlp import fast_lemmas
from eventwire.nlp.fast_lemmas import MemoisedLemmas, speed_up_lemmatizer

TEXTS = [
    "The ministers were meeting in Geneva; talks had stalled after troops crossed the border.",
    "She said the children's books are better, and the geese flew over bigger, better houses.",
    "He was running, ran and runs. They've been told: we're not sure it's over.",
    "",
]


def test_fast_lemmas_give_spacys_lemmas_through_pipe(nlp):
    package = nlp.meta["lang"] + "_" + nlp.meta["name"]
    plain = importlib.import_module(package).load()
    assert not isinstance(getattr(plain.get_pipe("lemmatizer").pipe, "__self__", None), MemoisedLemmas)
    ours = [[t.lemma_ for t in doc] for doc in nlp.pipe(TEXTS)]
    theirs = [[t.lemma_ for t in doc] for doc in plain.pipe(TEXTS)]
    assert ours == theirs
    assert "meet" in ours[0] and "goose" in ours[1]


def test_fast_lemmas_memo_starts_afresh_when_full(nlp, monkeypatch):
    monkeypatch.setattr(fast_lemmas, "MAX_KNOWN", 3)
    memo = MemoisedLemmas(nlp.get_pipe("lemmatizer"))
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp(TEXTS[2])
    memo(doc)
    assert 0 < len(memo.known) <= 3
    assert [t.lemma_ for t in doc][:2] == ["he", "be"]


def test_fast_lemmas_leave_a_lookup_lemmatizer_alone():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert speed_up_lemmatizer(nlp) is False
