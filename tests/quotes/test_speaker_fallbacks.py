"""Speakers the dependency parse does not hand over: misattached subjects and object-controlled cues."""

from __future__ import annotations

from eventwire.quotes.attribution import _object_controller
from eventwire.quotes.frames import mention_near


def _token(parsed, text: str):
    return next(t for t in parsed if t.text == text)


def _span_of(parsed, text: str) -> tuple[int, int]:
    start = parsed.text.index(text)
    return start, start + len(text)


def test_quotes_speakerless_cue_takes_the_name_before_it(nlp):
    parsed = nlp("Trump, speaking later at a rally in Charleston, West Virginia, did not mention Ryan in his remarks.")
    speaker = mention_near(_token(parsed, "mention"), [_span_of(parsed, "Ryan")])
    assert speaker is not None and speaker.text == "Trump"


def test_quotes_speakerless_cue_after_its_content_takes_the_name_after_it(nlp):
    parsed = nlp('"We will keep fighting for these workers," said Jim Bopp, explaining the plan.')
    content = _span_of(parsed, '"We will keep fighting for these workers,"')
    speaker = mention_near(_token(parsed, "said"), [content])
    assert speaker is not None and speaker.text == "Bopp"


def test_quotes_speakerless_cue_never_takes_a_name_inside_its_content(nlp):
    parsed = nlp("Merkel will come to the summit, it was noted.")
    content = _span_of(parsed, "Merkel will come to the summit")
    assert mention_near(_token(parsed, "noted"), [content]) is None


def test_quotes_object_of_lead_speaks_in_its_to_clause(nlp):
    parsed = nlp("The decisive victory led Reince Priebus to declare the race over.")
    assert _object_controller(_token(parsed, "declare")).text == "Priebus"


def test_quotes_object_of_an_instrument_verb_does_not_speak(nlp):
    parsed = nlp("The senator used the speech to attack the plan.")
    assert _object_controller(_token(parsed, "attack")) is None
