"""How the cue table is learnt and how frames cut their content: credit, quoted cues, widened frames."""

from __future__ import annotations

import pytest

from eventwire.quotes.frames import fallback_speaker, frames_of, speaker_of, token_span
from eventwire.quotes.train_cues import _credit, count_frames


def _frame(parsed, cue_text: str, name: str):
    cue = next(t for t in parsed if t.text == cue_text)
    return next(f for f in frames_of(cue) if f.name == name)


def _text(parsed, frame) -> str:
    start, end = token_span(parsed, frame.content[0])
    return parsed.text[start:end]


def test_quotes_train_credit_is_the_scorers_token_f1():
    text = "the talks will start soon"
    assert _credit(text, [(0, 9)], [[(0, 25)]]) == pytest.approx(2 * 2 / (2 + 5))


def test_quotes_train_credit_is_zero_below_a_clear_overlap():
    text = "the talks will start soon"
    assert _credit(text, [(0, 3)], [[(0, 25)]]) == 0.0


def test_quotes_train_skips_cues_inside_quotation_marks(nlp):
    text = '"I believe the plan will work," the minister said.'
    line = {"text": text, "quotes": []}
    totals = count_frames([line], [nlp(text)]).totals
    assert not any(key.startswith("VERB:believe") for key in totals)
    assert any(key.startswith("VERB:say") for key in totals)


def test_quotes_widened_frame_takes_in_the_object(nlp):
    parsed = nlp("The senators urged the governor to resign before the election.")
    assert _text(parsed, _frame(parsed, "urged", "dobj+xcomp")) == "the governor to resign before the election"


def test_quotes_widened_frame_takes_in_a_passive_subject(nlp):
    parsed = nlp("The new bridge is expected to open next spring.")
    assert _text(parsed, _frame(parsed, "expected", "subj+xcomp")) == "The new bridge is expected to open next spring"


def test_quotes_content_drops_a_dangling_conjunction(nlp):
    parsed = nlp("It was too early to name winners but")
    assert parsed.text[slice(*token_span(parsed, (0, len(parsed))))] == "It was too early to name winners"


def test_quotes_noun_cue_takes_the_subject_of_its_light_verb(nlp):
    parsed = nlp("The council made a strong condemnation of the missile test on Friday.")
    cue = next(t for t in parsed if t.text == "condemnation")
    assert speaker_of(cue, "prep:of").text == "council"


def test_quotes_widened_frame_takes_in_the_object_of_a_naming_verb(nlp):
    parsed = nlp("The senator called the deal a disaster for workers.")
    assert _text(parsed, _frame(parsed, "called", "dobj+oprd")) == "the deal a disaster for workers"


def test_quotes_statement_saying_is_spoken_by_its_issuer(nlp):
    parsed = nlp("Senate leader Mitch McConnell issued a statement saying the vote would wait.")
    assert _frame(parsed, "saying", "ccomp").speaker.text == "McConnell"


def test_quotes_verb_without_parsed_subject_takes_the_name_before_it(nlp):
    parsed = nlp("In a speech in Palm Beach - Lewandowski continued to insist that he never met her.")
    assert _frame(parsed, "insist", "ccomp").speaker.text == "Lewandowski"


def test_quotes_parenthetical_cue_keys_record_how_it_hangs(nlp):
    parsed = nlp("The talks, he said, will resume next week.")
    assert _frame(parsed, "said", "rest").key == "VERB:say:rest/parataxis"


def test_quotes_marked_clause_frame_takes_the_clause_after_for(nlp):
    parsed = nlp("The union is calling for the city to reopen the harbour before winter.")
    frame = _frame(parsed, "calling", "advcl:for")
    assert _text(parsed, frame) == "the city to reopen the harbour before winter"
    assert [t.text for t in frame.cue_tokens] == ["calling", "for"]


def test_quotes_widened_frame_takes_in_a_prepositional_object(nlp):
    parsed = nlp("She called on the council to publish the audit.")
    assert _text(parsed, _frame(parsed, "called", "prep:on+xcomp")) == "the council to publish the audit"


def test_quotes_fallback_speaker_is_the_subject_of_the_copula(nlp):
    parsed = nlp("The growers are optimistic that the harvest will improve.")
    cue = next(t for t in parsed if t.text == "optimistic")
    assert speaker_of(cue, "ccomp") is None
    assert fallback_speaker(cue).text == "growers"


def test_quotes_fallback_speaker_is_the_passive_subject_of_a_raising_verb(nlp):
    parsed = nlp("The newspaper is expected to endorse the mayor.")
    cue = next(t for t in parsed if t.text == "endorse")
    assert fallback_speaker(cue).text == "newspaper"


def test_quotes_fallback_speaker_leaves_a_prepositional_phrase_for_its_verb(nlp):
    parsed = nlp("The farmers blocked the road in the hope of a better price.")
    cue = next(t for t in parsed if t.text == "hope")
    assert speaker_of(cue, "prep:of") is None
    assert fallback_speaker(cue).text == "farmers"


def test_quotes_passive_subject_is_the_content_of_a_passive_cue(nlp):
    parsed = nlp("The new tariff was denounced by the exporters.")
    frame = _frame(parsed, "denounced", "nsubjpass")
    assert _text(parsed, frame) == "The new tariff" and frame.speaker.text == "exporters"


def test_quotes_marked_clause_frame_may_keep_its_complementizer(nlp):
    parsed = nlp("Reporters asked the mayor if she would run again.")
    assert _text(parsed, _frame(parsed, "asked", "advcl:if+mark")) == "if she would run again"
    assert _text(parsed, _frame(parsed, "asked", "advcl:if")) == "she would run again"
