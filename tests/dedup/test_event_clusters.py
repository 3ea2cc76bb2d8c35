"""Event resolution: reports of one event in several articles join one cluster with honest counts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from eventwire.dedup.events import EventKey, actors_agree, dates_agree, event_day, same_event, shares_anchor
from eventwire.dedup.resolve import resolve_article
from eventwire.document import ActorRef, Document, Event, Place
from eventwire.store import Store
from eventwire.store.models import EventCluster, EventRow

KYIV = Place(0, 4, "Kyiv", 50.45, 30.52, "UA", feature="city")
BROVARY = Place(0, 7, "Brovary", 50.51, 30.79, "UA", feature="city")
LVIV = Place(0, 4, "Lviv", 49.84, 24.03, "UA", feature="city")
STORY = ("Russian forces struck the capital overnight, officials said, damaging homes and a power station "
         "in two districts while air defence units shot down most of the incoming drones and missiles. "
         "Emergency crews worked through the morning to clear debris and restore electricity to residents.")
STRIKE = EventKey("ASSAULT", "2024-05-03", "RUSMIL", "UKRGOV", "Kyiv", 50.45, 30.52)


def _strike(day: str = "2024-05-03", place: Place | None = KYIV, source: str = "RUSMIL",
            kind: str = "ASSAULT", **flags) -> Event:
    return Event(kind, (0, 20), source=ActorRef("Russian forces", source), target=ActorRef("Ukraine", "UKRGOV"),
                 date=day, place=place, location=place.name if place else None, **flags)


def _report(store: Store, doc_id: str, *events: Event, outlet: str | None = "Wire", text: str | None = None):
    text = text or f"Report {doc_id} from the front line"  # every 5-word shingle holds the id: no duplicates
    store.save_document(Document(text, id=doc_id, outlet=outlet, date="2024-05-03", events=list(events)))
    return resolve_article(store, doc_id)


def _clusters(store: Store) -> list[EventCluster]:
    with store.session() as session:
        return list(session.scalars(select(EventCluster).order_by(EventCluster.id)))


def _counts(cluster: EventCluster) -> tuple[int, int, int, int]:
    return cluster.num_articles, cluster.num_sources, cluster.num_stories, cluster.num_mentions


def test_events_next_day_reports_agree():
    assert same_event(STRIKE, EventKey("ASSAULT", "2024-05-04", "RUSGOV", "UKR", "Kyiv"))


def test_events_two_days_apart_stay_apart():
    assert not dates_agree("2024-05-03", "2024-05-05")


def test_events_month_date_contains_its_days():
    assert dates_agree("2024-05", "2024-05-31") and not dates_agree("2024-05", "2024-06-01")


def test_events_unknown_actor_agrees_with_any():
    assert same_event(STRIKE, EventKey("ASSAULT", "2024-05-03", None, "UKRMIL", "Kyiv"))


def test_events_different_source_country_stays_apart():
    assert not same_event(STRIKE, EventKey("ASSAULT", "2024-05-03", "BLRMIL", "UKRGOV", "Kyiv"))


def test_events_same_code_different_people_stay_apart():
    assert not actors_agree("USAGOV", "USAGOV", "Barack Obama", "Donald Trump")


def test_events_country_and_its_leader_agree():
    assert actors_agree("RUS", "RUSGOV", "Russia", "Vladimir Putin")


def test_events_place_within_radius_agrees():
    assert same_event(STRIKE, EventKey("ASSAULT", "2024-05-03", "RUS", "UKR", "Brovary", 50.51, 30.79))


def test_events_distant_places_stay_apart():
    assert not same_event(STRIKE, EventKey("ASSAULT", "2024-05-03", "RUS", "UKR", "Lviv", 49.84, 24.03))


def test_events_day_prefers_the_event_date_over_the_article_date():
    assert event_day("2024-05-02TMO", "2024-05-03") == "2024-05-02"
    assert event_day("PRESENT_REF", "2024-05-03") == "2024-05-03"


def test_events_reports_from_two_outlets_merge_with_counts(store):
    _report(store, "a", _strike(), outlet="Wire")
    _report(store, "b", _strike(day="2024-05-04", place=BROVARY), outlet="Daily")
    [cluster] = _clusters(store)
    assert _counts(cluster) == (2, 2, 2, 2)


def test_events_distant_strikes_make_two_clusters(store):
    _report(store, "a", _strike())
    _report(store, "b", _strike(place=LVIV))
    assert len(_clusters(store)) == 2


def test_events_sharing_no_known_field_have_no_anchor():
    assert not shares_anchor(EventKey("ACCUSE", "2024-05-03", None, "MEX"), EventKey("ACCUSE", "2024-05-03", "MMR"))


def test_events_unanchored_reports_stay_apart(store):
    _report(store, "a", Event("ACCUSE", (0, 5), target=ActorRef("Mexico", "MEX")))
    _report(store, "b", Event("ACCUSE", (0, 5), source=ActorRef("Myanmar", "MMRGOV")))
    assert len(_clusters(store)) == 2


def test_events_copies_of_one_story_merge_without_anchor(store):
    _report(store, "original", Event("AGREE", (0, 5)), text=STORY)
    _report(store, "reprint", Event("AGREE", (0, 5)), text="From the wire: " + STORY)
    assert len(_clusters(store)) == 1


def test_events_different_reports_in_copies_still_need_an_anchor(store):
    _report(store, "original", Event("ACCUSE", (0, 5), target=ActorRef("Mexico", "MEX")), text=STORY)
    _report(store, "reprint", Event("ACCUSE", (0, 5), source=ActorRef("Myanmar", "MMRGOV")),
            text="From the wire: " + STORY)
    assert len(_clusters(store)) == 2


def test_events_year_only_dates_stay_unclustered(store):
    _report(store, "a", _strike(day="2023"))
    with store.session() as session:
        assert session.scalar(select(EventRow.cluster_id)) is None


def test_events_reprint_counts_as_article_but_not_as_source(store):
    _report(store, "original", _strike(), outlet=None, text=STORY)
    _report(store, "reprint", _strike(), outlet=None, text="From the wire: " + STORY)
    [cluster] = _clusters(store)
    assert _counts(cluster) == (2, 1, 1, 2)


def test_events_unsigned_copy_of_a_signed_article_adds_no_source(store):
    _report(store, "original", _strike(), outlet="Wire", text=STORY)
    _report(store, "reprint", _strike(), outlet=None, text="From the wire: " + STORY)
    [cluster] = _clusters(store)
    assert _counts(cluster) == (2, 1, 1, 2)


def test_events_two_mentions_in_one_article_count_once_as_article(store):
    _report(store, "a", _strike(), _strike(place=None))
    [cluster] = _clusters(store)
    assert (cluster.num_articles, cluster.num_mentions) == (1, 2)


def test_events_reingesting_does_not_double_count(store):
    _report(store, "a", _strike(), outlet="Wire")
    _report(store, "b", _strike(), outlet="Daily")
    _report(store, "b", _strike(), outlet="Daily")
    [cluster] = _clusters(store)
    assert _counts(cluster) == (2, 2, 2, 2)


def test_events_reingesting_keeps_clusters_a_later_article_could_split(store):
    # "b" (Lviv) agrees with a's unplaced strike but not with its Kyiv strike: a re-run of "a" must not let the
    # unplaced strike leave a's cluster for b's, which did not exist when "a" was first resolved
    _report(store, "a", _strike(), _strike(place=None))
    _report(store, "b", _strike(place=LVIV))
    before = [(_counts(cluster), cluster.place_name) for cluster in _clusters(store)]
    _report(store, "a", _strike(), _strike(place=None))
    assert [(_counts(cluster), cluster.place_name) for cluster in _clusters(store)] == before
    with store.session() as session:
        assert len(set(session.scalars(select(EventRow.cluster_id).where(EventRow.article_id == "a")))) == 1


def test_events_reingesting_keeps_a_member_its_sibling_anchored(store):
    # a's first strike names no attacker and b's names no victim nor place: they share no anchor, and b joined
    # the cluster through a's second strike. Re-resolving "a" must not lose its first strike to a cluster of its own.
    unnamed_attacker = Event("ASSAULT", (0, 20), target=ActorRef("Ukraine", "UKRGOV"), date="2024-05-03",
                             place=KYIV, location="Kyiv")
    unnamed_victim = Event("ASSAULT", (0, 20), source=ActorRef("Russian forces", "RUSMIL"), date="2024-05-03")
    _report(store, "a", unnamed_attacker, _strike())
    _report(store, "b", unnamed_victim)
    before = [_counts(cluster) for cluster in _clusters(store)]
    _report(store, "a", unnamed_attacker, _strike())
    assert [_counts(cluster) for cluster in _clusters(store)] == before == [(2, 1, 2, 3)]


def test_events_reingested_article_leaving_a_cluster_deletes_it_when_empty(store):
    _report(store, "a", _strike())
    _report(store, "a", _strike(kind="PROTEST"))
    assert [cluster.type for cluster in _clusters(store)] == ["PROTEST"]


@pytest.mark.parametrize("flag", ["hypothetical", "negated", "denied"])
def test_events_unreal_events_stay_unclustered(store, flag):
    _report(store, "a", _strike(**{flag: True}))
    with store.session() as session:
        assert session.scalar(select(EventRow.cluster_id)) is None
