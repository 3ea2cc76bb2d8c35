"""Convert nomquamgender's name table into ``data/first_names.csv``: first names that are strongly gendered.

Run once by a maintainer, not at run time (``pip install nomquamgender`` first, or pass its ``name_data.json``):

    python -m eventwire.actors.build_names [PATH/TO/name_data.json]

Why: "her" must not refer back to "Barack Obama". nomquamgender (MIT, (c) 2022 Ian Van Buskirk) gives, per name,
how many sources and counts it rests on and the share of women among its bearers; a name is kept when enough
data backs it and at least nine in ten of its bearers are men, or four in five women: "she" needs a person known
to be a woman (:func:`eventwire.actors.gender.agrees`), so a woman's name left ungendered costs more than a man's
("Nikki", "Kelly", "Gabby" are 84-89 % women). The notice travels in the output's header.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
OUTPUT = DATA / "first_names.csv"
MIN_SOURCES = 2
MIN_COUNT = 50
MEN_MAX_FEMALE_SHARE = 0.1  # a man's name when at most this share of its bearers are women
WOMEN_MIN_FEMALE_SHARE = 0.8  # a woman's name from this share
NAME = re.compile(r"[a-z]+(?:-[a-z]+)?")
NOTICE = (
    "# Converted by eventwire/actors/build_names.py from nomquamgender 0.1.4 (github.com/ianvanbuskirk/nomquamgender,\n"
    "# name_data.json): names with >= {sources} sources and >= {count} counts whose share of women is <= {low} (m) or\n"
    "# >= {high} (f). The MIT License (MIT), Copyright (c) 2022 Ian Van Buskirk\n"
    "# (full text: src/eventwire/actors/NOTICE).\n"
)


def gendered_names(table: dict[str, list]) -> dict[str, str]:
    """name -> "f" or "m" for the names the table is confident about."""
    kept = {}
    for name, (sources, count, share_female, *_rest) in table.items():
        if not NAME.fullmatch(name) or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if share_female >= WOMEN_MIN_FEMALE_SHARE:
            kept[name] = "f"
        elif share_female <= MEN_MAX_FEMALE_SHARE:
            kept[name] = "m"
    return kept


def write(names: dict[str, str], path: Path = OUTPUT) -> None:
    header = NOTICE.format(sources=MIN_SOURCES, count=MIN_COUNT, low=MEN_MAX_FEMALE_SHARE, high=WOMEN_MIN_FEMALE_SHARE)
    rows = "".join(f"{name},{gender}\n" for name, gender in sorted(names.items()))
    path.write_text(header + "name,gender\n" + rows, encoding="utf-8")


def _default_source() -> Path:
    import importlib.resources
    return Path(str(importlib.resources.files("nomquamgender") / "name_data.json"))


def main(argv: list[str]) -> None:
    source = Path(argv[0]) if argv else _default_source()
    names = gendered_names(json.loads(source.read_text(encoding="utf-8")))
    write(names)
    print(f"{len(names)} names -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
