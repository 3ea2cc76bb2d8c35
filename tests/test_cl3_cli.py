"""What a newcomer meets first on the command line: every option explained, a mistyped database path named instead
of silently created, an empty gold file refused instead of scored zero."""

from __future__ import annotations

import click
import pytest
import typer
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def _commands() -> dict[str, click.Command]:
    return typer.main.get_command(app).commands


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_option_and_argument_of_every_command_says_what_it_is_for(name):
    command = _commands()[name]
    unexplained = [param.name for param in command.params if not getattr(param, "help", None)]
    assert not unexplained, f"eventwire {name}: {unexplained} without help"
    assert "``" not in (command.help or "")  # docstring markup shows verbatim in --help


@pytest.mark.parametrize("args", [["show", "abc"], ["export", "{out}/events.csv"]], ids=["show", "export"])
def test_reading_commands_refuse_a_database_that_does_not_exist_and_create_none(tmp_path, args):
    missing = tmp_path / "typo.sqlite3"
    args = [arg.format(out=tmp_path) for arg in args]
    result = runner.invoke(app, [*args, "--db", str(missing)], terminal_width=200)
    assert result.exit_code == 2 and f"no database at {missing}" in " ".join(result.output.split())
    assert not missing.exists() and not (tmp_path / "events.csv").exists()


@pytest.mark.parametrize("command", [["eval", "events"], ["predict", "events", "-o", "{out}/p.jsonl"]],
                         ids=["eval", "predict"])
def test_an_empty_gold_file_is_refused_not_scored_zero(tmp_path, command):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n  \n", encoding="utf-8")
    result = runner.invoke(app, [*(arg.format(out=tmp_path) for arg in command), str(gold)], terminal_width=200)
    assert result.exit_code == 2 and "no gold lines" in result.output and "=0.0000" not in result.output


def test_ingest_into_a_log_file_prints_plain_progress_lines(tmp_path, monkeypatch):
    import eventwire.cli

    monkeypatch.setattr(eventwire.cli, "PLAIN_PROGRESS_SECONDS", 0)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(f'{{"text": "Farmers blocked the road to the mill for the {n} time on Monday."}}'
                              for n in ("first", "second")), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "db.sqlite3"), "--workers", "1"],
                           terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "loading the language model" in result.output
    assert "ingesting: 2 articles" in result.output
