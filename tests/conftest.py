"""Shared fixtures: the spaCy model loaded once per test session, and the shared gold data when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def private_gazetteer_cache(tmp_path_factory):
    """The gazetteer's on-disk index goes to a temporary directory, never into the user's real cache."""
    from eventwire.geo.index_cache import CACHE_DIR_ENV

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_DIR_ENV, str(tmp_path_factory.mktemp("gazetteer-cache")))
        yield


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only research data beside the project; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def seed_gold(shared) -> dict:
    return json.loads((shared / "gold/article/seed.jsonl").read_text(encoding="utf-8").splitlines()[0])


def parse(nlp, text: str):
    """Parse ``text`` into a Document with sentences and entities, plus the spaCy doc, for stage tests."""
    from eventwire.document import Document
    from eventwire.nlp.entities import EntityStage

    document, parsed = Document(text), nlp(text)
    EntityStage()(document, parsed)
    return document, parsed
