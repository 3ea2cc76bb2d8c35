"""`eventwire export` turns a bad date (named by its option) or an unusable output folder into one line and exit code
2."""

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store


@pytest.mark.parametrize("value, reason", [("yesterday", "YYYY"), ("2016-02-30", "no day on the calendar")],
                         ids=["not-a-date", "off-the-calendar"])
def test_cli_export_bad_date_is_one_line_and_exit_2(tmp_path, value, reason):
    result = CliRunner().invoke(app, ["export", str(tmp_path / "e.csv"), "--date-from", value,
                                      "--db", str(tmp_path / "x.sqlite3")])
    output = " ".join(result.output.split())
    assert result.exit_code == 2 and reason in output and "--date-from" in output
    assert not (tmp_path / "e.csv").exists()


def test_cli_export_parquet_into_a_folder_of_other_files_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "notes.txt").write_text("mine", encoding="utf-8")
    Store(f"sqlite:///{tmp_path / 'x.sqlite3'}").close()
    result = CliRunner().invoke(app, ["export", str(tmp_path / "out"), "--format", "parquet",
                                      "--db", str(tmp_path / "x.sqlite3")])
    assert result.exit_code == 2 and "not an eventwire Parquet export" in " ".join(result.output.split())
    assert (tmp_path / "out" / "notes.txt").exists()
