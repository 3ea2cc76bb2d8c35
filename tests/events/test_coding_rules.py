"""Second-round coding rules: gifts and their purposes, punishments and their charges, stopping a conflict,
and verbs whose object decides whether they report an event at all. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.document import Document
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(stages=["entities", "actors", "quotes", "events"], nlp=nlp)


def types_of(pipeline, text: str) -> dict[str, object]:
    document = Document(text=text)
    return {e.type: e for e in pipeline.apply(document, pipeline.nlp(text)).events}


def test_coding_rules_gift_purpose_is_aid_given_not_an_intent(pipeline):
    found = types_of(pipeline, "The Japanese government gave 40 rifles to the Kenyan army to help it guard the border.")
    assert set(found) == {"AID"} and not found["AID"].hypothetical


def test_coding_rules_money_contributed_is_aid(pipeline):
    assert set(types_of(pipeline, "Canada contributed $12 million to the Sudanese refugee agency last year.")) == {"AID"}


def test_coding_rules_charge_of_a_punishment_is_no_second_event(pipeline):
    found = types_of(pipeline, "A court in Lagos jailed a Ghanaian trader for helping rebels recruit fighters.")
    assert set(found) == {"COERCE"}


def test_coding_rules_halting_fighting_is_no_assault(pipeline):
    found = types_of(pipeline, "Colombian troops and the rebels halted the fighting in the eastern province.")
    assert "ASSAULT" not in found and "RETREAT" in found


def test_coding_rules_striking_a_deal_is_an_agreement(pipeline):
    assert set(types_of(pipeline, "The Brazilian government struck a deal with Paraguay over the dam.")) == {"AGREE"}


def test_coding_rules_declining_to_comment_is_no_rejection(pipeline):
    assert "REJECT" not in types_of(pipeline, "The Egyptian foreign ministry declined to comment on the report.")


def test_coding_rules_removing_sanctions_is_retreat(pipeline):
    found = types_of(pipeline, "The Canadian government removed the sanctions on four Iranian banks.")
    assert set(found) == {"RETREAT"}


def test_coding_rules_charged_with_a_crime_is_accuse(pipeline):
    assert "ACCUSE" in types_of(pipeline, "Prosecutors in Ankara charged the Greek journalist with espionage.")


def test_coding_rules_deploying_observers_is_no_mobilisation(pipeline):
    assert "MOBILIZE" not in types_of(pipeline, "The African Union deployed election observers to Malawi.")


def test_coding_rules_fighting_an_epidemic_is_no_assault(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "Germany sent doctors to Guinea to fight the cholera epidemic.")


def test_coding_rules_rejected_accusation_is_no_event(pipeline):
    assert types_of(pipeline, "The Chinese government rejected accusations of forced labour in its western region.") == {}


def test_coding_rules_verbal_defence_of_a_policy_is_support(pipeline):
    found = types_of(pipeline, "The Turkish foreign minister defended Azerbaijan's military operation in the region.")
    assert set(found) == {"SUPPORT"}


def test_coding_rules_armed_defence_is_no_support(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Ukrainian soldiers defended the city against Russian attacks.")


def test_coding_rules_capturing_a_town_is_coerce(pipeline):
    found = types_of(pipeline, "Syrian government forces captured the town of Saraqeb from the rebels.")
    assert found["COERCE"].cameo == "192"


def test_coding_rules_closing_a_border_is_coerce(pipeline):
    assert set(types_of(pipeline, "Niger closed its border with Benin after the coup.")) == {"COERCE"}


def test_coding_rules_going_on_strike_is_protest(pipeline):
    assert set(types_of(pipeline, "Dock workers in Rotterdam went on strike over pay.")) == {"PROTEST"}


def test_coding_rules_holding_discussions_is_consult(pipeline):
    found = types_of(pipeline, "The Kenyan president held discussions with his Tanzanian counterpart in Arusha.")
    assert set(found) == {"CONSULT"}


def test_coding_rules_coordinated_verbs_share_the_target(pipeline):
    found = types_of(pipeline, "The Kenyan army attacked and then occupied the Somali border town of Dhobley.")
    assert found["ASSAULT"].target is not None and found["ASSAULT"].target.code.startswith("SOM")


def test_coding_rules_purpose_clause_takes_the_summoned_as_target(pipeline):
    text = "The Nigerian foreign minister summoned the Ghanaian ambassador to complain about the border incident."
    assert types_of(pipeline, text)["ACCUSE"].target.code.startswith("GHA")


def test_coding_rules_second_content_clause_of_an_allegation_is_absorbed(pipeline):
    text = ("A report published in Kigali alleged that Belgium knew of the plot, and that Belgian soldiers helped "
            "to plan and carry out the killings.")
    assert set(types_of(pipeline, text)) == {"ACCUSE"}


def test_coding_rules_failing_to_reach_agreement_is_reject(pipeline):
    found = types_of(pipeline, "The Dutch and Russian negotiators failed to reach agreement on the pipeline.")
    assert set(found) == {"REJECT"} and not found["REJECT"].negated


def test_coding_rules_call_for_sanctions_is_verbal_conflict(pipeline):
    found = types_of(pipeline, "The Greek foreign minister called for sanctions against Turkey.")
    assert found["REQUEST"].quad == 3


def test_coding_rules_reducing_aid_is_sanction(pipeline):
    assert set(types_of(pipeline, "Germany reduced military aid to Mali last year.")) == {"SANCTION"}


def test_coding_rules_claiming_responsibility_for_an_attack_is_no_assault(pipeline):
    text = "The Al Qaeda-linked militant group claimed responsibility for a deadly attack on a hotel in Mogadishu."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_coding_rules_returning_bodies_is_retreat_return(pipeline):
    found = types_of(pipeline, "The Lebanese government returned the bodies of three Israeli soldiers to Israel.")
    assert found["RETREAT"].cameo == "0842" and found["RETREAT"].target.code.startswith("ISR")


def test_coding_rules_returning_to_barracks_is_no_event(pipeline):
    assert types_of(pipeline, "The Turkish army returned to its barracks in Ankara.") == {}


def test_coding_rules_sending_peacekeepers_is_aid(pipeline):
    found = types_of(pipeline, "Kosovo sent peacekeepers to Lebanon.")
    assert set(found) == {"AID"} and found["AID"].cameo == "074"



def test_coding_rules_participle_identifying_a_noun_is_no_event(pipeline):
    assert set(types_of(pipeline, "Israel on Tuesday freed a Hamas lawmaker jailed two years ago.")) == {"RETREAT"}


def test_coding_rules_existential_participle_is_an_event(pipeline):
    assert "ASSAULT" in types_of(pipeline, "There were twelve Chadian soldiers killed near the border on Friday.")


def test_coding_rules_damage_by_protesters_is_a_violent_protest(pipeline):
    found = types_of(pipeline, "Angry demonstrators torched the French consulate in Dakar.")
    assert set(found) == {"PROTEST"} and found["PROTEST"].mode == "riot"


def test_coding_rules_weapons_fired_by_protesters_stay_an_attack(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Protesters fired rockets at the Israeli embassy.")


def test_coding_rules_pressure_from_an_actor_is_a_demand(pipeline):
    found = types_of(pipeline, "The Indian minister faced pressure from Pakistan to reopen the border.")
    assert set(found) == {"REQUEST"}


def test_coding_rules_giving_in_to_demands_is_a_concession(pipeline):
    assert set(types_of(pipeline, "The Chilean government gave in to demands from striking copper miners.")) == {
        "CONCEDE"}


def test_coding_rules_meeting_demands_is_not_a_meeting(pipeline):
    assert set(types_of(pipeline, "Thailand met the demands of the Cambodian government.")) == {"CONCEDE"}


def test_coding_rules_hostile_act_announced_by_its_own_side_is_a_threat(pipeline):
    found = types_of(pipeline, "The Turkish foreign minister said Ankara would impose sanctions on Syria.")
    assert set(found) == {"THREATEN"} and found["THREATEN"].hypothetical


def test_coding_rules_hostile_act_forecast_by_others_is_no_threat(pipeline):
    assert "THREATEN" not in types_of(pipeline, "Analysts said Russia could invade Ukraine.")


def test_coding_rules_hyphenated_participle_is_no_event(pipeline):
    assert set(types_of(pipeline, "Iran-backed militias attacked a US base in Syria.")) == {"ASSAULT"}


def test_coding_rules_event_in_time_clause_is_background(pipeline):
    text = "Italy suspended flights to Serbia on Wednesday, one day after a Serbian army jet shot down a helicopter."
    assert set(types_of(pipeline, text)) == {"SANCTION"}


def test_coding_rules_background_event_kept_when_sentence_has_no_other(pipeline):
    text = "Two weeks after rebels kidnapped dozens of Kenyan aid workers, the situation remains tense."
    assert "ASSAULT" in types_of(pipeline, text)


def test_coding_rules_conflict_named_as_topic_of_talks_is_no_event(pipeline):
    assert set(types_of(pipeline, "Putin held talks with Erdogan on the war in Syria.")) == {"CONSULT"}
