"""Find event triggers in a parsed sentence from the verb and noun patterns of ``data/patterns.yaml``.

A trigger is a verb or noun whose lemma is in the patterns and whose neighbourhood (its dependents and theirs)
satisfies one of the lemma's alternatives. The alternative fixes the CAMEO code, possibly refined by the
trigger's object ("send troops" vs "send aid").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from eventwire.events.codebook import load_yaml
from eventwire.geo.gazetteer import knowledge
from eventwire.geo.recognise import is_known
from eventwire.nlp.syntax import has_infinitive_to, hyphen_glued_prefix, is_infinitive_to

_VERB_POS = {"VERB"}
_NOUN_POS = {"NOUN", "PROPN"}
#: Dependents that start another clause: their words do not describe this trigger.
CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "conj", "parataxis", "acl"}
OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
OBJECT_PREPS = {"of", "for", "with"}
#: Verbs climbed from a complement or purpose infinitive to the subject it shares ("drove there to continue holding").
CONTROL_DEPTH = 3
#: Subjects by which a content clause speaks of its own speaker ("claimed that they had attacked").
SELF_PRONOUNS = {"we", "they", "i", "it"}
#: Links to a trigger's subject or agent, which are not part of its own phrase.
SUBJECT_LINKS = {"nsubj", "nsubjpass", "csubj", "agent"}
#: Clauses hung on another verb or noun, whose partner they share ("met X to discuss", "talks where they ...").
HUNG_CLAUSE_DEPS = {"advcl", "xcomp", "conj", "relcl", "acl", "pcomp"}
PLURAL_TAGS = {"NNS", "NNPS", "CD"}  # "the two discussed"
PLURAL_PRONOUNS = {"they", "we", "both"}
#: Dependents that give a verb something of its own to take (`bare_alone`).
BARE_VERB_BLOCKERS = {"dobj", "dative", "xcomp", "ccomp", "prep", "attr", "oprd", "advcl", "agent"}
#: Named entities that are places.
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
#: Named entities that are no person ("shot Paris", "shot Avatar" are no assault).
NOT_PERSON_ENTITIES = PLACE_ENTITIES | {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "DATE", "TIME"}


@dataclass
class Trigger:
    token: Token
    code: str
    nominal: bool
    pattern: dict[str, Any]
    object_token: Token | None = None  # the object that chose the code, when the pattern has an object table
    absorbed: list["Trigger"] = field(default_factory=list)

    @property
    def lemma(self) -> str:
        return self.token.lemma_.lower() if self.nominal else _verb_key(self.token)


@lru_cache(maxsize=None)
def patterns() -> dict[str, Any]:
    data = load_yaml("patterns.yaml")
    for table in ("verbs", "nouns"):
        for alternatives in data[table].values():
            for alt in alternatives:
                if "object_set" in alt:
                    alt.setdefault("objects", data["object_sets"][alt["object_set"]])
                if "blocked" in alt:
                    alt["blocked"] = _flattened(alt["blocked"])
    return data


def is_temporal(token: Token) -> bool:
    """A date or time phrase ("on Tuesday", "this week") is never an actor; an age used as a noun ("a 17-year-old
    was stabbed"), which the recogniser tags as a date, is a person."""
    if is_age_noun(token):
        return False
    return token.ent_type_ in {"DATE", "TIME"} or token.lemma_.lower() in patterns()["temporal_words"]


def is_age_noun(token: Token) -> bool:
    """"a 16-year-old": the head "old" of an age (`lone_person.age_units`) standing for the person, not describing
    a noun."""
    units = patterns()["lone_person"]["age_units"]
    return token.lower_ == "old" and token.dep_ != "amod" and any(c.lemma_.lower() in units for c in token.children)


def _time_phrase(token: Token) -> bool:
    """"on Tuesday": a preposition whose object is a time says nothing about the trigger's meaning."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.dep_ == "prep" and bool(objects) and all(is_temporal(o) for o in objects)


def neighbourhood(token: Token) -> set[str]:
    """Lemmas of the trigger's dependents, their dependents, and the word it hangs on (the noun a relative
    clause describes is its subject or object), not other clauses or time phrases."""
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ in CLAUSE_DEPS:  # "called for Trump to drop out": the "for" of a for-to clause is the verb's
            lemmas.update(mark.lower_ for mark in child.children if mark.dep_ == "mark" and mark.lower_ == "for")
        if child.dep_ in CLAUSE_DEPS or _time_phrase(child) or is_infinitive_to(child):
            continue
        lemmas.add(word_lemma(child))
        lemmas.update(word_lemma(grand) for grand in child.children if grand.dep_ not in CLAUSE_DEPS)
        if child.dep_ in SUBJECT_LINKS:  # "hundreds of troops arrived": the counted noun is the subject
            lemmas.update(word_lemma(counted) for counted in _of_objects(child, {"of"}))
    lemmas.update(word_lemma(obj) for obj in object_candidates(token))
    if token.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "xcomp", "acl", "relcl"}:  # relcl: "a fire that killed"
        lemmas.add(token.head.lemma_.lower())
        if token.head.dep_ == "prep":
            lemmas.add(token.head.head.lemma_.lower())
    if token.dep_ in {"nsubj", "nsubjpass"}:  # "fighting broke out between X and Y": the noun's sides
        shared = patterns()["defaults"]["subject_verb_preps"]
        lemmas.update(c.lower_ for c in token.head.children if c.dep_ == "prep" and c.lower_ in shared)
    return lemmas


def phrase_lemmas(token: Token) -> set[str]:
    """Lemmas anywhere in the trigger's own phrase (its objects and prepositional phrases, at any depth), not in
    its subject or in other clauses: "sent troops to the UN peacekeeping mission in Mali". Also its purpose
    infinitive ("sent troops to serve as a peacekeeping force"), and for the object noun of a verb the verb's
    prepositional phrases, where the parser often hangs the noun's own ("announced the deployment of troops to
    Liberia on a peacekeeping mission")."""
    lemmas: set[str] = set()
    purposes = [c for c in token.children if c.dep_ in {"advcl", "xcomp"} and has_infinitive_to(c)]
    misattached = [c for c in token.head.children if c.dep_ == "prep" and not _time_phrase(c)] \
        if token.dep_ == "dobj" and token.pos_ in {"NOUN", "PROPN"} else []
    for child in [c for c in token.children if c.dep_ not in CLAUSE_DEPS | SUBJECT_LINKS] + purposes + misattached:
        # a participle adjective's own form too: "unhinged" is lemmatised to the verb "unhinge"
        lemmas.update(form for t in child.subtree for form in (t.lemma_.lower(), t.lower_))
    complement = misread_naming_complement(token)
    if complement is not None:
        lemmas.update(form for t in [complement] + [c for c in complement.children if c.dep_ not in SUBJECT_LINKS]
                      for form in (t.lemma_.lower(), t.lower_))
    return lemmas


