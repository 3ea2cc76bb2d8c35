"""One flat row per event: the shared shape behind the CSV, Parquet and GDELT exports, and their filters."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire.actors.resolve import NON_STATE_PREFIXES
from eventwire.document import UNKNOWN_COUNTRY, Document, Event
from eventwire.filter_dates import check_filter_date, date_upper_bound

#: Column order of the flat event table (CSV and Parquet). Read back, these columns rebuild the events.
EVENT_COLUMNS = (
    "event_id", "article_id", "date", "date_source", "type", "mode", "cameo", "quad", "goldstein",
    "source_text", "source_code", "source_canonical", "target_text", "target_code", "target_canonical",
    "negated", "hypothetical", "denied", "reported_by", "location", "lat", "lon", "country", "admin1", "geonameid",
    "feature", "evidence_start", "evidence_end", "evidence_text", "num_mentions", "confidence", "rule",
    "article_date", "article_title", "outlet", "url", "in_first_paragraph", "ingested_at",
)


@dataclass
class EventFilter:
    """The filters every export shares with the API; empty fields do not filter."""

    types: tuple[str, ...] = ()
    quad: int | None = None
    country: str | None = None  # source or target actor country (ISO alpha-3)
    date_from: str | None = None  # YYYY[-MM[-DD]], compared with the event date (or its article's)
    date_to: str | None = None
    text: str | None = None  # case-insensitive substring of the evidence

    def __post_init__(self) -> None:
        """A date the comparison cannot use ("yesterday", "2016-02-30") would filter silently wrong: refused."""
        for name in ("date_from", "date_to"):
            try:
                check_filter_date(getattr(self, name))
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from exc

    def accepts(self, row: dict) -> bool:
        day = (row["date"] or row["article_date"] or "")[:10]
        checks = (
            not self.types or row["type"] in self.types,
            self.quad is None or row["quad"] == self.quad,
            not self.country or self.country.upper() in {(row["source_code"] or "")[:3],
                                                         (row["target_code"] or "")[:3]},
            not self.date_from or (day and day >= self.date_from),
            # a month or year bound takes in all its days, as in the API: "2022-02" keeps 2022-02-25
            not self.date_to or (day and day <= date_upper_bound(self.date_to)),
            not self.text or self.text.casefold() in row["evidence_text"].casefold(),
        )
        return all(checks)


def split_actor_code(code: str) -> tuple[str, str]:
    """(country, the rest) of a CAMEO-style code: "RUSGOVMIL" -> ("RUS", "GOVMIL"), "---LEG" -> ("", "LEG")
    (a country the text does not name), an organisation "IGOWSTNAT" -> ("", "IGO")."""
    if code.startswith(NON_STATE_PREFIXES):
        return "", code[:3]
    return ("" if code.startswith(UNKNOWN_COUNTRY) else code[:3]), code[3:]


def event_id(article_id: str, index: int) -> str:
    return f"{article_id}-{index}"


def numeric_event_id(event_key: str) -> int:
    """A stable positive integer for formats that want numeric ids (GDELT's GlobalEventID)."""
    return int(hashlib.sha1(event_key.encode()).hexdigest()[:15], 16)


#: The only annotation list :func:`event_rows` reads (the rest of a row is article fields): what every export
#: asks the store for, since loading an article's entities, quotes or timexes too took most of an export's time.
EVENT_ROW_ANNOTATIONS = ("events",)


def event_rows(documents: Iterable[Document], event_filter: EventFilter | None = None) -> Iterator[dict]:
    """Flatten the events of each document into rows, keeping only those the filter accepts.

    Documents loaded with only :data:`EVENT_ROW_ANNOTATIONS` give the same rows as fully loaded ones."""
    event_filter = event_filter or EventFilter()
    for doc in documents:
        first_paragraph_end = doc.paragraphs[0][1] if doc.paragraphs else len(doc.text)
        for index, event in enumerate(doc.events):
            row = _row(doc, index, event, first_paragraph_end)
            if event_filter.accepts(row):
                yield row


def _row(doc: Document, index: int, event: Event, first_paragraph_end: int) -> dict:
    source, target, place = event.source, event.target, event.place
    return {
        "event_id": event_id(doc.id, index), "article_id": doc.id, "date": event.date,
        "date_source": event.date_source, "type": event.type, "mode": event.mode, "cameo": event.cameo,
        "quad": event.quad, "goldstein": event.goldstein,
        "source_text": source.text if source else None, "source_code": source.code if source else None,
        "source_canonical": source.canonical if source else None,
        "target_text": target.text if target else None, "target_code": target.code if target else None,
        "target_canonical": target.canonical if target else None,
        "negated": event.negated, "hypothetical": event.hypothetical,
        "denied": event.denied, "reported_by": event.reported_by,
        "location": event.location, "lat": place.lat if place else None, "lon": place.lon if place else None,
        "country": place.country if place else None, "admin1": place.admin1 if place else None,
        "geonameid": place.geonameid if place else None, "feature": place.feature if place else None,
        "evidence_start": event.evidence[0], "evidence_end": event.evidence[1],
        "evidence_text": doc.text[event.evidence[0]:event.evidence[1]],
        "num_mentions": 1 + len(event.extra_evidence), "confidence": event.confidence, "rule": event.rule,
        "article_date": doc.date, "article_title": doc.title, "outlet": doc.outlet, "url": doc.url,
        "in_first_paragraph": event.evidence[0] < first_paragraph_end,
        "ingested_at": doc.meta.get("ingested_at"),
    }


def date_parts(value: str | None) -> tuple[int | None, int | None, int | None]:
    """Year, month and day of a TIMEX3 date value, as far as it is precise ("2022-W08" gives only the year)."""
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d|-W)", value or "")
    if not match:
        week = re.match(r"(\d{4})-W\d{2}", value or "")
        return (int(week.group(1)), None, None) if week else (None, None, None)
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None
