"""Rare PLOVER types read in unlabelled news (round ev59): what is surrendered, refused, warned of, mobilised and
resigned decides whether it is an event. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import events_of, of_type, types_of


@pytest.mark.parametrize("text", [
    "The rebels surrendered to the Kenyan army on Sunday.",
    "The rebels surrendered their weapons to the Kenyan army.",
    "The gunman surrendered himself to Kenyan police after a standoff.",
])
def test_ev59_surrender_of_oneself_or_arms_is_a_retreat(pipeline, text):
    assert of_type(events_of(pipeline, text), "RETREAT")


@pytest.mark.parametrize("text", [
    "The Kenyan judge ordered Ochieng to surrender his passport.",
    "Kenya has surrendered its authority to its enemies, the senator said.",
])
def test_ev59_a_thing_surrendered_is_no_retreat(pipeline, text):
    assert "RETREAT" not in types_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Kenyan government refused to punish the schools.",
    "President Obama declined to threaten Moscow.",
])
def test_ev59_refusing_a_hostile_act_rejects_nothing(pipeline, text):
    assert "REJECT" not in types_of(pipeline, text)


def test_ev59_refusing_help_stays_a_rejection(pipeline):
    assert of_type(events_of(pipeline, "The Kenyan government refused to help the refugees."), "REJECT")


def test_ev59_a_warning_of_dangers_is_no_threat(pipeline):
    assert "THREATEN" not in types_of(pipeline, "Kenyan President Uhuru Kenyatta warned of the dangers of debt.")
    assert of_type(events_of(pipeline, "Kenyan President Uhuru Kenyatta warned of retaliation against Somalia."),
                   "THREATEN")


def test_ev59_party_people_who_mobilise_are_no_armed_force(pipeline):
    assert "MOBILIZE" not in types_of(pipeline, "Kenyan Democrats will mobilize to help Odinga win.")
    assert of_type(events_of(pipeline, "The Kenyan army mobilized on Sunday."), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "The emails forced the resignation of Kenyan interior minister Joseph Ole Lenku.",
    "The scandal prompted the resignation of Kenyan police chief David Kimaiyo.",
    "The scandal led to the resignation of Kenyan police chief David Kimaiyo.",
])
def test_ev59_a_forced_resignation_is_the_resigner_s_concession(pipeline, text):
    concession = of_type(events_of(pipeline, text), "CONCEDE")[0]
    assert concession.source is not None and concession.source.code.startswith("KEN")


def test_ev59_a_demanded_resignation_is_only_the_demand(pipeline):
    text = "Kenyan opposition leaders demanded the resignation of interior minister Joseph Ole Lenku."
    assert types_of(pipeline, text) == {"REQUEST"}


@pytest.mark.parametrize("text", [
    "Britain withdrew from the European Union.",
    "Britain's withdrawal from the European Union hurt trade.",
])
def test_ev59_leaving_a_union_of_states_reduces_relations(pipeline, text):
    assert types_of(pipeline, text) == {"SANCTION"}


def test_ev59_a_withdrawn_request_is_a_concession_no_military_withdrawal(pipeline):
    assert types_of(pipeline, "The Kenyan government withdrew its request for an IMF loan.") == {"CONCEDE"}
    assert "RETREAT" not in types_of(pipeline, "The Kenyan administration withdrew notices seeking the fugitives.")
    assert not types_of(pipeline, "Kenyan businessman Ali Ochieng withdrew 500 dollars from the bank.")
    assert "CONCEDE" not in types_of(pipeline, "Kenya banned the former minister from withdrawing capital.")
    assert of_type(events_of(pipeline, "Russian forces withdrew from the town."), "RETREAT")
    assert of_type(events_of(pipeline, "Russia withdrew its troops from Georgia."), "RETREAT")


def test_ev59_calling_up_the_guard_mobilises_it(pipeline):
    assert of_type(events_of(pipeline, "The governor of Texas called up the National Guard."), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Kenyan prosecutors filed charges against the Kenyan interior minister.",
    "Kenyan prosecutors expanded the charges against the Kenyan interior minister.",
])
def test_ev59_charges_filed_or_widened_accuse(pipeline, text):
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert accusation.cameo == "1121" and accusation.target is not None and accusation.target.code == "KENGOV"


def test_ev59_charges_dropped_accuse_no_one(pipeline):
    assert "ACCUSE" not in types_of(pipeline, "Kenyan prosecutors dropped charges against the Kenyan interior minister.")


def test_ev59_a_plot_to_kill_is_no_killing_yet(pipeline):
    killing = of_type(events_of(pipeline, "Kenyan rebels plotted to kill the president."), "ASSAULT")[0]
    assert killing.hypothetical


def test_ev59_a_participle_s_doer_does_the_event_noun(pipeline):
    lawsuit = of_type(events_of(pipeline, "A Kenyan court dismissed a lawsuit filed by a Kenyan reporter."),
                      "ACCUSE")[0]
    assert lawsuit.source is not None and lawsuit.source.code == "KENMED"


def test_ev59_a_lawsuit_or_a_bill_fought_is_no_armed_fight(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "The Kenyan minister is fighting a lawsuit filed by a Kenyan reporter.")
    assert of_type(events_of(pipeline, "Kenyan troops fought the rebels."), "ASSAULT")
