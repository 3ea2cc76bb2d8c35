"""Who did what to whom: target and source choice, coordination, and no event without an actor.

Sentences are written for these tests; each test checks one behaviour, each case id says what its sentence checks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.document_scorers import score_events
from eventwire.evaluate.predict import annotation_to_gold, document_for, read_jsonl
from eventwire.pipeline import Pipeline
from tests.events.helpers import country, events_of, first_event_countries, of_type, types_of

NO_EVENT_SAMPLE = Path(__file__).parent / "data" / "no_event_sentences.jsonl"
SPURIOUS_CEILING = 0.15  # the target for the share of no-event texts given an event


@pytest.mark.parametrize("text, plover_type, countries", [
    pytest.param("Turkish gunners fired artillery shells at Syria overnight.", "ASSAULT", {"target": "SYR"},
                 id="target-from-preposition-when-object-is-no-actor"),
    pytest.param("Chile threatened on Tuesday to cut off gas exports to Argentina.", "THREATEN", {"target": "ARG"},
                 id="time-phrase-is-never-the-target"),
    pytest.param("Kenyan police engaged Somali gunmen in a gunbattle near the border.", "ASSAULT", {"target": "SOM"},
                 id="nominal-trigger-takes-the-object-of-its-verb"),
    pytest.param("Hundreds of Chinese troops withdrew from the disputed valley in Bhutan.", "RETREAT",
                 {"source": "CHN"}, id="source-found-inside-a-quantity-phrase"),
    pytest.param("The Indian foreign minister held talks in Nairobi on Monday.", "CONSULT", {"target": "KEN"},
                 id="place-of-the-clause-is-the-target-when-none-is-named"),
    pytest.param("Two farmers were killed in Turkish air strikes, local officials said.", "ASSAULT",
                 {"source": "TUR"}, id="passive-takes-the-actor-of-the-event-noun"),
    pytest.param("Two fishermen were killed in Moroccan navy shelling near the coast.", "ASSAULT", {"source": "MAR"},
                 id="gerund-the-parser-cut-from-its-preposition-keeps-its-actor"),
    pytest.param("Lithuania presented evidence against Belarus.", "ACCUSE", {"target": "BLR"},
                 id="presenting-evidence-against-is-accuse"),
    pytest.param("The Peruvian interior minister was censured by Congress and resigned.", "CONCEDE",
                 {"source": "PER"}, id="conjunct-of-a-passive-takes-its-subject-not-the-agent"),
    pytest.param("Japan called on China to resume talks.", "REQUEST", {"source": "JPN", "target": "CHN"},
                 id="calling-on-someone-to-act-is-an-appeal"),
    pytest.param("The Kenyan government banned a march organised by Somali refugees.", "COERCE", {"target": "SOM"},
                 id="target-is-the-actor-of-the-event-acted-on"),
    pytest.param("Egyptian police arrested dozens of students on Sunday.", "COERCE", {"target": "EGY"},
                 id="sector-takes-the-one-country-its-sentence-names"),
    pytest.param("Insurgents shelled a government-held district of Mali's capital overnight.", "ASSAULT",
                 {"source": "---"}, id="unnamed-rebels-keep-no-country"),
    pytest.param("The Polish senator came under sharp criticism from Hungarian officials.", "ACCUSE",
                 {"source": "HUN", "target": "POL"}, id="subject-of-undergoing-verb-is-the-target"),
    pytest.param("Tibetan monks received assurances from the Nepalese government.", "AGREE", {"source": "NPL"},
                 id="giver-in-from-phrase-of-received-object"),
    pytest.param("Volunteers from two Swiss charities donated and personally delivered blankets to the hospital.",
                 "AID", {"source": "CHE"}, id="main-verb-hung-on-a-noun-keeps-that-noun-as-source"),
    pytest.param("Obama is scheduled to attend a summit in Switzerland on the unrest in Iran.", "CONSULT",
                 {"target": "CHE"}, id="topic-of-a-meeting-is-not-its-target"),
    pytest.param("Protests spread across Kenya on Monday. Police arrested the country's opposition leaders.",
                 "COERCE", {"target": "KEN"}, id="the-country-refers-to-the-country-last-named"),
    pytest.param("About 300 ethnic Hungarians rallied in Romania on Friday.", "PROTEST", {"source": "ROU"},
                 id="ethnic-group-belongs-to-the-country-it-acts-in"),
    pytest.param("Kenya's opposition called for protests in Nairobi. Police detained dozens of demonstrators on "
                 "Monday.", "COERCE", {"source": "KEN"},
                 id="sector-in-a-sentence-naming-no-country-takes-the-articles"),
    pytest.param("Syria withdrew its troops from Lebanon.", "RETREAT", {"target": "LBN"},
                 id="own-troops-are-no-target-when-a-place-is-named"),
    pytest.param("Britain recalled its ambassador from Moscow.", "SANCTION", {"target": "RUS"},
                 id="phrase-hung-on-the-object-gives-the-target"),
    pytest.param("Iran called for the United States to lift sanctions.", "REQUEST", {"source": "IRN", "target": "USA"},
                 id="for-clause-subject-is-the-one-asked"),
    pytest.param("The Palestinian president renewed calls for Israel to halt settlement building.", "REQUEST",
                 {"target": "ISR"}, id="for-clause-subject-of-a-noun-is-the-one-asked"),
    pytest.param("The expulsion of Russian diplomats by Poland angered Moscow.", "SANCTION",
                 {"source": "POL", "target": "RUS"}, id="doer-hung-on-the-object-of-an-event-noun-is-its-source"),
    pytest.param("The Kenyan minister's acceptance of donations from Saudi Arabia drew criticism.", "AID",
                 {"source": "SAU", "target": "KEN"}, id="who-accepts-donations-is-their-target"),
])
def test_arguments_first_event_of_the_type_has_the_countries(pipeline, text, plover_type, countries):
    assert first_event_countries(pipeline, text, plover_type, countries) == countries


@pytest.mark.parametrize("text, plover_type, codes", [
    pytest.param("Gunmen killed six civilians in Timbuktu on Sunday.", "ASSAULT", {"target": "MLICVL"},
                 id="civilians-without-country-take-the-country-of-the-place"),
    pytest.param("Chad withdrew its troops on Monday.", "RETREAT", {"target": "TCDMIL"},
                 id="own-people-stay-the-target-without-another-candidate"),
    pytest.param("A judge ordered the release of a video showing a Chicago police officer kicking a handcuffed man.",
                 "ASSAULT", {"source": "USACOP"}, id="person-doing-a-participle-is-its-source"),
    pytest.param("The visit of the Indian prime minister to Moscow ended.", "CONSULT",
                 {"source": "INDGOV", "target": "RUSGOV"}, id="visit-of-someone-to-a-capital"),
    pytest.param("The verdict ― Russia attacked Ukraine ― shocked the world.", "ASSAULT",
                 {"source": "RUS", "target": "UKR"}, id="a-clause-between-dashes-keeps-its-own-subject"),
])
def test_arguments_first_event_of_the_type_has_the_actor_codes(pipeline, text, plover_type, codes):
    event = of_type(events_of(pipeline, text), plover_type)[0]
    assert {role: ref.code if (ref := getattr(event, role)) else None for role in codes} == codes


@pytest.mark.parametrize("text, plover_type, sources, target", [
    pytest.param("Russia and Belarus attacked Ukrainian positions near the border.", "ASSAULT", {"RUS", "BLR"}, "UKR",
                 id="coordinated-subjects-give-one-event-each"),
    pytest.param("Czech and Slovak activists staged a protest in Vienna.", "PROTEST", {"CZE", "SVK"}, "AUT",
                 id="co-protesters-are-not-each-others-targets"),
])
def test_events_coordinated_sources_give_one_event_each_against_the_target(pipeline, text, plover_type, sources,
                                                                            target):
    events = of_type(events_of(pipeline, text), plover_type)
    assert {country(e.source) for e in events} == sources
    assert all(country(e.target) == target for e in events)


@pytest.mark.parametrize("text, coded, not_coded", [
    pytest.param("Indian and Japanese warships conducted exercises in the Bay of Bengal.", "COOPERATE", "MOBILIZE",
                 id="joint-exercise-is-cooperation"),
    pytest.param("Nepal conceded to demands from India over the border crossing.", "CONCEDE", "REQUEST",
                 id="conceding-to-demands-is-one-event"),
])
def test_events_sentence_is_one_type_not_the_other(pipeline, text, coded, not_coded):
    types = types_of(pipeline, text)
    assert coded in types and not_coded not in types


@pytest.mark.parametrize("text", [
    pytest.param("The new play attacks the vanity of modern life.", id="no-event-without-an-actor-the-text-places"),
    pytest.param("Police called on Tuesday.", id="a-time-phrase-does-not-license-a-trigger"),
])
def test_events_sentence_has_no_event(pipeline, text):
    assert not events_of(pipeline, text)


def test_events_coordinated_modifiers_give_one_source_each(pipeline):
    events = events_of(pipeline, "Greek and Cypriot officials criticized Turkey for the drilling.")
    assert {country(e.source) for e in of_type(events, "ACCUSE")} == {"GRC", "CYP"}


def test_events_coordinated_subjects_without_target_face_each_other(pipeline):
    events = of_type(events_of(pipeline, "Brazil and Argentina held talks on trade."), "CONSULT")
    assert {(country(e.source), country(e.target)) for e in events} == {("BRA", "ARG"), ("ARG", "BRA")}


def test_events_sector_without_country_is_coded_with_dashes(pipeline):
    event = of_type(events_of(pipeline, "Insurgents shelled a village in northern Mali."), "ASSAULT")[0]
    assert event.source.code == "---REB" and country(event.target) == "MLI"


def test_events_expelling_diplomats_is_sanction(pipeline):
    assert of_type(events_of(pipeline, "Poland expelled three Russian diplomats."), "SANCTION")[0].cameo == "166"


def test_events_expelling_a_person_is_deportation(pipeline):
    assert of_type(events_of(pipeline, "Italy expelled a Tunisian preacher."), "COERCE")[0].cameo == "174"


def test_events_steps_taken_are_no_intention(pipeline):
    events = events_of(pipeline, "Uzbekistan's government took steps to ease restrictions on the press.")
    assert not of_type(events, "CONCEDE")[0].hypothetical


def test_events_spurious_rate_on_no_event_sentences(nlp):
    """Sport, markets, weather, culture, opinion: the share given an event stays under the issue's ceiling."""
    rows = list(read_jsonl(NO_EVENT_SAMPLE))
    pipeline = Pipeline(stages=["entities", "actors", "geo", "quotes", "events"], nlp=nlp)
    annotated = pipeline.annotate(document_for(row) for row in rows)
    predicted = {row["id"]: {"events": [annotation_to_gold("events", e) for e in doc.events]}
                 for row, doc in zip(rows, annotated)}
    metrics = score_events({row["id"]: row for row in rows}, predicted)
    assert metrics["spurious_rate"] <= SPURIOUS_CEILING


