"""A set phrase with a verb of saying hedges or judges in the writer's voice and reports no one: 'it is safe to
say X', 'one could say X', 'the delays say a lot about the board' (``saying_idioms``). 'No one could say X' is no
such phrase, and a plain report keeps its cue."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings


def test_a_hedge_with_say_is_no_cue(pipeline):
    text = "Given the long queues at the pier, it is safe to say the night ferry is popular with commuters."
    assert not [q for q in quote_strings(pipeline, text, with_cue=True) if q[1] == "say"]


def test_one_could_say_is_no_cue(pipeline):
    text = "By some measures one could say the harbour board has kept its promises."
    assert not [q for q in quote_strings(pipeline, text, with_cue=True) if q[1] == "say"]


def test_says_a_lot_about_is_no_cue(pipeline):
    text = "The length of the delays says a lot about the priorities of the harbour board."
    assert not [q for q in quote_strings(pipeline, text, with_cue=True) if q[1] == "says"]


def test_a_report_of_saying_keeps_its_cue(pipeline):
    text = "Marta Okafor, the harbour chief, said the night ferry is popular with commuters."
    assert ("the night ferry is popular with commuters", "said", "Marta Okafor, the harbour chief") in \
        quote_strings(pipeline, text, with_cue=True)
