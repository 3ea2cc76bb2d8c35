"""Seventh-round rules (issue #4): the source's own people are no target, the whole of a denied accusation is
disputed, statements do not report their reason or topic, and vocabulary from the CAMEO category definitions.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def types_of(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


def test_arguments_own_troops_are_no_target_when_a_place_is_named(pipeline):
    event = of_type(events_of(pipeline, "Syria withdrew its troops from Lebanon."), "RETREAT")[0]
    assert country(event.target) == "LBN"


def test_arguments_phrase_hung_on_the_object_gives_the_target(pipeline):
    event = of_type(events_of(pipeline, "Britain recalled its ambassador from Moscow."), "SANCTION")[0]
    assert country(event.target) == "RUS"


def test_arguments_own_people_stay_the_target_without_another_candidate(pipeline):
    event = of_type(events_of(pipeline, "Chad withdrew its troops on Monday."), "RETREAT")[0]
    assert event.target is not None and event.target.code == "TCDMIL"


def test_coding_rules_act_in_a_relative_clause_of_a_denied_charge_is_denied(pipeline):
    text = "The Iraqi minister denied charges that he ran a militia that killed three police officers."
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert assaults and all(event.denied for event in assaults)


def test_coding_rules_act_named_in_a_denied_accusation_is_denied(pipeline):
    assert all(event.denied for event in events_of(pipeline, "Myanmar rejected accusations of genocide in Rakhine."))


def test_coding_rules_topic_of_a_comment_is_no_event(pipeline):
    text = "The Dutch government declined to comment on reports that Belgian police had arrested two activists."
    assert types_of(pipeline, text) == set()


def test_coding_rules_reason_of_an_apology_is_no_event(pipeline):
    assert types_of(pipeline, "Belgium apologized to Congo for the killings of colonial times.") == {"SUPPORT"}


def test_coding_rules_reason_of_a_condolence_message_is_no_event(pipeline):
    text = "Qatar sent a condolence message to the Somali president following the bombing in Mogadishu."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_coding_rules_counted_troops_block_a_visit(pipeline):
    text = "Hundreds of Irish troops have arrived in Lebanon to join the UN mission."
    assert "CONSULT" not in types_of(pipeline, text)


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
