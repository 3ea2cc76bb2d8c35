"""Speakers a parse hands to the wrong word (qs4): the subject of a passive verb an active cue goes on from, not the
verb's agent ("was heckled by dock workers after telling them ..."); the reporter a light verb without a subject
borrows, not the "it" of "making it clear"; and a second clause's subject that the parser conjoined to the first
clause's object ("Reyes backed the plan and Okafor, as before, opposed it"); and whoever an anticipatory "it" defers
to ("It dawned on Okafor that ...")."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings, speaker_phrases


def _speaker_of(pipeline, text: str, cue: str) -> str | None:
    return next(speaker for _, found_cue, speaker in quote_strings(pipeline, text, with_cue=True)
                if cue in found_cue)


def test_a_participle_after_a_passive_verb_is_its_subjects(nlp):
    text = ("Mayor Lena Okafor was heckled by angry dock workers after telling them that the ferry service would "
            "end in the spring.")
    assert speaker_phrases(nlp, text) == ["Mayor Lena Okafor"]


def test_a_verb_conjoined_to_a_passive_verb_is_its_subjects(nlp):
    text = ("Senator Tomas Reyes was joined on stage by the governor and joked that the harbour tax was the least "
            "popular idea in the state.")
    assert speaker_phrases(nlp, text) == ["Senator Tomas Reyes"]


def test_a_subject_naming_no_one_leaves_the_agent_speaking(nlp):
    text = "The lawsuit was filed by the Harbour Trust in March and claims that the ferry contract was rigged."
    assert speaker_phrases(nlp, text) == ["the Harbour Trust"]


def test_making_it_clear_without_a_subject_takes_the_letters_signers(nlp):
    text = ("Forty retired harbour pilots signed a letter on Monday making it clear that they would not work for "
            "the new ferry company.")
    assert speaker_phrases(nlp, text) == ["Forty retired harbour pilots"]


def test_a_subject_conjoined_to_the_first_object_speaks_for_its_own_verb(pipeline):
    text = ("Councillor Reyes backed the harbour bill and Councillor Okafor, as she has in the past, opposed the "
            "measure.")
    assert _speaker_of(pipeline, text, "opposed") == "Councillor Okafor"


def test_whoever_it_dawned_on_speaks(nlp):
    text = "It dawned on Mayor Lena Okafor that the ferry line could not survive another winter."
    assert speaker_phrases(nlp, text) == ["Mayor Lena Okafor"]
