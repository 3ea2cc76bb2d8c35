"""Where, when and on whose word: place, date and speaker of an event from the sibling stages.

Each sibling stage is optional: when geo, temporal or quotes are not installed the event falls back to a
prepositional place name, the article date, or the subject of the verb of saying.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from eventwire.actors.gender import PRONOUN_GENDER, agrees, person_gender
from eventwire.document import Document, Place
from eventwire.events.codebook import load_yaml
from eventwire.events.triggers import own_prep_objects
from eventwire.spans import SpanIndex

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside"}
#: Speakers that only point back to someone named before.
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"}


class Surroundings:
    """Where, when and on whose word, for every event of one article: the sibling stages' places, dates and quotes,
    indexed once, so that each event asks about its own neighbourhood only and a long article stays linear."""

    def __init__(self, document: Document, parsed: Doc) -> None:
        self.document, self.parsed = document, parsed
        self.anchors = anchored_dates(document)
        self.quote_parts = _indexed(document.quotes, lambda quote: quote.content_parts or [quote.content])
        self.speakers = _indexed(document.quotes, lambda quote: [quote.speaker] if quote.speaker else [])
        self.actors = _indexed(document.actors, _own_span)
        self.places = _indexed(document.places, _own_span)
        self.timexes = _indexed(document.timexes, _own_span)

    def place_for(self, start: int, end: int, trigger: Token,
                  target_preps: list[str] | None = None) -> tuple[Place | None, str | None, str]:
        """The event's place, its name, and how it was found ("clause" when the event's own clause names it): where
        a movement goes when the pattern's own target preposition of direction names it ("crossed from Turkey into
        northwest Syria": Syria, `patterns.yaml` `destination_preps`), else the geo stage's place; without the geo
        stage, a place entity after that preposition or after "in/at/near"."""
        destinations = own_prep_objects(trigger, set(target_preps or [])
                                        & set(load_yaml("patterns.yaml")["defaults"]["destination_preps"]))
        try:
            from eventwire.geo import place_for_span
        except ImportError:
            place_for_span = None
        if place_for_span is not None:
            for obj in destinations:  # a place the geo stage reads as an actor ("Moscow said") is none
                first, last = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
                places = [p for p in _in_order(self.places.overlapping(first, last), lambda s, e: first <= s)
                          if not p.metonym]
                if places:
                    return places[-1], places[-1].name, "clause"
            sentence = trigger.sent
            place, how = place_for_span(self.document, self.parsed, start, end,
                                        _in_order(self.places.overlapping(sentence.start_char, sentence.end_char)))
            return place, (place.name if place else None), how
        for obj in destinations + own_prep_objects(trigger, LOCATIVE_PREPS):
            if obj.ent_type_ in {"GPE", "LOC", "FAC"}:
                return None, obj.text, "clause"
        return None, None, "none"

    def date_for(self, start: int, end: int, sentence: Span) -> tuple[str | None, str | None]:
        """The event's TIMEX3 value and where it came from; without the temporal stage, the article date."""
        document = self.document
        try:
            from eventwire.temporal import date_for_span
        except ImportError:
            return (document.date, "article") if document.date else (None, None)
        for phrase, value in self.anchors.items():
            at = document.text.find(phrase)
            while at != -1:
                if at < end and start < at + len(phrase):
                    return value, "clause"
                at = document.text.find(phrase, at + 1)
        value, source = date_for_span(document, self.parsed, start, end,
                                      _in_order(self.timexes.overlapping(sentence.start_char, sentence.end_char)))
        return value, (source if value else None)

    def reporter(self, start: int, end: int, speaker: Token | None) -> str | None:
        """The speaker of the quote whose content holds the evidence, else the subject of the verb of saying; a
        pronoun ("He said ...") is who it stands for (:meth:`pronoun_speaker`), never the pronoun's text."""
        document = self.document
        for quote in _in_order(self.quote_parts.overlapping(start, end), lambda s, e: s <= start and end <= e):
            name = quote.speaker_text or (document.text[quote.speaker[0]:quote.speaker[1]] if quote.speaker else None)
            if name:
                return self.pronoun_speaker(quote.speaker) if _is_pronoun(name) else name
        if speaker is None:
            return None
        if speaker.pos_ == "PRON" or _is_pronoun(speaker.text):
            return self.pronoun_speaker((speaker.idx, speaker.idx + len(speaker)))
        return document.text[speaker.left_edge.idx:speaker.idx + len(speaker)]

    def pronoun_speaker(self, span: tuple[int, int] | None) -> str | None:
        """Who a speaking pronoun stands for: the actor the actors stage resolved it to, else the speaker of the
        quotation just before it, in its sentence or the one before, who goes on talking ('"...," a spokesman told
        reporters. He said ...'), when the pronoun's gender agrees; else nobody."""
        if span is None:
            return None
        document = self.document
        at, pronoun = span[0], document.text[span[0]:span[1]].lower()
        resolved = next((a for a in _in_order(self.actors.overlapping(at, at + 1)) if a.canonical), None)
        if resolved is not None and not _is_pronoun(resolved.canonical):
            return resolved.canonical
        gender = PRONOUN_GENDER.get(pronoun)
        sentence_before = _sentence_start(document, _sentence_start(document, at) - 1)
        earlier = [q for q in _in_order(self.speakers.overlapping(sentence_before, at), lambda s, e: sentence_before <= s)
                   if q.speaker_text and not _is_pronoun(q.speaker_text)]
        if gender is None or not earlier:
            return None
        last = max(earlier, key=lambda q: q.speaker[0])
        mention = document.text[last.speaker[0]:last.speaker[1]]
        said_by = person_gender(document.text[:last.speaker[0]], mention, mention)
        return last.speaker_text if agrees(said_by, gender) else None


def anchored_dates(document: Document) -> dict[str, str]:
    """Event phrases dated by a count in the text ("on the second day of Russia's invasion"), once per article."""
    try:
        from eventwire.temporal import anchored_event_dates
    except ImportError:
        return {}
    return anchored_event_dates(document)


Item = TypeVar("Item")
#: An annotation indexed by one of its spans, with its place in the document's list: (span, order, annotation).
Indexed = tuple[tuple[int, int], int, Item]


def _indexed(items: Iterable[Item], span_of: Callable[[Item], Iterable[tuple[int, int]]]) -> SpanIndex[Indexed]:
    """Annotations indexed by each of their spans, remembering their order in the document's list."""
    return SpanIndex(_indexed_span, ((span, order, item) for order, item in enumerate(items) for span in span_of(item)))


def _own_span(annotation) -> list[tuple[int, int]]:
    return [(annotation.start, annotation.end)]


def _indexed_span(entry: Indexed) -> tuple[int, int]:
    return entry[0]


def _in_order(entries: list[Indexed], keep: Callable[[int, int], bool] = lambda start, end: True) -> list:
    """The annotations of index entries whose span passes ``keep``, in the order of the document's list (which
    decides among several that qualify, as a scan of the list would)."""
    return [item for (start, end), _, item in sorted(entries, key=itemgetter(1)) if keep(start, end)]


def _is_pronoun(text: str) -> bool:
    return text.strip().lower() in PERSONAL_PRONOUNS


def _sentence_start(document: Document, offset: int) -> int:
    """Where the sentence holding ``offset`` starts (0 before the first)."""
    at = bisect_right(document.sentences, offset, key=lambda sentence: sentence.start) - 1
    return document.sentences[at].start if at >= 0 else 0
