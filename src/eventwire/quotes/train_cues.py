"""Learn which (cue lemma, frame) pairs are attributions, from PolNeAR train (train split only).

    python -m eventwire.quotes.train_cues ../shared/gold/quotes/polnear_train.jsonl [--docbin parsed.spacy]
        [--out DIR]

``--docbin`` caches the parse: read when the file exists, else written after parsing. A cache made by another
version of the pipeline (model, entity rules) gives other tables, so make it with this option from the current code.
``--out`` writes the three files to another directory than the package's ``data/`` (to compare with the shipped).

For every token outside quotation marks and every frame :func:`~eventwire.quotes.frames.frames_of` proposes,
sum the token F1 of the frame's content against the gold attribution cued on that token (when >= 0.5), and
count occurrences. The sums go to ``data/cue_frames.json``, and a back-off model fitted on the same frames
(:mod:`eventwire.quotes.backoff`) to ``data/cue_backoff.json``; the stage prefers each cue's frame of best expected
credit (sum / occurrences) and keeps it when that credit, times the ratio learnt for the cue's context
(:func:`learn_contexts`), passes its threshold.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.document import paragraph_spans
from eventwire.quotes import cue_detector
from eventwire.quotes.attribution import best_frame, cue_context
from eventwire.quotes.backoff import WEIGHTS, fit, frame_features, model_json
from eventwire.quotes.cue_detector import CANDIDATE_FLOOR, occurrence_features
from eventwire.quotes.frames import frames_of, token_span
from eventwire.quotes.lexicon import lexicon
from eventwire.quotation_marks import inside_mask, quotations

OUTPUT = Path(__file__).with_name("data") / "cue_frames.json"
#: Token F1 from which a frame counts as finding a gold attribution.
MIN_OVERLAP = 0.5
#: Pseudo-count pulling a rarely seen context's ratio towards 1.
CONTEXT_PRIOR = 5.0
#: L2 penalty of the back-off model (cross-fitted on train halves: 3 beat 1, 5 and 10).
BACKOFF_L2 = 3.0
#: L2 penalty of the cue detector (:mod:`.cue_detector`; on a 200-article train subset 3 beat 1 and 10).
DETECTOR_L2 = 3.0
_WORD = re.compile(r"\w+")


def token_f1(text: str, predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> float:
    """Bag-of-words F1 between two lists of character spans (as the reference scorer computes it)."""
    a = Counter(w.lower() for s, e in predicted for w in _WORD.findall(text[s:e]))
    b = Counter(w.lower() for s, e in gold for w in _WORD.findall(text[s:e]))
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values())) if common else 0.0


@dataclass
class Tally:
    """What train says about candidate frames: credit and occurrences per key, and each frame's features."""

    hits: Counter = field(default_factory=Counter)
    totals: Counter = field(default_factory=Counter)
    features: list[list[str]] = field(default_factory=list)
    credits: list[float] = field(default_factory=list)

    def table(self) -> dict[str, tuple[float, int]]:
        """A never-attributing key matters only when frequent enough to overrule its back-off key."""
        trusted = lexicon()["thresholds"]["min_specific"]
        return {key: (round(self.hits[key], 2), self.totals[key]) for key in sorted(self.totals)
                if self.hits[key] or self.totals[key] >= trusted}

    def model(self) -> tuple[float, dict[str, float]]:
        return fit(self.features, self.credits, l2=BACKOFF_L2)


def count_frames(lines: list[dict], docs) -> Tally:
    """Cue tokens inside quotation marks are skipped, as the stage skips them: PolNeAR does not annotate the
    "I believe" of a quoted speaker, so counting them would make thought verbs look unreliable."""
    tally = Tally()
    for line, doc in zip(lines, docs):
        gold_by_cue = _gold_by_cue_token(line, doc)
        text = doc.text
        mask = inside_mask(text, quotations(text, paragraph_spans(text)))
        for token in doc:
            if mask[token.idx]:
                continue
            for frame in frames_of(token):
                spans = [s for s in (token_span(doc, p) for p in frame.content) if s]
                if not spans:
                    continue
                credit = _credit(text, spans, gold_by_cue.get(token.i, []))
                for key in (frame.key, frame.full_key):
                    tally.totals[key] += 1
                    tally.hits[key] += credit
                tally.features.append(frame_features(frame))
                tally.credits.append(credit)
    return tally


@dataclass
class Settlement:
    """Cross-fitted promises and what they earned: per cue context, and per frame (the detector's rows)."""

    promised: Counter = field(default_factory=Counter)
    earned: Counter = field(default_factory=Counter)
    rows: list[list[str]] = field(default_factory=list)
    credits: list[float] = field(default_factory=list)

    def contexts(self) -> dict[str, float]:
        return {c: round((self.earned[c] + CONTEXT_PRIOR) / (self.promised[c] + CONTEXT_PRIOR), 3)
                for c in sorted(self.promised)}

    def detector(self) -> tuple[float, dict[str, float]]:
        return fit(self.rows, self.credits, l2=DETECTOR_L2)


def cross_fit(lines: list[dict], docs: list) -> Settlement:
    """Each frame a table and back-off model learnt on one half of train promise, paid by the other half
    (in-sample promises would be too good for rare keys): what the stage's frames would earn on unseen articles."""
    settlement = Settlement()
    folds = [(lines[k::2], docs[k::2]) for k in (0, 1)]
    tallies = [count_frames(*fold) for fold in folds]
    for (fold_lines, fold_docs), tally in zip(folds, reversed(tallies)):
        table, model = tally.table(), tally.model()
        for line, doc in zip(fold_lines, fold_docs):
            _settle(line, doc, table, model, settlement)
    return settlement