def test_events_calling_a_counterpart_is_a_phone_consultation(pipeline):
    events = events_of(pipeline, "The Kenyan president called his Ugandan counterpart on Sunday.")
    event = of_type(events, "CONSULT")[0]
    assert event.mode == "phone" and country(event.target) == "UGA"


def test_events_classifier_adds_no_event_by_default():
    from eventwire.events.classifier import load_classifier

    assert load_classifier().add_events is False


def test_events_staged_is_read_as_stage_despite_the_lemmatizer(pipeline):
    assert of_type(events_of(pipeline, "Chilean students staged a protest against the government."), "PROTEST")


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a.start is not None and b.start is not None \
        and a.start < b.end and b.start < a.end


def test_arguments_talks_between_two_countries_face_each_other(pipeline):
    event = of_type(events_of(pipeline, "The talks between Armenia and Azerbaijan collapsed."), "CONSULT")[0]
    assert {country(event.source), country(event.target)} == {"ARM", "AZE"}


def test_arguments_event_noun_in_a_time_phrase_takes_no_source_from_its_clause(pipeline):
    text = "The Kenyan minister made many mistakes during the attacks on the embassy in Nairobi."
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert all(event.source is None for event in assaults)


def test_arguments_participles_sharing_a_passive_share_its_agent(pipeline):
    events = of_type(events_of(pipeline, "Ellen Tanner was shot and killed by a police officer in Tulsa."), "ASSAULT")
    assert {(e.source.code if e.source else None, e.target.text) for e in events} == {("USACOP", "Ellen Tanner")}


def test_arguments_an_aside_between_dashes_is_not_the_passive_subject(pipeline):
    text = "Ellen Tanner, 40 ― a nurse who volunteered at a shelter ― was shot by a police officer in Tulsa."
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert (event.source.code, event.target.text) == ("USACOP", "Ellen Tanner")


def test_coder_one_mention_is_never_both_sides(pipeline):
    events = events_of(pipeline, "Thousands of textile workers in Kenya went on strike for better pay.")
    assert of_type(events, "PROTEST")
    assert not any(_overlap(e.source, e.target) for e in events)


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
