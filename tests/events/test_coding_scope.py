"""What a report codes and what it does not: demands made by pressing someone, acts inside denied accusations,
the reasons and topics of statements, opinions of agreement, quoted commands. Sentences written for
eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


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


def test_coding_rules_pressing_someone_to_act_is_a_demand_of_them(pipeline):
    event = of_type(events_of(pipeline, "Japan pressed Russia to return the islands."), "REQUEST")[0]
    assert (country(event.source), country(event.target)) == ("JPN", "RUS")


def test_coding_rules_pressing_someone_to_act_codes_no_act_of_the_presser(pipeline):
    assert not [e for e in events_of(pipeline, "Japan pressed Russia to return the islands.") if e.type == "RETREAT"]


def test_coding_rules_country_where_two_sides_meet_is_no_third_party(pipeline):
    events = events_of(pipeline, "Turkish and Greek diplomats held talks in Ankara on Monday.")
    pairs = {(e.source.code, e.target.code) for e in of_type(events, "CONSULT")}
    assert pairs == {("TURGOV", "GRCGOV"), ("GRCGOV", "TURGOV")}


def test_coding_rules_object_naming_nothing_negates_the_act(pipeline):
    event = of_type(events_of(pipeline, "Kenya provided no money to the Somali government."), "AID")[0]
    assert event.negated


def test_coding_rules_quoted_command_reports_no_act_done(pipeline):
    text = "Free the hostages now, the Kenyan president told Somali militants."
    assert all(event.hypothetical for event in of_type(events_of(pipeline, text), "RETREAT"))


def test_coding_rules_infinitive_under_a_verb_is_no_command(pipeline):
    event = of_type(events_of(pipeline, "Kenyan protesters forced the minister to resign."), "CONCEDE")[0]
    assert not event.hypothetical


def test_nonevents_agreeing_that_something_is_so_is_an_opinion(pipeline):
    text = "Russian and Chinese officials agreed that the sanctions against Iran were unfair."
    assert "AGREE" not in types_of(pipeline, text)


def test_nonevents_agreeing_with_a_point_is_an_opinion(pipeline):
    text = "The Russian foreign minister agreed with the point made by his Chinese counterpart."
    assert "AGREE" not in types_of(pipeline, text)


def test_nonevents_conceding_that_something_is_so_is_no_concession(pipeline):
    text = "The Kenyan minister conceded that Uganda had a stronger economy."
    assert "CONCEDE" not in types_of(pipeline, text)
