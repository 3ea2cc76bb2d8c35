"""Argument phrases: the two sides of a "between" phrase on a verb or a noun, a singular possessive in a reported
clause, and a two-word preposition naming the place left. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def _pairs(events):
    return {(country(e.source), country(e.target)) for e in events}


def test_between_phrase_on_the_verb_an_event_noun_is_subject_of_gives_both_sides(pipeline):
    text = "Heavy fighting broke out between Kenyan and Somali soldiers near the frontier on Tuesday."
    assert _pairs(of_type(events_of(pipeline, text), "ASSAULT")) == {("KEN", "SOM"), ("SOM", "KEN")}


def test_between_phrase_of_named_sides_after_an_intransitive_verb(pipeline):
    text = "Clashes erupted between Sudan and Chad along the desert border."
    assert _pairs(of_type(events_of(pipeline, text), "ASSAULT")) == {("SDN", "TCD"), ("TCD", "SDN")}


def test_between_phrase_on_a_noun_makes_its_sides_face_each_other(pipeline):
    text = "The fighting between Peru and Ecuador lasted three weeks."
    assert _pairs(of_type(events_of(pipeline, text), "ASSAULT")) == {("PER", "ECU"), ("ECU", "PER")}


def test_singular_possessive_in_a_statement_is_the_speaker_not_a_plural_subject(pipeline):
    text = "Lithuania said Belarusian guards had attacked its checkpoints overnight."
    events = [e for e in events_of(pipeline, text) if e.type != "ACCUSE"]
    assert events and all(country(e.target) == "LTU" for e in events)


def test_place_left_after_out_of_is_the_target_of_a_withdrawal(pipeline):
    events = of_type(events_of(pipeline, "Turkey pulled its troops out of Syria last year."), "RETREAT")
    assert country(events[0].target) == "SYR"



def test_sector_in_a_statement_takes_the_one_country_named_outside_the_other_side(pipeline):
    text = ("A foreign ministry spokesman told a briefing in Hanoi that the coast guard had acted lawfully and "
            "blamed Beijing for the collision.")
    events = of_type(events_of(pipeline, text), "ACCUSE")
    assert (events[0].source.code, country(events[0].target)) == ("VNMCOP", "CHN")


def test_agreement_passive_with_between_phrase_is_one_agreement_each_way(pipeline):
    events = events_of(pipeline, "A ceasefire was agreed between Colombia and the FARC rebels on Friday.")
    agreements = of_type(events, "AGREE")
    assert {e.type for e in events} == {"AGREE"} and len(agreements) == 2 and all(e.target for e in agreements)


def test_plural_possessive_of_what_a_reported_attack_harms_is_the_speaker(pipeline):
    text = "Georgian officials said Russian soldiers had looted their warehouses near Gori."
    events = [e for e in events_of(pipeline, text) if e.type != "ACCUSE"]
    assert events and all(country(e.target) == "GEO" for e in events)
