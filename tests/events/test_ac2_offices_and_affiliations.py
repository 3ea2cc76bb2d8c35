"""Actors on real news (issue #4, round ac2): departments and committees are a government's and a legislature's,
and the organisation a person is "with" gives their sector. Each sentence is invented."""

from __future__ import annotations

from eventwire.events.actors_fallback import sector_of
from tests.events.helpers import events_of, of_type


def test_department_and_committee_words_have_sectors():
    assert [sector_of(text) for text in ("the Justice Department", "the House committee", "the department",
                                         "the city police department", "the county sheriff's office")] == \
        ["GOV", "LEG", "GOV", "COP", "COP"]


def test_a_department_store_is_no_government():
    assert sector_of("the department store") == ""


def test_a_committee_asking_a_department_is_coded(pipeline):
    request = of_type(events_of(pipeline, "The Senate committee urged the Treasury Department to publish "
                                          "the audit."), "REQUEST")[0]
    assert request.source is not None and request.source.code.endswith("LEG")
    assert request.target is not None and request.target.code.endswith("GOV")


def test_a_deputy_with_the_sheriffs_office_is_police(pipeline):
    arrest = of_type(events_of(pipeline, "Dana Fowler, a deputy with the county sheriff's office, arrested the "
                                         "bakery owner."), "COERCE")[0]
    assert arrest.source is not None and arrest.source.code == "USACOP"


def test_a_person_with_a_police_scanner_works_for_nobody(pipeline):
    arrest = of_type(events_of(pipeline, "Dana Fowler with a police scanner arrested the bakery owner in Kenya."),
                     "COERCE")[0]
    assert arrest.source is not None and arrest.source.code == "KENCVL"  # a private person, not the police


# in a story about one country, a bare sector facing its actor is of that country too (the other side's country)
def test_police_arresting_a_kenyan_in_a_story_about_kenya_are_kenyan(pipeline):
    arrest = of_type(events_of(pipeline, "Police arrested a Kenyan man."), "COERCE")[0]
    assert (arrest.source.code, arrest.target.code) == ("KENCOP", "KENCVL")


# religious leaders are clergy (REL), not a government's leaders
def test_religious_leaders_are_clergy():
    assert [sector_of(text) for text in ("religious leaders", "the pastors", "world leaders")] == ["REL", "REL", "GOV"]
