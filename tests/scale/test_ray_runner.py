"""The Ray engine gives exactly the events of the local engine (local Ray, 2 workers, 200 articles)."""

import itertools

import pytest

ray = pytest.importorskip("ray")

from eventwire.document import Document  # noqa: E402
from eventwire.ingest import read_paths  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402
from eventwire.scale.ray_runner import ingest_with_ray, iter_annotated  # noqa: E402
from eventwire.settings import Settings  # noqa: E402
from eventwire.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    yield
    ray.shutdown()


def _first_articles(shared, folder, count: int):
    """Real articles written to a temporary JSONL file (the shared data is never copied into the project)."""
    path = folder / f"articles-{count}.jsonl"
    with (shared / "corpus/news/lgl.jsonl").open(encoding="utf-8") as lines:
        path.write_text("".join(itertools.islice(lines, count)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory):
    return _first_articles(shared, tmp_path_factory.mktemp("ray"), 200)


@pytest.fixture(scope="module")
def small_corpus(shared, tmp_path_factory):
    return _first_articles(shared, tmp_path_factory.mktemp("ray"), 30)


def _events(items):
    return {d.id: [e for e in d.to_dict()["events"]] for d in items if isinstance(d, Document)}


def test_scale_ray_engine_matches_local_engine(local_ray, corpus, nlp):
    settings = Settings()
    local = _events(Pipeline(settings, nlp=nlp).annotate(read_paths([corpus], settings)))
    distributed = _events(iter_annotated([corpus], settings, workers=2))
    assert len(local) == 200
    assert distributed == local
    assert sum(map(len, local.values())) > 0


def test_scale_ray_ingest_stores_every_article_once(local_ray, small_corpus, tmp_path):
    with Store(f"sqlite:///{tmp_path / 'ray.sqlite3'}") as store:
        first = ingest_with_ray([small_corpus], store, Settings(), workers=2)
        counts = store.counts()
        again = ingest_with_ray([small_corpus], store, Settings(), workers=2)
        assert first.stored_new == 30 and again.updated == 30
        after = store.counts()
        assert after.pop("ingestion_runs") == counts.pop("ingestion_runs") + 1
        assert after == counts
