"""Settings layer defaults < file < environment < explicit overrides."""

import pytest

from eventwire.settings import load_settings


def test_settings_layering_order(tmp_path, monkeypatch):
    config = tmp_path / "eventwire.yaml"
    config.write_text("batch_size: 8\ndb: from-file.sqlite3\n")
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "16")
    settings = load_settings(config, db="cli.sqlite3")
    assert settings.batch_size == 16
    assert settings.db == "cli.sqlite3"


def test_settings_unknown_key_is_refused(tmp_path):
    config = tmp_path / "eventwire.yaml"
    config.write_text("batch_sise: 8\n")
    with pytest.raises(ValueError, match="batch_sise"):
        load_settings(config)


def test_settings_bare_path_becomes_sqlite_url(tmp_path):
    assert load_settings(db=str(tmp_path / "x.db")).database_url() == f"sqlite:///{tmp_path / 'x.db'}"


def test_settings_list_from_environment(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_STAGES", "entities, temporal")
    assert load_settings().stages == ["entities", "temporal"]
