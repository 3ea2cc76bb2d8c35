"""Learn which (cue lemma, frame) pairs are attributions, from PolNeAR train (train split only).

    python -m eventwire.quotes.train_cues ../shared/gold/quotes/polnear_train.jsonl [--docbin parsed.spacy]

For every token and every frame :func:`~eventwire.quotes.frames.frames_of` proposes, count how often a gold
attribution has its cue on that token and a content that overlaps the frame's content (token F1 >= 0.5). The
counts go to ``data/cue_frames.json``; the stage keeps frames whose precision and support pass its thresholds.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from eventwire.quotes.frames import frames_of, token_span
from eventwire.quotes.lexicon import lexicon

OUTPUT = Path(__file__).with_name("data") / "cue_frames.json"
_WORD = re.compile(r"\w+")


def token_f1(text: str, predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> float:
    """Bag-of-words F1 between two lists of character spans (as the reference scorer computes it)."""
    a = Counter(w.lower() for s, e in predicted for w in _WORD.findall(text[s:e]))
    b = Counter(w.lower() for s, e in gold for w in _WORD.findall(text[s:e]))
    common = sum((a & b).values())
    return 2 * common / (sum(a.values()) + sum(b.values())) if common else 0.0


def count_frames(lines: list[dict], docs) -> tuple[Counter, Counter]:
    hits, totals = Counter(), Counter()
    for line, doc in zip(lines, docs):
        gold_by_cue = _gold_by_cue_token(line, doc)
        text = doc.text
        for token in doc:
            for frame in frames_of(token):
                spans = [s for s in (token_span(doc, p) for p in frame.content) if s]
                if not spans:
                    continue
                hit = any(token_f1(text, spans, gold) >= 0.5 for gold in gold_by_cue.get(token.i, []))
                for key in (frame.key, frame.full_key):
                    totals[key] += 1
                    hits[key] += hit
    return hits, totals


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
    table = {key: [hits[key], totals[key]] for key in sorted(totals) if hits[key] or totals[key] >= trusted}
    about = f"(cue POS:lemma:frame[:speaker]) -> [attributions, occurrences], learnt from {Path(args.train).name}"
    OUTPUT.write_text(_one_frame_a_line(about, table), encoding="utf-8")
    print(f"{len(table)} frames written to {OUTPUT}")


if __name__ == "__main__":
    main()