def subject_lemmas(token: Token) -> set[str]:
    """Lemmas anywhere in the trigger's subject (a complement's or a purpose infinitive's is the one of the verb it
    completes: "troops began patrolling", "demonstrators drove to the corner to continue holding their signs"), or
    in the noun phrase a participle describes, without the participle's own words: what "a convoy of trucks
    carrying food" that "crossed into X" is made of."""
    if token.dep_ in {"acl", "relcl"}:
        own = {t.i for t in token.subtree}
        return {t.lemma_.lower() for t in token.head.subtree if t.i not in own}
    verb = token
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    for _ in range(CONTROL_DEPTH):
        if subjects or not (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and has_infinitive_to(verb)):
            break
        verb = verb.head
        subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    return {t.lemma_.lower() for child in subjects for t in child.subtree}


def purpose_lemmas(token: Token) -> set[str]:
    """Verbs of the trigger's purpose infinitives ("sent troops to train the army", "deployed ... to help"), or of a
    noun's infinitive ("threats to expel the envoys")."""
    return {c.lemma_.lower() for c in token.children
            if c.dep_ in {"advcl", "xcomp", "acl"} and has_infinitive_to(c)}


def _of_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the token's own prepositions; "with millions watching" (a noun with its own participle) says
    what went on around the act, it names nothing the act was done with."""
    found = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lemma_.lower() in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj" and not _has_own_participle(c))
    return found


def _has_own_participle(noun: Token) -> bool:
    return any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children)


def object_candidates(token: Token) -> list[Token]:
    """The trigger's direct object (or passive subject), the objects of of/for/with phrases, and the head of
    a quantity object ("thousands of troops")."""
    direct = [c for c in token.children if c.dep_ in OBJECT_DEPS] + _misread_objects(token)
    quantified = [inner for obj in direct for inner in _of_objects(obj, {"of"})]
    return direct + quantified + _of_objects(token, OBJECT_PREPS)


def _misread_objects(token: Token) -> list[Token]:
    """"will not accept refugees fleeing the violence": the parser makes the object the subject of a clause
    headed by the participle that describes it (an -ing form without an auxiliary)."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
               and not any(a.dep_ in {"aux", "auxpass", "mark"} for a in c.children)]
    return [s for clause in clauses for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i]


