"""A person's gender, where the text or the name says it, so that "she" does not refer back to "Barack Obama".

One rule for every stage that resolves pronouns (actors, quote speakers): an honorific before the name ("Mrs.
May"), a gendered title in the mention ("spokeswoman", "king"; lists in ``data/rules.yaml``) or a first name
that nine in ten of its bearers share as men, or four in five as women (``data/first_names.csv``, see
:mod:`eventwire.actors.build_names`).
Anything else is unknown: ``None``, compatible with either pronoun.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from eventwire.actors.mentions import rules

FIRST_NAMES = Path(__file__).resolve().parent / "data" / "first_names.csv"
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
HONORIFIC_GENDER = {"mr": "m", "mister": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f",
                    "madam": "f", "dame": "f", "lady": "f"}
#: A capitalised honorific ending the text before a name ("... said Mrs. "; "to miss " is no honorific).
HONORIFIC = re.compile(r"\b(" + "|".join(word.capitalize() for word in HONORIFIC_GENDER) + r")\.?\s*$")
GENDERED_TITLES = {"f": "female_titles", "m": "male_titles"}


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Strongly gendered first names, lower case: "angela" -> "f" (56,000 rows; a plain two-column reader is five
    times faster than ``csv``)."""
    rows = [line.split(",", 1) for line in FIRST_NAMES.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return dict(rows[1:])  # after the header row


def honorific_gender(text_before: str) -> str | None:
    """The gender of a capitalised honorific ending ``text_before`` ("... said Mrs. "), else None."""
    honorific = HONORIFIC.search(text_before[-10:])
    return HONORIFIC_GENDER[honorific.group(1).lower()] if honorific else None


def person_gender(text_before: str, mention: str, name: str) -> str | None:
    """"f", "m" or None for a person mentioned as ``mention`` (title words included) whose name is ``name``;
    ``text_before`` is the text just before the mention, where an honorific may stand."""
    honorific = honorific_gender(text_before)
    if honorific:
        return honorific
    words = mention.lower().split()
    titled = next((gender for gender, titles in GENDERED_TITLES.items()
                   for word in words if word in rules()[titles]), None)
    if titled:
        return titled
    first = name.split()[0].lower() if name.split() else ""
    return first_name_genders().get(first)


def agrees(person: str | None, pronoun: str) -> bool:
    """Whether a person of gender ``person`` (None: unknown) can be what a pronoun of gender ``pronoun`` stands for.
    News names far more men than women, so "she" needs a person known to be a woman (an unknown-gender "Bernie
    Sanders" took most of Hillary Clinton's "her"), while "he" may take a person of unknown gender."""
    return person == pronoun or (person is None and pronoun == "m")
