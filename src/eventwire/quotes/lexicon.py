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
def _learnt() -> dict[str, Any]:
    return json.loads((DATA / "cue_frames.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def cue_table() -> dict[str, tuple[int, int]]:
    """Frame key -> (attributions, occurrences) in PolNeAR train (JSON: it is large and machine-written)."""
    return {key: tuple(counts) for key, counts in _learnt()["frames"].items()}


def context_ratios() -> dict[str, float]:
    """Cue context (tag/dep) -> how much more (or less) credit its best frame earns than the table promises."""
    return _learnt().get("contexts", {})


def frame_precision(full_key: str, key: str, prior: float, table: dict[str, tuple[int, int]] | None = None) -> float:
    """Train precision of a frame, by its speaker-specific key when seen often enough, else its back-off key,
    shrunk towards ``prior`` (the back-off model's credit for the frame) with the weight of ``backoff_weight``
    occurrences. A frame the table barely supports must clear a higher bar: the model alone is less sure.
    ``table``: another cue table (a fold of train) than the stored one."""
    limits = lexicon()["thresholds"]
    table = cue_table() if table is None else table
    hits, total = table.get(full_key, (0, 0))
    if total < limits["min_specific"]:
        hits, total = table.get(key, (0, 0))
    weight = limits["backoff_weight"]
    precision = (hits + weight * prior) / (total + 1 + weight)
    if hits < limits["min_support"]:
        precision *= limits["min_precision"] / limits["unsupported_min_precision"]
    return precision


@lru_cache(maxsize=None)
def pronoun_classes() -> dict[str, str]:
    """Lower-case pronoun -> its class (male, female, plural, neuter, first_person, relative)."""
    return {word: cls for cls, words in lexicon()["pronouns"].items() for word in words}
