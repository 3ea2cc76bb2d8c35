"""The event pipeline the rule tests share (geo included, so places and place targets are coded)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(stages=["entities", "actors", "geo", "quotes", "events"], nlp=nlp)
