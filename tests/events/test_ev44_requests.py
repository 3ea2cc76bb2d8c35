"""Whom a request asks (issue #4, round ev44). Each rule has its reason in the CAMEO/PLOVER definitions; each test
sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type, types_of


# CAMEO 02 and 10, PLOVER REQUEST: the source asks the target to act; the parser may hang the infinitive of the act
# asked off the verb as a clause of its own ("asked X on Monday to ..."): it is still a request, and X is still the
# one asked, not an actor the act names (patterns.yaml `ask`, arguments.asked_addressee)
def test_an_infinitive_read_as_a_clause_of_its_own_is_still_what_is_asked(pipeline):
    request = of_type(events_of(pipeline, "Senators asked the Justice Department on Monday to investigate whether "
                                          "Hillary Clinton lied to Congress."), "REQUEST")[0]
    assert request.target is not None and request.target.text == "the Justice Department"


def test_asking_questions_to_understand_is_no_request(pipeline):
    assert "REQUEST" not in types_of(pipeline, "The senator asked questions to understand the plan.")
