"""Event types on sentences of real news (issue #4, round ev32): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import types_of


# a named person whom no dictionary codes, in a text naming no country, still backs, criticizes, rejects or vetoes
# a thing alone (`lone_person` `doer_codes` in patterns.yaml): the act is political though its object is a bill or
# a plan
def test_a_person_alone_vetoing_a_bill_rejects_it(pipeline):
    assert "REJECT" in types_of(pipeline, "Ellen Marsh, who chairs the board, vetoed the spending bill on Tuesday.")


def test_a_person_alone_condemning_a_plan_criticizes_it(pipeline):
    assert "ACCUSE" in types_of(pipeline, "Dana Whitfield sharply condemned the county's new zoning plan.")


def test_a_person_alone_endorsing_a_plan_supports_it(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Dana Whitfield endorsed the county's new transit plan on Monday.")


def test_thank_goodness_praises_no_one(pipeline):
    assert types_of(pipeline, "Thank goodness, the storm missed the town.") == set()


# preventing someone from doing just anything is no repression (`phrase_words` of `prevent`): stopping people
# gathering, moving, voting or reporting is
def test_preventing_a_colleague_from_reading_a_budget_is_no_coercion(pipeline):
    assert "COERCE" not in types_of(pipeline, "The Ugandan president prevented his deputy from reading the budget "
                                              "report.")


def test_preventing_reporters_from_entering_a_town_is_coercion(pipeline):
    assert "COERCE" in types_of(pipeline, "Soldiers prevented Ethiopian reporters from entering the town.")


# a share of a poll or a vote that a candidate receives is no aid (`blocked` of `receive`)
def test_support_received_in_a_poll_is_no_aid(pipeline):
    assert "AID" not in types_of(pipeline, "Clinton was supported by 42 percent, while Trump received 38 percent "
                                           "support in the poll.")


# charged with a task is put in charge of it, not accused (`blocked` of `charge`)
def test_an_agency_charged_with_overseeing_an_election_is_not_accused(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Kenyan officials charged with monitoring the border with Uganda "
                                              "resigned.")


# rejecting rumors denies a statement (CAMEO 016), no rejection of a proposal (`blocked` of `reject`)
def test_rejecting_rumors_is_no_rejection(pipeline):
    assert "REJECT" not in types_of(pipeline, "Kenya rejected rumors that Uganda might close the border.")


# an act one questions or wonders whether anyone will do is an open question (`deliberation_heads`)
def test_wondering_whether_police_will_arrest_someone_is_no_arrest(pipeline):
    assert types_of(pipeline, "Lawyers in Nairobi wonder whether the Kenyan police will arrest the two senators.") \
        == set()


# a promise to act together is an intent to cooperate with each other, not a pledge about one's own plans
# (`joint_words` of `promise_words` in nonevents.yaml)
def test_two_leaders_promising_to_work_together_agree(pipeline):
    assert "AGREE" in types_of(pipeline, "Governor Amos Kiprop and Senator Jane Wambui promised to work together "
                                         "on the new road.")


# getting or standing behind someone backs them; appreciating someone's help praises it, a currency that
# appreciates praises no one (`get`, `stand`, `appreciate` in patterns.yaml)
def test_lawmakers_getting_behind_a_budget_support_its_maker(pipeline):
    assert "SUPPORT" in types_of(pipeline, "Kenyan lawmakers got behind Ruto's budget on Tuesday.")


def test_a_president_appreciating_help_praises_the_helper(pipeline):
    assert "SUPPORT" in types_of(pipeline, "The Kenyan president appreciated Uganda's help during the floods.")


def test_a_currency_appreciating_is_no_praise(pipeline):
    assert types_of(pipeline, "The Kenyan shilling appreciated sharply against the dollar.") == set()


# a warning tweeted or posted to someone is a threat like one issued (`warning` in patterns.yaml); a storm warning
# posted is not
def test_a_tweeted_warning_is_a_threat(pipeline):
    assert "THREATEN" in types_of(pipeline, "The Kenyan president tweeted a stark warning to Uganda.")


def test_a_posted_storm_warning_is_no_threat(pipeline):
    assert types_of(pipeline, "The weather service posted a warning about the storm.") == set()


# an award or a medal given to someone praises them (`give` in patterns.yaml); money given is still aid
def test_a_medal_given_to_peacekeepers_is_praise(pipeline):
    assert "SUPPORT" in types_of(pipeline, "The Kenyan president gave Ugandan peacekeepers a medal for bravery.")