def content_lemmas(token: Token) -> set[str]:
    """Lemmas of the clause that states what a claim or statement says ("claim that X is ...")."""
    return {t.lemma_.lower() for child in token.children if child.dep_ in {"acl", "ccomp"}
            for t in child.subtree}


def _about_oneself(token: Token) -> bool:
    """"The Houthis claimed that they had attacked the airport": a claim about the claimant's own act is no
    accusation of anyone (the act itself is coded, as reported by them)."""
    return any(subject.dep_ == "nsubj" and subject.lower_ in SELF_PRONOUNS
               for child in token.children if child.dep_ in {"acl", "ccomp"} for subject in child.children)


def word_lemma(token: Token) -> str:
    """The lemma the pattern lists use: the model's, but "data" and "media" for the Latin singulars it gives them
    (`noun_lemma_fixes`)."""
    lemma = token.lemma_.lower()
    return patterns()["noun_lemma_fixes"].get(lemma, lemma)


def lemma_forms(token: Token) -> list[str]:
    """The word's lemma, preceded by the whole word when the tokenizer split a hyphenated compound
    ("cease-fire" -> "ceasefire", the spelling the patterns use)."""
    lemma = word_lemma(token)
    prefix = hyphen_glued_prefix(token)
    return [prefix.lower_ + lemma, lemma] if prefix is not None else [lemma]


def _object_code(token: Token, objects: dict[str, str], preps: list[str]) -> tuple[str, Token] | None:
    """The code of the first listed object, looked for also in the alternative's own `object_preps`
    ("agreed to the demands": what is agreed to is the object of "to")."""
    kinds = _kind_words()
    for candidate in object_candidates(token) + _of_objects(token, set(preps)):
        # "sent surgical kits", "carried out cyber strikes": the kind decides before the noun naming the thing
        lemmas = [c.lemma_.lower() for c in candidate.children
                  if c.dep_ in {"amod", "compound"} and c.lemma_.lower() in kinds]
        lemmas += lemma_forms(candidate) + [c.lemma_.lower() for c in candidate.children if c.dep_ == "compound"]
        for lemma in lemmas:
            if lemma in objects:
                return objects[lemma], candidate
    return None


def _match(token: Token, alternatives: list[dict[str, Any]], nominal: bool) -> Trigger | None:
    near = neighbourhood(token)
    for alt in alternatives:
        if alt.get("requires") and not near & set(alt["requires"]):
            continue
        if alt.get("blocked") and near & alt["blocked"]:
            continue
        if not _construction_fits(token, alt):
            continue
        if alt.get("phrase_words") and not phrase_lemmas(token) & set(alt["phrase_words"]):
            continue
        if alt.get("blocked_phrase_words") and phrase_lemmas(token) & set(alt["blocked_phrase_words"]):
            continue
        if alt.get("purpose_words") and not purpose_lemmas(token) & set(alt["purpose_words"]):
            continue
        if alt.get("subject_words") and not subject_lemmas(token) & set(alt["subject_words"]):
            continue
        if alt.get("content_words") and (not content_lemmas(token) & set(_word_set(alt["content_words"]))
                                         or _about_oneself(token)):
            continue
        chosen = _object_code(token, alt["objects"], alt.get("object_preps", [])) if alt.get("objects") else None
        if alt.get("objects_only") and chosen is None:
            continue
        code, obj = chosen if chosen else (alt["cameo"], None)
        return Trigger(token, code, nominal, alt, obj)
    return None


def _flattened(words: list | frozenset) -> frozenset[str]:
    """A word list with shared lists (YAML anchors) inside it, as one set made once when the patterns load:
    `blocked: [trade, free, *private_contracts]`. An alternative that two words share (a YAML alias) is met twice;
    its set, made the first time, is kept."""
    if isinstance(words, frozenset):
        return words
    return frozenset(w for item in words for w in (item if isinstance(item, list) else [item]))


