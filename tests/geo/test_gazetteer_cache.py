"""The on-disk gazetteer index: the same index as a fresh build, rebuilt whenever it is stale or damaged."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from eventwire.geo import index_cache
from eventwire.geo.gazetteer import Candidate, build_name_index
from eventwire.geo.index_cache import CACHE_DIR_ENV, cache_key, cache_path, cached, load, save

REPOSITORY = Path(__file__).resolve().parents[2]
KYIV = Candidate("Kyiv", 50.45, 30.52, "city", "UA", "12", 2797553, 703448)
KYIV_ALIAS = Candidate("Kyiv", 50.45, 30.52, "city", "UA", "12", 2797553, 703448, alias=True)
UKRAINE = Candidate("Ukraine", 49.0, 32.0, "country", "UA", None, 44622516, 690791)
SMALL_INDEX = {"kyiv": [KYIV], "kiev": [KYIV_ALIAS], "ukraine": [UKRAINE], "ua": [UKRAINE, KYIV_ALIAS]}


@pytest.fixture
def sources(tmp_path):
    table = tmp_path / "table.tsv"
    table.write_text("name\tlat\nKyiv\t50.45\n", encoding="utf-8")
    return [table]


BUILT_IN_THIS_PROCESS = []


def small_index():
    """A builder the child process can import by name; it records builds made in this process."""
    BUILT_IN_THIS_PROCESS.append(SMALL_INDEX)
    return SMALL_INDEX


@pytest.fixture
def cache_directory(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(directory))
    return directory


@pytest.fixture
def without_child(monkeypatch):
    """Build in this process: starting a child costs seconds, and only one test is about the child."""
    monkeypatch.setattr(index_cache, "_build_in_child", lambda *_: False)


def _must_not_build():
    raise AssertionError("the index was rebuilt although a valid cache file exists")


@pytest.fixture(scope="module")
def fresh_index():
    return build_name_index()


def test_gazetteer_cache_round_trip_equals_fresh_build(fresh_index, tmp_path):
    path = tmp_path / "gazetteer.pickle"
    assert save(path, fresh_index, Candidate)
    assert load(path, Candidate) == fresh_index


def test_gazetteer_cache_is_read_instead_of_building(cache_directory, without_child, sources):
    cached(small_index, Candidate, sources)
    assert cached(_must_not_build, Candidate, sources) == SMALL_INDEX


def test_gazetteer_cache_keeps_one_object_per_place(cache_directory, without_child, sources):
    cached(small_index, Candidate, sources)
    loaded = cached(_must_not_build, Candidate, sources)
    assert loaded["ua"][1] is loaded["kiev"][0]


@pytest.mark.parametrize("damage", [b"not a pickle", pickle.dumps(("other", [], [], [], []))[:-9],
                                    pickle.dumps({"kyiv": "somewhere"})])
def test_gazetteer_cache_damaged_file_is_rebuilt(cache_directory, without_child, sources, damage):
    path = cache_path(cache_key(sources))
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    assert cached(small_index, Candidate, sources) == SMALL_INDEX
    assert load(path, Candidate) == SMALL_INDEX


def test_gazetteer_cache_missing_file_is_built_in_a_child_process(cache_directory, sources, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPOSITORY), os.environ.get("PYTHONPATH", "")]))
    BUILT_IN_THIS_PROCESS.clear()
    assert cached(small_index, Candidate, sources) == SMALL_INDEX
    assert BUILT_IN_THIS_PROCESS == []
    assert cache_path(cache_key(sources)).exists()


class _MakesDirectoryWhenLoaded:
    def __init__(self, directory: Path):
        self.directory = directory

    def __reduce__(self):
        return os.mkdir, (str(self.directory),)


def test_gazetteer_cache_loading_runs_no_code(tmp_path):
    path, marker = tmp_path / "gazetteer.pickle", tmp_path / "made-by-the-cache-file"
    path.write_bytes(pickle.dumps(_MakesDirectoryWhenLoaded(marker)))
    assert load(path, Candidate) is None
    assert not marker.exists()


def test_gazetteer_cache_key_changes_when_a_data_file_changes(sources):
    before = cache_key(sources)
    sources[0].write_text("name\tlat\nKyiv\t50.46\n", encoding="utf-8")
    assert cache_key(sources) != before


def test_gazetteer_cache_unwritable_directory_builds_in_memory(tmp_path, monkeypatch, sources):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "cache"))
    assert cached(small_index, Candidate, sources) == SMALL_INDEX


def test_gazetteer_cache_drops_files_of_older_keys(cache_directory, without_child, sources):
    cached(small_index, Candidate, sources)
    sources[0].write_text("changed\n", encoding="utf-8")
    cached(small_index, Candidate, sources)
    assert [path.name for path in cache_directory.iterdir()] == [cache_path(cache_key(sources)).name]


def test_gazetteer_cache_directory_follows_the_environment(cache_directory):
    assert index_cache.cache_dir() == cache_directory
