"""Speakers a parse hands to the wrong word (qs4): the subject of a passive verb an active cue goes on from, not the
verb's agent ("was heckled by dock workers after telling them ..."); the reporter a light verb without a subject
borrows, not the "it" of "making it clear"; and a second clause's subject that the parser conjoined to the first
clause's object ("Reyes backed the plan and Okafor, as before, opposed it"); and whoever an anticipatory "it" defers
to ("It dawned on Okafor that ...")."""

from __future__ import annotations

import pytest

from tests.quotes.helpers import quote_strings, speaker_phrases


def _speaker_of(pipeline, text: str, cue: str) -> str | None:
    return next(speaker for _, found_cue, speaker in quote_strings(pipeline, text, with_cue=True)
                if cue in found_cue)


@pytest.mark.parametrize("text, speaker", [
    # a participle after a passive verb is its subject's
    ("Mayor Lena Okafor was heckled by angry dock workers after telling them that the ferry service would end in "
     "the spring.", "Mayor Lena Okafor"),
    # so is a verb conjoined to a passive verb
    ("Senator Tomas Reyes was joined on stage by the governor and joked that the harbour tax was the least popular "
     "idea in the state.", "Senator Tomas Reyes"),
    # a subject naming no one leaves the agent speaking
    ("The lawsuit was filed by the Harbour Trust in March and claims that the ferry contract was rigged.",
     "the Harbour Trust"),
    # "making it clear" without a subject takes the letter's signers
    ("Forty retired harbour pilots signed a letter on Monday making it clear that they would not work for the new "
     "ferry company.", "Forty retired harbour pilots"),
    # whoever "it" dawned on speaks
    ("It dawned on Mayor Lena Okafor that the ferry line could not survive another winter.", "Mayor Lena Okafor"),
])
def test_the_speaker_a_parse_hands_to_another_word(nlp, text, speaker):
    assert speaker_phrases(nlp, text) == [speaker]


def test_a_subject_conjoined_to_the_first_object_speaks_for_its_own_verb(pipeline):
    text = ("Councillor Reyes backed the harbour bill and Councillor Okafor, as she has in the past, opposed the "
            "measure.")
    assert _speaker_of(pipeline, text, "opposed") == "Councillor Okafor"
