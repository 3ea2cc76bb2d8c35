"""Event resolution across articles: reports of one real-world event join one ``event_clusters`` row.

Two reports are the same event when they share the PLOVER type, their actors agree (same country/organisation
prefix of the source and of the target code, or one side unknown), their dates agree (days at most
:data:`DAY_WINDOW` apart, or a coarser date containing the other) and their places agree (same name, within
:data:`PLACE_RADIUS_KM`, or one unknown). Each event row keeps its own evidence and points to its cluster.

Counting (GDELT-like): ``num_mentions`` counts member event rows (one evidence span each, two reports of the
event in one article are two mentions), ``num_articles`` distinct articles, and ``num_stories`` distinct
near-duplicate stories (``articles.cluster_id``). ``num_sources`` counts distinct outlets; an article without an
outlet counts as one source per story, and none when a copy of its story names its outlet, so wire copies
reprinted without a byline never add sources beyond their story.
Reprints do count as articles and mentions, as in GDELT, where every reprint is a separate mention.
Hypothetical and negated events did not happen, and a year alone cannot tell one event from another of its
kind, so such events are left out of clusters.

Agreement alone is not enough when most fields are unknown (two ACCUSE events with one unknown actor each
"agree" on everything), so a merge also needs one shared anchor: an actor or place known in both, or the two
reports being the same report (equal keys) in copies of one story (near-duplicates, :mod:`eventwire.dedup.stored`).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import Row, bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from eventwire.dedup.stored import FirstSave
from eventwire.store.models import Article, EventCluster, EventClusterArticle, EventRow

# How these were set. DAY_WINDOW, PLACE_RADIUS_KM and ACTOR_PREFIX follow the event-data convention the issue asks
# for (GDELT/POLECAT de-duplicate by day, actor country and place); the labelled sample in tests/dedup/data/ (US
# politics, copies of 14 stories) holds almost no one-event-many-outlets pairs, so it could not tune them. What it
# did decide are the other rules: anchors and checking members (not the representative) came from reading its
# false merges; then the name test under one code and "the same report" for copies took the 74 tuning pairs from
# 8 false merges to 1 (precision 0.73 -> 0.96, recall 0.92 -> 0.96). The 28 held-out pairs score 1.0 / 1.0.
#: Reports one day apart can describe one event: articles dated the next morning say "yesterday", and time
#: zones shift a late-evening event across midnight.
DAY_WINDOW = 1
#: Places this close are one event site: a city and its suburb or airport, a region named by its capital;
#: two different cities of one country (usually well over 100 km apart) stay apart.
PLACE_RADIUS_KM = 100.0
#: The country / organisation part of an actor code ("RUS" of "RUSGOV", "IGO" of "IGOWSTNAT"): reports name the
#: same actor at different precision ("Russia", "the Kremlin", "Russian forces"), so only the prefix must agree.
ACTOR_PREFIX = 3
#: Members a new report is checked against (the first reported): enough to catch a conflicting report, and a
#: widely reported event costs a fixed number of rows per new report.
MEMBERS_CHECKED = 50
EARTH_RADIUS_KM = 6371.0
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class EventKey:
    """What one report (or a cluster's representative) is compared by."""

    type: str
    day: str  # YYYY-MM-DD, YYYY-MM or YYYY
    source: str | None = None
    target: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    source_name: str | None = None  # canonical actor names: two people under one code are two actors
    target_name: str | None = None


def event_day(event_date: str | None, article_date: str | None) -> str | None:
    """The event's own date at its precision (day, month or year), else the article's day; None when undated."""
    for value in (event_date, article_date):
        if value and DAY.match(value):
            return value[:10]
        if value and (MONTH.match(value) or YEAR.match(value)):
            return value
    return None


def same_event(a: EventKey, b: EventKey) -> bool:
    return (a.type == b.type and dates_agree(a.day, b.day) and places_agree(a, b)
            and actors_agree(a.source, b.source, a.source_name, b.source_name)
            and actors_agree(a.target, b.target, a.target_name, b.target_name))


def shares_anchor(a: EventKey, b: EventKey) -> bool:
    """Something known on both sides (and, given agreement, equal): an actor or the place."""
    return bool((a.source and b.source) or (a.target and b.target) or (a.place and b.place))


def dates_agree(a: str, b: str) -> bool:
    """Days at most DAY_WINDOW apart, or the coarser date contains the finer one ("2022-02" holds "2022-02-25")."""
    if len(a) == len(b) == 10:
        return abs(date.fromisoformat(a) - date.fromisoformat(b)) <= timedelta(days=DAY_WINDOW)
    coarse, fine = sorted((a, b), key=len)
    return fine.startswith(coarse)


def actors_agree(a: str | None, b: str | None, name_a: str | None = None, name_b: str | None = None) -> bool:
    """Same country/organisation prefix, or one unknown; under the very same code, different canonical names are
    different actors (Obama and Trump are both USAGOV) while "Russia" (RUS) and "Putin" (RUSGOV) still agree."""
    if not a or not b:
        return True
    if a == b and name_a and name_b:
        return name_a.casefold() == name_b.casefold()
    return a[:ACTOR_PREFIX] == b[:ACTOR_PREFIX]


def places_agree(a: EventKey, b: EventKey) -> bool:
    if not a.place or not b.place or a.place.casefold() == b.place.casefold():
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= PLACE_RADIUS_KM


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_chord = (math.sin((phi2 - phi1) / 2) ** 2
                  + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(half_chord))


def key_of_event(event: EventRow | Row, article_date: str | None) -> EventKey | None:
    """The comparison key of a stored event (a row with the event columns); None for events that cannot or
    should not be resolved."""
    day = event_day(event.date, article_date)
    if day is None or len(day) == len("YYYY") or event.hypothetical or event.negated or event.denied:
        return None
    return EventKey(event.type, day, event.source_code, event.target_code, event.place_name or event.location,
                    event.place_lat, event.place_lon, event.source_canonical, event.target_canonical)


def key_of_cluster(cluster: EventCluster | Row) -> EventKey:
    return EventKey(cluster.type, cluster.day, cluster.source_code, cluster.target_code, cluster.place_name,
                    cluster.place_lat, cluster.place_lon)


# Statements on every article's path are Core statements built once (building one costs more than running it),
# and read plain rows: members are compared and counted, never modified through the ORM.
_EVENTS, _ARTICLES, _CLUSTERS = EventRow.__table__, Article.__table__, EventCluster.__table__
#: The event columns the comparison and the counts read, with the article's date, outlet and story beside them.
_MEMBER_COLUMNS = (
    _EVENTS.c.id, _EVENTS.c.article_id, _EVENTS.c.cluster_id, _EVENTS.c.type, _EVENTS.c.date,
    _EVENTS.c.hypothetical, _EVENTS.c.negated, _EVENTS.c.denied, _EVENTS.c.source_code, _EVENTS.c.target_code,
    _EVENTS.c.source_canonical, _EVENTS.c.target_canonical, _EVENTS.c.location, _EVENTS.c.place_name,
    _EVENTS.c.place_lat, _EVENTS.c.place_lon, _EVENTS.c.place_country,
    _ARTICLES.c.date.label("article_date"), _ARTICLES.c.outlet.label("article_outlet"),
    _ARTICLES.c.cluster_id.label("story"),
)
_MEMBERS = select(*_MEMBER_COLUMNS).join_from(_EVENTS, _ARTICLES, _ARTICLES.c.id == _EVENTS.c.article_id)
_EVENTS_OF_ARTICLE = _MEMBERS.where(_EVENTS.c.article_id == bindparam("article_id")).order_by(_EVENTS.c.position)
_CHECKED_MEMBERS = (_MEMBERS.where(_EVENTS.c.cluster_id == bindparam("cluster"))
                    .order_by(_EVENTS.c.id).limit(MEMBERS_CHECKED))
_MEMBERS_OF_CLUSTERS = (_MEMBERS.where(_EVENTS.c.cluster_id.in_(bindparam("clusters", expanding=True)))
                        .order_by(_EVENTS.c.id))
_SET_EVENT_CLUSTER = (update(_EVENTS).where(_EVENTS.c.id == bindparam("event_id"))
                      .values(cluster_id=bindparam("new_cluster")))
#: Several rows at once, their ids returned in the rows' order.
_INSERT_CLUSTERS = insert(_CLUSTERS).returning(_CLUSTERS.c.id, sort_by_parameter_order=True)
_UPDATE_CLUSTER = update(_CLUSTERS).where(_CLUSTERS.c.id == bindparam("cluster"))
_DELETE_CLUSTER = delete(_CLUSTERS).where(_CLUSTERS.c.id == bindparam("cluster"))
_INSERT_MEMBERSHIPS = insert(EventClusterArticle.__table__)


def resolve_article_events(session: Session, article_id: str, story: str | None,
                           first_save: FirstSave | None = None) -> set[int]:
    """Attach the saved article's events to event clusters and recount every cluster it touched before or now.

    ``story`` is the article's near-duplicate cluster. Returns the ids of the clusters its events joined. Safe to
    re-run: the article's old memberships are recounted too (its re-save deleted the old event rows), and
    clusters left without events are deleted. An article saved for the first time (``first_save``) has none.
    """
    old: set[int] = set()
    if first_save is None:
        membership = EventClusterArticle.article_id == article_id
        old = set(session.scalars(select(EventClusterArticle.cluster_id).where(membership)))
        session.execute(delete(EventClusterArticle).where(membership))
    events = session.execute(_EVENTS_OF_ARTICLE, {"article_id": article_id}).all()
    placing = _Placing(session, article_id, story, old)
    pending = [(event, key) for event in events if (key := key_of_event(event, event.article_date))]
    # Existing clusters first, again while any report joins one: a report joining may anchor a sibling that could
    # not join alone ("Russia struck Kyiv" anchors "an attack on Kyiv" to a cluster of Russian strikes), so the
    # article's events end in the same clusters whatever their order, and a re-run puts back what its first run had.
    progress = True
    while pending and progress:
        left = []
        for event, key in pending:
            cluster = placing.stored_match(key)
            if cluster is None:
                left.append((event, key))
            else:
                placing.attach(event, cluster)
        progress, pending = len(left) < len(pending), left
    # The reports left failed every stored cluster as it stands now, which nothing below changes: each joins a
    # cluster one of them created, or creates its own.
    for event, key in pending:
        placing.attach(event, placing.created_match(key) or placing.create(key))
    joined = placing.write()
    recount_clusters(session, old | joined)
    return joined


@dataclass(eq=False)
class _NewCluster:
    """A cluster created by the article being placed, stored with the article's other changes at the end."""

    representative: EventKey


class _Placing:
    """One article's events being placed in clusters: each candidate query and each cluster's stored members are
    read once, and what is decided is written at the end in a few statements.

    Until then nothing the queries read changes but the article's own events, which are kept here: a stored
    cluster's checked members are its stored ones plus the article's events attached to it, as the database
    would list them (by event id, the first :data:`MEMBERS_CHECKED`).
    """

    def __init__(self, session: Session, article_id: str, story: str | None, previous: set[int]) -> None:
        self.session, self.article_id, self.story, self.previous = session, article_id, story, previous
        self.attached: dict[int | _NewCluster, list[Row]] = defaultdict(list)
        self.created: list[_NewCluster] = []
        self._candidates: dict[EventKey, list[Row]] = {}
        self._stored_members: dict[int, list[Row]] = {}

    def stored_match(self, key: EventKey) -> int | None:
        """The best stored cluster this report joins: one the article's events joined before its re-save
        (``previous``), then the most reported one, then the oldest. Agreement is not transitive, so without the
        first rule a re-run could join a cluster made after the article's first run and split what that run kept
        together.

        The representative is a quick filter; the decision is made against the members themselves, since a
        representative mixes fields of different reports and would let unrelated reports chain together.
        """
        for cluster in self._candidates_of(key):
            if same_event(key, key_of_cluster(cluster)) and self._joins(key, cluster.id, cluster.id in self.previous):
                return cluster.id
        return None

    def created_match(self, key: EventKey) -> _NewCluster | None:
        """The first created cluster this report joins (created ones rank after every stored one, oldest first)."""
        for cluster in self.created:
            if _may_match(cluster.representative, key) and same_event(key, cluster.representative) \
                    and self._joins(key, cluster, False):
                return cluster
        return None

    def create(self, key: EventKey) -> _NewCluster:
        cluster = _NewCluster(replace(key, source_name=None, target_name=None))
        self.created.append(cluster)
        return cluster

    def attach(self, event: Row, cluster: int | _NewCluster) -> None:
        """The article's later events may join this cluster and check this event as a member."""
        self.attached[cluster].append(event)

    def write(self) -> set[int]:
        """Store the created clusters (in creation order, so ids follow it), point the events at their clusters
        and record the article's memberships; returns the ids of the clusters joined."""
        ids: dict[int | _NewCluster, int] = {cluster: cluster for cluster in self.attached if isinstance(cluster, int)}
        if self.created:
            rows = [_new_cluster_values(cluster.representative) for cluster in self.created]
            new_ids = self.session.execute(_INSERT_CLUSTERS, rows).scalars().all()
            ids.update(zip(self.created, new_ids))
        if not self.attached:
            return set()
        self.session.execute(_SET_EVENT_CLUSTER, [{"event_id": event.id, "new_cluster": ids[cluster]}
                                                  for cluster, events in self.attached.items() for event in events])
        joined = {ids[cluster] for cluster in self.attached}
        self.session.execute(_INSERT_MEMBERSHIPS, [{"cluster_id": cluster_id, "article_id": self.article_id}
                                                   for cluster_id in sorted(joined)])
        return joined

    def _candidates_of(self, key: EventKey) -> list[Row]:
        if key not in self._candidates:
            statement = _candidate_clusters(len(key.day) == len("YYYY-MM-DD"), bool(key.source), bool(key.target))
            self._candidates[key] = sorted(self.session.execute(statement, _candidate_values(key)).all(),
                                           key=lambda cluster: cluster.id not in self.previous)
        return self._candidates[key]

    def _joins(self, key: EventKey, cluster: int | _NewCluster, joined_before: bool) -> bool:
        members = self.attached.get(cluster, [])
        if isinstance(cluster, int):
            if cluster not in self._stored_members:
                self._stored_members[cluster] = self.session.execute(_CHECKED_MEMBERS, {"cluster": cluster}).all()
            members = self._stored_members[cluster] + members
        members = sorted(members, key=lambda member: member.id)[:MEMBERS_CHECKED]
        return _joins_members(members, key, self.article_id, self.story, joined_before)


def _joins_members(members: list[Row], key: EventKey, article_id: str, story: str | None,
                   joined_before: bool = False) -> bool:
    """Agrees with every checked member, and shares an anchor with one of them or is the same report (equal
    keys) in a copy of its story: copies of one sentence often carry no actor or place to anchor on. A cluster
    left without members by the article's re-save was made from its own events (``joined_before``): agreeing with
    its representative is enough to take it back."""
    if not members:
        return joined_before
    keys = [(key_of_event(member, member.article_date), member.article_id, member.story) for member in members]
    if not all(member is None or same_event(key, member) for member, _, _ in keys):
        return False
    return any((member is not None and shares_anchor(key, member))
               or (story is not None and member_story == story and member_article != article_id and member == key)
               for member, member_article, member_story in keys)


@lru_cache(maxsize=None)
def _candidate_clusters(full_day: bool, known_source: bool, known_target: bool):
    """Clusters of the type on days that can agree (the day's coarser prefixes, finer dates inside it, and for
    a full day the days around it) whose actors can agree: unknown, or the same code prefix. A busy day holds
    many clusters of one type; this keeps the Python checks to the few that can match."""
    day = _CLUSTERS.c.day
    days = [day.in_([bindparam("year"), bindparam("month"), bindparam("day")]), day.like(bindparam("finer"))]
    if full_day:
        days.append(day.between(bindparam("first_day"), bindparam("last_day")))
    filters = [_CLUSTERS.c.type == bindparam("type"), or_(*days)]
    for column, known, name in ((_CLUSTERS.c.source_code, known_source, "source_prefix"),
                                (_CLUSTERS.c.target_code, known_target, "target_prefix")):
        if known:
            filters.append(or_(column.is_(None), column.like(bindparam(name), escape="/")))
    return select(_CLUSTERS).where(*filters).order_by(_CLUSTERS.c.num_articles.desc(), _CLUSTERS.c.id)


def _candidate_values(key: EventKey) -> dict:
    values = {"type": key.type, "year": key.day[:4], "month": key.day[:7], "day": key.day,
              "finer": _like_prefix(key.day + "-")}
    if len(key.day) == len("YYYY-MM-DD"):
        middle, window = date.fromisoformat(key.day), timedelta(days=DAY_WINDOW)
        values.update(first_day=(middle - window).isoformat(), last_day=(middle + window).isoformat())
    for name, code in (("source_prefix", key.source), ("target_prefix", key.target)):
        if code:
            values[name] = _like_prefix(code[:ACTOR_PREFIX])
    return values


def _like_prefix(text: str) -> str:
    """A LIKE pattern (escape character "/") for values starting with ``text``."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


def _may_match(cluster: EventKey, key: EventKey) -> bool:
    """For a cluster not stored yet, the filter that :func:`_candidate_clusters` applies to stored ones."""
    values = _candidate_values(key)
    day = cluster.day
    days_agree = (day in (values["year"], values["month"], values["day"]) or day.startswith(key.day + "-")
                  or ("first_day" in values and values["first_day"] <= day <= values["last_day"]))
    actors_can_agree = all(code is None or code.startswith(known[:ACTOR_PREFIX])
                           for code, known in ((cluster.source, key.source), (cluster.target, key.target)) if known)
    return cluster.type == key.type and days_agree and actors_can_agree


def _new_cluster_values(key: EventKey) -> dict:
    return {"type": key.type, "day": key.day, "source_code": key.source, "target_code": key.target,
            "place_name": key.place, "place_lat": key.lat, "place_lon": key.lon, "num_articles": 0,
            "num_sources": 0, "num_stories": 0, "num_mentions": 0}


def recount_clusters(session: Session, cluster_ids: set[int]) -> None:
    """Counts and representative values of these clusters from their member events; empty clusters go."""
    if not cluster_ids:
        return
    members_of: dict[int, list] = defaultdict(list)
    for member in session.execute(_MEMBERS_OF_CLUSTERS, {"clusters": sorted(cluster_ids)}):
        members_of[member.cluster_id].append(member)
    emptied = [{"cluster": cluster_id} for cluster_id in sorted(cluster_ids) if not members_of[cluster_id]]
    if emptied:
        session.execute(_DELETE_CLUSTER, emptied)
    updates: dict[tuple[str, ...], list[dict]] = defaultdict(list)  # one executemany per set of columns
    for cluster_id in sorted(cluster_ids):
        if members_of[cluster_id]:
            values = {"cluster": cluster_id, **_summary(members_of[cluster_id])}
            updates[tuple(values)].append(values)
    for rows in updates.values():
        session.execute(_UPDATE_CLUSTER, rows)


def _summary(members: list) -> dict:
    """Counts plus the most common known value of each compared field (the most precise day first)."""
    story_of = [(member.story or member.article_id, member.article_outlet) for member in members]
    stories = {story for story, _ in story_of}
    outlets = {outlet.casefold() for _, outlet in story_of if outlet}
    with_outlet = {story for story, outlet in story_of if outlet}
    unsigned_stories = {story for story, outlet in story_of if not outlet and story not in with_outlet}
    days = [event_day(member.date, member.article_date) for member in members]
    days = [day for day in days if day]
    most_precise = max((len(day) for day in days), default=0)
    places = Counter((member.place_name or member.location, member.place_lat, member.place_lon,
                      member.place_country) for member in members if member.place_name or member.location)
    place = places.most_common(1)[0][0] if places else (None, None, None, None)
    values = {
        "num_mentions": len(members), "num_articles": len({member.article_id for member in members}),
        "num_stories": len(stories), "num_sources": len(outlets) + len(unsigned_stories),
        "source_code": _most_common(member.source_code for member in members),
        "target_code": _most_common(member.target_code for member in members),
        "place_name": place[0], "place_lat": place[1], "place_lon": place[2], "place_country": place[3],
    }
    if days:
        values["day"] = _most_common(day for day in days if len(day) == most_precise)
    return values


def _most_common(values) -> str | None:
    counted = Counter(value for value in values if value)
    return counted.most_common(1)[0][0] if counted else None
