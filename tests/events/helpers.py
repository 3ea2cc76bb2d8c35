"""Reading the events of one test sentence."""

from __future__ import annotations

from eventwire.document import Document


def events_of(pipeline, text: str, date: str | None = "2024-03-01"):
    return pipeline.apply(Document(text=text, date=date), pipeline.nlp(text)).events


def of_type(events, plover_type):
    found = [e for e in events if e.type == plover_type]
    assert found, f"no {plover_type} in {[(e.type, e.rule) for e in events]}"
    return found


def country(ref) -> str | None:
    return ref.code[:3] if ref is not None and ref.code else None


def types_of(pipeline, text: str) -> set[str]:
    return {e.type for e in events_of(pipeline, text)}


def first_event_countries(pipeline, text: str, plover_type: str, roles) -> dict[str, str | None]:
    """The countries of the ``roles`` (source, target) of the first ``plover_type`` event coded in ``text``."""
    event = of_type(events_of(pipeline, text), plover_type)[0]
    return {role: country(getattr(event, role)) for role in roles}
