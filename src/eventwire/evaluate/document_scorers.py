"""Scorers for tasks judged per document: events (label sets), extraction (bag of words), dedup (clusters)."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from eventwire.evaluate.measures import harmonic_mean, precision_recall_f1, ratio

#: PLOVER type -> CAMEO QuadClass, used when a prediction names the type but not its quad.
QUAD_OF_TYPE = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1,
                "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
                "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3,
                "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
COUNTRY_PREFIX = 3  # a CAMEO actor code starts with the ISO alpha-3 country (or a 3-letter IGO prefix)


def label_set_f1(pairs: list[tuple[set, set]]) -> tuple[float, float]:
    """Micro and macro F1 of per-document label sets; macro averages over labels that occur in the gold."""
    hits, extra, missed = Counter(), Counter(), Counter()
    for expected, found in pairs:
        hits.update(expected & found)
        extra.update(found - expected)
        missed.update(expected - found)
    n_hits = sum(hits.values())
    micro = precision_recall_f1(n_hits, n_hits + sum(extra.values()), n_hits + sum(missed.values()))[2]
    gold_labels = set(hits) | set(missed)
    per_label = [precision_recall_f1(hits[t], hits[t] + extra[t], hits[t] + missed[t])[2] for t in gold_labels]
    return micro, (sum(per_label) / len(per_label) if per_label else 0.0)


def _quads(events: list[dict]) -> set[int]:
    return {e.get("quad") or QUAD_OF_TYPE.get(e.get("type")) for e in events} - {None}


def _actor_country(event: dict, side: str) -> str:
    return ((event.get(side) or {}).get("code") or "")[:COUNTRY_PREFIX]


def _actor_hits(gold_events: list[dict], predicted_events: list[dict], tally: dict[str, list[int]]) -> None:
    """For each gold event whose type was predicted: does a predicted event of that type share its country?"""
    for expected in gold_events:
        same_type = [e for e in predicted_events if e.get("type") == expected.get("type")]
        if not same_type:
            continue
        for side in ("source", "target"):
            country = _actor_country(expected, side)
            if len(country) == COUNTRY_PREFIX:
                tally[side][0] += any(_actor_country(e, side) == country for e in same_type)
                tally[side][1] += 1


def score_events(gold: dict, predicted: dict) -> dict:
    """PLOVER type sets, QuadClass sets, actor countries, and invented events on no-event documents."""
    type_pairs, quad_pairs = [], []
    no_event_docs = spurious = 0
    actor_tally = {"source": [0, 0], "target": [0, 0]}
    for doc_id, row in gold.items():
        gold_events = row.get("events", [])
        predicted_events = predicted.get(doc_id, {}).get("events", [])
        quad_pairs.append((_quads(gold_events), _quads(predicted_events)))
        if not gold_events:
            no_event_docs += 1
            spurious += bool(predicted_events)
        elif not any("type" in e for e in gold_events):
            continue  # a document coded with QuadClass only is scored on quads alone
        type_pairs.append(({e["type"] for e in gold_events if e.get("type")},
                           {e.get("type") for e in predicted_events} - {None}))
        _actor_hits(gold_events, predicted_events, actor_tally)
    type_micro, type_macro = label_set_f1(type_pairs) if type_pairs else (0.0, 0.0)
    quad_micro, quad_macro = label_set_f1(quad_pairs)
    return {"type_micro_f1": type_micro, "type_macro_f1": type_macro, "quad_f1": quad_micro,
            "quad_macro_f1": quad_macro, "source_acc": ratio(*actor_tally["source"]),
            "target_acc": ratio(*actor_tally["target"]), "spurious_rate": ratio(spurious, no_event_docs),
            "docs": len(gold)}


def _collapse_spaces(value: str | None) -> str:
    return " ".join((value or "").split()).lower()


def _bag_scores(expected_text: str, found_text: str) -> tuple[float, float, float]:
    expected, found = Counter(expected_text.split()), Counter(found_text.split())
    shared = sum((expected & found).values())
    precision, recall = ratio(shared, sum(found.values())), ratio(shared, sum(expected.values()))
    return precision, recall, harmonic_mean(precision, recall)


def score_extraction(gold: dict, predicted: dict) -> dict:
    """Bag-of-whitespace-tokens body scores averaged per page; exact title and date where the gold has them."""
    totals = [0.0, 0.0, 0.0]
    titles, dates = [0, 0], [0, 0]
    for doc_id, row in gold.items():
        found = predicted.get(doc_id, {})
        for k, value in enumerate(_bag_scores(row["text"], found.get("text") or "")):
            totals[k] += value
        if row.get("title"):
            titles[0] += _collapse_spaces(row["title"]) == _collapse_spaces(found.get("title"))
            titles[1] += 1
        if row.get("date"):
            dates[0] += row["date"][:10] == (found.get("date") or "")[:10]
            dates[1] += 1
    pages = len(gold) or 1
    return {"body_precision": totals[0] / pages, "body_recall": totals[1] / pages, "body_f1": totals[2] / pages,
            "title_acc": ratio(*titles), "date_acc": ratio(*dates)}


def _same_cluster_pairs(assignment: dict[str, str]) -> set[tuple[str, str]]:
    members = defaultdict(list)
    for doc_id in sorted(assignment):
        members[assignment[doc_id]].append(doc_id)
    return {pair for group in members.values() for pair in combinations(group, 2)}


def score_clusters(gold_clusters: dict[str, str], predicted_clusters: dict[str, str]) -> dict:
    """B-cubed and pairwise precision/recall/F1 of a clustering against the gold one (same ids)."""
    gold_members, predicted_members = defaultdict(set), defaultdict(set)
    for doc_id in gold_clusters:
        gold_members[gold_clusters[doc_id]].add(doc_id)
        predicted_members[predicted_clusters[doc_id]].add(doc_id)
    b_precision = b_recall = 0.0
    for doc_id in gold_clusters:
        mine, truth = predicted_members[predicted_clusters[doc_id]], gold_members[gold_clusters[doc_id]]
        b_precision += len(mine & truth) / len(mine)
        b_recall += len(mine & truth) / len(truth)
    n = len(gold_clusters)
    b_precision, b_recall = ratio(b_precision, n), ratio(b_recall, n)
    gold_pairs, predicted_pairs = _same_cluster_pairs(gold_clusters), _same_cluster_pairs(predicted_clusters)
    p_precision, p_recall, p_f1 = precision_recall_f1(len(gold_pairs & predicted_pairs), len(predicted_pairs),
                                                      len(gold_pairs))
    return {"bcubed_precision": b_precision, "bcubed_recall": b_recall,
            "bcubed_f1": harmonic_mean(b_precision, b_recall),
            "pair_precision": p_precision, "pair_recall": p_recall, "pair_f1": p_f1}


def score_dedup(gold: dict, predicted: dict) -> dict:
    """An article predicted without a cluster stands alone."""
    gold_clusters = {doc_id: row["cluster"] for doc_id, row in gold.items()}
    predicted_clusters = {}
    for doc_id in gold:
        cluster = predicted.get(doc_id, {}).get("cluster")
        predicted_clusters[doc_id] = f"~{doc_id}" if cluster is None else cluster
    return score_clusters(gold_clusters, predicted_clusters)
