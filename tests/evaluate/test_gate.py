"""Quality gate: fails below a floor, passes without data, and only ever raises floors."""

from __future__ import annotations

import json

import yaml

from eventwire.evaluate.gate import Floor, load_floors, main, raise_floors

STORY = " ".join(f"token{i}" for i in range(80))


def _shared_with_dedup_gold(tmp_path):
    gold = tmp_path / "shared/gold/dedup"
    gold.mkdir(parents=True)
    rows = [{"id": "1", "text": STORY, "cluster": "s"}, {"id": "2", "text": STORY + " again", "cluster": "s"},
            {"id": "3", "text": "an unrelated short note about the weather", "cluster": "t"}]
    (gold / "tiny.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path / "shared"


def _floors_file(tmp_path, floor):
    path = tmp_path / "floors.yaml"
    path.write_text(yaml.safe_dump([{"task": "dedup", "gold": "dedup/tiny.jsonl", "metric": "pair_f1",
                                     "floor": floor}]), encoding="utf-8")
    return path


def test_gate_skips_cleanly_without_shared_data(tmp_path, capsys):
    assert main(["--shared", str(tmp_path / "nowhere"), "--floors", str(_floors_file(tmp_path, 0.5))]) == 0
    assert "skipped" in capsys.readouterr().out


def test_gate_passes_at_or_above_the_floor(tmp_path):
    shared = _shared_with_dedup_gold(tmp_path)
    assert main(["--shared", str(shared), "--floors", str(_floors_file(tmp_path, 0.9996))]) == 0


def test_gate_fails_below_the_floor(tmp_path, capsys):
    shared = _shared_with_dedup_gold(tmp_path)
    assert main(["--shared", str(shared), "--floors", str(_floors_file(tmp_path, 1.01))]) == 1
    assert "BELOW FLOOR" in capsys.readouterr().out


def test_gate_fails_when_a_gold_file_is_missing(tmp_path):
    (tmp_path / "shared/gold").mkdir(parents=True)
    assert main(["--shared", str(tmp_path / "shared"), "--floors", str(_floors_file(tmp_path, 0.5))]) == 1


def test_gate_update_raises_a_floor_in_the_file(tmp_path):
    shared, floors = _shared_with_dedup_gold(tmp_path), _floors_file(tmp_path, 0.5)
    assert main(["--shared", str(shared), "--floors", str(floors), "--update"]) == 0
    assert load_floors(floors)[0].floor == 0.995


def test_gate_update_never_lowers_a_floor():
    floors = [Floor("entities", "e.jsonl", "f1", 0.8, measured=0.7), Floor("dedup", "d.jsonl", "pair_f1", 0.5)]
    assert raise_floors(floors) == 0
    assert [f.floor for f in floors] == [0.8, 0.5]


def test_gate_fails_when_a_stage_raises_on_a_gold_line(tmp_path, monkeypatch, capsys):
    from eventwire.temporal.stage import TimexStage

    def broken(self, document, parsed):
        raise KeyError("no such place")

    monkeypatch.setattr(TimexStage, "__call__", broken)
    gold = tmp_path / "shared/gold/times"
    gold.mkdir(parents=True)
    row = {"id": "t1", "text": "Talks resumed on Friday.", "dct": "2022-02-25", "timexes": []}
    (gold / "tiny.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    floors = tmp_path / "floors.yaml"
    floors.write_text(yaml.safe_dump([{"task": "times", "gold": "times/tiny.jsonl", "metric": "strict_f1",
                                       "floor": 0.0}]), encoding="utf-8")
    assert main(["--shared", str(tmp_path / "shared"), "--floors", str(floors)]) == 1
    assert "stage error on times/tiny.jsonl t1: temporal: KeyError" in capsys.readouterr().out
