"""Small questions about a dependency parse that several stages ask the same way."""

from __future__ import annotations

from spacy.tokens import Token


def is_infinitive_to(word: Token) -> bool:
    """Whether the word is the "to" of an infinitive ("likes [to] talk about it"), not the preposition of "talk to
    X"."""
    return word.dep_ == "aux" and word.lower_ == "to"


def has_infinitive_to(verb: Token) -> bool:
    """Whether the verb carries its own infinitive "to" ("threats to close the port", "ready to talk")."""
    return any(is_infinitive_to(child) for child in verb.children)


def hyphen_glued_prefix(word: Token) -> Token | None:
    """The word the tokenizer split off before ``word`` at a hyphen with no space around it ("cease" of
    "cease-fire", "non" of "non-endorsement", "Iran" of "Iran-backed"), or None."""
    if word.i < 2:
        return None
    hyphen, prefix = word.doc[word.i - 1], word.doc[word.i - 2]
    return prefix if hyphen.text == "-" and not hyphen.whitespace_ and not prefix.whitespace_ else None


#: Dependencies that mark their head a passive verb: "[was] rejected", "[the plan] was rejected".
PASSIVE_MARKS = frozenset({"auxpass", "nsubjpass"})


def has_passive_marks(verb: Token) -> bool:
    """Whether the verb has a passive auxiliary or subject of its own. Events also count a bare participle conjoined
    to a passive verb ("was shot and killed by"), quotes any participle ("the bill opposed by Democrats"): each
    stage adds its own wider reading to this one."""
    return any(child.dep_ in PASSIVE_MARKS for child in verb.children)


def opens_sentence(word: Token) -> bool:
    """Whether only punctuation or line breaks come before the word in its sentence (an opening quotation mark; a
    closing one and a paragraph break the parser left at the front: '..."\n\nGay rights groups')."""
    at = word.i
    while at > 0 and not word.doc[at].is_sent_start and (word.doc[at - 1].is_punct or word.doc[at - 1].is_space):
        at -= 1
    return at == 0 or bool(word.doc[at].is_sent_start)


def clause_verb(word: Token) -> Token:
    """The verb (or auxiliary) whose clause holds ``word``: the word itself when it is one, else the first one up
    its heads, else the sentence's root ("the attack" in "launched the attack": "launched")."""
    while word.pos_ not in {"VERB", "AUX"} and word.dep_ != "ROOT":
        word = word.head
    return word
