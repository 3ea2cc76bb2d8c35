"""Vocabulary from the CAMEO category definitions (which words trigger which event, and which uses of them are
no event), and a victim's report as an accusation. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def test_vocabulary_joint_drills_are_military_cooperation(pipeline):
    assert types_of(pipeline, "Nigeria held joint naval drills with Ghana off Lagos.") == {"COOPERATE"}


def test_vocabulary_beating_protesters_is_an_assault(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Zambian police beat demonstrators outside the electoral commission.")


def test_vocabulary_beating_a_rival_team_is_no_event(pipeline):
    assert types_of(pipeline, "Brazil beat Argentina 3-1 in the qualifier on Tuesday.") == set()


def test_vocabulary_downgrading_ties_is_a_sanction(pipeline):
    assert types_of(pipeline, "Lithuania downgraded diplomatic ties with China last week.") == {"SANCTION"}


def test_vocabulary_relaxing_restrictions_is_a_concession(pipeline):
    assert "CONCEDE" in types_of(pipeline, "The Vietnamese government relaxed restrictions on foreign media.")


def test_vocabulary_quitting_talks_halts_negotiations(pipeline):
    events = events_of(pipeline, "The Tuareg rebels quit peace talks with the Malian government.")
    assert [e.cameo for e in events if e.type == "SANCTION"] == ["164"]


def test_vocabulary_victim_reporting_an_attack_accuses_the_attacker(pipeline):
    events = events_of(pipeline, "Pakistan said rockets were fired at it from Afghanistan on Sunday.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].source.code[:3] == "PAK" and accusations[0].target.code[:3] == "AFG"


def test_vocabulary_third_party_report_of_an_attack_is_no_accusation(pipeline):
    events = events_of(pipeline, "Reporters said rockets were fired at Pakistan from Afghanistan on Sunday.")
    assert "ACCUSE" not in {e.type for e in events}


def test_vocabulary_target_phrase_stops_before_its_relative_clause(pipeline):
    text = "Egyptian police arrested dozens of students who protested against the sale of islands to Saudi Arabia."
    target = next(e.target for e in events_of(pipeline, text) if e.type == "COERCE")
    assert "Saudi" not in target.text


def test_vocabulary_hyphenated_cease_fire_is_a_ceasefire(pipeline):
    events = events_of(pipeline, "The Sudanese army declared a cease-fire on Friday.")
    assert [e.type for e in events] == ["RETREAT"]


def test_vocabulary_ending_mediation_halts_it(pipeline):
    events = events_of(pipeline, "The Norwegian envoy ended mediation efforts between the Sri Lankan government and the rebels.")
    assert [e.cameo for e in events if e.type == "SANCTION"] == ["165"]


def test_vocabulary_opening_borders_to_refugees_grants_refuge(pipeline):
    events = events_of(pipeline, "Uganda opened its borders to refugees fleeing South Sudan.")
    assert [e.cameo for e in events if e.type == "AID"] == ["075"]


def test_vocabulary_dispersing_demonstrators_is_violent_repression(pipeline):
    event = of_type(events_of(pipeline, "Police in Lagos dispersed demonstrators with batons."), "ASSAULT")[0]
    assert event.cameo == "175"


def test_vocabulary_recapturing_a_town_occupies_it(pipeline):
    text = "Ukrainian forces recaptured the town from Russian troops."
    assert of_type(events_of(pipeline, text), "COERCE")[0].cameo == "192"


def test_vocabulary_nationalizing_foreign_assets_is_confiscation(pipeline):
    text = "Venezuela nationalized the assets of an American oil company."
    assert of_type(events_of(pipeline, text), "COERCE")[0].cameo == "1711"


def test_vocabulary_bombardment_from_the_air_is_aerial(pipeline):
    text = "The Russian air force stepped up its aerial bombardment of Aleppo."
    assert of_type(events_of(pipeline, text), "ASSAULT")[0].cameo == "195"


def test_vocabulary_military_operation_against_someone_is_force(pipeline):
    text = "Turkey launched a military operation against Kurdish fighters in Iraq."
    assert "ASSAULT" in types_of(pipeline, text)


def test_vocabulary_operation_without_military_is_no_event(pipeline):
    assert types_of(pipeline, "Kenya began an operation to count its livestock.") == set()


def test_vocabulary_holding_people_as_shields_is_hostage_taking(pipeline):
    text = "Militants in Mosul held hundreds of Iraqi families as human shields."
    assert of_type(events_of(pipeline, text), "ASSAULT")[0].cameo == "181"


def test_vocabulary_firing_across_a_border_is_small_arms_fire(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Indian troops fired across the border into Pakistan.")


def test_vocabulary_flying_medicine_in_is_aid(pipeline):
    text = "The Red Cross flew ten tons of medicine into Yemen."
    assert of_type(events_of(pipeline, text), "AID")[0].cameo == "073"


def test_vocabulary_shipping_weapons_is_military_aid(pipeline):
    assert of_type(events_of(pipeline, "Iran shipped weapons to Syria."), "AID")[0].cameo == "072"


def test_vocabulary_contributing_troops_is_peacekeeping(pipeline):
    text = "Ghana contributed troops to the UN peacekeeping mission in Mali."
    assert of_type(events_of(pipeline, text), "AID")[0].cameo == "074"


def test_vocabulary_taking_part_in_peacekeeping_is_protection(pipeline):
    text = "Fijian troops participate in peacekeeping operations in Lebanon."
    assert of_type(events_of(pipeline, text), "AID")[0].cameo == "074"


def test_vocabulary_sending_military_trainers_is_military_aid(pipeline):
    text = "Britain sent military trainers to Ukraine."
    assert of_type(events_of(pipeline, text), "AID")[0].cameo == "072"


def test_vocabulary_seeking_support_from_someone_is_an_appeal(pipeline):
    text = "Serbia sought support from Russia at the United Nations."
    assert of_type(events_of(pipeline, text), "REQUEST")[0].cameo == "022"


def test_vocabulary_seeking_help_from_no_one_named_is_no_appeal(pipeline):
    assert types_of(pipeline, "Many Kenyan farmers sought help after the floods.") == set()


def test_vocabulary_seeking_a_release_is_an_appeal(pipeline):
    text = "Germany is seeking the release of two German journalists held in Iran."
    assert of_type(events_of(pipeline, text), "REQUEST")[0].cameo == "0253"


def test_vocabulary_allowing_access_for_relief_workers_is_admitting_aid(pipeline):
    text = "Sudan allowed access for relief workers to Darfur."
    assert of_type(events_of(pipeline, text), "RETREAT")[0].cameo == "0863"


def test_vocabulary_providing_expertise_is_aid(pipeline):
    assert "AID" in types_of(pipeline, "Japan provided technical expertise to Vietnam.")


def test_vocabulary_calling_someone_a_name_is_no_appeal(pipeline):
    assert types_of(pipeline, "On television, the Mexican president called the German plan useless.") == set()


def test_vocabulary_calling_someone_out_is_criticism(pipeline):
    text = "The Canadian minister called out the French president for his remarks."
    assert of_type(events_of(pipeline, text), "ACCUSE")[0].cameo == "111"


def test_vocabulary_calling_out_without_an_object_is_no_criticism(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "A Kenyan soldier called out to the crowd.")


def test_vocabulary_offering_a_review_is_no_intent(pipeline):
    assert types_of(pipeline, "The Irish minister offered her positive review of the German budget.") == set()


def test_vocabulary_appealing_to_voters_is_no_appeal(pipeline):
    assert types_of(pipeline, "The Polish senator hopes to appeal to young voters in Warsaw.") == set()


def test_vocabulary_meeting_a_goal_is_no_meeting(pipeline):
    assert types_of(pipeline, "The Canadian government met its goal of resettling 25,000 Syrians.") == set()


def test_vocabulary_appealing_a_conviction_is_no_appeal(pipeline):
    assert "REQUEST" not in types_of(pipeline, "The former Argentine minister appealed his conviction for fraud.")


def test_vocabulary_shooting_a_person_is_an_assault(pipeline):
    event = of_type(events_of(pipeline, "A gunman shot Michael Turner outside a bar in Texas."), "ASSAULT")[0]
    assert country(event.target) == "USA"


def test_vocabulary_shooting_a_film_is_no_assault(pipeline):
    text = "The French film crew shot a documentary about the Syrian refugees in Lebanon."
    assert not [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_vocabulary_punching_a_person_is_an_assault(pipeline):
    text = "A police officer in Ohio punched a protester outside the courthouse."
    assert of_type(events_of(pipeline, text), "ASSAULT")[0].source.code == "USACOP"


def test_vocabulary_lambasting_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Greece lambasted Turkey over the airspace violations."), "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("GRC", "TUR")


def test_vocabulary_blasting_a_tunnel_is_no_criticism(pipeline):
    text = "Norwegian army engineers blasted a tunnel through the mountain."
    assert not [e for e in events_of(pipeline, text) if e.type == "ACCUSE"]


def test_vocabulary_sentencing_without_a_term_is_coercion(pipeline):
    text = "A court in Nairobi sentenced two Kenyan officials on Monday."
    assert country(of_type(events_of(pipeline, text), "COERCE")[0].target) == "KEN"


def test_vocabulary_seizing_on_remarks_is_no_seizure(pipeline):
    assert events_of(pipeline, "The opposition seized on the minister's remarks about Kenya.") == []


def test_vocabulary_seizing_goods_on_a_day_is_a_seizure(pipeline):
    assert of_type(events_of(pipeline, "Kenyan police seized weapons on Tuesday."), "COERCE")


def test_vocabulary_rallying_people_behind_a_plan_is_no_protest(pipeline):
    assert events_of(pipeline, "The Kenyan president tried to rally lawmakers behind his plan.") == []


def test_vocabulary_speaking_with_passion_is_no_consultation(pipeline):
    assert events_of(pipeline, "The Kenyan leader spoke with great passion about the economy.") == []


def test_vocabulary_request_for_comment_is_no_appeal(pipeline):
    assert events_of(pipeline, "The Kenyan ministry did not return a request for comment.") == []


def test_vocabulary_occupying_seats_is_no_occupation(pipeline):
    assert events_of(pipeline, "The Kenyan army occupied a third of the seats.") == []


def test_vocabulary_slapping_tariffs_on_a_country_imposes_them(pipeline):
    event = events_of(pipeline, "Mexico slapped retaliatory tariffs on American products.")[0]
    assert (event.cameo, country(event.source), country(event.target)) == ("163", "MEX", "USA")


def test_vocabulary_mocking_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "The Iranian foreign minister mocked the Saudi king."), "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("IRN", "SAU")


def test_vocabulary_inviting_to_talks_is_an_intent_to_meet(pipeline):
    text = "The Mexican president invited the Guatemalan president to a meeting in Mexico City."
    assert of_type(events_of(pipeline, text), "AGREE")[0].cameo == "036"


def test_vocabulary_talking_to_reporters_is_no_consultation(pipeline):
    assert events_of(pipeline, "The Kenyan president talked to reporters in Nairobi on Monday.") == []


def test_vocabulary_talking_with_a_counterpart_is_a_consultation(pipeline):
    event = of_type(events_of(pipeline, "The Kenyan president talked with the Ugandan president."), "CONSULT")[0]
    assert (event.source.code, event.target.code) == ("KENGOV", "UGAGOV")


def test_vocabulary_firing_tear_gas_is_crowd_repression(pipeline):
    event = events_of(pipeline, "Egyptian police fired tear gas at protesters in Cairo.")[0]
    assert (event.cameo, event.source.code) == ("175", "EGYCOP")


def test_vocabulary_offering_a_service_is_no_intent_to_cooperate(pipeline):
    assert events_of(pipeline, "The Kenyan national library will offer a workshop for job seekers.") == []


def test_vocabulary_offering_to_act_is_an_intent(pipeline):
    event = of_type(events_of(pipeline, "Qatar offered to mediate between Israel and Hamas."), "AGREE")[0]
    assert country(event.source) == "QAT"


def test_vocabulary_offering_aid_is_an_intent_to_give_it(pipeline):
    event = of_type(events_of(pipeline, "Japan offered humanitarian aid to Turkey."), "AGREE")[0]
    assert (event.cameo, country(event.target)) == ("033", "TUR")


def test_vocabulary_taking_aim_at_a_government_is_criticism(pipeline):
    text = "The Kenyan president took aim at the Ugandan government over the border dispute."
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert (event.source.code, event.target.code) == ("KENGOV", "UGAGOV")


def test_vocabulary_firing_back_in_words_is_criticism_and_with_arms_combat(pipeline):
    assert of_type(events_of(pipeline, "Kenya's foreign minister fired back at Uganda."), "ACCUSE")
    assert of_type(events_of(pipeline, "Ugandan soldiers fired back at the rebels."), "ASSAULT")


def test_vocabulary_summoning_a_foreign_diplomat_is_an_official_protest(pipeline):
    event = of_type(events_of(pipeline, "Poland summoned the Russian ambassador on Tuesday."), "ACCUSE")[0]
    assert (event.cameo, event.source.code, event.target.code) == ("114", "POL", "RUSGOV")


def test_vocabulary_summoning_someone_else_is_no_protest(pipeline):
    assert events_of(pipeline, "The court summoned the minister on Monday.") == []


def test_vocabulary_ordering_troops_out_of_a_place_is_a_demand(pipeline):
    event = of_type(events_of(pipeline, "Moscow ordered Georgian troops out of South Ossetia."), "REQUEST")[0]
    assert (event.cameo, event.target.code) == ("1056", "GEOMIL")


def test_vocabulary_ordering_forces_to_withdraw_is_a_demand_not_a_retreat(pipeline):
    events = events_of(pipeline, "Kenya ordered Somali forces to withdraw from the border town.")
    assert [(e.cameo, e.source.code) for e in events] == [("1056", "KEN")]


def test_vocabulary_accepting_a_nomination_is_no_agreement(pipeline):
    text = "The Kenyan president accepted the nomination of his party on Monday."
    assert "AGREE" not in types_of(pipeline, text)


def test_vocabulary_accepting_a_proposal_is_an_agreement(pipeline):
    event = of_type(events_of(pipeline, "Iran accepted the proposal from France on Monday."), "AGREE")[0]
    assert event.source.code.startswith("IRN")


def test_triggers_refugees_read_as_a_clause_subject_are_the_object(pipeline):
    text = "Bangladesh will not accept Rohingya refugees fleeing the violence in Myanmar."
    assert of_type(events_of(pipeline, text), "REJECT")


def test_vocabulary_an_appeal_that_asks_nothing_is_attraction(pipeline):
    text = "The French president broadened his appeal in Lyon."
    assert "REQUEST" not in types_of(pipeline, text)


def test_vocabulary_an_appeal_for_aid_is_a_request(pipeline):
    text = "The Kenyan government launched an appeal for aid to flood victims."
    assert "REQUEST" in types_of(pipeline, text)


def test_vocabulary_a_charging_document_is_no_complaint(pipeline):
    text = "The Kenyan police arrested him two days later, according to the complaint."
    assert "ACCUSE" not in types_of(pipeline, text)


def test_vocabulary_a_danger_to_security_is_no_threat(pipeline):
    text = "The Kenyan minister's rhetoric threatens national security, Ugandan officials said."
    assert "THREATEN" not in types_of(pipeline, text)


def test_vocabulary_appealing_to_voters_without_asking_is_no_request(pipeline):
    text = "The Kenyan president sought to appeal to younger Ugandans on Tuesday."
    assert "REQUEST" not in types_of(pipeline, text)


def test_vocabulary_appealing_to_someone_to_act_is_a_request(pipeline):
    text = "The Kenyan president appealed to Ugandan rebels to lay down their arms."
    assert "REQUEST" in types_of(pipeline, text)


def test_vocabulary_cracking_down_on_transactions_is_no_repression(pipeline):
    text = "The Kenyan government cracked down on such transactions by Ugandan banks."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_vocabulary_executing_a_plan_flawlessly_is_no_killing(pipeline):
    text = "The Kenyan president's team executed this flawlessly during the tour of Uganda."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_vocabulary_executing_prisoners_is_a_killing(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Iran executed two political prisoners on Monday.")


def test_vocabulary_occupying_the_spotlight_is_no_occupation(pipeline):
    text = "The Kenyan president and the Ugandan president occupied the spotlight in Nairobi."
    assert "COERCE" not in types_of(pipeline, text)


def test_triggers_discussing_a_topic_alone_is_no_meeting(pipeline):
    text = "A new plea agreement is being discussed for the Kenyan minister."
    assert "CONSULT" not in types_of(pipeline, text)


def test_triggers_leaders_discussing_together_is_a_meeting(pipeline):
    text = "The Kenyan and Ugandan presidents discussed the border dispute in Nairobi."
    assert "CONSULT" in types_of(pipeline, text)


def test_vocabulary_belittling_a_rival_is_criticism(pipeline):
    assert "ACCUSE" in types_of(pipeline, "The Kenyan president belittled the Ugandan president on Monday.")


def test_vocabulary_rejecting_an_idea_denies_a_statement(pipeline):
    text = "The Kenyan minister rejected the idea that Uganda would win the dispute."
    assert "REJECT" not in types_of(pipeline, text)


def test_vocabulary_defying_expectations_is_no_defiance(pipeline):
    text = "The Kenyan government's recovery has defied the expectations of Ugandan officials."
    assert "REJECT" not in types_of(pipeline, text)


def test_vocabulary_pulling_out_a_passenger_is_no_withdrawal(pipeline):
    text = "A Kenyan police officer dove into the river and pulled out one passenger."
    assert "RETREAT" not in types_of(pipeline, text)


def test_vocabulary_defending_ones_vote_is_no_support(pipeline):
    text = "The Kenyan senator defended his vote on the Ugandan border treaty."
    assert "SUPPORT" not in types_of(pipeline, text)


def test_vocabulary_mobilizing_candidates_is_no_show_of_force(pipeline):
    text = "Kenyan party officials attempted to mobilize delegate candidates in Nairobi."
    assert "MOBILIZE" not in types_of(pipeline, text)


def test_vocabulary_mobilizing_police_is_a_show_of_force(pipeline):
    assert "MOBILIZE" in types_of(pipeline, "Guatemala mobilized police and military to the area.")


def test_vocabulary_help_needs_someone_helped(pipeline):
    assert "AID" not in types_of(pipeline, "\"It helps,\" the Kenyan minister said.")


def test_vocabulary_released_notes_are_no_release(pipeline):
    assert "RETREAT" not in types_of(pipeline, "The Kenyan ministry released notes from the meeting.")


def test_vocabulary_taking_over_without_object_is_succession(pipeline):
    assert "COERCE" not in types_of(pipeline, "The new Kenyan finance minister took over in hard times.")


def test_vocabulary_taking_over_an_investigation_is_no_seizure(pipeline):
    text = "The prosecutor took over the investigation of the Kenyan minister."
    assert not [e for e in events_of(pipeline, text) if e.type == "COERCE"]


def test_vocabulary_deploying_a_strategy_is_no_mobilization(pipeline):
    assert not events_of(pipeline, "The campaign deployed a new strategy in Kenya.")


def test_vocabulary_backing_off_a_plan_is_no_support(pipeline):
    text = "Germany backed off some of its proposals on Monday."
    assert not [e for e in events_of(pipeline, text) if e.type == "SUPPORT"]


def test_vocabulary_backing_a_country_stays_support(pipeline):
    text = "Germany backed France on Monday."
    assert [e for e in events_of(pipeline, text) if e.type == "SUPPORT"]


def test_vocabulary_name_recognition_is_no_recognition(pipeline):
    text = "Hillary Clinton still has the advantage of name recognition over Bernie Sanders."
    assert not [e for e in events_of(pipeline, text) if e.cameo == "054"]


def test_vocabulary_recognition_of_regions_stays_recognition(pipeline):
    text = "Russia's recognition of the two regions angered Georgia."
    assert [e for e in events_of(pipeline, text) if e.cameo == "054"]
