"""Kinds of error found by reading the events of random news articles (round ev62): a past participle with no
auxiliary is passive, so the one it names was acted on, not the actor. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


@pytest.mark.parametrize("text, kind, source, target", [
    # a participle clause set off after the main one: the main clause's subject underwent it
    ("A Kenyan woman is now in jail, accused of joining an armed robbery.", "ACCUSE", None, "KEN"),
    ("Arrested in 2010 by Kenyan police, the Ugandan activist was later freed.", "COERCE", "KEN", "UGA"),
    # after the main clause's object, that object did
    ("Kenyan police arrested the Ugandan suspect, charged with murder, at his home.", "ACCUSE", None, "UGA"),
    # a reduced relative the parser read as a clause with a subject of its own
    ("Kerry said the Iranians released by the United States were close to completing their sentences.",
     "RETREAT", "USA", "IRN"),
    # a passive gerund after a preposition: done to the subject of the clause above
    ("The Kenyan senator talked about being attacked by Ugandan protesters.", "PROTEST", "UGA", "KEN"),
])
def test_ev62_a_bare_past_participle_is_done_to_its_noun(pipeline, text, kind, source, target):
    event = of_type(events_of(pipeline, text), kind)[0]
    assert (country(event.source), country(event.target)) == (source, target)


def test_ev62_a_feared_passive_gerund_is_not_done(pipeline):
    events = events_of(pipeline, "The Kenyan activist said he feared being arrested.")
    assert not [e for e in events if e.type == "COERCE" and not e.hypothetical]
