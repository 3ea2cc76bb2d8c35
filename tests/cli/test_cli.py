"""The command line as a newcomer uses it: ingest (twice), show, demo, predict/eval, stages, and clear errors."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store

runner = CliRunner()


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.sqlite3")


def test_cli_ingest_seed_twice_keeps_row_counts(shared, seed_gold, db, tmp_path):
    seed = tmp_path / "seed"
    shutil.copytree(shared / "corpus/seed", seed)
    first = runner.invoke(app, ["ingest", str(seed), "--db", db])
    assert first.exit_code == 0, first.output
    with Store(f"sqlite:///{db}") as store:
        counts = store.counts()
        (article_id,) = store.find_articles("")
        doc = store.get_document(article_id)
    assert (doc.title, doc.date, doc.url) == (seed_gold["title"], "2022-02-25", seed_gold["url"])
    assert "<u>" not in doc.text and "Related article" not in doc.text
    second = runner.invoke(app, ["ingest", str(seed), "--db", db])
    assert second.exit_code == 0 and "already stored" in second.output
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 1
        assert {k: v for k, v in store.counts().items() if k not in ("ingestion_runs",)} == {
            k: v for k, v in counts.items() if k not in ("ingestion_runs",)}


def test_cli_ingest_lists_failures_and_stores_the_rest(db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.bin").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "good.jsonl").write_text(json.dumps({"text": "Officials met in Geneva on Monday to discuss aid.",
                                                   "title": "Aid talks", "date": "2024-03-04"}) + "\n")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Failures" in result.output and "empty" in result.output and "binary" in result.output
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 1
        assert {f["code"] for f in store.failures()} >= {"empty", "binary"}


def test_cli_show_prints_the_article_tables(db, tmp_path):
    article = tmp_path / "a.jsonl"
    article.write_text(json.dumps({"text": "The Kremlin said on Friday that troops left Kherson.", "title": "Exit",
                                   "date": "2022-11-11"}) + "\n")
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    with Store(f"sqlite:///{db}") as store:
        (article_id,) = store.find_articles("")
    result = runner.invoke(app, ["show", article_id[:6], "--db", db], terminal_width=200)
    assert result.exit_code == 0 and "Exit" in result.output and "Kherson" in result.output
    assert runner.invoke(app, ["show", "zzzz", "--db", db]).exit_code == 1


def test_cli_demo_ingests_the_bundled_corpus(db):
    result = runner.invoke(app, ["demo", "--db", db], terminal_width=200)
    assert result.exit_code == 0, result.output
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 6 and store.counts()["events"] > 0


def test_cli_demo_table_fits_an_80_column_terminal(db):
    result = runner.invoke(app, ["demo", "--db", db], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    with Store(f"sqlite:///{db}") as store:
        ids = store.find_articles("")
    table = result.output[result.output.index("What eventwire found"):]
    assert all(article_id[:10] in table for article_id in ids)  # ids are shown whole enough to pass to `show`
    assert table.count(" actors · ") == len(ids) == 6
    assert max(len(line) for line in table.splitlines()) <= 80


def test_cli_eval_last_line_is_the_metrics(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "1", "text": "Angela Merkel visited Paris.",
                                "entities": [{"start": 0, "end": 13, "label": "PER"},
                                             {"start": 22, "end": 27, "label": "LOC"}]}) + "\n")
    result = runner.invoke(app, ["eval", "entities", str(gold)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("entities precision=")
    out = tmp_path / "pred.jsonl"
    assert runner.invoke(app, ["predict", "entities", str(gold), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text().splitlines()[0])["id"] == "1"


def test_cli_errors_are_one_clear_line(db, tmp_path):
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", db])
    assert missing.exit_code == 2 and "no such file" in missing.output
    task = runner.invoke(app, ["eval", "sentiment", __file__])
    assert task.exit_code == 2 and "unknown task" in task.output
    engine = runner.invoke(app, ["ingest", str(tmp_path), "--db", db, "--engine", "spark"])
    assert engine.exit_code == 2 and "unknown engine" in engine.output


@pytest.mark.parametrize("content, reason", [(b"\xa2\x00binary", "not UTF-8 text"),
                                             (b'{"id": "a"}\n[1, 2]\n', "line 2: a JSON object was expected"),
                                             (b'{"id": "a"\n', "line 1: not JSON")])
def test_cli_eval_explains_a_gold_file_that_is_not_json_lines(tmp_path, content, reason):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    result = runner.invoke(app, ["eval", "times", str(gold)])
    assert result.exit_code == 2
    assert reason in " ".join(result.output.split()) and "Traceback" not in result.output


def test_cli_bench_says_when_it_fell_back_to_the_demo_corpus(tmp_path, monkeypatch):
    monkeypatch.setattr("eventwire.bench.SHARED_NEWS_PLACES", (tmp_path / "absent",))
    result = runner.invoke(app, ["bench", "--limit", "2", "--workers", "1", "--no-spacy-floor",
                                 "--report", str(tmp_path / "report.json")], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "demo corpus, cycled" in result.output
