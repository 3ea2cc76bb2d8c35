"""One event per real-world event within an article: repeated reports become extra evidence."""

from __future__ import annotations

from eventwire.document import ActorRef, Event
from eventwire.events.actors_fallback import names_actor


def _country(ref: ActorRef | None) -> str | None:
    return ref.code[:3] if ref is not None and names_actor(ref.code) else None


def _key(event: Event) -> tuple:
    return event.type, event.negated, event.hypothetical, event.denied, _country(event.source), _country(event.target)


def _compatible(kept: Event, new: Event) -> bool:
    """Same CAMEO code and polarity, one actor country shared, and no side where the two reports disagree."""
    if (kept.cameo, kept.negated, kept.hypothetical, kept.denied) != (new.cameo, new.negated, new.hypothetical,
                                                                     new.denied):
        return False
    shared = False
    for side in ("source", "target"):
        a, b = getattr(kept, side), getattr(new, side)
        if a is None or b is None:
            continue
        if _country(a) and _country(a) == _country(b):
            shared = True
        elif _country(a) or _country(b) or a.text.lower() != b.text.lower():
            return False
    return shared


def _other_person(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two people coded by their country alone ("Bruce Ash", "Reince Priebus" -> USA) whose names differ."""
    if a is None or b is None or len(a.code or "") != 3 or len(b.code or "") != 3 or not a.canonical or not b.canonical:
        return False
    return a.canonical.split()[-1].lower() != b.canonical.split()[-1].lower()


def _same_people(kept: Event, new: Event) -> bool:
    return not any(_other_person(getattr(kept, side), getattr(new, side)) for side in ("source", "target"))


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Keep the first report of each event; later reports of it add evidence, missing actors and place. Sides
    named as different people are different events, though they share a country code."""
    kept: list[Event] = []
    for event in events:
        people = [k for k in kept if _same_people(k, event)]
        twin = next((k for k in people if _key(k) == _key(event)), None) or \
            next((k for k in people if _compatible(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        twin.extra_evidence.append(event.evidence)
        twin.extra_evidence.extend(event.extra_evidence)
        twin.source = twin.source or event.source
        twin.target = twin.target or event.target
        twin.location = twin.location or event.location
        twin.place = twin.place or event.place
        twin.confidence = max(twin.confidence, event.confidence)
    return kept
