"""Who did what to whom: target and source choice, coordination, and no event without an actor.

Sentences are written for these tests; each test checks one behaviour.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.evaluate.document_scorers import score_events
from eventwire.evaluate.predict import annotation_to_gold, document_for, read_jsonl
from eventwire.pipeline import Pipeline
from tests.events.helpers import country, events_of, of_type, types_of

NO_EVENT_SAMPLE = Path(__file__).parent / "data" / "no_event_sentences.jsonl"
SPURIOUS_CEILING = 0.15  # the target for the share of no-event texts given an event


def test_events_target_from_preposition_when_object_is_no_actor(pipeline):
    event = of_type(events_of(pipeline, "Turkish gunners fired artillery shells at Syria overnight."), "ASSAULT")[0]
    assert country(event.target) == "SYR"


def test_events_time_phrase_is_never_the_target(pipeline):
    events = events_of(pipeline, "Chile threatened on Tuesday to cut off gas exports to Argentina.")
    assert country(of_type(events, "THREATEN")[0].target) == "ARG"


def test_events_nominal_trigger_takes_the_object_of_its_verb(pipeline):
    events = events_of(pipeline, "Kenyan police engaged Somali gunmen in a gunbattle near the border.")
    assert country(of_type(events, "ASSAULT")[0].target) == "SOM"


def test_events_source_found_inside_a_quantity_phrase(pipeline):
    events = events_of(pipeline, "Hundreds of Chinese troops withdrew from the disputed valley in Bhutan.")
    assert country(of_type(events, "RETREAT")[0].source) == "CHN"


def test_events_place_of_the_clause_is_the_target_when_none_is_named(pipeline):
    events = events_of(pipeline, "The Indian foreign minister held talks in Nairobi on Monday.")
    assert country(of_type(events, "CONSULT")[0].target) == "KEN"


def test_events_coordinated_subjects_give_one_event_each(pipeline):
    events = of_type(events_of(pipeline, "Russia and Belarus attacked Ukrainian positions near the border."), "ASSAULT")
    assert {country(e.source) for e in events} == {"RUS", "BLR"}
    assert all(country(e.target) == "UKR" for e in events)


def test_events_coordinated_modifiers_give_one_source_each(pipeline):
    events = events_of(pipeline, "Greek and Cypriot officials criticized Turkey for the drilling.")
    assert {country(e.source) for e in of_type(events, "ACCUSE")} == {"GRC", "CYP"}


def test_events_coordinated_subjects_without_target_face_each_other(pipeline):
    events = of_type(events_of(pipeline, "Brazil and Argentina held talks on trade."), "CONSULT")
    assert {(country(e.source), country(e.target)) for e in events} == {("BRA", "ARG"), ("ARG", "BRA")}


def test_events_joint_exercise_is_cooperation(pipeline):
    events = events_of(pipeline, "Indian and Japanese warships conducted exercises in the Bay of Bengal.")
    assert of_type(events, "COOPERATE") and not [e for e in events if e.type == "MOBILIZE"]


def test_events_no_event_without_an_actor_the_text_places(pipeline):
    assert not events_of(pipeline, "The new play attacks the vanity of modern life.")


def test_events_sector_without_country_is_coded_with_dashes(pipeline):
    event = of_type(events_of(pipeline, "Insurgents shelled a village in northern Mali."), "ASSAULT")[0]
    assert event.source.code == "---REB" and country(event.target) == "MLI"


def test_events_expelling_diplomats_is_sanction(pipeline):
    assert of_type(events_of(pipeline, "Poland expelled three Russian diplomats."), "SANCTION")[0].cameo == "166"


def test_events_expelling_a_person_is_deportation(pipeline):
    assert of_type(events_of(pipeline, "Italy expelled a Tunisian preacher."), "COERCE")[0].cameo == "174"


def test_events_passive_takes_the_actor_of_the_event_noun(pipeline):
    events = events_of(pipeline, "Two farmers were killed in Turkish air strikes, local officials said.")
    assert country(of_type(events, "ASSAULT")[0].source) == "TUR"


def test_events_steps_taken_are_no_intention(pipeline):
    events = events_of(pipeline, "Uzbekistan's government took steps to ease restrictions on the press.")
    assert not of_type(events, "CONCEDE")[0].hypothetical


def test_events_conceding_to_demands_is_one_event(pipeline):
    events = events_of(pipeline, "Nepal conceded to demands from India over the border crossing.")
    assert of_type(events, "CONCEDE") and not [e for e in events if e.type == "REQUEST"]


def test_events_presenting_evidence_against_is_accuse(pipeline):
    event = of_type(events_of(pipeline, "Lithuania presented evidence against Belarus."), "ACCUSE")[0]
    assert country(event.target) == "BLR"


def test_events_spurious_rate_on_no_event_sentences(nlp):
    """Sport, markets, weather, culture, opinion: the share given an event stays under the issue's ceiling."""
    rows = list(read_jsonl(NO_EVENT_SAMPLE))
    pipeline = Pipeline(stages=["entities", "actors", "geo", "quotes", "events"], nlp=nlp)
    annotated = pipeline.annotate(document_for(row) for row in rows)
    predicted = {row["id"]: {"events": [annotation_to_gold("events", e) for e in doc.events]}
                 for row, doc in zip(rows, annotated)}
    metrics = score_events({row["id"]: row for row in rows}, predicted)
    assert metrics["spurious_rate"] <= SPURIOUS_CEILING


