"""Crash safety: ``eventwire ingest`` killed with SIGKILL mid-batch loses nothing and half-stores nothing; run
again, it resumes past what was stored and the run log tells the story."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from eventwire.store import Store
from tests.trust.conftest import CORPUS_SIZE, annotation_counts, cli_ingest, quiet_environment, write_config

START_TIMEOUT_SECONDS = 240  # the model loads in the subprocess first; 2 busy cores make that slow


def _stored_articles(db_path: Path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as connection:
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]


def _kill_midway(command: list[str], db_path: Path) -> int:
    """Start the command, SIGKILL it once some but not all articles are stored; return how many were stored."""
    process = subprocess.Popen(command, env=quiet_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"ingest ended before it could be killed: {process.stderr.read().decode()[-500:]}")
            if 0 < _stored_articles(db_path) < CORPUS_SIZE:
                process.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
        else:
            pytest.fail("ingest stored nothing in time")
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    return _stored_articles(db_path)


@pytest.fixture(scope="module")
def killed_then_resumed(corpus, sqlite_template, tmp_path_factory):
    """(articles stored when killed, the store after the second run): one subprocess pair for all tests here."""
    folder, _ = corpus
    work = tmp_path_factory.mktemp("crash")
    db_path = work / "crash.sqlite3"
    db_path.write_bytes(sqlite_template.read_bytes())
    command = cli_ingest(folder, str(db_path), write_config(work / "fast.yaml"))
    stored_at_kill = _kill_midway(command, db_path)
    resumed = subprocess.run(command, env=quiet_environment(), capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    with Store(f"sqlite:///{db_path}", migrate=False) as store:
        yield stored_at_kill, store


def test_crash_every_article_stored_exactly_once(killed_then_resumed):
    stored_at_kill, store = killed_then_resumed
    assert 0 < stored_at_kill < CORPUS_SIZE
    assert store.counts()["articles"] == CORPUS_SIZE
    assert store.failures() == []


def test_crash_no_partial_article(killed_then_resumed, corpus):
    """Every article, including those the killed run stored, has exactly the rows a clean run gives it."""
    _, store = killed_then_resumed
    _, reference = corpus
    assert annotation_counts(store) == reference


def test_crash_run_log_shows_the_killed_run_and_the_resume(killed_then_resumed):
    stored_at_kill, store = killed_then_resumed
    killed, resumed = store.runs()
    assert killed["status"] == "running" and killed["finished_at"] is None
    assert resumed["status"] == "finished"
    assert resumed["counts"]["skipped_existing"] == stored_at_kill
    assert resumed["counts"]["stored_new"] == CORPUS_SIZE - stored_at_kill
    if "resumed_from" in resumed:
        assert resumed["resumed_from"] == killed["id"]
