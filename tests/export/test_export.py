"""Exports: every format written, read back, gives the same events; missing fields stay empty."""

import csv
import json

import pyarrow.dataset as ds
import pytest

from eventwire.document import ActorRef, Document, Event, Place
from eventwire.export import EVENT_COLUMNS, EventFilter, export_documents
from eventwire.export.formats import GDELT_COLUMNS
from eventwire.export.rows import date_parts, split_actor_code

TEXT = ("Russian forces encircled Kyiv on Friday. Putin spoke with Xi by phone.\n\n"
        "Protesters marched in Minsk in 2014.")


def _documents():
    kyiv = Place(25, 29, "Kyiv", 50.45, 30.52, "UA", feature="city", geonameid=703448)
    doc = Document(TEXT, title="Kyiv encircled", date="2022-02-25", url="https://example.org/a", outlet="Example")
    doc.meta["ingested_at"] = "2022-02-25T10:11:12"
    doc.events = [
        Event("COERCE", (0, 29), mode="restrict", cameo="191", quad=4, goldstein=-9.5,
              source=ActorRef("Russian forces", "RUSMIL", "Russian armed forces"), target=ActorRef("Kyiv", "UKR"),
              location="Kyiv", place=kyiv, date="2022-02-25", date_source="clause"),
        Event("CONSULT", (41, 71), mode="phone", cameo="041", quad=1, goldstein=1.0,
              source=ActorRef("Putin", "RUSGOV"), target=ActorRef("Xi", "CHNGOV"), date="2022-W08",
              hypothetical=True),
        Event("PROTEST", (73, 108), cameo="141", quad=3, source=ActorRef("Protesters", "BLRCVL"), date="2014"),
    ]
    return [doc, Document("Nothing happened here.")]


def test_export_csv_round_trip(tmp_path):
    path = tmp_path / "events.csv"
    assert export_documents(_documents(), "csv", path) == 3
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["type"] for r in rows] == ["COERCE", "CONSULT", "PROTEST"]
    assert rows[0]["evidence_text"] == "Russian forces encircled Kyiv"
    assert list(rows[0]) == list(EVENT_COLUMNS)


def test_export_parquet_round_trip_partitioned_by_year(tmp_path):
    path = tmp_path / "events"
    export_documents(_documents(), "parquet", path)
    table = ds.dataset(path, format="parquet", partitioning="hive").to_table()
    rows = sorted(table.to_pylist(), key=lambda r: r["event_id"])
    assert [r["type"] for r in rows] == ["COERCE", "CONSULT", "PROTEST"]
    assert {r["year"] for r in rows} == {2022, 2014}
    assert rows[0]["lat"] == pytest.approx(50.45) and rows[1]["hypothetical"] is True
    assert sorted(p.name for p in path.iterdir()) == ["year=2014", "year=2022"]


def test_export_gdelt_columns_and_empty_unknowns(tmp_path):
    path = tmp_path / "events.tsv"
    export_documents(_documents(), "gdelt", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert len(GDELT_COLUMNS) == 61 and all(len(line.split("\t")) == 61 for line in lines)
    coerce, consult, protest = rows
    assert (coerce["Day"], coerce["EventCode"], coerce["EventRootCode"], coerce["QuadClass"]) == (
        "20220225", "191", "19", "4")
    assert (coerce["Actor1Code"], coerce["Actor1CountryCode"], coerce["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert coerce["ActionGeo_Lat"] == "50.45" and coerce["DATEADDED"] == "20220225101112"
    assert consult["Day"] == "" and consult["Year"] == "2022"  # a week is not invented into a day
    assert protest["AvgTone"] == "" and protest["Actor2Code"] == "" and protest["IsRootEvent"] == "0"


def test_export_plover_json_records(tmp_path):
    path = tmp_path / "events.jsonl"
    export_documents(_documents(), "plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records[1]["event"] == ["CONSULT"] and records[1]["mode"] == ["phone"]
    assert records[1]["actor"][0] == {"code": "RUS", "sector": "GOV", "entity_text": "Putin", "identifier_text": ""}
    assert records[0]["event_loc"]["geonameid"] == 703448
    assert records[2]["date"] == "2014" and records[2]["quad_code"] == 3
    assert (records[1]["hypothetical"], records[1]["negated"], records[1]["denied"]) == (True, False, False)


def test_export_filters(tmp_path):
    path = tmp_path / "events.csv"
    assert export_documents(_documents(), "csv", path, EventFilter(country="CHN")) == 1
    assert export_documents(_documents(), "csv", path, EventFilter(date_from="2020-01-01")) == 2
    assert export_documents(_documents(), "csv", path, EventFilter(types=("PROTEST",), quad=3)) == 1
    assert export_documents(_documents(), "csv", path, EventFilter(text="KYIV")) == 1


def test_export_gdelt_actor_without_country_or_state(tmp_path):
    doc = Document("Senator Jane Doe praised NATO.", date="2016-02-23")
    doc.events = [Event("SUPPORT", (0, 30), cameo="051", quad=1, source=ActorRef("Senator Jane Doe", "---LEG"),
                        target=ActorRef("NATO", "IGOWSTNAT"))]
    path = tmp_path / "events.tsv"
    export_documents([doc], "gdelt", path)
    row = dict(zip(GDELT_COLUMNS, path.read_text(encoding="utf-8").splitlines()[0].split("\t")))
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("---LEG", "", "LEG")
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == ("IGOWSTNAT", "", "IGO")


@pytest.mark.parametrize("code, parts", [("RUSGOVMIL", ("RUS", "GOVMIL")), ("---REB", ("", "REB")),
                                         ("NGOUSAHRI", ("", "NGO")), ("", ("", ""))])
def test_export_actor_code_splits_into_country_and_rest(code, parts):
    assert split_actor_code(code) == parts


def test_export_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export_documents([], "xml", tmp_path / "x")


@pytest.mark.parametrize("value, parts", [("2022-02-25", (2022, 2, 25)), ("2022-W08", (2022, None, None)),
                                          ("2022-02", (2022, 2, None)), ("PRESENT_REF", (None, None, None)),
                                          ("2022-02-25TMO", (2022, 2, 25))])
def test_export_date_parts_keep_only_the_precision_given(value, parts):
    assert date_parts(value) == parts
