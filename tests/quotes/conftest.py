"""The quotes pipeline the rule tests share (actors included, so pronouns and names resolve)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(stages=["entities", "actors", "quotes"], nlp=nlp)
