"""A content ends before a closing clause that is another reporter's attribution, which stands as its own quote;
a discourse "That said," reports no one."""

import pytest

from tests.quotes.helpers import quote_strings


def test_contrasting_clause_is_its_own_quote(pipeline):
    text = ("Half of the drivers said the new road was too narrow, while 30 percent said they had no complaints "
            "about it.")
    quotes = quote_strings(pipeline, text, with_cue=True)
    assert ("the new road was too narrow", "said", "Half of the drivers") in quotes
    assert ("they had no complaints about it", "said", "30 percent") in quotes


def test_content_ends_before_a_later_report(pipeline):
    text = ("The council insisted the bridge was safe after an engineer told reporters that the cables were rusting "
            "badly.")
    quotes = quote_strings(pipeline, text, with_cue=True)
    assert ("the bridge was safe", "insisted", "The council") in quotes
    assert [speaker for content, _, speaker in quotes if "cables" in content] == ["an engineer"]


def test_report_opening_the_content_stays_inside_it(pipeline):
    text = "Ortega said the minister told reporters that the port would close in March."
    assert quote_strings(pipeline, text, with_cue=True) == [("the minister told reporters that the port would close in March", "said",
                                        "Ortega")]


def test_condition_stays_inside_the_content(pipeline):
    text = "Okafor said the plan would fail if the mayor told voters it was cheap."
    assert quote_strings(pipeline, text, with_cue=True) == [("the plan would fail if the mayor told voters it was cheap", "said", "Okafor")]


@pytest.mark.parametrize("text", ["That said, the harbour remains open to fishing boats until the end of the month.",
                                  "The ferry was late. Having said that, the crew handled the storm with great care."])
def test_discourse_phrase_is_not_a_cue(pipeline, text):
    assert not any(cue == "said" for _, cue, _ in quote_strings(pipeline, text, with_cue=True))
