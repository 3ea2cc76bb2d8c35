"""The country an article gives an actor the text codes without one ("Senator Jane Doe" is ``---LEG``).

Events and quotes both ask it: the sector actor of a sentence belongs to the one country that sentence names,
and a person the text never places to the country the article is mostly about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import cached_property, lru_cache

import pycountry

from eventwire.actors.gender import honorific_gender
from eventwire.actors.kb import KnowledgeBase, actors_file_of, load_kb, tokenize
from eventwire.actors.mentions import local_mark_countries, rules, us_office_spans
from eventwire.document import UNKNOWN_COUNTRY, ActorRef, Document, Place
from eventwire.spans import SpanCoverage, SpanIndex, start_end

#: Share of an article's country mentions one country needs to be the country the article is about.
DOMINANT_SHARE = 0.6
#: Entity labels of a person's name: a place the text also tags as one ("McDonald and Barry were charged", Barry
#: the Welsh town to the geo stage) is too doubtful to give the article's actors a country.
PERSON_LABELS = frozenset({"PERSON", "PER"})
#: Where :func:`country_context` keeps an article's context: an attribute, not a field, so it is never serialised.
_CONTEXT_ATTRIBUTE = "_country_context"
#: Geo-stage features of a state, province or county, which may be written after a town as its container.
DIVISION_FEATURES = frozenset({"adm1", "county"})
#: What stands between a town and its written container ("Panama City, Florida"), within so many characters.
CONTAINER_GAP, CONTAINER_REACH = re.compile(r",\s*"), 4


class CountryContext:
    """Every country an article names through its actors and places (but no place that NER tags as a person),
    sorted by offset once per article, so that asking which countries a sentence names costs a binary search,
    not a pass over the article. An actor named by a town the geo stage put elsewhere on evidence counts for
    the town's country (:meth:`placed_on_evidence`), which the events stage also asks of its arguments. An office
    only the United States has ("the district attorney", "sheriff's deputies": `us_offices`) names it too."""

    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.actors_file = actors_file_of(document)  # the actors stage's (see :attr:`kb`)
        self.places = SpanIndex(start_end, document.places)
        self.local_names: defaultdict[str, set[str]] = defaultdict(set)  # ISO2 -> its towns and divisions, as written
        for place in document.places:
            if place.country and place.feature in DIVISION_FEATURES | {"city"}:
                self.local_names[place.country].add(place.text)
        self.county_countries = {p.country for p in document.places if p.feature == "county" and p.country}
        actors = SpanCoverage((a.start, a.end) for a in document.actors)
        self.us_states = {(p.start, p.end) for p in document.places if p.feature == "country"
                          and p.text.lower() in rules()["us_state_names"] and not actors.contains(p.start)}
        self.persons = SpanCoverage((e.start, e.end) for e in document.entities if e.spacy_label in PERSON_LABELS)
        found = [(a.start, a.end, self.placed_country(a.start, a.end, a.code[:3])) for a in document.actors
                 if a.code and is_country(a.code[:3])]
        found += [(p.start, p.end, country) for p in document.places if (country := self.country_of_place(p))]
        found += [(start, end, "USA") for start, end in us_office_spans(self.text)]
        self.mentions = sorted(found or local_mark_countries(self.text) or self._newsmakers(document))
        self.starts = [start for start, _, _ in self.mentions]

    @property
    def kb(self) -> KnowledgeBase:
        """The actors stage's knowledge base, with the user's actors file: looked up (``load_kb`` is cached), not
        kept, since the context travels with its document to and from worker processes."""
        return load_kb(self.actors_file)

    def country_of_place(self, place: Place) -> str | None:
        """The country (alpha-3) of a place of the geo stage, none for one the entity stage tags as a person's name
        ("Randolph", "Barry"); a name shared by a country and a US state ("Georgia") that the actors stage read as
        the state, on the article's evidence, is American."""
        if not place.country or self.persons.contains(place.start):
            return None
        return "USA" if (place.start, place.end) in self.us_states else alpha3(place.country)

    def placed_country(self, start: int, end: int, country: str) -> str:
        """The country of an actor named in [start, end) as ``country``, unless the words that name that country
        are a town or division the geo stage put elsewhere on evidence the words lack ("Lebanon Police" beside
        "Boone County", "Panama City, Florida": American; :meth:`placed_on_evidence`). The events stage asks it
        of its arguments too."""
        for place in self.places_within(start, end):
            placed = self.placed_on_evidence(place)
            if placed and placed != country and names_country(place.text, country, self.kb):
                return placed
        return country

    def _newsmakers(self, document: Document) -> list[tuple[int, int, str]]:
        """In an article that names no country, the newsmakers' surnames written alone ("He accused Clinton ...":
        ``surname_country``) say which country it is about."""
        return [(e.start, e.end, country) for e in document.entities if e.spacy_label in PERSON_LABELS
                and (country := surname_country(self.text[e.start:e.end], self.kb))]

    def places_within(self, start: int, end: int) -> list[Place]:
        """The geo stage's places inside [start, end), in order, found through an index, not a scan."""
        return [p for p in self.places.overlapping(start, end) if start <= p.start and p.end <= end]

    def placed_on_evidence(self, place: Place) -> str | None:
        """The country (alpha-3) of a town written with its state or region after a comma ("Panama City,
        Florida", "Lebanon, Pennsylvania") or in an article naming a county of its country ("Palestine" beside
        "Anderson County"), or of a division in an article that names other towns or divisions of that country
        (the US state Georgia beside Atlanta or "Ga."). A place the geo stage chose from the article's context
        alone may be a guess: "Paris" in a US story, Niger read as the Nigerian state beside "Nigerian". A name
        shared with a US state that the actors stage read as the state is in the US (:meth:`country_of_place`)."""
        if (place.start, place.end) in self.us_states:
            return "USA"
        if not place.country or place.feature not in DIVISION_FEATURES | {"city"}:
            return None
        if place.feature == "city":
            written_in = any(after.feature in DIVISION_FEATURES and after.country == place.country
                             and CONTAINER_GAP.fullmatch(self.text, place.end, after.start)
                             for after in self.places.overlapping(place.end, place.end + CONTAINER_REACH))
            return alpha3(place.country) if written_in or place.country in self.county_countries else None
        return alpha3(place.country) if self.local_names[place.country] - {place.text} else None

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, ISO alpha-3) of the country mentions that start in [start, end)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    @cached_property
    def dominant(self) -> str | None:
        """The country most of the article's country mentions name (at least ``DOMINANT_SHARE`` of them)."""
        if not self.mentions:
            return None
        country, count = self._mention_counts.most_common(1)[0]
        return country if count >= DOMINANT_SHARE * len(self.mentions) else None

    def individual_country(self, text: str) -> str | None:
        """The country of an individual the text never places ("Senator Jane Doe", "he", "Clinton"): the one the
        article is about; in an article about none, that of the newsmaker whose surname ``text`` is, written alone
        (``surname_country``), the evidence that also decides :attr:`dominant` in an article naming no country."""
        return self.dominant or surname_country(text, self.kb)

    def country_for(self, start: int, end: int, apart_from: ActorRef | None = None,
                    paragraph: tuple[int, int] | None = None) -> str | None:
        """The country of a sector actor ("students", "police") in the sentence ``[start, end)``: the one the
        sentence names; in a sentence naming none, or several among them the article's dominant country, that
        country; else none. A country named
        only inside ``apart_from`` (the other side of an event) belongs to that side: "protesters attacked the
        Ugandan embassy" does not make the protesters Ugandan. With ``paragraph`` (the sentence's), see
        :meth:`_country_near`."""
        named = self.between(start, end)
        if paragraph is not None:
            return self._country_near(named, apart_from, paragraph, (start, end))
        countries = {country for _, _, country in named}
        if len(countries) > 1:
            return self._dominant_among(countries, start, end)
        if not countries:
            return self.dominant
        country = countries.pop()
        if apart_from is not None and apart_from.start is not None and \
                all(apart_from.start <= at < apart_from.end for at, _, _ in named):
            return self.dominant if self.dominant != country else None
        return country

    def _country_near(self, named: list[tuple[int, int, str]], apart_from: ActorRef | None,
                      paragraph: tuple[int, int], sentence: tuple[int, int]) -> str | None:
        """The one country the sentence names. In a sentence naming none outside the other side of the event,
        the article's dominant country, also when it is that side's: in a story about Kenya, "Kenyan protesters
        accused police of ..." names Kenya's police, but those who face its embassy or envoy abroad are the host's
        (:func:`posted_abroad`: "Protesters attacked the Ugandan embassy"); in an article with none, the one country the
        paragraph names outside that side and other than that side's ("He said the government would summon the
        Chinese ambassador" after "in Manila" is the Philippine government). A sentence naming several countries
        gives the one the rest of the article is mostly about when it is among them ("Obama faces pressure from
        Congress to help Iran" in an American story: Congress is American), else none; when no country is named outside
        the paragraph (a story printed without paragraph breaks), the rest of the paragraph decides."""
        countries = {country for _, _, country in named}
        if len(countries) > 1:
            whole_text = not self._mention_counts - self._counts_between(*paragraph)
            return self._dominant_among(countries, *(sentence if whole_text else paragraph))
        if any(not covers(apart_from, at) for at, _, _ in named):
            return countries.pop()
        if self.dominant is not None:
            return None if self.dominant in countries and posted_abroad(apart_from) else self.dominant
        around = {country for at, _, country in self.between(*paragraph) if not covers(apart_from, at)}
        around -= countries  # the other side's country is not this side's
        return around.pop() if len(around) == 1 else None

    def _dominant_among(self, countries: set[str], start: int, end: int) -> str | None:
        """Of the several countries a sentence names, the one the rest of the article is mostly about (outside
        [start, end), so a text of one sentence, as in the codebook-style gold files, never decides for itself)."""
        elsewhere = self._mention_counts - self._counts_between(start, end)
        if not elsewhere:
            return None
        country, count = elsewhere.most_common(1)[0]
        return country if country in countries and count >= DOMINANT_SHARE * elsewhere.total() else None

    def most_named(self, countries: list[str]) -> str | None:
        """Of ``countries``, the one the article names most, if it names any."""
        counts = [(self._mention_counts[country], country) for country in countries if self._mention_counts[country]]
        return max(counts)[1] if counts else None

    def _counts_between(self, start: int, end: int) -> Counter[str]:
        return Counter(country for _, _, country in self.between(start, end))

    @cached_property
    def _mention_counts(self) -> Counter[str]:
        return Counter(country for _, _, country in self.mentions)

    def party_country(self, text: str) -> str | None:
        """The country whose party ``text`` names ("Republicans", "the GOP candidate"; `parties.yaml` and the
        user's actors file), when the article is mostly about that country: abroad the same name is another
        party's."""
        words = f" {' '.join(_WORD.findall(text.lower()))} "
        names = self.kb.parties.get(self.dominant or "", [])
        return self.dominant if any(f" {name} " in words for name in names) else None