def _construction_fits(token: Token, alt: dict[str, Any]) -> bool:
    """The alternative's demands on the trigger's own dependents: a preposition it takes, a direct object it must
    or must not have, no clause, no naming complement ("called Trump unhinged", also read as a second object)."""
    deps = {c.dep_ for c in token.children}
    if alt.get("requires_prep") and not _has_prep(token, alt["requires_prep"]):
        return False
    if alt.get("blocked_preps") and _has_prep(token, alt["blocked_preps"]):
        return False
    if alt.get("blocked_passive_preps") and "auxpass" in deps and _has_prep(token, alt["blocked_passive_preps"]):
        return False
    if alt.get("infinitive") and not purpose_lemmas(token):
        return False
    if alt.get("intransitive") is not None and alt["intransitive"] == ("dobj" in deps):
        return False
    if alt.get("no_complement") and deps & {"xcomp", "ccomp"}:
        return False
    if alt.get("that_clause") and not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                      for m in c.children) for c in token.children):
        return False
    if alt.get("verdict_words") and not verdict_words_of(token, alt["verdict_words"]):
        return False
    if alt.get("negated") and not any(c.dep_ == "neg" for c in token.children):
        return False
    if alt.get("blocked_objects") and any(c.lemma_.lower() in alt["blocked_objects"] for c in [
            c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] + _of_objects(token, set(alt.get(
                "object_preps", [])))):
        return False
    if alt.get("person_object") and not any(is_person(c) or alt.get("owner_judged") and _owned_by_person(c)
                                            for c in _undergoers(token, alt.get("requires_prep", []))):
        return False
    if alt.get("partner") and not _has_partner(token):
        return False
    if alt.get("bare_alone") is False and _alone_and_bare(token):
        return False
    if alt.get("undergone") and not _undergone_by(token, alt["undergone"]):
        return False
    # "calling Obama an 'ignorant baboon'" may be parsed with two direct objects: the second names the first
    two_objects = sum(c.dep_ == "dobj" for c in token.children) > 1
    return not (alt.get("naming") is False and ("oprd" in deps or two_objects))


def undergoing_verb(noun: Token) -> Token | None:
    """The verb of undergoing that takes an event noun: "faced pressure", "came under attack", also a gerund the
    parser reads as a verb ("came under shelling", "faced shelling by Y"); or a verb of dying in or from one ("died
    in the bombing", `perishing_verbs`)."""
    under = noun.dep_ in {"pobj", "pcomp"} and noun.head.lower_ == "under"
    verb = noun.head.head if under else noun.head if noun.dep_ in {"dobj", "xcomp"} else None
    if verb is not None and verb.lemma_.lower() in patterns()["undergoing_verbs"]:
        return verb
    perishing = patterns()["perishing_verbs"]  # "died in the bombing": who died is whom it was done to
    if noun.dep_ == "pobj" and noun.head.lower_ in perishing["preps"] \
            and noun.head.head.lemma_.lower() in perishing["verbs"]:
        return noun.head.head
    return None


def _undergone_by(noun: Token, who: str) -> bool:
    """`undergone`: the noun is what a verb of undergoing's subject comes under or faces, and that subject is a
    place, an armed force or a thing that is shot at ("things": "the town came under fire", gunfire) or a person
    bearing no arms, a body or what it said or did ("people": "the minister came under fire", criticism)."""
    verb = undergoing_verb(noun)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if verb else None
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if who == "things":
        return _a_place(subject) or lemma in _word_set("armed_people") or lemma in _word_set("shot_at_things")
    return lemma not in _word_set("armed_people") and not _a_place(subject) \
        and (is_person(subject) or lemma in _word_set("criticised_things"))


def _a_place(name: Token) -> bool:
    """A name that is a town or a larger place, though the recogniser called it no place ("Kharkiv came under
    fire"), or that an apposition says is one ("Tamarasheni, a Georgian town")."""
    if name.ent_type_ in PLACE_ENTITIES:
        return True
    if name.pos_ != "PROPN" or name.ent_type_ in {"PERSON", "PER"}:
        return False
    words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i] + [name]
    described = (c for c in name.children if c.dep_ == "appos")
    return is_known(" ".join(w.text for w in words)) \
        or any(c.lemma_.lower() in knowledge()["settlement_nouns"] for c in described)