def test_events_conjunct_of_a_passive_takes_its_subject_not_the_agent(pipeline):
    events = events_of(pipeline, "The Peruvian interior minister was censured by Congress and resigned.")
    assert country(of_type(events, "CONCEDE")[0].source) == "PER"


def test_events_calling_a_counterpart_is_a_phone_consultation(pipeline):
    events = events_of(pipeline, "The Kenyan president called his Ugandan counterpart on Sunday.")
    event = of_type(events, "CONSULT")[0]
    assert event.mode == "phone" and country(event.target) == "UGA"


def test_events_classifier_adds_no_event_by_default():
    from eventwire.events.classifier import load_classifier

    assert load_classifier().add_events is False


def test_events_staged_is_read_as_stage_despite_the_lemmatizer(pipeline):
    assert of_type(events_of(pipeline, "Chilean students staged a protest against the government."), "PROTEST")


def test_events_co_protesters_are_not_each_others_targets(pipeline):
    events = of_type(events_of(pipeline, "Czech and Slovak activists staged a protest in Vienna."), "PROTEST")
    assert {country(e.source) for e in events} == {"CZE", "SVK"}
    assert all(country(e.target) == "AUT" for e in events)


def test_events_civilians_without_country_take_the_country_of_the_place(pipeline):
    events = events_of(pipeline, "Gunmen killed six civilians in Timbuktu on Sunday.")
    assert of_type(events, "ASSAULT")[0].target.code == "MLICVL"


def test_events_calling_on_someone_to_act_is_an_appeal(pipeline):
    event = of_type(events_of(pipeline, "Japan called on China to resume talks."), "REQUEST")[0]
    assert (country(event.source), country(event.target)) == ("JPN", "CHN")


def test_events_a_time_phrase_does_not_license_a_trigger(pipeline):
    assert not events_of(pipeline, "Police called on Tuesday.")


def test_events_target_is_the_actor_of_the_event_acted_on(pipeline):
    events = events_of(pipeline, "The Kenyan government banned a march organised by Somali refugees.")
    assert country(of_type(events, "COERCE")[0].target) == "SOM"


def test_events_sector_takes_the_one_country_its_sentence_names(pipeline):
    events = events_of(pipeline, "Egyptian police arrested dozens of students on Sunday.")
    assert country(of_type(events, "COERCE")[0].target) == "EGY"


def test_events_unnamed_rebels_keep_no_country(pipeline):
    events = events_of(pipeline, "Insurgents shelled a government-held district of Mali's capital overnight.")
    assert of_type(events, "ASSAULT")[0].source.code.startswith("---")


def test_events_subject_of_undergoing_verb_is_the_target(pipeline):
    events = events_of(pipeline, "The Polish senator came under sharp criticism from Hungarian officials.")
    event = of_type(events, "ACCUSE")[0]
    assert (country(event.source), country(event.target)) == ("HUN", "POL")


def test_events_giver_in_from_phrase_of_received_object(pipeline):
    events = events_of(pipeline, "Tibetan monks received assurances from the Nepalese government.")
    assert country(of_type(events, "AGREE")[0].source) == "NPL"


def test_events_main_verb_hung_on_a_noun_keeps_that_noun_as_source(pipeline):
    text = "Volunteers from two Swiss charities donated and personally delivered blankets to the hospital."
    assert country(of_type(events_of(pipeline, text), "AID")[0].source) == "CHE"


def test_events_topic_of_a_meeting_is_not_its_target(pipeline):
    events = events_of(pipeline, "Obama is scheduled to attend a summit in Switzerland on the unrest in Iran.")
    assert country(of_type(events, "CONSULT")[0].target) == "CHE"


def test_events_the_country_refers_to_the_country_last_named(pipeline):
    text = "Protests spread across Kenya on Monday. Police arrested the country's opposition leaders."
    assert country(of_type(events_of(pipeline, text), "COERCE")[0].target) == "KEN"


def test_events_ethnic_group_belongs_to_the_country_it_acts_in(pipeline):
    events = events_of(pipeline, "About 300 ethnic Hungarians rallied in Romania on Friday.")
    assert country(of_type(events, "PROTEST")[0].source) == "ROU"


