"""Event coder behaviour on literal sentences, one behaviour per test, and the seed article."""

from __future__ import annotations

import json

import pytest

from eventwire.document import Document
from eventwire.events import EventStage
from eventwire.events.actors_fallback import sector_of
from eventwire.events.classifier import load_classifier
from eventwire.events.codebook import cameo
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(stages=["entities", "actors", "quotes", "events"], nlp=nlp)


def events_of(pipeline, text: str, date: str | None = None):
    document = Document(text=text, date=date)
    return pipeline.apply(document, pipeline.nlp(text)).events


def only(events, plover_type):
    found = [e for e in events if e.type == plover_type]
    assert found, f"no {plover_type} in {[(e.type, e.rule) for e in events]}"
    return found[0]


def country(ref) -> str | None:
    return ref.code[:3] if ref is not None and ref.code else None


def test_events_crosswalk_gives_type_quad_and_goldstein():
    entry = cameo("190")
    assert (entry.type, entry.quad, entry.goldstein) == ("ASSAULT", 4, -10.0)


def test_events_verbal_trigger_with_subject_and_object(pipeline):
    event = only(events_of(pipeline, "Russian troops attacked the Ukrainian city of Kharkiv on Monday."), "ASSAULT")
    assert country(event.source) == "RUS" and event.cameo.startswith("19")


def test_events_nominal_trigger_takes_possessive_source_and_of_target(pipeline):
    event = only(events_of(pipeline, "Russia's invasion of Ukraine shocked Europe."), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("RUS", "UKR")


def test_events_phone_call_is_consult_phone(pipeline):
    event = only(events_of(pipeline, "The French president held a phone call with the German chancellor."), "CONSULT")
    assert event.mode == "phone"


def test_events_passive_swaps_source_and_target(pipeline):
    event = only(events_of(pipeline, "Ukrainian soldiers were attacked by Russian forces."), "ASSAULT")
    assert (country(event.source), country(event.target)) == ("RUS", "UKR")


def test_events_coordinated_verbs_share_the_subject(pipeline):
    events = events_of(pipeline, "France recognized the new Libyan government and sent humanitarian aid to Libya.")
    assert country(only(events, "SUPPORT").source) == country(only(events, "AID").source) == "FRA"


def test_events_negation_is_marked(pipeline):
    assert only(events_of(pipeline, "Germany did not attack Poland."), "ASSAULT").negated


def test_events_intent_to_talk_is_hypothetical_agree(pipeline):
    event = only(events_of(pipeline, "Turkey is ready to hold talks with Greece."), "AGREE")
    assert event.hypothetical and event.cameo == "036"


def test_events_threat_to_attack_is_threaten(pipeline):
    events = events_of(pipeline, "Iran threatened to attack Israel.")
    assert only(events, "THREATEN").cameo == "138" and not any(e.type == "ASSAULT" for e in events)


def test_events_sports_attack_is_no_event(pipeline):
    text = "Liverpool attacked Chelsea throughout the match and their striker scored a late goal in the league game."
    assert not [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_events_war_on_poverty_is_no_event(pipeline):
    assert not events_of(pipeline, "The Brazilian government declared war on poverty.")


def test_events_same_event_twice_in_article_is_merged(pipeline):
    text = "Russia invaded Ukraine on Thursday.\n\nRussia's invasion of Ukraine shocked the world."
    assaults = [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and len(assaults[0].extra_evidence) == 1


def test_events_reported_speech_names_the_speaker(pipeline):
    event = only(events_of(pipeline, "The Ukrainian ministry said that Russian forces shelled Kharkiv."), "ASSAULT")
    assert event.reported_by and "ministry" in event.reported_by


def test_events_classifier_loads_and_scores_a_sentence(nlp):
    classifier = load_classifier()
    assert classifier is not None
    from eventwire.events.features import sentence_features

    probabilities = classifier.type_model.probabilities(sentence_features(nlp("Rebels shelled the town.")[:]))
    assert abs(sum(probabilities.values()) - 1) < 1e-3 and probabilities["ASSAULT"] > probabilities["AGREE"]


def test_events_stage_declares_its_place_in_the_pipeline():
    stage = EventStage(classifier=False)
    assert stage.name == "events" and stage.requires == ("entities", "actors")


def test_events_seed_article_key_events(shared, nlp):
    gold = json.loads((shared / "gold/article/seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    pipeline = Pipeline(nlp=nlp)
    document = Document(text=gold["text"], id=gold["id"], date=gold.get("date") or gold.get("dct"))
    events = pipeline.apply(document, nlp(document.text)).events
    kinds = {(e.type, e.mode, e.hypothetical) for e in events}
    assert ("AGREE", None, True) in kinds
    assert ("CONSULT", "phone", False) in kinds and ("CONSULT", "visit", False) in kinds
    assert {"REQUEST", "SUPPORT", "ACCUSE", "ASSAULT", "COERCE"} <= {e.type for e in events}


def test_events_sector_of_a_phrase_is_its_head_noun():
    assert (sector_of("several foreign journalists"), sector_of("the minister of defence")) == ("MED", "GOV")
