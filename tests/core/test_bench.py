"""The throughput benchmark: counts, per-stage times, the spaCy floor and memory, on the demo corpus."""

import json
import sys
import time
from pathlib import Path

import pytest

import eventwire.bench as eventwire_bench
from eventwire.bench import MemorySampler, default_corpus, run_bench, write_report
from eventwire.ingest import demo_corpus_path
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def report():
    """Demo corpus cycled to 20 articles on two workers, five articles per task."""
    return run_bench([demo_corpus_path()], limit=20, settings=Settings(batch_size=5, workers=2))


def test_bench_cycles_the_corpus_to_the_limit(report):
    assert report.articles == 20 and report.failures == 0 and report.sentences > 20


def test_bench_reports_stage_times_and_the_spacy_floor(report):
    assert {"spacy", "actors", "events", "quotes"} <= set(report.stage_seconds)
    assert 0 < report.non_spacy_share < 1
    assert report.seconds_spacy_only and report.seconds_spacy_only > 0


def test_bench_reports_the_database_size_per_article(report):
    assert report.database_mb > 0 and report.database_kb_per_article == report.database_mb * 1024 / 20


def test_bench_counts_worker_memory(report):
    assert report.workers == 2 and report.peak_worker_rss_mb > 0
    assert report.peak_rss_total_mb > report.peak_rss_mb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PSS comes from /proc")
def test_bench_memory_sampler_sees_this_process():
    with MemorySampler(interval_seconds=0.01, max_cpu_share=1.0) as memory:
        ballast = bytearray(64 * 1024 * 1024)
        ballast[::4096] = b"\x01" * len(ballast[::4096])  # touch every page so it is resident
        time.sleep(0.1)
    assert memory.peak_mb is not None and memory.peak_mb > 64


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PSS comes from /proc")
def test_bench_memory_sampler_keeps_to_its_cpu_budget():
    sampler_cpu = []  # progress() runs on the sampler's thread, once per sample: its thread CPU time so far
    with MemorySampler(interval_seconds=0.0, max_cpu_share=0.05,
                       progress=lambda: sampler_cpu.append(time.thread_time()) or 0):
        time.sleep(1.0)
    assert sampler_cpu and sampler_cpu[-1] - sampler_cpu[0] < 0.1


def test_bench_report_is_json_with_the_derived_figures(report, tmp_path):
    write_report(report, tmp_path / "bench.json")
    data = json.loads((tmp_path / "bench.json").read_text())
    assert data["articles"] == 20
    assert {"articles_per_second", "sentences_per_second", "non_spacy_share", "spacy_floor_ratio",
            "peak_rss_total_mb", "peak_pss_total_mb"} <= set(data)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PSS comes from /proc")
def test_bench_memory_curve_has_a_point_per_step_of_progress():
    done = [0]
    with MemorySampler(interval_seconds=0.01, progress=lambda: done[0], every=10,
                       max_cpu_share=1.0) as memory:
        for step in range(1, 4):
            done[0] = step * 10
            time.sleep(0.1)
    assert [articles for articles, _ in memory.curve] == [10, 20, 30]


def test_bench_default_corpus_reads_article_files_only(tmp_path, monkeypatch):
    news = tmp_path / "news"
    news.mkdir()
    (news / "SOURCES.md").write_text("# Where these articles come from\n")
    (news / "b.jsonl").write_text("{}\n")
    (news / "a.jsonl").write_text("{}\n")
    monkeypatch.setattr("eventwire.bench.SHARED_NEWS_PLACES", (tmp_path / "absent", news))
    assert default_corpus() == [news / "a.jsonl", news / "b.jsonl"]


def test_bench_default_corpus_is_found_from_another_directory(tmp_path, monkeypatch):
    """Run from elsewhere, the benchmark still finds the shared corpus beside the source checkout."""
    monkeypatch.chdir(tmp_path)
    expected = Path(eventwire_bench.__file__).resolve().parents[2].parent / "shared" / "corpus" / "news"
    if not expected.is_dir():
        pytest.skip("no shared news corpus beside the source checkout")
    assert default_corpus()[0].parent == expected
