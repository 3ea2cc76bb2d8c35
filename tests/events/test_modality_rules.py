"""Modality: purposes, quoted commands, subjunctive demands and "we should / we must" - what is an intent,
a hypothetical act or an opinion rather than an act done. Sentences written for eventwire."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.modality import modality
from tests.events.helpers import events_of, of_type, types_of


def test_modality_a_purpose_after_an_act_is_no_intent(pipeline):
    text = "The Kenyan government raised new taxes to support schools in Uganda."
    assert "AGREE" not in types_of(pipeline, text)


def test_modality_a_purpose_after_a_journey_is_an_intent(pipeline):
    text = "The Japanese foreign minister travelled to Seoul to help South Korean flood victims."
    assert of_type(events_of(pipeline, text), "AGREE")[0].hypothetical


def test_modality_a_quoted_command_is_hypothetical(pipeline):
    text = "Protesters in Caracas chanted \u201cArrest the Venezuelan president!\u201d outside the palace."
    assert all(e.hypothetical for e in of_type(events_of(pipeline, text), "COERCE"))


def test_modality_the_first_to_act_reports_the_act(nlp):
    # the parser sometimes hangs "to apologize" on "became" as a purpose: the ranked noun still reports the act
    words = ["Kenya", "became", "the", "first", "state", "to", "apologize"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 4, 4, 1, 6, 1],
              deps=["nsubj", "ROOT", "det", "amod", "attr", "aux", "advcl"],
              lemmas=["Kenya", "become", "the", "first", "state", "to", "apologize"])
    assert not modality(doc[6]).hypothetical


def test_modality_a_subjunctive_demand_is_hypothetical(pipeline):
    text = "Several senators said a special prosecutor be appointed to investigate the Kenyan election commission."
    assert all(e.hypothetical for e in of_type(events_of(pipeline, text), "ACCUSE"))


def test_modality_what_we_must_do_is_an_opinion(pipeline):
    text = "\"As a region, we must help the Ugandan refugees,\" the Kenyan minister said."
    assert not types_of(pipeline, text) & {"AID", "REQUEST"}


def test_modality_we_must_not_forget_a_past_act(pipeline):
    text = "We must not forget that Hamas seized power in the Gaza Strip through a military coup."
    assert "COERCE" in types_of(pipeline, text)


def test_modality_named_speaker_we_should_is_his_hypothetical_act(pipeline):
    text = "Senator Jane Smith said we should attack the rebels in Syria."
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.hypothetical and "Jane Smith" in assault.source.text


def test_modality_unnamed_speaker_we_should_stays_an_opinion(pipeline):
    assert not events_of(pipeline, "He says we should attack the rebels in Syria.")
