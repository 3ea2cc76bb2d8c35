"""Sentence features for the event classifier: lemma n-grams plus verb-argument pairs from the parse.

Shared by training (``eventwire.events.train``) and inference so that both see exactly the same features.
"""

from __future__ import annotations

from spacy.tokens import Span

_CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN", "ADV", "ADP", "PART", "NUM"}
_ARG_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "prep", "xcomp", "neg", "aux"}


def _lemma(token) -> str:
    if token.ent_type_ in {"GPE", "NORP"}:
        return "<place>"
    if token.ent_type_ in {"PERSON"}:
        return "<person>"
    if token.like_num:
        return "<num>"
    return token.lemma_.lower()


def sentence_features(sentence: Span) -> list[str]:
    """Bias, lemma unigrams and bigrams, and head->dependent lemma pairs of verbs and nouns."""
    words = [_lemma(t) for t in sentence if t.pos_ in _CONTENT_POS and not t.is_punct]
    feats = ["<bias>"] + [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    for token in sentence:
        if token.pos_ in {"VERB", "NOUN"} and token.dep_ in _ARG_DEPS | {"ROOT", "conj", "ccomp", "advcl"}:
            feats.extend(f"d:{token.lemma_.lower()}>{c.dep_}>{_lemma(c)}" for c in token.children
                         if c.dep_ in _ARG_DEPS)
    return feats
