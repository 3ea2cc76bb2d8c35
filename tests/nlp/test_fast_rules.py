"""The vectorised attribute-ruler matcher must find exactly what spaCy's Matcher finds."""

from __future__ import annotations

import importlib

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, LEMMA, MORPH, NORM, POS, TAG
from spacy.pipeline import AttributeRuler

from eventwire.nlp.fast_rules import _compile, _match, _set_annotations, speed_up_attribute_ruler

VARIED_TEXT = (
    "The minister said that she ain't leaving, and nothin' would change that.\n\n"
    "  They've been told: we're not sure if it's over, because I'm tired and you'd agree.\n"
    "Ca n't stop now; gon na win, wanna bet?  A lot of people -- 3,000 -- came.\t\n"
)


def _blank_ruler(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_fast_rules_match_spacys_matcher_on_the_models_ruler(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(VARIED_TEXT)
    expected = AttributeRuler.match(ruler, doc)
    assert len(expected) > 20
    assert _match(doc, _compile(ruler)) == expected


def test_fast_rules_give_the_models_own_annotations(nlp):
    package = nlp.meta["lang"] + "_" + nlp.meta["name"]
    plain = importlib.import_module(package).load()
    assert isinstance(plain.get_pipe("attribute_ruler").match.__self__, AttributeRuler)  # not sped up
    ours, theirs = nlp(VARIED_TEXT), plain(VARIED_TEXT)
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in ours] == \
           [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in theirs]


def test_fast_rules_handle_sets_negated_sets_and_regexes():
    nlp, ruler = _blank_ruler([
        {"patterns": [[{"LOWER": {"IN": ["ai", "ca"]}}, {"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "x"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}]], "attrs": {"NORM": "y"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"NORM": "_"}, "index": 0},
    ])
    doc = nlp.make_doc("The  cat ai n't here, ca nt go.")
    expected = AttributeRuler.match(ruler, doc)
    assert {end - start for _, _, start, end in expected} == {1, 2}
    assert _match(doc, _compile(ruler)) == expected


def test_fast_rules_match_nothing_in_an_empty_doc(nlp):
    assert _match(nlp.make_doc(""), _compile(nlp.get_pipe("attribute_ruler"))) == []


@pytest.mark.parametrize("unsupported", [{"LOWER": "a", "OP": "?"}, {"LENGTH": 3}, {"TEXT": {"FUZZY": "cat"}}])
def test_fast_rules_leave_a_ruler_they_cannot_express_alone(unsupported):
    nlp, ruler = _blank_ruler([{"patterns": [[unsupported]], "attrs": {"NORM": "z"}}])
    assert speed_up_attribute_ruler(nlp) is False
    assert "match" not in vars(ruler)


def test_fast_rules_set_the_annotations_spacy_sets(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        ours, theirs = nlp(VARIED_TEXT), nlp(VARIED_TEXT)
    matches = _match(ours, _compile(ruler))
    _set_annotations(ruler, ours, matches)
    AttributeRuler.set_annotations(ruler, theirs, matches)
    columns = [TAG, POS, MORPH, LEMMA, NORM, DEP, ENT_IOB]
    assert numpy.array_equal(ours.to_array(columns), theirs.to_array(columns))
    assert any(token.pos_ == "AUX" for token in ours)


def test_fast_rules_let_later_rules_win_on_one_token():
    nlp, ruler = _blank_ruler([
        {"patterns": [[{"LOWER": "cat"}]], "attrs": {"NORM": "first", "LEMMA": "kept"}},
        {"patterns": [[{"LOWER": "the"}, {"LOWER": "cat"}]], "attrs": {"NORM": "second"}, "index": -1},
    ])
    speed_up_attribute_ruler(nlp)
    cat = nlp("the cat")[1]
    assert (cat.norm_, cat.lemma_) == ("second", "kept")


def test_fast_rules_leave_lexeme_attributes_to_spacy():
    nlp, ruler = _blank_ruler([{"patterns": [[{"LOWER": "cat"}]], "attrs": {"IS_STOP": True}}])
    assert speed_up_attribute_ruler(nlp) is True
    assert "set_annotations" not in vars(ruler)
    assert nlp("the cat")[1].is_stop
