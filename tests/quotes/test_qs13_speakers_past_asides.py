"""A cue after an aside, or conjoined to a verb of someone's reported clause, speaks for the one who reports."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.quotes.stage import QuoteStage
from tests.quotes.helpers import quote_strings

ASIDE = ('Okafor suggested that the ferry plan was unserious - "We need to see the details," she said - and charged '
         'that the harbour board would lose the summer service.')

#: 'Marsh said it was early but added, "The cables are safe."', parsed with "added" conjoined to "was", a verb of
#: Marsh's reported clause (whose subject "it" the parse would lend it), not to "said".
WORDS = ["Marsh", "said", "it", "was", "early", "but", "added", ",", '"', "The", "cables", "are", "safe", ".", '"']
SPACES = [True, True, True, True, True, True, False, True, False, True, True, True, False, False, False]
HEADS = [1, 1, 3, 1, 3, 3, 3, 6, 6, 10, 11, 6, 11, 11, 1]
DEPS = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "cc", "conj", "punct", "punct", "det", "nsubj", "ccomp", "acomp",
        "punct", "punct"]
POS = ["PROPN", "VERB", "PRON", "AUX", "ADJ", "CCONJ", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT",
       "PUNCT"]
TAGS = ["NNP", "VBD", "PRP", "VBD", "JJ", "CC", "VBD", ",", "``", "DT", "NNS", "VBP", "JJ", ".", "''"]
LEMMAS = ["Marsh", "say", "it", "be", "early", "but", "add", ",", '"', "the", "cable", "be", "safe", ".", '"']


def test_a_cue_after_an_aside_speaks_for_the_clause_the_aside_interrupts(pipeline):
    found = quote_strings(pipeline, ASIDE, with_cue=True)
    assert ("that the harbour board would lose the summer service", "charged", "Okafor") in found, found


def test_a_verb_conjoined_inside_a_reported_clause_speaks_for_the_reporter(nlp):
    parsed = Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS, lemmas=LEMMAS)
    document = Document(text=parsed.text, id="t")
    QuoteStage(veto_strays=False)(document, parsed)
    added = next(q for q in document.quotes if document.span_text(q.cue) == "added")
    assert document.span_text(added.speaker) == "Marsh"


def test_the_subject_after_a_reporting_verb_set_off_by_commas_speaks(pipeline):
    text = "The ferry plan, said harbour chief Marta Okafor, would cost the town its winter service."
    found = quote_strings(pipeline, text, with_cue=True)
    assert [speaker for _, cue, speaker in found if cue == "said"] == ["harbour chief Marta Okafor"], found