def _has_partner(verb: Token) -> bool:
    """Someone to do it with: several subjects ("the two leaders discussed", "they discussed", "Putin and Abe
    discussed"), or a clause hung on another act that names the partner ("met X to discuss", "met X and
    discussed"); "analysts discussed the remark" talks about something with no one."""
    if verb.dep_ in HUNG_CLAUSE_DEPS:
        return True
    return _several(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def _several(subjects) -> bool:
    """Whether the subjects name several doers: a plural, "they", or a coordination."""
    return any(s.tag_ in PLURAL_TAGS or s.lower_ in PLURAL_PRONOUNS or any(c.dep_ == "conj" for c in s.children)
               for s in subjects)


def _alone_and_bare(verb: Token) -> bool:
    """A verb with no object, clause or phrase of its own whose subject (its own, or that of the verb it
    completes: "seemed to agree") is one doer: "Professor Lee agreed." concurs with a view just reported."""
    if any(c.dep_ in BARE_VERB_BLOCKERS for c in verb.children):
        return False
    holder = verb
    while holder.dep_ in {"xcomp", "conj"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children):
        holder = holder.head
    return not _several(c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"})


def verdict_words_of(copula: Token, words: Collection[str]) -> list[Token]:
    """The verdict words of a copula: "X is a liar", "the plan was reckless and dishonest", "she would be a better
    president": the copula's predicate word (or one listed with it, or an adjective on a predicate noun for a
    person) is a verdict word, in its lemma or its own form ("unhinged", "better"). On a noun for no person the
    adjective judges a thing ("said Afghanistan was a terrible mistake": the war, not the country), unless that
    thing is someone's ("his plan is a reckless gamble": its owner is judged)."""
    predicates = [c for c in copula.children if c.dep_ in {"attr", "acomp"}]
    predicates += [c for p in predicates for c in p.conjuncts]
    owned = any(c.dep_ == "nsubj" and any(o.dep_ == "poss" for o in c.children) for c in copula.children)
    predicates += [a for p in predicates if p.pos_ == "NOUN" and (owned or is_person(p))
                   for a in p.children if a.dep_ == "amod"]
    return [p for p in predicates if p.lemma_.lower() in words or p.lower_ in words]


def is_person(token: Token) -> bool:
    """A person by name, pronoun or noun (`word_sets.people`) or an age ("stabbed a 17-year-old"): "shot Bell",
    "punched him", "kicked a protester"; a name the recogniser took for no place or thing counts ("shot Bell",
    tagged an organisation)."""
    if token.pos_ == "PROPN":
        return token.ent_type_ not in NOT_PERSON_ENTITIES
    return token.lemma_.lower() in _word_set("people") or is_age_noun(token) or _aged(token) \
        or any(is_person(counted) for counted in counted_nouns(token))


def _aged(noun: Token) -> bool:
    """"a 70-year-old academic": a noun described by an age is a person, whatever the noun."""
    units = patterns()["lone_person"]["age_units"]
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "old"
                                       and any(u.lemma_.lower() in units for u in c.children) for c in noun.children)


def counted_nouns(token: Token) -> list[Token]:
    """What a number or a quantity word counts in its "of" phrase ("cut one of the women", "shot two of the
    officers", "some of them"); none for other words."""
    if token.pos_ not in {"NUM", "PRON", "DET", "ADJ"}:
        return []
    return [counted for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for counted in prep.children if counted.dep_ == "pobj"]


def venue_name(modifier: Token, noun: Token) -> list[Token]:
    """"the Paris agreement", "the Warsaw summit", "the Geneva talks": the words of a city named on a meeting or an
    agreement (`venue_named_nouns`), which say where it was held or signed and name no party to it; none for a
    country ("the Iran deal") or any other modifier."""
    return _city_named_on(modifier, noun, "venue_named_nouns")


def struck_city(noun: Token) -> Token | None:
    """"the Baghdad bombings", "the Benghazi attack": the city an attack is named after (`struck_place_nouns`),
    where it struck, which stands for its target and is never its doer."""
    return next((modifier for modifier in noun.children if _city_named_on(modifier, noun, "struck_place_nouns")),
                None)


def _city_named_on(modifier: Token, noun: Token, nouns: str) -> list[Token]:
    """The words of a city (not a country) that ``modifier`` names on a ``noun`` of the pattern list ``nouns``."""
    if noun.lemma_.lower() not in patterns()[nouns] or modifier.ent_type_ != "GPE":
        return []
    words = [w for w in modifier.subtree if w.ent_type_ == "GPE"]
    name = " ".join(w.text for w in words)
    return words if is_known(name, ("city",)) and not is_known(name, ("country",)) else []


def venue_words(noun: Token) -> list[Token]:
    """The words of every city the noun is named after (:func:`venue_name`)."""
    return [word for modifier in noun.children for word in venue_name(modifier, noun)]


def names_people(token: Token) -> bool:
    """A person (:func:`is_person`) or a people by name ("Muslims", "Kurds": the recogniser's NORP)."""
    return is_person(token) or token.ent_type_ == "NORP"


def _undergoers(verb: Token, preps: Collection[str] = ()) -> list[Token]:
    """Who the verb is done to: its object or passive subject, or the object of a preposition the alternative
    requires ("went after Walker"), or for a passive conjunct without one the subject it shares ("The civilians
    imprisoned for X were released by Y")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    found += own_prep_objects(verb, preps) + naming_complement_subjects(verb)
    outcome = outcome_subject(verb) if not found else None
    if outcome is not None:
        return [outcome]
    if found or verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return found
    return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _owned_by_person(thing: Token) -> bool:
    """A thing a person or a body owns ("his plan", "Warren's remarks", "the NAACP resolution"), which a verdict on it
    judges."""
    return any((c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ in {"PERSON", "ORG"}) and is_person(c)
               for c in thing.children)


def outcome_subject(participle: Token) -> Token | None:
    """"X ended up being stabbed", "X wound up getting shot": the one a passive outcome of a verb of ending up
    (`outcome_verbs`) befell is that verb's subject."""
    verb = participle.head
    phrases = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    if participle.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in participle.children) \
            or phrases.isdisjoint(patterns()["outcome_verbs"]):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def naming_complement_subjects(verb: Token) -> list[Token]:
    """Who a naming complement describes, when the parser hung them on it ("called the senator unhinged", "called
    Trump unhinged and dangerous"): the senator, Trump; or a person the parser made a first complement ("called
    Clinton a liar" read as two complements)."""
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    doubled = complements[:1] if len(complements) > 1 and is_person(complements[0]) else []
    complements += [misread] if (misread := misread_naming_complement(verb)) is not None else []
    return [s for c in complements for s in c.children if s != verb.head
            and (s.dep_ == "nsubj" or s.dep_ == "compound" and s.pos_ == "PROPN")] + doubled


