"""Verdicts in a speaker's quoted words (issue #4, round ev55): a sentence of a quote that no verb of saying
governs, or the content of a participle of saying, is the quote speaker's verdict; a verdict asked about is none,
and a verdict word on a noun judges the owner of the thing the subject names. Each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


def test_a_quoted_sentence_before_the_attribution_is_the_speakers_criticism(pipeline):
    text = '"Governor Okafor is a liar. He has misled the farmers," Kenyan President William Ruto said.'
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert event.cameo == "111" and country(event.source) == "KEN"
    assert event.source.text.endswith("Ruto") and "Okafor" in event.target.text


def test_praise_in_a_participle_of_saying_is_the_speakers(pipeline):
    text = 'Barack Obama spoke on television on Monday, saying Angela Merkel would be "a better leader" than Putin.'
    event = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert event.cameo == "051" and country(event.source) == "USA" and country(event.target) == "DEU"


def test_a_reported_verdict_without_quotation_marks_and_no_verb_of_saying_is_no_ones(pipeline):
    text = "Barack Obama spoke on television on Monday. Angela Merkel appears to be ignorant of the danger."
    assert "ACCUSE" not in types_of(pipeline, text)


def test_a_hope_is_no_verdict(pipeline):
    assert "ACCUSE" not in types_of(pipeline, '"I hope Angela Merkel is wrong," Barack Obama said.')


def test_a_verdict_on_what_someone_did_judges_the_doer(pipeline):
    text = '"Angela Merkel has said things and done things that were inappropriate," Barack Obama said.'
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(event.source) == "USA" and country(event.target) == "DEU"


def test_a_verdict_asked_about_is_none(pipeline):
    text = '"Is Angela Merkel a liar? I do not know," Barack Obama said.'
    assert "ACCUSE" not in types_of(pipeline, text)


def test_a_disparaging_word_on_the_noun_of_an_owned_thing_judges_its_owner(pipeline):
    event = of_type(events_of(pipeline, "Obama said Merkel's plan is a reckless gamble."), "ACCUSE")[0]
    assert event.cameo == "111" and country(event.target) == "DEU"


def test_a_quoted_verdict_on_a_named_leader_with_a_new_word_is_criticism(pipeline):
    text = '"Angela Merkel\'s policy is dangerous and unfair," Barack Obama said.'
    event = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(event.source) == "USA" and country(event.target) == "DEU"


def test_praise_of_a_policy_alone_is_no_support(pipeline):
    assert "SUPPORT" not in types_of(pipeline, '"The tax cut is excellent. It helps farmers," Barack Obama said.')


def test_a_bad_thing_with_no_one_judged_is_no_criticism(pipeline):
    text = '"The storm was dangerous. The flooding was a disaster," Kenyan President William Ruto said.'
    assert "ACCUSE" not in types_of(pipeline, text)


def test_the_speakers_own_side_failing_is_no_criticism(pipeline):
    text = '"We were wrong. Our plan was a reckless gamble," Kenyan President William Ruto said.'
    assert "ACCUSE" not in types_of(pipeline, text)


def test_a_verdict_denied_in_quoted_words_is_no_criticism(pipeline):
    text = '"Angela Merkel is not a liar. She kept her word," Barack Obama said.'
    assert "ACCUSE" not in types_of(pipeline, text)


def test_a_class_of_institutions_judged_is_no_actor_criticised(pipeline):
    text = '"The schools in our cities are a failure," Kenyan President William Ruto said.'
    assert "ACCUSE" not in types_of(pipeline, text)


def test_people_judged_as_a_class_are_criticised(pipeline):
    text = '"The protesters are thugs," Kenyan President William Ruto said.'
    assert "ACCUSE" in types_of(pipeline, text)