def test_events_sector_in_a_sentence_naming_no_country_takes_the_articles(pipeline):
    text = "Kenya's opposition called for protests in Nairobi. Police detained dozens of demonstrators on Monday."
    assert country(of_type(events_of(pipeline, text), "COERCE")[0].source) == "KEN"


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a.start is not None and b.start is not None \
        and a.start < b.end and b.start < a.end


def test_arguments_own_troops_are_no_target_when_a_place_is_named(pipeline):
    event = of_type(events_of(pipeline, "Syria withdrew its troops from Lebanon."), "RETREAT")[0]
    assert country(event.target) == "LBN"


def test_arguments_phrase_hung_on_the_object_gives_the_target(pipeline):
    event = of_type(events_of(pipeline, "Britain recalled its ambassador from Moscow."), "SANCTION")[0]
    assert country(event.target) == "RUS"


def test_arguments_own_people_stay_the_target_without_another_candidate(pipeline):
    event = of_type(events_of(pipeline, "Chad withdrew its troops on Monday."), "RETREAT")[0]
    assert event.target is not None and event.target.code == "TCDMIL"


def test_arguments_person_doing_a_participle_is_its_source(pipeline):
    text = "A judge ordered the release of a video showing a Chicago police officer kicking a handcuffed man."
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert event.source is not None and event.source.code == "USACOP"


def test_arguments_for_clause_subject_is_the_one_asked(pipeline):
    event = of_type(events_of(pipeline, "Iran called for the United States to lift sanctions."), "REQUEST")[0]
    assert (country(event.source), country(event.target)) == ("IRN", "USA")


def test_arguments_for_clause_subject_of_a_noun_is_the_one_asked(pipeline):
    text = "The Palestinian president renewed calls for Israel to halt settlement building."
    event = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert country(event.target) == "ISR"


def test_arguments_talks_between_two_countries_face_each_other(pipeline):
    event = of_type(events_of(pipeline, "The talks between Armenia and Azerbaijan collapsed."), "CONSULT")[0]
    assert {country(event.source), country(event.target)} == {"ARM", "AZE"}


def test_arguments_event_noun_in_a_time_phrase_takes_no_source_from_its_clause(pipeline):
    text = "The Kenyan minister made many mistakes during the attacks on the embassy in Nairobi."
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert all(event.source is None for event in assaults)


def test_arguments_doer_hung_on_the_object_of_an_event_noun_is_its_source(pipeline):
    event = of_type(events_of(pipeline, "The expulsion of Russian diplomats by Poland angered Moscow."), "SANCTION")[0]
    assert (country(event.source), country(event.target)) == ("POL", "RUS")


def test_arguments_visit_of_someone_to_a_capital(pipeline):
    event = of_type(events_of(pipeline, "The visit of the Indian prime minister to Moscow ended."), "CONSULT")[0]
    assert (event.source.code, event.target.code) == ("INDGOV", "RUSGOV")


def test_arguments_participles_sharing_a_passive_share_its_agent(pipeline):
    events = of_type(events_of(pipeline, "Ellen Tanner was shot and killed by a police officer in Tulsa."), "ASSAULT")
    assert {(e.source.code if e.source else None, e.target.text) for e in events} == {("USACOP", "Ellen Tanner")}


def test_arguments_an_aside_between_dashes_is_not_the_passive_subject(pipeline):
    text = "Ellen Tanner, 40 ― a nurse who volunteered at a shelter ― was shot by a police officer in Tulsa."
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert (event.source.code, event.target.text) == ("USACOP", "Ellen Tanner")


def test_arguments_a_clause_between_dashes_keeps_its_own_subject(pipeline):
    event = of_type(events_of(pipeline, "The verdict ― Russia attacked Ukraine ― shocked the world."), "ASSAULT")[0]
    assert (event.source.code, event.target.code) == ("RUS", "UKR")


def test_coder_one_mention_is_never_both_sides(pipeline):
    events = events_of(pipeline, "Thousands of textile workers in Kenya went on strike for better pay.")
    assert of_type(events, "PROTEST")
    assert not any(_overlap(e.source, e.target) for e in events)


def test_arguments_who_accepts_donations_is_their_target(pipeline):
    text = "The Kenyan minister's acceptance of donations from Saudi Arabia drew criticism."
    aid = of_type(events_of(pipeline, text), "AID")[0]
    assert (aid.source.code[:3], aid.target.code[:3]) == ("SAU", "KEN")


def test_coder_generic_you_is_no_actor(pipeline):
    text = "He said that if you attack the Kenyan government, it will hit back."
    assert not types_of(pipeline, text) & {"ASSAULT", "THREATEN"}


def test_arguments_relative_clause_source_keeps_its_target(pipeline):
    text = "The governor, who criticized President Obama on Monday, will run again."
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert accusation.source.text == "The governor" and "Obama" in accusation.target.text


def test_arguments_person_name_places_nobody(pipeline):
    text = "Police said Carl Lewis Paris shot a police officer in Ohio on Monday."
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert country(assault.source) != "FRA"