def learn_contexts(lines: list[dict], docs: list) -> dict[str, float]:
    """Per cue context (:func:`~eventwire.quotes.attribution.cue_context`), the credit its best frames earn over
    the precision the table promised them (cross-fitted)."""
    return cross_fit(lines, docs).contexts()


def _settle(line: dict, doc, table: dict, model: tuple[float, dict[str, float]], settlement: Settlement) -> None:
    gold_by_cue = _gold_by_cue_token(line, doc)
    text = doc.text
    mask = inside_mask(text, quotations(text, paragraph_spans(text)))
    for token in doc:
        found = None if mask[token.idx] else best_frame(token, table, model)
        if found is None or found[0] < CANDIDATE_FLOOR:
            continue
        spans = [s for s in (token_span(doc, p) for p in found[1].content) if s]
        if spans:
            credit = _credit(text, spans, gold_by_cue.get(token.i, []))
            settlement.promised[cue_context(token)] += found[0]
            settlement.earned[cue_context(token)] += credit
            settlement.rows.append(occurrence_features(found[1], found[0]))
            settlement.credits.append(credit)


def _credit(text: str, spans: list[tuple[int, int]], golds: list[list[tuple[int, int]]]) -> float:
    """What the scorer would credit the frame with (its best token F1), when it clearly is the gold one: so of
    two frames that both find an attribution, the one whose boundaries match PolNeAR's earns more."""
    best = max((token_f1(text, spans, gold) for gold in golds), default=0.0)
    return best if best >= MIN_OVERLAP else 0.0


def _gold_by_cue_token(line: dict, doc) -> dict[int, list[list[tuple[int, int]]]]:
    found: dict[int, list] = {}
    for quote in line["quotes"]:
        cue = doc.char_span(*quote["cue"], alignment_mode="expand")
        if cue is None:
            continue
        parts = [tuple(p) for p in quote.get("content_parts") or [quote["content"]]]
        for token in cue:
            found.setdefault(token.i, []).append(parts)
    return found


def _one_entry_a_line(about: str, contexts: dict[str, float], table: dict[str, list[int]]) -> str:
    """JSON that diffs well: one context or frame per line."""
    blocks = [",\n".join(f"  {json.dumps(key)}: {json.dumps(value)}" for key, value in entries.items())
              for entries in (contexts, table)]
    return (f'{{"about": {json.dumps(about)},\n "contexts": {{\n{blocks[0]}\n}},\n'
            f' "frames": {{\n{blocks[1]}\n}}}}\n')


def parsed_lines(train: str, docbin: str | None, nlp) -> tuple[list[dict], list]:
    """The train lines and their parses, read from ``docbin`` when it exists (the same articles parsed by an earlier
    run), else parsed here and, with ``docbin``, written there (without ``Doc.user_data``: the stage's memos)."""
    from spacy.tokens import DocBin

    lines = [json.loads(l) for l in Path(train).read_text(encoding="utf-8").splitlines() if l.strip()]
    if docbin and Path(docbin).exists():
        docs = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
        if len(docs) != len(lines):
            raise SystemExit(f"{docbin} holds {len(docs)} parses for {len(lines)} articles of {train}")
        return lines, docs
    from eventwire.evaluate.runner import progress_bar

    docs = []
    with progress_bar("parsing", len(lines)) as advance:
        for doc in nlp.pipe((line["text"] for line in lines), batch_size=16):
            docs.append(doc)
            advance(1)
    if docbin:
        DocBin(docs=docs, store_user_data=False).to_disk(docbin)
    return lines, docs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", help="PolNeAR train JSONL (never dev or test)")
    parser.add_argument("--docbin", help="parse cache (spaCy DocBin): read when present, else written")
    parser.add_argument("--out", type=Path, default=OUTPUT.parent, help="directory of the three files written")
    args = parser.parse_args(argv)
    from eventwire.nlp.model import load_model

    nlp = load_model()
    lines, docs = parsed_lines(args.train, args.docbin, nlp)
    tally = count_frames(lines, docs)
    table = tally.table()
    source = Path(args.train).name
    about = (f"contexts: cue tag/dep -> credit earned / precision promised; frames: (cue POS:lemma:frame[:speaker])"
             f" -> [F1 credit, occurrences]; learnt from {source}")
    settlement = cross_fit(lines, docs)
    args.out.mkdir(parents=True, exist_ok=True)
    frames_path, backoff_path, detector_path = (args.out / path.name for path in (OUTPUT, WEIGHTS,
                                                                                  cue_detector.WEIGHTS))
    frames_path.write_text(_one_entry_a_line(about, settlement.contexts(), table), encoding="utf-8")
    bias, weights = tally.model()
    backoff_path.write_text(model_json(bias, weights, f"back-off model of cue frames: logistic regression weights of "
                                                      f"frame features; learnt from {source}"), encoding="utf-8")
    bias, detector = settlement.detector()
    detector_path.write_text(model_json(bias, detector, f"cue detector: logistic regression weights of a frame "
                                                        f"occurrence's features, on cross-fitted table precisions; "
                                                        f"learnt from {source}"), encoding="utf-8")
    print(f"{len(table)} frames written to {frames_path}, {len(weights)} back-off weights to {backoff_path}, "
          f"{len(detector)} detector weights to {detector_path}")

if __name__ == "__main__":
    main()
