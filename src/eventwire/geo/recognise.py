"""Find the toponyms of an article: NER places, places NER mislabelled or missed, the dateline, and the
"Town, State" containers that disambiguate them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy
from spacy.attrs import IDX, IS_TITLE
from spacy.tokens import Doc

from eventwire.document import Document
from eventwire.geo.gazetteer import candidates_for, demonym_country, knowledge, lookup, normalise
from eventwire.nlp.syntax import opens_sentence
from eventwire.spans import SpanCoverage

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Entity labels whose text may still be a place NER got wrong ("Kyiv" tagged PERSON, "Aleppo" NORP; a NORP
#: that names a nationality is a demonym instead).
MISLABEL_LABELS = {"PERSON", "ORG", "PER", "NORP"}
#: A place NER did not tag must be this well known (a country, state, region or a town of ~30,000).
STRONG_PRIOR = 4.5
MAX_NGRAM = 4
#: At the start of a sentence a capitalised word proves nothing: only a country or a city of ~1,000,000.
SENTENCE_START_PRIOR = 6.0
DATELINE_WINDOW = 300  # characters from the start in which a dateline may stand
#: Inside an organisation's or a building's name, a town of ~3,000 people is enough.
KNOWN_PRIOR = 3.5
ORG_LABELS = {"ORG"}
#: A person's name must be a country or a city of ~30,000 to be taken for a place.
MISLABEL_PRIOR = 4.5

#: A place in capitals opening the story, after the headline, a closing quotation mark or a byline's year, ended
#: by a dash or a colon: "KYIV, Ukraine (AP) —", "BEIRUT: ...", "FALLS VILLAGE—The ...", "2009 MANSFIELD -- ...".
DATELINE = re.compile(
    r"(?:\A|(?<=[.!?]\s)|(?<=[.!?][\"'”’]\s)|(?<=\d{4}\s)|(?<=\n))\s*(?P<place>[A-Z][A-Z.'’\- ]{1,40}?)"
    r"(?:,\s*(?P<within>[A-Z][\w.'’ -]{1,30}?))?\s*(?:\([^)\n]{1,30}\))?\s*(?:[—–]\s*|--?\s|:\s)")
#: "pro-Moscow", "anti-Kyiv": an adjective built on a place name, not a toponym.
ADJECTIVE_PREFIX = re.compile(r"\b(?:pro|anti|non|ex|post|pre)-$", re.IGNORECASE)
_PREFIX_WINDOW = 8  # longer than the longest prefix above, with its dash and the word boundary before it
_COUNTY = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
COUNTY_NAME = re.compile(_COUNTY + r"|\b(?:and|or)\b")
COUNTY_LIST = re.compile(rf"(?P<names>{_COUNTY}(?:, {_COUNTY})*,? (?:and|or) {_COUNTY}) "
                         r"(?P<plural>[Cc]ounties|[Pp]arishes)\b")
DIVISION_OF_PLURAL = {"counties": "County", "parishes": "Parish"}
RESIDENT_WORD = re.compile(r"[^\S\n]+([a-z']+)")
#: ", Texas", ", New Mexico", ", N.J.", ", Man." (not ", Man. Her": a word after a dot starts a sentence)
AFTER_COMMA = re.compile(r",\s*(?P<name>[A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.)*(?:(?<!\.)\s[A-Z][a-z]+)?)")
#: What follows the second of "A, B" when the two are items of a list ("Canada, California and Oregon",
#: "Canada, California, Oregon and Idaho"), not a town and its state: a list whose last item has no state of its
#: own ("Richmond, Virginia, Fort Lauderdale and Orlando, Florida" is a list of towns with their states).
_LIST_ITEM = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"
LIST_GOES_ON = re.compile(rf"(?:,\s*{_LIST_ITEM})*,?\s+(?:and|or|&)\s+{_LIST_ITEM}(?![\w'’-]*,)")


@dataclass
class Mention:
    """A stretch of text that names a place, and what it is looked up as."""

    start: int
    end: int
    text: str
    source: str  # ner | mislabel | syntax | inner | gazetteer | dateline | repeat | container | division | county | demonym
    spacy_label: str = ""
    within: str | None = None  # "Texas" in "Paris, Texas": a containing place written next to it
    state_code: str | None = None  # a container written as a state abbreviation ("Ill.", "IL")
    country: str | None = None  # the ISO2 country a demonym names ("Russian")

    @property
    def key(self) -> str:
        """Mentions with one key share one sense: the spelling, the state an "Ill." container names, or the
        country of a demonym."""
        if self.source == "demonym":
            return f"country:{self.country}"
        return f"state:{self.state_code}" if self.source == "container" else normalise(self.text)


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    """Words never taken for a place on their own: the hand list plus bare compass words ("Northwest")."""
    return frozenset(normalise(word) for word in knowledge()["not_places"] + knowledge()["direction_words"])


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, str]:
    """AP abbreviations and postal codes -> postal code."""
    codes = dict(knowledge()["state_abbreviations"])
    codes.update({code: code for code in set(codes.values())} | {"DC": "DC"})
    return codes


def is_strong(name: str, features: tuple[str, ...] = ("country", "continent", "region", "adm1", "city"),
              threshold: float = STRONG_PRIOR) -> bool:
    """Known well enough to be a place without NER's word for it."""
    if normalise(name) in _not_places() or len(name) < 3:
        return False
    return any(c.prior >= threshold and c.feature in features for c in lookup(name))


