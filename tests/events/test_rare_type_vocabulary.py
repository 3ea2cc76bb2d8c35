"""Vocabulary of the types the coder found least often on machine-written stories (SANCTION, AID, MOBILIZE,
PROTEST, COERCE, REJECT), from the CAMEO/PLOVER definitions, and the uses of the same words that are no event.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def codes_of(pipeline, text: str, plover_type: str) -> list[str]:
    return [e.cameo for e in of_type(events_of(pipeline, text), plover_type)]


def test_freezing_aid_stops_aid(pipeline):
    events = events_of(pipeline, "The Dutch government froze development aid to Rwanda on Thursday.")
    assert [e.cameo for e in events] == ["162"]


def test_freezing_assets_is_a_sanction(pipeline):
    assert codes_of(pipeline, "Canada froze the assets of three Venezuelan officials.", "COERCE") == ["163"]


def test_freezing_prices_is_no_event(pipeline):
    assert types_of(pipeline, "The Egyptian government froze bread prices until June.") == set()


def test_a_leader_quitting_resigns(pipeline):
    assert codes_of(pipeline, "Peru's prime minister quit on Friday after a week of protests.", "CONCEDE") == ["0831"]


def test_quitting_smoking_is_no_event(pipeline):
    assert types_of(pipeline, "The Greek finance minister quit smoking last year.") == set()


def test_forgiving_a_debt_is_economic_aid(pipeline):
    assert codes_of(pipeline, "Japan forgave Myanmar's debt in 2013.", "AID") == ["071"]


def test_recruiting_fighters_raises_forces(pipeline):
    assert codes_of(pipeline, "Al-Shabaab recruited hundreds of fighters in Kenya.", "MOBILIZE") == ["154"]


def test_recruiting_staff_is_no_mobilization(pipeline):
    assert "MOBILIZE" not in types_of(pipeline, "The French ministry recruited forty new teachers.")


def test_testing_a_missile_shows_military_power(pipeline):
    assert codes_of(pipeline, "Pakistan tested a cruise missile on Tuesday.", "MOBILIZE") == ["150"]


def test_testing_a_vaccine_is_no_event(pipeline):
    assert types_of(pipeline, "Cuban doctors tested a new vaccine on Tuesday.") == set()


def test_demonstrators_blocking_a_road_obstruct_passage(pipeline):
    protest = of_type(events_of(pipeline, "Polish farmers blocked the main highway into Warsaw on Monday."), "PROTEST")
    assert protest[0].cameo == "144" and country(protest[0].source) == "POL"


def test_a_senate_blocking_a_bill_is_no_protest(pipeline):
    assert "PROTEST" not in types_of(pipeline, "The Italian senate blocked the budget bill.")


def test_striking_workers_name_who_was_arrested_not_an_attack(pipeline):
    events = events_of(pipeline, "Chilean police arrested ten striking miners near Antofagasta.")
    assert [e.cameo for e in events] == ["173"]


def test_a_striking_likeness_is_no_event(pipeline):
    assert types_of(pipeline, "There is a striking resemblance between the Russian and Chinese plans.") == set()


def test_a_cyber_attack_is_coercion(pipeline):
    events = events_of(pipeline, "Iranian hackers launched a cyberattack on Saudi Arabia's state oil company.")
    coercion = of_type(events, "COERCE")
    assert coercion[0].mode == "cyber" and "ASSAULT" not in {e.type for e in events}


def test_a_cyber_attack_noun_with_cyber_is_coercion(pipeline):
    coercion = of_type(events_of(pipeline, "Estonia said a Russian cyber attack hit its banks."), "COERCE")
    assert coercion[0].mode == "cyber"


def test_declining_an_invitation_rejects_it(pipeline):
    assert "REJECT" in types_of(pipeline, "Venezuela declined an invitation from Colombia to hold talks.")


def test_declining_a_request_for_comment_is_no_event(pipeline):
    assert types_of(pipeline, "The Saudi embassy declined a request for comment.") == set()


def test_withdrawing_an_ambassador_reduces_relations(pipeline):
    events = events_of(pipeline, "Bolivia withdrew its ambassador from Israel.")
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "161")]


def test_withdrawing_from_a_treaty_is_no_military_retreat(pipeline):
    assert types_of(pipeline, "Turkey withdrew from the Istanbul Convention in 2021.") == {"SANCTION"}


def test_withdrawing_troops_under_an_agreement_is_a_retreat(pipeline):
    assert types_of(pipeline, "Armenia withdrew its troops from Kelbajar under the agreement.") == {"RETREAT"}


def test_an_enquiry_is_an_investigation(pipeline):
    assert codes_of(pipeline, "The Kenyan parliament opened an enquiry into the police killings.", "ACCUSE") == ["090"]


def test_suspending_violence_is_de_escalation(pipeline):
    assert codes_of(pipeline, "The Tamil rebels suspended attacks for a week.", "RETREAT") == ["0871"]


def test_a_suspension_of_protests_eases_dissent(pipeline):
    events = events_of(pipeline, "The Malian opposition announced a suspension of its protests.")
    assert [(e.type, e.cameo) for e in events] == [("CONCEDE", "081")]


def test_a_suspension_of_a_player_is_no_event(pipeline):
    assert types_of(pipeline, "The Spanish federation confirmed a three-match suspension of the goalkeeper.") == set()


def test_improving_ties_is_diplomatic_cooperation(pipeline):
    events = events_of(pipeline, "Ghana and Togo improved ties after the border agreement.")
    assert {(e.cameo, country(e.source), country(e.target)) for e in events if e.type == "SUPPORT"} == {
        ("050", "GHA", "TGO"), ("050", "TGO", "GHA")}
