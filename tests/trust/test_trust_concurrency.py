"""Concurrency: two ``eventwire ingest`` processes at once on one database, over overlapping inputs, store every
article once with exactly the annotation rows of a single-process run."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from eventwire.store import Store
from tests.trust.conftest import CORPUS_SIZE, annotation_counts, cli_ingest, quiet_environment, write_config

SHARED_ARTICLES = 30  # both processes start with the same 30 files, so they race on the same rows


@pytest.fixture(scope="module")
def two_processes_done(corpus, module_backend_url, tmp_path_factory):
    """Run two ingest processes at once: each reads the shared articles first, then half of the rest."""
    folder, _ = corpus
    tmp_path = tmp_path_factory.mktemp("concurrent")
    files = sorted(folder.iterdir())
    halves = files[SHARED_ARTICLES::2], files[SHARED_ARTICLES + 1::2]
    commands = []
    for name, own in zip("ab", halves):
        inputs = tmp_path / name
        inputs.mkdir()
        for path in [*files[:SHARED_ARTICLES], *own]:
            shutil.copyfile(path, inputs / path.name)
        commands.append(cli_ingest(inputs, module_backend_url, write_config(tmp_path / "fast.yaml")))
    processes = [subprocess.Popen(command, env=quiet_environment(), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for command in commands]
    for process in processes:
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr[-2000:]
    with Store(module_backend_url, migrate=False) as store:
        yield store


def test_concurrency_no_article_lost_or_duplicated(two_processes_done):
    assert two_processes_done.counts()["articles"] == CORPUS_SIZE
    assert two_processes_done.failures() == []


def test_concurrency_annotations_equal_a_single_process_run(two_processes_done, corpus):
    _, reference = corpus
    assert annotation_counts(two_processes_done) == reference


def test_concurrency_each_article_counted_new_exactly_once(two_processes_done):
    runs = two_processes_done.runs()
    assert [run["status"] for run in runs] == ["finished", "finished"]
    assert sum(run["counts"]["stored_new"] for run in runs) == CORPUS_SIZE