def is_known(name: str, features: tuple[str, ...] = ("country", "continent", "region", "adm1", "county", "city"),
             threshold: float = KNOWN_PRIOR) -> bool:
    """In the gazetteer as a town of some size or any larger place: enough inside an organisation's name."""
    if normalise(name) in _not_places():
        return False
    return any(c.prior >= threshold and c.feature in features for c in candidates_for(name))


@lru_cache(maxsize=1)
def _org_place_heads() -> frozenset[str]:
    return frozenset(word.casefold() for word in knowledge()["org_place_heads"])


def _names_public_body(words: list[str]) -> bool:
    """Words of a name that show a public body is meant ("Police", "County", "National"): after a place or a
    nationality they make it the body's seat or country, not part of a title ("American Sniper")."""
    return any(word.casefold() in _org_place_heads() for word in words)


def _inner_mention(document: Document, start: int, end: int, label: str) -> Mention | None:
    """The place an organisation is named after: "U.S." in "U.S. Census", "Alexandria" in "Alexandria Police",
    "Clarke County" in "Clarke County Superior Court" or "University of Alexandria" (the gold convention marks
    these toponyms too). A town needs a word after it that shows the place is meant; a country, a state or a
    county does not."""
    words = list(re.finditer(r"\S+", document.text[start:end]))
    for size in range(min(MAX_NGRAM, len(words) - 1), 0, -1):
        head = document.text[start:start + words[size - 1].end()]
        if is_known(head, ("country", "adm1", "county")) or (
                _names_public_body([words[size].group()]) and is_known(head)):
            return Mention(start, start + len(head), head, "inner", label)
    name = document.text[start:end]
    for tail in re.finditer(r"\b(?:of|in) (?:the )?(?P<place>[A-Z][\w.'’ -]+)$", name):
        # "University of New Mexico"; "Children's Hospital of Manitoba in Winnipeg" (its last "in")
        if is_known(tail["place"]):
            return Mention(start + tail.start("place"), end, tail["place"], "inner", label)
    last_in = name.rfind(" in ")
    if last_in > 0 and name[last_in + 4:last_in + 5].isupper() and is_known(name[last_in + 4:]):
        return Mention(start + last_in + 4, end, name[last_in + 4:], "inner", label)
    return None


def _mislabelled_place(text: str, label: str) -> bool:
    """A person's or organisation's name that is surely a place: a country, a big city, "X County".
    Companies are often named after cities ("Toyota"), so an organisation needs a very big one."""
    threshold = MISLABEL_PRIOR if label in ("PERSON", "PER", "NORP") else SENTENCE_START_PRIOR
    return is_strong(text, ("country", "city"), threshold) or is_strong(text, ("county",), 0.0)


