"""A cue the parser read as a noun heading its sentence, its subject hung on it as a modifier, still has that
subject as its reporter when the parse gives it none."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.quotes.frames import mention_near


def _misparsed(nlp, words, heads, deps, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_hung_on_a_verb_read_as_a_noun_reports(nlp):
    words = ["Okafor", "predicts", "that", "the", "ferry", "will", "close", "."]
    doc = _misparsed(nlp, words, heads=[1, 1, 6, 4, 6, 6, 1, 1],
                     deps=["compound", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "punct"],
                     pos=["PROPN", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"])
    content = (doc[2].idx, doc[6].idx + len(doc[6]))
    assert mention_near(doc[1], [content]) == doc[0]


def test_a_share_of_a_group_read_as_a_determiner_reports(nlp):
    words = ["Some", "view", "the", "tunnel", "as", "a", "waste", "."]
    doc = _misparsed(nlp, words, heads=[1, 1, 3, 1, 3, 6, 4, 1],
                     deps=["det", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
                     pos=["DET", "NOUN", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])
    content = (doc[2].idx, doc[6].idx + len(doc[6]))
    assert mention_near(doc[1], [content]) == doc[0]


def test_a_modifier_of_a_noun_cue_inside_its_sentence_does_not_report(nlp):
    words = ["They", "denied", "the", "harbour", "claim", "."]
    doc = _misparsed(nlp, words, heads=[1, 1, 4, 4, 1, 1],
                     deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                     pos=["PRON", "VERB", "DET", "NOUN", "NOUN", "PUNCT"])
    assert mention_near(doc[4], []) != doc[3]
