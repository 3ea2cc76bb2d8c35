"""A long article's pronouns are resolved by walking back sentence by sentence, each sentence's candidates coded
once: the cost grows with the text, not with the text times its pronouns."""

from __future__ import annotations

from eventwire.events.actor_refs import ActorResolver

from tests.events.helpers import events_of, of_type

STORY = "The rebels took the bridge over the river on Sunday. They attacked the convoy of the ministry."


def test_each_candidate_is_coded_once_however_many_pronouns_follow(pipeline, monkeypatch):
    coded_at = ActorResolver._coded_at
    calls: list[tuple[int, int]] = []

    def counted(self, start, end):
        calls.append((start, end))
        return coded_at(self, start, end)

    monkeypatch.setattr(ActorResolver, "_coded_at", counted)
    events = events_of(pipeline, "\n\n".join([STORY] * 30))
    assert len(calls) == len(set(calls))  # no phrase coded twice, though 30 "They" look back over it
    assert of_type(events, "ASSAULT")[0].source.code.endswith("REB")  # "They" is still the rebels
