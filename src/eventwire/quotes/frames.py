"""Attribution frames read off the dependency parse: a cue word, the clause it reports, and who reports it.

A *frame* is one way a cue can govern its content: ``ccomp`` ("said [that X]"), ``xcomp`` ("wants [to X]"),
``dobj`` ("denied [the report]"), ``prep:for`` ("called for [X]"), or ``rest`` (the clause around "according to
Y" or around a parenthetical "he said"). Which (cue lemma, frame) pairs really are attributions is learnt from
PolNeAR train (see :mod:`eventwire.quotes.train_cues`); this module only enumerates candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

CUE_POS = {"VERB", "AUX", "NOUN", "ADJ"}
SUBJECTS = {"nsubj", "csubj"}
PARENTHETICAL = {"parataxis", "advcl", "prep"}
#: A cue without its own subject borrows the subject of the verb it hangs on ("..., saying", "after saying").
CLIMB_DEPS = {"xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "prep"}
MAX_CLIMB = 4
#: How the parser labels a subject that follows its verb.
INVERTED_SUBJECTS = {"dobj", "npadvmod", "attr", "nsubj", "oprd"}
_EDGE_PUNCT = {",", ";", ":", "—", "–", "-", "(", ")", "--", "."}


@dataclass
class Frame:
    """One candidate attribution: ``key`` indexes the learnt cue table."""

    cue: Token
    name: str
    content: list[tuple[int, int]]  # token ranges [start, end), one or two parts
    cue_tokens: list[Token] = field(default_factory=list)
    speaker: Token | None = None

    @property
    def key(self) -> str:
        """Cue table key without the speaker: the back-off when the full key is rare."""
        return f"{self.cue.pos_}:{self.cue.lemma_.lower()}:{self.name}"

    @property
    def full_key(self) -> str:
        """Cue table key with the kind of speaker: "wants to" is an attribution for a person, rarely for a thing."""
        return f"{self.key}:{speaker_class(self.speaker)}"


def frames_of(token: Token) -> list[Frame]:
    """Every way ``token`` could govern reported content, each with its speaker (or None)."""
    if token.pos_ not in CUE_POS:
        return []
    found = [frame for child in token.children for frame in _child_frames(token, child)]
    rest = _surrounding_frame(token)
    if rest is not None:
        found.append(rest)
    for frame in found:
        frame.speaker = speaker_of(token, frame.name) or _inverted_speaker(frame)
    return found


def _inverted_speaker(frame: Frame) -> Token | None:
    """'"Anybody but Trump," read one': after the content, a cue may put its speaker behind it."""
    if frame.name not in ("ccomp", "rest") or frame.content[-1][1] > frame.cue.i:
        return None
    nominal = ("NOUN", "PROPN", "PRON", "NUM")
    return next((c for c in frame.cue.rights if c.dep_ in INVERTED_SUBJECTS and c.pos_ in nominal), None)


def _child_frames(token: Token, child: Token) -> list[Frame]:
    if child.dep_ in ("ccomp", "xcomp", "dobj"):
        return [Frame(token, child.dep_, [_subtree_range(child, token)], [token])]
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return [Frame(token, f"prep:{child.lower_}", [_subtree_range(objects[0], token)], [token, child])]
    return []


def _surrounding_frame(token: Token) -> Frame | None:
    """'According to Y, X' and 'X, he said, Y': the content is the head clause around the cue's own phrase."""
    if token.dep_ not in PARENTHETICAL or token.head == token or token.head.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "prep" and token.lower_ != "according":
        return None
    clause = token.head
    left, right = clause.left_edge.i, clause.right_edge.i + 1
    own_left, own_right = token.left_edge.i, token.right_edge.i + 1
    parts = [p for p in ((left, own_left), (own_right, right)) if _has_words(token.doc, p)]
    if not parts:
        return None
    cue_tokens = [token] + [c for c in token.children if c.dep_ == "prep"]
    return Frame(token, "rest", parts, cue_tokens)


def _has_words(doc, part: tuple[int, int]) -> bool:
    return any(not doc[i].is_punct for i in range(*part))


def _subtree_range(node: Token, cue: Token) -> tuple[int, int]:
    """The node's subtree, cut short of the cue when the parse hangs the cue inside it."""
    left, right = node.left_edge.i, node.right_edge.i + 1
    if left <= cue.i < right:
        if node.i > cue.i:
            left = cue.i + 1
        else:
            right = cue.i
    return left, right


def speaker_class(token: Token | None) -> str:
    """name (a named entity), pron, noun, or none."""
    if token is None:
        return "none"
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    return {"PRON": "pron", "PROPN": "name"}.get(token.pos_, "noun")


def speaker_of(cue: Token, frame_name: str) -> Token | None:
    """The reporter: subject, 'according to' object, agent, possessor of a noun cue, or the governing verb's subject."""
    if frame_name == "rest" and cue.lower_ == "according":
        for prep in cue.children:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    node = cue
    for _ in range(MAX_CLIMB):
        for child in node.children:
            if child.dep_ in SUBJECTS or (node.pos_ == "NOUN" and child.dep_ == "poss"):
                return child
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if node.dep_ not in CLIMB_DEPS or node.head == node:
            break
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head
        node = node.head
    return None


def token_span(doc, part: tuple[int, int]) -> tuple[int, int] | None:
    """Character span of a token range, without clause punctuation at its edges."""
    start, end = part
    while start < end and doc[start].text in _EDGE_PUNCT:
        start += 1
    while end > start and doc[end - 1].text in _EDGE_PUNCT:
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def noun_phrase(token: Token, cue: Token) -> tuple[int, int]:
    """Token range of the speaker phrase (appositions included), stopping before the cue."""
    left, right = token.left_edge.i, token.right_edge.i + 1
    if left <= cue.i < right:
        right = cue.i if cue.i > token.i else right
        left = cue.i + 1 if cue.i < token.i else left
    return left, right
