"""Ctrl-C during ingest says what was kept and how to resume, instead of ending without a word."""

from types import SimpleNamespace

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.runner import IngestSummary


def test_cli_ingest_interrupted_says_what_is_kept_and_how_to_resume(tmp_path, monkeypatch):
    def interrupted_ingest(paths, store, settings, *, pipeline, force, progress):
        progress(IngestSummary(stored_new=3))
        raise KeyboardInterrupt

    monkeypatch.setattr("eventwire.cli._pipeline", lambda settings: SimpleNamespace(warm_up=lambda: None))
    monkeypatch.setattr("eventwire.runner.ingest", interrupted_ingest)
    (tmp_path / "a.txt").write_text("The council met on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.sqlite3")])
    assert result.exit_code == 130
    said = " ".join(result.output.split())
    assert "interrupted" in said and "3 articles" in said and "again to resume" in said
