"""Which way a clause points in time, read from the spaCy parse: it decides whether "Tuesday" is the last
one or the next one."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from eventwire.temporal.lexicon import lexicon

PAST, PRESENT, FUTURE = "past", "present", "future"
#: "had called": a past before another past, which a deadline word does not turn forward ("Until Thursday, they had ...").
PAST_PERFECT = "past perfect"
PASTS = (PAST, PAST_PERFECT)


@lru_cache(maxsize=1)
def _future_markers() -> frozenset[str]:
    return frozenset(lexicon()["future_markers"])


@lru_cache(maxsize=1)
def _plan_verbs() -> frozenset[str]:
    return frozenset(lexicon()["plan_verbs"])


@lru_cache(maxsize=1)
def _markers_needing_complement() -> frozenset[str]:
    return frozenset(lexicon()["markers_needing_complement"])


def governing_verb(token: Token) -> Token | None:
    """The nearest verb or auxiliary up the dependency tree from ``token`` (itself included)."""
    current = token
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _auxiliaries(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in ("aux", "auxpass")]


def _marks_future(verb: Token) -> bool:
    """Is ``verb`` itself a future marker ("scheduled", "due")? "set" only with what is set: "set for
    Friday", "set to resume", not "a record set on Aug. 6"."""
    lemma = verb.lemma_.lower()
    if lemma not in _future_markers():
        return False
    return lemma not in _markers_needing_complement() \
        or any(child.dep_ == "xcomp" or child.lower_ == "for" for child in verb.children)


def marked_future(verb: Token, plans_ahead: bool = True) -> bool:
    """A verb a future marker governs: "will meet", "is scheduled for", "plans to visit", "is to sign".
    ``plans_ahead=False`` reads a verb of planning in its own tense (the day the plan was made)."""
    auxiliaries = _auxiliaries(verb)
    words = {aux.lower_ for aux in auxiliaries} | {aux.lemma_.lower() for aux in auxiliaries}
    planned = _marks_future(verb) and verb.tag_ == "VBN" and not any(aux.tag_ == "VBD" for aux in auxiliaries)
    destined = verb.dep_ == "xcomp" and "to" in words and verb.head.lemma_ == "be" \
        and verb.head.tag_ in ("VBZ", "VBP")  # "is to resume trading"
    # "had been due to expire Friday": a deadline already behind the past it is told from
    intended = verb.dep_ == "xcomp" and _marks_future(verb.head) and not _past_perfect(verb.head)
    return bool(words & _future_markers()) or planned or destined or intended \
        or (plans_ahead and verb.lemma_.lower() in _plan_verbs())


def _with_had(verb: Token) -> bool:
    return any(aux.lower_ == "had" for aux in _auxiliaries(verb))


def _past_perfect(word: Token) -> bool:
    """ "had been scheduled", "had been due": the word, or the verb it complements, has "had"."""
    return _with_had(word) or (word.dep_ == "acomp" and _with_had(word.head))


def verb_tense(verb: Token, plans_ahead: bool = True) -> str | None:
    """past | present | future for one verb, from its auxiliaries, tag and morphology."""
    if marked_future(verb, plans_ahead):
        return FUTURE
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ == "VBD" or "Past" in verb.morph.get("Tense") and verb.tag_ != "VBN":
        return PAST
    if verb.tag_ == "VBN" and _with_had(verb):
        return PAST_PERFECT
    if any(aux.tag_ == "VBD" or aux.lower_ in ("has", "have") for aux in auxiliaries):
        return PAST
    if verb.tag_ == "VBG" and any(aux.lemma_ == "be" and aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries):
        return FUTURE  # "is meeting Tuesday": a planned event
    if verb.tag_ in ("VBZ", "VBP") or "Pres" in verb.morph.get("Tense") \
            or any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries):
        return PRESENT  # "is heard", "are expected": a present passive

    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl", "ROOT"):
        return PAST
    if verb.tag_ == "VB" and verb.head.i != verb.i:
        if "to" in {aux.lower_ for aux in auxiliaries}:
            return None  # "subpoenaed him to testify on Feb. 10": an infinitive may point past its head
        head_verb = governing_verb(verb.head)
        return verb_tense(head_verb) if head_verb is not None and head_verb.i != verb.i else None
    return None


def attached_verb(token: Token) -> Token | None:
    """The verb ``token`` modifies directly or through one preposition ("met [on] Tuesday"); None when it
    hangs off a noun or adjective ("a dividend payable Dec. 1"), whose time the verb does not fix."""
    head = token.head
    if head.i != token.i and head.pos_ == "ADP":
        head = head.head
    return head if head.i != token.i and head.pos_ in ("VERB", "AUX") else None


def tense_at(parsed: Doc, start: int, end: int) -> str | None:
    """The tense of the verb that the expression at characters [start, end) modifies, if it modifies one."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = attached_verb(span.root)
    if verb is not None:
        # "On Friday, the government planned a rally": a time told before a past verb of planning dates the
        # plan ("On Friday, the league plans a rally" still dates the rally)
        return verb_tense(verb, plans_ahead=span.end > verb.i or verb.tag_ != "VBD")
    # a date hanging off a noun takes no tense from the clause ("a dividend payable Dec. 1"), unless the
    # clause is marked as future ("will command a mission in December")
    governing = governing_verb(span.root)
    return FUTURE if governing is not None and marked_future(governing) else None
