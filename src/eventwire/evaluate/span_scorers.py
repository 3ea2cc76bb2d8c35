"""Scorers for tasks whose answers are character spans: entities, places, times and quotes (FORMAT.md)."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from eventwire.evaluate.measures import (match_overlapping, precision_recall_f1, ratio, rows_of,
                                         spans_overlap)

#: A toponym placed with no coordinates is as wrong as a point can be: half the earth's circumference.
UNPLACED_KM = 20038.0
#: "Accurate" geocoding in the literature: within 100 miles.
ACCURATE_KM = 161
EARTH_RADIUS_KM = 6371.0088
WORD = re.compile(r"\w+")
#: Quotation marks, spaces and clause punctuation do not decide whether a quote span is right.
QUOTE_EDGE = frozenset(" \t\n\"'`“”‘’«»„‚,.;:")


def score_entities(gold: dict, predicted: dict) -> dict:
    """Exact span and label, micro-averaged over all mentions."""
    correct = n_predicted = n_gold = 0
    for _, gold_items, predicted_items in rows_of("entities", gold, predicted):
        expected = {(e["start"], e["end"], e["label"]) for e in gold_items}
        found = {(e["start"], e["end"], e["label"]) for e in predicted_items}
        correct += len(expected & found)
        n_predicted += len(found)
        n_gold += len(expected)
    precision, recall, f1 = precision_recall_f1(correct, n_predicted, n_gold)
    return {"precision": precision, "recall": recall, "f1": f1}


def score_times(gold: dict, predicted: dict) -> dict:
    """Strict (exact span) and relaxed (overlap) detection, plus the TIMEX3 value of relaxed matches."""
    strict = relaxed = right_value = n_predicted = n_gold = 0
    for _, gold_items, predicted_items in rows_of("timexes", gold, predicted):
        n_predicted += len(predicted_items)
        n_gold += len(gold_items)
        for expected, found in match_overlapping(gold_items, predicted_items):
            relaxed += 1
            strict += (found["start"], found["end"]) == (expected["start"], expected["end"])
            right_value += str(found.get("value")) == str(expected.get("value"))
    return {"strict_f1": precision_recall_f1(strict, n_predicted, n_gold)[2],
            "relaxed_f1": precision_recall_f1(relaxed, n_predicted, n_gold)[2],
            "value_acc": ratio(right_value, relaxed),
            "value_f1": precision_recall_f1(right_value, n_predicted, n_gold)[2]}


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a spherical earth."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_chord = (math.sin((phi2 - phi1) / 2) ** 2
                  + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half_chord)))


def _placement_error(expected: dict, found: dict) -> float:
    if found.get("lat") is None or found.get("lon") is None:
        return UNPLACED_KM
    return great_circle_km(found["lat"], found["lon"], expected["lat"], expected["lon"])


def score_places(gold: dict, predicted: dict) -> dict:
    """Toponym recognition by overlap, then geocoding error over the recognised ones."""
    n_predicted = n_gold = 0
    errors: list[float] = []
    for _, gold_items, predicted_items in rows_of("places", gold, predicted):
        n_predicted += len(predicted_items)
        n_gold += len(gold_items)
        errors += [_placement_error(e, f) for e, f in match_overlapping(gold_items, predicted_items)]
    precision, recall, f1 = precision_recall_f1(len(errors), n_predicted, n_gold)
    accurate = sum(error <= ACCURATE_KM for error in errors)
    return {"precision": precision, "recall": recall, "f1": f1,
            "acc161": ratio(accurate, len(errors)), "found161": ratio(accurate, n_gold),
            "mean_km": statistics.fmean(errors) if errors else 0.0,
            "median_km": statistics.median(errors) if errors else 0.0}


def trim_quote_span(text: str, span) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in QUOTE_EDGE:
        start += 1
    while end > start and text[end - 1] in QUOTE_EDGE:
        end -= 1
    return start, end


def _words(text: str, span) -> list[str]:
    return [word.lower() for word in WORD.findall(text[span[0]:span[1]])]


def _quote_words(text: str, quote: dict) -> list[str]:
    """A quote split by its attribution is compared on its pieces, without the attribution between them."""
    pieces = quote.get("content_parts") or [quote["content"]]
    return [word for piece in pieces for word in _words(text, piece)]


def _word_f1(a: list[str], b: list[str]) -> float:
    shared = sum((Counter(a) & Counter(b)).values())
    return 2 * shared / (len(a) + len(b)) if shared else 0.0


def _exact_quote_matches(text: str, gold_quotes: list[dict], predicted_quotes: list[dict]) -> int:
    """One-to-one matches of trimmed content spans (the whole quote or any one of its pieces)."""
    acceptable = [{trim_quote_span(text, q["content"])}
                  | {trim_quote_span(text, piece) for piece in q.get("content_parts") or []} for q in gold_quotes]
    matched = 0
    for quote in predicted_quotes:
        span = trim_quote_span(text, quote["content"])
        index = next((j for j, spans in enumerate(acceptable) if spans and span in spans), None)
        if index is not None:
            acceptable[index] = set()
            matched += 1
    return matched


def _speaker_agrees(found: dict, expected: dict) -> bool:
    if found.get("speaker") and expected.get("speaker") and spans_overlap(found["speaker"], expected["speaker"]):
        return True
    found_name = (found.get("speaker_text") or "").strip().lower()
    return found_name == (expected.get("speaker_text") or "-").strip().lower()


def _overlap_quote_matches(text: str, gold_quotes: list[dict], predicted_quotes: list[dict]):
    """Each predicted quote, in order, takes its best word-F1 among the gold quotes not yet taken."""
    free = list(range(len(gold_quotes)))
    for quote in predicted_quotes:
        words = _quote_words(text, quote)
        best_score, best_index = 0.0, None
        for j in free:
            score = _word_f1(words, _quote_words(text, gold_quotes[j]))
            if score > best_score:
                best_score, best_index = score, j
        if best_index is not None:
            free.remove(best_index)
            yield best_score, quote, gold_quotes[best_index]


def _best_first_quote_matches(text: str, gold_quotes: list[dict], predicted_quotes: list[dict]):
    """The closest pairs first, whatever the output order: one prediction that overlaps two gold quotes no longer
    takes the one a later, exact prediction needed (a diagnosis beside the reference scorer's pairing)."""
    gold_words = [_quote_words(text, q) for q in gold_quotes]
    predicted_words = [_quote_words(text, q) for q in predicted_quotes]
    pairs = sorted(((_word_f1(found, expected), -i, -j)
                    for i, found in enumerate(predicted_words) for j, expected in enumerate(gold_words)), reverse=True)
    taken_predicted, taken_gold = set(), set()
    for score, i, j in pairs:
        if score > 0 and -i not in taken_predicted and -j not in taken_gold:
            taken_predicted.add(-i)
            taken_gold.add(-j)
            yield score, predicted_quotes[-i], gold_quotes[-j]


def score_quotes(gold: dict, predicted: dict) -> dict:
    """Exact and word-overlap content matching, then speaker agreement over overlapping quotes; the overlap and
    speaker figures once more with the closest pairs matched first (``best_first_*``), which no output order
    changes."""
    exact = n_predicted = n_gold = 0
    tallies = {"": _PairTally(), "best_first_": _PairTally()}
    for row, gold_quotes, predicted_quotes in rows_of("quotes", gold, predicted):
        text = row["text"]
        n_predicted += len(predicted_quotes)
        n_gold += len(gold_quotes)
        exact += _exact_quote_matches(text, gold_quotes, predicted_quotes)
        tallies[""].add(_overlap_quote_matches(text, gold_quotes, predicted_quotes))
        tallies["best_first_"].add(_best_first_quote_matches(text, gold_quotes, predicted_quotes))
    overlap_p, overlap_r, overlap_f = precision_recall_f1(tallies[""].credit, n_predicted, n_gold)
    best = tallies["best_first_"]
    return {"content_exact_f1": precision_recall_f1(exact, n_predicted, n_gold)[2],
            "content_overlap_precision": overlap_p, "content_overlap_recall": overlap_r,
            "content_overlap_f1": overlap_f, "speaker_acc": tallies[""].speaker_acc(),
            "best_first_overlap_f1": precision_recall_f1(best.credit, n_predicted, n_gold)[2],
            "best_first_speaker_acc": best.speaker_acc()}


@dataclass
class _PairTally:
    """Overlap credit and speaker agreement summed over matched (prediction, gold) pairs."""

    credit: float = 0.0
    speakers_right: int = 0
    speakers_scored: int = 0

    def add(self, matches) -> None:
        for credit, found, expected in matches:
            self.credit += credit
            if expected.get("speaker") or expected.get("speaker_text"):
                self.speakers_scored += 1
                self.speakers_right += _speaker_agrees(found, expected)

    def speaker_acc(self) -> float:
        return ratio(self.speakers_right, self.speakers_scored)
