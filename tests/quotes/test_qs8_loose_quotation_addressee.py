"""'"...," Okafor, 58, told Reuters': when the parser leaves the quotation loose and hangs the name before the verb
elsewhere, the name after the verb is whom the words were told to, not the speaker (a parse built by hand, as the
parser gives it to such a sentence only now and then)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes.attribution import find_attributions

WORDS = ["“", "We", "were", "wrong", "to", "wait", ",", "”", "Okafor", ",", "58", ",", "told", "Reuters", "on",
         "Monday", "."]
SPACES = [False, True, True, True, True, False, False, True, False, True, False, True, True, True, True, False, False]
HEADS = [2, 2, 2, 2, 5, 3, 2, 8, 2, 8, 8, 8, 2, 12, 12, 14, 2]
DEPS = ["punct", "nsubj", "ROOT", "acomp", "aux", "xcomp", "punct", "punct", "conj", "punct", "appos", "punct",
        "conj", "dobj", "prep", "pobj", "punct"]
POS = ["PUNCT", "PRON", "AUX", "ADJ", "PART", "VERB", "PUNCT", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB",
       "PROPN", "ADP", "PROPN", "PUNCT"]
TAGS = ["``", "PRP", "VBD", "JJ", "TO", "VB", ",", "''", "NNP", ",", "CD", ",", "VBD", "NNP", "IN", "NNP", "."]
LEMMAS = ["“", "we", "be", "wrong", "to", "wait", ",", "”", "Okafor", ",", "58", ",", "tell", "Reuters", "on",
          "Monday", "."]


def test_the_name_after_a_loose_quotations_verb_is_no_speaker_when_one_is_named_before(nlp):
    parsed = Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS)
    parsed.ents = [Span(parsed, 8, 9, label="PERSON"), Span(parsed, 13, 14, label="ORG"),
                   Span(parsed, 15, 16, label="DATE")]
    text = parsed.text
    found = quotations(text, [(0, len(text))])
    told = [a for a in find_attributions(parsed, text, found, inside_mask(text, found)) if a.cue_token.text == "told"]
    assert [a.speaker.text for a in told] == ["Okafor"]
