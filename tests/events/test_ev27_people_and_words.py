"""Misses found on real news sentences labelled blind (issue #4, round ev27): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# an attack noun between two people the actors stage knows, with no force named, is criticism
# (figurative.recode_assault with ``persons``), whatever the tagger took the names for
def test_an_attack_noun_between_two_known_politicians_is_criticism(pipeline):
    assert types_of(pipeline, "Cruz's attacks on Rubio grew sharper over the weekend.") == {"ACCUSE"}


def test_an_attack_noun_by_a_leader_on_a_country_stays_force(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Putin's attack on Ukraine killed hundreds of civilians.")


# the person a naming complement describes when the parser hangs them on it (triggers.naming_complement_subjects)
def test_calling_a_person_a_disparaging_adjective_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Warren called Trump unhinged and dangerous on Monday."), "ACCUSE")[0]
    assert event.target.text == "Trump"


def test_calling_a_storm_a_disaster_is_no_event(pipeline):
    assert types_of(pipeline, "The mayor called the storm a disaster for the harbour.") == set()


# people the tagger does not take for people (actor_refs.ActorResolver._person_word)
def test_a_name_coordinated_with_a_tagged_person_is_a_person(pipeline):
    event = of_type(events_of(pipeline, "Smith and Jones were charged with burglary on Friday."), "ACCUSE")[0]
    assert event.target.text in {"Smith", "Jones"}


def test_both_as_subject_stands_for_people(pipeline):
    assert types_of(pipeline, "Both were charged with burglary and released on bail.") >= {"ACCUSE"}


def test_both_saying_something_is_no_event(pipeline):
    assert types_of(pipeline, "Both said the weather had been pleasant all week.") == set()


# what someone fears is no act of theirs (arguments._feared)
def test_attacks_a_woman_is_worried_about_are_not_hers(pipeline):
    events = events_of(pipeline, "She said she is worried about new attacks on her family.")
    assert not any(e.source is not None and e.source.text.lower() == "she" for e in events)


# a "he" after "somebody" is anyone at all (actor_refs._after_anyone)
def test_he_after_somebody_is_no_person(pipeline):
    assert types_of(pipeline, "It is not as if somebody stood there and he was shot in the street.") == set()


def test_an_unbound_he_shot_is_still_a_victim(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Late on Friday he was shot in the street outside his home.")


# a predicate noun's relative clause is done by the subject it is said of (sides._subject_described)
def test_a_vow_to_expel_made_by_the_subject_of_a_predicate_noun_is_his_threat(pipeline):
    event = of_type(events_of(pipeline, "Governor Hal Brandt is a hardliner who has vowed to expel all migrants "
                                        "from the state."), "THREATEN")[0]
    assert event.source.text == "Governor Hal Brandt"


# a person named before is the bare surname later, whatever the tagger made of it, and an apposition to a name is
# that person (actor_refs.ActorResolver._person_word)
def test_an_apposition_to_a_named_person_acts(pipeline):
    event = of_type(events_of(pipeline, "Donors included Joseph Miller, a Texas oilman who previously backed "
                                        "Rick Perry."), "SUPPORT")[0]
    assert event.target.text == "Rick Perry"
