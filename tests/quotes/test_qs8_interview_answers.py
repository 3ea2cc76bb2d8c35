"""In an interview set out as "Q:" and "A:" lines, the "I" of an answer is the person the article interviews."""

from __future__ import annotations

from tests.quotes.helpers import _stage_quotes

INTERVIEW = (
    "Q&A with Sarah Mitchell.\n\n"
    "Harbour chief Sarah Mitchell met readers on Tuesday. Tomas Reyes chaired the evening.\n\n"
    "Q: Will the ferries run this winter?\n\n"
    "A: I think the ferries will run until December.\n\n"
    "Q: And the tunnel?\n\n"
    "A: I believe the tunnel will open late.\n"
)


def _speakers(nlp, text):
    document = _stage_quotes(nlp, text)
    return [(document.span_text(q.speaker), q.speaker_text) for q in document.quotes if q.speaker]


def test_an_answers_i_is_the_interviewee(nlp):
    assert ("I", "Sarah Mitchell") in _speakers(nlp, INTERVIEW)
    assert all(name == "Sarah Mitchell" for phrase, name in _speakers(nlp, INTERVIEW) if phrase == "I")


def test_an_i_outside_an_interview_stays_as_written(nlp):
    text = INTERVIEW.replace("Q: ", "").replace("A: ", "")
    assert ("I", "I") in _speakers(nlp, text)


def test_an_interview_naming_nobody_before_its_questions_keeps_the_i(nlp):
    text = INTERVIEW.split("\n\n", 2)[2]
    assert ("I", "I") in _speakers(nlp, text)
