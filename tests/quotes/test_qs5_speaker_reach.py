"""A reporter the parse offers must be within the cue's reach: not inside quotation marks the cue stands outside
of, not in another paragraph; a capitalised modal before a past-tense verb is a name ("Will wrote"); a passive
cue's agent may hang on a verb conjoined to it ("booed and heckled by X")."""

from __future__ import annotations

from eventwire.quotes.frames import within_reach
from tests.conftest import parse
from tests.quotes.helpers import speaker_phrases


def _word(parsed, text: str):
    return next(token for token in parsed if token.text == text)


def test_a_word_inside_quotation_marks_is_out_of_reach_of_a_cue_outside_them(nlp):
    _, parsed = parse(nlp, "“We will reopen the mill by spring,” Mayor Dana Marsh said on Friday.")
    said = _word(parsed, "said")
    assert not within_reach(_word(parsed, "We"), said)
    assert within_reach(_word(parsed, "Marsh"), said)


def test_a_word_in_the_paragraph_before_is_out_of_reach(nlp):
    _, parsed = parse(nlp, "The council met again.\n\nMarsh said the mill would reopen.")
    assert not within_reach(_word(parsed, "council"), _word(parsed, "said"))


def test_a_speaker_opening_a_paragraph_after_a_quotation_is_found(nlp):
    text = ("Nobody came to the hearing. “They say there’s a crisis, but they don’t have an answer.”\n\n"
            "Reyes, for example, said he’s hopeful that the talks end in a deal.")
    assert speaker_phrases(nlp, text)[-1] == "Reyes"


def test_a_name_read_as_a_modal_is_the_speaker(nlp):
    text = "The columnist George Will dislikes the stadium. In particular, Will wrote, the city cannot afford it."
    assert speaker_phrases(nlp, text)[-1] == "Will"


def test_the_agent_of_a_conjoined_passive_verb_reports_the_first_one_too(nlp):
    assert speaker_phrases(nlp, "The senator was booed and heckled by angry farmers at the fair.") == ["angry farmers"]
