"""Where did it happen? The place of a clause, for the event coder.

Why a dependency walk: "Russia said Tuesday that shelling hit Kharkiv" names two places, and only the one a
locative preposition ties to the event's own predicate ("hit ... in Kharkiv") is where it happened. Metonyms
("Moscow said") are actors, never locations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.document import Document, Place
from eventwire.geo.gazetteer import knowledge
from eventwire.geo.recognise import DATELINE, DATELINE_WINDOW

VERBAL = {"VERB", "AUX"}
POSSESSIVE = re.compile(r"['’]s?\b")
#: Dependencies that keep a place name's head inside the same noun phrase ("the Kharkiv region").
NOUN_PHRASE_DEPS = {"compound", "appos", "conj", "amod", "nmod", "poss"}


@lru_cache(maxsize=1)
def _locative_prepositions() -> frozenset[str]:
    return frozenset(knowledge()["locative_prepositions"])


def _predicate(token: Token) -> Token:
    """The nearest verb at or above ``token``: the predicate of its clause."""
    while token.pos_ not in VERBAL and token.head != token:
        token = token.head
    return token


def _phrase_head(token: Token) -> Token:
    while token.dep_ in NOUN_PHRASE_DEPS and token.head != token:
        token = token.head
    return token


def _clause_rank(parsed: Doc, place: Place, predicate: Token) -> int | None:
    """0 when the place is itself the object of "in/at/near ..." in the clause of ``predicate``, 1 when it
    only sits in that object's noun phrase ("Ill." in "from Springfield, Ill."), None otherwise."""
    span = parsed.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    head = _phrase_head(span.root)
    if head.dep_ != "pobj" or head.head.lower_ not in _locative_prepositions():
        return None
    if _predicate(head.head.head) != predicate:
        return None
    return 0 if head == span.root else 1


def _dateline_span(document: Document) -> tuple[int, int]:
    match = DATELINE.search(document.text[:DATELINE_WINDOW])
    return (match.start("place"), match.end()) if match else (0, 0)


def dateline_place(document: Document) -> Place | None:
    """The place of a dateline ("KYIV, Ukraine (AP) —"), which locates the whole story by default."""
    start, end = _dateline_span(document)
    return next((p for p in document.places if start <= p.start < end), None)


def _inside_an_actor_name(document: Document, place: Place) -> bool:
    """"China" in "the China Coast Guard", "Alexandria" in "Alexandria Police": the place tells whose the actor
    is, not where anything happened."""
    return any(a.start <= place.start and place.end <= a.end and (a.start, a.end) != (place.start, place.end)
               and document.text[place.end:a.end].strip(" '’s") for a in document.actors)


def place_for_span(document: Document, parsed: Doc, start: int, end: int,
                   places: Iterable[Place] | None = None) -> tuple[Place | None, str]:
    """The non-metonymic place of the text [start, end): its clause's, else its sentence's (the nearest that is
    no possessor), else the dateline's, never one inside an actor's name; with how it was found: "clause" |
    "sentence" | "dateline" | "none". ``places``: the candidates, when the caller has narrowed them to the
    sentence (default: the article's)."""
    candidates = document.places if places is None else list(places)

    def located_within(first: int, last: int) -> list[Place]:  # the places of [first, last) that can locate
        return [p for p in candidates if first <= p.start < last and not p.metonym
                and not _inside_an_actor_name(document, p)]

    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        predicate = _predicate(span.root)
        sentence = predicate.sent  # a dependency path never leaves its sentence: only its places can rank
        places = located_within(sentence.start_char, sentence.end_char)
        ranked = [(rank, abs(p.start - start), i) for i, p in enumerate(places)
                  if (rank := _clause_rank(parsed, p, predicate)) is not None]
        if ranked:
            return places[min(ranked)[2]], "clause"
    dateline_span = _dateline_span(document)
    index = document.sentence_index(start)
    if index is not None:
        sentence = document.sentences[index]
        nearby = [p for p in located_within(max(sentence.start, dateline_span[1]), sentence.end)
                  if not POSSESSIVE.match(document.text, p.end)]  # "China's claims": an owner, not a place
        if nearby:
            return min(nearby, key=lambda p: abs(p.start - start)), "sentence"
    dateline = dateline_place(document)
    if dateline is not None and not dateline.metonym:
        return dateline, "dateline"
    return None, "none"
