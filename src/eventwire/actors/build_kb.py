"""Convert the Phoenix (PETRARCH2) actor and agent dictionaries into the CSV files under ``data/``.

Run once by a maintainer, not at run time:

    python -m eventwire.actors.build_kb PATH/TO/petrarch2/petrarch2/data/dictionaries

The Phoenix dictionaries are MIT-licensed (c) 2014 Open Event Data Alliance; each output keeps that notice in
its header. TABARI syntax: a line starts an entry, ``+NAME`` lines add synonyms, ``[CODE yymmdd-yymmdd]`` lines
(or the same brackets inline) give date-ranged codes, ``_`` joins words and ``#`` starts a comment.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"
NOTICE = (
    "# Converted by eventwire/actors/build_kb.py from the Phoenix dictionaries of github.com/openeventdata/petrarch2\n"
    "# (petrarch2/data/dictionaries/{source}). The MIT License (MIT), Copyright (c) 2014 Open Event Data Alliance.\n"
    "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated\n"
    "# documentation files, to deal in the Software without restriction (full text: src/eventwire/actors/NOTICE).\n"
)
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^\d{6}$|^\d{8}$")


@dataclass
class Entry:
    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # "CODE start end" with ISO dates or empty parts


def phrase(raw: str) -> str:
    """``PRESIDENT_VLADIMIR_PUTIN_`` -> ``president vladimir putin``."""
    text = re.sub(r"\([^)]*\)", " ", raw.replace("_", " ").replace("{}", " "))
    return " ".join(text.split()).lower()


def iso_date(raw: str) -> str:
    """TABARI dates are yymmdd (years up to 30 read as 20yy) or yyyymmdd; malformed ones become empty."""
    if not _DATE.match(raw):
        return ""
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year <= 30 else 1900 + year}{raw[2:]}"
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"


def coded_role(bracket: str) -> str | None:
    """``RUSGOV 991231-080507`` -> ``RUSGOV 1999-12-31 2008-05-07``; ``>080508`` and ``<080508`` are open ranges."""
    parts = bracket.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    start = end = ""
    span = "".join(parts[1:])
    if span.startswith(">"):
        start = iso_date(span[1:])
    elif span.startswith("<"):
        end = iso_date(span[1:])
    elif "-" in span:
        first, _, last = span.partition("-")
        start, end = iso_date(first), iso_date(last)
    return f"{_fix_country(parts[0])} {start or '-'} {end or '-'}"


#: Country prefixes the Phoenix dictionaries misspell (UNITA is coded ANGREB; Angola is AGO in CAMEO and ISO).
COUNTRY_TYPOS = {"ANG": "AGO"}


def _fix_country(code: str) -> str:
    return COUNTRY_TYPOS.get(code[:3], code[:3]) + code[3:]


def parse_actor_file(text: str) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    for raw_line in text.splitlines():
        line = raw_line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        name_part = _CODE.sub("", line).strip()
        codes = [c for c in map(coded_role, _CODE.findall(line)) if c]
        is_synonym = name_part.startswith("+")
        if name_part and not is_synonym and (current is None or current.codes):
            current = Entry()
            entries.append(current)
        if current is None:
            continue
        if name_part:
            current.names.append(phrase(name_part.lstrip("+")))
        current.codes.extend(codes)
    return [e for e in entries if e.names and e.codes]


def write_actors(source_dir: Path) -> int:
    rows = []
    for filename in ACTOR_FILES:
        for entry in parse_actor_file((source_dir / filename).read_text(encoding="utf-8", errors="replace")):
            names = list(dict.fromkeys(n for n in entry.names if n))
            rows.append((names[0], "|".join(names[1:]), ";".join(dict.fromkeys(entry.codes)), filename))
    with open(DATA / "phoenix_actors.csv", "w", encoding="utf-8", newline="") as out:
        out.write(NOTICE.format(source=", ".join(ACTOR_FILES)))
        writer = csv.writer(out)
        writer.writerow(("name", "aliases", "roles", "source"))
        writer.writerows(rows)
    return len(rows)


def plurals(word: str, explicit: str | None) -> list[str]:
    if explicit:
        return [phrase(explicit)]
    if explicit == "" or word.endswith(("s", "men")):
        return []  # already plural, or declared without one
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith("man"):
        return [word[:-3] + "men"]
    return [word + "s"]


def parse_agents(text: str) -> list[tuple[str, str]]:
    """Agent phrases with their sector, macros (``!PERSON!``) expanded and plurals generated."""
    macros: dict[str, list[str]] = {}
    rows: list[tuple[str, str]] = []
    for raw_line in text.splitlines():
        line = raw_line.split("#", 1)[0].strip()
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        coded = re.match(r"^([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]", line)
        if not coded:
            continue
        stem, plural, sector = coded.groups()
        for variant in expand_macros(stem, macros):
            singular = phrase(variant)
            for form in [singular, *plurals(singular, phrase(plural) if plural is not None else None)]:
                rows.append((form, sector))
    return list(dict.fromkeys(rows))


def expand_macros(stem: str, macros: dict[str, list[str]]) -> list[str]:
    for macro, words in macros.items():
        if macro in stem:
            return [v for word in words for v in expand_macros(stem.replace(macro, word), macros)]
    return [stem]


def write_agents(source_dir: Path) -> int:
    rows = parse_agents((source_dir / AGENT_FILE).read_text(encoding="utf-8", errors="replace"))
    with open(DATA / "phoenix_agents.csv", "w", encoding="utf-8", newline="") as out:
        out.write(NOTICE.format(source=AGENT_FILE))
        writer = csv.writer(out)
        writer.writerow(("phrase", "sector"))
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str]) -> None:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    source_dir = Path(argv[0])
    print(f"actors: {write_actors(source_dir)} entries; agents: {write_agents(source_dir)} phrases")


if __name__ == "__main__":
    main(sys.argv[1:])
