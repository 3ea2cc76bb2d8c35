"""Counting primitives every task scorer shares: precision/recall/F1, span overlap, greedy span matching."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Span = tuple[int, int]


def precision_recall_f1(correct: float, predicted: int, expected: int) -> tuple[float, float, float]:
    """Micro precision, recall and their harmonic mean; 0.0 where a denominator is empty."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / expected if expected else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def harmonic_mean(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b else 0.0


def ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def spans_overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_overlapping(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """Pair each gold span, in order, with the first still-free predicted span overlapping it.

    Greedy first-fit is what the reference scorer does; using the same rule keeps the numbers identical.
    """
    free = list(range(len(predicted)))
    pairs = []
    for item in gold:
        for position, k in enumerate(free):
            candidate = predicted[k]
            if spans_overlap((candidate["start"], candidate["end"]), (item["start"], item["end"])):
                pairs.append((item, candidate))
                del free[position]
                break
    return pairs


def rows_of(task_field: str, gold: dict[str, dict], predicted: dict[str, dict]) -> list[tuple[dict, list, list]]:
    """(gold row, gold items, predicted items) per gold id; an id missing from the predictions predicts nothing."""
    return [(row, row.get(task_field, []), predicted.get(doc_id, {}).get(task_field, []))
            for doc_id, row in gold.items()]


Scorer = Callable[[dict[str, dict], dict[str, dict]], dict[str, Any]]
