"""Events on unseen news (issue #4, round ev39): general error classes found on real news, each fixed by a rule
with a reason in the CAMEO/PLOVER definitions. Each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# a share of a population holding a stance is a survey finding, no actor who acted (patterns.yaml survey_shares)
def test_a_share_of_voters_blaming_someone_is_a_poll(pipeline):
    assert types_of(pipeline, "In the new survey, 41 percent of Kenyans blame President Ruto for the drought.") \
        == set()


def test_a_share_of_voters_backing_someone_is_a_poll(pipeline):
    assert types_of(pipeline, "In the poll, 46 percent of Kenyans praise the Ugandan president.") == set()


def test_a_share_of_workers_on_strike_still_acts(pipeline):
    assert "PROTEST" in types_of(pipeline, "More than 60 percent of the Kenyan teachers went on strike on Monday.")


# a campaigner's attack noun at no coded actor is words, political cue or not (figurative._is_verbal_attack)
def test_a_senators_attacks_are_criticism(pipeline):
    events = events_of(pipeline, "Marco Rubio's attacks have hardened old stereotypes.", "2016-03-01")
    assert {e.type for e in events} == {"ACCUSE"}


# "was met with" is how something was received, no meeting (blocked_passive_preps)
def test_met_with_in_the_passive_is_a_reception(pipeline):
    assert "CONSULT" not in types_of(pipeline, "The Kenyan plan was met with jeers and pinatas in Uganda.")


def test_meeting_with_someone_is_still_a_meeting(pipeline):
    assert "CONSULT" in types_of(pipeline, "Kenya's foreign minister met with his Ugandan counterpart.")


# soliciting someone to act asks them to (CAMEO 02)
def test_soliciting_someone_to_act_is_a_request(pipeline):
    assert "REQUEST" in types_of(pipeline, "The Nigerian government solicited the oil firms to fund the clinics.")


# private contracts bind a person or a firm: no formal agreement (private_contracts)
def test_a_nondisclosure_agreement_is_no_formal_agreement(pipeline):
    assert types_of(pipeline, "The aide signed a nondisclosure agreement with Governor Okafor of Lagos.") == set()


def test_being_under_a_confidentiality_agreement_is_no_agreement(pipeline):
    assert types_of(pipeline, "I am under a strict confidentiality agreement with President Ruto.") == set()


def test_a_treaty_signed_is_still_a_formal_agreement(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Kenya and Ethiopia signed a border agreement on Monday.")


# releasing a vessel gives back property (0842); publishing orders frees no one
def test_releasing_a_ship_returns_property(pipeline):
    assert {e.cameo for e in of_type(events_of(pipeline, "Iran released the Greek tanker on Friday."), "RETREAT")} \
        == {"0842"}


def test_releasing_executive_orders_frees_no_one(pipeline):
    assert types_of(pipeline, "The Kenyan president is set to release a series of orders on land.") == set()


# words that only say someone was criticised, or praised
def test_eviscerating_someone_is_criticism(pipeline):
    assert "ACCUSE" in types_of(pipeline, "The Ghanaian opposition eviscerated the finance minister on Tuesday.")


def test_lauding_someone_is_praise(pipeline):
    assert "SUPPORT" in types_of(pipeline, "The Kenyan senator lauded the Ugandan president.")


# what an act answers was done before, by another: background, and not the answering side's act (reaction_phrases)
def test_the_act_retaliated_for_is_not_the_retaliators(pipeline):
    events = events_of(pipeline, "Russia expelled two British diplomats in retaliation for the expulsion of "
                                 "Russian envoys.")
    assert [(e.type, e.target.code[:3]) for e in events] == [("SANCTION", "GBR")]


def test_the_killing_responded_to_is_not_the_responders(pipeline):
    events = events_of(pipeline, "Israeli jets bombed Hamas positions in response to the killing of two soldiers.")
    assert [e.cameo for e in events] == ["195"]


def test_a_reaction_alone_still_reports_the_act_answered(pipeline):
    # the act answered is kept when the sentence reports nothing else (background), with no doer from the clause
    events = events_of(pipeline, "Her response to the attack on the Kenyan embassy was slow.")
    assert [(e.type, e.source) for e in events] == [("ASSAULT", None)]


# "anyone who ..." is no one in particular (generic_subjects)
def test_anyone_who_criticizes_is_no_actor(pipeline):
    assert types_of(pipeline, "Anyone who criticizes the Kenyan president is taking a risk.") == set()


# a talk given is a speech, no talks with anyone
def test_a_pep_talk_given_is_no_meeting(pipeline):
    assert types_of(pipeline, "The Kenyan senator stopped by his office to give a pep talk to volunteers.") == set()


# a willingness or readiness to meet is an intent to meet (AGREE 036, hypothetical)
def test_a_readiness_to_hold_talks_is_an_intent(pipeline):
    event = of_type(events_of(pipeline, "Ghana expressed its readiness to hold talks with Togo."), "AGREE")[0]
    assert event.hypothetical and event.cameo == "036"


# what people gather to do they do there: a meeting held, not an intent (gathering_heads)
def test_ministers_gathered_to_discuss_held_a_meeting(pipeline):
    events = events_of(pipeline, "Kenyan and Ugandan ministers gathered in Nairobi to discuss the border dispute.")
    assert {(e.type, e.hypothetical) for e in events} == {("CONSULT", False)}


# an agreement named "with" someone and nothing more is a known agreement discussed; one reached is news
def test_an_agreement_discussed_is_no_new_agreement(pipeline):
    assert types_of(pipeline, "The senator said the Kenyan agreement with Somalia is bad for Kenya.") == set()


def test_an_agreement_reached_is_news(pipeline):
    assert "AGREE" in types_of(pipeline, "Kenya reached an agreement with Somalia on the border.")


# lobbying someone to do something asks them to
def test_lobbying_someone_to_act_is_a_request(pipeline):
    assert "REQUEST" in types_of(pipeline, "The Kenyan governors lobbied the president to veto the tax bill.")


# what someone is praised or thanked "for" is the act of the one praised (verdict_verbs)
def test_the_act_praised_is_done_by_the_one_praised(pipeline):
    aid = of_type(events_of(pipeline, "Kenya thanked the UN for sending aid."), "AID")
    assert [e.source.code for e in aid] == ["IGOUNO"]
