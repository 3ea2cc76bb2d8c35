"""Event nouns not done by the clause subject, and plans said not to exist (issue #4, round ev36): each test is
an invented sentence."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


# a known event a verb of using takes is a pretext, no act of that verb's subject (`pretext_verbs` in patterns.yaml)
def test_attacks_used_as_a_pretext_are_not_the_users(pipeline):
    found = events_of(pipeline, "Moscow is using the recent bombings to justify a crackdown on dissent.")
    assert not [e for e in found if e.rule.startswith("noun:bombing")]


def test_air_strikes_used_by_an_army_are_its_own(pipeline):
    strike = of_type(events_of(pipeline, "The Sudanese army used air strikes against rebel camps in Darfur."),
                     "ASSAULT")[0]
    assert strike.source is not None and strike.source.code.startswith("SDN")


# an event noun in an "in" phrase of the justice process names the case, whose doer is not the arresting police
# (`case_words`, arguments._case_in_justice)
def test_the_case_a_suspect_is_arrested_in_is_not_the_police_act(pipeline):
    found = events_of(pipeline, "Kenyan police arrested a suspect in the kidnapping of a Ugandan businessman.")
    kidnapping = [e for e in found if e.rule.startswith("noun:kidnapping")]
    assert all(e.source is None or not e.source.code.endswith("COP") for e in kidnapping)


def test_the_case_of_an_announced_arrest_is_not_the_announcers_act(pipeline):
    found = events_of(pipeline, "Nigerian authorities announced the arrest of a man in the abduction of two nurses.")
    abduction = [e for e in found if e.rule.startswith("noun:abduction")]
    assert all(e.source is None or not e.source.code.startswith("NGAGOV") for e in abduction)


# the same "in" phrase after a verb of killing is still the killers' act
def test_attacks_a_killing_happened_in_stay_the_killers(pipeline):
    found = events_of(pipeline, "Kenyan rebels killed 52 people in coordinated attacks on Nairobi.")
    attacks = [e for e in found if e.rule.startswith("noun:attack")]
    assert attacks and all(e.source is not None and e.source.code == "KENREB" for e in attacks)


# a plan or an intention said not to exist negates the act it would be (`negative_conjunctions`, `intent_heads`)
def test_no_plans_to_attack_is_negated(pipeline):
    found = events_of(pipeline, "Russia has no plans to attack Georgia.")
    assert found and all(e.negated for e in found)


def test_no_intention_of_invading_is_not_a_plain_invasion(pipeline):
    invasion = of_type(events_of(pipeline, "Vietnam has no intention of invading Cambodia."), "ASSAULT")[0]
    assert invasion.negated and invasion.hypothetical


def test_a_fronted_nor_negates_the_plan(pipeline):
    expulsion = events_of(pipeline, "Nor does Peru plan to expel the Chilean ambassador.")[0]
    assert expulsion.negated


# what a statement that is only planned (or planned not to be made) would say is no act either
def test_a_statement_not_planned_denounces_nobody(pipeline):
    found = of_type(events_of(pipeline, "Nor does the Kenyan government have any plans to issue a statement "
                                        "denouncing Uganda."), "ACCUSE")
    assert all(e.negated or e.hypothetical for e in found)


def test_an_issued_statement_still_denounces(pipeline):
    criticism = of_type(events_of(pipeline, "Kenya issued a statement denouncing Uganda."), "ACCUSE")[0]
    assert not criticism.negated and not criticism.hypothetical
