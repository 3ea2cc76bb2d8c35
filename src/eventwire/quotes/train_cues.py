"""Learn which (cue lemma, frame) pairs are attributions, from PolNeAR train (train split only).

    python -m eventwire.quotes.train_cues ../shared/gold/quotes/polnear_train.jsonl [--docbin parsed.spacy]

For every token outside quotation marks and every frame :func:`~eventwire.quotes.frames.frames_of` proposes,
sum the token F1 of the frame's content against the gold attribution cued on that token (when >= 0.5), and
count occurrences. The sums go to ``data/cue_frames.json``; the stage keeps frames whose expected credit
(sum / occurrences) and support pass its thresholds, and prefers the frame with the best expected credit.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from eventwire.document import paragraph_spans
from eventwire.quotes.frames import frames_of, token_span
from eventwire.quotes.lexicon import lexicon
from eventwire.quotes.marks import inside_mask, quotations

OUTPUT = Path(__file__).with_name("data") / "cue_frames.json"
#: Token F1 from which a frame counts as finding a gold attribution.
MIN_OVERLAP = 0.5
_WORD = re.compile(r"\w+")


def token_f1(text: str, predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> float:
    """Bag-of-words F1 between two lists of character spans (as the reference scorer computes it)."""
    a = Counter(w.lower() for s, e in predicted for w in _WORD.findall(text[s:e]))
    b = Counter(w.lower() for s, e in gold for w in _WORD.findall(text[s:e]))
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values())) if common else 0.0


def count_frames(lines: list[dict], docs) -> tuple[Counter, Counter]:
    """Cue tokens inside quotation marks are skipped, as the stage skips them: PolNeAR does not annotate the
    "I believe" of a quoted speaker, so counting them would make thought verbs look unreliable."""
    hits, totals = Counter(), Counter()
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
                    totals[key] += 1
                    hits[key] += credit
    return hits, totals


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


def _one_frame_a_line(about: str, table: dict[str, list[int]]) -> str:
    """JSON that diffs well: one frame per line."""
    rows = ",\n".join(f"  {json.dumps(key)}: {json.dumps(counts)}" for key, counts in table.items())
    return f'{{"about": {json.dumps(about)},\n "frames": {{\n{rows}\n}}}}\n'


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", help="PolNeAR train JSONL (never dev or test)")
    parser.add_argument("--docbin", help="the same articles already parsed, as a spaCy DocBin")
    args = parser.parse_args(argv)
    from eventwire.nlp.model import load_model

    nlp = load_model()
    lines = [json.loads(l) for l in Path(args.train).read_text(encoding="utf-8").splitlines() if l.strip()]
    if args.docbin:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(args.docbin).get_docs(nlp.vocab))
    else:
        docs = nlp.pipe((line["text"] for line in lines), batch_size=16)
    hits, totals = count_frames(lines, docs)
    trusted = lexicon()["thresholds"]["min_specific"]
    # a never-attributing pair matters only when frequent enough to overrule its back-off key
    table = {key: [round(hits[key], 2), totals[key]] for key in sorted(totals) if hits[key] or totals[key] >= trusted}
    about = f"(cue POS:lemma:frame[:speaker]) -> [F1 credit, occurrences], learnt from {Path(args.train).name}"
    OUTPUT.write_text(_one_frame_a_line(about, table), encoding="utf-8")
    print(f"{len(table)} frames written to {OUTPUT}")


if __name__ == "__main__":
    main()