def _called_he_or_she(parsed: Doc, start: int, end: int) -> bool:
    """A name that reports what "he" or "she" will do is a person, whatever town it also names: in "Sydney
    said she would run" NER's person stands. The pronoun must be the subject of a clause under the name's verb
    ("Moscow said it would retaliate" keeps Moscow a place)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not span.root.dep_.startswith("nsubj"):
        return False
    verb = span.root.head
    return any(token.lower_ in _personal_pronouns() and token.dep_.startswith("nsubj") and token.head is not verb
               and token.i > span.end for token in verb.subtree)


@lru_cache(maxsize=1)
def _personal_pronouns() -> frozenset[str]:
    return frozenset(knowledge()["personal_subject_pronouns"])


def _before_town_noun(text: str, end: int, name: str) -> bool:
    """"A Gainesville man", "a Buford home", "an Oxford police station": a town of some size named before a word
    for its people, its houses or a service it runs."""
    after = RESIDENT_WORD.match(text, end)
    return after is not None and after[1] in _town_nouns() and is_known(name, ("city",))


@lru_cache(maxsize=1)
def _town_nouns() -> frozenset[str]:
    return frozenset(knowledge()["resident_nouns"] + knowledge()["local_service_nouns"])


@lru_cache(maxsize=1)
def _place_prepositions() -> frozenset[str]:
    return frozenset(knowledge()["place_prepositions"])


@lru_cache(maxsize=1)
def _settlement_nouns() -> frozenset[str]:
    return frozenset(knowledge()["settlement_nouns"])


def _placed_by_syntax(parsed: Doc, start: int, end: int, places: SpanCoverage) -> bool:
    """A name NER called a person or organisation that the sentence uses as a place: the object of "in" or
    "near" ("occurred in Glen Carbon"), or coordinated with a place NER found ("Dodge City, Great Bend and
    Hutchinson")."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or (span.end < len(parsed) and parsed[span.end].tag_ == "POS"):
        return False
    root = span.root
    if root.dep_ == "pobj" and (root.head.lower_ in _place_prepositions()
                                or root.head.lower_ == "of" and root.head.head.lower_ in _settlement_nouns()):
        return True
    linked = [root.head] if root.dep_ == "conj" else []
    linked += [child for child in root.children if child.dep_ == "conj"]
    return any(places.contains(token.idx) for token in linked)


def _demonym_mentions(document: Document) -> list[Mention]:
    """Nationality words NER tags ("Russian", "Sri Lankan", "Palestinians"): they name a country, as the news
    toponym corpora (LGL, TR-News) mark them, though they place nothing (the stage makes them metonyms)."""
    mentions = []
    for entity in document.entities:
        text = document.text[entity.start:entity.end]
        if entity.spacy_label == "NORP":
            country = demonym_country(text)
            if country:
                mentions.append(Mention(entity.start, entity.end, text, "demonym", "NORP", country=country))
        elif entity.spacy_label in ORG_LABELS:
            opening = _opening_demonym(text)
            if opening is not None:
                words, country = opening
                mentions.append(Mention(entity.start, entity.start + len(words), words, "demonym", "ORG",
                                        country=country))
    return mentions


def _opening_demonym(name: str) -> tuple[str, str] | None:
    """The nationality word an organisation's name opens with ("Russian Foreign Ministry", "Sri Lankan Army"),
    with its country: the same toponym as the bare word, which NER leaves inside the name. The name must go on
    with a word of a public body (`org_place_heads`): "American Sniper" is a film."""
    words = name.split()
    for size in (2, 1):
        if len(words) > size and _names_public_body(words[size:]):
            opening = " ".join(words[:size])
            country = demonym_country(opening)
            if country:
                return opening, country
    return None


def _placeable(text: str) -> bool:
    return len(text) > 1 and normalise(text) not in _not_places() and bool(candidates_for(text))


def _entity_mentions(document: Document, parsed: Doc) -> list[Mention]:
    mentions = []
    places = SpanCoverage((e.start, e.end) for e in document.entities if e.spacy_label in PLACE_LABELS)
    for entity in document.entities:
        text = document.text[entity.start:entity.end]
        start = entity.start
        if text.lower().startswith("the "):
            text, start = text[4:], start + 4
        mislabel = entity.spacy_label in MISLABEL_LABELS \
            and not (entity.spacy_label == "NORP" and demonym_country(text))
        if entity.spacy_label in PLACE_LABELS and _placeable(text):
            mentions.append(Mention(start, entity.end, text, "ner", entity.spacy_label))
        elif mislabel and _called_he_or_she(parsed, start, entity.end):
            continue
        elif mislabel and (_mislabelled_place(text, entity.spacy_label)
                           or _before_town_noun(document.text, entity.end, text)):
            mentions.append(Mention(start, entity.end, text, "mislabel", entity.spacy_label))
        elif mislabel and is_known(text, ("city", "county", "adm1")) \
                and _placed_by_syntax(parsed, start, entity.end, places):
            mentions.append(Mention(start, entity.end, text, "syntax", entity.spacy_label))
        elif entity.spacy_label in ORG_LABELS | PLACE_LABELS | {"PERSON", "PER"}:
            inner = _inner_mention(document, start, entity.end, entity.spacy_label)
            if inner is not None:
                mentions.append(inner)
    return mentions


def _gazetteer_mentions(parsed: Doc, covered: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised word runs outside every entity that name a well-known place.

    Only title-case tokens can start one, so the token attributes are read as arrays and only those are visited.
    """
    columns = parsed.to_array([IDX, IS_TITLE]).reshape(len(parsed), 2)
    taken = [False] * len(parsed)
    starts = columns[:, 0].tolist()
    for start, end in covered:  # a token is taken when it starts inside a covered stretch
        first, stop = bisect_left(starts, start), bisect_left(starts, end)
        taken[first:stop] = [True] * (stop - first)
    mentions, resume = [], 0
    for i in numpy.flatnonzero(columns[:, 1]).tolist():
        if i < resume or taken[i]:
            continue
        for size in range(min(MAX_NGRAM, len(parsed) - i), 0, -1):
            if any(taken[i:i + size]):
                continue
            span = parsed[i:i + size]
            if not span[-1].text[0].isupper():
                continue
            if is_strong(span.text) if not opens_sentence(span[0]) else \
                    is_strong(span.text, ("country", "city"), SENTENCE_START_PRIOR):
                mentions.append(Mention(span.start_char, span.end_char, span.text, "gazetteer"))
                resume = span.end
                break
    return mentions


def _county_list_mentions(text: str) -> list[Mention]:
    """"Jackson and Barrow counties", "Navarro, Henderson and Ellis counties": each name is a county, which
    NER tags as anything (even a person) or nothing."""
    mentions = []
    for listed in COUNTY_LIST.finditer(text):
        division = DIVISION_OF_PLURAL[listed["plural"].lower()]
        for name in COUNTY_NAME.finditer(listed["names"]):
            words = name.group().split()
            if words[0] in ("and", "or"):
                continue
            for first in range(len(words)):  # "In Barrow and ...": a capitalised word before a name is no part of it
                candidate = " ".join(words[first:])
                if is_known(f"{candidate} {division}", ("county",)):
                    start = listed.start("names") + name.end() - len(candidate)
                    mentions.append(Mention(start, start + len(candidate), f"{candidate} {division}", "county"))
                    break
    return mentions


@lru_cache(maxsize=1)
def _dotted_abbreviations() -> re.Pattern:
    """State abbreviations with a dot inside ("N.J.", "W. Va.", "D.C."), which no other word is spelt like."""
    dotted = sorted((a for a in knowledge()["state_abbreviations"] if "." in a.rstrip(".")), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, dotted)) + r")(?!\w)")


def _abbreviation_mentions(text: str) -> list[Mention]:
    """"Sen. Frank Lautenberg, D-N.J.", "a N.J. man": a dotted state abbreviation names its state anywhere."""
    return [Mention(m.start(), m.end(), m.group(), "container", state_code=_state_codes()[m.group()])
            for m in _dotted_abbreviations().finditer(text)]


@lru_cache(maxsize=1)
def _street_after() -> re.Pattern:
    """A street word after a name, or after "and" and a second name ("Lakeview and Harrison streets")."""
    words = "|".join(re.escape(w) for w in sorted(knowledge()["street_words"], key=len, reverse=True))
    return re.compile(r"[^\S\n]+(?:(?:and|&)[^\S\n]+[A-Z][\w.']*(?:[^\S\n]+[A-Z][\w.']*)?[^\S\n]+)?"
                      rf"(?i:{words})(?![\w])")


def _street_follows(text: str, end: int) -> bool:
    """A street word follows, and the name is no county's ("Douglas County Road 4" keeps its county)."""
    divisions = tuple(DIVISION_OF_PLURAL.values())
    return _street_after().match(text, end) is not None and not text[max(0, end - 7):end].endswith(divisions)


def _dateline_mention(text: str) -> Mention | None:
    """ "KYIV, Ukraine (AP) —" at the start of the story (LGL-style texts put a headline before it)."""
    match = DATELINE.search(text[:DATELINE_WINDOW])
    if not match or not lookup(match["place"].strip()):
        return None
    place = match["place"].strip()
    start = match.start("place")
    mention = Mention(start, start + len(place), place, "dateline")
    if match["within"]:
        mention.within = match["within"].strip()
    return mention


@lru_cache(maxsize=1)
def _division_abbreviations() -> frozenset[str]:
    """Dotted abbreviations of divisions outside the US ("Alta.", "Man."), written after a town."""
    return frozenset(alias for aliases in knowledge()["adm1_aliases"].values() for alias in aliases if "." in alias)


def _attach_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Link "Paris, Texas" and "Springfield, Ill.": the second names where the first is."""
    by_start = {m.start: m for m in mentions}
    added = []
    for mention in mentions:
        match = AFTER_COMMA.match(text, mention.end)
        if not match:
            continue
        name = match["name"]
        follower = by_start.get(match.start("name"))
        if follower is not None:
            if not LIST_GOES_ON.match(text, follower.end):
                mention.within = mention.within or follower.text
        elif name in _state_codes() or name.rstrip(".") in _state_codes():
            code = _state_codes().get(name) or _state_codes()[name.rstrip(".")]
            mention.state_code = code
            end = match.start("name") + len(name)
            added.append(Mention(match.start("name"), end, name, "container", state_code=code))
        elif is_strong(name) or name in _division_abbreviations():
            mention.within = name
            if name in _division_abbreviations() or is_strong(name, ("adm1",)):
                # "Gatineau, Que.": the province is a toponym too ("Man.", an abbreviation, though "man" is none)
                added.append(Mention(match.start("name"), match.start("name") + len(name), name, "division"))
    return mentions + added


def _extend(text: str, mention: Mention) -> Mention:
    """Take in the word that makes a name a division: "Kharkiv region". ("eastern Ukraine" stays "Ukraine",
    placed at the country as GeoNames-based gold does.)"""
    after = re.match(r"\s+(\w+)", text[mention.end:mention.end + 20])
    if after and after[1].lower() in knowledge()["division_words"] and mention.source != "demonym":
        end = mention.end + after.end()  # "Russian state" stays the adjective of a country
        return replace(mention, end=end, text=text[mention.start:end])
    return mention


def _repeated_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """One sense per discourse: once "Mansfield" is a place in the article, so is every other "Mansfield"
    (in "Mansfield's", "Fargo Mayor", "the Augusta Herald" or a sentence NER skipped)."""
    surfaces = {m.text for m in mentions if len(m.text) > 2 and m.source not in ("container", "demonym")}
    if not surfaces:
        return []
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(surfaces, key=len, reverse=True)))
                         + r")(?!\w)")
    taken = [(m.start, m.end) for m in mentions]
    return [Mention(match.start(), match.end(), match.group(), "repeat") for match in pattern.finditer(text)
            if not any(s < match.end() and match.start() < e for s, e in taken)]


def find_mentions(document: Document, parsed: Doc) -> list[Mention]:
    """Every toponym mention of the article, sorted, none overlapping."""
    mentions = _entity_mentions(document, parsed)
    dateline = _dateline_mention(document.text)
    if dateline and not any(m.start < dateline.end and dateline.start < m.end for m in mentions):
        mentions.append(dateline)
    mentions = _without_overlaps(_county_list_mentions(document.text) + mentions + _demonym_mentions(document)
                                 + _abbreviation_mentions(document.text))
    covered = [(e.start, e.end) for e in document.entities] + [(m.start, m.end) for m in mentions]
    mentions = _without_overlaps(mentions + _gazetteer_mentions(parsed, covered))
    mentions = _without_overlaps([_extend(document.text, m) for m in mentions])
    mentions = _not_person_names(document, mentions)
    mentions = _not_person_names(document, _without_overlaps(mentions + _repeated_mentions(document.text, mentions)))
    mentions = [m for m in mentions if m.source == "county" or not _street_follows(document.text, m.end)]
    # "$" anchors at m.start; searching a short window keeps this linear in the article's length
    mentions = [m for m in mentions
                if not ADJECTIVE_PREFIX.search(document.text, max(0, m.start - _PREFIX_WINDOW), m.start)]
    return _without_overlaps(_attach_containers(document.text, mentions))


def _not_person_names(document: Document, mentions: list[Mention]) -> list[Mention]:
    """ "Hopkins said", after "David Hopkins"; "Vladimir" after "Vladimir Putin": a town's name that is part
    of someone's name in the article is the person, not the town."""
    names = {word for entity in document.entities if entity.spacy_label in ("PERSON", "PER")
             and len(entity.text.split()) > 1 for word in (entity.text.split()[0], entity.text.split()[-1])}
    surnames = {name for name in names if not is_strong(name, ("country", "region"), 0.0)}
    persons = SpanCoverage((e.start, e.end) for e in document.entities if e.spacy_label in ("PERSON", "PER"))
    return [m for m in mentions if m.source in ("container", "dateline", "county", "demonym")
            or m.text not in surnames
            and (m.source in ("inner", "syntax", "mislabel") or not persons.contains(m.start))]


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Sorted by position; of two overlapping mentions the earlier (then longer) one stays."""
    unique: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not unique or mention.start >= unique[-1].end:
            unique.append(mention)
    return unique
