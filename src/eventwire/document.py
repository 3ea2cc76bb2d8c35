"""The one document model every stage reads and extends.

Every annotation points at characters of ``Document.text`` (0-based, end-exclusive, Python slicing), so a fact
can always be shown next to the words it came from. Field names follow the gold formats in
``shared/gold/FORMAT.md`` so that a document serialises straight into a prediction line.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Self

Span = tuple[int, int]


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Entity:
    """A named-entity mention, with the coarse label of the gold format and spaCy's own label."""

    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC
    text: str = ""
    spacy_label: str = ""


#: The country part of a CAMEO code whose actor the text gives no country for: "---LEG", "---REB".
UNKNOWN_COUNTRY = "---"


@dataclass
class ActorMention:
    """A mention resolved to an actor: a CAMEO-style code (country + sector) and a canonical name."""

    start: int
    end: int
    code: str
    canonical: str
    text: str = ""
    kind: str = "name"  # name | description | pronoun | metonym | demonym
    role: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    actor_id: str | None = None  # the same real-world actor within the article shares one id


@dataclass
class ActorRef:
    """An event argument: the text as written and the actor it resolves to."""

    text: str = ""
    code: str | None = None
    canonical: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Timex:
    """A TIMEX3 expression normalised against the article date (``dct``)."""

    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str
    text: str = ""
    anchor: str | None = None  # why this value: e.g. "dct", "weekday-past", "year-from-context"


@dataclass
class Place:
    """A toponym placed on the map."""

    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    feature: str | None = None  # country | adm1 | city | region | continent | ...
    geonameid: int | None = None
    text: str = ""
    metonym: bool = False  # "Moscow said": an actor, not an event location


@dataclass
class Quote:
    """Reported speech. ``content_parts`` holds the pieces of a quote split by its attribution."""

    content: Span
    kind: str  # direct | indirect | mixed
    speaker: Span | None = None
    speaker_text: str | None = None
    speaker_code: str | None = None
    cue: Span | None = None
    content_parts: list[Span] = field(default_factory=list)
    channel: str | None = None  # "Interfax" in "Interfax quoted him as saying"
    channel_span: Span | None = None

    def quoted_text(self, text: str) -> str:
        """The words quoted, without the attribution that splits them: '"We will win," he said, "and soon."'
        reads "We will win, … and soon." ``text`` is the article's text."""
        return quoted_words(text[self.content[0]:self.content[1]], self.content[0], self.content_parts)


@dataclass
class Claim:
    """A statement presented as someone's claim, and how the outlet frames it."""

    content: Span
    holder: str
    stance: str  # endorsed | neutral | disputed
    cue: Span | None = None
    holder_code: str | None = None


@dataclass
class Event:
    """Who did what to whom, coded in PLOVER and CAMEO, with its evidence."""

    type: str
    evidence: Span
    mode: str | None = None
    cameo: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    negated: bool = False
    hypothetical: bool = False
    denied: bool = False  # reported only as denied by its alleged doer ("Russia denied shelling the plant")
    reported_by: str | None = None  # the speaker whose quote carries the event
    location: str | None = None
    place: Place | None = None
    date: str | None = None
    date_source: str | None = None  # clause | sentence | article
    trigger: Span | None = None
    extra_evidence: list[Span] = field(default_factory=list)
    sentence: int | None = None
    confidence: float = 1.0
    rule: str | None = None  # which pattern or model coded it: the answer to "why this event?"


@dataclass
class Document:
    """An article and everything eventwire found in it."""

    text: str
    id: str = ""
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD publication date, the anchor for relative dates
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    photo_credit: str | None = None
    related: list[str] = field(default_factory=list)
    source: str | None = None  # where it was read from: path, path:line
    format: str | None = None  # seed | html | jsonl | text
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # a stage that failed on this article says why here
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text, self.title)
        if not self.paragraphs:
            self.paragraphs = paragraph_spans(self.text)

    def span_text(self, span: Span) -> str:
        return self.text[span[0]:span[1]]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence that contains character ``offset`` (sentences are kept in text order)."""
        index = bisect.bisect_right(self.sentences, offset, key=lambda sentence: sentence.start) - 1
        return index if index >= 0 and offset < self.sentences[index].end else None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(dataclasses.asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return _build(cls, data)


@dataclass
class Failure:
    """An input that could not become a document, with a one-line reason a person can act on."""

    source: str
    reason: str
    code: str  # short stable code: empty | binary | encoding | too-large | html | json | date | io | stage
    stage: str = "ingest"


def quoted_words(content_text: str, content_start: int, parts: list[Span]) -> str:
    """The text of a quote's ``parts`` joined by an ellipsis, cut from its whole content (which starts at
    ``content_start`` of the article); the whole content when it comes in one piece."""
    if len(parts) < 2:
        return content_text
    return " … ".join(content_text[start - content_start:end - content_start].strip() for start, end in parts)


def content_id(text: str, title: str | None = None) -> str:
    """A stable id from normalised content: the same article read twice, or from another format, keeps its id."""
    normal = unicodedata.normalize("NFKC", f"{title or ''}\n{text}").casefold()
    normal = re.sub(r"\W+", " ", normal).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs are runs of text separated by blank lines."""
    spans = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", text, flags=re.S):
        spans.append((match.start(), match.end()))
    return spans


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_drop_none(v) for v in value]
    return value


_NESTED: dict[str, type] = {
    "sentences": Sentence, "entities": Entity, "actors": ActorMention, "events": Event, "quotes": Quote,
    "claims": Claim, "places": Place, "timexes": Timex, "source": ActorRef, "target": ActorRef, "place": Place,
}
_SPAN_FIELDS = {"content", "speaker", "cue", "channel_span", "evidence", "trigger"}
_SPAN_LIST_FIELDS = {"content_parts", "extra_evidence", "paragraphs"}


def _build(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a dataclass tree from ``to_dict`` output (lists back to span tuples, dicts back to classes)."""
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        if key in _SPAN_FIELDS and value is not None:
            value = tuple(value)
        elif key in _SPAN_LIST_FIELDS:
            value = [tuple(v) for v in value]
        elif key in _NESTED and key != "source" or (key == "source" and cls is Event):
            nested = _NESTED[key]
            if isinstance(value, list):
                value = [_build(nested, v) for v in value]
            elif isinstance(value, dict):
                value = _build(nested, value)
        kwargs[key] = value
    return cls(**kwargs)