def misread_naming_complement(verb: Token) -> Token | None:
    """"Trump called Kelly unhinged." parsed as "Trump (called) ... Kelly unhinged": the naming verb hung as a
    participle on its subject, and its complement made the main verb, with the one named as a second subject
    after the participle. That complement, or none."""
    subject = verb.head
    if verb.dep_ != "acl" or subject.dep_ != "nsubj" or any(c.dep_ in OBJECT_DEPS | {"ccomp", "xcomp"}
                                                             for c in verb.children):
        return None
    complement = subject.head
    named = [c for c in complement.children if c.dep_ == "nsubj" and verb.i < c.i < complement.i]
    own_object = any(c.dep_ in OBJECT_DEPS for c in complement.children)
    return complement if named and not own_object else None


def own_prep_objects(token: Token, preps: Collection[str]) -> list[Token]:
    """The objects of the prepositions, as written, that hang on ``token`` itself ("went after Walker": Walker)."""
    return [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
            for obj in prep.children if obj.dep_ == "pobj"]


def _has_prep(token: Token, preps: list[str]) -> bool:
    """The trigger itself takes one of these prepositions (not a time phrase: "for the second time")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and not _time_phrase(c) for c in token.children)


def _word_set(name: str) -> list[str]:
    return patterns()["word_sets"][name]


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Words for the kind of a thing ("medical", "cyber") that decide its code before the noun naming it."""
    return frozenset(_word_set("kind_words"))


def _is_verbal(token: Token) -> bool:
    """Verbs, a copula with its predicate ("X is a liar"), and past participles the parser took for adjectives
    ("its army encircled(ADJ) Kyiv")."""
    if token.pos_ in _VERB_POS or token.pos_ == "AUX" and any(c.dep_ in {"attr", "acomp"} for c in token.children):
        return True
    if token.pos_ != "ADJ" or token.dep_ != "amod" or not token.lower_.endswith("ed"):
        return False
    return misread_main_verb(token)


