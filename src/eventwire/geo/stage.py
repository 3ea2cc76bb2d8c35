"""The geo stage: toponyms found, placed on the map, and marked when they stand for a government."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from eventwire.document import Document, Place
from eventwire.geo.gazetteer import Candidate, knowledge, name_index, state_places
from eventwire.geo.recognise import Mention, find_mentions
from eventwire.geo.resolve import by_group, demonym_context, group_mentions, phone_context, resolve_groups

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


@lru_cache(maxsize=1)
def _metonym_verbs() -> frozenset[str]:
    return frozenset(knowledge()["metonym_verbs"])


def is_metonym(parsed: Doc, start: int, end: int, country: bool = False) -> bool:
    """ "Moscow said", "Kyiv rejected": a place as the subject of a verb of saying or deciding is an actor; a
    country that is the subject of any verb is one too ("Japan and Australia expressed concern")."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "conj", "appos") and root.head != root:
        root = root.head
    return root.dep_ in SUBJECT_DEPS and (country or root.head.lemma_.lower() in _metonym_verbs())


def _place(mention: Mention, choice: Candidate, parsed: Doc, text: str) -> Place:
    return Place(start=mention.start, end=mention.end, name=choice.name, lat=round(choice.lat, 5),
                 lon=round(choice.lon, 5), country=choice.country,
                 admin1=choice.admin1 if choice.feature != "country" else None, feature=choice.feature,
                 geonameid=choice.geonameid, text=text[mention.start:mention.end],
                 metonym=mention.source == "demonym"
                 or is_metonym(parsed, mention.start, mention.end, choice.feature == "country"))


class PlaceStage:
    """Fills ``document.places``: every toponym the gazetteer can place, one sense per spelling per article."""

    name = "geo"
    requires: tuple[str, ...] = ("entities",)

    def __init__(self, settings=None) -> None:
        self.settings = settings
        name_index()  # build the gazetteer now, once, not inside the first article

    def __call__(self, document: Document, parsed: Doc) -> None:
        mentions = find_mentions(document, parsed)
        groups = group_mentions(mentions, state_places())
        adjectives = [e.text for e in document.entities if e.spacy_label == "NORP"]
        phone_countries, phone_admins = phone_context(document.text)
        resolve_groups(groups, demonym_context(adjectives) + phone_countries, phone_admins)
        chosen = by_group(groups)
        document.places = [_place(m, chosen[m.start], parsed, document.text)
                           for m in mentions if chosen[m.start] is not None]
