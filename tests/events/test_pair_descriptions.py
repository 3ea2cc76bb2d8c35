"""A plural description of two actors named before ("the two presidents", "both leaders") stands for both of
them, never for the one country its sentence names. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.events.actor_refs import names_pair
from tests.events.helpers import events_of


def test_the_two_leaders_take_no_single_country(pipeline):
    text = ("Peru's president met his Chilean counterpart in Lima on Friday. The two presidents agreed to build a "
            "new highway near Arica.")
    agreements = [e for e in events_of(pipeline, text) if e.type == "AGREE" and e.source is not None
                  and e.source.text.startswith("The two")]
    assert agreements, "no agreement by the two presidents"
    assert all(not (e.source.code or "").startswith(("CHL", "PER")) for e in agreements)


def test_pair_openings():
    assert names_pair("both leaders")
    assert names_pair("the two sides")
    assert not names_pair("the two")
    assert not names_pair("the president")
