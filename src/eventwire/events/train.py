"""Train the event classifier shipped in ``data/classifier.npz``: ``python -m eventwire.events.train``.

Training material (read from ``shared/gold/events``, never shipped):
- ``ngec_synthetic_train.jsonl``: synthetic stories with one PLOVER type each. The headline and the lead
  sentence carry the prompted event; later sentences in which the rule coder finds no trigger serve as NONE
  (a weak, rule-derived negative label).
- ``conflibert_train.jsonl``: sentences with a QuadClass only; one fifth (by a hash of the id) is held out
  and its score printed, so the quad figure is not measured on training data.
Both heads are softmax regressions fitted with full-batch Adam and L2 on sparse lemma features; texts are
tagged and lemmatised only (no parser, no NER), which is all the features need.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np

from eventwire.events.codebook import PLOVER_TYPES, data_path
from eventwire.events.classifier import NONE, WEIGHTS_FILE
from eventwire.events.features import sentence_features
from eventwire.events.triggers import patterns
from eventwire.nlp.model import load_model

TYPE_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
             "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4,
             "ASSAULT": 4}  # REQUEST is left out: appeals are quad 1, demands quad 3
STORY_CHARS = 900
MAX_FEATURES = 40_000


def held_out(identifier: str, share: int = 5) -> bool:
    return int(hashlib.md5(identifier.encode()).hexdigest(), 16) % share == 0


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _has_trigger_word(sentence) -> bool:
    table = patterns()
    return any(t.lemma_.lower() in table["verbs"] or t.lemma_.lower() in table["nouns"] for t in sentence)


def story_examples(nlp, stories: list[dict]) -> tuple[list, list]:
    """(features, type) and (features, quad) pairs from the synthetic stories."""
    type_rows, quad_rows = [], []
    texts = (f"{s.get('title') or ''}.\n\n{s['text'][:STORY_CHARS]}" for s in stories)
    for story, parsed in zip(stories, nlp.pipe(texts, batch_size=64)):
        label = story["events"][0]["type"]
        for position, sentence in enumerate(parsed.sents):
            if position <= 1:
                feats = sentence_features(sentence)
                type_rows.append((feats, label))
                if label in TYPE_QUAD:
                    quad_rows.append((feats, str(TYPE_QUAD[label])))
            elif position >= 3 and not _has_trigger_word(sentence):
                feats = sentence_features(sentence)
                type_rows.append((feats, NONE))
                quad_rows.append((feats, NONE))
                break
    return type_rows, quad_rows


def quad_examples(nlp, lines: list[dict]) -> list:
    rows = []
    for line, parsed in zip(lines, nlp.pipe((x["text"] for x in lines), batch_size=64)):
        rows.append((sentence_features(parsed), str(line["events"][0]["quad"])))
    return rows


def _scatter(index: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Sum the rows of ``values`` into ``size`` buckets by ``index`` (a sparse matrix product, in numpy)."""
    return np.stack([np.bincount(index, weights=values[:, c], minlength=size) for c in range(values.shape[1])], 1)


def fit(rows: list, labels: list[str], epochs: int = 200, l2: float = 1e-4, rate: float = 0.05):
    """Softmax regression by full-batch Adam; returns (vocabulary, weights)."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    vocabulary = [f for f, n in counts.most_common(MAX_FEATURES) if n >= 2]
    index = {f: i for i, f in enumerate(vocabulary)}
    cols, owners = [], []
    for r, (feats, _) in enumerate(rows):
        ids = sorted({index[f] for f in feats if f in index})
        cols.extend(ids)
        owners.extend([r] * len(ids))
    cols, owners = np.array(cols), np.array(owners)
    y = np.zeros((len(rows), len(labels)))
    y[np.arange(len(rows)), [labels.index(label) for _, label in rows]] = 1
    class_weight = 1 / np.sqrt(y.sum(axis=0) + 1)
    sample_weight = (y * class_weight).sum(axis=1, keepdims=True)
    sample_weight /= sample_weight.mean()
    w = np.zeros((len(vocabulary), len(labels)))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, epochs + 1):
        logits = _scatter(owners, w[cols], len(rows))
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        g_rows = (p - y) * sample_weight / len(rows)
        grad = _scatter(cols, g_rows[owners], len(vocabulary)) + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return vocabulary, w


def predict(vocabulary, w, labels, feats) -> str:
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [index[f] for f in feats if f in index]
    return labels[int(w[rows].sum(axis=0).argmax())]


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in set(gold):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def feature_sets(gold: Path) -> dict[str, list]:
    """Featurised training and held-out examples for both heads (the slow part: it parses every text)."""
    nlp = load_model()
    with nlp.select_pipes(disable=["parser", "ner"]):
        nlp.enable_pipe("senter")
        try:
            return _featurise(nlp, gold)
        finally:
            nlp.disable_pipe("senter")


def _featurise(nlp, gold: Path) -> dict[str, list]:
    stories = _read(gold / "ngec_synthetic_train.jsonl")
    conflibert = _read(gold / "conflibert_train.jsonl")
    type_rows, quad_rows = story_examples(nlp, [s for s in stories if not held_out(s["id"], 10)])
    quad_rows += quad_examples(nlp, [x for x in conflibert if not held_out(x["id"])])
    test_types, _ = story_examples(nlp, [s for s in stories if held_out(s["id"], 10)])
    test_quads = quad_examples(nlp, [x for x in conflibert if held_out(x["id"])])
    return {"type": type_rows, "quad": quad_rows, "test_type": test_types, "test_quad": test_quads}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[4] / "shared/gold/events")
    parser.add_argument("--out", type=Path, default=Path(str(data_path(WEIGHTS_FILE))))
    parser.add_argument("--features-cache", type=Path, help="JSON file to reuse parsed features between runs")
    args = parser.parse_args(argv)
    if args.features_cache and args.features_cache.is_file():
        sets = json.loads(args.features_cache.read_text(encoding="utf-8"))
    else:
        sets = feature_sets(args.gold)
        if args.features_cache:
            args.features_cache.write_text(json.dumps(sets), encoding="utf-8")
    type_rows, quad_rows, test_types, test_quads = (sets[k] for k in ("type", "quad", "test_type", "test_quad"))
    type_labels, quad_labels = list(PLOVER_TYPES) + [NONE], ["1", "2", "3", "4", NONE]
    type_vocab, type_w = fit(type_rows, type_labels)
    quad_vocab, quad_w = fit(quad_rows, quad_labels)
    for name, rows, vocab, w, labels in (("ngec type (held-out 10%)", test_types, type_vocab, type_w, type_labels),
                                         ("conflibert quad (held-out 20%)", test_quads, quad_vocab, quad_w,
                                          quad_labels)):
        pred = [predict(vocab, w, labels, feats) for feats, _ in rows]
        gold = [label for _, label in rows]
        accuracy = sum(g == p for g, p in zip(gold, pred)) / len(gold)
        print(f"{name}: n={len(gold)} accuracy={accuracy:.4f} macro_f1={macro_f1(gold, pred):.4f}")
    np.savez_compressed(args.out, type_vocabulary=np.array(type_vocab), type_weights=type_w.astype(np.float16),
                        type_labels=np.array(type_labels), quad_vocabulary=np.array(quad_vocab),
                        quad_weights=quad_w.astype(np.float16), quad_labels=np.array(quad_labels))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
