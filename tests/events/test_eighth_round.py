"""Eighth-round rules (issue #4, read on 200 real news articles): people no dictionary knows are still actors,
assaults on people, more words of criticism, for-to demands and sentences. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_actor_context_named_people_facing_each_other_take_the_sentence_country(pipeline):
    text = "Sarah Collins criticized Michael Turner at a town meeting in Ohio."
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("USA", "USA")


def test_actor_context_lone_person_in_a_cooperative_act_codes_nothing(pipeline):
    assert events_of(pipeline, "Michael Turner discussed his new novel at a library in Ohio.") == []


def test_actor_context_lone_person_arrested_is_the_target(pipeline):
    event = of_type(events_of(pipeline, "Michael Turner was arrested in Ohio on Tuesday."), "COERCE")[0]
    assert country(event.target) == "USA"


def test_vocabulary_shooting_a_person_is_an_assault(pipeline):
    event = of_type(events_of(pipeline, "A gunman shot Michael Turner outside a bar in Texas."), "ASSAULT")[0]
    assert country(event.target) == "USA"


def test_vocabulary_shooting_a_film_is_no_assault(pipeline):
    text = "The French film crew shot a documentary about the Syrian refugees in Lebanon."
    assert not [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_vocabulary_punching_a_person_is_an_assault(pipeline):
    text = "A police officer in Ohio punched a protester outside the courthouse."
    assert of_type(events_of(pipeline, text), "ASSAULT")[0].source.code == "USACOP"


def test_arguments_person_doing_a_participle_is_its_source(pipeline):
    text = "A judge ordered the release of a video showing a Chicago police officer kicking a handcuffed man."
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert event.source is not None and event.source.code == "USACOP"


def test_vocabulary_lambasting_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Greece lambasted Turkey over the airspace violations."), "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("GRC", "TUR")


def test_vocabulary_blasting_a_tunnel_is_no_criticism(pipeline):
    text = "Norwegian army engineers blasted a tunnel through the mountain."
    assert not [e for e in events_of(pipeline, text) if e.type == "ACCUSE"]


def test_arguments_for_clause_subject_is_the_one_asked(pipeline):
    event = of_type(events_of(pipeline, "Iran called for the United States to lift sanctions."), "REQUEST")[0]
    assert (country(event.source), country(event.target)) == ("IRN", "USA")


def test_arguments_for_clause_subject_of_a_noun_is_the_one_asked(pipeline):
    text = "The Palestinian president renewed calls for Israel to halt settlement building."
    event = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert country(event.target) == "ISR"


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


def test_coding_rules_pressing_someone_to_act_is_a_demand_of_them(pipeline):
    event = of_type(events_of(pipeline, "Japan pressed Russia to return the islands."), "REQUEST")[0]
    assert (country(event.source), country(event.target)) == ("JPN", "RUS")


def test_coding_rules_pressing_someone_to_act_codes_no_act_of_the_presser(pipeline):
    assert not [e for e in events_of(pipeline, "Japan pressed Russia to return the islands.") if e.type == "RETREAT"]


def test_vocabulary_slapping_tariffs_on_a_country_imposes_them(pipeline):
    event = events_of(pipeline, "Mexico slapped retaliatory tariffs on American products.")[0]
    assert (event.cameo, country(event.source), country(event.target)) == ("163", "MEX", "USA")


def test_vocabulary_mocking_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "The Iranian foreign minister mocked the Saudi king."), "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("IRN", "SAU")


def test_vocabulary_inviting_to_talks_is_an_intent_to_meet(pipeline):
    text = "The Mexican president invited the Guatemalan president to a meeting in Mexico City."
    assert of_type(events_of(pipeline, text), "AGREE")[0].cameo == "036"


def test_coding_rules_country_where_two_sides_meet_is_no_third_party(pipeline):
    events = events_of(pipeline, "Turkish and Greek diplomats held talks in Ankara on Monday.")
    pairs = {(e.source.code, e.target.code) for e in of_type(events, "CONSULT")}
    assert pairs == {("TURGOV", "GRCGOV"), ("GRCGOV", "TURGOV")}


def test_arguments_talks_between_two_countries_face_each_other(pipeline):
    event = of_type(events_of(pipeline, "The talks between Armenia and Azerbaijan collapsed."), "CONSULT")[0]
    assert {country(event.source), country(event.target)} == {"ARM", "AZE"}


def test_arguments_event_noun_in_a_time_phrase_takes_no_source_from_its_clause(pipeline):
    text = "The Kenyan minister made many mistakes during the attacks on the embassy in Nairobi."
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert all(event.source is None for event in assaults)


def test_vocabulary_talking_to_reporters_is_no_consultation(pipeline):
    assert events_of(pipeline, "The Kenyan president talked to reporters in Nairobi on Monday.") == []


def test_vocabulary_talking_with_a_counterpart_is_a_consultation(pipeline):
    event = of_type(events_of(pipeline, "The Kenyan president talked with the Ugandan president."), "CONSULT")[0]
    assert (event.source.code, event.target.code) == ("KENGOV", "UGAGOV")


def test_arguments_doer_hung_on_the_object_of_an_event_noun_is_its_source(pipeline):
    event = of_type(events_of(pipeline, "The expulsion of Russian diplomats by Poland angered Moscow."), "SANCTION")[0]
    assert (country(event.source), country(event.target)) == ("POL", "RUS")


def test_arguments_visit_of_someone_to_a_capital(pipeline):
    event = of_type(events_of(pipeline, "The visit of the Indian prime minister to Moscow ended."), "CONSULT")[0]
    assert (event.source.code, event.target.code) == ("INDGOV", "RUSGOV")


def test_vocabulary_firing_tear_gas_is_crowd_repression(pipeline):
    event = events_of(pipeline, "Egyptian police fired tear gas at protesters in Cairo.")[0]
    assert (event.cameo, event.source.code) == ("175", "EGYCOP")


def test_dedup_different_people_of_one_country_are_different_events(pipeline):
    text = ("Sarah Collins criticized Michael Turner at a meeting in Ohio. "
            "On Friday, David Brown criticized Paul Smith in Ohio.")
    assert len(of_type(events_of(pipeline, text), "ACCUSE")) == 2


def test_dedup_the_same_people_named_again_are_one_event(pipeline):
    text = ("Sarah Collins criticized Michael Turner at a meeting in Ohio. "
            "On Friday, Collins criticized Turner again in Ohio.")
    assert len(of_type(events_of(pipeline, text), "ACCUSE")) == 1


def test_vocabulary_offering_a_service_is_no_intent_to_cooperate(pipeline):
    assert events_of(pipeline, "The Kenyan national library will offer a workshop for job seekers.") == []


def test_vocabulary_offering_to_act_is_an_intent(pipeline):
    event = of_type(events_of(pipeline, "Qatar offered to mediate between Israel and Hamas."), "AGREE")[0]
    assert country(event.source) == "QAT"


def test_vocabulary_offering_aid_is_an_intent_to_give_it(pipeline):
    event = of_type(events_of(pipeline, "Japan offered humanitarian aid to Turkey."), "AGREE")[0]
    assert (event.cameo, country(event.target)) == ("033", "TUR")


def test_coding_rules_object_naming_nothing_negates_the_act(pipeline):
    event = of_type(events_of(pipeline, "Kenya provided no money to the Somali government."), "AID")[0]
    assert event.negated


def test_vocabulary_taking_aim_at_a_government_is_criticism(pipeline):
    text = "The Kenyan president took aim at the Ugandan government over the border dispute."
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert (event.source.code, event.target.code) == ("KENGOV", "UGAGOV")


def test_vocabulary_firing_back_in_words_is_criticism_and_with_arms_combat(pipeline):
    assert of_type(events_of(pipeline, "Kenya's foreign minister fired back at Uganda."), "ACCUSE")
    assert of_type(events_of(pipeline, "Ugandan soldiers fired back at the rebels."), "ASSAULT")


def test_coding_rules_quoted_command_reports_no_act_done(pipeline):
    text = "Free the hostages now, the Kenyan president told Somali militants."
    assert all(event.hypothetical for event in of_type(events_of(pipeline, text), "RETREAT"))


def test_coding_rules_infinitive_under_a_verb_is_no_command(pipeline):
    event = of_type(events_of(pipeline, "Kenyan protesters forced the minister to resign."), "CONCEDE")[0]
    assert not event.hypothetical
