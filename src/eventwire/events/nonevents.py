"""Triggers that report no new event: descriptions of a noun ("the released prisoners", "forces backed by X"),
sport, conflict with an abstract target ("war on poverty"), background time clauses and aims ("to prevent X"). Cue
words live in data/nonevents.yaml."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.document import ActorRef
from eventwire.events.arguments import (agent_of, answered_act, misparsed_predicate, names_no_agent, own_subject,
                                        reduced_relative)
from eventwire.events.codebook import cameo, load_yaml
from eventwire.events.modality import proposed, second_subject
from eventwire.events.triggers import Trigger, is_person, misread_main_verb
from eventwire.nlp.syntax import clause_verb, has_infinitive_to

#: Entities that name a known event by where or when it happened ("the Orlando attacks", "the 9/11 attacks").
NAMING_ENTITIES = {"GPE", "LOC", "FAC", "DATE", "CARDINAL"}
DATE_ENTITIES = {"DATE", "CARDINAL"}
#: How the parser hangs such a name on the noun (a place is sometimes read as an adjective: "the Ankara attack").
NAMING_DEPS = {"compound", "nmod", "amod", "nummod", "npadvmod"}


def describes_noun(token: Token) -> bool:
    """A participle that only identifies a noun ("the mayor, jailed a year ago, was freed", "civilians held for
    protesting") tells who someone is, not a new event; with its agent ("troops trained by Russia") it is one."""
    if reduced_relative(token) or _prenominal_participle(token) or _backing_description(token):
        return True
    participle = token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"}  # the tagger reads some as past tense
    if not participle or agent_of(token) is not None or own_subject(token) is not None:
        return False
    return not (misparsed_predicate(token) or _subject_of_its_own(token))


def _subject_of_its_own(participle: Token) -> bool:
    """"A convoy ... crossed into Syria on Thursday, aid officials said": the parser hangs the main verb on its
    subject and makes that noun a second subject of the verb of saying, which has its own, or makes that noun the
    content clause itself ("A convoy ... crossed into Somalia, ..., aid workers said")."""
    noun = participle.head
    return noun.dep_ == "ccomp" and noun.pos_ in {"NOUN", "PROPN"} or second_subject(noun)


def _backing_description(token: Token) -> bool:
    """"forces backed by Russian warplanes", "rebels supported by Turkey": like "Iran-backed", a participle of
    backing after its noun says who stands behind someone, not that a new act of support happened."""
    return token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"} \
        and token.lemma_.lower() in load_yaml("nonevents.yaml")["backing_verbs"]


def _prenominal_participle(token: Token) -> bool:
    """"the released prisoners", "his murdered son", "striking miners": a participle before its noun names a state
    the noun is in, not a new event (the parser's misreading of a main verb, "its army encircled Kyiv", stays an
    event)."""
    if token.dep_ != "amod" or token.tag_ not in {"VBN", "VBD", "VBG"} or token.i > token.head.i:
        return False
    return not misread_main_verb(token)


def about_known_act(token: Token) -> bool:
    """The trigger is in the phrase that gives the reason of a statement ("claimed responsibility for the attack,
    which killed 20", "condolences over a bombing that killed 40"): an act already known, not a new event
    (`statement_reasons`)."""
    reasons = load_yaml("nonevents.yaml")["statement_reasons"]
    for word in (w for w in token.ancestors if w.dep_ == "prep"):
        # the phrase hangs on the noun or, as the parser often has it, on the verb taking the noun as its object,
        # the noun possibly as a modifier ("sent a condolence message following the attack")
        objects = [c for c in word.head.children if c.dep_ == "dobj"]
        nouns = [word.head] + objects + [c for o in objects for c in o.children if c.dep_ == "compound"]
        if any(word.lower_ in reasons.get(noun.lemma_.lower(), []) for noun in nouns):
            return True
    return False


def reacted_decision(token: Token) -> bool:
    """The trigger is what a decision decided, and another clause reacts to that decision ("Kenya welcomed the
    US decision to send trainers", "students protested the decision of sending troops"): the reaction is the
    news, the act decided is its known content (`reacted_decisions`)."""
    rule = load_yaml("nonevents.yaml")["reacted_decisions"]
    if _misattached_decision(token, rule):
        return True
    word = token
    while word.dep_ in {"acl", "xcomp", "pcomp", "prep", "conj"} and word.head is not word:
        word = word.head
        if word.pos_ == "NOUN" and word.lemma_.lower() in rule["nouns"]:
            governor = word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head
            return word.dep_ in {"dobj", "pobj"} and governor.lemma_.lower() in rule["verbs"]
    return False


def _misattached_decision(token: Token, rule: dict) -> bool:
    """"hailed the Dutch move to recall its envoy": the parser hangs the decision's infinitive on the reacting verb,
    right after the decision noun it takes as object."""
    if token.dep_ not in {"advcl", "xcomp"} or not has_infinitive_to(token) \
            or token.head.lemma_.lower() not in rule["verbs"]:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in rule["nouns"] and c.right_edge.i == token.left_edge.i - 1
               for c in token.head.children)


