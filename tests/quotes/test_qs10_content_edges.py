"""Where a content ends: not on the blank after its sentence, not past a closing "according to" source that the
outlet goes on after, not over a participle after a quotation's closing comma; past a "that" clause the parser
conjoined to the cue."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.document import Document
from tests.quotes.helpers import frame_contents, frame_named


def _quotes(pipeline, text: str) -> list[tuple[str, str, list]]:
    document = next(iter(pipeline.annotate([Document(text=text, id="t")])))
    return [(text[q.content[0]:q.content[1]], text[q.cue[0]:q.cue[1]], q.content_parts) for q in document.quotes]


def test_a_blank_after_the_source_is_no_part_of_the_content(pipeline):
    text = ("Ferry fares rose by a third in 2019, according to the harbour authority.\u00a0\n\n"
            "The council met on Monday.")
    assert _quotes(pipeline, text) == [("Ferry fares rose by a third in 2019", "according to", [])]


def test_what_the_outlet_adds_after_a_closing_source_is_not_the_sources(pipeline):
    text = ("Ridership fell by 12 percent last winter, according to the transit board, but the new line has drawn "
            "commuters back.")
    assert [content for content, _, _ in _quotes(pipeline, text)] == ["Ridership fell by 12 percent last winter"]


def test_a_clause_conjoined_after_a_closing_source_stays_the_sources(pipeline):
    text = "Ridership fell by 12 percent last winter, according to the transit board, and fares rose by a fifth."
    (content, _, parts), = _quotes(pipeline, text)
    assert content.endswith("and fares rose by a fifth") and len(parts) == 2


def test_a_participle_after_a_quotations_closing_comma_is_not_the_clauses(pipeline):
    text = 'Okafor said things "should be settled by Easter," referring to the harbour vote.'
    assert _quotes(pipeline, text)[0][:2] == ('things "should be settled by Easter,"', "said")


def test_a_that_clause_conjoined_to_the_cue_is_reported_too(nlp):
    words = ["Okafor", "said", "that", "fares", "would", "rise", ",", "and", "that", "the", "ferry", "would",
             "stay", "."]
    parsed = Doc(nlp.vocab, words=words, heads=[1, 1, 5, 5, 5, 1, 1, 1, 12, 10, 12, 12, 1, 1],
                 deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", "cc", "mark", "det", "nsubj",
                       "aux", "conj", "punct"],
                 pos=["PROPN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT", "CCONJ", "SCONJ", "DET", "NOUN",
                      "AUX", "VERB", "PUNCT"],
                 lemmas=[w.lower() for w in words[:1]] + ["say"] + [w.lower() for w in words[2:]])
    frame = frame_named(parsed, "said", "ccomp")
    assert frame_contents(parsed, frame) == ["that fares would rise , and that the ferry would stay"]
