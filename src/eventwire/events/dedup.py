"""One event per real-world event within an article: repeated reports become extra evidence.

Two reports are one event only when their sides are the same actors, not merely actors of one country: "Trump
criticised Cruz" and "Sanders criticised Clinton" (all USA) are two events. A side's identity is the actors
stage's ``actor_id`` for a named person or organisation (all mentions of one person, "Trump", "he", "the
president", share it), the name of an individual only the events stage knows ("Bruce Ash"), and the code for a
state or a group ("Ukrainian students"), which have no identity beyond it; a state is one actor with its
government and armed forces ("Russia", "Russian troops").
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.actors.kb import COUNTRY_ID, GROUP_ID
from eventwire.document import ActorMention, ActorRef, Event
from eventwire.events.actor_refs import PRIVATE_SECTOR
from eventwire.events.actors_fallback import names_actor
from eventwire.events.codebook import load_yaml

#: actor_id prefixes of the actors stage that stand for a whole state or a group, identified by their code.
CODE_IDENTIFIED = (COUNTRY_ID, GROUP_ID)


def actor_identities(mentions: Iterable[ActorMention]) -> dict[str, str]:
    """Canonical name -> actor_id of the article's named people and organisations, "" for states and groups
    (events carry the canonical name of the mention they were resolved from)."""
    identities = {m.canonical: "" for m in mentions if m.canonical and (m.actor_id or "").startswith(CODE_IDENTIFIED)}
    identities.update((m.canonical, m.actor_id) for m in mentions
                      if m.canonical and m.actor_id and not m.actor_id.startswith(CODE_IDENTIFIED))
    return identities


def side_identity(ref: ActorRef | None, identities: dict[str, str]) -> tuple[str, str] | None:
    """Who a side is, for comparing two reports; None when the report names no one there."""
    if ref is None:
        return None
    known = identities.get(ref.canonical or "")
    if known:
        return "actor", known
    if known is None and ref.canonical and ref.code and ref.code[3:] in ("", PRIVATE_SECTOR):
        return "person", ref.canonical.split()[-1].lower()  # an individual only the events stage placed
    if names_actor(ref.code):
        return "code", _state_code(ref.code)
    return "words", ref.text.lower()


def _state_code(code: str) -> str:
    """A state's government and armed forces are the state itself ("RUSMIL" -> "RUS"), other codes are their own."""
    country, sector = code[:3], code[3:]
    return country if sector in load_yaml("patterns.yaml")["state_sectors"] and country.isalpha() else code


def _same_kind_of_act(kept: Event, new: Event) -> bool:
    """Two codes of a type of distinct steps are two acts ("he was arrested ... he was deported": two events,
    `distinct_code_types`)."""
    return kept.cameo == new.cameo or kept.type not in load_yaml("patterns.yaml")["distinct_code_types"]


def _polarity(event: Event) -> tuple:
    return event.negated, event.hypothetical, event.denied


def _same_sides(kept: Event, new: Event, identities: dict[str, str], exact: bool) -> bool:
    """No side where the two reports name different actors, and one actor placed on both (``exact``: both sides
    alike, also a side neither names). Otherwise a target in words that name no actor is no target of its own:
    "Kenya condemned Uganda" and "Kenya condemned the raid" are one condemnation, the second told without its
    target. A doer in such words ("allied forces") is still someone else."""
    shared = False
    for side in ("source", "target"):
        a, b = side_identity(getattr(kept, side), identities), side_identity(getattr(new, side), identities)
        if not exact and side == "target" and a is not None and b is not None \
                and (a[0] == "words") != (b[0] == "words"):
            continue
        if a is None or b is None:
            if exact and a != b:
                return False
            continue
        if a != b:
            return False
        shared = shared or a[0] != "words"
    return shared or exact


def _twin(kept: list[Event], event: Event, identities: dict[str, str]) -> Event | None:
    """The earlier report of the same event: same type and sides, else same CAMEO code and one side in common."""
    alike = [k for k in kept if _polarity(k) == _polarity(event) and _same_kind_of_act(k, event)]
    return next((k for k in alike if k.type == event.type and _same_sides(k, event, identities, exact=True)), None) \
        or next((k for k in alike if k.cameo == event.cameo and _same_sides(k, event, identities, exact=False)), None)


def merge_duplicates(events: list[Event], mentions: Iterable[ActorMention] = ()) -> list[Event]:
    """Keep the first report of each event; later reports of it add evidence, missing actors and place."""
    identities = actor_identities(mentions)
    kept: list[Event] = []
    for event in events:
        twin = _twin(kept, event, identities)
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
