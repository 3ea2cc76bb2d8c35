"""CAMEO <-> PLOVER facts and the pattern files, loaded once per process.

The crosswalk (``data/cameo_plover.csv``) is the single place where a CAMEO code gets its PLOVER type, default
mode and Goldstein weight, so patterns only name a CAMEO code and can never disagree with the crosswalk.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

#: PLOVER types whose event is something said rather than done to someone, and that take an event as content.
CONTENT_TYPES = ("AGREE", "REQUEST", "REJECT", "THREATEN")
COOPERATIVE_TYPES = ("CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE")
HOSTILE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST")


@dataclass(frozen=True)
class CameoCode:
    code: str
    type: str
    mode: str | None
    goldstein: float
    name: str

    @property
    def quad(self) -> int:
        """QuadClass from the CAMEO root: 01-05 verbal cooperation ... 14-20 material conflict."""
        root = int(self.code[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def data_path(name: str):
    return files("eventwire.events").joinpath("data", name)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load(data_path(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def cameo_table() -> dict[str, CameoCode]:
    lines = [line for line in data_path("cameo_plover.csv").read_text(encoding="utf-8").splitlines()
             if not line.startswith("#")]
    table = {}
    for row in csv.DictReader(lines):
        table[row["cameo"]] = CameoCode(row["cameo"], row["type"], row["mode"] or None, float(row["goldstein"]),
                                        row["name"])
    return table


def cameo(code: str) -> CameoCode:
    """The crosswalk entry of ``code``; a code the crosswalk lacks takes its parent's type and weight."""
    table = cameo_table()
    probe = code
    while probe and probe not in table:
        probe = probe[:-1]
    if not probe:
        raise KeyError(f"CAMEO code {code!r} is not in cameo_plover.csv")
    entry = table[probe]
    return entry if probe == code else CameoCode(code, entry.type, entry.mode, entry.goldstein, entry.name)


def content_code(family: str, content_type: str | None, content_cameo: str | None = None) -> str:
    """The CAMEO code of agreeing to / asking for / refusing / threatening an event of ``content_type``; a family
    listed in `content_acts` first reads the content's own CAMEO code, longest prefix first (a threat of sanctions
    is 1312, not the threat of force its PLOVER type COERCE would give)."""
    by_act = load_yaml("patterns.yaml")["content_acts"].get(family, {})
    for end in range(len(content_cameo or ""), 0, -1):
        if content_cameo[:end] in by_act:
            return by_act[content_cameo[:end]]
    codes = load_yaml("patterns.yaml")["content_codes"][family]
    return codes.get(content_type or "default", codes["default"])
