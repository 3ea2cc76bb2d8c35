"""The popes: a pope named is the Holy See's leader for his years in office, and "the Pope" is the office."""

from __future__ import annotations

from tests.actors.helpers import mention


def test_a_pope_is_the_holy_sees_government_while_in_office(run):
    document = run("Pope Benedict XVI met the German chancellor in Berlin.", date="2010-09-22")
    assert mention(document, "Pope Benedict XVI").code == "VATGOV"


def test_a_pope_who_resigned_is_the_holy_sees_elite(run):
    document = run("Pope Benedict XVI met the German chancellor in Berlin.", date="2018-09-22")
    assert mention(document, "Pope Benedict XVI").code == "VATELI"


def test_the_pope_written_as_an_office_is_the_holy_see(run):
    document = run("The Pope urged both sides to end the fighting.")
    assert mention(document, "The Pope").code == "VATGOV"
