"""Tables for articles, their annotations and ingestion runs; the same models serve SQLite and PostgreSQL.

Every annotation row keeps its own character spans into ``articles.text`` and its ``position`` in the article's
list, so a stored article reads back as exactly the :class:`~eventwire.document.Document` that was saved.
Column names follow the dataclass fields; a span field ``x`` becomes ``x_start``/``x_end`` and a nested
actor or place ``x`` becomes ``x_<field>`` columns (see :mod:`eventwire.store.convert`).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import (JSON, BigInteger, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint, false)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

#: Stable constraint names so migrations are identical on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Article(Base):
    """One article: its text and metadata. ``content_hash`` (sha256 of the text) finds the same text again."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(index=True)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(index=True)
    author: Mapped[str | None] = mapped_column(Text)
    photo_credit: Mapped[str | None] = mapped_column(Text)
    related: Mapped[list[Any]]
    source: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None]
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list[Any]]
    meta: Mapped[dict[str, Any]]
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    #: The near-duplicate story this article belongs to, named by its canonical (first-stored) article's id;
    #: set by :mod:`eventwire.dedup.stored` after the article is saved (NULL until then).
    cluster_id: Mapped[str | None] = mapped_column(index=True)
    #: :func:`article_id_hash` of ``id``: the 8-byte stand-in for the id in ``article_bands``' ~200 rows per article
    #: (set with ``cluster_id``; NULL until then).
    id_hash: Mapped[int | None] = mapped_column(BigInteger, index=True, unique=True)


def article_id_hash(article_id: str, salt: int = 0) -> int:
    """A signed 64-bit hash of an article id (fits BIGINT everywhere); stored rows depend on it: never change it.

    ``salt`` gives the next candidate when another id took this one (about once in 10**6 corpora of 10**7
    articles): :func:`eventwire.dedup.stored.assign_article_cluster` takes the first that is free.
    """
    digest = hashlib.blake2b(f"{salt}:{article_id}".encode("utf-8"), digest_size=8, person=b"eventwire-id").digest()
    return int.from_bytes(digest, "big", signed=True)


