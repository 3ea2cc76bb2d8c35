"""Who did it and to whom: the source and target tokens of a trigger, and the actors they stand for.

Roles come from the dependency parse: subject and object of a verb (swapped in the passive, with the
``by`` phrase as source), possessive and of/with/against phrases of a noun, and - when the trigger itself has
no subject - the subject it shares with the clause above it (coordination, control, relative clauses,
light verbs such as "mounted a campaign").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.triggers import Trigger, patterns

SUBJECT_DEPS = {"nsubj", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
#: Links along which a clause or noun takes the subject of the clause above it.
INHERIT_DEPS = {"xcomp", "conj", "acomp", "advcl", "dobj", "pobj", "prep", "attr", "oprd", "acl", "pcomp"}
MAX_CLIMB = 5


def is_passive(token: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)


def agent_of(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def own_subject(token: Token) -> Token | None:
    """The token's own subject (the agent in the passive), with a relative pronoun replaced by its noun."""
    if is_passive(token):
        return agent_of(token)
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        return token.head
    return subject


def inherited_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` that has one ("ready to send", "X and mounted")."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ not in INHERIT_DEPS or current.head == current:
            return None
        if current.dep_ == "conj" and current.head.pos_ in {"NOUN", "PROPN"}:
            return None
        head = current.head
        if head.pos_ in {"NOUN", "PROPN"} and current.dep_ in {"acl", "prep"}:
            possessor = _possessor(head)
            if possessor is not None:
                return possessor
        if head.pos_ in {"VERB", "AUX"}:
            # "Obama is scheduled to attend": a passive controller without agent passes on its subject
            subject = own_subject(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                return subject
        current = head
    return None


def _possessor(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _prep_object(token: Token, preps) -> Token | None:
    for child in token.children:
        if child.dep_ in {"prep", "dative", "agent"} and child.lemma_.lower() in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _entity_compounds(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ in
            {"GPE", "NORP", "ORG", "PERSON"}]


def verbal_arguments(trigger: Trigger) -> tuple[Token | None, Token | None]:
    token, pattern = trigger.token, trigger.pattern
    if token.dep_ == "amod" and token.head.pos_ in {"PROPN", "NOUN"}:  # misparsed clause: "its army encircled Kyiv"
        return _possessor(token.head) or next((c for c in token.head.children if c.dep_ == "amod" and c.i < token.i),
                                              None), token.head
    if token.dep_ == "acl" and token.tag_ == "VBN":  # reduced passive: "soldiers killed by ..."
        return agent_of(token), token.head
    source = own_subject(token) if is_passive(token) else own_subject(token) or inherited_subject(token)
    if pattern.get("reversed"):
        return _prep_object(token, {"from"}), source
    if is_passive(token):
        target = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    else:
        target = next((c for c in token.children if c.dep_ in {"dobj", "dative"}), None)
    if target is not None and target == trigger.object_token:  # "requested his assistance": the object is content
        target = _possessor(target) or _prep_object(token, {"from"})
    if target is None or pattern.get("target_preps") is not None and target.dep_ != "dobj":
        preps = pattern.get("target_preps", patterns()["defaults"]["verb_target_preps"])
        target = _prep_object(token, preps) or target
    if target is None:  # "threatened further action against Russia", "gave aid to Haiti"
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            target = _prep_object(obj, {"against", "to", "on", "with"}) or target
    return source, target


def nominal_arguments(trigger: Trigger) -> tuple[Token | None, Token | None]:
    token, pattern, defaults = trigger.token, trigger.pattern, patterns()["defaults"]
    compounds = _entity_compounds(token)
    source = _possessor(token) or _prep_object(token, pattern.get("source_preps", defaults["noun_source_preps"]))
    target = _prep_object(token, pattern.get("target_preps", defaults["noun_target_preps"]))
    if target is None and token.dep_ == "dobj":  # "launched an attack on X" with "on X" attached to the verb
        target = _prep_object(token.head, set(pattern.get("target_preps", defaults["noun_target_preps"])) - {"of"})
    if source is None and compounds:
        source = compounds[0]
        if target is None and len(compounds) > 1:
            target = compounds[1]
    if source is None:
        source = inherited_subject(token)
    return source, target


def content_subject(token: Token) -> Token | None:
    """The subject of the clause a claim or demand states: the accused in "claim that X is ..."."""
    for child in token.children:
        if child.dep_ in {"acl", "ccomp"}:
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return subject
    return None


def arguments(trigger: Trigger) -> tuple[Token | None, Token | None]:
    source, target = nominal_arguments(trigger) if trigger.nominal else verbal_arguments(trigger)
    if target is None:
        target = content_subject(trigger.token)
    return source, target


def phrase_span(token: Token) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``token``: its left dependents, the token, and of/from phrases."""
    start = token.left_edge.idx
    end = token.idx + len(token)
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "appos"} or (child.dep_ == "prep" and child.lower_ in {"of", "from"}):
            end = max(end, child.right_edge.idx + len(child.right_edge))
        else:
            break
    return start, end
