"""Precision on whole news articles (issue #4, round ev42): calls for a policy that ask no one, an "it" that stands
for a clause, and stances on policies. Each rule has its reason in the CAMEO/PLOVER definitions; each test sentence
is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 02 and 10 (appeal, demand) and PLOVER REQUEST: the source asks the target to act. A campaigner's call for a
# policy that names no one asked states a platform, an opinion (coder._calls_for_a_policy)
def test_a_legislators_call_for_a_policy_asks_no_one(pipeline):
    assert "REQUEST" not in types_of(pipeline, "Senator Maria Lopez called for stricter gun laws on Tuesday.")


def test_a_legislators_call_as_a_noun_asks_no_one(pipeline):
    assert "REQUEST" not in types_of(pipeline, "The Ghanaian legislator's call for free school meals drew cheers at "
                                               "the rally.")


def test_an_agencys_appeal_for_funds_stays(pipeline):
    assert "REQUEST" in types_of(pipeline, "The UN appealed for funds to help flood victims in Somalia.")


def test_a_call_on_someone_still_asks_them(pipeline):
    request = of_type(events_of(pipeline, "The Kenyan opposition called on the government to release the "
                                          "prisoners."), "REQUEST")[0]
    assert request.target is not None and request.target.code == "KENGOV"


def test_a_call_for_an_act_of_another_state_still_asks_it(pipeline):
    request = of_type(events_of(pipeline, "Ghana called for the release of Togolese prisoners by Nigeria."),
                      "REQUEST")[0]
    assert request.target is not None and request.target.code == "NGA"


# an "it" whose verb takes a clause as its real subject stands for the clause, no actor (`anticipatory_it`)
def test_it_took_him_names_the_doer(pipeline):
    accuse = of_type(events_of(pipeline, "Ruto spoke on Monday. It took him three days to condemn Uganda."),
                     "ACCUSE")[0]
    assert accuse.source is not None and accuse.source.text == "him"


def test_it_was_a_mistake_names_no_it_as_source(pipeline):
    events = events_of(pipeline, "It was a mistake to attack Uganda, Kenya said.")
    assert all(e.source is None or e.source.text.lower() != "it" for e in events)


def test_a_referential_it_stays_the_doer(pipeline):
    event = events_of(pipeline, "Iran said it was ready to attack the rebels.")[0]
    assert event.source is not None and event.source.code == "IRN"


# CAMEO 051 and PLOVER SUPPORT are support of an actor: holding a position on a policy no actor is named in is a
# stance (`stance_verbs` in figurative.yaml)
def test_supporting_a_policy_is_a_stance(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Ghana's president supports equal pay.")


def test_backing_a_measure_is_a_stance(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Ghana's president backed a crackdown on big banks.")


def test_supporting_a_person_is_still_support(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Dana Whitfield supports Jane Okoro.")


def test_supporting_a_government_is_still_support(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Germany supports the Ugandan government.")


# one event reported twice in an article, once with its target and once against words that name no actor, is one
# event (dedup._same_sides); two acts against two different things stay two
def test_a_report_without_its_target_merges_with_the_full_one(pipeline):
    accusations = of_type(events_of(pipeline, "Kenya condemned Uganda on Monday. Kenya condemned the raid in a "
                                              "statement."), "ACCUSE")
    assert len(accusations) == 1 and accusations[0].target.code == "UGA" and accusations[0].extra_evidence


def test_reports_against_two_things_stay_apart(pipeline):
    accusations = of_type(events_of(pipeline, "Kenya condemned the raid on Monday. Kenya condemned the curfew in a "
                                              "statement."), "ACCUSE")
    assert len(accusations) == 2


# an act whose clause "it is unclear whether" governs is not reported as done (`open_question_predicates`)
def test_an_act_said_to_be_unclear_is_no_event(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "It is unclear whether the senator criticized the governor.")


def test_an_act_said_to_be_clear_stays(pipeline):
    assert "ASSAULT" in types_of(pipeline, "Kenya said it was clear that Uganda attacked the town.")
