"""A phrase predicated of an object a preposition governs: "referred to the protesters as her friends" has a frame
taking in that object, "prep:to+prep:as", as "described them as her friends" has "dobj+prep:as"."""

from __future__ import annotations

from tests.quotes.helpers import frame_contents, frame_named


def test_an_object_a_preposition_governs_widens_the_frame(nlp):
    parsed = nlp("The mayor referred to the protesters as her friends.")
    frame = frame_named(parsed, "referred", "prep:to+prep:as")
    assert frame is not None and frame_contents(parsed, frame) == ["the protesters as her friends"]


def test_a_preposition_not_predicating_leaves_the_frame_alone(nlp):
    parsed = nlp("The mayor referred to the protesters in her speech.")
    assert frame_named(parsed, "referred", "prep:to+prep:in") is None
