"""Who did it and to whom: the source and target tokens of a trigger, and the actors they stand for.

Roles come from the dependency parse: subject and object of a verb (swapped in the passive, with the
``by`` phrase as source), possessive and of/with/against phrases of a noun, and - when the trigger itself has
no subject - the subject it shares with the clause above it (coordination, control, relative clauses,
light verbs such as "mounted a campaign").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.events.actors_fallback import sector_of
from eventwire.events.codebook import cameo, load_yaml
from eventwire.events.triggers import (CLAUSE_DEPS, Trigger, appositive_subject, is_person, is_temporal,
                                      misread_naming_complement, names_people, naming_complement_subjects,
                                      outcome_subject, patterns, struck_city, undergoing_verb, venue_name)
from eventwire.nlp.syntax import has_infinitive_to, has_passive_marks

SUBJECT_DEPS = {"nsubj", "csubj"}
#: Entity labels of names that stand for someone who can act, a state or a body too ("led Kenya to attack").
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
#: Words opening a clause that names a thing without a noun ("condemned what he called a breach").
FREE_RELATIVES = {"what", "whatever"}
#: Prepositions that tie a person noun to what it leads, drives or speaks for ("the driver of a car", "a
#: spokesman for Hamas"): a "who" after such a phrase may be the person.
PERSON_PHRASE_PREPS = {"of", "for", "at"}
#: Objects that stand for a coordinated verb's object ("wounded four others", "another").
ANAPHORIC_OBJECTS = {"other", "another", "one", "more", "some", "several", "many", "dozen", "few", "rest"}
#: Dependents through which a noun phrase names its actor ("Libyan rebels", "the Kremlin's envoy").
NAMING_DEPS = {"amod", "compound", "poss", "nmod"}
#: Links along which a clause or noun takes the subject of the clause above it.
INHERIT_DEPS = {"xcomp", "conj", "acomp", "advcl", "dobj", "pobj", "prep", "attr", "oprd", "acl", "pcomp"}
MAX_CLIMB = 5
#: Links of a clause a verb governs (not of its object): a gerund's doer does the clauses below it.
GOVERNED_CLAUSE_DEPS = {"xcomp", "advcl", "ccomp", "conj"}
#: Words climbed from an "in" phrase to the word of justice it may hang on ("the arrest of a man in X").
CASE_CLIMB = 4
#: Marks around an aside inside a clause ("X ― who ... ― was shot", "X (a nurse) was shot").
ASIDE_OPENERS = {"―", "—", "–", "--", "-", "("}
ASIDE_CLOSERS = {"―", "—", "–", "--", "-", ")"}
#: Characters of the dash that ends a dateline ("WASHINGTON (AP) —", "COLUMBIA ---").
DASH_CHARS = set("-\u2013\u2014")
#: What links a conjunct to its head besides a coordinating conjunction ("attacked, looted and burned").
CONJUNCT_LINKS = {",", ";", "―", "—", "–", "--", "-", "&"}


def _shares_passive(verb: Token) -> bool:
    """"was shot and killed by an officer": a bare participle conjoined to a passive verb (one with a passive
    subject, or a passive gerund, "about being arrested and jailed") is passive too; so is a verb that must take
    an object (`object_verbs`) read as a past tense without one ("was hit by a car and killed")."""
    bare_participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lemma_.lower() in patterns()["object_verbs"] \
        and not any(c.dep_ == "dobj" for c in verb.children)
    return verb.dep_ == "conj" and bare_participle and any(
        c.dep_ == "nsubjpass" or c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.head.children) \
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass", "nsubjpass"} for c in verb.children)


def is_passive(token: Token) -> bool:
    return has_passive_marks(token) or _shares_passive(token)


def _own_agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def agent_of(token: Token) -> Token | None:
    """The ``by`` phrase of a passive; the parser hangs one shared by conjoined participles on the last ("was
    shot and killed by an officer": the officer shot too) or the first ("was hit by a car and killed"), and may
    hang it on the last noun of the verb's own prepositional phrases (:func:`_agent_on_a_place`)."""
    agent = _own_agent(token)
    if agent is None and token.tag_ == "VBN":
        shared = next((c for c in token.children if c.dep_ == "conj" and _shares_passive(c)), None)
        agent = _own_agent(shared) if shared is not None else None
    if agent is None and _shares_passive(token):  # "was hit by a car and killed": the car killed too
        agent = _own_agent(token.head)
    return agent if agent is not None or token.tag_ != "VBN" else _agent_on_a_place(token)


def _agent_on_a_place(verb: Token) -> Token | None:
    """"was sentenced to two years at the county courthouse by Judge X", "was shelled for hours by government
    forces": a "by" phrase the parser hung on a noun of the passive verb's prepositional phrases (not an event
    noun, whose doer it is: `event_actor`) that names people, a person or a sector is the verb's agent."""
    frontier = [verb]
    while frontier:
        nouns = [o for word in frontier for prep in word.children if prep.dep_ == "prep"
                 for o in prep.children if o.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() in patterns()["nouns"]:
                continue
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
                doer = next((o for o in by.children if o.dep_ == "pobj"), None)
                if doer is not None and (is_person(doer) or sector_of(doer.text)):
                    return doer
        frontier = nouns
    return None


def in_dateline(word: Token) -> bool:
    """Whether ``word`` is in the dateline that opens a wire story ("NAIROBI, Kenya (AP) — Kenyan police ..."): a
    capitalised place and agency before a dash at the start of the sentence say where the story was filed, and
    name no actor of its events (the parser may make the place a subject)."""
    sentence = word.sent
    if not (sentence[0].text.isupper() and len(sentence[0].text) > 1):
        return False  # first, as it is cheap: most sentences open with no capitals
    dash = next((t for t in sentence if t.text and set(t.text) <= DASH_CHARS), None)
    if dash is None or word.i >= dash.i:
        return False
    return all(t.is_punct or t.text[:1].isupper() for t in sentence if t.i < dash.i)


def own_subject(token: Token) -> Token | None:
    """The token's own subject (the agent in the passive), with a relative pronoun replaced by its noun; a
    dateline read as a subject is none."""
    if is_passive(token):
        return agent_of(token)
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and not in_dateline(c)), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        return relative_antecedent(subject)
    if subject is not None and _swallowing_clause(subject) is not None:
        return next(c for c in subject.children if c.dep_ == "conj")
    return subject


def relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the one its clause hangs on, unless "who" hangs on something that is
    no person in a phrase on a person noun ("the driver of a silver Pontiac, who was shot": the driver; "the leader
    of Hamas, who was killed": the leader)."""
    noun = pronoun.head.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in PERSON_PHRASE_PREPS else None
    if pronoun.lower_ in {"who", "whom"} and owner is not None and noun.ent_type_ != "PERSON" \
            and not (noun.pos_ == "NOUN" and is_person(noun)) and (owner.ent_type_ == "PERSON" or owner.pos_ == "NOUN"):
        return owner
    return noun


def _swallowing_clause(subject: Token) -> Token | None:
    """The fronted clause whose object the parser read as the first member of a list subject ("After rebels
    attacked Goma, Congo and Rwanda held talks": Goma is attacked, Congo and Rwanda talk): an object-taking verb
    (`object_verbs`) with no object, right before a subject set off by a comma and coordinated on."""
    doc = subject.doc
    if subject.dep_ != "nsubj" or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != "," \
            or not any(c.dep_ == "conj" for c in subject.children):
        return None
    return next((c for c in subject.head.children if c.dep_ == "advcl" and c.right_edge.i == subject.i - 1
                 and c.lemma_.lower() in patterns()["object_verbs"]
                 and not any(d.dep_ in {"dobj", "dative", "nsubjpass"} for d in c.children)), None)


def _swallowed_object(verb: Token) -> Token | None:
    """The object a fronted clause lost to the subject of the clause it introduces (``_swallowing_clause``)."""
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "advcl" else None
    return subject if subject is not None and _swallowing_clause(subject) is verb else None


def _relative_gap(verb: Token) -> Token | None:
    """The noun a relative clause with no relative word and a subject of its own describes is the object its verb
    lacks ("the officers she attacked"; through a verb of trying or planning, "It was the police she tried to blow
    up"), unless the noun tells when, where, why or how (`relative_adverbial_heads`: "the day she attacked"), the
    clause has a relative word ("Iran, whose leaders called for ...") or the noun is the object of a preposition
    left at its end ("the country she is fighting for")."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.lemma_.lower() in load_yaml("modality.yaml")["hypothetical_heads"]:
        clause = clause.head
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in {"NOUN", "PROPN"} or is_temporal(noun) \
            or noun.lemma_.lower() in patterns()["relative_adverbial_heads"]:
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    related = [c for c in clause.subtree if c.lower_ in RELATIVE_PRONOUNS | {"whose", "where", "when", "why", "how"}
               or c.dep_ == "prep" and not any(o.dep_ in {"pobj", "pcomp"} for o in c.children)]
    return noun if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS and not related else None


def _calling_noun(verb: Token) -> Token | None:
    """The noun of calling whose infinitive ``verb`` is ("calls to boycott the chain", `calling_nouns`), also when
    the parser hung the infinitive on the clause's verb as a purpose right after the noun."""
    if not has_infinitive_to(verb):
        return None
    nouns = patterns()["calling_nouns"]
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in nouns:
        return verb.head
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if verb.dep_ in {"advcl", "xcomp"} and before is not None and before.pos_ == "NOUN" \
            and before.lemma_.lower() in nouns and verb.left_edge.lower_ == "to":
        return before
    return None


def _caller(call: Token) -> Token | None:
    """Who makes a call: its possessor or by/from phrase, or the subject of a verb that issues it ("renewed calls
    to ...", `calling_verbs`); none when the text names no caller ("lit up with calls to ...")."""
    issuer = own_subject(call.head) if call.dep_ == "dobj" \
        and call.head.lemma_.lower() in patterns()["calling_verbs"] else None
    return _possessor(call) or _prep_object(call, {"by", "from"}) or issuer


def inherited_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` that has one ("ready to send", "X and mounted"); what a
    call asks for is its caller's act, not that of the clause the call is named in."""
    call = _calling_noun(token)
    if call is not None:
        return _caller(call)
    current, below = token, None
    for _ in range(MAX_CLIMB):
        infinitive = current.dep_ == "relcl" and has_infinitive_to(current)
        if current.dep_ not in INHERIT_DEPS and not infinitive or current.head == current:
            return None  # "took steps to ease ...": an infinitive relative clause is done by the taker
        if current.dep_ == "conj" and (current.head.pos_ in {"NOUN", "PROPN"} or unlinked_conjunct(current)):
            return None
        head = current.head
        judged = _judged_for(current)
        if judged is not None:
            return judged
        # the doer of a gerund on a noun does what it says and the clauses it governs, not what its object names
        # ("the judge handling the lawsuits": no one's lawsuits)
        through_clause = current is token or below.dep_ in GOVERNED_CLAUSE_DEPS
        gerund_doer = _gerund_doer(current, head) if head.pos_ == "NOUN" and through_clause else None
        if gerund_doer is not None:  # "the spectacle of Netanyahu denouncing the president", "a video of soldiers
            return gerund_doer  # using force to disperse protesters"
        if current is not token and through_clause and current.dep_ == "acl" and current.tag_ == "VBG" \
                and is_person(head):
            return head  # "problems with militants using tunnels to stage attacks": the militants stage them
        if head.pos_ in {"NOUN", "PROPN"} and current.dep_ in {"acl", "prep"}:
            possessor = _possessor(head)
            if possessor is not None:
                return possessor
        if current is token and head.dep_ == "acl" and agent_of(head) is not None:
            return agent_of(head)  # "the rally staged by students to protest X": the students protest
        if current is token and head.pos_ == "VERB":
            reported = reported_clause(token, head)
            if reported is not None:
                return own_subject(reported) or inherited_subject(reported)
        if (controller := _object_controller(current)) is not None:
            return controller  # "the crisis led Kenya to attack Uganda": Kenya attacks
        if head.pos_ in {"VERB", "AUX"}:
            # "was indicted by the court and will resign", "is scheduled to attend": a passive clause passes
            # on its grammatical subject, not its agent
            passive_subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            subject = passive_subject if current.dep_ in {"conj", "xcomp"} and passive_subject is not None \
                else own_subject(head) or passive_subject
            if subject is not None and _anticipates_clause(subject, current):
                return _experiencer(head)
            if subject is not None:
                return _speaker_of_misjoined(current, subject) or subject
        current, below = head, current
    return None


def _object_controller(clause: Token) -> Token | None:
    """"forced Kenya to withdraw", "the crisis led Kenya to attack Uganda": the object of a verb before its
    infinitive complement does what the infinitive says, not the verb's subject (except after verbs of promising,
    `subject_control_verbs`)."""
    verb = clause.head
    if clause.dep_ != "xcomp" or not has_infinitive_to(clause) or verb.pos_ != "VERB" \
            or verb.lemma_.lower() in patterns()["subject_control_verbs"]:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    # "used his speech to call for ...", "spent $640,000 to back her": a thing used is no doer, the user acts
    return obj if obj is not None and (is_person(obj) or obj.pos_ == "PROPN" and obj.ent_type_ in ACTOR_ENTITIES) \
        else None


def _anticipates_clause(subject: Token, clause: Token) -> bool:
    """"It is hard to blame him", "it took him days to condemn X": an "it" whose verb takes the clause as its real
    subject stands for that clause, no actor (`anticipatory_it`); "Iran said it was ready to attack" names Iran."""
    rule, verb = patterns()["anticipatory_it"], clause.head
    if subject.lower_ != "it" or clause.dep_ not in {"xcomp", "ccomp", "csubj"}:
        return False
    if verb.lemma_.lower() in rule["experiencer_verbs"]:
        return _experiencer(verb) is not None
    return predicated_by_be(verb, rule["be_predicates"])


def predicated_by_be(verb: Token, predicates) -> bool:
    """"It is hard to ...", "it is unclear whether ...": ``verb`` is "be" with a predicate adjective or noun of
    ``predicates``, which says what its clause is (an evaluation, an open question), not that anyone did it."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in predicates
                                              for c in verb.children)


def _experiencer(verb: Token) -> Token | None:
    """The person "it took" or "it cost" something, who does the act of the clause ("it took him days to ...")."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "dative"} and is_person(c)), None)


def _judged_for(phrase: Token) -> Token | None:
    """"Ghana praised Togo for hosting the refugees", "called the voters stupid for backing Carson": the act a
    verdict is given "for" is done by the one judged, the verdict's object (`verdict_verbs`)."""
    verdict = phrase.head
    if phrase.dep_ != "prep" or phrase.lower_ != "for" or verdict.lemma_.lower() not in patterns()["verdict_verbs"]:
        return None
    judged = [c for c in verdict.children if c.dep_ == "dobj"] + naming_complement_subjects(verdict)
    return judged[0] if judged else None


def reported_clause(participle: Token, verb: Token) -> Token | None:
    """"Rebels stormed a hotel, police said, killing five guards": the parser hangs the participle clause after an
    attribution on its verb of saying; it goes on the clause reported before it (the content clause, or the
    clause the attribution is set in)."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < verb.i \
            or verb.lemma_.lower() not in load_yaml("modality.yaml")["speech_verbs"]:
        return None
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def unlinked_conjunct(word: Token) -> bool:
    """A conjunct with no "and", "or", comma, semicolon or dash of the coordination (one hung on the conjuncts)
    between it and its head is a misparse that shares nothing with the head ("police cordoned off the shop to
    investigate the death of X, who was found fatally shot": "shot" made a conjunct of "cordoned")."""
    if word.dep_ != "conj":
        return False
    members = {word, word.head, *(c for c in word.head.children if c.dep_ == "conj")}
    between = word.doc[min(word.i, word.head.i) + 1:max(word.i, word.head.i)]
    return not any((w.dep_ == "cc" or w.text in CONJUNCT_LINKS) and w.head in members for w in between)


def _speaker_of_misjoined(conjunct: Token, subject: Token) -> Token | None:
    """"X said the bill would damage Y and called for Z": a verb the parser joined to what someone says when it
    cannot be that clause's (`misjoined`) is the speaker's second act."""
    return own_subject(conjunct.head.head) if misjoined(conjunct, subject) else None


def misjoined(conjunct: Token, subject: Token | None = None) -> bool:
    """Whether ``conjunct`` is joined to a content clause, in the tense of the verb above that clause, not of the
    clause, when it cannot be the clause's: the clause's subject is a thing and the verb one of saying ("said the
    bill would damage ... and called"; "wrote that your letter disputes ... but consists of" shares its subject), or
    the clause's verb is bare after a modal, which a past tense cannot share ("forecast that the economy would
    rebound and praised X", "said Russia would win and blamed Y": the second act is the forecaster's, done)."""
    clause = conjunct.head
    if conjunct.dep_ != "conj" or clause.dep_ != "ccomp" or not conjunct.tag_ == clause.head.tag_ != clause.tag_:
        return False
    if conjunct.tag_ == "VBD" and clause.tag_ == "VB" and any(c.tag_ == "MD" for c in clause.children):
        return True
    subject = subject if subject is not None else next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return names_no_agent(subject) and clause.head.lemma_.lower() in load_yaml("modality.yaml")["speech_verbs"]


@lru_cache(maxsize=1)
def _thing_kinds() -> dict[str, str]:
    """Lemma of a noun naming a thing no one is (`agents.yaml` `non_agent_nouns`) -> its kind."""
    return {noun: kind for kind, nouns in load_yaml("agents.yaml")["non_agent_nouns"].items() for noun in nouns}


def names_no_agent(token: Token | None) -> bool:
    """A thing ("the measures", "the bill", "the report") or a demonstrative standing alone ("Those who profit
    ...") names no one who can act."""
    if token is None:
        return False
    if token.lower_ in load_yaml("agents.yaml")["demonstratives"]:
        return token.tag_ == "DT" and token.dep_ != "det"  # not the relative "that"
    return token.pos_ == "NOUN" and token.lemma_.lower() in _thing_kinds()


def thing_maker(thing: Token) -> Token | None:
    """Who made a thing named as a doer: the agent in its own phrase ("sanctions imposed by the EU", "the
    court's ruling", "a report by X", "EU sanctions"), else, for a thing referred back to ("the measures"), the
    maker of the nearest earlier thing of its kind in this or the sentences before ("The EU imposed sanctions")."""
    if thing.pos_ != "NOUN":
        return None
    own = _maker_in_phrase(thing)
    if own is not None or not _refers_back_to_thing(thing):
        return own
    kind, start = _thing_kinds()[thing.lemma_.lower()], thing.sent.start
    for _ in range(load_yaml("agents.yaml")["antecedent_reach"]):
        start = thing.doc[start - 1].sent.start if start > 0 else start
    for word in reversed(thing.doc[start:thing.i]):
        if word.pos_ == "NOUN" and _thing_kinds().get(word.lemma_.lower()) == kind:
            maker = _maker_in_phrase(word) or _maker_by_verb(word)
            if maker is not None and not names_no_agent(maker):
                return maker
    return None


def _refers_back_to_thing(thing: Token) -> bool:
    """"the measures", "these sanctions": a definite thing refers to one named before."""
    definite = load_yaml("agents.yaml")["definite_determiners"]
    return any(c.dep_ == "det" and c.lower_ in definite for c in thing.children)


def _maker_in_phrase(thing: Token) -> Token | None:
    staged = (agent_of(c) for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" and _makes(c))
    owner = _possessor(thing)
    if owner is not None and owner.lower_ in load_yaml("agents.yaml")["addressee_possessives"]:
        return None  # "your letter": whoever is spoken to, whom the text does not name
    return owner or _prep_object(thing, {"by"}) or next(filter(None, staged), None) \
        or next(iter(_entity_compounds(thing)), None)


def _maker_by_verb(thing: Token) -> Token | None:
    """The subject of the verb that made the thing ("imposed sanctions"), or its agent ("were imposed by X")."""
    if thing.dep_ not in {"dobj", "nsubjpass"} or not _makes(thing.head):
        return None
    if thing.dep_ == "nsubjpass":
        return agent_of(thing.head)
    return own_subject(thing.head) or inherited_subject(thing.head)


def deed_doer(judged: Token) -> Token | None:
    """Who said or did the thing a verdict judges (`deed_verbs`): the subject of the relative clause on it ("the
    things Trump said were inappropriate") or of the verb it is the object of ("Trump made remarks that were racist",
    "has said things and done things that were inappropriate"). No one for a person or for a thing only undergone
    ("Trump faced a storm that was dangerous")."""
    noun = judged.head.head if judged.tag_ in {"WDT", "WP"} and judged.head.dep_ == "relcl" else judged
    deeds = load_yaml("agents.yaml")["deed_verbs"]
    if noun.pos_ != "NOUN" or is_person(noun):
        return None
    told = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in deeds), None)
    if told is not None:
        return own_subject(told)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in deeds:
        return own_subject(noun.head) or inherited_subject(noun.head)
    return None


def _makes(verb: Token) -> bool:
    return verb.lemma_.lower() in load_yaml("agents.yaml")["making_verbs"]


def _gerund_doer(gerund: Token, noun: Token) -> Token | None:
    """"a video of police shooting a man", "the spectacle of Netanyahu denouncing the president": a gerund the
    parser hung on the noun, after the noun's "of" phrase, is done by that phrase's object; else None."""
    if gerund.dep_ != "acl" or gerund.tag_ != "VBG":
        return None
    of_object = _prep_object(noun, {"of"})
    return of_object if of_object is not None and of_object.i < gerund.i else None


def _possessor(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _prepositions(token: Token) -> list[Token]:
    """The prepositions hung on ``token``, a two-word one by its second word ("out of Georgia": "of",
    `compound_preps`)."""
    compound = patterns()["defaults"]["compound_preps"]
    found = []
    for child in token.children:
        found.append(child)
        if child.dep_ in {"prep", "advmod"} and child.lower_ in compound \
                and not any(c.dep_ == "pobj" for c in child.children):
            found.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in compound[child.lower_])
    return found


def _prep_object(token: Token, preps) -> Token | None:
    for child in _prepositions(token):
        if child.dep_ in {"prep", "dative", "agent"} and child.lemma_.lower() in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _issuer(measure: Token) -> Token | None:
    """Who laid down a ban, sanctions or a resolution that someone broke (`issuer_target`): its owner or named
    modifier ("the EU's ban", "UN sanctions") or the agent of "imposed by"; never what it bans ("a ban on entry
    into Spain" is no act against Spain)."""
    named = _entity_compounds(measure)
    imposed = (agent_of(c) for c in measure.children if c.dep_ == "acl" and c.tag_ == "VBN")
    return _possessor(measure) or (named[0] if named else None) or next(filter(None, imposed), None)


def _entity_compounds(noun: Token) -> list[Token]:
    struck = struck_city(noun)
    return [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ in
            {"GPE", "NORP", "ORG", "PERSON"} and not venue_name(c, noun) and c != struck]


def _doer_compounds(noun: Token) -> list[Token]:
    """The named compounds of an event noun ("the Israeli strike"), else the nouns of an armed force or the police
    compounded on it (`armed_sectors` of figurative.yaml): "a police raid", "the police killings of X", "an army
    offensive" are done by them; an adjective says what kind of act it is ("military aid", "a military campaign")."""
    named = _entity_compounds(noun)
    if named:
        return named
    armed = load_yaml("figurative.yaml")["armed_sectors"]
    return [c for c in noun.children if c.dep_ == "compound" and not c.ent_type_
            and c.i < noun.i and sector_of(c.text) in armed]


def _reduced_passive_conjunct(participle: Token) -> Token | None:
    """The reduced passive relative ("men charged with ...") a bare past participle is conjoined to ("men charged
    with or convicted of smuggling", "a man arrested and charged with murder"): the conjunct is done to the same
    noun, by its own "by" phrase or that of the first, not by the subject of the clause the noun is in; else None."""
    relative = participle.head
    if participle.dep_ != "conj" or participle.tag_ != "VBN" \
            or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in participle.children):
        return None
    return relative if relative.dep_ == "acl" and relative.tag_ == "VBN" and not _has_object(relative) else None


def _gerund_phrase_doer(gerund: Token) -> Token | None:
    """A gerund written as a noun phrase with a force or a name compounded on it ("after the latest police shooting",
    "the army shelling of Goma") is done by that force (`_doer_compounds`), not by the subject of the clause it sits
    in ("Clinton spoke after the police shooting"); else None."""
    return next(iter(_doer_compounds(gerund)), None) if gerund.tag_ == "VBG" else None


def verbal_arguments(trigger: Trigger) -> tuple[Token | None, Token | None]:
    token, pattern = trigger.token, trigger.pattern
    if (blamed := _blamed_subject(token)) is not None:  # "Democrats are to blame": they are the ones blamed
        return None, blamed
    if token.dep_ == "amod" and token.head.pos_ in {"PROPN", "NOUN"}:  # misparsed clause: "its army encircled Kyiv"
        earlier_modifier = next((c for c in token.head.children if c.dep_ == "amod" and c.i < token.i), None)
        return appositive_subject(token) or _possessor(token.head) or earlier_modifier, token.head
    if token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"} \
            and (_has_object(token) or _main_verb_of(token) or misread_naming_complement(token) is not None):
        # a main verb hung on a noun ("Doctors from two aid groups donated goods ..."), unless it is the content
        # of the noun with a subject of its own ("accusations that it had bombed a school")
        source = own_subject(token) or token.head
    elif token.dep_ == "acl" and token.tag_ == "VBN" and not pattern.get("subject_words"):
        return agent_of(token), token.head  # reduced passive: "soldiers killed by ..."
    elif (reduced := _reduced_passive_conjunct(token)) is not None:  # "men charged with or convicted of smuggling"
        return agent_of(token) or agent_of(reduced), reduced.head
    elif token.dep_ == "acl" and token.tag_ == "VBG" and (is_person(token.head) or _set_off_participle(token)):
        source = token.head  # "a video of an officer shooting a teenager": the officer shoots, not who filmed it;
        # a statement "calling on X" is still its issuer's; "Israel, accusing Hamas of ..., launched": Israel accuses
    elif (undergoer := _bare_participle_undergoer(token)) is not None:
        return outside_aside(agent_of(token)), outside_aside(undergoer)
    elif token.tag_ == "VBG" and (undergoer := _undergoer(undergoing := undergoing_verb(token))) is not None:
        doer = _prep_object(token, {"by", "from"}) or _prep_object(undergoing, {"by", "from"})  # "shelling from Y"
        return outside_aside(doer), outside_aside(undergoer)
    elif is_passive(token):  # "killed in Israeli shelling", "rockets were fired from Gaza"
        source = own_subject(token) or _event_noun_agent(token) or _prep_object(token, {"from"})
    else:
        source = own_subject(token) or _fronted_clause_subject(token) or _subject_after_time(token) \
            or _gerund_phrase_doer(token) or inherited_subject(token)
    sides = _between_parties(token) if source is None and "between" not in pattern.get("target_preps", []) else None
    if sides is not None:  # "a truce was agreed between Israel and Hamas"; "mediated between X and Y" is not
        return sides
    if pattern.get("issuer_target") and trigger.object_token is not None:
        return outside_aside(source), outside_aside(_issuer(trigger.object_token))
    if pattern.get("reversed"):  # "received assurances from X", with "from X" on the verb or on its object
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return _prep_object(token, {"from"}) or next(filter(None, (_prep_object(o, {"from"}) for o in objects)),
                                                    None), source
    if is_passive(token):  # "X stormed the town and were attacked": a conjunct shares its undergoing subject
        target = next((c for c in token.children if c.dep_ == "nsubjpass"), None) or _conjunct_subject(token) \
            or outcome_subject(token) or _nonfinite_passive_controller(token) \
            or (_nonfinite_passive_controller(token.head) if _shares_passive(token) else None)  # "... and jailed"
    else:
        target = next((c for c in token.children if c.dep_ in {"dobj", "dative"}), None) or _swallowed_object(token) \
            or _relative_gap(token)
    if target is not None and target.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        target = relative_antecedent(target)  # "the two officers who were killed": the officers
    if target is not None and target == trigger.object_token:  # "requested his assistance": the object is content
        # "pulled its troops out of Georgia": the pattern's own preposition names the target before the owner
        own_preps = pattern.get("target_preps")
        target = own_preps and _prep_object(token, own_preps) or _possessor(target) or _prep_object(token, {"from"})
    if target is not None and talked_about(trigger, target):  # "discussed Syria with Putin": Putin
        target = None
    if target is None or pattern.get("target_preps") is not None and target.dep_ != "dobj":
        preps = pattern.get("target_preps", patterns()["defaults"]["verb_target_preps"])
        target = _prep_object(token, preps) or target
    if target is not None and target.lemma_.lower() in patterns()["body_parts"] and _possessor(target) is not None:
        target = _possessor(target)  # "held a knife to the driver's throat": the driver
    if target is not None and target.pos_ == "NOUN" and target.lemma_.lower() in patterns()["dwelling_nouns"]:
        target = _possessor(target) or _prep_object(target, {"of"}) or target  # "raided the home of X": X
    if target is None and _gerund_phrase_doer(token) is not None:  # "the police shooting of a teenager"
        target = _prep_object(token, {"of"})
    if target is None:  # "threatened further action against Russia", "gave aid to Haiti"
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            target = _prep_object(obj, {"against", "to", "on", "with"}) or target
    if pattern.get("subject_words"):  # "a convoy ..., the first UN shipment, crossed": the UN sent it
        source = _sender(token) or source
    return outside_aside(source), outside_aside(target or _for_clause_subject(token))


def statement_speaker(trigger: Trigger) -> Token | None:
    """The named subject of the verb of saying whose clause an agentless passive act is ("The Interior Ministry
    said ten people had been arrested": the ministry); whether it did the act is `does_such_acts`."""
    token = trigger.token
    clause = token.head if token.dep_ == "conj" else token
    if not is_passive(token) or own_subject(token) is not None or clause.dep_ != "ccomp" \
            or clause.head.lemma_.lower() not in load_yaml("modality.yaml")["speech_verbs"]:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)


def does_such_acts(code: str, sector: str | None) -> bool:
    """An authority reporting an act it does (`acting_speakers.yaml`: "Police said a man was arrested") did it;
    "Police said a man was shot" names no doer."""
    return any(code.startswith(prefix) and sector in sectors
               for prefix, sectors in load_yaml("acting_speakers.yaml").items())


def asked_addressee(trigger: Trigger) -> Token | None:
    """CAMEO 02 and 10, PLOVER REQUEST: the source asks the target to act. Whom a verb of asking asks to do
    something ("asked the Justice Department to investigate whether X lied", "called on the police to arrest Y",
    "urged Iran to stop") is its object with the infinitive of the act asked, whoever that act names; so is it when
    the parser hangs that infinitive off the verb as a clause of its own ("asked the department on Monday to ...")."""
    verb = trigger.token
    if trigger.nominal or cameo(trigger.code).type != "REQUEST":
        return None
    infinitives = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and has_infinitive_to(c)]
    addressee = next(iter(addressed_ones(verb, trigger.pattern.get("target_preps", ()))), None)
    if addressee is not None and addressee.lemma_.lower() in patterns()["public_addressees"]:
        return None  # the public at large is no actor asked: the request keeps the target its phrases give
    if addressee is not None and (infinitives or any(has_infinitive_to(c) for c in addressee.children
                                                     if c.dep_ in {"acl", "relcl"})):
        return addressee
    return next((s for clause in infinitives for s in clause.children if s.dep_ == "nsubj"), None)


def addressed_ones(verb: Token, preps) -> list[Token]:
    """Whom a verb of asking addresses: its object or dative ("urged Iran"), the subject of its passive ("residents
    were asked to call the police"), else the object of one of ``preps`` ("called on Congress", "appealed to the
    voters"; the parser may read the preposition as a particle with an object), not a time ("called on Monday")."""
    own = list(verb.children)
    named = [c for c in own if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    return named + [o for prep in own if prep.dep_ in {"prep", "prt"} and prep.lower_ in preps
                    for o in prep.children if o.dep_ == "pobj" and not is_temporal(o)]


def _sender(verb: Token) -> Token | None:
    """Who sent the goods a delivery verb's subject names ("A convoy ... crossed into Syria, the first United
    Nations shipment", "a WFP convoy", "the UN's convoy", "a convoy from the Red Crescent"): an actor named in the
    noun's own modifiers or in its apposition. The parser sometimes hangs that apposition on the verb as an
    object set off by a comma."""
    noun = verb.head if verb.dep_ in {"acl", "relcl"} else next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if noun is None:
        return None
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    appositions += [c for c in verb.children if c.dep_ == "dobj" and verb.doc[c.left_edge.i - 1].text == ","]
    for phrase in (noun, *appositions):
        names = (c for c in phrase.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
        sender = _possessor(phrase) or next(iter(_entity_compounds(phrase)), None) or next(names, None) \
            or _prep_object(phrase, {"by", "from"})
        if sender is not None:
            return sender
    return None


def _set_off_participle(participle: Token) -> bool:
    """"Israel, accusing Hamas of ..., launched strikes": a present participle set off by a comma right after its
    noun is a clause about what the noun does, whatever the noun (a state, a group), not a description of it."""
    start = participle.left_edge.i
    return participle.head.i < start and participle.doc[start - 1].text == ","


def _fronted_clause_subject(verb: Token) -> Token | None:
    """"Iraq's prime minister, saying ..., praised X": the parser hangs the subject on the participle clause set
    off by commas before the verb; the verb, which has no subject of its own, shares it. So too a first verb of a
    list without "and" ("X summed up Y as weak, denounced her record"): a past-tense clause with no conjunction
    of its own ("after", "when"), closed by a comma."""
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.i < verb.i):
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
        participle = clause.dep_ == "advcl" and clause.tag_ == "VBG" and doc[clause.i - 1].text == ","
        listed = clause.tag_ == "VBD" and doc[clause.right_edge.i + 1].text == "," \
            and not any(c.dep_ == "mark" for c in clause.children)
        if subject is not None and (participle or listed):
            return subject
    return None


def _subject_after_time(verb: Token) -> Token | None:
    """"On Friday, Texas, leading a coalition of states, asked X" (or "Friday, Texas, ..."): the parser reads the
    subject set off by commas after a fronted time phrase as that time's apposition and leaves the main verb
    without a subject; a name (a proper noun) in apposition to a time phrase fronted on the verb or on its fronted
    clause is its subject."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "expl"} for c in verb.children):
        return None
    fronted = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    times = [o for word in fronted for prep in word.children if prep.dep_ == "prep" and prep.i < word.i
             for o in prep.children if o.dep_ == "pobj" and is_temporal(o)]
    times += [c for word in fronted for c in word.children  # a bare day: "Friday, Texas, ..."
              if c.dep_ == "npadvmod" and c.i < word.i and is_temporal(c)]
    return next((a for time in times for a in time.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                 and not is_temporal(a)), None)


def outside_aside(token: Token | None) -> Token | None:
    """"Crutcher, 40 ― a father who sang at church ― was shot": the parser makes the aside between dashes or
    brackets the subject; the clause is about the name before it (an age or a comma may come between)."""
    if token is None:
        return None
    start, end = token.left_edge.i, token.right_edge.i
    doc = token.doc
    closed = doc[end].text in ASIDE_CLOSERS or end + 1 < len(doc) and doc[end + 1].text in ASIDE_CLOSERS
    if start < 2 or not closed or doc[start - 1].text not in ASIDE_OPENERS:
        return token
    before = start - 2
    while before > 0 and (doc[before].like_num or doc[before].text == ","):
        before -= 1
    return doc[before] if doc[before].pos_ in {"PROPN", "NOUN", "PRON"} else token


def _for_clause_subject(word: Token) -> Token | None:
    """"called for the US to lift sanctions": who is asked to act is the subject of the for-to clause."""
    for clause in (c for c in word.children if c.dep_ in {"advcl", "ccomp", "xcomp", "acl", "relcl"}):
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _bare_participle_undergoer(verb: Token) -> Token | None:
    """A past participle with no auxiliary is passive: "A woman is in jail, accused of robbery" (a clause set off
    after the main one: the main clause's subject is accused), "the Iranians released by the United States were
    close to ..." (a reduced relative the parser made a clause with a subject of its own: its "by" phrase shows the
    passive; after the main clause's object, that object is: "arrested the suspect, charged with murder"). Returns
    the one it was done to; its doer is the "by" phrase (`agent_of`)."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass", "nsubjpass", "dobj", "expl"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject if any(c.dep_ == "agent" for c in verb.children) else None
    if verb.dep_ != "advcl":
        return None
    main_object = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return main_object or inherited_subject(verb)


def _nonfinite_passive_controller(verb: Token) -> Token | None:
    """"talked about being attacked by protesters": a passive gerund after a preposition with no subject of its
    own is done to the subject of the clause above; not what one fears ("worried about being arrested":
    `feeling_words`), which may not have happened, nor the speaker of a verb of saying the parser hung it on
    ("X killed 80, officials said, before being shot by police")."""
    if verb.dep_ != "pcomp" or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return None
    above = verb.head.head
    if {above.lemma_.lower(), above.lower_} & _feeling_words() \
            or above.lemma_.lower() in load_yaml("modality.yaml")["speech_verbs"]:
        return None
    return inherited_subject(verb)


def _conjunct_subject(verb: Token) -> Token | None:
    if verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def reduced_relative(verb: Token) -> bool:
    """"The civilians imprisoned for X were released": the parser makes the participle the main verb and the
    real predicate, which has its own auxiliary but no subject, its conjunct without any "and" between."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"} or any(c.dep_ == "cc" for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and not any(a.dep_ in SUBJECT_DEPS | {"nsubjpass"}
               for a in c.children) and any(a.dep_ in {"aux", "auxpass"} for a in c.children)
               for c in verb.children)


def misparsed_predicate(participle: Token) -> bool:
    """The parser hangs some main verbs on a noun as participles: "There were ten soldiers killed", a sentence
    without another verb, an active verb with an object ("Doctors from X donated and delivered goods"), or a
    naming verb whose complement was made the main verb ("Trump called Kelly unhinged")."""
    noun = participle.head
    if participle.sent.root.pos_ not in {"VERB", "AUX"} or misread_naming_complement(participle) is not None:
        return True
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        return True
    return _has_object(participle)


def _blamed_subject(verb: Token) -> Token | None:
    """The subject of "be" whose infinitive is a verb done to it ("the media are to blame", `blamed_subject_verbs`)."""
    if verb.lemma_.lower() not in patterns()["blamed_subject_verbs"] or verb.dep_ != "xcomp" \
            or verb.head.lemma_.lower() != "be" or not has_infinitive_to(verb):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _main_verb_of(participle: Token) -> bool:
    """A sentence with no verb but a participle naming something on its first noun ("Trump called Clinton a liar."
    parsed with "Trump" as its root), or asking another to act ("Trump called Wednesday for Clinton to resign": a
    "for" clause with a subject of its own): the participle is the main verb and the noun its subject. A participle
    with neither is a headline's passive ("Kenyan journalist arrested in Cairo")."""
    head = participle.head
    return head.dep_ == "ROOT" and head.pos_ in {"NOUN", "PROPN"} and head.i < participle.i \
        and any(c.dep_ == "oprd" or _for_clause_with_subject(c) for c in participle.children)


def _for_clause_with_subject(clause: Token) -> bool:
    """"for Clinton to resign": an infinitive clause opened by "for" with a subject of its own."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _has_object(verb: Token) -> bool:
    """An active verb: it or a verb coordinated with it takes a direct object."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    return any(c.dep_ == "dobj" for each in verbs for c in each.children)


def nominal_arguments(trigger: Trigger) -> tuple[Token | None, Token | None]:
    token, pattern, defaults = trigger.token, trigger.pattern, patterns()["defaults"]
    kind = cameo(trigger.code).type
    receipt = _receipt(token) if kind in {"AID", "SUPPORT"} else None
    if receipt is not None:  # "Clinton's acceptance of donations": who accepts aid is its target, not its giver
        governor, receiver = receipt
        # "won the endorsement of Gov. Walker": the "of" phrase of support received names who gives it
        giver_preps = {"from", "of"} if kind == "SUPPORT" else {"from"}
        return _possessor(token) or _prep_object(token, giver_preps) or _prep_object(governor, {"from"}), receiver
    compounds = _doer_compounds(token)
    person_on_case = next((c for c in compounds if c.ent_type_ == "PERSON"), None) \
        if token.lemma_.lower() in patterns()["case_named_nouns"] else None  # "the Clinton investigation"
    compounds = [c for c in compounds if c != person_on_case]
    victim = _possessor_undergoing(token)  # "his arrest": he was arrested
    source = (None if victim else _possessor(token)) \
        or _prep_object(token, pattern.get("source_preps", defaults["noun_source_preps"])) \
        or _agent_after_object(token) or _performed_by(token)
    target = victim or _prep_object(token, pattern.get("target_preps", defaults["noun_target_preps"]))
    if target is None and token.dep_ == "dobj":  # "launched an attack on X" with "on X" attached to the verb
        target = _prep_object(token.head, set(pattern.get("target_preps", defaults["noun_target_preps"])) - {"of"})
    undergoing = undergoing_verb(token)
    undergoer = _undergoer(undergoing)  # "X came under criticism": X is its target, never its source
    target = target or undergoer or _for_clause_subject(token)  # "calls for Israel to accept"
    if source is None and undergoer is not None:  # "came under mortar fire from militias", "from" on the verb
        source = _prep_object(undergoing, {"by", "from"})
    if source is None and compounds:
        source = _performer(token) or compounds[0]
        if target is None and len(compounds) > 1:
            target = compounds[1]
    target = target or struck_city(token) or person_on_case  # "the Baghdad bombings": where they struck
    if source is None:  # "the talks between Armenia and Azerbaijan": the first party and the second
        sides = _between_parties(token)
        source, target = (sides[0], sides[1] or target) if sides else (source, target)
    only_mentioned = _mentioned(token)
    mentioned = only_mentioned or _feared(token) or _pretext(token)
    if source is None and only_mentioned and token.dep_ == "dobj" and not is_passive(token.head):
        source = _prep_object(token.head, {"by"})  # "highlighted the assault of X by Y", "by Y" on the verb
    if source is None and undergoing is None and not mentioned and not _time_phrase_object(token) \
            and not _case_in_justice(token):
        source = inherited_subject(token)
    elif target is None and pattern.get("clause_subject_target"):  # "entered X at the request of Y": Y asked them
        target = inherited_subject(token)
    return source, target


def _possessor_undergoing(noun: Token) -> Token | None:
    """The possessor of a singular event noun done to someone, with no "of" phrase naming who ("his arrest", "the
    senator's assassination": `undergone_by_possessor`): the one it was done to, not its doer."""
    if noun.lemma_.lower() not in patterns()["undergone_by_possessor"] or noun.tag_ != "NN" \
            or _prep_object(noun, {"of"}) is not None:
        return None
    return _possessor(noun)


def _mentioned(noun: Token) -> bool:
    """An event noun that someone speaks of, knows of or escapes, not what they did: what a word of mentioning takes,
    what a report or an accusation is "of", what a telling or a work is about."""
    return _of_claim(noun) or _topic_of_telling(noun) or _taken_by_mention_verb(noun)


def _of_claim(noun: Token) -> bool:
    """"cited reports of cyberattacks", "faced allegations of abuse": the "of" phrase of a claim noun (modality's
    `claim_nouns`), whatever takes that noun."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and noun.head.head.lemma_.lower() in load_yaml("modality.yaml")["claim_nouns"]


def _topic_of_telling(noun: Token) -> bool:
    """"wrote a book about the bombing", "X's speech on the killings": what a telling or a work is about
    (`topic_nouns`); the parser may hang the phrase on the verb whose object the telling is."""
    topics = patterns()["topic_nouns"]
    if noun.dep_ != "pobj" or noun.head.lower_ not in topics["preps"]:
        return False
    told = noun.head.head
    return any(each.lemma_.lower() in topics["words"]
               for each in [told] + [c for c in told.children if c.dep_ == "dobj" and told.pos_ == "VERB"])


def _taken_by_mention_verb(noun: Token) -> bool:
    """"recalled the attack", "brought up the bombing", "referred to the massacre", "knew about the request", "was
    briefed about the bombings", "fled the attacks": the object of a word of mentioning, knowing or escaping, direct
    or through a preposition (`mention_verbs`; "run from": only through that one; "bring up": with that particle),
    also through the "of" phrase of a word of sort ("running from these types of attacks", `sort_nouns`)."""
    data = patterns()
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in data["sort_nouns"]:
        noun = noun.head.head
    if noun.dep_ not in {"dobj", "pobj"}:
        return False
    through = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    governor = through.head if through is not None else noun.head
    words = data["mention_verbs"]
    particles = [f"{governor.lemma_.lower()} {c.lower_}" for c in governor.children if c.dep_ == "prt"]
    return governor.lemma_.lower() in words or any(p in words for p in particles) or through is not None \
        and f"{governor.lemma_.lower()} {through.lower_}" in words


def _pretext(noun: Token) -> bool:
    """"Washington is using the latest attacks to justify ...": an event already known (a definite or possessed
    noun) that a verb of using takes, or takes "on", is no act of its subject (`pretext_verbs`); "the army used air
    strikes" names the army's means."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else noun.head
    known = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those"}
                for c in noun.children)
    return noun.dep_ in {"dobj", "pobj"} and known and verb.lemma_.lower() in patterns()["pretext_verbs"]


def _case_in_justice(noun: Token) -> bool:
    """"police arrested a suspect in a robbery", "the arrest of a man in the shooting": an event noun in an "in"
    phrase on a word of the justice process, or on its object, names the case, not an act of the clause subject
    (`case_words`; "rebels killed 52 people in attacks" is the rebels')."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    words = patterns()["case_words"]
    current = noun.head.head
    for _ in range(CASE_CLIMB):
        if current.lemma_.lower() in words:
            return True
        if current.dep_ not in {"dobj", "pobj", "prep", "nsubjpass"}:
            return False
        current = current.head
    return False


def _performer(noun: Token) -> Token | None:
    """The subject of the verb that performs the event noun ("They made 13 DUI arrests": they arrest, not DUI;
    `performing_verbs`)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in patterns()["performing_verbs"]:
        return None
    return own_subject(verb)


@lru_cache(maxsize=1)
def _feeling_words() -> frozenset[str]:
    """Words of fearing or being angry (`feeling_words`), read once."""
    return frozenset(patterns()["feeling_words"])


def _feared(noun: Token) -> bool:
    """"She is worried about attacks on her family", "fears of an attack": what someone fears or is angry about is
    no act of theirs (`feeling_words`)."""
    feeling = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    words = _feeling_words()
    return feeling is not None and (feeling.lemma_.lower() in words or feeling.lower_ in words)


def _receipt(noun: Token) -> tuple[Token, Token | None] | None:
    """The word of receiving that takes the aid noun ("accepted donations", "the receipt of aid") and who
    receives: its subject, possessor or agent (`receiving_words`)."""
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
    if noun.dep_ not in {"pobj", "dobj", "nsubjpass"} or governor.lemma_.lower() not in patterns()["receiving_words"]:
        return None
    if _prep_object(noun, {"to"}) is not None or _prep_object(governor, {"to"}) is not None:
        return None  # "get assistance to residents" delivers it
    if governor.pos_ in {"NOUN", "PROPN"}:
        return governor, _possessor(governor) or _prep_object(governor, {"by"}) or inherited_subject(governor)
    return governor, own_subject(governor) or inherited_subject(governor)


def _performed_by(noun: Token) -> Token | None:
    """The doer of an event noun named by the "by" phrase of a participle of doing on it ("a protest held by Hamas", "a
    lawsuit filed by a reporter"; `performing_participles`); "arrests documented by a website" are not its."""
    doing = patterns()["defaults"]["performing_participles"]
    return next(filter(None, (agent_of(c) for c in noun.children
                              if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in doing)), None)


def _agent_after_object(noun: Token) -> Token | None:
    """"the expulsion of Russian diplomats by Poland": the parser hangs the doer on the noun's "of" object."""
    done_to = _prep_object(noun, {"of"})
    return _prep_object(done_to, {"by"}) if done_to is not None else None


def _time_phrase_object(noun: Token) -> bool:
    """"during the attacks", "after the talks": the event noun only situates the clause in time; "in retaliation
    for the attacks": it is what the clause answers."""
    return noun.dep_ == "pobj" and noun.head.lower_ in load_yaml("nonevents.yaml")["background_markers"] \
        or answered_act(noun)


def answered_act(noun: Token) -> bool:
    """The noun is what another act answers: "in retaliation for the rocket attacks", "in response to the killing"
    (`reaction_phrases`)."""
    rule = load_yaml("nonevents.yaml")["reaction_phrases"]
    preposition = noun.head
    return noun.dep_ in {"pobj", "pcomp"} and preposition.lower_ in rule["preps"] \
        and preposition.head.lemma_.lower() in rule["nouns"]


def between_object(trigger: Token) -> Token | None:
    """The first side of a "between X and Y" phrase about the trigger: its own ("talks between X and Y", "a
    truce was agreed between X and Y"), or that of the verb an event noun is the subject of ("fighting broke out
    between X and Y", "clashes erupted between Indian and Pakistani troops"); the phrase must name two sides."""
    first = _prep_object(trigger, {"between"})
    if first is None and trigger.dep_ in {"nsubj", "nsubjpass"}:
        first = _prep_object(trigger.head, {"between"})
    if first is None:
        return None
    heads, modifiers = coordinated(first)
    return first if heads or modifiers else None


def _between_parties(trigger: Token) -> tuple[Token, Token | None] | None:
    """The two sides of a "between" phrase: the first and second heads ("between Armenia and Azerbaijan"), or
    one head whose coordinated modifiers are the sides ("between Armenian and Azerbaijani troops": no second)."""
    first = between_object(trigger)
    if first is None:
        return None
    return first, next((c for c in first.children if c.dep_ == "conj"), None)


def faces_other_side(trigger: Trigger, source: Token | None) -> bool:
    """Whether the source is the first side of a "between" phrase, whose sides act on each other."""
    return source is not None and source == between_object(trigger.token)


def _undergoer(verb: Token | None) -> Token | None:
    """Who undergoes what a verb of undergoing (:func:`~eventwire.events.triggers.undergoing_verb`) takes: its
    subject, or the one it shares with the clause above ("X continues to face a war", "she emerged as a leader and
    suffered years under house arrest")."""
    if verb is None:
        return None
    return own_subject(verb) or (inherited_subject(verb) if verb.dep_ in {"conj", "xcomp"} else None)


def content_subject(token: Token) -> Token | None:
    """The subject of the clause a claim or demand states: the accused in "claim that X is ..."; for a clause that
    only names its object in someone's words ("condemned what Ruto called Uganda's reckless acts"), the owner of the
    thing named, not who named it."""
    for child in token.children:
        if (named := _named_in_words(child)) is not None:
            return _possessor(named)
        if child.dep_ in {"acl", "ccomp"}:
            subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None:
                return subject
    return None


def _named_in_words(clause: Token) -> Token | None:
    """A free relative "what" clause that names a thing ("what he called a brazen breach", "what it described as
    Uganda's aggression"): the name it gives (its naming complement or "as" phrase), else None. Its subject only
    names the thing; what it does ("condemned what Uganda did") is no naming."""
    if clause.dep_ != "ccomp" or not any(c.dep_ == "dobj" and c.lower_ in FREE_RELATIVES for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "oprd"), None) or _prep_object(clause, {"as"})


def arguments(trigger: Trigger) -> tuple[Token | None, Token | None]:
    source, target = nominal_arguments(trigger) if trigger.nominal else verbal_arguments(trigger)
    if target is None or is_temporal(target):
        target = content_subject(trigger.token)
    return source, target


def _event_noun_agent(token: Token) -> Token | None:
    """The actor of the event noun that a passive without agent happened in ("killed in Israeli shelling",
    "killed in an air strike by government forces")."""
    nouns = patterns()["nouns"]
    for noun in _prep_and_dative_objects(token, {"in", "during", "by"}):
        if _gerund_read_apart(noun, token) is not None:
            return noun  # "killed in Israeli tank shelling": the words before the gerund name who shelled
        lemmas = [noun.lemma_.lower()] + [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
        if any(lemma in nouns for lemma in lemmas):
            agent = _possessor(noun) or _prep_object(noun, {"by", "from"})
            return agent or next(iter(_doer_compounds(noun)), None)
    return None


def _gerund_read_apart(noun: Token, verb: Token) -> Token | None:
    """An event noun in -ing that the parser cut off a preposition's object and hung on the verb as a clause of its
    own ("were killed in [Israeli] [shelling]", "in [Syrian government] [shelling]"): the word right after the
    object, when it is an event noun of the patterns governed by ``verb``. The object is then its modifier."""
    after = noun.right_edge.i + 1
    if after >= len(noun.doc):
        return None
    gerund = noun.doc[after]
    return gerund if gerund.tag_ == "VBG" and gerund.head == verb and gerund.dep_ in {"advcl", "xcomp", "dobj"} \
        and gerund.lower_ in patterns()["nouns"] else None


def _without_time(token: Token | None) -> Token | None:
    """A time phrase is no actor, but the parser may hang a name on one ("met President Assad Tuesday")."""
    if token is None or not is_temporal(token):
        return token
    names = [c for c in token.lefts if c.dep_ in {"compound", "nmod"} and not is_temporal(c)]
    return names[-1] if names else None


def _objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]


def _prep_and_dative_objects(token: Token, preps) -> list[Token]:
    """The objects of ``token``'s prepositions and datives whose lemma is in ``preps``, a two-word preposition read
    by its second word (`_prepositions`)."""
    return [obj for prep in _prepositions(token) if prep.dep_ in {"prep", "dative"} and prep.lemma_.lower() in preps
            for obj in prep.children if obj.dep_ == "pobj"]


def _governing_verb(token: Token) -> Token | None:
    """The verb a nominal trigger is the object of: "engaged X in a firefight", "launched an attack"."""
    head = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    return head if token.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB", "AUX"} else None


def _around(token: Token) -> list[Token]:
    """Objects of ``token``, their prepositional phrases and possessors, and the same one clause down."""
    preps = patterns()["defaults"]["fallback_target_preps"]
    found = []
    for word in [token] + [c for c in token.children if c.dep_ == "xcomp"]:
        objects = _objects(word) + _permitted(word)
        found.extend(objects + naming_complement_subjects(word) + _prep_and_dative_objects(word, preps))
        for obj in objects:  # whose thing it is before what it is about: "criticized his approach to Syria"
            found.extend([c for c in obj.children if c.dep_ == "poss"] + _prep_and_dative_objects(obj, preps))
            found.extend(_object_phrase_targets(obj, preps))
            if names_no_agent(obj) and not is_passive(word):  # "criticized the ruling by the court"
                found.extend(_prep_and_dative_objects(word, {"by"}))
    return found


def _permitted(verb: Token) -> list[Token]:
    """Whom a verb of permitting lets act (`permitting_verbs`): the subject of the clause it governs, which the parser
    reads as that clause's ("agreed to allow Ugandan troops to cross", "agreed to let Uganda use the port")."""
    if verb.lemma_.lower() not in patterns()["permitting_verbs"]:
        return []
    return [s for clause in verb.children if clause.dep_ in {"ccomp", "xcomp"}
            for s in clause.children if s.dep_ == "nsubj"]


def _object_phrase_targets(obj: Token, preps) -> list[Token]:
    """Whom a thing acted on points to through the participle describing it ("lifted sanctions imposed on
    Eritrea", "the ban placed on the group"), and whose the thing is through the relative clause of its making
    ("criticized the plan Uganda unveiled", "aspects of the policy that Chad adopted"); a people or group object
    keeps its own phrase ("investigated the rebels opposed to Gaddafi": the rebels, not Gaddafi)."""
    found = []
    for thing in filter(names_no_agent, [obj] + _prep_and_dative_objects(obj, {"of"})):
        found.extend(o for word in thing.children if word.dep_ == "acl" and word.tag_ == "VBN"
                     for o in _prep_and_dative_objects(word, preps))
        makers = (own_subject(word) for word in thing.children if word.dep_ == "relcl" and _makes(word))
        found.extend(maker for maker in makers if maker is not None and maker != thing
                     and maker.lower_ not in RELATIVE_PRONOUNS)
    return found


def _argument_sharing_verbs(verb: Token) -> list[Token]:
    """Verbs whose objects the clause of ``verb`` shares: a coordinated verb with no subject of its own
    ("donated and delivered goods to X"), and the verb a purpose or control clause depends on ("summoned the
    ambassador to complain")."""
    sharing = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and own_subject(c) is None
               and not unlinked_conjunct(c)]
    if verb.dep_ == "conj" and own_subject(verb) is None and not misjoined(verb) and not unlinked_conjunct(verb):
        sharing.append(verb.head)
    if verb.dep_ in {"advcl", "xcomp"} and own_subject(verb) is None and verb.head.pos_ == "VERB":
        sharing.append(verb.head)
    return sharing


def _coordinated_verbs(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` that share its subject (:func:`_argument_sharing_verbs`)."""
    return [partner for partner in _argument_sharing_verbs(verb)
            if partner.dep_ == "conj" and partner.head == verb or verb.dep_ == "conj" and partner == verb.head]


def _partners_own_object(word: Token, partner: Token, verb: Token, trigger: Token) -> bool:
    """A verb with an object of its own does not take its partner's named object ("seized arms and attacked
    Libyan rebels": the rebels were not seized); one without does ("attacked and then occupied the town"), and
    an object that only holds a place ("promote an image of openness in Sudan") is shared either way. The event
    noun a light verb takes is the act itself, not an object of its own ("filed a protest and summoned X"); the
    object of the act a verb announces is its own ("threatened to bomb the dam and mocked the Kurds": not the
    Kurds)."""
    announced = [o for act in verb.children if act.dep_ == "xcomp" for o in _objects(act)]
    own = [o for o in _objects(verb) + announced if o != trigger]
    if word not in _objects(partner) or not own or any(_refers_back(o, word) for o in own):
        return False
    return bool(word.ent_type_) or any(c.ent_type_ and c.dep_ in NAMING_DEPS for c in word.children)


def _refers_back(own: Token, partner_object: Token) -> bool:
    """The verb's object is the partner's again: "killed six soldiers and wounded four others", "attacked a base,
    capturing the base"."""
    return own.pos_ in {"PRON", "NUM"} or own.lemma_.lower() in ANAPHORIC_OBJECTS \
        or own.lemma_.lower() == partner_object.lemma_.lower()


def event_actor(noun: Token) -> Token | None:
    """Who does what an event noun names: "the demonstration staged by students", "an admission by Moscow",
    "the rebels' offensive", "the march of Somali refugees"; a doer's "by" phrase before an "of" phrase, which
    may name whom it was done to ("the killing of its soldiers by al-Shabaab": al-Shabaab)."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in patterns()["nouns"] and lemma not in patterns()["verbs"]:
        return None
    staged = [agent_of(c) for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    defaults = patterns()["defaults"]
    return _possessor(noun) or _prep_object(noun, defaults["noun_source_preps"]) \
        or _prep_object(noun, defaults["event_actor_fallback_preps"]) or next(filter(None, staged), None)


def _by_agent(noun: Token) -> Token | None:
    """The doer a "by" phrase gives any action noun, listed as a trigger or not ("an admission by Moscow")."""
    return _prep_object(noun, {"by"}) if noun.pos_ == "NOUN" else None


def _with_event_actors(found: list[Token | None], trigger: Token, source: Token | None) -> list[Token | None]:
    """Each candidate preceded by the actor of the event it names: when a verb acts on an event ("prevented
    the demonstration staged by students"), the one whose event it is is the target, unless that is the
    trigger's own source ("attacks from X", "engaged in clashes")."""
    actors = [event_actor(c) or _by_agent(c) if c is not None and c != trigger else None for c in found]
    return [word for candidate, actor in zip(found, actors)
            for word in (actor if actor != source else None, candidate)]


def target_candidates(trigger: Trigger, source: Token | None, target: Token | None) -> list[Token]:
    """Phrases that may stand for the target, likeliest first, for when the parse's own target is no actor.

    ``source`` and ``target`` are the trigger's :func:`arguments`, which the caller has already computed.
    The coder takes the first that names an actor: "fired batteries at Russia", "ratified an agreement with
    the EU", "engaged peacekeepers in a firefight", "threatened to cut off electricity to X".
    """
    if trigger.pattern.get("issuer_target"):  # a broken ban's target is who laid it down (`_issuer`), or no one
        return [] if target is None else [target]
    token, preps = trigger.token, patterns()["defaults"]["fallback_target_preps"]
    found = [target] + _around(token)
    if trigger.object_token is not None:  # "a suspension of air links with Serbia"
        found.extend(_prep_and_dative_objects(trigger.object_token, preps))
    # who speaks of, knows of or flees an act noun ("was briefed about the bombings") is neither of its sides
    verb = token if not trigger.nominal else None if _mentioned(token) else _governing_verb(token)
    if verb is not None and verb is not token:
        found.extend(o for o in _around(verb) if o != token)
    # "filed a protest and summoned the ambassador": the act a light verb takes shares its coordinated partner's
    # object too (not that of the clause it depends on: "Making his first visit ..., Obama is scheduled to")
    partners = [] if verb is None else _argument_sharing_verbs(verb) if verb is token else _coordinated_verbs(verb)
    for partner in partners:
        found.extend(o for o in _around(partner) if o != token and not _partners_own_object(o, partner, verb, token))
    if target is not None:  # "recalled its ambassador from Moscow": the phrase the parser hung on the object
        found.extend(_prep_and_dative_objects(target, preps))
    for inner in (each for each in trigger.absorbed if not talked_about(trigger, each.token)):
        found.extend(target_candidates(inner, *arguments(inner)))
    topic_preps = patterns()["defaults"]["topic_preps"].get(cameo(trigger.code).type, [])
    found = [c for c in found if c is None or not (c.dep_ == "pobj" and c.head.lower_ in topic_preps
                                                   or talked_about(trigger, c) or _fronted_setting(c, source))]
    if target is not None and names_people(target):
        heads = {token, verb} - {None}  # "continued his attacks on X during a speech in Iowa": on the light verb
        found = [c for c in found if c is None or not any(_in_location_phrase(c, head) for head in heads)]
    seen, ordered = {trigger.object_token.i} if trigger.object_token is not None else set(), []
    for candidate in (_without_time(c) for c in _with_event_actors(found, token, source)):
        if candidate is not None and candidate.i not in seen:
            seen.add(candidate.i)
            ordered.append(candidate)
    if trigger.object_token is not None:  # last resort: a place in the event noun ("the Beijing Olympics")
        ordered.append(trigger.object_token)
    return ordered


def _fronted_setting(word: Token, source: Token | None) -> bool:
    """"On CNN Tuesday, Jane Sanders called for an open primary": a phrase of `fronted_setting_preps` written before
    the subject of the verb it hangs on sets the scene or the topic; it names no one the act was done to."""
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in patterns()["defaults"]["fronted_setting_preps"]:
        return False
    subject = next((c for c in prep.head.children if c.dep_ in {"nsubj", "nsubjpass"}), source)
    return subject is not None and prep.i < subject.i and prep.head.i > subject.i


def talked_about(trigger: Trigger, word: Token) -> bool:
    """Whether ``word`` lies in the object of a verb whose object is its topic (`topic_object`): what leaders
    discuss ("discussed the Russian airstrikes", "discussed Syria") is no one they talk with."""
    if not trigger.pattern.get("topic_object") or trigger.nominal:
        return False
    topic = next((c for c in trigger.token.children if c.dep_ == "dobj"), None)
    return topic is not None and topic.left_edge.i <= word.i <= topic.right_edge.i


def _in_location_phrase(candidate: Token, verb: Token) -> bool:
    """Whether ``candidate`` lies in a phrase of place hung on ``verb``, directly or inside another phrase on it
    ("was killed at a Texas gun range", "attacked worshippers at a mosque in Kano", "attacks on immigrants during
    his speech in Iowa": `location_preps`). When the act names the people it was done to, such a phrase says
    where it happened, not whom it was aimed at (context.py makes it the event's place)."""
    preps = patterns()["defaults"]["location_preps"]
    word, in_place = candidate, False
    while word.head != word and word != verb:
        in_place = in_place or word.dep_ == "pobj" and word.head.lower_ in preps
        if word.dep_ not in {"pobj", "prep"} and in_place:
            return False  # the place is part of a noun phrase of its own ("the governor of Iowa")
        if word.dep_ == "prep" and word.head == verb:
            return in_place
        word = word.head
    return False


def _is_list_member(child: Token) -> bool:
    """A conjunct, or an apposition that opens a list ("The US, Russia, and Switzerland")."""
    return child.dep_ == "conj" or child.dep_ == "appos" and any(c.dep_ == "conj" for c in child.children)


def _conjuncts(token: Token) -> list[Token]:
    members, frontier = [], [token]
    while frontier:
        frontier = [c for word in frontier for c in word.children if _is_list_member(c)]
        members.extend(frontier)
    return members


def _of_objects(token: Token) -> list[Token]:
    """The objects of the head's "of" phrases: "Kazakhstan" in "the presidents of Kazakhstan and Uzbekistan"."""
    return [o for prep in token.rights if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children if o.dep_ == "pobj"]


def coordinated(token: Token | None) -> tuple[list[Token], list[Token]]:
    """The other heads of a coordination ("Russia and Belarus"), and the coordinated modifiers of the head
    ("Hungarian and Romanian officials", "the presidents of Kazakhstan and Uzbekistan": both)."""
    if token is None:
        return [], []
    modifiers = []
    for modifier in [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}] + _of_objects(token):
        conjuncts = _conjuncts(modifier)
        if conjuncts:
            modifiers.extend([modifier] + conjuncts)
    return _conjuncts(token), modifiers


#: Punctuation that separates phrases and never opens one.
PHRASE_SEPARATORS = frozenset({",", ";"})


def phrase_span(token: Token) -> tuple[int, int]:
    """Characters of the noun phrase headed by ``token``: its left dependents, the token, and of/from phrases; a
    comma the parser hung on its left ("Friday, Texas, ...") is no part of it."""
    left = token.left_edge
    while left.i < token.i and left.text in PHRASE_SEPARATORS:
        left = token.doc[left.i + 1]
    start = left.idx
    end = token.idx + len(token)
    for child in token.rights:
        if child.dep_ in {"compound", "flat", "appos"} or (child.dep_ == "prep" and child.lower_ in {"of", "from"}):
            last = _last_word_outside_clauses(child)
            end = max(end, last.idx + len(last))
        else:
            break
    return start, end


def _last_word_outside_clauses(token: Token) -> Token:
    """The rightmost word of ``token``'s phrase, not entering the clauses hung on it ("students who ...")."""
    last = token
    for child in token.rights:
        if child.dep_ not in CLAUSE_DEPS or _conjoined_noun(child):
            last = max(last, _last_word_outside_clauses(child), key=lambda t: t.i)
    return last


def _conjoined_noun(token: Token) -> bool:
    """A noun coordinated inside a phrase ("of Kazakhstan and Uzbekistan") belongs to it, unlike a clause."""
    return token.dep_ == "conj" and token.pos_ in {"NOUN", "PROPN", "ADJ"}
