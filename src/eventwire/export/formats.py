"""Exporters: one small class per format over a shared start/write/finish base, streaming row by row."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import IO, ClassVar

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from eventwire import __version__
from eventwire.export.rows import EVENT_COLUMNS, NON_STATE_PREFIXES, date_parts, numeric_event_id, split_actor_code


class Exporter:
    """Writes event rows to ``path``; subclasses say how one row looks in their format."""

    name: ClassVar[str]
    suffix: ClassVar[str]

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.count = 0

    def __enter__(self) -> "Exporter":
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.finish()

    def start(self) -> None:
        self.handle: IO[str] = self.path.open("w", encoding="utf-8", newline="")

    def write(self, row: dict) -> None:
        self.count += 1

    def finish(self) -> None:
        self.handle.close()


class CsvExporter(Exporter):
    """The flat event table as CSV with a header row; empty cells for missing values."""

    name, suffix = "csv", ".csv"

    def start(self) -> None:
        super().start()
        self.writer = csv.DictWriter(self.handle, fieldnames=EVENT_COLUMNS)
        self.writer.writeheader()

    def write(self, row: dict) -> None:
        self.writer.writerow(row)
        super().write(row)


#: GDELT 2.0 event table columns, in the order of its codebook.
GDELT_COLUMNS = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"{actor}{field}" for actor in ("Actor1", "Actor2") for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{geo}_{field}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)

#: GDELT geographic resolution codes by eventwire place feature.
_GDELT_GEO_TYPE = {"country": 1, "us_state": 2, "us_city": 3, "city": 4, "adm1": 5, "region": 5}


class GdeltExporter(Exporter):
    """GDELT 2.0 event table: tab-separated, no header, codebook column order.

    Columns eventwire does not produce (ethnic and religion codes, tone, actor geographies, FIPS country codes of
    places) are left empty rather than invented; see docs in the README's export section.
    """

    name, suffix = "gdelt", ".tsv"

    def write(self, row: dict) -> None:
        values = dict.fromkeys(GDELT_COLUMNS, "")
        year, month, day = date_parts(row["date"])
        values.update(GlobalEventID=numeric_event_id(row["event_id"]), Year=year or "",
                      MonthYear=f"{year}{month:02d}" if year and month else "",
                      Day=f"{year}{month:02d}{day:02d}" if year and month and day else "",
                      FractionDate=_fraction_date(year, month, day))
        for actor, prefix in (("source", "Actor1"), ("target", "Actor2")):
            values.update(_gdelt_actor(row, actor, prefix))
        cameo = row["cameo"] or ""
        values.update(IsRootEvent=int(bool(row["in_first_paragraph"])), EventCode=cameo,
                      EventBaseCode=cameo[:3], EventRootCode=cameo[:2], QuadClass=row["quad"] or "",
                      GoldsteinScale="" if row["goldstein"] is None else row["goldstein"],
                      NumMentions=row["num_mentions"], NumSources=1, NumArticles=1,
                      DATEADDED=_date_added(row["ingested_at"]), SOURCEURL=row["url"] or "")
        if row["lat"] is not None:
            values.update({"ActionGeo_Type": _GDELT_GEO_TYPE.get(row["feature"] or "", ""),
                           "ActionGeo_FullName": row["location"] or "", "ActionGeo_Lat": row["lat"],
                           "ActionGeo_Long": row["lon"], "ActionGeo_FeatureID": row["geonameid"] or ""})
        self.handle.write("\t".join(_tsv(values[c]) for c in GDELT_COLUMNS) + "\n")
        super().write(row)


def _gdelt_actor(row: dict, actor: str, prefix: str) -> dict:
    code = row[f"{actor}_code"] or ""
    if not code:
        return {}
    name = row[f"{actor}_canonical"] or row[f"{actor}_text"] or ""
    country, sector = split_actor_code(code)
    return {f"{prefix}Code": code, f"{prefix}Name": name.upper(), f"{prefix}CountryCode": country,
            f"{prefix}Type1Code": sector[:3]}


def _fraction_date(year, month, day) -> str:
    if not (year and month and day):
        return ""
    return f"{year + (date(year, month, day).timetuple().tm_yday - 1) / 365:.4f}"


def _date_added(ingested_at: str | None) -> str:
    return "".join(ch for ch in (ingested_at or "") if ch.isdigit())[:14]


def _tsv(value) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


class PloverExporter(Exporter):
    """PLOVER JSON records, one per line (the manual's suggested JSONL), with eventwire's extras named plainly."""

    name, suffix = "plover", ".jsonl"

    def write(self, row: dict) -> None:
        record = {
            "id": row["event_id"], "date": row["date"] or row["article_date"],
            "actor": [_plover_entity(row, "source")], "recipient": [_plover_entity(row, "target")],
            "event": [row["type"]], "mode": [row["mode"]] if row["mode"] else [],
            "quad_code": row["quad"], "event_text": [row["evidence_text"]],
            "event_loc": _plover_location(row),
            "text_info": {"start": row["evidence_start"], "end": row["evidence_end"]},
            "cite_info": {"url": row["url"], "title": row["article_title"], "publication": row["outlet"],
                          "language": "en", "coder": f"eventwire {__version__}", "codebook": "plover-2.0"},
            "coder": f"eventwire {__version__}",
            "cameo": row["cameo"], "goldstein": row["goldstein"], "negated": row["negated"],
            "hypothetical": row["hypothetical"], "denied": row["denied"], "reported_by": row["reported_by"],
            "date_source": row["date_source"], "article_id": row["article_id"],
        }
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        super().write(row)


def _plover_entity(row: dict, actor: str) -> dict:
    code = row[f"{actor}_code"] or ""
    country, sector = split_actor_code(code)
    state = not code.startswith(NON_STATE_PREFIXES)
    return {"code": country if state else code, "sector": sector if state else "",
            "entity_text": row[f"{actor}_text"] or "", "identifier_text": row[f"{actor}_canonical"] or ""}


def _plover_location(row: dict) -> dict | None:
    if not row["location"]:
        return None
    return {"extracted_place": row["location"], "resolved_place": row["location"], "geonameid": row["geonameid"],
            "lat": row["lat"], "lon": row["lon"], "province": row["admin1"], "country_code": row["country"]}


_ARROW_TYPES = {"quad": pa.int8(), "goldstein": pa.float64(), "negated": pa.bool_(), "hypothetical": pa.bool_(),
                "denied": pa.bool_(), "lat": pa.float64(), "lon": pa.float64(), "geonameid": pa.int64(),
                "evidence_start": pa.int64(), "evidence_end": pa.int64(), "num_mentions": pa.int32(),
                "confidence": pa.float64(), "in_first_paragraph": pa.bool_()}
PARQUET_SCHEMA = pa.schema([(c, _ARROW_TYPES.get(c, pa.string())) for c in EVENT_COLUMNS]
                           + [("year", pa.int32())])
#: The one file of an export with no events, beside the partitions it does not have: the folder exists and readers
#: see every column, as a CSV export of no events still has its header.
EMPTY_PARQUET_FILE = "part-empty.parquet"


class ExportTargetError(ValueError):
    """The output path cannot take this export (say, a folder holding other files): nothing was written."""


class ParquetExporter(Exporter):
    """The flat event table as a Parquet dataset partitioned by event year (hive style: ``year=2022/``).

    Rows are buffered in batches, so memory stays flat on any corpus; pandas and duckdb read the folder directly.
    Exporting again to the same folder replaces the earlier export, as it would a CSV file.
    """

    name, suffix = "parquet", ""
    BATCH_ROWS = 50_000
    #: Partition of events with no date at all, neither theirs nor their article's: a null partition key would
    #: make pandas refuse the whole dataset ("Cannot yet unify dictionaries with nulls"), and no event is of year 0.
    UNDATED_YEAR = 0

    def start(self) -> None:
        _remove_earlier_export(self.path)
        self.buffer: list[dict] = []
        self.part = 0

    def write(self, row: dict) -> None:
        year = date_parts(row["date"])[0] or date_parts(row["article_date"])[0] or self.UNDATED_YEAR
        self.buffer.append({**row, "year": year})
        if len(self.buffer) >= self.BATCH_ROWS:
            self._flush()
        super().write(row)

    def _flush(self) -> None:
        if not self.buffer:
            return
        table = pa.Table.from_pylist(self.buffer, schema=PARQUET_SCHEMA)
        ds.write_dataset(table, self.path, format="parquet", partitioning=["year"], partitioning_flavor="hive",
                         basename_template=f"part-{self.part}-{{i}}.parquet",
                         existing_data_behavior="overwrite_or_ignore")
        self.part += 1
        self.buffer = []

    def finish(self) -> None:
        self._flush()
        if not self.count:
            self.path.mkdir(parents=True, exist_ok=True)
            pq.write_table(PARQUET_SCHEMA.empty_table(), self.path / EMPTY_PARQUET_FILE)


def _remove_earlier_export(path: Path) -> None:
    """Delete the part files an earlier export left in ``path`` (else partitions this export does not write, say
    years a filter now leaves out, would still be read with it); a folder holding anything else is refused."""
    if path.is_file():
        raise ExportTargetError(f"{path} is a file: a Parquet export is a folder")
    if not path.exists():
        return
    parts = set(path.glob("year=*/part-*.parquet")) | set(path.glob(EMPTY_PARQUET_FILE))
    others = [p for p in path.rglob("*") if p.is_file() and p not in parts]
    if others:
        raise ExportTargetError(f"{path} holds files that are not an eventwire Parquet export (such as "
                                f"{others[0].relative_to(path)}): choose a new or empty folder")
    for part in parts:
        part.unlink()
    for partition in path.glob("year=*"):
        if partition.is_dir() and not any(partition.iterdir()):
            partition.rmdir()


EXPORTERS: dict[str, type[Exporter]] = {cls.name: cls for cls in (GdeltExporter, PloverExporter, CsvExporter,
                                                                   ParquetExporter)}
