"""The actor knowledge base: countries, organisations, people with dated roles and sector words.

Everything is read from the data files beside this module (and an optional user YAML layered on top) once per
process; the phrase index that the matcher walks is built at the same time.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

DATA = Path(__file__).resolve().parent / "data"

#: Term priorities: a phrase known to several layers means what the highest one says.
PRIORITY = {"user": 0, "person": 1, "org": 2, "country": 3, "demonym": 3, "capital": 4, "sector": 5,
            "phoenix": 6, "agent": 7, "place": 8}
_ACRONYM = re.compile(r"^[A-Z][A-Z.+\-]{0,5}$")
_DIGIT = re.compile(r"\d")
_SUFFIX = re.compile(r"(jr|sr)\.?|[ivx]+")  # generational suffixes and regnal numbers after a name
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: How the ids of people, of countries and of groups known only by their code begin ("person:ilse-marwick",
#: "country:DEU", "group:DEUMIL").
PERSON_ID = "person:"
COUNTRY_ID = "country:"
GROUP_ID = "group:"


@dataclass(frozen=True)
class Role:
    code: str
    role: str | None = None
    start: str = ""  # YYYY-MM-DD, empty = open
    end: str = ""  # exclusive, empty = open
    leader: bool = False

    def holds_on(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date < self.end)


@dataclass(frozen=True)
class Actor:
    """A named actor: a person (roles change with time), an organisation or a country."""

    id: str
    kind: str  # person | org | country
    canonical: str
    roles: tuple[Role, ...] = ()
    org_kind: str | None = None  # igo | media | metonym | group | institution

    def role_at(self, date: str | None) -> Role:
        """The role held on ``date``; the latest one when undated or after every role; before the first one, the
        country alone ("Donald Trump" in 2016 is USA, not USAGOV)."""
        dated = [r for r in self.roles if r.start or r.end]
        fallback = [r for r in self.roles if not (r.start or r.end)]
        if date:
            holding = [r for r in dated if r.holds_on(date)]
            if holding:
                return max(holding, key=lambda r: (r.leader, r.start))
            if fallback:
                return fallback[0]
            earlier = [r for r in dated if (r.end or r.start) <= date]
            if earlier:
                return max(earlier, key=lambda r: r.end or r.start)
            if not dated:
                return self.roles[0]
            first = min(dated, key=lambda r: r.start or r.end)  # not in office yet: a national of its country
            return Role(first.code[:3]) if first.code[:3].isalpha() and not first.code.startswith("IGO") else first
        ordered = sorted(dated, key=lambda r: (r.end == "", r.end or r.start, r.start))
        return ordered[-1] if ordered else self.roles[0]


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    adjective: str


@dataclass(frozen=True)
class Term:
    """What a phrase can mean: ``kind`` says which table ``value`` points into."""

    kind: str  # person | org | phoenix | country | demonym | capital | place | sector | agent
    value: str  # actor id, country code or sector code
    exact_case: bool = False
    sector_entry: int | None = None  # index into KnowledgeBase.sectors for curated sector words
    capitalised: bool = False  # the name begins with a capital ("the state Department" is not the State Department)


@dataclass
class SectorWord:
    sector: str
    canonical: str
    role: str | None = None


@dataclass
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    sectors: list[SectorWord] = field(default_factory=list)
    index: dict = field(default_factory=dict)  # token trie: {token: {...}, None: [Term, ...]}
    people: dict[str, list[str]] = field(default_factory=dict)  # country -> curated person ids ever in office there
    offices: dict[str, str] = field(default_factory=dict)  # title -> the office it names: "chancellor" -> "prime minister"
    surnames: dict[str, str] = field(default_factory=dict)  # a newsmaker's last name -> country: surname_country
    parties: dict[str, list[str]] = field(default_factory=dict)  # country -> party names written without it

    def lookup(self, tokens: list[str]) -> list[Term]:
        node = self.index
        for token in tokens:
            node = node.get(token.lower())
            if node is None:
                return []
        return node.get(None, [])

    def add_phrase(self, phrase: str, term: Term) -> None:
        tokens = tokenize(phrase)
        if not tokens:
            return
        node = self.index
        for token in tokens:
            node = node.setdefault(token.lower(), {})
        terms = node.setdefault(None, [])
        if term not in terms:
            terms.append(term)
            if len(terms) > 1:
                terms.sort(key=lambda t: PRIORITY[t.kind])

    def surname_country(self, word: str) -> str | None:
        """The country of the curated people (people.yaml, the user's file) whose last name is ``word``: a surname
        written alone in a text that names no country ("Sanders accused Clinton ...") is the newsmaker's the
        reader is expected to know. A surname curated people of several countries bear gives none, and so does a
        common one: most of the people the whole knowledge base (Phoenix included) knows by it are elsewhere
        ("Brown", "Khan" stay unplaced; see :func:`_index_surnames`)."""
        return self.surnames.get(word.lower())

    def country_of(self, code: str | None) -> Country | None:
        return self.countries.get((code or "")[:3])

    def holder(self, country: str, role: str, date: str | None) -> Actor | None:
        """The one person who held ``role`` ("leader": the leading office) in ``country`` on ``date``."""
        found = []
        for actor_id in self.people.get(country, []):
            actor = self.actors[actor_id]
            held = actor.role_at(date)
            office = self.offices.get(held.role, held.role)
            if held.code[:3] == country and (held.leader if role == "leader" else office == role):
                if not date or held.holds_on(date) or not (held.start or held.end):
                    found.append(actor)
        return found[0] if len(found) == 1 else None


#: One tokenisation for knowledge-base phrases and article text, so a phrase matches exactly the words it lists:
#: acronyms with dots stay whole ("U.S."), a possessive "'s" and every other punctuation mark stand alone.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]\.(?=\s)|['’]s\b|\w+|[^\w\s]")


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _strip_the(alias: str) -> str:
    """"the Kremlin" is indexed as "Kremlin": the stage puts the article back into the span itself."""
    return alias[4:] if alias.lower().startswith("the ") and len(alias) > 4 else alias


def _date(value) -> str:
    return str(value)[:10] if value else ""


def _read_yaml(path: Path) -> dict:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: an actors file holds a mapping with people, organisations, sectors and/or parties")
    return data


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


#: Where the actors stage notes on a document the user's actors file it coded it with: an attribute, not a field,
#: so it is never serialised; it travels with the document to worker processes.
_ACTORS_FILE_ATTRIBUTE = "_actors_file"


def note_actors_file(document, actors_file: str) -> None:
    """Mark ``document`` as coded with the knowledge base of ``actors_file`` (see :func:`kb_of`)."""
    setattr(document, _ACTORS_FILE_ATTRIBUTE, actors_file)


def actors_file_of(document) -> str:
    """The user's actors file the actors stage coded ``document`` with ("" for none)."""
    return getattr(document, _ACTORS_FILE_ATTRIBUTE, "")


def kb_of(document) -> KnowledgeBase:
    """The knowledge base the actors stage coded ``document`` with: the packaged one with the user's actors file,
    so that the stages after it (events) know the user's people too."""
    return load_kb(actors_file_of(document))


@lru_cache(maxsize=8)
def load_kb(actors_file: str = "") -> KnowledgeBase:
    """The packaged knowledge base, with ``actors_file`` (user YAML) layered over it; built once per file."""
    kb = KnowledgeBase()
    _load_countries(kb)
    _load_yaml(kb, _read_yaml(DATA / "organisations.yaml"), "org")
    _load_yaml(kb, _read_yaml(DATA / "people.yaml"), "person")
    _load_yaml(kb, _read_yaml(DATA / "sectors.yaml"), "sector")
    _load_yaml(kb, _read_yaml(DATA / "parties.yaml"), "party")
    _load_phoenix(kb)
    if actors_file:
        _load_yaml(kb, _read_yaml(Path(actors_file)), "user")
    _index_surnames(kb)
    return kb


def _index_surnames(kb: KnowledgeBase) -> None:
    """``kb.surnames``: the last names of curated people of one country that more than half of all the people the
    knowledge base knows by that last name share (a common surname, borne across many countries, places nobody)."""
    curated, everyone = defaultdict(set), defaultdict(Counter)
    for actor in kb.actors.values():
        surname = _surname(actor.canonical) if actor.kind == "person" else None
        if surname is None:
            continue
        countries = {role.code[:3] for role in actor.roles if role.code[:3] in kb.countries}
        everyone[surname].update(countries)
        if actor.id.startswith(PERSON_ID):
            curated[surname] |= countries
    for surname, countries in curated.items():
        if len(countries) == 1:
            country = next(iter(countries))
            if 2 * everyone[surname][country] > sum(everyone[surname].values()):
                kb.surnames[surname] = country


def _surname(name: str) -> str | None:
    """The last word of a person's name that is no generational suffix ("Jr.", "III")."""
    words = [w for w in name.lower().split() if not _SUFFIX.fullmatch(w)]
    return words[-1] if len(words) > 1 else None


def _load_countries(kb: KnowledgeBase) -> None:
    """Every pycountry country, plus curated rows pycountry lacks (Kosovo, KSV, as CAMEO codes it)."""
    curated = {row["code"]: row for row in _read_csv(DATA / "countries.csv")}
    records = {record.alpha_3: record for record in pycountry.countries}
    for code in dict.fromkeys([*records, *curated]):
        row, record = curated.get(code, {}), records.get(code)
        names = [n for n in (row.get("names") or "").split("|") if n]
        official = [getattr(record, a, None) for a in ("common_name", "name", "official_name")] if record else []
        official = [n for n in official if n and "," not in n]
        demonyms = [d for d in (row.get("demonyms") or "").split("|") if d]
        canonical = (names or official or [record.name])[0]  # "Virgin Islands, British" keeps its comma
        kb.countries[code] = Country(code, canonical, demonyms[0] if demonyms else canonical)
        for name in dict.fromkeys(names + official):
            kb.add_phrase(_strip_the(name), Term("country", code, _is_acronym(_strip_the(name))))
        for demonym in demonyms:
            kb.add_phrase(demonym, Term("demonym", code))
        for capital in filter(None, (row.get("capital") or "").split("|")):
            kb.add_phrase(capital, Term("capital", code))


def _is_acronym(alias: str) -> bool:
    return bool(_ACRONYM.match(alias))


def _load_yaml(kb: KnowledgeBase, data: dict, layer: str) -> None:
    """One schema for packaged and user files: ``people``, ``organisations``, ``sectors`` and ``parties`` lists."""
    for entry in data.get("organisations") or []:
        actor = Actor(f"org:{slug(entry['name'])}", "org", entry["name"], _roles(entry), entry.get("kind", "group"))
        _add_actor(kb, actor, [entry["name"], *(entry.get("aliases") or [])], "user" if layer == "user" else "org")
    for entry in data.get("people") or []:
        actor = Actor(f"{PERSON_ID}{slug(entry['name'])}", "person", entry["name"], _roles(entry))
        _add_actor(kb, actor, [entry["name"], *(entry.get("aliases") or [])],
                   "user" if layer == "user" else "person")
    for entry in data.get("sectors") or []:
        kb.sectors.append(SectorWord(entry["sector"], entry.get("canonical", "{adj} " + entry["sector"].lower()),
                                     entry.get("role")))
        for word in entry["words"]:
            kb.add_phrase(str(word), Term("sector", entry["sector"], False, len(kb.sectors) - 1))
            if entry.get("role"):
                kb.offices[str(word).lower()] = entry["role"]
    for entry in data.get("parties") or []:
        names = kb.parties.setdefault(entry["country"], [])
        names += [name for name in map(str.lower, map(str, entry["names"])) if name not in names]


def _roles(entry: dict) -> tuple[Role, ...]:
    """Dated ``roles``, or one undated ``code`` (an organisation that never changed sides)."""
    if "roles" not in entry:
        return (Role(entry["code"]),)
    return tuple(Role(r["code"], r.get("role"), _date(r.get("start")), _date(r.get("end")), bool(r.get("leader")))
                 for r in entry["roles"])


def _add_actor(kb: KnowledgeBase, actor: Actor, aliases: list[str], kind: str) -> None:
    kb.actors[actor.id] = actor
    if actor.kind == "person":
        for role in actor.roles:
            if actor.id not in kb.people.setdefault(role.code[:3], []):
                kb.people[role.code[:3]].append(actor.id)
    for alias in map(str, aliases):
        name = _strip_the(alias)
        kb.add_phrase(name, Term(kind, actor.id, _is_acronym(name), capitalised=name[:1].isupper()))


def _load_phoenix(kb: KnowledgeBase) -> None:
    """Phoenix entries fill gaps only: multi-word names that the curated layers do not already know."""
    for row in _read_csv(DATA / "phoenix_actors.csv"):
        names = [_strip_the(n) for n in (row["name"], *row["aliases"].split("|")) if n]
        roles = tuple(_phoenix_role(part) for part in row["roles"].split(";") if part)
        if len(roles) == 1 and roles[0].code in kb.countries and not (roles[0].start or roles[0].end):
            for name in names:
                kb.add_phrase(name, Term("place", roles[0].code))
            continue
        multiword = [n for n in names if " " in n and not _DIGIT.search(n)]
        if not multiword or any(kb.lookup(tokenize(n)) for n in multiword if _known_name(kb, n)):
            continue
        actor = Actor(f"phoenix:{slug(names[0])}", "person" if any(r.start or r.end for r in roles) else "org",
                      _title(names[0]), roles)
        kb.actors.setdefault(actor.id, actor)
        for name in multiword:
            kb.add_phrase(name, Term("phoenix", actor.id))
    for row in _read_csv(DATA / "phoenix_agents.csv"):
        sector = row["sector"][:3]
        if sector.isalpha() and len(row["phrase"]) > 2:
            kb.add_phrase(row["phrase"], Term("agent", sector))


def _known_name(kb: KnowledgeBase, name: str) -> bool:
    return any(t.kind in ("person", "org") for t in kb.lookup(tokenize(name)))


def _phoenix_role(part: str) -> Role:
    code, start, end = (part.split() + ["-", "-"])[:3]
    return Role(code, None, "" if start == "-" else start, "" if end == "-" else end)


_LOWER_WORDS = {"of", "the", "for", "and", "in", "on", "at", "de", "du", "al", "bin", "von", "der", "van", "la"}


def _title(name: str) -> str:
    """Phoenix names are upper case: "ORGANIZATION_OF_AMERICAN_STATES" -> "Organization of American States"."""
    words = name.split()
    return " ".join(w if i and w in _LOWER_WORDS else w.capitalize() for i, w in enumerate(words))