class ArticleChild:
    """An annotation of one article, deleted with it, kept in the article's order by ``position``."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-3)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), sort_order=-2)
    position: Mapped[int] = mapped_column(sort_order=-1)

    @declared_attr.directive
    def __table_args__(cls) -> tuple:
        return (UniqueConstraint("article_id", "position"),)


class SentenceRow(ArticleChild, Base):
    __tablename__ = "sentences"

    start: Mapped[int]
    end: Mapped[int]


class MentionRow(ArticleChild, Base):
    """A named-entity mention."""

    __tablename__ = "mentions"

    start: Mapped[int]
    end: Mapped[int]
    label: Mapped[str] = mapped_column(index=True)
    text: Mapped[str] = mapped_column(Text)
    spacy_label: Mapped[str]


class ActorMentionRow(ArticleChild, Base):
    __tablename__ = "actor_mentions"

    @declared_attr.directive
    def __table_args__(cls) -> tuple:  # the second index covers the API's actor list (GROUP BY code, canonical)
        return (UniqueConstraint("article_id", "position"),
                Index("ix_actor_mentions_code_canonical", "code", "canonical", "article_id"))

    start: Mapped[int]
    end: Mapped[int]
    code: Mapped[str] = mapped_column(index=True)
    canonical: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str]
    role: Mapped[str | None]
    country: Mapped[str | None] = mapped_column(index=True)
    sector: Mapped[str | None]
    actor_id: Mapped[str | None]


class EventRow(ArticleChild, Base):
    """An event with its arguments, place and evidence flattened into columns the API can filter on."""

    __tablename__ = "events"

    @declared_attr.directive
    def __table_args__(cls) -> tuple:
        # The last two cover the API's timeline and actor network, which then read no event row.
        return (UniqueConstraint("article_id", "position"), Index("ix_events_sort_day_id", "sort_day", "id"),
                Index("ix_events_sort_day_type", "sort_day", "type"),
                Index("ix_events_actor_pair", "source_code", "target_code", "quad", "sort_day"))

    #: The most precise day known: the event's own date when it names a day, else its article's date. It lets the
    #: API sort and filter events by date through one index, without joining articles.
    sort_day: Mapped[str] = mapped_column(server_default="")
    type: Mapped[str] = mapped_column(index=True)
    mode: Mapped[str | None]
    cameo: Mapped[str | None] = mapped_column(index=True)
    quad: Mapped[int | None] = mapped_column(index=True)
    goldstein: Mapped[float | None]
    evidence_start: Mapped[int]
    evidence_end: Mapped[int]
    trigger_start: Mapped[int | None]
    trigger_end: Mapped[int | None]
    extra_evidence: Mapped[list[Any]]
    source_text: Mapped[str | None] = mapped_column(Text)
    source_code: Mapped[str | None] = mapped_column(index=True)
    source_canonical: Mapped[str | None] = mapped_column(Text)
    source_start: Mapped[int | None]
    source_end: Mapped[int | None]
    target_text: Mapped[str | None] = mapped_column(Text)
    target_code: Mapped[str | None] = mapped_column(index=True)
    target_canonical: Mapped[str | None] = mapped_column(Text)
    target_start: Mapped[int | None]
    target_end: Mapped[int | None]
    negated: Mapped[bool]
    hypothetical: Mapped[bool]
    denied: Mapped[bool] = mapped_column(server_default=false())
    reported_by: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(Text)
    place_start: Mapped[int | None]
    place_end: Mapped[int | None]
    place_name: Mapped[str | None] = mapped_column(Text)
    place_lat: Mapped[float | None]
    place_lon: Mapped[float | None]
    place_country: Mapped[str | None] = mapped_column(index=True)
    place_admin1: Mapped[str | None]
    place_feature: Mapped[str | None]
    place_geonameid: Mapped[int | None]
    place_text: Mapped[str | None] = mapped_column(Text)
    place_metonym: Mapped[bool | None]
    date: Mapped[str | None] = mapped_column(index=True)
    date_source: Mapped[str | None]
    sentence: Mapped[int | None]
    confidence: Mapped[float]
    rule: Mapped[str | None]
    #: The real-world event this report joins across articles (:mod:`eventwire.dedup.events`); NULL when unresolved.
    cluster_id: Mapped[int | None] = mapped_column(ForeignKey("event_clusters.id", ondelete="SET NULL"), index=True)


class ArticleBand(Base):
    """One LSH band key of an article's MinHash signature: articles sharing a key are near-duplicate candidates.

    Kept so a new process finds an arriving article's candidates with one indexed lookup instead of rebuilding
    an in-memory index from every stored article. Every article has ~200 rows, so a row is two integers, the
    key first (the look-up) and the article by ``articles.id_hash``, in SQLite with no rowid: a row holding the
    article's string id, in a table, its primary key and a key index, took 70% of a database of news articles.
    """

    __tablename__ = "article_bands"
    __table_args__ = {"sqlite_with_rowid": False}

    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_hash: Mapped[int] = mapped_column(BigInteger, ForeignKey("articles.id_hash", ondelete="CASCADE"),
                                              primary_key=True, index=True)


class EventCluster(Base):
    """One real-world event reported by one or more articles; its member events point here via ``cluster_id``.

    The descriptive columns are the members' most common values (what new reports are compared with); the
    counts are recomputed from the members whenever an article joins or leaves.
    """

    __tablename__ = "event_clusters"
    __table_args__ = (Index("ix_event_clusters_type_day", "type", "day"),
                      Index("ix_event_clusters_num_articles_id", "num_articles", "id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str]
    #: YYYY-MM-DD, or YYYY-MM / YYYY when no member dates the event to a day.
    day: Mapped[str]
    source_code: Mapped[str | None]
    target_code: Mapped[str | None]
    place_name: Mapped[str | None] = mapped_column(Text)
    place_lat: Mapped[float | None]
    place_lon: Mapped[float | None]
    place_country: Mapped[str | None]
    num_articles: Mapped[int]
    num_sources: Mapped[int]
    num_stories: Mapped[int]
    num_mentions: Mapped[int]


class EventClusterArticle(Base):
    """Which event clusters an article's events joined: survives the article's re-save, which deletes its events,
    so re-ingesting it recounts exactly the clusters it used to touch."""

    __tablename__ = "event_cluster_articles"

    cluster_id: Mapped[int] = mapped_column(ForeignKey("event_clusters.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)


class QuoteRow(ArticleChild, Base):
    __tablename__ = "quotes"

    content_start: Mapped[int]
    content_end: Mapped[int]
    content_parts: Mapped[list[Any]]
    kind: Mapped[str]
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    speaker_text: Mapped[str | None] = mapped_column(Text)
    speaker_code: Mapped[str | None] = mapped_column(index=True)
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    channel: Mapped[str | None]
    channel_start: Mapped[int | None]
    channel_end: Mapped[int | None]


class ClaimRow(ArticleChild, Base):
    __tablename__ = "claims"

    content_start: Mapped[int]
    content_end: Mapped[int]
    holder: Mapped[str] = mapped_column(Text)
    stance: Mapped[str] = mapped_column(index=True)
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    holder_code: Mapped[str | None] = mapped_column(index=True)


class PlaceRow(ArticleChild, Base):
    __tablename__ = "places"

    start: Mapped[int]
    end: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    country: Mapped[str | None] = mapped_column(index=True)
    admin1: Mapped[str | None]
    feature: Mapped[str | None]
    geonameid: Mapped[int | None]
    text: Mapped[str] = mapped_column(Text)
    metonym: Mapped[bool]


class TimexRow(ArticleChild, Base):
    __tablename__ = "timexes"

    start: Mapped[int]
    end: Mapped[int]
    type: Mapped[str]
    value: Mapped[str] = mapped_column(index=True)
    text: Mapped[str] = mapped_column(Text)
    anchor: Mapped[str | None]


class IngestionRun(Base):
    """One ``ingest`` invocation: what it was asked, what it did, and whether it finished."""

    __tablename__ = "ingestion_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    args: Mapped[dict[str, Any]]
    counts: Mapped[dict[str, Any] | None]
    status: Mapped[str] = mapped_column(index=True)
    resumed_from: Mapped[int | None] = mapped_column(ForeignKey("ingestion_runs.id", ondelete="SET NULL"))


class FailureRow(Base):
    """An input that failed (severity 'error', no article) or a stored article's stage warning ('warning')."""

    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingestion_runs.id", ondelete="SET NULL"), index=True)
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(Text)
    stage: Mapped[str]
    severity: Mapped[str]
    created_at: Mapped[datetime]


#: Bookkeeping kept apart from the data tables (so counts, exports and emptying the data leave it alone).
BOOKKEEPING = MetaData(naming_convention=NAMING_CONVENTION)

#: One row whose ``version`` every write transaction of the store increments: readers compare it to know
#: whether anything changed since they last looked (e.g. the API's aggregate cache).
data_version_table = Table("data_version", BOOKKEEPING, Column("id", Integer, primary_key=True),
                           Column("version", BigInteger, nullable=False))
