"""Bad input never crashes a reader, the pipeline or a batch: it becomes a failure row with a reason (or a warning),
and every good article in the same batch is stored."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.document import Document, Failure
from eventwire.ingest import outlet_from_url, read_bytes, read_html, read_paths, repair_url
from eventwire.ingest.dates import normalise_date
from eventwire.ingest.decode import clean_text
from eventwire.ingest.errors import IngestError
from eventwire.pipeline import Pipeline
from eventwire.runner import ingest
from tests.trust.conftest import fast_settings, write_articles
from tests.trust.strategies import BAD_DATES, broken_html, broken_url, hostile_bytes, hostile_text

FAILURE_CODES = {"empty", "binary", "encoding", "too-large", "html", "json", "date", "io", "stage"}
UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")
_HOSTILE = settings(deadline=None, database=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


def bounded(examples: int) -> settings:
    """Few examples, no deadline (2 busy cores), nothing written to a .hypothesis folder in the project."""
    return settings(_HOSTILE, max_examples=examples)
_fresh_numbers = itertools.count(10_000)


def _check_item(item: Document | Failure, source: str) -> None:
    """A document has storable, non-blank text; a failure names its source, a known code and a reason."""
    assert (item.source or "").startswith(source)
    if isinstance(item, Failure):
        assert item.code in FAILURE_CODES and item.reason.strip() and "\n" not in item.reason
    else:
        assert item.text.strip() and not UNSTORABLE.search(item.text + (item.title or "") + item.id)


@bounded(100)
@given(data=hostile_bytes())
def test_readers_read_bytes_never_raises_and_explains_failures(data):
    items = list(read_bytes(data, "upload"))
    assert items
    for item in items:
        _check_item(item, "upload")


@bounded(25)
@given(page=broken_html())
def test_readers_read_html_raises_only_ingest_errors(page):
    try:
        document = read_html(page, "page.html")
    except IngestError as error:
        assert error.reason and error.code in FAILURE_CODES
    else:
        _check_item(document, "page.html")


@bounded(15)
@given(contents=st.lists(hostile_bytes(), min_size=1, max_size=4))
def test_readers_read_paths_accounts_for_every_file(contents, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    paths = [folder / f"file_{index}.bin" for index in range(len(contents))]
    for path, data in zip(paths, contents):
        path.write_bytes(data)
    items = list(read_paths([folder]))
    for path in paths:
        assert any((item.source or "").startswith(str(path)) for item in items), path
    for item in items:
        _check_item(item, str(folder))


@bounded(200)
@given(raw=st.one_of(st.sampled_from(BAD_DATES), st.text(max_size=40)))
def test_readers_bad_dates_become_none_with_a_warning(raw):
    date, warning = normalise_date(raw)
    assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
    assert date is not None or warning or not raw.strip()


@bounded(200)
@given(url=st.one_of(broken_url(), st.text(max_size=60)))
def test_readers_broken_urls_are_repaired_or_kept_never_raised(url):
    assert isinstance(repair_url(url), str)
    outlet = outlet_from_url(url)
    assert outlet is None or outlet.strip()


def test_readers_impossible_date_is_a_warning_on_a_stored_article():
    page = b"Ceasefire talks resume\nFebruary 30, 2022\n\nOfficials met in Geneva on Monday to resume talks.\n"
    [document] = read_bytes(page, "dump.txt")
    assert document.title == "Ceasefire talks resume" and document.date is None
    assert any("February 30, 2022" in warning for warning in document.warnings)


def test_readers_url_broken_in_several_places_is_rejoined():
    page = ("Ceasefire talks resume\nMarch 3, 2024\n\nOfficials met in Geneva on Monday to resume talks.\n\n"
            "Original url:\nhttps : //www.Exa\u200bmple.com/news/2024/\n03/ceasefire-talks\n-resume.html\n").encode()
    [document] = read_bytes(page, "dump.txt")
    assert document.url == "https://www.example.com/news/2024/03/ceasefire-talks-resume.html"


def test_readers_bad_ipv6_url_keeps_the_article_and_the_rest_of_the_file():
    lines = b'{"text": "Officials met in Paris today for talks.", "url": "http://[broken/x"}\n' \
            b'{"text": "A second article about the ceasefire."}\n'
    items = list(read_bytes(lines, "batch.jsonl"))
    assert [type(item) for item in items] == [Document, Document]
    assert items[0].url == "http://[broken/x"


def test_readers_lone_surrogates_are_removed_before_storage():
    line = b'{"id": "a1", "title": "\\udfff Talks", "text": "Talks \\ud800resumed in Paris."}\n'
    [document] = read_bytes(line, "batch.jsonl")
    assert document.text == "Talks resumed in Paris." and document.title == "Talks"


def test_readers_ten_thousand_paragraphs_are_read_whole():
    page = "Talks resume\n\n" + "".join(f"Paragraph {n} of the report.\n\n" for n in range(10_000))
    [document] = read_bytes(page.encode(), "long.txt")
    assert document.text.count("\n\n") == 9_999 and document.text.endswith("Paragraph 9999 of the report.")


def test_readers_five_megabyte_line_is_refused_with_its_size():
    [failure] = read_bytes(b"word " * 1_000_000, "one-line.txt")
    assert isinstance(failure, Failure) and failure.code == "too-large" and "4,999,999 characters" in failure.reason


@pytest.mark.parametrize("depth", [300, 5_000, 100_000])
def test_readers_deeply_nested_html_never_raises(depth):
    page = "<html><body>" + "<div><span>" * depth + "Officials met in Geneva on Monday to resume the talks on the" \
                                                    " ceasefire, a spokesman said." + "</span>" * 3
    [item] = read_bytes(page.encode(), "deep.html")
    _check_item(item, "deep.html")


@bounded(30)
@given(texts=st.lists(hostile_text(1, 80), min_size=1, max_size=4))
def test_pipeline_annotates_hostile_text_with_spans_inside_it(texts, fast_pipeline):
    texts = [clean_text(text) for text in texts]  # as every reader and the API hand text over
    documents = [Document(text) for text in texts if text.strip()]
    annotated = list(fast_pipeline.annotate(documents))
    assert len(annotated) == len(documents)
    for document in annotated:
        assert isinstance(document, Document) and not document.warnings
        spans = [(s.start, s.end) for s in document.sentences] + [(e.start, e.end) for e in document.entities]
        assert all(0 <= start <= end <= len(document.text) for start, end in spans)


def test_pipeline_annotates_ten_thousand_paragraphs():
    """The stage code, not spaCy's speed, is under test: a blank tokenizer with a sentencizer keeps this fast."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = "".join(f"Talks {n} resumed.\n\n" for n in range(10_000))
    [document] = Pipeline(fast_settings(), nlp=nlp).annotate([Document(text)])
    assert not document.warnings and len(document.sentences) >= 10_000
    assert document.sentences[-1].end <= len(text)


@bounded(12)
@given(contents=st.lists(hostile_bytes(), min_size=1, max_size=4))
def test_runner_stores_every_good_article_beside_bad_ones(contents, fast_pipeline, sqlite_store, tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    paths = write_articles(folder / "good", [next(_fresh_numbers), next(_fresh_numbers)])
    for index, data in enumerate(contents):
        paths.append(folder / f"bad_{index}.bin")
        paths[-1].write_bytes(data)
    summary = ingest([folder], sqlite_store, fast_settings(), pipeline=fast_pipeline)
    assert summary.processed >= len(paths)
    failures = {(row["source"], row["reason"]) for row in sqlite_store.failures(summary.run_id)}
    for path in paths:
        for item in read_bytes(path.read_bytes(), str(path)):
            if isinstance(item, Failure):
                assert (item.source, item.reason) in failures
            else:
                assert sqlite_store.has_article(item.id), item.source
    for path in paths[:2]:
        [document] = read_bytes(path.read_bytes(), str(path))
        assert sqlite_store.get_document(document.id).sentences
