"""Interview transcripts: in an article that sets out an interview as "Q: ..." and "A: ..." lines, the "I" of an
answer is the person interviewed, though the answer never names them.

The interviewee is the person the article names most often before its first question (ties: the one named first),
as in "Q&A with Sarah Mitchell. Harbour chief Marta Okafor spoke to us ...". An answer runs from its label to the next
label line (it may go on over several paragraphs). Whole answers are not made quotes: PolNeAR annotates the
attributions inside an answer ("I think ...") in one interview and whole answers in another, and adding the answers
without an attribution of their own lowered speaker accuracy on train 0-639 (0.8575 to 0.8570).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from eventwire.document import Quote
from eventwire.quotes.lexicon import lexicon
from eventwire.quotes.speakers import ActorCodes, People, Person

#: A label opening a line: a word and a colon ("Q:", "Answer:").
LINE_LABEL = re.compile(r"^[ \t]*(\w+)[ \t]*:", re.MULTILINE)


def name_interviewee(text: str, quotes: list[Quote], people: People, codes: ActorCodes) -> None:
    """Gives the interviewee's name and actor code (their first mention's) to each quote whose speaker phrase is an
    answer's "I"; nothing when the article is no interview or names nobody before its first question."""
    settings = lexicon()["interviews"]
    labels = [(m, m.group(1).lower()) for m in LINE_LABEL.finditer(text)]
    questions = [m for m, word in labels if word in settings["question_labels"]]
    answers = [m for m, word in labels if word in settings["answer_labels"]]
    if min(len(questions), len(answers)) < settings["min_lines"]:
        return
    interviewee = _interviewee(people, questions[0].start())
    if interviewee is None:
        return
    code = codes.code((interviewee.start, interviewee.start + 1))
    label_starts = [m.start() for m, _ in labels]
    first_person = set(settings["interviewee_pronouns"])
    for answer in answers:
        following = label_starts[bisect_right(label_starts, answer.start()):]
        end = following[0] if following else len(text)
        for quote in quotes:
            if quote.speaker and answer.end() <= quote.speaker[0] < end and \
                    text[quote.speaker[0]:quote.speaker[1]].lower() in first_person:
                quote.speaker_text, quote.speaker_code = interviewee.name, code


def _interviewee(people: People, first_question: int) -> Person | None:
    """The first mention of the person named most often before the first question, the first named on a tie."""
    before = [p for p in people.mentions if p.start < first_question]
    named = Counter(p.name for p in before)
    if not named:
        return None
    most = max(named, key=named.get)
    return next(p for p in before if p.name == most)
