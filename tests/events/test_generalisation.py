"""Sixth-round rules (issue #4): pronoun binding, denials, descriptions that are no events, and vocabulary from
the CAMEO category definitions. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.events.arguments import target_candidates
from eventwire.events.triggers import find_triggers
from tests.events.helpers import country, events_of, of_type, types_of


def test_arguments_pronoun_subject_of_a_report_is_its_speaker(pipeline):
    event = events_of(pipeline, "Tamil rebels said that they would free two soldiers in Jaffna.")[0]
    assert event.source is not None and (event.source.code or "").endswith("REB")


def test_arguments_possessive_of_an_object_is_the_subject(pipeline):
    text = "Malian troops backed by French jets resumed their attacks on the rebels near Gao."
    assert country(of_type(events_of(pipeline, text), "ASSAULT")[0].source) == "MLI"


def test_arguments_target_candidates_start_with_the_given_target(nlp):
    sentence = next(nlp("Kenya sent aid to Somalia and Ethiopia.").sents)
    trigger = find_triggers(sentence)[0]
    given = sentence[6]  # "Ethiopia", not the parse's own target
    assert target_candidates(trigger, sentence[0], given)[0] == given


def test_coding_rules_content_of_a_denied_accusation_is_kept_as_denied(pipeline):
    text = "The Kenyan army rejected accusations that it had bombed a school in Somalia."
    assert [(e.type, e.denied, country(e.source)) for e in events_of(pipeline, text)] == [("ASSAULT", True, "KEN")]


def test_coding_rules_denied_act_is_kept_as_denied(pipeline):
    text = "The Russian army denied that its troops had shelled the Ukrainian city of Sumy."
    [event] = events_of(pipeline, text)
    assert (event.type, event.denied, event.negated, country(event.source)) == ("ASSAULT", True, False, "RUS")


def test_coding_rules_reported_act_is_not_denied(pipeline):
    text = "The Russian army said that its troops had shelled the Ukrainian city of Sumy."
    assert [e.denied for e in events_of(pipeline, text)] == [False]


def test_coding_rules_backing_participle_is_no_support(pipeline):
    text = "Iraqi forces supported by Iranian militias shelled the town of Tikrit on Monday."
    assert types_of(pipeline, text) == {"ASSAULT"}


def test_coding_rules_participle_after_a_possessive_is_no_event(pipeline):
    assert types_of(pipeline, "The Kenyan president met the father of his murdered bodyguard.") == {"CONSULT"}


def test_vocabulary_troops_sent_to_train_an_army_are_military_aid(pipeline):
    event = of_type(events_of(pipeline, "Britain sent 50 soldiers to Kenya to train Kenyan police units."), "AID")[0]
    assert event.cameo == "072"


def test_vocabulary_offer_to_send_troops_to_help_is_an_intent(pipeline):
    text = "Turkey offered to send troops to Qatar to help the Qatari army."
    assert types_of(pipeline, text) == {"AGREE"}


def test_vocabulary_withdrawing_peacekeepers_reduces_relations(pipeline):
    event = of_type(events_of(pipeline, "The African Union withdrew peacekeepers from Burundi."), "SANCTION")[0]
    assert event.cameo == "1661"


def test_vocabulary_postponing_a_protest_is_easing_it(pipeline):
    events = events_of(pipeline, "Kenyan opposition leaders postponed a protest against the election results.")
    assert [e.cameo for e in events] == ["081"]


def test_vocabulary_mobilised_funds_are_aid(pipeline):
    assert types_of(pipeline, "The World Bank mobilised new funds for Haiti on Tuesday.") == {"AID"}


def test_vocabulary_preventing_a_war_is_no_coercion(pipeline):
    assert "COERCE" not in types_of(pipeline, "Qatar tried to prevent a war between Sudan and South Sudan.")


def test_vocabulary_war_on_terrorism_is_no_assault(pipeline):
    text = "Canada lifted sanctions on Pakistan in recognition of its part in the war on terrorism."
    assert types_of(pipeline, text) == {"RETREAT"}


def test_vocabulary_suspended_food_supplies_reduce_aid(pipeline):
    event = of_type(events_of(pipeline, "Norway suspended food supplies to Eritrea."), "SANCTION")[0]
    assert event.cameo == "162"


def test_vocabulary_expelled_aid_workers_reduce_relations(pipeline):
    event = of_type(events_of(pipeline, "The Ethiopian government expelled 12 humanitarian workers."), "SANCTION")[0]
    assert event.cameo == "1663"


def test_vocabulary_joint_exercise_staged_is_military_cooperation(pipeline):
    assert types_of(pipeline, "The Egyptian navy staged a joint exercise with Greece off Crete.") == {"COOPERATE"}


def test_coding_rules_act_in_a_claim_of_responsibility_is_no_new_event(pipeline):
    text = "Al-Shabaab claimed responsibility for the bombing, which killed 12 soldiers in Mogadishu."
    assert types_of(pipeline, text) == set()


def test_coding_rules_act_behind_condolences_is_no_new_event(pipeline):
    text = "The Kenyan president offered his condolences to Uganda over an attack that killed 30 pilgrims."
    assert types_of(pipeline, text) == set()


def test_vocabulary_relative_clause_takes_its_noun_as_subject_for_blocked_words(pipeline):
    text = "Indian rescuers searched for survivors of a cyclone that killed 200 villagers in Odisha."
    assert "ASSAULT" not in types_of(pipeline, text)


def test_vocabulary_peacekeepers_arriving_give_military_protection(pipeline):
    event = of_type(events_of(pipeline, "About 200 Nepalese peacekeepers arrived in Mali on Friday."), "AID")[0]
    assert event.cameo == "074" and country(event.target) == "MLI"


def test_vocabulary_rescue_teams_deployed_are_humanitarian_aid(pipeline):
    event = of_type(events_of(pipeline, "Japan deployed two search and rescue teams to Turkey."), "AID")[0]
    assert event.cameo == "073"


def test_modality_subject_naming_nobody_negates(pipeline):
    text = "None of the Kenyan parties attacked the Somali government over the issue."
    assert [e.negated for e in events_of(pipeline, text)] == [True]


def test_arguments_who_only_mentions_an_event_is_no_party_to_it(pipeline):
    text = "The Kenyan president recalled the 1998 bombing of the US embassy in Nairobi."
    assert all(country(e.source) != "KEN" for e in events_of(pipeline, text))