#: A capitalised word as names are written ("O'Malley", "Ocasio-Cortez").
_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")
#: A word, for matching party names whole.
_WORD = re.compile(r"\w+")


def names_country(text: str, country: str, kb: KnowledgeBase) -> bool:
    """Whether words of ``text`` are a name, demonym or capital of ``country`` (alpha-3) in the knowledge base
    ``kb``: the whole text ("Lebanon", "Athens", which stands for Greece) or words in it ("Panama" in "Panama
    City")."""
    words = tokenize(text)
    return any(term.kind in ("country", "demonym", "capital") and term.value == country
               for first in range(len(words)) for last in range(first + 1, len(words) + 1)
               for term in kb.lookup(words[first:last]))


def surname_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the curated newsmakers whose last name is ``text``, one word or after an honorific
    ("Clinton", "Mrs. Clinton" -> USA; see ``KnowledgeBase.surname_country``)."""
    *before, surname = text.replace("\u2019", "'").split() or [""]
    if len(before) > 1 or before and not honorific_gender(before[0] + " "):
        return None
    capitalised_name = surname[:1].isupper() and not surname.isupper() and _NAME_WORD.fullmatch(surname)  # no "UN"
    return kb.surname_country(surname) if capitalised_name else None


def posted_abroad(ref: ActorRef | None) -> bool:
    """Whether an actor phrase names a country's post in another country ("the Ugandan embassy", "the Kenyan
    envoy": `posts_abroad`), whose country is not that of those who face it there."""
    return ref is not None and not rules()["posts_abroad"].isdisjoint(_WORD.findall(ref.text.lower()))


