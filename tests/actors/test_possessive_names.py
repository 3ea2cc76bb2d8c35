"""A titled name ends before its possessive ending, which spaCy sometimes tags as part of the person: the person is
the same one a later surname names. The sentence is invented."""

from __future__ import annotations

from tests.actors.helpers import mention


def test_a_titled_name_stops_before_its_possessive(run):
    document = run("Only two Democrats back Sen. Marta Lindqvist's bill. Lindqvist said it would pass.")
    titled, later = mention(document, "Sen. Marta Lindqvist"), mention(document, "Lindqvist")
    assert titled.actor_id == later.actor_id == "person:marta-lindqvist"
