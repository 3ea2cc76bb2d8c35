"""Choose, for each toponym, the place it most likely names, given the rest of the article.

Why iterate: a name's sense depends on the other names ("Alexandria" beside "Rapides Parish" is in
Louisiana), and theirs on it. Every name with the same spelling gets one sense per article; each round
re-scores every name against the senses the other names took in the round before.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from eventwire.geo.gazetteer import (Candidate, area_code_divisions, candidates_for, country_place, demonym_country,
                                     haversine_km)
from eventwire.geo.recognise import Mention

ROUNDS = 3
COUNTRY_WEIGHT = 3.0  # a country the article is about lifts the towns inside it
ADMIN_WEIGHT = 2.5  # a state or province the article names lifts its towns
CONTAINER_BONUS = 6.0  # "Paris, Texas": the written container is nearly decisive
SUPPORT_KM, SUPPORT_WEIGHT, SUPPORT_CAP = 100.0, 1.5, 3.0  # other names of the article that could be near
TOP_SENSES = 15  # senses per name considered as neighbours (by prior)
LOCAL_FEATURES = ("city", "county", "adm1")
BIG_CITY, CITY_NAMESAKE_PENALTY = 300_000, 2.0
#: A village named after a large division other than its own ("Queensland", Alberta: the Australian state has
#: 210 towns; "Nevada", Iowa, in a story that names Iowa) needs more than the article's country or state to take
#: the name: a written container ("Nevada, Iowa") is enough.
SMALL_TOWN, LARGE_DIVISION_TOWNS, DIVISION_NAMESAKE_PENALTY = 10_000, 50, 5.0
VOTE_WEIGHT = {"country": 1.0, "adm1": 1.0, "county": 1.0, "region": 0.5, "city": 0.5}
#: A North American phone number: area code, exchange (neither starts with 0 or 1), line; "(519) 661-2111",
#: "1-860-555-0142", "952.445.1234".
PHONE_NUMBER = re.compile(r"(?<![\d-])(?:1[-. ])?\(?([2-9]\d\d)\)?[-. ]?[2-9]\d\d[-.]\d{4}(?!\d)")


@dataclass
class NameGroup:
    """All mentions of one spelling: they share candidates and, in the end, one place."""

    key: str
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    containers: list[Candidate] = field(default_factory=list)
    choice: Candidate | None = None

    @property
    def adjectival(self) -> bool:
        """Demonyms ("Russian") weigh in through :func:`demonym_context` only, at half a vote each: an article
        about Russian troops in Ukraine still places its towns in Ukraine."""
        return self.mentions[0].source == "demonym"


def _container_places(mention: Mention, state_places: dict[str, Candidate]) -> list[Candidate]:
    if mention.state_code:
        return [state_places[mention.state_code]] if mention.state_code in state_places else []
    if mention.within:
        return [c for c in candidates_for(mention.within) if c.feature in ("country", "adm1", "county")]
    return []


def _inside(place: Candidate, container: Candidate) -> bool:
    if place.country != container.country or place is container:
        return False
    return container.feature == "country" or place.admin1 == container.admin1


def group_mentions(mentions: list[Mention], state_places: dict[str, Candidate]) -> list[NameGroup]:
    """One group per spelling, with its senses and the containers written next to any of its mentions."""
    groups: dict[str, NameGroup] = {}
    for mention in mentions:
        group = groups.setdefault(mention.key, NameGroup(mention.key))
        group.mentions.append(mention)
        group.containers += _container_places(mention, state_places)
    for group in groups.values():
        first = group.mentions[0]
        if first.source == "demonym":
            group.candidates = [country_place(first.country)]
        elif first.source == "container":
            group.candidates = [state_places[first.state_code]] if first.state_code in state_places else []
        else:
            group.candidates = _within_written_state(candidates_for(first.text), group.containers)
    return list(groups.values())


def _within_written_state(towns: list[Candidate], containers: list[Candidate]) -> list[Candidate]:
    """A town written with its state ("Grantville, Pennsylvania") that the gazetteer knows only elsewhere
    (Grantville, Georgia) is placed at that state: within the state is nearer than another town of the name. So
    is a small town named after a country ("Turkey, Texas"): no one writes a country before a foreign state. A
    container that holds one of the towns ("Tbilisi, Georgia": the country), or a state of the named country
    ("Ukraine, Crimea"), leaves them be."""
    states = [container for container in containers if container.feature == "adm1"]
    if not states or not towns or any(town.feature not in ("city", "country") for town in towns):
        return towns
    if any(town.feature == "country" and town.country == state.country for town in towns for state in states):
        return towns
    return towns if any(_inside(town, place) for town in towns for place in containers) else states[:1]


def _votes(groups: list[NameGroup]) -> dict[str, tuple[Counter, Counter]]:
    """Per group, the country and division votes of every *other* group's current choice."""
    countries: Counter = Counter()
    admins: Counter = Counter()
    own: dict[str, tuple[Counter, Counter]] = {}
    for group in groups:
        c, a = Counter(), Counter()
        if group.choice is not None and group.choice.country and not group.adjectival:
            weight = VOTE_WEIGHT.get(group.choice.feature, 0.5) * len(group.mentions) ** 0.5
            c[group.choice.country] += weight
            if group.choice.admin1 and group.choice.feature != "country":
                a[(group.choice.country, group.choice.admin1)] += weight
        own[group.key] = (c, a)
        countries.update(c)
        admins.update(a)
    return {key: (countries - c, admins - a) for key, (c, a) in own.items()}


