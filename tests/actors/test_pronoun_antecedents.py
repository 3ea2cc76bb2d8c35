"""Whom "he", "his" and "him" stand for when the text names people we do not code, or the syntax rules one out."""

from __future__ import annotations

from tests.actors.helpers import mention


def pronoun_codes(document) -> list[str]:
    return [m.code for m in document.actors if m.kind == "pronoun"]


def test_pronoun_after_a_person_we_do_not_code_gets_no_code(run):
    document = run("Barack Obama visited Ohio on Monday. Jason Miller met the workers and described his plan.",
                   date="2016-03-01")
    assert pronoun_codes(document) == []


def test_pronoun_skips_an_uncoded_person_two_sentences_back_who_was_no_subject(run):
    document = run("Critics wrote to Jason Miller on Monday. Barack Obama spoke in Ohio. "
                   "The crowd cheered his speech.", date="2016-03-01")
    assert mention(document, "his").canonical == "Barack Obama"


def test_pronoun_object_is_not_the_subject_of_its_own_verb(run):
    document = run("Barack Obama met Donald Trump on Monday. Trump praised him.", date="2016-03-01")
    assert mention(document, "him").canonical == "Barack Obama"


def test_pronoun_in_a_quotation_is_not_its_speaker(run):
    document = run("Donald Trump unveiled a tax plan on Monday. Barack Obama told reporters: \"He has no plan.\"",
                   date="2016-03-01")
    assert mention(document, "He").canonical == "Donald Trump"


def test_pronoun_in_a_quotation_may_be_a_speaker_quoted_inside_it(run):
    document = run("\"Donald Trump said he will win,\" Barack Obama told reporters.", date="2016-03-01")
    assert mention(document, "he").canonical == "Donald Trump"


def test_pronoun_subject_after_a_quotation_is_not_a_name_inside_it(run):
    document = run("Barack Obama spoke in Ohio on Monday.\n\n\"Mr. Trump got more attention than usual,\" he "
                   "continued.", date="2016-03-01")
    assert mention(document, "he").canonical == "Barack Obama"


def test_pronoun_first_name_of_a_coded_person_is_that_person(run):
    document = run("Donald Trump spoke in Ohio. Supporters say Donald keeps his promises.", date="2016-03-01")
    assert mention(document, "his").canonical == "Donald Trump"
