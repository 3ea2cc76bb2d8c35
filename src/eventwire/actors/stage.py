"""The ``actors`` pipeline stage and the helpers other stages call to code an actor."""

from __future__ import annotations

import bisect

from spacy.attrs import DEP, HEAD, IDX, LEMMA, POS
from spacy.tokens import Doc

from eventwire.actors.kb import load_kb, note_actors_file
from eventwire.actors.mentions import Tok, tokenize
from eventwire.actors.resolve import ArticleResolver
from eventwire.document import ActorMention, Document


class ActorStage:
    """Fills ``document.actors`` with every actor mention, coded for the article date."""

    name = "actors"
    requires: tuple[str, ...] = ("entities",)

    def __init__(self, settings=None) -> None:
        self.actors_file = str(getattr(settings, "actors_file", "") or "")
        self.kb = load_kb(self.actors_file)

    def __call__(self, document: Document, parsed: Doc) -> None:
        note_actors_file(document, self.actors_file)
        toks = tokenize(document.text)
        _attach_parse(toks, parsed)
        resolver = ArticleResolver(self.kb, document.text, toks, _day(document.date),
                                   [s.start for s in document.sentences], parsed=True)
        document.actors = resolver.run()


def resolve_phrase(text: str, date: str | None = None, actors_file: str = "") -> tuple[str, str] | None:
    """The code and canonical name of a free phrase ("Russian troops", "Kyiv", "the Kremlin"), or None.

    Without a parse, a capital or another city stands for its country, as an event target does.
    """
    kb = load_kb(actors_file)
    mentions = ArticleResolver(kb, text, tokenize(text), _day(date)).run(places=True)
    if not mentions:
        return None
    best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    return best.code, best.canonical


def actor_at(document: Document, start: int, end: int) -> ActorMention | None:
    """The actor mention that overlaps ``[start, end)`` most (the shortest one on a tie), or None."""
    best, best_key = None, None
    for mention in document.actors:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0 and not (start == end and mention.start <= start < mention.end):
            continue
        key = (overlap, -(mention.end - mention.start))
        if best_key is None or key > best_key:
            best, best_key = mention, key
    return best


def _day(date: str | None) -> str | None:
    return date[:10] if date else None


def _attach_parse(toks: list[Tok], parsed: Doc) -> None:
    """Copy POS, dependency and PERSON- and ORG-entity flags from the spaCy token under each of our tokens.

    Read from attribute arrays: building a spaCy Token per word cost more than the rest of the stage."""
    if not len(parsed):
        return
    starts, pos, dep, lemma = parsed.to_array([IDX, POS, DEP, LEMMA]).T.tolist()
    heads = parsed.to_array(HEAD).astype("int64").tolist()  # relative offsets, stored unsigned
    strings = parsed.vocab.strings
    subject_dep = {strings.add(label) for label in ("nsubj", "nsubjpass")}
    conj = strings.add("conj")
    with_subject = {i + heads[i] for i in range(len(dep)) if dep[i] in subject_dep}
    people = {i for ent in parsed.ents if ent.label_ in ("PERSON", "PER") for i in range(ent.start, ent.end)}
    org_insides = {i for ent in parsed.ents if ent.label_ == "ORG" for i in range(ent.start + 1, ent.end)
                   if parsed[i - 1].text[:1].isupper() and parsed[i - 1].pos_ != "DET"}
    for tok in toks:
        i = bisect.bisect_right(starts, tok.start) - 1
        if i < 0:
            continue
        tok.pos, tok.dep, tok.person, tok.inside_org = strings[pos[i]], strings[dep[i]], i in people, i in org_insides
        tok.head_lemma = strings[lemma[i + heads[i]]].lower()
        tok.head_start = starts[i + heads[i]]
        verb = i + heads[i]
        while dep[verb] == conj and heads[verb] and verb not in with_subject:
            verb += heads[verb]
        tok.clause_start = starts[verb]
