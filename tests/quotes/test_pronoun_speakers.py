"""Pronoun speakers of a cue after a quotation: never a name inside the quotation, else the previous speaker."""

from __future__ import annotations

from eventwire.quotes.speakers import People
from tests.conftest import parse
from tests.quotes.helpers import speaker_names


def test_quotes_pronoun_outside_quotation_never_takes_a_name_inside_it(nlp):
    text = ('John Smith spoke to reporters in Ohio on Monday.\n\n'
            '"I do not expect that to change because Mr. Trump got more attention than usual," he said.')
    assert speaker_names(nlp, text)[-1] == "John Smith"


def test_quotes_pronoun_after_quotation_takes_the_previous_speaker(nlp):
    text = ('Barack Obama said of John Kerry, "He did fine work. We talked often. We disagreed at times."\n\n'
            '"I do not expect that to change because Mr. Trump got more attention than usual," he continued.')
    assert speaker_names(nlp, text)[-1] == "Barack Obama"


def test_quotes_previous_speaker_of_another_gender_is_not_carried_over(nlp):
    text = ('Mary Jones said of John Kerry, "He did fine work. We talked often. We disagreed at times."\n\n'
            '"I do not expect that to change because Mrs. Smith got more attention than usual," he continued.')
    assert speaker_names(nlp, text)[-1] == "John Kerry"


def test_quotes_speaker_phrase_resolves_to_the_name_of_its_head(nlp):
    text = 'Clinton communication director Jennifer Palmieri said the plan would fail.'
    assert speaker_names(nlp, text) == ["Jennifer Palmieri"]


def test_quotes_unrecognised_name_speaker_can_go_on_talking_but_a_place_cannot(nlp):
    document, parsed = parse(nlp, "Bozell says the plan works, and Moscow says it does not.")
    people = People(document, parsed)
    assert not any(person.name == "Bozell" for person in people.mentions)  # the recogniser calls it an organisation
    name, place = (next(t for t in parsed if t.text == word) for word in ("Bozell", "Moscow"))
    assert people.speaker_person("Bozell", name).name == "Bozell"
    assert people.speaker_person("Moscow", place) is None
