"""The quotes stage's data files, loaded once per process."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """A YAML file from ``quotes/data`` as a mapping."""
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8")) or {}


def lexicon() -> dict[str, Any]:
    return load("lexicon.yaml")


@lru_cache(maxsize=None)
def cue_table() -> dict[str, tuple[int, int]]:
    """Frame key -> (attributions, occurrences) in PolNeAR train (JSON: it is large and machine-written)."""
    frames = json.loads((DATA / "cue_frames.json").read_text(encoding="utf-8"))["frames"]
    return {key: tuple(counts) for key, counts in frames.items()}


def frame_precision(full_key: str, key: str) -> float | None:
    """Train precision of a frame, by its speaker-specific key when seen often enough, else its back-off key;
    None when the frame is too rare or too unreliable to report."""
    limits = lexicon()["thresholds"]
    table = cue_table()
    hits, total = table.get(full_key, (0, 0))
    if total < limits["min_specific"]:
        hits, total = table.get(key, (0, 0))
    precision = hits / (total + 1)
    if hits >= limits["min_support"] and precision >= limits["min_precision"]:
        return precision
    return None


@lru_cache(maxsize=None)
def pronoun_classes() -> dict[str, str]:
    """Lower-case pronoun -> its class (male, female, plural, neuter, first_person, relative)."""
    return {word: cls for cls, words in lexicon()["pronouns"].items() for word in words}