def names_past_event(trigger: Trigger) -> bool:
    """"after the Orlando attacks", "her handling of the 2012 attack", "during the 9/11 attacks": an event noun with
    "the" that a place or a date names, inside a phrase, is a known event referred to, not a new one reported
    (`named_event_types`). "A Kabul suicide attack killed five" (no "the", the subject) and "five died in the
    Kabul attack", "the toll from the Kabul attack" (`casualty_words`) are reported."""
    token = trigger.token
    if not trigger.nominal or token.dep_ != "pobj":
        return False
    data = load_yaml("nonevents.yaml")
    if cameo(trigger.code).type not in data["named_event_types"]:
        return False
    head = token.head.head  # what the phrase hangs on; "those who died in it" (a relative clause) are described
    if head.lemma_.lower() in data["casualty_words"] and head.dep_ != "relcl":
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return False
    if any(c.dep_ in {"poss", "agent"} or c.ent_type_ == "NORP" for c in children):
        return False  # "the Russian attacks", "Israel's attacks": an actor is named, the event is told
    return token.ent_type_ == "EVENT" or any(_names_event(c) for c in children if c.i < token.i) \
        or any(_dated_by(c) for c in children if c.dep_ == "prep" and c.lower_ == "of")


def _dated_by(of_phrase: Token) -> bool:
    """"the attacks of Sept. 11, 2001", "the attack of 2012": an "of" phrase giving a date in figures names the
    event as the date before it does ("the 2012 attack")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in DATE_ENTITIES and _in_figures(o) for o in of_phrase.children)


def _names_event(modifier: Token) -> bool:
    """A place ("the Orlando attacks") or a year or a date in figures ("the 2012 attack", "the 9/11 attacks")
    before an event noun; a weekday ("the Sunday attack") tells when a recent event happened."""
    if modifier.dep_ not in NAMING_DEPS or modifier.ent_type_ not in NAMING_ENTITIES:
        return False
    return modifier.ent_type_ not in DATE_ENTITIES or _in_figures(modifier)


def _in_figures(date: Token) -> bool:
    return any(ch.isdigit() for w in date.subtree for ch in w.text)


def empty_promise(trigger: Trigger, target: ActorRef | None) -> bool:
    """"she vows to defend the Affordable Care Act", "pledged to spend $2 million a week", "vowed that billionaires
    would pay their fair share": a promise (`promise_words`) that folds in no act and offers nothing listed (the
    bare CAMEO 030), made to no actor, is a pledge about one's own plans, no intent to cooperate with anyone."""
    data = load_yaml("nonevents.yaml")["promise_words"]
    return trigger.lemma in data["lemmas"] and trigger.code == data["bare_code"] and not trigger.absorbed \
        and (target is None or not target.code) and not _promised_jointly(trigger.token, data["joint_words"])


def _promised_jointly(promise: Token, joint_words: list[str]) -> bool:
    """"X and Y pledged to work together": the promised clause says the act is done with the others."""
    return any(word.lower_ in joint_words for clause in promise.children if clause.dep_ in {"xcomp", "ccomp"}
               for word in clause.subtree)


