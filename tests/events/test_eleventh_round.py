"""Eleventh-round rules (issue #4, read on 200 new real news articles): purposes, opinions and attraction are no
cooperation; accepting needs terms; quoted commands; help to a candidate. Sentences written for eventwire."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.modality import modality
from tests.events.helpers import events_of, of_type


def types_in(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


def test_modality_a_purpose_after_an_act_is_no_intent(pipeline):
    text = "The Kenyan government raised new taxes to support schools in Uganda."
    assert "AGREE" not in types_in(pipeline, text)


def test_modality_a_purpose_after_a_journey_is_an_intent(pipeline):
    text = "The Japanese foreign minister travelled to Seoul to help South Korean flood victims."
    assert of_type(events_of(pipeline, text), "AGREE")[0].hypothetical


def test_nonevents_agreeing_that_something_is_so_is_an_opinion(pipeline):
    text = "Russian and Chinese officials agreed that the sanctions against Iran were unfair."
    assert "AGREE" not in types_in(pipeline, text)


def test_nonevents_agreeing_with_a_point_is_an_opinion(pipeline):
    text = "The Russian foreign minister agreed with the point made by his Chinese counterpart."
    assert "AGREE" not in types_in(pipeline, text)


def test_vocabulary_accepting_a_nomination_is_no_agreement(pipeline):
    text = "The Kenyan president accepted the nomination of his party on Monday."
    assert "AGREE" not in types_in(pipeline, text)


def test_vocabulary_accepting_a_proposal_is_an_agreement(pipeline):
    event = of_type(events_of(pipeline, "Iran accepted the proposal from France on Monday."), "AGREE")[0]
    assert event.source.code.startswith("IRN")


def test_triggers_refugees_read_as_a_clause_subject_are_the_object(pipeline):
    text = "Bangladesh will not accept Rohingya refugees fleeing the violence in Myanmar."
    assert of_type(events_of(pipeline, text), "REJECT")


def test_vocabulary_an_appeal_that_asks_nothing_is_attraction(pipeline):
    text = "The French president broadened his appeal in Lyon."
    assert "REQUEST" not in types_in(pipeline, text)


def test_vocabulary_an_appeal_for_aid_is_a_request(pipeline):
    text = "The Kenyan government launched an appeal for aid to flood victims."
    assert "REQUEST" in types_in(pipeline, text)


def test_modality_a_quoted_command_is_hypothetical(pipeline):
    text = "Protesters in Caracas chanted \u201cArrest the Venezuelan president!\u201d outside the palace."
    assert all(e.hypothetical for e in of_type(events_of(pipeline, text), "COERCE"))


def test_figurative_help_to_a_candidate_is_no_aid(pipeline):
    text = "President Obama helped Hillary Clinton in the Democratic primary."
    assert "AID" not in types_in(pipeline, text)


def test_figurative_help_to_troops_stays_aid(pipeline):
    text = "The United States helped Iraqi troops in their campaign against the militants."
    assert "AID" in types_in(pipeline, text)


def test_vocabulary_a_charging_document_is_no_complaint(pipeline):
    text = "The Kenyan police arrested him two days later, according to the complaint."
    assert "ACCUSE" not in types_in(pipeline, text)


def test_vocabulary_a_danger_to_security_is_no_threat(pipeline):
    text = "The Kenyan minister's rhetoric threatens national security, Ugandan officials said."
    assert "THREATEN" not in types_in(pipeline, text)


def test_vocabulary_appealing_to_voters_without_asking_is_no_request(pipeline):
    text = "The Kenyan president sought to appeal to younger Ugandans on Tuesday."
    assert "REQUEST" not in types_in(pipeline, text)


def test_vocabulary_appealing_to_someone_to_act_is_a_request(pipeline):
    text = "The Kenyan president appealed to Ugandan rebels to lay down their arms."
    assert "REQUEST" in types_in(pipeline, text)


def test_nonevents_conceding_that_something_is_so_is_no_concession(pipeline):
    text = "The Kenyan minister conceded that Uganda had a stronger economy."
    assert "CONCEDE" not in types_in(pipeline, text)


def test_vocabulary_cracking_down_on_transactions_is_no_repression(pipeline):
    text = "The Kenyan government cracked down on such transactions by Ugandan banks."
    assert "ASSAULT" not in types_in(pipeline, text)


def test_vocabulary_executing_a_plan_flawlessly_is_no_killing(pipeline):
    text = "The Kenyan president's team executed this flawlessly during the tour of Uganda."
    assert "ASSAULT" not in types_in(pipeline, text)


def test_vocabulary_executing_prisoners_is_a_killing(pipeline):
    assert "ASSAULT" in types_in(pipeline, "Iran executed two political prisoners on Monday.")


def test_vocabulary_occupying_the_spotlight_is_no_occupation(pipeline):
    text = "The Kenyan president and the Ugandan president occupied the spotlight in Nairobi."
    assert "COERCE" not in types_in(pipeline, text)


def test_triggers_discussing_a_topic_alone_is_no_meeting(pipeline):
    text = "A new plea agreement is being discussed for the Kenyan minister."
    assert "CONSULT" not in types_in(pipeline, text)


def test_triggers_leaders_discussing_together_is_a_meeting(pipeline):
    text = "The Kenyan and Ugandan presidents discussed the border dispute in Nairobi."
    assert "CONSULT" in types_in(pipeline, text)


def test_modality_the_first_to_act_reports_the_act(nlp):
    # the parser sometimes hangs "to apologize" on "became" as a purpose: the ranked noun still reports the act
    words = ["Kenya", "became", "the", "first", "state", "to", "apologize"]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 4, 4, 1, 6, 1],
              deps=["nsubj", "ROOT", "det", "amod", "attr", "aux", "advcl"],
              lemmas=["Kenya", "become", "the", "first", "state", "to", "apologize"])
    assert not modality(doc[6]).hypothetical


def test_vocabulary_belittling_a_rival_is_criticism(pipeline):
    assert "ACCUSE" in types_in(pipeline, "The Kenyan president belittled the Ugandan president on Monday.")


def test_vocabulary_rejecting_an_idea_denies_a_statement(pipeline):
    text = "The Kenyan minister rejected the idea that Uganda would win the dispute."
    assert "REJECT" not in types_in(pipeline, text)


def test_vocabulary_defying_expectations_is_no_defiance(pipeline):
    text = "The Kenyan government's recovery has defied the expectations of Ugandan officials."
    assert "REJECT" not in types_in(pipeline, text)


def test_vocabulary_pulling_out_a_passenger_is_no_withdrawal(pipeline):
    text = "A Kenyan police officer dove into the river and pulled out one passenger."
    assert "RETREAT" not in types_in(pipeline, text)


def test_vocabulary_defending_ones_vote_is_no_support(pipeline):
    text = "The Kenyan senator defended his vote on the Ugandan border treaty."
    assert "SUPPORT" not in types_in(pipeline, text)


def test_vocabulary_mobilizing_candidates_is_no_show_of_force(pipeline):
    text = "Kenyan party officials attempted to mobilize delegate candidates in Nairobi."
    assert "MOBILIZE" not in types_in(pipeline, text)


def test_vocabulary_mobilizing_police_is_a_show_of_force(pipeline):
    assert "MOBILIZE" in types_in(pipeline, "Guatemala mobilized police and military to the area.")
