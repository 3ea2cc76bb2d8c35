"""Fifth-round vocabulary from the CAMEO/PLOVER definitions and the no-event rules found on real news.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, types_of


def codes_of(pipeline, text: str) -> set[str]:
    return {e.cameo for e in events_of(pipeline, text)}


def test_definitions_carrying_out_a_raid_is_an_assault(pipeline):
    assert types_of(pipeline, "Iraqi warplanes carried out a raid on militants near Mosul.") == {"ASSAULT"}


def test_definitions_troops_sent_to_keep_the_peace_are_peacekeepers(pipeline):
    codes = codes_of(pipeline, "Kenya is sending 400 troops to the UN peacekeeping mission in Somalia.")
    assert codes == {"074"}


def test_definitions_accepting_refugees_grants_refuge(pipeline):
    assert codes_of(pipeline, "Germany accepted 2,000 Syrian refugees last month.") == {"075"}


def test_definitions_accepting_demands_is_yielding(pipeline):
    assert types_of(pipeline, "The Nepali government accepted the demands of Madhesi protesters.") == {"CONCEDE"}


def test_definitions_release_of_prisoners_is_a_release(pipeline):
    events = events_of(pipeline, "Iran announced the release of two Kuwaiti fishermen on Thursday.")
    assert [e.cameo for e in events] == ["0841"]


def test_definitions_finding_someone_guilty_is_a_conviction(pipeline):
    assert codes_of(pipeline, "A Danish court found the former minister guilty of fraud.") == {"116"}


def test_definitions_opening_fire_is_an_armed_attack(pipeline):
    events = events_of(pipeline, "Indian troops opened fire on Pakistani positions along the border.")
    assert [(e.cameo, country(e.target)) for e in events] == [("193", "PAK")]


def test_definitions_declaring_a_state_of_emergency_is_repression(pipeline):
    assert codes_of(pipeline, "The Bolivian government declared a state of emergency in Pando.") == {"1724"}


def test_definitions_human_shields_are_hostages(pipeline):
    assert codes_of(pipeline, "Islamic State militants held Iraqi civilians as human shields in Mosul.") == {"181"}


def test_definitions_cutting_tariffs_eases_sanctions(pipeline):
    assert codes_of(pipeline, "Japan cut tariffs on American farm goods.") == {"085"}


def test_definitions_scrapping_restrictions_eases_them(pipeline):
    assert types_of(pipeline, "Ethiopia scrapped restrictions on foreign journalists.") == {"CONCEDE"}


def test_definitions_burning_a_flag_is_a_protest(pipeline):
    assert types_of(pipeline, "Serbian protesters burned the Albanian flag outside the embassy.") == {"PROTEST"}


def test_definitions_denying_permission_is_a_rejection(pipeline):
    assert types_of(pipeline, "The Indian government denied permission to the Pakistani delegation.") == {"REJECT"}


def test_definitions_spurning_an_offer_is_a_rejection(pipeline):
    assert types_of(pipeline, "The Taliban spurned the Afghan government's offer of talks.") == {"REJECT"}


def test_definitions_warplanes_pounding_a_town_is_an_assault(pipeline):
    assert types_of(pipeline, "Russian warplanes pounded rebel positions in Idlib.") == {"ASSAULT"}


def test_definitions_using_tear_gas_on_protesters_is_repression(pipeline):
    assert codes_of(pipeline, "Kenyan police used tear gas on opposition supporters in Nairobi.") == {"175"}


def test_definitions_expelling_aid_workers_expels_an_aid_agency(pipeline):
    assert codes_of(pipeline, "Sudan expelled 13 foreign aid workers from Darfur.") == {"1663"}


def test_definitions_attacking_someone_for_something_is_criticism(pipeline):
    events = events_of(pipeline, "The Kenyan president attacked the opposition leader for lying about the vote.")
    assert [e.type for e in events] == ["ACCUSE"]


def test_definitions_participle_before_its_noun_is_no_event(pipeline):
    assert types_of(pipeline, "The released Palestinian prisoners returned to Ramallah.") == set()


def test_definitions_own_infinitive_marker_is_no_partner_preposition(pipeline):
    assert types_of(pipeline, "French officials do not like to talk about it.") == set()


def test_definitions_demonstrating_a_quality_is_no_protest(pipeline):
    assert types_of(pipeline, "The Turkish army demonstrated its resolve in Syria.") == set()


def test_definitions_declining_to_identify_is_no_rejection(pipeline):
    assert types_of(pipeline, "Egyptian police declined to identify the suspect.") == set()


def test_definitions_right_to_act_is_no_event(pipeline):
    assert types_of(pipeline, "Indian teachers have the right to strike under the new law.") == set()


def test_definitions_releasing_a_poll_is_no_release(pipeline):
    assert types_of(pipeline, "The Kenyan government released a poll on Sunday.") == set()


def test_definitions_coordinated_verb_keeps_its_own_object(pipeline):
    events = events_of(pipeline, "Egyptian troops seized weapons and attacked Libyan rebels near the border.")
    seizure = next(e for e in events if e.type == "COERCE")
    assert country(seizure.target) != "LBY"


def test_definitions_coordinated_verb_shares_an_object_it_refers_back_to(pipeline):
    events = events_of(pipeline, "Rebels attacked a Nigerian army base, capturing the base and a checkpoint.")
    capture = next(e for e in events if e.cameo == "192")
    assert country(capture.target) == "NGA"


def test_definitions_people_driven_out_of_a_country_are_its_refugees(pipeline):
    events = events_of(pipeline, "Chad opened its borders to families fleeing Sudan.")
    assert [(e.type, e.target.code if e.target else None) for e in events] == [("AID", "SDNREF")]


def test_definitions_coordinated_pledges_of_aid_are_not_agreements_between_donors(pipeline):
    events = events_of(pipeline, "Kuwait and Ireland have vowed to deliver the full funds to Palestinians soon.")
    assert len(events) == 2 and all(country(e.target) not in {"KWT", "IRL"} for e in events)


def test_definitions_purpose_of_handing_over_goods_is_aid_given(pipeline):
    events = events_of(pipeline, "Germany handed over 30 vehicles to support clinics in Somalia.")
    assert "AGREE" not in {e.type for e in events}


def test_definitions_clamoring_for_a_deployment_asks_for_it(pipeline):
    events = events_of(pipeline, "Poland clamored for a permanent deployment of NATO troops.")
    assert [e.type for e in events] == ["REQUEST"]


def test_definitions_launching_a_petition_campaign_is_no_attack(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "An American advocacy group launched a petition campaign on Monday.")


def test_definitions_allowing_humanitarian_aid_in_is_a_concession(pipeline):
    assert codes_of(pipeline, "The Ethiopian government allowed humanitarian aid into Tigray on Friday.") == {"0863"}


def test_definitions_considering_an_act_is_no_event(pipeline):
    assert types_of(pipeline, "Japan is considering sending aid to North Korea after the floods.") == set()


def test_definitions_an_act_coordinated_with_considering_stays_an_event(pipeline):
    events = events_of(pipeline, "Japan considered the request and sent aid to North Korea after the floods.")
    assert "AID" in {e.type for e in events}


def test_definitions_claiming_ones_own_attack_is_no_accusation(pipeline):
    events = events_of(pipeline, "The Houthis claimed that they had attacked the Saudi airport of Abha.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_definitions_discussing_a_case_alone_is_no_consultation(pipeline):
    assert types_of(pipeline, "Egyptian officials said they cannot discuss the case.") == set()


def test_definitions_discussing_a_matter_with_someone_is_a_consultation(pipeline):
    assert types_of(pipeline, "The Egyptian minister discussed the matter with his Sudanese counterpart.") \
        == {"CONSULT"}


def test_definitions_complaining_of_injuries_is_no_complaint_against_anyone(pipeline):
    assert types_of(pipeline, "Two Chicago police officers complained of neck injuries.") == set()


def test_definitions_defending_ones_own_decision_is_no_support(pipeline):
    assert types_of(pipeline, "The Kenyan president defended his decision on Monday.") == set()


def test_definitions_sending_troops_home_is_a_withdrawal(pipeline):
    assert types_of(pipeline, "The United States sent 2,000 troops home from Syria.") == {"RETREAT"}
