"""Who did what in random news (issue #4, round ev66): a "what X called Y" clause names the thing condemned in X's
words and X is not its target; a doer written before a gerund ("militants using tunnels to stage attacks", "a video
of soldiers using force") does the act the gerund's clause governs; a gerund written as a noun phrase with a force
on it ("after the police shooting") is that force's act, not that of the clause it sits in. Each test sentence is
invented."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


@pytest.mark.parametrize("text, target", [
    ("Kenyan leaders denounced what President William Ruto called Uganda's reckless actions.", "UGA"),
    ("The Kenyan minister condemned what Ruto described as Uganda's aggression.", "UGA"),
    ("The Kenyan minister condemned what Ruto called a brazen breach of the accord.", None),
])
def test_who_names_the_thing_condemned_is_not_its_target(pipeline, text, target):
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(event.source) == "KEN" and country(event.target) == target


def test_what_someone_did_is_still_theirs(pipeline):
    event = of_type(events_of(pipeline, "Kenya condemned what Uganda did in the border town."), "ACCUSE")[0]
    assert country(event.source) == "KEN" and country(event.target) == "UGA"


@pytest.mark.parametrize("text, source", [
    ("Uganda faces rebels using the forest to launch raids on Kenya.", "---REB"),
    ("Ruto released a video of Ugandan soldiers using force to disperse protesters.", "UGAMIL"),
])
def test_the_doer_before_a_gerund_does_what_its_clause_governs(pipeline, text, source):
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert event.source is not None and event.source.code == source


@pytest.mark.parametrize("text, source", [
    ("Protests erupted in Nairobi after the police shooting of a teenager.", "KENCOP"),
    ("President Ruto spoke after the latest police shooting in Nairobi.", "KENCOP"),
])
def test_a_gerund_phrase_with_a_force_on_it_is_that_forces_act(pipeline, text, source):
    event = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert event.source is not None and event.source.code == source


@pytest.mark.parametrize("text", [
    "Kenya freed seven Ugandan men charged with or convicted of smuggling.",
    "The Kenyan court released a Ugandan man arrested and charged with murder.",
])
def test_a_participle_conjoined_to_a_reduced_relative_is_not_the_clauses_subjects_act(pipeline, text):
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert event.source is None and country(event.target) == "UGA"


def test_a_conjoined_reduced_relative_keeps_its_own_doer(pipeline):
    text = "Kenya freed Ugandan men arrested by police and charged by prosecutors with smuggling."
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert event.source is not None and event.source.code.endswith("JUD") and country(event.target) == "UGA"


def test_a_participle_conjoined_to_a_passive_gerund_is_done_to_its_undergoer(pipeline):
    text = "Jane Okoro, a Kenyan activist, talked about being arrested and imprisoned by the police."
    events = of_type(events_of(pipeline, text), "COERCE")
    assert all(e.source is not None and e.source.code.endswith("COP") and country(e.target) == "KEN" for e in events)