def covers(ref: ActorRef | None, offset: int) -> bool:
    """Whether the actor phrase ``ref`` (with its span) holds the character at ``offset``."""
    return ref is not None and ref.start is not None and ref.start <= offset < ref.end


def country_context(document: Document) -> CountryContext:
    """The article's :class:`CountryContext`, built once and kept on the document for the stages that ask
    (quotes, then events); rebuilt if a stage has since replaced the actors or places it was built from."""
    cached = getattr(document, _CONTEXT_ATTRIBUTE, None)
    if cached is None or cached[0] is not document.actors or cached[1] is not document.places:
        cached = (document.actors, document.places, CountryContext(document))
        setattr(document, _CONTEXT_ATTRIBUTE, cached)
    return cached[2]


def placed_code(code: str | None, country: str | None, words: str = "") -> str | None:
    """``---LEG`` placed in ``country``; sectors that may come from anywhere (rebels, militant groups) and codes
    that have a country keep theirs. ``words``, the phrase coded, may hold a word whose sense is the country's own
    (`national_sector_senses`: American "deputies" are sheriff's officers, not members of a parliament), or the
    name of a legislature only some countries have (`legislature_countries`: "Congress" is never Iran's)."""
    if not code or country is None or not code.startswith(UNKNOWN_COUNTRY):
        return code
    sector = code[len(UNKNOWN_COUNTRY):]
    if sector in rules()["stateless_sectors"]:
        return code
    last_word = (_WORD.findall(words) or [""])[-1]
    named_by = legislature_countries(words)
    if named_by is not None and country not in named_by:
        return code
    return country + rules()["national_sector_senses"].get(country, {}).get(last_word.lower(), sector)


def legislature_countries(words: str) -> list[str] | None:
    """The only countries whose legislature the phrase's capitalised last word names (`legislature_countries`:
    "Congress"), or None for a word any country's may bear ("parliament", "a party congress")."""
    last_word = (_WORD.findall(words) or [""])[-1]
    return rules()["legislature_countries"].get(last_word.lower()) if last_word.istitle() else None


@lru_cache(maxsize=None)
def alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


@lru_cache(maxsize=None)
def is_country(prefix: str) -> bool:
    return pycountry.countries.get(alpha_3=prefix) is not None
