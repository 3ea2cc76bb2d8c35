"""A quotation inside someone's reported clause is a quote of its own only when a clause with its own subject reports
it ("the ministry said that Okafor told the board that '...'"); a noun or a participle carrying it ("chants of '...'",
"a statement saying '...'") is part of what the outer reporter reports."""

import pytest

from tests.quotes.helpers import quote_strings


@pytest.mark.parametrize("text, inner_cue", [
    ('The union said the rally ended with chants of "Keep the ferries running all winter long."', "chants of"),
    ('Okafor said the board had met on Monday and issued a statement saying "the pier will reopen in the spring."',
     "saying"),
])
def test_quotation_carried_by_a_noun_or_participle_stays_in_the_outer_report(pipeline, text, inner_cue):
    quotes = quote_strings(pipeline, text, with_cue=True)
    assert [cue for _, cue, _ in quotes] == ["said"]
    assert inner_cue not in {cue for _, cue, _ in quotes}


def test_quotation_reported_by_a_subject_of_its_own_keeps_its_speaker(pipeline):
    text = 'The ministry said that Okafor told the harbour board by phone that "the pier is ready for ships again."'
    quotes = quote_strings(pipeline, text, with_cue=True)
    assert {cue for _, cue, _ in quotes} == {"said", "told"}
    assert [speaker for _, cue, speaker in quotes if cue == "told"] == ["Okafor"]
