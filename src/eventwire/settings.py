"""One settings object, declared once: defaults < config file < environment < command line.

Nothing here is read at import time; call :func:`load_settings` where settings are needed.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from platformdirs import user_data_dir

ENV_PREFIX = "EVENTWIRE_"


@dataclass
class Settings:
    """Every knob eventwire has. Each field can be set as ``EVENTWIRE_<NAME>`` or in the YAML config file."""

    db: str = ""  # SQLAlchemy URL or a file path; empty means eventwire.sqlite3 under the user data dir
    batch_size: int = 32  # articles per nlp.pipe batch (and per task handed to a worker process)
    batch_chars: int = 100_000  # ...and at most this many characters per nlp.pipe batch (beyond its first article)
    workers: int = 0  # processes that annotate in parallel; 0 means one per CPU core
    max_article_chars: int = 1_000_000  # longer articles are refused with a clear reason (spaCy's own limit)
    max_file_bytes: int = 64 * 1024 * 1024  # larger input files are refused before reading
    actors_file: str = ""  # extra actor dictionary (YAML) layered over the packaged one
    stages: list[str] = field(default_factory=list)  # empty: every registered stage, in pipeline order
    api_token: str = ""  # bearer token for API writes; empty disables writes
    cors_origins: list[str] = field(default_factory=list)  # origins allowed to call the API; empty: CORS closed
    tile_url: str = ""  # map tile URL template ({z}/{x}/{y}); empty: the bundled world outline, fully offline

    def database_url(self) -> str:
        """The SQLAlchemy URL: a bare path becomes a SQLite URL; empty means the per-user default file."""
        if "://" in self.db:
            return self.db
        path = Path(self.db) if self.db else Path(user_data_dir("eventwire")) / "eventwire.sqlite3"
        path.expanduser().parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path.expanduser()}"


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, then the config file, then ``EVENTWIRE_*`` variables, then ``overrides``."""
    values: dict[str, Any] = {}
    config_file = config_file or os.environ.get(ENV_PREFIX + "CONFIG")
    if config_file:
        loaded = yaml.safe_load(Path(config_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"config file {config_file} must hold a mapping of setting names to values")
        values.update(loaded)
    for f in dataclasses.fields(Settings):
        raw = os.environ.get(ENV_PREFIX + f.name.upper())
        if raw is not None:
            values[f.name] = _parse_env(f, raw)
    values.update({k: v for k, v in overrides.items() if v is not None})
    known = {f.name for f in dataclasses.fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    return Settings(**values)


def _parse_env(f: dataclasses.Field, raw: str) -> Any:
    default = Settings().__getattribute__(f.name)
    if isinstance(default, bool):
        return raw.lower() in {"1", "true", "yes", "on"}
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, list):
        return [part.strip() for part in raw.split(",") if part.strip()]
    return raw
