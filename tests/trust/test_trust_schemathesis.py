"""Schema-driven fuzzing: schemathesis sends what the OpenAPI schema allows (and what it does not) to every
operation of the in-process app, with the write token; no answer may be a server error (5xx).

schemathesis's own pytest loader (``from_fixture``) fails on pytest 9 (it reads the removed ``Node._nodeid``), so
each operation's case strategy is driven by a plain hypothesis ``@given`` instead.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable

from eventwire.api import create_app
from eventwire.store import Store
from tests.trust.conftest import API_TOKEN, fast_settings, seed_documents

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES_PER_OPERATION = 20
MODES = ("POSITIVE", "NEGATIVE")


@pytest.fixture(scope="module")
def api_schema(fast_pipeline, sqlite_template, tmp_path_factory):
    path = tmp_path_factory.mktemp("schemathesis") / "api.sqlite3"
    shutil.copyfile(sqlite_template, path)
    store = Store(f"sqlite:///{path}", migrate=False)
    for document in seed_documents():
        store.save_document(document)
    app = create_app(fast_settings(db=str(path), api_token=API_TOKEN), store)
    app.state.pipeline = lambda: fast_pipeline  # the session's entities-only pipeline: writes stay fast
    yield schemathesis.openapi.from_asgi("/openapi.json", app)
    store.close()


@pytest.mark.parametrize("mode", MODES)
def test_schemathesis_no_server_errors(api_schema, mode):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10  # every route is in the schema: never vacuous
    for operation in operations:
        strategy = operation.as_strategy(getattr(schemathesis.GenerationMode, mode))

        @given(case=strategy)
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        def answers_without_server_error(case):
            response = case.call(headers={"Authorization": f"Bearer {API_TOKEN}"})
            assert response.status_code < 500, (
                f"{operation.label}: {case.as_curl_command()}\n-> {response.status_code} {response.text[:500]}")

        try:
            answers_without_server_error()
        except Unsatisfiable:  # nothing to break: an operation without parameters has no negative cases
            assert mode == "NEGATIVE"
