"""Storing an article costs few statements: each stored cluster is asked about once per report and clusters are
recounted together; annotation rows reach SQLite without per-row work in SQLAlchemy; the rows stored stay the
same."""

from __future__ import annotations

import itertools
from collections import Counter
from contextlib import contextmanager

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.sql.compiler import SQLCompiler

from eventwire.dedup.events import EventKey, _candidate_clusters, _candidate_values, _may_match
from eventwire.dedup.resolve import save_and_resolve
from eventwire.document import ActorRef, Document, Event, Place, Sentence
from eventwire.store.models import EventCluster, EventRow

KYIV = Place(0, 4, "Kyiv", 50.45, 30.52, "UA", feature="city")


@contextmanager
def statements(store):
    """Statements sent to the database meanwhile, counted by their first words; an executemany counts once and
    is also named in the Counter's ``many`` set."""
    sent: Counter[str] = Counter()
    sent.many = set()

    def count(_connection, _cursor, statement, _parameters, _context, executemany):
        words = " ".join(statement.split()[:3])
        sent[words] += 1
        if executemany:
            sent.many.add(words)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield sent
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def _event(kind: str, day: str, source: str | None = "RUSMIL", place: Place | None = KYIV) -> Event:
    return Event(kind, (0, 20), source=ActorRef("Russian forces", source) if source else None,
                 target=ActorRef("Ukraine", "UKRGOV"), date=day, place=place, location=place.name if place else None)


def _article(doc_id: str, *events: Event) -> Document:
    text = f"Report {doc_id} from the front line, written for this test alone and for no other"
    return Document(text, id=doc_id, outlet="Wire", date="2024-05-03", events=list(events))


def test_pf1_each_report_asks_the_stored_clusters_once(store):
    # "b"'s three reports join nothing stored: its last pass (which creates their clusters) must not ask again
    save_and_resolve(store, _article("a", _event("ASSAULT", "2024-05-03")))
    lonely = [_event(kind, "2024-05-20") for kind in ("PROTEST", "ACCUSE", "SANCTION")]
    with statements(store) as sent:
        save_and_resolve(store, _article("b", *lonely))
    assert sent["SELECT event_clusters.id, event_clusters.type,"] == 3


def test_pf1_reports_created_together_join_each_other(store):
    # the unplaced strike cannot join a stored cluster, only the one its sibling creates in the same pass
    save_and_resolve(store, _article("a", _event("ASSAULT", "2024-05-03"), _event("ASSAULT", "2024-05-03", place=None)))
    with store.session() as session:
        assert len(set(session.scalars(select(EventRow.cluster_id)))) == 1
        [cluster] = session.scalars(select(EventCluster))
    assert (cluster.num_mentions, cluster.place_name) == (2, "Kyiv")


def test_pf1_joined_clusters_are_recounted_in_one_statement(store):
    kinds = ("ASSAULT", "PROTEST", "ACCUSE")
    save_and_resolve(store, _article("a", *(_event(kind, "2024-05-03") for kind in kinds)))
    with statements(store) as sent:
        save_and_resolve(store, _article("b", *(_event(kind, "2024-05-03") for kind in kinds)))
    assert sent["UPDATE event_clusters SET"] == 1 and sent["UPDATE events SET"] == 1
    with store.session() as session:
        assert sorted(session.scalars(select(EventCluster.num_articles))) == [2, 2, 2]


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)  # PostgreSQL keeps SQLAlchemy's executemany
def test_pf1_annotation_rows_skip_per_row_parameter_building(store, monkeypatch):
    """On SQLite the rows go to the driver as tuples: SQLAlchemy's parameters per row cost more than the inserts."""
    built = Counter()
    construct_params = SQLCompiler.construct_params

    def counting(self, *args, **kwargs):
        built[str(self).split("(")[0].strip()] += 1
        return construct_params(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "construct_params", counting)
    document = _article("a")
    document.sentences = [Sentence(start, start + 1) for start in range(60)]
    save_and_resolve(store, document)
    assert built["INSERT INTO sentences"] <= 1
    assert store.get_document("a").sentences == document.sentences


DAYS = ("2024-05", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05", "2024-06", "2024-06-01")
CODES = (None, "RUS", "RUSMIL", "RUSGOV", "UKR", "US", "USA")


def test_pf1_unstored_clusters_are_filtered_as_stored_ones_are(store):
    """_may_match, used for the clusters an article creates, agrees with the SQL of _candidate_clusters."""
    representatives = [EventKey("ASSAULT", day, source, target)
                       for day, source, target in itertools.product(DAYS, CODES, ("UKR", None))]
    representatives.append(EventKey("PROTEST", "2024-05-03"))
    rows = [{"type": key.type, "day": key.day, "source_code": key.source, "target_code": key.target,
             "num_articles": 1, "num_sources": 1, "num_stories": 1, "num_mentions": 1} for key in representatives]
    store.transaction(lambda session: session.execute(insert(EventCluster), rows))
    by_id = dict(enumerate(representatives, start=1))
    for day, source, target in itertools.product(DAYS, CODES, (None, "UKRGOV", "RUSMIL")):
        key = EventKey("ASSAULT", day, source, target)
        statement = _candidate_clusters(len(day) == len("YYYY-MM-DD"), bool(source), bool(target))
        with store.session() as session:
            stored = {row.id for row in session.execute(statement, _candidate_values(key))}
        assert stored == {id_ for id_, cluster in by_id.items() if _may_match(cluster, key)}, key


@pytest.mark.parametrize("order", [0, 1])
def test_pf1_resaving_gives_the_same_clusters(store, order):
    articles = [_article("a", _event("ASSAULT", "2024-05-03"), _event("ASSAULT", "2024-05-03", place=None)),
                _article("b", _event("ASSAULT", "2024-05-04", source=None)),
                _article("c", _event("ASSAULT", "2024-05-03", source="RUSGOV", place=None))]
    for document in articles:
        save_and_resolve(store, document)

    def clusters():
        with store.session() as session:
            return (session.execute(select(EventCluster.__table__).order_by(EventCluster.id)).all(),
                    session.execute(select(EventRow.article_id, EventRow.position, EventRow.cluster_id)
                                    .order_by(EventRow.article_id, EventRow.position)).all())

    before = clusters()
    for document in articles[order:] + articles[:order]:
        save_and_resolve(store, document)
    assert clusters() == before
