"""Speaker phrases and the names they stand for, in sentence shapes the parse makes awkward."""

from __future__ import annotations

from eventwire.quotes import QuoteStage
from tests.conftest import parse


def _quotes(nlp, text: str):
    document, parsed = parse(nlp, text)
    QuoteStage(None)(document, parsed)
    return document.quotes


def test_quotes_second_relative_clause_speaks_for_the_noun_it_describes(nlp):
    text = ("Voters cheered Marta Olsen, a nurse who runs the ward council and who said the clinic "
            "needed a new wing.")
    said = [q for q in _quotes(nlp, text) if text[q.cue[0]:q.cue[1]] == "said"]
    assert [q.speaker_text for q in said] == ["Marta Olsen"]


def test_quotes_speaker_name_leaves_out_the_relative_clause_around_the_cue(nlp):
    text = "The plan was opposed by the harbour board, which said it cost too much."
    said = [q for q in _quotes(nlp, text) if text[q.cue[0]:q.cue[1]] == "said"]
    assert [q.speaker_text for q in said] == ["harbour board"]


def test_quotes_speaker_name_leaves_out_a_relative_clause_before_the_cue(nlp):
    text = "Outside the depot a driver who had waited all night said the buses were late again."
    assert [q.speaker_text for q in _quotes(nlp, text)] == ["driver"]
