"""Learn the stray veto (:mod:`eventwire.quotes.stray`) from PolNeAR train (train split only).

    python -m eventwire.quotes.train_stray ../shared/gold/quotes/polnear_train.jsonl [--docbin parsed.spacy]
        [--out DIR]

Runs the quotes stage without the veto over train and labels each predicted quote a stray when its content
matches no gold attribution (best token F1 < 0.5). A logistic model is cross-fitted over the first articles
(``--folds`` folds of ``--learn`` articles), and the cut-off is the one whose vetoes, on those out-of-fold
scores, raise the reference scorer's speaker accuracy most while costing at most ``--max-overlap-loss`` of
overlap F1 (the greedy pairing simulated on what the veto leaves). The rest of train checks a model learnt on
the first articles; the shipped model is learnt on all of train, with the chosen cut-off, into
``data/stray_veto.json`` (``--out``: another directory). The stage runs with the package's cue tables, so train the
veto after :mod:`eventwire.quotes.train_cues`; ``--docbin`` is the same parse cache.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluate.predict import annotation_to_gold, document_for
from eventwire.evaluate.span_scorers import score_quotes
from eventwire.quotes.backoff import fit, logistic, model_json
from eventwire.quotes.stray import WEIGHTS, stray_features
from eventwire.quotes.train_cues import MIN_OVERLAP, parsed_lines, token_f1

#: L2 penalty of the veto model.
STRAY_L2 = 3.0
#: Cut-offs tried (a quote is vetoed when its stray probability reaches the cut-off).
CUTOFFS = tuple(round(0.3 + 0.025 * step, 3) for step in range(13))


@dataclass
class Article:
    """One train article's gold line and the stage's quotes (gold format) with their features and labels."""

    line: dict
    quotes: list[dict]
    features: list[list[str]]
    strays: list[bool]


def candidates(lines: list[dict], docs: list, nlp) -> list[Article]:
    """Each article's quotes as the stage makes them before the veto."""
    from eventwire.evaluate.runner import progress_bar
    from eventwire.pipeline import Pipeline
    from eventwire.quotes.stage import QuoteStage

    pipeline = Pipeline(stages=["entities", "actors"], nlp=nlp)
    stage = QuoteStage(veto_strays=False)
    articles = []
    with progress_bar("quoting", len(lines)) as advance:
        for line, parsed in zip(lines, docs):
            document = document_for(line)
            pipeline.apply(document, parsed)
            stage(document, parsed)
            quotes = [annotation_to_gold("quotes", q) for q in document.quotes]
            articles.append(Article(line, quotes, stray_features(document.text, parsed, document.quotes),
                                    [_stray(line, q) for q in quotes]))
            advance(1)
    return articles


def _stray(line: dict, quote: dict) -> bool:
    parts = [tuple(p) for p in quote.get("content_parts") or [quote["content"]]]
    golds = [[tuple(p) for p in g.get("content_parts") or [g["content"]]] for g in line["quotes"]]
    return max((token_f1(line["text"], parts, gold) for gold in golds), default=0.0) < MIN_OVERLAP


def learn(articles: list[Article]) -> tuple[float, dict[str, float]]:
    rows = [row for a in articles for row in a.features]
    labels = [float(stray) for a in articles for stray in a.strays]
    return fit(rows, labels, l2=STRAY_L2)


def out_of_fold(articles: list[Article], folds: int) -> list[list[float]]:
    """Each article's stray probabilities by a model learnt without its fold."""
    scores: list[list[float]] = [[] for _ in articles]
    for fold in range(folds):
        model = learn([a for i, a in enumerate(articles) if i % folds != fold])
        for i in range(fold, len(articles), folds):
            scores[i] = [logistic(model, row) for row in articles[i].features]
    return scores


def effect(articles: list[Article], scores: list[list[float]], cutoff: float) -> dict[str, float]:
    """The reference scorer's figures with the quotes scoring ``cutoff`` or more vetoed."""
    gold = {a.line["id"]: a.line for a in articles}
    kept = {a.line["id"]: {"id": a.line["id"], "quotes": [q for q, s in zip(a.quotes, own) if s < cutoff]}
            for a, own in zip(articles, scores)}
    return score_quotes(gold, kept)


def choose_cutoff(articles: list[Article], scores: list[list[float]], max_overlap_loss: float) -> float:
    """The cut-off of best speaker accuracy among those losing at most ``max_overlap_loss`` overlap F1 (none
    vetoed, 1.01, when no cut-off gains)."""
    base = effect(articles, scores, 1.01)
    print(f"  no veto: {_figures(base)}")
    best, best_speaker = 1.01, base["speaker_acc"]
    for cutoff in CUTOFFS:
        figures = effect(articles, scores, cutoff)
        print(f"  cut-off {cutoff:.3f}: {_figures(figures)}")
        if base["content_overlap_f1"] - figures["content_overlap_f1"] <= max_overlap_loss \
                and figures["speaker_acc"] > best_speaker:
            best, best_speaker = cutoff, figures["speaker_acc"]
    return best


def _figures(figures: dict[str, float]) -> str:
    return (f"overlap F1 {figures['content_overlap_f1']:.4f} (P {figures['content_overlap_precision']:.3f}) "
            f"speaker {figures['speaker_acc']:.4f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", help="PolNeAR train JSONL (never dev or test)")
    parser.add_argument("--docbin", help="parse cache (spaCy DocBin): read when present, else written")
    parser.add_argument("--out", type=Path, default=WEIGHTS.parent, help="directory of the veto file written")
    parser.add_argument("--learn", type=int, default=640, help="articles cross-fitted to choose the cut-off")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-overlap-loss", type=float, default=0.001,
                        help="overlap F1 the out-of-fold vetoes may cost")
    args = parser.parse_args(argv)
    from eventwire.nlp.model import load_model

    nlp = load_model()
    lines, docs = parsed_lines(args.train, args.docbin, nlp)
    articles = candidates(lines, docs, nlp)
    learning, check = articles[:args.learn], articles[args.learn:]
    cutoff = choose_cutoff(learning, out_of_fold(learning, args.folds), args.max_overlap_loss)
    if check:
        model = learn(learning)
        scores = [[logistic(model, row) for row in a.features] for a in check]
        print(f"check on the last {len(check)} articles: without the veto {_figures(effect(check, scores, 1.01))}; "
              f"with it {_figures(effect(check, scores, cutoff))}")
    bias, weights = learn(articles)
    about = (f"stray veto: logistic regression weights of a predicted quote's features (probability it matches no "
             f"gold attribution); quotes from cutoff up are dropped; learnt from {Path(args.train).name}")
    text = model_json(bias, weights, about).replace('\n "weights"', f'\n "cutoff": {cutoff},\n "weights"', 1)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / WEIGHTS.name).write_text(text, encoding="utf-8")
    print(f"cut-off {cutoff}, {len(weights)} weights written to {args.out / WEIGHTS.name}")


if __name__ == "__main__":
    main()
