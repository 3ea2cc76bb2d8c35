"""Assault triggers that are no use of force: verbal attacks in politics and police raids.

"X attacked Y's record", "slammed his rival", "Sanders' attacks on Clinton" are CAMEO 111 (criticize), not
force. The rule needs a verbal target and a clause free of weapons, harm and armed actors, so that "gunmen
attacked the governor" or "troops hit the town" stay assaults. A police raid or search is coercion (17x).
Word lists live in data/figurative.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.document import ActorRef
from eventwire.events.codebook import load_yaml
from eventwire.events.triggers import Trigger, is_person
from eventwire.nlp.syntax import clause_verb

#: Pronouns that stand for people as the target of an attack (unlike "it", which may be a place or a plan).
TARGET_PERSON_PRONOUNS = {"he", "him", "she", "her", "they", "them", "we", "us", "me", "whom"}
#: Pronouns that stand for one person as the attacker ("whom he attacked during the campaign").
PERSON_ATTACKERS = {"he", "she", "i", "his", "her", "my"}
#: Where the number of `political_cues` words of an article is kept with its parse (``Doc.user_data``).
POLITICAL_CUES_KEY = "eventwire.events.political_cue_count"
#: Prepositions naming the other side of a contest ("his battle with Trump").
CONTEST_PREPS = {"with", "against", "between"}
PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}
AIM_PREPS = {"on", "against", "at"}
SOURCE_PREPS = {"by", "from"}
STATE_TYPES = {"GPE", "LOC", "FAC"}
TIME_TYPES = {"DATE", "TIME"}
#: Dependencies of a verb's object: what "killed the bill", "shot down the idea" are done to.
OBJECT_DEPS = {"dobj", "nsubjpass"}
#: Dependencies that start a clause of their own: what they say is not the attack's clause. Unlike
#: triggers.CLAUSE_DEPS, conjuncts stay in: "attacked and shot him" tells of harm in one clause.
EMBEDDED_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"}


@lru_cache(maxsize=None)
def _words(*lists: str) -> frozenset[str]:
    """The union of named word lists of figurative.yaml, built once."""
    data = load_yaml("figurative.yaml")
    return frozenset(word for name in lists for word in data[name])


def recode_assault(trigger: Trigger, target_token: Token | None, source_token: Token | None,
                   source: ActorRef | None, target: ActorRef | None, persons: bool = False,
                   known_source: bool = False) -> tuple[str, str] | None:
    """The (CAMEO code, rule cue) of an ASSAULT-coded trigger that is no use of force, else None; ``persons``: the
    caller knows both sides for people ("Trump's attacks on Rubio", whatever the tagger took the names for);
    ``known_source``: it knows the source for one."""
    data = load_yaml("figurative.yaml")
    if _is_police_raid(trigger, source, data["police_raid"]):
        return data["police_raid"]["code"], "+police"
    if _is_verbal_attack(trigger, target_token, source_token, source, target, persons, known_source):
        return data["criticism_code"], "+verbal"
    return None


def has_lifeless_object(trigger: Trigger) -> bool:
    """A violent verb done to words, plans or records ("killed the bill", "shot down the idea", "struck down the
    ban"): a figure of speech, no event. Assault verbs that political speech uses for criticism are recoded to
    criticism instead (`recode_assault`)."""
    if trigger.nominal or trigger.lemma.split()[0] in _words("trigger_lemmas"):
        return False
    objects = [c for c in trigger.token.children if c.dep_ in OBJECT_DEPS]
    return any(o.lemma_.lower() in _words("discourse_targets", "measure_targets") or _names_a_doctrine(o)
               for o in objects)


def assails_a_notion(trigger: Trigger, target_token: Token | None, source_token: Token | None,
                     source: ActorRef | None, target: ActorRef | None) -> bool:
    """An assault on a freedom, a right, a value or a practice ("our freedom is under assault", "an offensive on
    fracking", "a war on coal"), aimed at no person or group and among no weapons, harm or armed actors: a figure
    of speech, no event (`notion_targets`)."""
    victims = [word for word in _victims(trigger, target_token) if word != source_token]
    if not victims or not any(_is_notion(word) for word in victims):
        return False
    data = load_yaml("figurative.yaml")
    if any(word.pos_ in {"PROPN", "PRON"} or is_person(word) or _political_target(word, target, False, data)
           for word in victims):
        return False
    # a state may wield force, but not against a value: "our values are under attack from Washington"
    return not (_armed(source, source_token, target, data, states_armed=False) or _clause_mentions(
        trigger.token, _words("harm_words", "armed_words"), skipped=victims))


def backs_a_notion(event_type: str, object_token: Token | None, target: ActorRef | None) -> bool:
    """Support whose object is a right, a freedom or a value and that names no one as target ("nurses defended
    the right to strike", "backed free trade") is a stance, no event (`notion_targets`); so is support of any thing
    naming no one by a verb of holding a position ("supports equal pay", `stance_verbs`)."""
    if event_type != "SUPPORT" or object_token is None or object_token.dep_ != "dobj" or target is not None \
            and target.code:
        return False
    notions = _words("notion_targets")
    held = object_token.head.lemma_.lower() in _words("stance_verbs") and not is_person(object_token)
    return held or object_token.lower_ in notions or object_token.lemma_.lower() in notions


def _victims(trigger: Trigger, target_token: Token | None) -> list[Token]:
    """What an assault is aimed at: the target word, the aim phrases of the attack noun or of the verb that takes
    it ("pushing an offensive on X"), the noun's modifiers ("a gun-control offensive") and the subject of a
    verb "under" the attack ("our freedom is under assault")."""
    found = _aimed_at(trigger, target_token) + _policy_modifiers(trigger)
    for noun in _attack_nouns(trigger):
        head = noun.head
        if noun.dep_ == "dobj":
            found += [o for prep in head.children if prep.dep_ == "prep" and prep.lower_ in AIM_PREPS
                      for o in prep.children if o.dep_ == "pobj"]
        if noun.dep_ == "pobj" and head.lower_ == "under":
            found += [c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found


def _policy_modifiers(trigger: Trigger) -> list[Token]:
    """The nouns that say what an attack noun is about ("a gun control offensive", "a tax assault")."""
    return [c for noun in _attack_nouns(trigger) for c in noun.children
            if c.dep_ == "compound" and c.pos_ == "NOUN" and _is_notion(c)]


def _is_notion(token: Token) -> bool:
    """A word of the notion or measure lists ("freedom", "trade deals") or a doctrine in "-ism", owned by no one
    named: an attack on someone's record or plan is criticism of them (`discourse_targets`, `recode_assault`)."""
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return False
    lists = _words("notion_targets", "measure_targets")
    return token.lower_ in lists or token.lemma_.lower() in lists or _names_a_doctrine(token)


def _names_a_doctrine(token: Token) -> bool:
    """A common noun of a doctrine, practice or trade ("journalism", "tourism", "capitalism"): killing it is a
    figure of speech. Proper nouns and named entities are left to the actor coders."""
    suffixes = tuple(load_yaml("figurative.yaml")["doctrine_suffixes"])
    return token.pos_ == "NOUN" and not token.ent_type_ and token.lower_.endswith(suffixes)


def is_electoral_help(trigger: Trigger, target_token: Token | None, target: ActorRef | None) -> bool:
    """"will help our candidates", "helped Clinton": help of no stated kind (CAMEO 070) given to a politician in a
    political sentence is electoral backing, not aid, which PLOVER keeps for material, military or humanitarian
    help; help to or among armed actors or harm stays aid (`electoral_help`)."""
    data = load_yaml("figurative.yaml")
    rule = data["electoral_help"]
    if trigger.lemma not in rule["lemmas"] or trigger.code not in rule["codes"] or target_token is None:
        return False
    if _armed(None, None, target, data) or _clause_mentions(trigger.token, _words("armed_words", "harm_words")):
        return False
    return _political_target(target_token, target, False, data)


def is_personal_help(trigger: Trigger, target_token: Token | None, target: ActorRef | None) -> bool:
    """"helped an Arizona woman": help of no stated kind (CAMEO 070) to one private person (`personal_help`)."""
    rule = load_yaml("figurative.yaml")["personal_help"]
    if trigger.lemma not in rule["lemmas"] or trigger.code not in rule["codes"] or target_token is None:
        return False
    if target is not None and target.code and target.code[3:] not in rule["private_sectors"]:
        return False
    one_person = target_token.tag_ == "NN" and target_token.lemma_.lower() in rule["individual_nouns"]
    return one_person or target_token.ent_type_ == "PERSON"


def _is_verbal_attack(trigger: Trigger, target_token: Token | None, source_token: Token | None,
                     source: ActorRef | None, target: ActorRef | None, persons: bool, known_source: bool) -> bool:
    """An assault trigger ("attacked", "launched attacks") that is criticism: a verbal target and no sign of
    violence in its clause."""
    data = load_yaml("figurative.yaml")
    if _trigger_words(trigger).isdisjoint(data["trigger_lemmas"]) or _bodily_undergoer(trigger):
        return False
    aimed = _aimed_at(trigger, target_token)
    words_aimed_at = [word for word in aimed if word.lemma_.lower() in _words("discourse_targets")]
    words_aimed_at += _policy_modifiers(trigger) + _topics(trigger, data["topic_preps"]) \
        + _disputed_matters(trigger, data["disputes"])
    if _armed(source, source_token, target, data) or _clause_mentions(
            trigger.token, _words("harm_words", "armed_words"), skipped=words_aimed_at):
        return False
    if words_aimed_at or _verbally_modified(trigger) or _in_speech(trigger, data["speech_settings"]):
        return True
    attackers = _attackers(trigger, source_token)
    campaigner = any(word.lemma_.lower() in data["campaigner_words"] for word in attackers)
    individual = _names_a_person(attackers)
    # a public figure (a person the actors stage codes) in an article about politics: "Trump attacked Clinton"
    public_figure = (individual or known_source) and bool(source and source.code) \
        and _political_article(trigger.token, data["political_article_min_cues"])
    if (public_figure or campaigns(trigger, source_token, source)) and (target is None or not target.code):
        return True  # "launched fresh attacks at the party convention", "Rubio's attacks": a campaigner's at no actor
    if public_figure and _has_sector(target, data["private_people_sectors"]):
        return True  # "Trump attacked the immigrants": a public figure's at private people
    if trigger.nominal and (persons or individual and any(_named_person(word) for word in _aimed_at(trigger, None))):
        return True  # "Trump's attack on Carson": one named person's attack noun aimed at another is words
    political_source = campaigner or public_figure or _has_sector(source, data["political_sectors"])
    return any(_political_target(word, target, political_source, data) for word in aimed)


def is_advocacy(trigger: Trigger, source_token: Token | None, source: ActorRef | None,
                target: ActorRef | None) -> bool:
    """Fighting "for" something that is no ground to take, against no one named ("fought for the bill",
    "battled for higher wages"): advocacy, no event. Fighting for ground, or among weapons or armed actors, is
    force."""
    data = load_yaml("figurative.yaml")
    advocacy = data["advocacy"]
    if trigger.lemma not in advocacy["lemmas"] or any(c.dep_ == "dobj" for c in trigger.token.children):
        return False
    preps = [c for c in trigger.token.children if c.dep_ == "prep"]
    causes = [o for p in preps if p.lower_ == advocacy["prep"] for o in p.children if o.dep_ == "pobj"]
    if not causes or any(p.lower_ in AIM_PREPS | {"with"} for p in preps):
        return False
    if any(o.lemma_.lower() in advocacy["contested_words"] or o.ent_type_ in PLACE_TYPES for o in causes):
        return False
    return not _among_force(trigger, source_token, source, target, data)


def _among_force(trigger: Trigger, source_token: Token | None, source: ActorRef | None, target: ActorRef | None,
                 data: dict) -> bool:
    """An armed actor on either side, or weapons, harm or armed actors named in the trigger's clause."""
    return _armed(source, source_token, target, data) or _clause_mentions(trigger.token,
                                                                          _words("harm_words", "armed_words"))


def is_political_contest(trigger: Trigger, target_token: Token | None, source_token: Token | None,
                         source: ActorRef | None, target: ActorRef | None) -> bool:
    """A fight or battle in politics ("fighting it out for first place", "his battle with Trump", "a delegate
    battle"), or a fight to achieve something ("fighting to find a path to citizenship"), among no weapons, harm
    or armed actors: a contest or a striving, neither force nor criticism (`political_contest`); so is a war
    against a named person in a sentence or an article about politics (`person_lemmas`)."""
    data, words = load_yaml("figurative.yaml"), _trigger_words(trigger)
    contest = not words.isdisjoint(data["political_contest"]["lemmas"])
    in_politics = _political_sentence(trigger.token) \
        or _political_article(trigger.token, data["political_article_min_cues"])
    war_on_a_person = not words.isdisjoint(data["political_contest"]["person_lemmas"]) \
        and target_token is not None and _named_person(target_token) and in_politics
    if not (contest or war_on_a_person) or _among_force(trigger, source_token, source, target, data):
        return False
    striving = any(c.dep_ in {"xcomp", "advcl"} and any(a.lower_ == "to" for a in c.children)
                   for c in trigger.token.children)
    return war_on_a_person or striving or _political_sentence(trigger.token) \
        or _between_persons(trigger, target_token, source_token)


def _between_persons(trigger: Trigger, target_token: Token | None, source_token: Token | None) -> bool:
    """"Cruz will win his battle with Trump", "Trump and Cruz fighting it out": one named person's fight with
    another is a contest."""
    if not any(_named_person(w) or w.lower_ in PERSON_ATTACKERS for w in _attackers(trigger, source_token)):
        return False
    words = [trigger.token] + _attack_nouns(trigger)
    others = [o for word in words for prep in word.children if prep.dep_ == "prep" and prep.lower_ in CONTEST_PREPS
              for o in prep.children if o.dep_ == "pobj"]
    others += [target_token] if target_token is not None else []
    others += [c for c in source_token.children if c.dep_ == "conj"] if source_token is not None else []
    return any(_named_person(o) for o in others)


def is_campaign_rally(trigger: Trigger, source_token: Token | None) -> bool:
    """A rally with no word of protest in its clause, held by one person or a politician ("he is holding a rally
    in San Jose", "the nominee held a rally") or in a sentence about a campaign ("held a rally with supporters"):
    campaigning, no demonstration, which a crowd makes (`campaign_rally`). Protesters in another clause ("held
    rallies, where he was met by protesters") protest on their own."""
    rule = load_yaml("figurative.yaml")["campaign_rally"]
    if _trigger_words(trigger).isdisjoint(rule["lemmas"]):
        return False
    if _clause_mentions(trigger.token, frozenset(rule["protest_words"])):
        return False
    one_person = source_token is not None and (_named_person(source_token) or source_token.lower_ in PERSON_ATTACKERS
                                               or source_token.lemma_.lower() in _words("political_persons"))
    return one_person or any(word.lemma_.lower() in rule["campaign_words"] for word in trigger.token.sent)


def is_campaign_march(trigger: Trigger, source: ActorRef | None) -> bool:
    """A campaigner's march into a stage of the race ("we will march into the convention", "march out with the
    nomination"), with no word of protest in its clause: a figure of the campaign's progress (`campaign_march`)."""
    data = load_yaml("figurative.yaml")
    rule = data["campaign_march"]
    if _trigger_words(trigger).isdisjoint(rule["lemmas"]) or not (
            _has_sector(source, data["campaigning_sectors"]) or source is not None and source.canonical):
        return False
    if _clause_mentions(trigger.token, frozenset(data["campaign_rally"]["protest_words"])):
        return False
    goals = [o for prep in trigger.token.children if prep.dep_ == "prep" for o in prep.children if o.dep_ == "pobj"]
    return any(goal.lemma_.lower() in rule["goals"] for goal in goals)


def _verbally_modified(trigger: Trigger) -> bool:
    """An attack noun qualified as words ("a scathing attack", "personal attacks") or taken as a line of
    argument ("a new line of attack") is verbal whatever it aims at."""
    nouns = _attack_nouns(trigger)
    if any(noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in
           _words("argument_heads") for noun in nouns):
        return True
    return any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in _words("verbal_modifiers")
               for noun in nouns for c in noun.children)


def _topics(trigger: Trigger, rule: dict) -> list[Token]:
    """What an attack on someone is about ("attacked him on his record", "what he has been attacking us on"): words
    or a matter, which a blow has not (`topic_preps`)."""
    words = [trigger.token] + _attack_nouns(trigger)
    objects = [o for word in words for prep in word.children if prep.dep_ == "prep" and prep.lower_ in rule["preps"]
               for o in prep.children if o.dep_ == "pobj"]
    # a stranded preposition the parser took for a particle: "what he attacks us on", "what she keeps attacking us
    # on" (the fronted "what" hangs on the verb or on one it depends on)
    if any(c.dep_ == "prt" and c.lower_ in rule["preps"] for c in trigger.token.children):
        objects += [o for verb in [trigger.token, *list(trigger.token.ancestors)[:2]] for o in verb.children
                    if o.i < trigger.token.i and o.lower_ in rule["pronouns"] and o.dep_ in {"pobj", "dobj"}]
    return [o for o in objects if o.lower_ in rule["pronouns"]
            or o.lemma_.lower() in _words("discourse_targets", "notion_targets", "measure_targets")]


def _disputed_matters(trigger: Trigger, rule: dict) -> list[Token]:
    """What a clash is over ("clashed over the credentials", "a clash over trade"): a matter argued (`disputes`);
    not a time ("clashed over the weekend")."""
    if _trigger_words(trigger).isdisjoint(rule["lemmas"]):
        return []
    words = [trigger.token] + _attack_nouns(trigger)
    return [o for word in words for prep in word.children if prep.dep_ == "prep" and prep.lower_ in rule["preps"]
            for o in prep.children if o.dep_ == "pobj" and o.ent_type_ not in TIME_TYPES]


def _in_speech(trigger: Trigger, rule: dict) -> bool:
    """An attack made in a speech, an interview or an ad ("attacked immigrants in his speeches"): words, whoever
    they are aimed at (`speech_settings`)."""
    words = [trigger.token] + _attack_nouns(trigger)
    verb = trigger.token.head if trigger.nominal and trigger.token.dep_ in {"dobj", "pobj"} else None
    words += [verb] if verb is not None and verb.pos_ == "VERB" else []
    return any(o.dep_ == "pobj" and o.lemma_.lower() in rule["settings"] for word in words for prep in word.children
               if prep.dep_ == "prep" and prep.lower_ in rule["preps"] for o in prep.children)


def _is_police_raid(trigger: Trigger, source: ActorRef | None, raid: dict) -> bool:
    """A raid or search by the police with no harm told in its clause ("police raided the home")."""
    if _trigger_words(trigger).isdisjoint(raid["lemmas"]) or not _has_sector(source, raid["sectors"]):
        return False
    return not _clause_mentions(trigger.token, _words("harm_words"))


def _aimed_at(trigger: Trigger, target_token: Token | None) -> list[Token]:
    """The target word, the verb's direct object, whose owner the target may be ("attacked her language skills":
    her), and what the attack noun is aimed at ("a new round of attacks on his rival")."""
    objects = [] if trigger.nominal else [c for c in trigger.token.children if c.dep_ == "dobj" and c != target_token]
    return ([target_token] if target_token is not None else []) + objects + _attack_noun_objects(trigger, AIM_PREPS)


def _bodily_undergoer(trigger: Trigger) -> bool:
    """"the assault of a reporter by X": an attack noun whose "of" phrase names a person names the one it was done
    to, which words are not ("an attack on a rival" may be criticism); a place, a convoy or troops that came under
    fire (the pattern's ``undergone: things``) were shot at."""
    return trigger.pattern.get("undergone") == "things" \
        or any(is_person(obj) for obj in _attack_noun_objects(trigger, {"of"}))


def _attack_nouns(trigger: Trigger) -> list[Token]:
    """The attack noun: the trigger's object noun ("launched attacks"), and the trigger itself when nominal."""
    return [t for t in (trigger.object_token, trigger.token if trigger.nominal else None) if t is not None]


def _attack_noun_objects(trigger: Trigger, preps: set[str]) -> list[Token]:
    """The objects of ``preps`` on the attack noun."""
    return [obj for noun in _attack_nouns(trigger) for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in preps for obj in prep.children if obj.dep_ == "pobj"]


def campaigns(trigger: Trigger, source_token: Token | None, source: ActorRef | None) -> bool:
    """The trigger's doer is a campaigner: a legislator, a party or a candidate (`campaigning_sectors`,
    `campaigner_words`), or a person named or referred to in a sentence about politics."""
    data = load_yaml("figurative.yaml")
    doers = _attackers(trigger, source_token)
    if any(word.lemma_.lower() in data["campaigner_words"] for word in doers) \
            or _has_sector(source, data["campaigning_sectors"]):
        return True
    return _names_a_person(doers) and _political_sentence(trigger.token)


def _names_a_person(words: list[Token]) -> bool:
    return any(_named_person(word) or word.lower_ in PERSON_ATTACKERS for word in words)


def _named_person(token: Token) -> bool:
    """A person's name: the tagger's PERSON, or a proper name that is no place (surnames are often taken for
    organisations)."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.ent_type_ not in PLACE_TYPES)


def _attackers(trigger: Trigger, source_token: Token | None) -> list[Token]:
    """The source word and who the attack noun comes from ("attacks from struggling challengers")."""
    return ([source_token] if source_token is not None else []) + _attack_noun_objects(trigger, SOURCE_PREPS)


def _trigger_words(trigger: Trigger) -> set[str]:
    """The trigger's lemma and the event noun it takes as object ("launched attacks")."""
    found = {trigger.lemma}
    if trigger.object_token is not None:
        found.add(trigger.object_token.lemma_.lower())
    return found


def _has_sector(ref: ActorRef | None, sectors: list[str]) -> bool:
    """Whether any three-letter block of the ref's code is one of ``sectors`` (IMGMUSISI, USAGOVLEG)."""
    code = ref.code if ref is not None and ref.code else ""
    return any(code[i:i + 3] in sectors for i in range(0, len(code), 3))


def _armed(source: ActorRef | None, source_token: Token | None, target: ActorRef | None, data: dict,
           states_armed: bool = True) -> bool:
    """A military, rebel or police actor on either side ("fighting the Islamic State"), an attacker the words
    name as armed ("gunmen"), or (with ``states_armed``) a state named as a place ("Russia attacked"): the attack
    is one of force."""
    if _has_sector(source, data["armed_sectors"]) or _has_sector(target, data["armed_sectors"]):
        return True
    if states_armed and source_token is not None and source_token.ent_type_ in STATE_TYPES:
        return True
    return source_token is not None and source_token.lemma_.lower() in _words("armed_words", "harm_words")


def _clause_mentions(trigger: Token, words: frozenset[str], skipped: list[Token] = ()) -> bool:
    """Whether one of ``words`` is in the trigger's clause (its governing verb's subtree, not the clauses
    embedded in it), the trigger itself and the phrases of ``skipped`` apart (what a record is about, "her
    record on guns", tells of no harm done)."""
    stack = [clause_verb(trigger)]
    while stack:
        word = stack.pop()
        if word != trigger and word.lemma_.lower() in words:
            return True
        stack.extend(c for c in word.children if c.dep_ not in EMBEDDED_CLAUSE_DEPS and c not in skipped)
    return False


def _political_target(token: Token, target: ActorRef | None, political_source: bool, data: dict) -> bool:
    """A politician or a political body as target: a person, a body named by a proper name that is no place
    (the tagger often takes a surname for an organisation) or a politically coded actor, when the sentence is
    about politics: a politician on either side, or a word such as "campaign" ("rival" is political itself)."""
    if token.lemma_.lower() in data["political_persons"]:
        return True
    named = _named_person(token) or token.lower_ in TARGET_PERSON_PRONOUNS
    political_target = _has_sector(target, data["political_sectors"])
    if not (named or political_target):
        return False
    if political_source or political_target and named:
        return True
    return _political_sentence(token)


def _political_article(token: Token, min_cues: int) -> bool:
    """An article about politics: at least ``min_cues`` different words of politics (`political_cues`) in it. A
    named person's attack on another there is mostly words, while local news, whose attacks are mostly blows,
    rarely uses that many."""
    counted = token.doc.user_data.get(POLITICAL_CUES_KEY)
    if counted is None:  # counted once per article, not once per trigger
        counted = token.doc.user_data[POLITICAL_CUES_KEY] = \
            len({word.lemma_.lower() for word in token.doc} & _words("political_cues"))
    return counted >= min_cues


def _political_sentence(token: Token) -> bool:
    """A word of politics ("campaign", "debate", "senate") in the token's sentence, as a lemma or as written
    ("the media", which spaCy lemmatises to "medium")."""
    cues = _words("political_cues", "political_persons")
    return any(word.lemma_.lower() in cues or word.lower_ in cues for word in token.sent)
