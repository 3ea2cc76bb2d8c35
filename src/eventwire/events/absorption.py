"""Fold a trigger into the one that states it: what is agreed, asked, refused, threatened or alleged is the
content of one event, not a second event ("agreed to lift the sanctions", "rejected calls for talks")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.codebook import CONTENT_TYPES, HOSTILE_TYPES, cameo, content_code, load_yaml
from eventwire.events.modality import governors
from eventwire.events.triggers import Trigger
from eventwire.nlp.syntax import has_infinitive_to

#: Content-taking types and the content_codes family their CAMEO code belongs to.
ABSORBING_TYPES = CONTENT_TYPES + ("ACCUSE",)
#: Punishments whose "for" phrase gives the charge, not a second event ("jailed X for helping militants").
PUNISHING_TYPES = ("COERCE", "SANCTION")
CONTENT_DEPTH = 5


def _family(trigger_code: str) -> str | None:
    entry = cameo(trigger_code)
    if entry.type == "REQUEST":
        return "REQUEST_APPEAL" if trigger_code.startswith("02") else "REQUEST_DEMAND"
    return entry.type if entry.type in CONTENT_TYPES else None


def _is_content(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what ``outer`` states, or the noun object a verb trigger already coded ("launched an attack")."""
    under_outer = inner.token.head == outer.token
    # the object, active or passive ("a truce was agreed between X and Y")
    if inner.token == outer.object_token or (inner.nominal and under_outer and inner.token.dep_ in {"dobj",
                                                                                                 "nsubjpass"}):
        return True
    if inner.nominal and inner.token.dep_ == "pobj" and inner.token.head.head == outer.token \
            and cameo(inner.code).type in ABSORBING_TYPES:
        return True  # "conceded to demands from X", "rejected calls for talks": the answer is the event
    if under_outer and inner.token.dep_ == "advcl" and cameo(inner.code).type == cameo(outer.code).type \
            and not _condition_of(inner.token):
        return True  # "met X to discuss Y": the purpose restates the same meeting
    if _is_charge(outer, inner) or _is_topic(outer, inner) or _is_left(outer, inner):
        return True
    return cameo(outer.code).type in ABSORBING_TYPES \
        and outer.token in _content_governors(inner.token, cameo(inner.code).type == "ACCUSE")


def _condition_of(clause: Token) -> bool:
    """"If Kenya invades Somalia, Somalia will strike back": a condition with a subject of its own is another act
    than the one it conditions (`condition_marks`), not the same one restated."""
    marks = load_yaml("modality.yaml")["condition_marks"]
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _is_charge(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what ``outer`` punishes: in a "for" or "on" phrase of a punishment ("arrested for attacking
    police", "arrested on two counts of rape", `charge_preps`) it is the charge, reported as alleged, not an event
    of its own."""
    if cameo(outer.code).type not in PUNISHING_TYPES:
        return False
    preps = load_yaml("patterns.yaml")["defaults"]["charge_preps"]
    chain = [inner.token] + governors(inner.token)[:CONTENT_DEPTH]
    return any(word.dep_ == "prep" and word.lower_ in preps and word.head == outer.token
               and (not preps[word.lower_] or chain[i - 1].lemma_.lower() in preps[word.lower_])
               for i, word in enumerate(chain) if i)


def _is_topic(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what a meeting is about ("talks with X on the war in Syria"), not an event of its own."""
    topic_preps = load_yaml("patterns.yaml")["defaults"]["topic_preps"].get(cameo(outer.code).type, [])
    prep = inner.token.head
    return inner.nominal and inner.token.dep_ == "pobj" and prep.lower_ in topic_preps \
        and prep.head in (outer.token, outer.object_token)


def _is_left(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what a leaving or ending trigger leaves ("withdrew from the talks", "pulled out of the
    agreement", "its withdrawal from the negotiations", `patterns.yaml` `leaving`): the talks are not a second
    event."""
    leaving = load_yaml("patterns.yaml")["defaults"]["leaving"]
    prep = inner.token.head
    if not inner.nominal or inner.token.dep_ != "pobj" or prep.lower_ not in leaving["preps"] \
            or cameo(outer.code).type not in leaving["types"]:
        return False
    return prep.head == outer.token or prep.head.head == outer.token and prep.head.dep_ in {"prep", "advmod", "prt"}


def _content_governors(token: Token, accusation: bool = False) -> list[Token]:
    """The words ``token`` is the content of; a coordinated clause ("recognized X and sent Y") is not content,
    but a second content clause or verb is ("alleged that X ... and that Y helped plan and carry out ..."), and so
    is a second infinitive after a noun ("threats to close the port and impose a tariff"). Nor is an accusation in
    a present participle set off by a comma after its verb (``accusation``: "asked the court to delay the trial,
    alleging that X lied"): it tells what the subject does besides, not what is asked."""
    chain = []
    for word in [token] + governors(token)[:CONTENT_DEPTH]:
        if word != token:
            chain.append(word)
        if word.dep_ == "conj" and word.head.dep_ not in {"ccomp", "xcomp"} and not _noun_infinitive(word.head) \
                or accusation and _trailing_participle(word):
            break
    return chain


def _trailing_participle(clause: Token) -> bool:
    """A present participle clause after its verb, set off by a comma: ", alleging that ..."."""
    start = clause.left_edge.i
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.i < start \
        and clause.doc[start - 1].text == ","


def _noun_infinitive(clause: Token) -> bool:
    """"threats to close the port": an infinitive clause hung on a noun says what the noun is about."""
    return clause.dep_ == "acl" and has_infinitive_to(clause)


def absorb_content(triggers: list[Trigger]) -> list[Trigger]:
    """Fold a trigger that is the content of an agree/request/reject/threaten/accuse trigger into it.

    An intent to do something hostile ("pledged to expel") is no agreement: the hostile event is kept, made
    hypothetical by its governing verb, and the AGREE trigger is dropped instead.
    """
    removed: set[int] = set()
    # a noun that is the object of another trigger ("lift the sanctions") is folded into it first
    pairs = sorted(((o, i) for o in triggers for i in triggers), key=lambda p: p[1].token != p[0].object_token)
    for outer, inner in pairs:
        if inner is outer or inner.token.i in removed or outer.token.i in removed or not _is_content(outer, inner):
            continue
        if cameo(outer.code).type == "AGREE" and cameo(inner.code).type in HOSTILE_TYPES:
            removed.add(outer.token.i)
            continue
        outer.absorbed.append(inner)
        removed.add(inner.token.i)
        family = _family(outer.code)
        if family and outer.object_token is None:
            outer.code = content_code(family, cameo(inner.code).type, inner.code)
    return [t for t in triggers if t.token.i not in removed]


__all__ = ["ABSORBING_TYPES", "absorb_content"]
