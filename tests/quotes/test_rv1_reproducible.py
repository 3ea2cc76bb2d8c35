"""The quotes trainers give the same files byte for byte, whatever the hash seed and whether they parse the articles
or read the parse cache they wrote (so the shipped files are what the documented commands make)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Articles of the slice trained on (enough for every kind of frame and a few strays; ~30 s on one core).
SLICE = 24


def _train(slice_path: Path, docbin: Path, out: Path, hash_seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    for trainer in ("train_cues", "train_stray"):
        subprocess.run([sys.executable, "-m", f"eventwire.quotes.{trainer}", str(slice_path), "--docbin", str(docbin),
                        "--out", str(out)], check=True, env=env, capture_output=True)
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}


def test_training_twice_writes_the_same_bytes(shared, tmp_path):
    train = shared / "gold" / "quotes" / "polnear_train.jsonl"
    lines = train.read_text(encoding="utf-8").splitlines(keepends=True)[:SLICE]
    slice_path = tmp_path / "slice.jsonl"
    slice_path.write_text("".join(lines), encoding="utf-8")
    docbin = tmp_path / "slice.spacy"
    parsed_here = _train(slice_path, docbin, tmp_path / "a", "1")
    assert docbin.exists()
    read_from_cache = _train(slice_path, docbin, tmp_path / "b", "2")
    assert set(parsed_here) == {"cue_frames.json", "cue_backoff.json", "cue_detector.json", "stray_veto.json"}
    assert parsed_here == read_from_cache
