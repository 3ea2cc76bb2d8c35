"""Scoring against the gold formats of FORMAT.md, prediction files for them, and the quality gate."""

from eventwire.evaluate.predict import TASKS, GoldFormatError, predict_rows
from eventwire.evaluate.runner import EvaluationMetrics, evaluate_file, format_metrics, predict_file
from eventwire.evaluate.scorers import SCORERS

__all__ = ["SCORERS", "TASKS", "EvaluationMetrics", "GoldFormatError", "evaluate_file", "format_metrics",
           "predict_file", "predict_rows"]