def misread_main_verb(participle: Token) -> bool:
    """"its army encircled Kyiv" parsed as a noun phrase: a possessive, then a word that is the real subject
    ("army", "military"), then the participle, all before one head. A participle right after the possessive,
    its "'s", an adverb or a number ("his murdered son", "her recently freed sister", "the state's 20 pledged
    delegates") only describes its noun."""
    doc = participle.doc
    return appositive_subject(participle) is not None or any(
        c.dep_ == "poss" and c.i < participle.i and any(t.pos_ not in {"ADV", "NUM"} and t.tag_ != "POS"
                                                        for t in doc[c.i + 1:participle.i])
        for c in participle.head.children)


def appositive_subject(participle: Token) -> Token | None:
    """"Marlowe, the union organizer, endorsed Kessler's plan" parsed as one noun phrase: the verb, right after
    the comma closing an apposition, hangs as a modifier on its object, which the parser made a second apposition
    of the name (or the possessor of that apposition); the name is the verb's subject."""
    noun = participle.head.head if participle.head.dep_ == "poss" else participle.head
    if participle.dep_ != "amod" or noun.dep_ != "appos" or participle.i > noun.i or participle.i == 0:
        return None
    named = noun.head
    return named if participle.doc[participle.i - 1].text == "," and named.i < participle.i else None


def _verb_lemma(token: Token) -> str:
    """The verb lemma, also for a participle tagged as an adjective, whose lemma is the participle itself,
    and for a form the lemmatizer gets wrong ("staged" -> "stag", "raped" -> "rap"; fixed by lemma or by form)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        fixes = patterns()["verb_lemma_fixes"]
        return fixes.get(token.lower_) or fixes.get(lemma, lemma)
    if token.pos_ != "ADJ":
        return lemma
    verbs = patterns()["verbs"]
    return next((c for c in (lemma, lemma[:-1], lemma[:-2]) if c in verbs), lemma)


def _verb_key(token: Token) -> str:
    """"blow up" when the verb has a listed particle, else the verb lemma. The parser reads the particle of
    "pulled out of Lebanon" as a preposition whose own "of" phrase follows: a particle all the same."""
    lemma = _verb_lemma(token)
    glued = lemma_forms(token)[0]  # "test-fired": the tokenizer split the verb at its hyphen
    if glued != token.lemma_.lower() and glued in patterns()["verbs"]:
        return glued
    compound = patterns()["defaults"]["compound_preps"]
    for child in token.children:
        particle = child.dep_ == "prt" or child.dep_ == "prep" and child.lower_ in compound \
            and any(c.dep_ == "prep" and c.lower_ in compound[child.lower_] for c in child.children)
        if particle and f"{lemma} {child.lower_}" in patterns()["verbs"]:
            return f"{lemma} {child.lower_}"
    return lemma


def _hyphenated_modifier(token: Token) -> bool:
    """The second half of "Iran-backed", "rebel-held", "Saudi-led": a description of who controls or supports
    something, not a report that it happened; a verb listed whole ("test-fired") is no such half, nor a verb with
    a subject of its own ("he sucker-punched a protester": the compound's last half is the act)."""
    halves = hyphen_glued_prefix(token) is not None and token.tag_ in {"VBN", "VBD", "JJ"}
    return halves and lemma_forms(token)[0] not in patterns()["verbs"] \
        and not any(c.dep_ == "nsubj" for c in token.children)


def _participle_as_noun(token: Token) -> bool:
    """"the wounded", "the accused", "the arrested were released": a participle with an article of its own and no
    noun to describe names the people something befell, not an act it reports."""
    return token.tag_ in {"VBN", "JJ"} and token.dep_ != "amod" and any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} and c.i < token.i for c in token.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass"} for c in token.children)


def _noun_key(token: Token, nouns: dict[str, Any]) -> str | None:
    return next((form for form in lemma_forms(token) if form in nouns), None)


def find_triggers(sentence: Span) -> list[Trigger]:
    table = patterns()
    found = []
    for token in sentence:
        if _is_verbal(token) and _verb_key(token) in table["verbs"]:
            trigger = _match(token, table["verbs"][_verb_key(token)], nominal=False)
        elif token.pos_ in _NOUN_POS and (noun := _noun_key(token, table["nouns"])) is not None:
            trigger = _match(token, table["nouns"][noun], nominal=True)
        else:
            continue
        if trigger and not _hyphenated_modifier(token) and not _participle_as_noun(token):
            found.append(trigger)
    return found
