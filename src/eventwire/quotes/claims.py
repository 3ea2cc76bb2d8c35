"""Claims: statements the article presents as someone's, and whether it disputes, endorses or just reports them.

Four shapes: a claim noun with its clause ("Putin's unfounded claim that X"), a stated position in the holder's
words ("Putin's stated goal of ... 'denazification of Ukraine'"), a quote whose cue is a claim verb ("he falsely
claimed X", "she alleged X"), and an endorsing verb with a clause ("the report confirmed that X", unless someone
is quoted saying it). Stance words come from ``data/claims.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.document import Claim, Document
from eventwire.quotation_marks import Quotation
from eventwire.quotes.frames import token_span
from eventwire.quotes.lexicon import load
from eventwire.quotes.marks import without_complementizer
from eventwire.quotes.speakers import ActorCodes, People

_CLAUSE_DEPS = ("acl", "ccomp", "appos", "relcl")


@lru_cache(maxsize=None)
def _lexicon() -> dict[str, frozenset[str]]:
    return {key: frozenset(value) for key, value in load("claims.yaml").items() if isinstance(value, list)}


def find_claims(document: Document, parsed: Doc, people: People, quotations: list[Quotation],
                codes: ActorCodes) -> list[Claim]:
    """Every claim, its holder coded by ``codes`` where the text's actors cover the holder's phrase."""
    tokens = list(parsed)  # iterating a Doc builds its Tokens anew: build them once for the three passes
    claims = [c for c in (_noun_claim(t, people, codes) for t in tokens) if c is not None]
    claims += [c for c in (_stated_claim(t, people, quotations, codes) for t in tokens) if c is not None]
    claims += _verb_claims(document, parsed)
    claims += [c for c in (_endorsed_claim(t, people, codes) for t in tokens)
               if c is not None and not _in_reported_speech(c.cue, document.quotes)]
    return sorted(claims, key=lambda c: c.content)


def _in_reported_speech(cue: tuple[int, int], quotes: list) -> bool:
    """An endorsing verb inside what someone is quoted as saying ("..., saying the drought had shown that X") is
    the speaker's word, not the outlet's: no endorsement by the article."""
    start, end = cue
    return any(part[0] <= start and end <= part[1] for quote in quotes for part in (quote.content_parts or
                                                                                   [quote.content]))


def _holder(holder: Token, people: People, codes: ActorCodes, last: int | None = None) -> tuple[str, str | None]:
    """The holder's resolved name and actor code; its phrase ends at ``last`` (token index), else at its head."""
    phrase = (holder.left_edge.i, (holder.i if last is None else last) + 1)
    return people.resolve(holder, phrase), codes.code(token_span(holder.doc, phrase))


def _noun_claim(token: Token, people: People, codes: ActorCodes) -> Claim | None:
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _lexicon()["claim_nouns"]:
        return None
    clause = next((c for c in token.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")), None)
    holder = next((c for c in token.children if c.dep_ == "poss"), None)
    if clause is None or holder is None:
        return None
    content = _clause_span(clause)
    if content is None:
        return None
    modifiers = disputing_modifiers(token)
    stance = "disputed" if modifiers or _disputed_in_sentence(token) else "neutral"
    cue_start = min([m.idx for m in modifiers] + [token.idx])
    name, code = _holder(holder, people, codes)
    return Claim(content, name, stance, (cue_start, token.idx + len(token)), code)


def disputing_modifiers(noun: Token) -> list[Token]:
    """The adjectives by which the outlet disputes what a noun holds ("unfounded claim", `disputed_modifiers`)."""
    return [c for c in noun.children if c.dep_ == "amod" and c.lower_ in _lexicon()["disputed_modifiers"]]


def _stated_claim(token: Token, people: People, quotations: list[Quotation], codes: ActorCodes) -> Claim | None:
    """"X's stated goal of ...": the holder's own quoted words after the noun are the claim, reported neutrally
    unless the sentence disputes them; without quoted words, the noun's complement is."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _lexicon()["stated_nouns"]:
        return None
    stating = [c for c in token.children if c.dep_ == "amod" and c.lower_ in _lexicon()["stating_modifiers"]]
    holder = next((c for c in token.children if c.dep_ == "poss"), None)
    if not stating or holder is None:
        return None
    content = _quoted_after(token, quotations) or _complement_span(token)
    if content is None:
        return None
    stance = "disputed" if _disputed_in_sentence(token) else "neutral"
    name, code = _holder(holder, people, codes)
    return Claim(content, name, stance, (stating[0].idx, token.idx + len(token)), code)


def _quoted_after(token: Token, quotations: list[Quotation]):
    """The quotations after the noun in its sentence, scare quotes ("help") left out."""
    limit = load("lexicon.yaml")["scare_quote_max_words"]
    end = token.sent.end_char + 1  # a closing mark may sit just after the sentence's full stop
    quoted = [q for q in quotations if token.idx < q.start and q.end <= end and q.words > limit]
    return (quoted[0].start, quoted[-1].end) if quoted else None


def _complement_span(token: Token):
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return token_span(token.doc, (objects[0].left_edge.i, objects[0].right_edge.i + 1))
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            return _clause_span(child)
    return None


def _verb_claims(document: Document, parsed: Doc) -> list[Claim]:
    """Quotes already found whose cue verb is a claim verb become claims with the same holder (a quote cued by the
    noun "claim" is :func:`_noun_claim`'s already)."""
    claims = []
    for quote in document.quotes:
        cue = parsed.char_span(*quote.cue, alignment_mode="expand") if quote.cue else None
        if cue is None or not quote.speaker_text or cue.root.pos_ not in ("VERB", "AUX") \
                or cue.root.lemma_.lower() not in _lexicon()["claim_verbs"]:
            continue
        verb = cue.root
        disputed = any(c.lower_ in _lexicon()["disputed_adverbs"] for c in verb.children) or _disputed_in_sentence(verb)
        content = without_complementizer(document.text, quote.content)
        claims.append(Claim(content, quote.speaker_text, "disputed" if disputed else "neutral", quote.cue,
                            quote.speaker_code))
    return claims


def _endorsed_claim(token: Token, people: People, codes: ActorCodes) -> Claim | None:
    if token.pos_ != "VERB" or token.lemma_.lower() not in _lexicon()["endorsing_verbs"]:
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None or subject.pos_ == "PRON" or _reflexive_subject(clause):
        return None
    content = _clause_span(clause)
    if content is None:
        return None
    name, code = _holder(subject, people, codes, subject.right_edge.i)
    return Claim(content, name, "endorsed", (token.idx, token.idx + len(token)), code)


def _reflexive_subject(clause: Token) -> bool:
    """"Fox News found itself playing host", "the senator found himself defending the plan": what befell the subject,
    no finding the outlet endorses."""
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" and c.lower_.endswith(("self", "selves")) for c in clause.children)


def _clause_span(clause: Token):
    tokens = [t for t in clause.subtree]
    first = 1 if tokens[0].lower_ == "that" and tokens[0].dep_ == "mark" else 0
    return token_span(clause.doc, (tokens[first].i, tokens[-1].i + 1))


def _disputed_in_sentence(token: Token) -> bool:
    sentence = token.sent.text.lower()
    return any(phrase in sentence for phrase in _lexicon()["disputed_phrases"])
