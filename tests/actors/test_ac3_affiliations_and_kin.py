"""Actors on real news (issue #4, round ac3): a person no title introduces, "with" a body, takes the body's sector in
the actors stage (the events stage no longer parses "with" itself). Each sentence is invented."""

from __future__ import annotations

from tests.actors.helpers import mention
from tests.events import conftest as event_fixtures
from tests.events.helpers import events_of, of_type

pipeline = event_fixtures.pipeline  # the event pipeline the events tests use


# a name "with" a body: the body's sector under the unknown country
def test_a_name_with_the_state_police_is_police(run):
    document = run("Marta Quill with the state police said the bridge would reopen.")
    assert mention(document, "Marta Quill").code == "---COP"


# a word for a person in apposition to the name says whom the named person works for
def test_an_officer_with_the_sheriffs_office_beside_a_name_is_police(run):
    document = run("Owen Tarrant, an officer with the county sheriff's office, closed the bridge.")
    assert mention(document, "Owen Tarrant").code == "---COP"


# "with" a thing is no affiliation
def test_a_name_with_a_police_radio_is_no_policeman(run):
    document = run("Marta Quill with a police radio walked to the bridge.")
    assert not [m for m in document.actors if m.text == "Marta Quill"]


# a person's kin are civilians: of the person's country when known, else of the unknown country
def test_the_family_of_an_unknown_person_are_civilians(run):
    document = run("Tobias Wrenfield died in custody. Wrenfield's family accused the guards of neglect.")
    assert mention(document, "Wrenfield's family").code == "---CVL"


def test_the_daughter_of_a_known_leader_is_a_civilian_of_his_country(run):
    document = run("Barack Obama's daughter spoke at the school.", "2012-01-01")
    assert mention(document, "Barack Obama's daughter").code == "USACVL"


# the events stage reads the kin's code from the actors stage: the accusers are civilians
def test_a_familys_accusation_has_a_civilian_source(pipeline):
    accusation = of_type(events_of(pipeline, "Tobias Wrenfield died in a cell. Wrenfield's family accused the prison "
                                             "guards of neglect."), "ACCUSE")[0]
    assert accusation.source is not None and accusation.source.code.endswith("CVL")
