"""Sentence features for the event classifier: lemma unigrams and bigrams, with names and numbers generalised.

Shared by training (``eventwire.events.train``) and inference so that both see exactly the same features.
They need only the tagger and lemmatizer, so training can skip the (slow) parser and entity recogniser.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

_CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN", "ADV", "ADP", "PART", "NUM"}


def _word(token: Token) -> str:
    if token.pos_ == "PROPN":
        return "<name>"
    if token.like_num:
        return "<num>"
    return token.lemma_.lower()


def sentence_features(tokens: Iterable[Token]) -> list[str]:
    """Bias, lemma unigrams and bigrams, and verb lemmas marked as such (the likeliest triggers)."""
    kept = [t for t in tokens if t.pos_ in _CONTENT_POS and not t.is_punct]
    words = [_word(t) for t in kept]
    feats = ["<bias>"] + [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    feats.extend(f"v:{t.lemma_.lower()}" for t in kept if t.pos_ == "VERB")
    return feats
