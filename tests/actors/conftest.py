from __future__ import annotations

import pytest

from eventwire.actors import ActorStage
from eventwire.document import Document
from tests.conftest import parse


@pytest.fixture(scope="module")
def stage():
    return ActorStage()


@pytest.fixture(scope="module")
def run(nlp, stage):
    """Annotate a text with the actors stage alone, dated 25 February 2022 unless told otherwise."""
    def annotate(text: str, date: str | None = "2022-02-25") -> Document:
        document, parsed = parse(nlp, text)
        document.date = date
        stage(document, parsed)
        return document
    return annotate
