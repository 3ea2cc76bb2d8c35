"""An answer's "I" in an interview takes the interviewee's actor code with the name."""

from __future__ import annotations

from eventwire.document import Document

INTERVIEW = (
    "Kenya's foreign minister answers our questions.\n\n"
    "Kenyan Foreign Minister Amina Odhiambo spoke to us in Nairobi on Tuesday.\n\n"
    "Q: Will the border open this winter?\n\n"
    "A: I think the border will open in December.\n\n"
    "Q: And the talks with Uganda?\n\n"
    "A: I believe the talks will resume soon.\n"
)


def test_an_answers_i_carries_the_interviewees_code(pipeline):
    document = next(iter(pipeline.annotate([Document(text=INTERVIEW, id="t")])))
    answers = [q for q in document.quotes if q.speaker and document.span_text(q.speaker) == "I"]
    assert answers
    assert {(q.speaker_text, q.speaker_code) for q in answers} == {("Amina Odhiambo", "KENGOV")}
