"""A participle clause set off by commas is done by the noun before it: "Egypt, accusing Sudan of ..., closed the
border" (Egypt accuses), and a verb whose subject the parser hung on such a clause shares it. Sentences written
for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_participle_sources_state_set_off_by_commas_accuses(pipeline):
    text = "Egypt, accusing Sudan of harbouring militants, closed the border on Friday."
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(accusation.source) == "EGY" and country(accusation.target) == "SDN"


def test_participle_sources_verb_after_a_saying_clause_keeps_its_subject(pipeline):
    text = "Peru's prime minister, saying he would meet the Chilean president next week, praised Santiago's help."
    praise = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert country(praise.source) == "PER"


def test_participle_sources_restrictive_participle_keeps_its_sources(pipeline):
    text = "Kenyan police arrested two men smuggling weapons into Somalia."
    arrest = of_type(events_of(pipeline, text), "COERCE")[0]
    assert country(arrest.source) == "KEN"
