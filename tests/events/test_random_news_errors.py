"""Kinds of error found by reading the events of random samples of news articles (thirtieth session on): what a
comparison names, a prefix that negates, a party's committee, a pension that is no police, a gun held up, crimes
committed, and courses only argued for. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


def test_random_news_errors_the_standard_of_a_comparison_is_no_target(pipeline):
    text = "Chile has expelled more diplomats than Peru this year."
    expulsion = of_type(events_of(pipeline, text), "SANCTION")[0]
    assert country(expulsion.target) != "PER"


def test_random_news_errors_a_non_prefixed_act_is_negated(pipeline):
    endorsements = [e for e in events_of(pipeline, "Sen. Ted Cruz's non-endorsement of Donald Trump angered delegates.")
                    if e.type == "SUPPORT"]
    assert endorsements and all(e.negated for e in endorsements)


def test_random_news_errors_a_party_committee_is_the_party(pipeline):
    text = "The Democratic National Committee sharply criticized Donald Trump on Monday."
    criticism = of_type(events_of(pipeline, text, date="2016-05-01"), "ACCUSE")[0]
    assert criticism.source.code.endswith("PTY")


@pytest.mark.parametrize("text", [
    "The governor supported Social Security cuts for years.",
    "The governor supported national security reforms for years.",
])
def test_random_news_errors_security_as_a_programme_is_no_police(pipeline, text):
    assert all(not (e.target and e.target.code and e.target.code.endswith("COP")) for e in events_of(pipeline, text))


def test_random_news_errors_a_gun_held_up_to_show_is_no_assault(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "Detective Lane holds up the rifle found in the car.")
    assert "ASSAULT" in types_of(pipeline, "The robber held a knife to the cashier's throat and took the money.")


def test_random_news_errors_crimes_committed_are_no_pledge(pipeline):
    assert "AGREE" not in types_of(pipeline, "About 80 percent of the burglaries were committed by teenagers, according to police.")


def test_random_news_errors_committing_to_an_act_is_still_a_pledge(pipeline):
    assert "AGREE" in types_of(pipeline, "The two ministers committed their countries to negotiate a new treaty.")


@pytest.mark.parametrize("text, plover_type", [
    ("The senator argued for the bombing of Syrian airfields.", "ASSAULT"),
    ("The senator advocated the bombing of Syrian airfields.", "ASSAULT"),
    ("Mr. Khan appealed to voters inclined to support Donald Trump.", "SUPPORT"),
    ("The administration's goal of withdrawing from Iraq was abandoned.", "RETREAT"),
])
def test_random_news_errors_a_course_argued_for_or_leaned_to_is_not_done(pipeline, text, plover_type):
    assert all(e.hypothetical for e in of_type(events_of(pipeline, text), plover_type))


def test_random_news_errors_an_argued_account_of_the_past_is_still_reported(pipeline):
    attack = of_type(events_of(pipeline, "Kenya argued that Somalia had attacked its border posts."), "ASSAULT")[0]
    assert not attack.hypothetical


def test_random_news_errors_a_city_an_attack_is_named_after_is_where_it_struck(pipeline):
    bombing = of_type(events_of(pipeline, "The death toll from the Baghdad bombings rose to 50."), "ASSAULT")[0]
    assert bombing.source is None and country(bombing.target) == "IRQ"


def test_random_news_errors_who_died_in_an_attack_underwent_it(pipeline):
    attack = of_type(events_of(pipeline, "Two Kenyan soldiers died in an attack by rebels on Monday."), "ASSAULT")[0]
    assert attack.source.code.endswith("REB") and country(attack.target) == "KEN"
    bombing = of_type(events_of(pipeline, "Three people died in the Nairobi bombing, police said."), "ASSAULT")[0]
    assert bombing.source is None or country(bombing.source) != "KEN"


def test_random_news_errors_an_attack_named_by_its_doer_keeps_it(pipeline):
    attack = of_type(events_of(pipeline, "The Israeli attack killed four people in Gaza."), "ASSAULT")[0]
    assert country(attack.source) == "ISR"


@pytest.mark.parametrize("text, plover_type", [
    ("My deepest sympathy goes out to the victims, the wounded, and their families.", "ASSAULT"),
    ("Police arrested the accused in Nairobi on Monday.", "ACCUSE"),
])
def test_random_news_errors_a_participle_used_as_a_noun_names_people_not_an_act(pipeline, text, plover_type):
    assert plover_type not in types_of(pipeline, text)


def test_random_news_errors_a_verb_the_parser_hung_on_its_subject_asks_for_a_clause(pipeline):
    request = of_type(events_of(pipeline, "Donald Trump called Wednesday for Hillary Clinton to resign."),
                      "REQUEST")[0]
    assert country(request.source) == "USA"


def test_random_news_errors_blowing_up_an_order_of_things_is_a_figure(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "The senator is going to blow up the establishment.")
    assert "ASSAULT" in types_of(pipeline, "Rebels blew up the police station in Gao.")


@pytest.mark.parametrize("text", [
    "Senator Ruiz brought up the bombing of the US embassy in Nairobi.",
    "Senator Ruiz raised the killing of Kenyan protesters by police.",
])
def test_random_news_errors_who_brings_up_an_attack_did_not_do_it(pipeline, text):
    attack = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert attack.source is None or not attack.source.code.endswith("LEG")


@pytest.mark.parametrize("text, plover_type", [
    ("The governor has avoided directly criticizing Senator Ruiz.", "ACCUSE"),
    ("Kenya refrained from criticizing Uganda.", "ACCUSE"),
    ("Kenya avoided any criticism of Uganda.", "ACCUSE"),
    ("Kenya no longer supports the rebels in Somalia.", "SUPPORT"),
])
def test_random_news_errors_an_act_avoided_or_no_longer_done_is_negated(pipeline, text, plover_type):
    assert all(e.negated for e in of_type(events_of(pipeline, text), plover_type))


def test_random_news_errors_a_person_named_on_an_investigation_is_its_target(pipeline):
    probe = of_type(events_of(pipeline, "James Comey closed the Hillary Clinton investigation in July.",
                              date="2016-08-01"), "ACCUSE")[0]
    assert probe.target is not None and probe.target.canonical != (probe.source.canonical if probe.source else None)
    assert "Clinton" in probe.target.text


def test_random_news_errors_what_is_done_without_consulting_is_no_consultation(pipeline):
    assert all(e.negated for e in of_type(events_of(pipeline, "Kenya acted without consulting Uganda."), "CONSULT"))


def test_random_news_errors_who_repels_an_attack_underwent_it(pipeline):
    attack = of_type(events_of(pipeline, "Kenyan troops repelled an attack by al-Shabab."), "ASSAULT")[0]
    assert country(attack.target) == "KEN"


@pytest.mark.parametrize("text", ["Kenyan troops destroyed the principles of democracy.",
                                  "The governor wants to release his taxes."])
def test_random_news_errors_principles_destroyed_and_taxes_released_are_no_events(pipeline, text):
    assert types_of(pipeline, text) == set()


def test_random_news_errors_neither_of_two_subjects_did_it(pipeline):
    charges = of_type(events_of(pipeline, "Neither Clinton nor her aides have been charged with any crime."),
                      "ACCUSE")
    assert all(e.negated for e in charges)


def test_random_news_errors_who_is_to_blame_is_blamed(pipeline):
    blame = of_type(events_of(pipeline, "Russia is to blame for the attack, Kenya said."), "ACCUSE")[0]
    assert country(blame.target) == "RUS" and country(blame.source) != "RUS"


def test_random_news_errors_what_is_discussed_is_no_partner(pipeline):
    text = "Chancellor Merkel discussed Syria with President Putin on Monday."
    talks = of_type(events_of(pipeline, text, date="2016-05-01"), "CONSULT")
    assert [country(e.target) for e in talks] == ["RUS"]


def test_random_news_errors_leaders_discussing_an_attack_talk_to_each_other(pipeline):
    text = "President Obama and President Hollande discussed the Paris attacks on Tuesday."
    talks = of_type(events_of(pipeline, text, date="2015-11-17"), "CONSULT")
    assert sorted((country(e.source), country(e.target)) for e in talks) == [("FRA", "USA"), ("USA", "FRA")]


@pytest.mark.parametrize("text", [
    "Senator Lewis said she was struck by her story.",
    "Reporters were struck by the resemblance between the two candidates.",
])
def test_random_news_errors_who_is_struck_by_a_story_is_impressed(pipeline, text):
    assert not events_of(pipeline, text, date="2016-05-01")


def test_random_news_errors_released_data_frees_no_one(pipeline):
    assert "RETREAT" not in types_of(pipeline, "The state health department released new infection data on Monday.")


@pytest.mark.parametrize("text", [
    "Senator Reyes will co-host a fundraiser in Trenton on Thursday.",
    "The former governor hosts a weekly radio show.",
])
def test_random_news_errors_hosting_a_fundraiser_or_a_show_receives_no_visit(pipeline, text):
    assert "CONSULT" not in types_of(pipeline, text)


def test_random_news_errors_hosting_a_leader_is_a_visit(pipeline):
    assert "CONSULT" in types_of(pipeline, "Egypt hosted the Sudanese president in Cairo on Monday.")


def test_random_news_errors_party_officials_are_the_party(pipeline):
    text = "Republican Party officials sharply criticized the governor on Monday."
    criticism = of_type(events_of(pipeline, text, date="2016-05-01"), "ACCUSE")[0]
    assert criticism.source.code.endswith("PTY")


def test_random_news_errors_an_object_pronoun_of_a_conjunct_is_not_its_subject(pipeline):
    text = "Pope Francis toured Mexico last week. Mr. Trump criticized the pope and accused him of pandering."
    criticism = of_type(events_of(pipeline, text, date="2016-02-20"), "ACCUSE")[0]
    assert country(criticism.target) == "VAT"


@pytest.mark.parametrize("text", [
    "Most voters oppose cutting off federal funds for the clinics.",
    "The two presidents reaffirmed their commitment to destroying the militia.",
])
def test_random_news_errors_an_act_opposed_or_committed_to_is_not_done(pipeline, text):
    found = [e for e in events_of(pipeline, text, date="2016-05-01") if e.type in {"SANCTION", "ASSAULT"}]
    assert found and all(e.hypothetical for e in found)


def test_random_news_errors_what_is_done_after_opposing_is_done(pipeline):
    text = "Senator Lee personally opposes the ruling, but he urged conservatives to obey the decision."
    requests = of_type(events_of(pipeline, text), "REQUEST")
    assert requests and not any(e.hypothetical for e in requests)


def test_random_news_errors_troops_committed_are_pledged_as_troops(pipeline):
    pledges = of_type(events_of(pipeline, "Kenya committed 500 soldiers to the African Union mission."), "AGREE")
    assert [e.cameo for e in pledges] == ["0334"]


def test_random_news_errors_time_committed_to_a_cause_is_no_pledge(pipeline):
    text = "Kenyan students have committed a huge amount of time to the shelter."
    assert "AGREE" not in types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "\"The party is running out of time,\" said Craig Robinson. Iowa State University's Dianne Bystrom agreed.",
    "Governor Reyes almost seemed to agree.",
])
def test_random_news_errors_one_who_agrees_with_nothing_named_concurs(pipeline, text):
    assert "AGREE" not in types_of(pipeline, text)


def test_random_news_errors_two_sides_that_agree_reach_agreement(pipeline):
    assert "AGREE" in types_of(pipeline, "Russia and Ukraine agreed late on Tuesday.")


def test_random_news_errors_whose_approach_is_criticised_is_the_target(pipeline):
    text = "Senator Cruz has blasted Trump's statements on Israel."
    criticism = of_type(events_of(pipeline, text, date="2016-03-18"), "ACCUSE")[0]
    assert country(criticism.target) == "USA"


def test_random_news_errors_quitting_an_act_is_no_resignation(pipeline):
    assert "CONCEDE" not in types_of(pipeline, "The senator told the governor to quit attacking his rivals.")
    assert "CONCEDE" in types_of(pipeline, "The defence minister quit on Friday.")


def test_random_news_errors_a_withheld_endorsement_is_not_given(pipeline):
    endorsements = of_type(events_of(pipeline, "Senator Ayotte has withheld her endorsement of Donald Trump.",
                                     date="2016-08-26"), "SUPPORT")
    assert endorsements and all(e.negated for e in endorsements)


def test_random_news_errors_a_headline_surname_is_the_person_named_below(pipeline):
    text = ("Ryan calls Trump remark racist, but backs him\n"
            "House Speaker Paul D. Ryan on Tuesday called the remark racist.")
    backing = of_type(events_of(pipeline, text, date="2016-06-09"), "SUPPORT")[0]
    assert backing.source.code == "USALEG"


@pytest.mark.parametrize("text", [
    "The governor spent Friday visiting a halfway house for men.",
    "Protesters visited the homes of bank executives on Sunday.",
])
def test_random_news_errors_a_visit_needs_a_host(pipeline, text):
    assert "CONSULT" not in types_of(pipeline, text)


def test_random_news_errors_a_visit_to_a_country_is_a_visit(pipeline):
    assert "CONSULT" in types_of(pipeline, "President Obama visited Kenya in July.")


@pytest.mark.parametrize("text", [
    "Two Russian bombers flew to the Baltic coast on Tuesday.",
    "Vice President Biden later flew back to Washington on Air Force Two.",
])
def test_random_news_errors_a_flight_or_a_trip_needs_a_host(pipeline, text):
    assert "CONSULT" not in types_of(pipeline, text)


def test_random_news_errors_a_partys_leader_is_the_party(pipeline):
    text = ("In Washington, the Republican leader criticized President Obama on Tuesday. "
            "The United States Senate voted on the bill.")
    criticism = of_type(events_of(pipeline, text, date="2016-05-01"), "ACCUSE")[0]
    assert criticism.source.code == "USAPTY"


@pytest.mark.parametrize("text, accuser", [
    ("Two men are accused of robbing a pharmacy, police said.", "---COP"),
    ("The pair are accused of stealing the payroll, prosecutors said.", "---JUD"),
])
def test_random_news_errors_police_telling_of_an_accusation_make_it(pipeline, text, accuser):
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert accusation.source.code == accuser


def test_random_news_errors_a_victim_telling_of_an_accusation_is_no_authority(pipeline):
    accusation = of_type(events_of(pipeline, "Two men are accused of stealing her car, the owner said."), "ACCUSE")[0]
    assert accusation.source is None or not accusation.source.code


@pytest.mark.parametrize("text", [
    "Senator Lee said the governor has to apologize.",
    "Senator Lee said the governor has got to apologize.",
    "Senator Lee said the governor needs to step down.",
])
def test_random_news_errors_have_to_and_need_to_said_of_another_are_a_demand(pipeline, text):
    demand = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert demand.source.code == "---LEG" and demand.target.code == "---GOV"


def test_random_news_errors_what_one_has_to_do_is_not_done(pipeline):
    assert all(event.hypothetical for event in events_of(pipeline, "The governor has to apologize to the families."))


def test_random_news_errors_what_one_had_to_do_was_done(pipeline):
    force = of_type(events_of(pipeline, "Police had to use tear gas to disperse the protesters."), "ASSAULT")
    assert force and not any(event.hypothetical for event in force)


@pytest.mark.parametrize("text, plover_type", [
    ("Russia threatened Ukraine and attacked Georgia.", "ASSAULT"),
    ("Israel refused to talk, but Egypt attacked Libya.", "ASSAULT"),
    ("Egypt will talk, but Israel attacked Libya.", "ASSAULT"),
    ("The minister agreed to a freeze, but when the envoy visited Israel he was surprised.", "CONSULT"),
])
def test_random_news_errors_a_verb_conjoined_to_a_verb_of_intent_is_not_its_complement(pipeline, text, plover_type):
    found = of_type(events_of(pipeline, text), plover_type)
    assert found and not any(event.hypothetical for event in found)


@pytest.mark.parametrize("text", [
    "Kenyan troops went to attack the camp and kill the commander.",
    "Russia will attack Kyiv and seize the airport.",
])
def test_random_news_errors_conjoined_verbs_sharing_a_purpose_or_an_auxiliary_stay_unrealised(pipeline, text):
    assert all(event.hypothetical for event in events_of(pipeline, text))


@pytest.mark.parametrize("text, doer", [
    ("The feud led to the spectacle of Prime Minister Benjamin Netanyahu denouncing the president.", "ISRGOV"),
    ("Reports of soldiers killing civilians in Aleppo spread on Monday.", "SYRMIL"),
])
def test_random_news_errors_a_gerund_after_an_of_phrase_is_done_by_its_object(pipeline, text, doer):
    event = events_of(pipeline, text)[0]
    assert event.source.code == doer


@pytest.mark.parametrize("text", [
    "Senator Lee is not willing to criticize the governor.",
    "Neither Lee nor Ward is inclined to criticize the governor.",
])
def test_random_news_errors_a_negated_adjective_of_will_negates_the_act(pipeline, text):
    assert all(event.negated for event in events_of(pipeline, text))


@pytest.mark.parametrize("text", [
    "The army was not afraid to attack the town.",
    "The county might not be able to provide matching funds.",
])
def test_random_news_errors_other_negated_adjectives_tell_no_refusal(pipeline, text):
    assert not any(event.negated for event in events_of(pipeline, text))
    assert "REJECT" not in types_of(pipeline, text)


def test_random_news_errors_being_inclined_or_determined_to_act_is_not_acting(pipeline):
    assert all(event.hypothetical for event in events_of(pipeline, "Russia is determined to attack Ukraine."))


def test_random_news_errors_a_fronted_on_phrase_is_the_setting_not_the_target(pipeline):
    text = "On CNN on Tuesday, Senator Lee called for an open primary process."
    request = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert request.target is None or request.target.code != "USAMED"


def test_random_news_errors_calling_on_someone_keeps_the_target(pipeline):
    request = of_type(events_of(pipeline, "On Monday, Senator Lee called on Iran to free the sailors."), "REQUEST")[0]
    assert request.target.code.startswith("IRN")


@pytest.mark.parametrize("text", [
    "Police were bound to investigate the complaint.",
    "The city is obliged to help the families.",
])
def test_random_news_errors_what_one_is_bound_or_obliged_to_do_is_not_done(pipeline, text):
    found = events_of(pipeline, text)
    assert found and all(event.hypothetical for event in found)


@pytest.mark.parametrize("text", [
    "The win gives her most of the county's pledged delegates.",
    "The court struck down the state's 12 promised reforms.",
])
def test_random_news_errors_a_participle_after_a_possessive_s_only_describes(pipeline, text):
    assert "AGREE" not in types_of(pipeline, text)


def test_random_news_errors_a_subject_between_possessive_and_participle_still_acts(pipeline):
    assert "COERCE" in types_of(pipeline, "Its 5,000 troops encircled the city on Friday.")


@pytest.mark.parametrize("text", [
    "The judge cited reports of cyberattacks against Canadians in recent years.",
    "The minister cited reports of airstrikes on Syrian villages.",
])
def test_random_news_errors_an_act_reported_or_alleged_is_not_the_citers(pipeline, text):
    acts = [e for e in events_of(pipeline, text) if e.type in {"COERCE", "ASSAULT"}]
    assert acts and all(e.source is None or not e.source.code for e in acts)


def test_random_news_errors_asking_voters_to_act_is_an_appeal_attracting_them_is_not(pipeline):
    assert "REQUEST" in types_of(pipeline, "The mayor appealed to voters to reject the tax.")
    assert "REQUEST" not in types_of(pipeline, "The mayor appealed to voters in the suburbs.")


@pytest.mark.parametrize("text", [
    "Kenyan police ticketed hundreds of motorists last month as part of a traffic crackdown.",
    "The Kenyan senator backed a crackdown on big banks and lenders.",
])
def test_random_news_errors_a_crackdown_on_firms_or_road_offences_regulates(pipeline, text):
    assert "ASSAULT" not in types_of(pipeline, text)


def test_random_news_errors_a_crackdown_on_people_still_represses(pipeline):
    assert "ASSAULT" in types_of(pipeline, "The Egyptian government's crackdown on the opposition left 40 dead.")


def test_random_news_errors_protests_drawn_from_people_are_theirs(pipeline):
    found = of_type(events_of(pipeline, "The ruling drew protests from Kenyan students."), "PROTEST")
    assert found and country(found[0].source) == "KEN"


@pytest.mark.parametrize("text", [
    "Senator Jane Okoro bashed the governor's proposal on Monday.",
    "Senator Jane Okoro savaged the governor in the debate.",
])
def test_random_news_errors_bashing_a_persons_plan_criticises_the_person(pipeline, text):
    assert "ACCUSE" in types_of(pipeline, text)


def test_random_news_errors_trashing_a_room_is_no_criticism(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Kenyan fans trashed the hotel room.")


def test_random_news_errors_a_capitalised_modal_in_a_sentence_is_a_name(pipeline):
    found = of_type(events_of(pipeline, "Kenyan columnist George Will criticized the Ugandan president."), "ACCUSE")
    assert not found[0].hypothetical
    assert of_type(events_of(pipeline, "Kenya will attack Uganda."), "ASSAULT")[0].hypothetical


def test_random_news_errors_a_failure_to_act_is_negated(pipeline):
    found = events_of(pipeline, "The Kenyan president's failure to condemn the Ugandan raid angered voters.")
    assert all(e.negated for e in found if e.type == "ACCUSE")
    assert any(e.type == "ACCUSE" for e in found)


@pytest.mark.parametrize("text", [
    "The border crisis led Kenya to attack Uganda.",
    "The drought forced Kenya to ask Uganda for help.",
])
def test_random_news_errors_the_object_before_an_infinitive_does_it(pipeline, text):
    found = [e for e in events_of(pipeline, text) if e.type in {"ASSAULT", "REQUEST"}]
    assert found and country(found[0].source) == "KEN"


@pytest.mark.parametrize("text", [
    "The Kenyan president used his State of the Nation address to attack Uganda.",
    "The Kenyan president promised Uganda to send aid.",
])
def test_random_news_errors_means_used_or_a_promise_leave_the_act_to_the_subject(pipeline, text):
    found = [e for e in events_of(pipeline, text) if e.type in {"ACCUSE", "ASSAULT", "AGREE", "AID"}]
    assert found and all(country(e.source) == "KEN" for e in found)
