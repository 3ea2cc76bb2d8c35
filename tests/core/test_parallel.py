"""Annotating on several processes gives exactly what one process gives, in the same order."""

import multiprocessing

from eventwire.document import Document, Failure
from eventwire.parallel import annotate_in_workers, parse_in_workers, worker_count
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

SENTENCES = [
    "Russian forces shelled Kharkiv on Tuesday, the Ukrainian military said.",
    "Protesters marched through Nairobi on {day} to demand lower food prices.",
    "The European Union imposed new sanctions on Belarus, officials in Brussels said.",
    "Police in Lagos arrested {n} people after clashes near the port.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _corpus(count: int) -> list[Document | Failure]:
    items: list[Document | Failure] = []
    for n in range(count):
        text = SENTENCES[n % len(SENTENCES)].format(day=DAYS[n % len(DAYS)], n=n + 2)
        items.append(Document(text=text + " " + SENTENCES[(n + 1) % len(SENTENCES)].format(day="Sunday", n=3),
                              id=f"a{n}", date=f"2021-03-{1 + n % 28:02d}"))
    items.insert(5, Failure("broken.bin", "binary file", "binary", "read"))
    return items


def _annotated(workers: int, count: int, batch_size: int = 4) -> list:
    pipeline = Pipeline(Settings(batch_size=batch_size))
    return [item.to_dict() if isinstance(item, Document) else item
            for item in annotate_in_workers(pipeline, _corpus(count), workers)]


def test_parallel_two_workers_give_the_same_annotations_in_the_same_order():
    assert _annotated(2, 30) == _annotated(1, 30)


def test_parallel_small_input_is_annotated_in_process(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for one batch")

    monkeypatch.setattr(multiprocessing.context.ForkContext, "Pool", no_pool)
    assert len(_annotated(2, 3, batch_size=8)) == 4  # three articles and the reader's failure


def test_parallel_worker_stage_times_reach_the_parent():
    pipeline = Pipeline(Settings(batch_size=4))
    list(annotate_in_workers(pipeline, _corpus(12), 2))
    assert pipeline.timings["spacy"] > 0 and pipeline.timings["entities"] > 0


def test_parallel_parse_only_counts_every_text():
    pipeline = Pipeline(Settings(batch_size=3), stages=["entities"])
    assert parse_in_workers(pipeline, (f"Sentence number {n}." for n in range(10)), 2) == 10


def test_parallel_worker_count_zero_means_every_core():
    assert worker_count(0) >= 1 and worker_count(3) == 3


def test_parallel_ingest_stores_the_same_rows_with_two_workers(tmp_path):
    from eventwire.runner import ingest
    from eventwire.store import Store
    from tests.trust.conftest import annotation_counts, write_articles

    write_articles(tmp_path / "articles", range(20))
    stored = []
    for workers in (1, 2):
        with Store(f"sqlite:///{tmp_path}/w{workers}.sqlite3") as store:
            summary = ingest([tmp_path / "articles"], store, Settings(batch_size=4, workers=workers))
            assert summary.stored_new == 20
            documents = [{**document.to_dict(), "meta": None} for document in store.iter_documents()]
            stored.append((annotation_counts(store), summary.stored_ids, documents))
    assert stored[0] == stored[1]  # all but the time of ingestion
