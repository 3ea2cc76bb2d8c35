"""The right event type on news sentences (issue #4, round ev35): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


# a relative clause on what the subject is said to be ("X is a hardliner who ...") tells what the subject did: it is
# no background description (nonevents._on_predicate_noun), so each of its acts is coded
def test_acts_in_a_relative_clause_on_a_predicate_noun_are_news(pipeline):
    found = of_type(events_of(pipeline, "Kenya's new envoy is a hardliner who insulted the Ugandan president, "
                                        "threatened to close the border, and called traders thieves."), "ACCUSE")
    assert [(country(e.source), country(e.target)) for e in found] == [("KEN", "UGA")]


# robbery with a weapon told, or of a person, is violence (`rob` in patterns.yaml)
def test_an_armed_robbery_is_an_assault(pipeline):
    found = of_type(events_of(pipeline, "Two armed men robbed a Kenyan trader in Nairobi on Sunday."), "ASSAULT")
    assert [country(e.target) for e in found] == ["KEN"]


def test_being_robbed_of_a_chance_is_no_assault(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "Kenyan voters were robbed of their chance to choose a mayor.")


# "shot to death" names the killing whoever shot
def test_shot_to_death_is_an_assault(pipeline):
    assert "ASSAULT" in types_of(pipeline, "A mob shot to death two Kenyan traders in Eldoret.")


# agreeing with a person and on nothing named shares their view (nonevents._sides_with_person); agreeing with a
# partner on something is an agreement
def test_agreeing_with_a_person_is_a_view_not_an_agreement(pipeline):
    assert "AGREE" not in types_of(pipeline, "Kenyan officials say they agree with Museveni.")


def test_agreeing_with_a_country_on_something_is_an_agreement(pipeline):
    assert "AGREE" in types_of(pipeline, "Nigeria agreed with Ghana on a new border crossing.")


# a campaign rally put off is no concession (`campaign_rally.types` in figurative.yaml); a protest put off is one
def test_a_postponed_campaign_rally_is_no_concession(pipeline):
    assert "CONCEDE" not in types_of(pipeline, "The Kenyan candidate's campaign said on Monday it was postponing a "
                                               "weekend rally in Nakuru.")


def test_a_postponed_protest_is_still_a_concession(pipeline):
    assert "CONCEDE" in types_of(pipeline, "The Togolese opposition postponed its protest against the election "
                                           "results.")


# coming to someone's defence backs the one defended (`come`, `rush` and the nouns `defense` / `defence`)
def test_coming_to_the_defence_of_someone_supports_them(pipeline):
    found = of_type(events_of(pipeline, "The Ugandan minister came to the defence of Kenya's president."), "SUPPORT")
    assert [(country(e.source), country(e.target)) for e in found] == [("UGA", "KEN")]



# news vocabulary that coded nothing: slander (111), handcuffing (173), overrunning a base (192), a resignation
# announced (0831)
def test_slandering_a_president_is_criticism(pipeline):
    found = of_type(events_of(pipeline, "Vendors said the opposition had slandered the Kenyan president."), "ACCUSE")
    assert [country(e.target) for e in found] == ["KEN"]


def test_handcuffing_journalists_is_coercion(pipeline):
    assert "COERCE" in types_of(pipeline, "Ugandan police handcuffed two journalists outside the court.")


def test_overrunning_a_base_is_occupation_but_a_budget_overrun_is_nothing(pipeline):
    found = of_type(events_of(pipeline, "Rebels overran an army base in northern Mali."), "COERCE")
    assert [e.cameo for e in found] == ["192"]
    assert not events_of(pipeline, "The Malian ministry's budget overran its estimate by $2 million.")


def test_an_announced_resignation_is_a_concession_a_demanded_one_a_request(pipeline):
    assert "CONCEDE" in types_of(pipeline, "Kenya's finance minister announced his resignation on Friday.")
    assert types_of(pipeline, "Protesters called for the Kenyan minister's resignation.") == {"REQUEST"}


# troops pulled from a place are withdrawn without "out" or "back" (`pull`); a shirt pulled from a bag is nothing
def test_troops_pulled_from_a_country_are_a_withdrawal(pipeline):
    found = of_type(events_of(pipeline, "Belgium is pulling its last soldiers from Niger."), "RETREAT")
    assert [(country(e.source), country(e.target)) for e in found] == [("BEL", "NER")]


# armed forces patrolling, or patrols stepped up, show force (MOBILIZE 150); joint patrols are cooperation (062)
def test_patrols_stepped_up_are_a_show_of_force_and_joint_ones_cooperation(pipeline):
    assert "MOBILIZE" in types_of(pipeline, "The Ghanaian government stepped up its patrols along the Togo border.")
    assert "COOPERATE" in types_of(pipeline, "Kenyan and Somali soldiers began joint patrols along the border.")


# the subject of "began" patrols ("troops began patrolling": triggers.subject_lemmas reads the governing verb's)
def test_troops_beginning_to_patrol_show_force(pipeline):
    found = of_type(events_of(pipeline, "Nigerian troops began patrolling the border town on Monday."), "MOBILIZE")
    assert [country(e.source) for e in found] == ["NGA"]


# "talk of sanctions", "any talk that ...": speculation, not talks held; talks begun stay talks
def test_talk_of_something_is_speculation_not_talks(pipeline):
    assert "CONSULT" not in types_of(pipeline, "Moscow said talk of sanctions against Russia was groundless.")
    assert "CONSULT" not in types_of(pipeline, "Kenyan officials dismissed any talk that Nairobi would close its "
                                               "embassy in Kampala.")
    assert "CONSULT" in types_of(pipeline, "Kenya and Uganda began talks on the border.")


# credit earned for oneself is no recognition of a state or a government
def test_ones_own_recognition_is_no_recognition(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "Iraq's prime minister visited Basra on Monday. He said he is not "
                                               "working for his own recognition.")


# narrow senses read on news: holding the presidency is no occupation, supplying figures no aid, "the right of first
# refusal" nobody's refusal; troops occupying a town, arms supplied and a refusal to extradite stay events
def test_occupying_the_white_house_is_holding_office(pipeline):
    assert not events_of(pipeline, "Saudi donors want to decide who will occupy the White House next year.")
    assert "COERCE" in types_of(pipeline, "Syrian troops occupied the town of Qusair.")


def test_supplying_an_estimate_is_no_aid(pipeline):
    assert "AID" not in types_of(pipeline, "The Kenyan minister did not supply an estimate of the cost.")
    assert "AID" in types_of(pipeline, "Iran supplied weapons to Hezbollah.")


def test_the_right_of_first_refusal_is_no_rejection(pipeline):
    assert "REJECT" not in types_of(pipeline, "Ghana's opposition says it deserves the right of first refusal on "
                                              "the seat.")
    assert "REJECT" in types_of(pipeline, "Kenya's refusal to extradite the suspect angered Uganda.")


# a candidate withdrawing from a race leaves an election: no retreat, and no promised one
def test_withdrawing_from_a_race_is_no_retreat(pipeline):
    assert not events_of(pipeline, "There is no chance the Kenyan opposition leader will withdraw from the race, "
                                   "his aide said.")
    assert "RETREAT" in types_of(pipeline, "Rwanda withdrew its troops from Congo.")


# sharing a view ("agrees with the need for X") or consenting to an interview is no agreement between actors
def test_agreeing_with_a_need_or_to_an_interview_is_no_agreement(pipeline):
    assert "AGREE" not in types_of(pipeline, "The Kenyan finance minister agrees with the need for more spending.")
    assert "AGREE" not in types_of(pipeline, "Kenya's attorney general agreed to a 30-minute interview with the BBC.")
    assert "AGREE" in types_of(pipeline, "Kenya agreed to a ceasefire with the rebels.")


# more news vocabulary: imploring is asking (020), abusing a person is assault (182), not abusing power; defaming
# is criticism (111); an ambush named as a noun with its doer is an attack (190)
def test_imploring_abusing_defaming_and_an_ambush_are_coded(pipeline):
    assert "REQUEST" in types_of(pipeline, "Kenyan mayors implored the Ugandan president to reopen the border.")
    assert "ASSAULT" in types_of(pipeline, "Ugandan prison guards abused two Kenyan inmates.")
    assert not events_of(pipeline, "The Kenyan minister abused his power.")
    assert "ACCUSE" in types_of(pipeline, "The Ghanaian minister defamed the Togolese president on radio.")
    found = of_type(events_of(pipeline, "Boko Haram's ambush on a Nigerian army convoy left 12 soldiers dead."),
                    "ASSAULT")
    assert [country(e.target) for e in found] == ["NGA"]
