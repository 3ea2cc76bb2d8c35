"""Response models: what the API promises to return, and nothing of the tables behind it."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of results; pass ``next_cursor`` back as ``cursor`` for the next page (absent on the last)."""

    data: list[T]
    next_cursor: str | None = None


class ActorArgument(BaseModel):
    text: str | None = None
    code: str | None = None
    canonical: str | None = None


class EventOut(BaseModel):
    id: int
    article_id: str
    type: str
    mode: str | None
    cameo: str | None
    quad: int | None
    goldstein: float | None
    source: ActorArgument
    target: ActorArgument
    negated: bool
    hypothetical: bool
    denied: bool
    reported_by: str | None
    location: str | None
    lat: float | None
    lon: float | None
    country: str | None = Field(description="ISO 3166-1 alpha-2 of the event place")
    date: str | None
    date_source: str | None
    evidence: tuple[int, int]
    evidence_text: str
    article_title: str | None
    article_date: str | None
    outlet: str | None
    cluster_id: int | None = Field(None, description="The cross-article event this report belongs to")
    num_articles: int | None = Field(None, description="Articles reporting that event")
    num_sources: int | None = Field(None, description="Distinct outlets reporting it (reprints count once)")
    num_mentions: int | None = Field(None, description="Reports (evidence spans) of it across articles")


class EventClusterOut(BaseModel):
    """One real-world event merged across articles; its reports are under ``/api/event-clusters/{id}/events``."""

    id: int
    type: str
    day: str = Field(description="YYYY-MM-DD, or YYYY-MM / YYYY when no report dates it to a day")
    source_code: str | None
    target_code: str | None
    place: str | None
    lat: float | None
    lon: float | None
    country: str | None
    num_articles: int
    num_sources: int = Field(description="Distinct outlets; an article without outlet counts under its story")
    num_stories: int = Field(description="Distinct near-duplicate stories (reprints and updates count once)")
    num_mentions: int


class QuoteOut(BaseModel):
    id: int
    article_id: str
    kind: str
    speaker_text: str | None
    speaker_code: str | None
    channel: str | None
    content: tuple[int, int]
    content_parts: list[tuple[int, int]] = Field(
        default_factory=list, description="The pieces of a quote split by its attribution, if it is split")
    content_text: str = Field(description="The quoted words; the pieces of a split quote joined by ' … '")
    article_title: str | None
    article_date: str | None


class ClaimOut(BaseModel):
    id: int
    article_id: str
    holder: str
    holder_code: str | None
    stance: str
    content: tuple[int, int]
    content_text: str
    article_title: str | None
    article_date: str | None


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None


class ActorOut(BaseModel):
    code: str
    canonical: str
    mentions: int
    articles: int


class NetworkNode(BaseModel):
    id: str
    mentions: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    conflict: int = Field(description="events of QuadClass 3 or 4")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class TimelinePoint(BaseModel):
    date: str
    type: str
    count: int


class IngestResult(BaseModel):
    stored: list[str]
    failures: list[dict[str, str]]


class Health(BaseModel):
    status: str
    version: str
    database: str
    articles: int
