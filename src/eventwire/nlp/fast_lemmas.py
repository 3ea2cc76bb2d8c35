"""Memoised rule lemmatizer: spaCy's own lemmas, looked up once per distinct (word, POS, morphology).

Why: spaCy's rule lemmatizer visits every token as a Python ``Token`` and caches only the words its rules
change, so each singular noun or base-form verb (most of a news text) re-reads its morphology as a dict on every
occurrence. A rule lemma depends on nothing but the word, its POS and its morphology, so this reads those three
columns as one array, asks spaCy's own ``lemmatize`` only for combinations it has not seen, and writes the lemma
column back in one call. The lemmas are the ones spaCy would assign.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

#: Combinations kept before the memo starts afresh: it must not grow with the corpus (a worker may run for days).
MAX_KNOWN = 200_000


class MemoisedLemmas:
    """Replaces a rule lemmatizer's ``pipe`` (what ``nlp.pipe`` calls) with a per-document array pass."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                if len(self.known) >= MAX_KNOWN:
                    self.known.clear()
                found = self.known[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        if len(doc):
            doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        return (self(doc) for doc in docs)


def speed_up_lemmatizer(nlp: Language) -> bool:
    """Memoise the model's rule lemmatizer; False (and nothing changed) for any other lemmatizer mode."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    lemmatizer.pipe = MemoisedLemmas(lemmatizer).pipe
    return True