def prevented_act(trigger: Trigger) -> bool:
    """"a strategy to prevent terrorist attacks", "police foiled a bombing": an event noun that is the object of a
    verb of prevention did not happen (`preventing_verbs`); the prevention, if anything, is the event."""
    token = trigger.token
    return trigger.nominal and token.dep_ == "dobj" \
        and token.head.lemma_.lower() in load_yaml("nonevents.yaml")["preventing_verbs"]


def stated_aim(token: Token) -> bool:
    """"a measure to prevent banks from ...", "try to prevent him from ...": a verb of hindrance in an infinitive
    states what someone aims at, not a coercion done (`aim_verbs`); the act done is the verb it hangs on."""
    if token.lemma_.lower() not in load_yaml("nonevents.yaml")["aim_verbs"]:
        return False
    return token.dep_ in {"advcl", "acl", "xcomp", "relcl"} and \
        has_infinitive_to(token)


def put_question(token: Token) -> bool:
    """"When asked to define their identity, 47 percent said ...", "When asked for his view, Trump said ...": a verb
    of asking in a clause of time, passive and with no one named as asking, is the question an interviewer or a
    poll put to the speaker, no appeal (`put_questions`)."""
    data = load_yaml("nonevents.yaml")["put_questions"]
    if token.lemma_.lower() not in data["verbs"] or token.dep_ != "advcl" or token.tag_ != "VBN":
        return False
    opened = any(c.dep_ in {"advmod", "mark"} and c.lower_ in data["openers"] for c in token.children)
    return opened and agent_of(token) is None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def yes_no_question(token: Token) -> bool:
    """"Did Russia attack Ukraine?", "Q: Have you talked to her?", "Is X a liar?": an act or a verdict asked about
    in a yes-or-no question (an auxiliary, or the copula, before the subject of its clause, the sentence ending with
    a question mark) is not reported; an interviewer's question is no act of the interviewer. A question word ("Why
    did Russia attack?") takes the act as done and stays."""
    clause = clause_verb(token)  # an event noun: its clause's verb
    last = next((word for word in reversed(token.sent) if not word.is_space), token)
    if not any(word.text == "?" for word in (last, *clause.rights)):
        return False
    auxiliaries = [c.i for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    subjects = [c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # "Q: Have you talked": the interview's label, which the parser may take for a first subject, comes before
    inverted = any(a < s < clause.i for a in auxiliaries for s in subjects)
    # "Is X a liar?": the copula itself comes before its subject
    inverted = inverted or clause.lemma_.lower() == "be" and not auxiliaries and any(s > clause.i for s in subjects)
    asked_with_word = any(t.tag_ in {"WRB", "WP", "WDT", "WP$"} for t in clause.subtree if t.i < clause.i)
    return inverted and not asked_with_word


def shared_opinion(trigger: Trigger) -> bool:
    """"All agreed that the proposal would raise taxes", "conceded that X was right": a that-clause in which no
    act is agreed on or yielded (nothing was folded into the trigger) is an opinion shared or a fact admitted (a
    statement, CAMEO 01), no agreement, concession or recognition (`opinion_clause: false` in patterns.yaml)."""
    if trigger.pattern.get("opinion_clause") is not False \
            or any(not act.pattern.get("verdict_words") for act in trigger.absorbed):
        return False  # a verdict agreed on ("agreed that the sanctions were unfair") is an opinion too
    return any(child.dep_ == "ccomp" for child in trigger.token.children) or _sides_with_person(trigger.token)


def _sides_with_person(verb: Token) -> bool:
    """"Military leaders agree with him": agreeing with a person and on nothing named (no object, no clause, no
    other phrase) is sharing their view; "agreed with Kenya on a truce" or "agreed with him to meet" is an act."""
    children = [c for c in verb.children if c.dep_ in {"dobj", "xcomp", "ccomp", "advcl", "prep"}]
    partners = [obj for c in children if c.dep_ == "prep" and c.lower_ == "with"
                for obj in c.children if obj.dep_ == "pobj"]
    return bool(partners) and len(children) == 1 and all(is_person(p) for p in partners)


def is_sport(sentence: Span) -> bool:
    data = load_yaml("nonevents.yaml")
    hits = sum(1 for t in sentence if t.lemma_.lower() in data["sports_lemmas"])
    return hits >= data["sports_min_hits"]


def abstract_target(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in load_yaml("nonevents.yaml")["abstract_targets"]


def in_background(token: Token) -> bool:
    """The trigger sits in a time clause or phrase ("after X attacked", "following talks") or in a relative
    clause describing someone or somewhere ("Serbia, where 24 people were killed"; not what a proposed measure
    would do, "introduced a bill to impose sanctions", the news), or in a present participle
    that tells who someone is ("the coalition fighting Houthi rebels has declared a truce"), or restates another
    event ("the first such attack", `restating_modifiers`)."""
    data = load_yaml("nonevents.yaml")
    markers = data["background_markers"]
    if any(c.lemma_.lower() in data["restating_modifiers"] for c in token.children):
        return True  # "a mortar bomb was fired at it, the first such attack since May": the same event again
    for word in [token] + list(token.ancestors):
        if word.dep_ == "relcl" and _misparsed_main_clause(word):
            return False  # "After rebels attacked Goma, Congo held talks": the talks hang on Goma
        # a fronted time clause misparsed as the root carries its mark itself
        if word.dep_ in {"advcl", "ROOT"} and any(c.dep_ == "mark" and c.lower_ in markers for c in word.children):
            return True
        if word.dep_ in {"pobj", "pcomp"} and (word.head.lower_ in markers or answered_act(word)):
            return True
        if word.dep_ == "relcl" and not _on_predicate_noun(word) and not proposed(word):
            return True  # "the group that has seized parts of Iraq", "Serbia, where X happened"
        if _identifying_participle(word):
            return True  # a reduced relative clause: "rebels fighting the army" = "rebels who fight the army"
    return False


def in_told_clause(token: Token) -> bool:
    """The trigger is in a finite time clause with a subject of its own that tells an earlier act ("was arrested
    after he stabbed a neighbour", `told_clause_markers`), not in a time phrase ("after the shooting") or a clause
    with no subject ("after being dragged")."""
    data = load_yaml("nonevents.yaml")
    for word in [token] + list(token.ancestors):
        if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in data["background_markers"]
                                        for c in word.children):
            return any(c.dep_ == "mark" and c.lower_ in data["told_clause_markers"] for c in word.children) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children)
    return False


def _identifying_participle(clause: Token) -> bool:
    """A present participle after a noun that tells who the noun is ("the coalition fighting Houthi rebels"). Not
    one set off by commas ("Egypt, accusing Sudan of ..., closed the border": an act told on the side), nor one on a
    thing, which says what the thing does ("passed a bill lifting the emergency law": the lifting is the news)."""
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or clause.i < clause.head.i or names_no_agent(clause.head):
        return False
    return not (clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ",")


def _on_predicate_noun(clause: Token) -> bool:
    """A relative clause on what the subject is said to be tells what the subject did ("X is a hardliner who
    expelled the envoys"): the news of the sentence, not a description of someone else."""
    return clause.head.dep_ == "attr"


def _misparsed_main_clause(clause: Token) -> bool:
    """A "relative clause" after a comma with a subject and no relative word is the main clause after a fronted
    one: English drops the relative word only without a comma ("the town rebels took", not "Goma, rebels took")."""
    before = clause.left_edge.i - 1
    relative = any(word.tag_ in {"WDT", "WP", "WP$", "WRB"} or word.lower_ == "that"
                   for word in clause.subtree if word.i < clause.i)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    return before >= 0 and clause.doc[before].text == "," and has_subject and not relative


__all__ = ["about_known_act", "abstract_target", "describes_noun", "in_background", "in_told_clause", "is_sport",
           "names_past_event", "prevented_act", "shared_opinion", "stated_aim", "yes_no_question"]
