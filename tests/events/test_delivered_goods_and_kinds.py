"""Aid delivered by convoys and shipments, the kind of goods or attack an adjective names, and vocabulary of reduced
relations, mobilized weapons, withdrawn troops and shared intelligence, from the CAMEO/PLOVER definitions.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def codes_of(pipeline, text: str, plover_type: str) -> list[str]:
    return [e.cameo for e in of_type(events_of(pipeline, text), plover_type)]


def test_surgical_goods_sent_are_medical_aid(pipeline):
    aid = of_type(events_of(pipeline, "The Red Crescent sent surgical kits to clinics in Mosul."), "AID")
    assert aid[0].cameo == "073" and country(aid[0].target) == "IRQ"


def test_medical_equipment_is_no_military_aid(pipeline):
    assert codes_of(pipeline, "Norway sent medical equipment to Sudan.", "AID") == ["073"]


def test_military_equipment_stays_military_aid(pipeline):
    assert codes_of(pipeline, "Norway sent military equipment to Sudan.", "AID") == ["072"]


def test_an_aid_convoy_crossing_into_a_country_delivers_aid(pipeline):
    aid = of_type(events_of(pipeline, "A UN food convoy crossed into Sudan on Monday."), "AID")
    assert aid[0].cameo == "073" and country(aid[0].target) == "SDN"


def test_an_army_convoy_crossing_delivers_no_aid(pipeline):
    assert "AID" not in types_of(pipeline, "A Turkish army convoy crossed into Iraq on Monday.")


def test_a_participle_misread_under_a_verb_of_saying_is_reported(pipeline):
    text = ("A convoy of 30 trucks carrying rice, medicine and blankets crossed from Chad into western Sudan on "
            "Friday, the first such shipment through the Adre crossing since the summer, relief workers said.")
    aid = of_type(events_of(pipeline, text), "AID")
    assert aid[0].cameo == "073" and country(aid[0].target) == "SDN"


def test_rushing_food_to_a_place_gives_aid(pipeline):
    assert codes_of(pipeline, "Kenya rushed food and blankets to Somalia after the floods.", "AID") == ["073"]


def test_suspending_a_relationship_reduces_relations(pipeline):
    assert codes_of(pipeline, "Ghana suspended its relationship with Togo in May.", "SANCTION") == ["161"]


def test_the_downgrading_of_ties_reduces_relations(pipeline):
    assert codes_of(pipeline, "Peru ordered the downgrading of ties with Bolivia.", "SANCTION") == ["161"]


def test_a_deployed_missile_system_mobilizes_forces(pipeline):
    assert codes_of(pipeline, "Iran deployed a missile defense system near the Iraqi border.", "MOBILIZE") == ["154"]


def test_a_deployed_software_system_is_no_mobilization(pipeline):
    assert "MOBILIZE" not in types_of(pipeline, "The Kenyan bank deployed a new payment system in Nairobi.")


def test_stationing_missiles_mobilizes_forces(pipeline):
    assert codes_of(pipeline, "Russia stationed missiles in Belarus last year.", "MOBILIZE") == ["154"]


def test_removing_troops_from_a_country_withdraws_them(pipeline):
    retreat = of_type(events_of(pipeline, "Chad removed its troops from Mali in June."), "RETREAT")
    assert retreat[0].cameo == "087" and country(retreat[0].target) == "MLI"


def test_removing_debris_is_no_withdrawal(pipeline):
    assert types_of(pipeline, "Egyptian workers removed the debris from the road.") == set()


def test_intelligence_sharing_is_cooperation(pipeline):
    assert set(codes_of(pipeline, "Ghana and Benin expanded intelligence sharing last month.", "COOPERATE")) == {"064"}


def test_cyber_strikes_carried_out_are_coercion(pipeline):
    events = events_of(pipeline, "Iranian hackers carried out cyber strikes on Israeli banks.")
    assert "ASSAULT" not in {e.type for e in events} and of_type(events, "COERCE")[0].cameo == "170"


def test_supplying_food_is_humanitarian_aid(pipeline):
    assert codes_of(pipeline, "The charity supplied food and blankets to villages in Niger.", "AID") == ["073"]


def test_supplying_weapons_is_military_aid(pipeline):
    assert codes_of(pipeline, "Russia supplied weapons to the Syrian army.", "AID") == ["072"]


def test_a_circumstance_with_a_participle_names_no_goods(pipeline):
    text = "With millions watching on television, the Slovenian minister delivered a passionate defense of the law."
    assert "AID" not in types_of(pipeline, text)


def test_a_figure_declining_refuses_nothing(pipeline):
    text = ("German Chancellor Angela Merkel's approval rating remains strong in Berlin, though it has declined "
            "slightly from 61 percent in the last poll to 57 percent now.")
    assert types_of(pipeline, text) == set()


def test_pulling_out_of_a_country_withdraws(pipeline):
    retreat = of_type(events_of(pipeline, "Syria pulled out of Lebanon in 2005."), "RETREAT")
    assert retreat[0].cameo == "087" and country(retreat[0].target) == "LBN"


def test_pulling_out_a_win_withdraws_nothing(pipeline):
    text = "Even if President Macron pulls out a narrow win in Lyon, Le Pen keeps her lead in France."
    assert "RETREAT" not in types_of(pipeline, text)


def test_backing_out_of_a_deal_is_no_support(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Turkey backed out of the gas deal with Greece.")


def test_a_released_speech_frees_no_one(pipeline):
    assert types_of(pipeline, "His speech was released by the White House.") == set()


def test_suspended_sanctions_are_eased_not_imposed(pipeline):
    events = events_of(pipeline, "The EU suspended its sanctions on Belarus in March.")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "085")]


def test_waived_sanctions_are_eased(pipeline):
    assert "COERCE" not in types_of(pipeline, "The US waived sanctions on Turkey last week.")


def test_an_ended_embargo_is_eased(pipeline):
    assert codes_of(pipeline, "Washington ended its embargo on Vietnam in 1994.", "RETREAT") == ["085"]


def test_dropped_sanctions_are_eased(pipeline):
    assert codes_of(pipeline, "The EU dropped its sanctions against Libya.", "RETREAT") == ["085"]


def test_the_lifting_of_sanctions_eases_them(pipeline):
    events = events_of(pipeline, "The UN announced the lifting of sanctions on Iraq.")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "085")]


def test_peacekeeping_troops_arriving_protect(pipeline):
    events = events_of(pipeline, "First contingents of Nigerian peacekeeping troops arrived in Monrovia.")
    assert [e.cameo for e in of_type(events, "AID")] == ["074"]


def test_aid_made_available_is_given(pipeline):
    aid = of_type(events_of(pipeline, "Germany made 50 million euros available to Jordan."), "AID")
    assert aid[0].cameo == "071" and country(aid[0].target) == "JOR"


def test_taking_control_of_a_town_occupies_it(pipeline):
    assert codes_of(pipeline, "Malian rebels took control of the town of Kidal.", "COERCE") == ["192"]


def test_taking_control_of_a_chamber_occupies_nothing(pipeline):
    assert types_of(pipeline, "Republicans took control of the Senate in 2014.") == set()


def test_reopening_a_border_eases_a_restriction(pipeline):
    concede = of_type(events_of(pipeline, "Kenya reopened its border with Somalia on Monday."), "CONCEDE")
    assert concede[0].cameo == "081" and country(concede[0].target) == "SOM"


def test_a_hyphenated_test_firing_shows_force(pipeline):
    assert codes_of(pipeline, "North Korea test-fired a ballistic missile on Friday.", "MOBILIZE") == ["150"]


def test_hanging_people_kills_them(pipeline):
    assault = of_type(events_of(pipeline, "Iran hanged two protesters on Saturday."), "ASSAULT")
    assert assault[0].cameo == "1823" and country(assault[0].source) == "IRN"


def test_hanging_a_flag_harms_no_one(pipeline):
    assert types_of(pipeline, "Iranian students hung the flag on the wall.") == set()


def test_shutting_down_a_newspaper_is_an_administrative_sanction(pipeline):
    assert codes_of(pipeline, "Turkish authorities shut down the opposition newspaper.", "COERCE") == ["172"]


def test_shutting_down_a_factory_is_no_sanction(pipeline):
    assert types_of(pipeline, "The Turkish mayor shut down the factory.") == set()


def test_vowed_revenge_is_a_threat(pipeline):
    threat = of_type(events_of(pipeline, "Hamas vowed revenge against Israel after the raid."), "THREATEN")
    assert threat[0].cameo == "138" and "AGREE" not in types_of(pipeline, "Hamas vowed revenge against Israel.")


def test_pledged_money_is_an_intent_to_give_aid(pipeline):
    agree = of_type(events_of(pipeline, "Japan pledged 2 billion dollars in aid to Ukraine."), "AGREE")
    assert agree[0].cameo == "0331" and country(agree[0].target) == "UKR"
