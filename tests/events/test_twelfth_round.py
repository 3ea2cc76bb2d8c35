"""Twelfth-round rules (issue #4, read on 200 new real news articles): one mention is never both sides, aid
accepted has its receiver as target, political contests and campaign rallies are no events, demands in the
subjunctive, generic "you" and "we must", "it" standing for a thing. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def types_in(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a.start is not None and b.start is not None \
        and a.start < b.end and b.start < a.end


def test_coder_one_mention_is_never_both_sides(pipeline):
    events = events_of(pipeline, "Thousands of textile workers in Kenya went on strike for better pay.")
    assert of_type(events, "PROTEST")
    assert not any(_overlap(e.source, e.target) for e in events)


def test_arguments_who_accepts_donations_is_their_target(pipeline):
    text = "The Kenyan minister's acceptance of donations from Saudi Arabia drew criticism."
    aid = of_type(events_of(pipeline, text), "AID")[0]
    assert (aid.source.code[:3], aid.target.code[:3]) == ("SAU", "KEN")


def test_modality_a_subjunctive_demand_is_hypothetical(pipeline):
    text = "Several senators said a special prosecutor be appointed to investigate the Kenyan election commission."
    assert all(e.hypothetical for e in of_type(events_of(pipeline, text), "ACCUSE"))


def test_figurative_candidates_fighting_it_out_is_no_event(pipeline):
    text = "Senator Jane Smith and Governor Tom Brown are fighting it out for first place in Iowa."
    assert not types_in(pipeline, text) & {"ASSAULT", "ACCUSE"}


def test_figurative_armed_fighting_stays_an_assault(pipeline):
    assert "ASSAULT" in types_in(pipeline, "Syrian rebels fought government troops near Aleppo.")


def test_figurative_a_politician_holding_a_rally_is_no_protest(pipeline):
    text = "Senator Jane Smith held a rally with supporters in Des Moines on Monday."
    assert "PROTEST" not in types_in(pipeline, text)


def test_figurative_a_rally_against_a_law_stays_a_protest(pipeline):
    text = "Thousands of students held a rally against the new tax law in Nairobi."
    assert "PROTEST" in types_in(pipeline, text)


def test_coder_generic_you_is_no_actor(pipeline):
    text = "He said that if you attack the Kenyan government, it will hit back."
    assert not types_in(pipeline, text) & {"ASSAULT", "THREATEN"}


def test_modality_what_we_must_do_is_an_opinion(pipeline):
    text = "\"As a region, we must help the Ugandan refugees,\" the Kenyan minister said."
    assert not types_in(pipeline, text) & {"AID", "REQUEST"}


def test_modality_we_must_not_forget_a_past_act(pipeline):
    text = "We must not forget that Hamas seized power in the Gaza Strip through a military coup."
    assert "COERCE" in types_in(pipeline, text)


def test_actor_refs_an_object_it_is_a_thing(pipeline):
    agree = of_type(events_of(pipeline, "Uganda criticized the plan and Kenya vowed to block it."), "AGREE")[0]
    assert agree.target is None or not agree.target.code


def test_actor_refs_it_in_a_statement_is_the_speaker(pipeline):
    text = "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday."
    assert any(e.target is not None and (e.target.code or "")[:3] == "ISR" for e in events_of(pipeline, text))


def test_vocabulary_help_needs_someone_helped(pipeline):
    assert "AID" not in types_in(pipeline, "\"It helps,\" the Kenyan minister said.")


def test_vocabulary_released_notes_are_no_release(pipeline):
    assert "RETREAT" not in types_in(pipeline, "The Kenyan ministry released notes from the meeting.")


def test_vocabulary_taking_over_without_object_is_succession(pipeline):
    assert "COERCE" not in types_in(pipeline, "The new Kenyan finance minister took over in hard times.")


def test_figurative_an_attack_on_heritage_is_criticism(pipeline):
    text = "Senator Jane Smith's attack on the judge's Mexican heritage drew criticism."
    assert "ASSAULT" not in types_in(pipeline, text)