def _near(a: Candidate, b: Candidate) -> bool:
    """Same state (when either is a state), else within SUPPORT_KM."""
    if "adm1" in (a.feature, b.feature):
        return a.country == b.country and a.admin1 == b.admin1
    if abs(a.lat - b.lat) > 1.5:
        return False
    return haversine_km((a.lat, a.lon), (b.lat, b.lon)) < SUPPORT_KM


def _top_local(group: NameGroup) -> list[Candidate]:
    local = [c for c in group.candidates if c.feature in LOCAL_FEATURES]
    return sorted(local, key=lambda c: -c.prior)[:TOP_SENSES]


def spatial_support(groups: list[NameGroup]) -> dict[tuple[str, Candidate], float]:
    """For each local sense, how many *other* names could lie near it; an ambiguous name counts less.

    Why: local news names towns next to each other, so the senses that cluster are the meant ones."""
    tops = {g.key: _top_local(g) for g in groups}
    support: dict[tuple[str, Candidate], float] = {}
    for group in groups:
        if len(group.candidates) < 2:
            continue
        for place in tops[group.key]:
            total = sum(1 / len(others) ** 0.5 for key, others in tops.items()
                        if key != group.key and others and any(_near(place, o) for o in others))
            support[(group.key, place)] = min(SUPPORT_CAP, total)
    return support


def _score(place: Candidate, group: NameGroup, countries: Counter, admins: Counter,
           support: dict[tuple[str, Candidate], float]) -> float:
    score = place.prior
    if place.feature == "adm1" and any(c.feature == "city" and not c.alias and c.population >= BIG_CITY
                                       for c in group.candidates):
        score -= CITY_NAMESAKE_PENALTY  # "Kiev", "New York", "Washington": the city, unless told otherwise
    if place.feature == "city" and place.population < SMALL_TOWN and any(
            c.feature == "adm1" and c.population >= LARGE_DIVISION_TOWNS
            and (c.country, c.admin1) != (place.country, place.admin1)
            for c in group.candidates):
        score -= DIVISION_NAMESAKE_PENALTY
    if countries and place.country:
        score += COUNTRY_WEIGHT * countries[place.country] / max(countries.values())
    if admins and place.admin1 and (place.country, place.admin1) in admins and place.feature != "country":
        score += ADMIN_WEIGHT * min(1.0, admins[(place.country, place.admin1)])
    if any(_inside(place, container) for container in group.containers):
        score += CONTAINER_BONUS
    return score + SUPPORT_WEIGHT * support.get((group.key, place), 0.0)


def resolve_groups(groups: list[NameGroup], context_countries: Counter,
                   context_admins: Counter | None = None) -> None:
    """Give each group its place: priors and neighbours first, then rounds of context from the other groups.

    ``context_countries`` and ``context_admins`` are what the article says of its setting besides its place
    names (peoples it names, the area codes of its phone numbers)."""
    context_admins = context_admins or Counter()
    support = spatial_support(groups)
    for group in groups:
        group.choice = max(group.candidates,
                           key=lambda c: _score(c, group, context_countries, context_admins, support), default=None)
    open_groups = [g for g in groups if len(g.candidates) > 1]
    for _ in range(ROUNDS):
        votes = _votes(groups)
        for group in open_groups:
            countries, admins = votes[group.key]
            countries, admins = countries + context_countries, admins + context_admins
            group.choice = max(group.candidates, key=lambda c: _score(c, group, countries, admins, support))


def demonym_context(texts: list[str]) -> Counter:
    """Countries named by adjectives and peoples ("Ukrainian forces"): weak evidence, half a vote each."""
    counts: Counter = Counter()
    for text in texts:
        iso2 = demonym_country(text)
        if iso2:
            counts[iso2] += 0.5
    return counts


def phone_context(text: str) -> tuple[Counter, Counter]:
    """Countries and divisions served by the area codes of the article's phone numbers.

    Why: local news prints the numbers of its police, clubs and offices, and an area code names the state or
    province the article is set in, which settles "London" (Ontario) or "Jordan" (Minnesota). Toll-free and
    unknown codes say nothing."""
    divisions = area_code_divisions()
    admins = Counter(divisions[code] for code in PHONE_NUMBER.findall(text) if code in divisions)
    countries = Counter()
    for (country, _), count in admins.items():
        countries[country] += count
    return countries, admins


def by_group(groups: list[NameGroup]) -> dict[int, Candidate | None]:
    """Mention start -> its chosen place."""
    chosen: dict[int, Candidate | None] = defaultdict(lambda: None)
    for group in groups:
        for mention in group.mentions:
            chosen[mention.start] = group.choice
    return chosen
