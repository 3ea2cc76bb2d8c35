"""A reporter the parse found in another paragraph (a headline run into the first sentence) gives way to the
nearest mention in the cue's own paragraph, and a speaker phrase never reaches over a paragraph break."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.quotes.stage import QuoteStage

#: "Okafor: Tunnel Opens Late", then the story, parsed as one sentence whose "said" has the headline's name as its
#: subject and the story's "harbour chief Marta Okafor" in apposition to it.
WORDS = ["Okafor", ":", "Tunnel", "Opens", "Late", "\n\n", "On", "Tuesday", ",", "harbour", "chief", "Marta",
         "Okafor", "said", "the", "tunnel", "would", "open", "in", "May", "."]
SPACES = [False, True, True, True, False, False, True, False, True, True, True, True, True, True, True, True, True,
          True, True, False, False]
HEADS = [13, 0, 0, 2, 3, 4, 13, 6, 13, 10, 12, 12, 0, 13, 15, 17, 17, 13, 17, 18, 13]
DEPS = ["nsubj", "punct", "appos", "acl", "advmod", "dep", "prep", "pobj", "punct", "compound", "compound",
        "compound", "appos", "ROOT", "det", "nsubj", "aux", "ccomp", "prep", "pobj", "punct"]
POS = ["PROPN", "PUNCT", "PROPN", "VERB", "ADV", "SPACE", "ADP", "PROPN", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN",
       "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
TAGS = ["NNP", ":", "NNP", "VBZ", "RB", "_SP", "IN", "NNP", ",", "NN", "NN", "NNP", "NNP", "VBD", "DT", "NN", "MD",
        "VB", "IN", "NNP", "."]
LEMMAS = [w.lower() for w in WORDS[:13]] + ["say"] + [w.lower() for w in WORDS[14:]]


def test_a_headlines_name_is_not_the_reporter_of_the_story_below(nlp):
    parsed = Doc(nlp.vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS, pos=POS, tags=TAGS,
                 lemmas=LEMMAS)
    document = Document(text=parsed.text, id="t")
    QuoteStage(veto_strays=False)(document, parsed)
    said = next(q for q in document.quotes if document.span_text(q.cue) == "said")
    assert document.span_text(said.speaker) == "harbour chief Marta Okafor"
    assert "Tunnel" not in said.speaker_text
