"""Quality gate: every metric in eval_floors.yaml must stay at or above its floor.

    python -m eventwire.evaluate.gate [--shared PATH] [--floors FILE] [--update]

Floors only go up: ``--update`` raises each floor to the measured value minus ``UPDATE_MARGIN`` and never lowers
one. Without the shared gold data the gate says so and passes, so a fresh checkout can still run CI.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from eventwire.evaluate.runner import evaluate_file, format_metrics, pipeline_factory_for

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_FLOORS = REPO_ROOT / "eval_floors.yaml"
DEFAULT_SHARED = REPO_ROOT.parent / "shared"
#: Differences this small are rounding noise, not regressions (the printed metrics have 4 decimals).
NOISE_MARGIN = 0.0005
#: ``--update`` leaves this much head-room under the measured value, so a harmless change can still pass.
UPDATE_MARGIN = 0.005
FLOORS_HEADER = """\
# Quality floors checked by `python -m eventwire.evaluate.gate` (the CI quality gate).
# Each entry: task (FORMAT.md), gold (path under shared/gold), metric (a key the scorer prints), floor.
# Floors only go up: `--update` raises them to the measured value minus a margin and never lowers them.
"""


@dataclass
class Floor:
    task: str
    gold: str
    metric: str
    floor: float
    measured: float | None = None

    @property
    def passed(self) -> bool:
        return self.measured is not None and self.measured >= self.floor - NOISE_MARGIN


def load_floors(path: Path) -> list[Floor]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(entries, list):
        raise ValueError(f"{path} must hold a list of {{task, gold, metric, floor}} entries")
    return [Floor(str(e["task"]), str(e["gold"]), str(e["metric"]), float(e["floor"])) for e in entries]


def save_floors(path: Path, floors: list[Floor]) -> None:
    entries = [{"task": f.task, "gold": f.gold, "metric": f.metric, "floor": f.floor} for f in floors]
    path.write_text(FLOORS_HEADER + yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")


def measure(floors: list[Floor], gold_root: Path, console: Console) -> list[str]:
    """Evaluate each distinct (task, gold file) once, in task order, and fill in ``measured``; returns the stage
    errors met on the way ("GOLD ID: stage: error"), each of which fails the gate: a stage that raises on a gold
    line loses that line's output while the metric may still clear its floor."""
    factory = pipeline_factory_for(None)  # one pipeline per stage list for the whole run
    stage_errors = []
    for task, gold in dict.fromkeys((f.task, f.gold) for f in sorted(floors, key=lambda f: f.task)):
        result = evaluate_file(task, gold_root / gold, pipeline_factory=factory)
        console.print(f"{gold}: {format_metrics(task, result)} "
                      f"({result.docs} docs, {result.docs_per_second:.1f} docs/s)", soft_wrap=True)
        stage_errors += [f"{gold} {line_id}: {'; '.join(errors)}" for line_id, errors in result.stage_errors.items()]
        for floor in floors:
            if (floor.task, floor.gold) == (task, gold):
                floor.measured = result.get(floor.metric)
    return stage_errors


def raise_floors(floors: list[Floor]) -> int:
    """Raise each floor to measured - UPDATE_MARGIN (rounded down to 4 decimals); returns how many rose."""
    raised = 0
    for floor in floors:
        if floor.measured is None:
            continue
        candidate = math.floor((floor.measured - UPDATE_MARGIN) * 10_000) / 10_000
        if candidate > floor.floor:
            floor.floor, raised = candidate, raised + 1
    return raised


def report(floors: list[Floor], console: Console) -> None:
    table = Table(title="eventwire quality gate")
    for column in ("task", "gold", "metric", "floor", "measured", "status"):
        table.add_column(column)
    for f in floors:
        measured = "missing" if f.measured is None else f"{f.measured:.4f}"
        status = "[green]ok[/green]" if f.passed else "[red]BELOW FLOOR[/red]"
        table.add_row(f.task, f.gold, f.metric, f"{f.floor:.4f}", measured, status)
    console.print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.evaluate.gate", description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    parser.add_argument("--floors", type=Path, default=DEFAULT_FLOORS, help="the floors file")
    parser.add_argument("--update", action="store_true", help="raise floors to the measured values (never lower)")
    args = parser.parse_args(argv)
    console = Console()
    gold_root = args.shared / "gold"
    if not gold_root.is_dir():
        console.print(f"skipped: {args.shared} absent (no gold data to measure)")
        return 0
    floors = load_floors(args.floors)
    missing = sorted({f.gold for f in floors if not (gold_root / f.gold).is_file()})
    if missing:
        console.print(f"[red]gold file(s) missing under {gold_root}: {', '.join(missing)}[/red]")
        return 1
    stage_errors = measure(floors, gold_root, console)
    report(floors, console)
    if args.update:
        console.print(f"raised {raise_floors(floors)} floor(s) in {args.floors}")
        save_floors(args.floors, floors)
    failed = [f for f in floors if not f.passed]
    for f in failed:
        measured = f"{f.measured:.4f}" if f.measured is not None else f"no metric {f.metric!r} from the scorer"
        console.print(f"[red]{f.task} {f.metric} on {f.gold}: {measured} is below the floor {f.floor:.4f}[/red]")
    for error in stage_errors:
        console.print(f"[red]stage error on {error}[/red]")
    return 1 if failed or stage_errors else 0


if __name__ == "__main__":
    sys.exit(main())
