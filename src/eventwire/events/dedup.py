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


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Keep the first report of each event; later reports of it add evidence, missing actors and place."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if _key(k) == _key(event)), None) or \
            next((k for k in kept if _compatible(k, event)), None)
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
