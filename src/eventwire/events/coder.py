"""Code the events of one sentence: triggers -> content absorption -> modality -> arguments -> Event.

Every decision is driven by the data files; this module only wires the steps together and records, in
``Event.rule``, which pattern and which modality cue produced each event. Content absorption lives in
``absorption.py``, what is no new event in ``nonevents.py``, and the choice of source and target in ``sides.py``.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from eventwire.document import UNKNOWN_COUNTRY, ActorRef, Event
from eventwire.events.absorption import absorb_content
from eventwire.events.actor_refs import ethnic_group, place_actor
from eventwire.events.arguments import (addressed_ones, arguments, asked_addressee, deed_doer, does_such_acts,
                                        faces_other_side, statement_speaker, talked_about, target_candidates)
from eventwire.events.codebook import (COOPERATIVE_TYPES, CONTENT_TYPES, HOSTILE_TYPES, CameoCode, cameo,
                                       content_code, load_yaml)
from eventwire.events.figurative import (assails_a_notion, backs_a_notion, campaigns, has_lifeless_object,
                                         is_advocacy, is_campaign_march, is_campaign_rally, is_electoral_help,
                                         is_personal_help, is_political_contest, recode_assault)
from eventwire.events.modality import Modality, modality
from eventwire.events.nonevents import (about_known_act, abstract_target, describes_noun, empty_promise,
                                         in_background, in_told_clause, is_sport, names_past_event, prevented_act,
                                         put_question, reacted_decision, shared_opinion, stated_aim, yes_no_question)
from eventwire.events.sides import (SentenceContext, as_government, asks_own_people, choose_target,
                                    coordinated_sources, coordinated_targets, domestic_country, is_coded, resolve_source,
                                    target_token_of)
from eventwire.events.triggers import (Trigger, counted_nouns, find_triggers, is_age_noun, is_person, names_people,
                                      patterns, venue_words, verdict_words_of)

#: The code of help that a gift's purpose clause gives ("gave rifles to help X").
GIFT_CODE = "070"
#: Cues of an act asked of another actor, who becomes the target of the one asking.
ASKING_CUES = {"+demand": "REQUEST_DEMAND", "+appeal": "REQUEST_APPEAL"}
#: The cue of a hostile act called for or proposed ("called to ban X"): a call for a policy, no one asked.
POLICY_CALL_CUE = "+call"
#: Cues of force vowed or planned (a threat) and prepared for; the cue of an assault that is words.
PLANNED_FORCE_CUES = {"+threat", "+mobilize"}
VERBAL_CUE = "+verbal"
#: The cue of criticism vowed or planned: force threatened that is words.
PLANNED_WORDS_CUE = "+threat" + VERBAL_CUE


def _recode(trigger: Trigger, mood: Modality) -> tuple[str, str]:
    """Intent to cooperate is AGREE, refusing to cooperate is REJECT, a stated intent to use force is THREATEN.
    An agreement or a promise not given ("did not agree to lift the sanctions") is a refusal too. A verdict said in
    the conditional ("X would be a better president") is the verdict, no intent."""
    entry = cameo(trigger.code)
    declined = mood.intent or mood.hypothetical or entry.type == "AGREE"
    if mood.negated and declined and entry.type in COOPERATIVE_TYPES:
        return content_code("REJECT", _agreed_type(entry)), "+refusal"
    if mood.gift_purpose and entry.type in load_yaml("modality.yaml")["gift_purpose_types"]:
        return GIFT_CODE, "+gift"
    if mood.proposed_course == "verb" and entry.type in HOSTILE_TYPES:
        return load_yaml("modality.yaml")["policy_call_code"], POLICY_CALL_CUE
    if (mood.demand or mood.appeal) and entry.type not in CONTENT_TYPES:
        cue = "+demand" if mood.demand else "+appeal"
        return content_code(ASKING_CUES[cue], entry.type), cue
    if mood.mobilize and entry.type == "ASSAULT":
        return "150", "+mobilize"
    if mood.intent and entry.type in COOPERATIVE_TYPES and entry.type != "AGREE" \
            and not trigger.pattern.get("verdict_words"):  # "X would be a better president" is praise, no pledge
        return content_code("AGREE", entry.type), "+intent"
    if mood.threat and entry.type in HOSTILE_TYPES:
        return content_code("THREATEN", entry.type, entry.code), "+threat"
    return trigger.code, ""


def _agreed_type(entry: CameoCode) -> str:
    """What an agreement is about, read back from its code ("agreed to meet", 036: CONSULT), so that one not given
    is the matching refusal (125); any other event is about itself."""
    if entry.type != "AGREE":
        return entry.type
    agreed = load_yaml("patterns.yaml")["content_codes"]["AGREE"]
    return next((t for t, code in agreed.items() if code == entry.code[:3] and t != "default"), "AGREE")


def _by_protesters(code: str, source: Token | None) -> str:
    """Violence or force used by demonstrators is a violent protest (riot), whatever its verb; a place they block
    or occupy is passage obstructed (`crowd_act_codes`)."""
    data = load_yaml("patterns.yaml")
    if source is None or code not in data["crowd_act_codes"]:
        return code
    return data["crowd_act_codes"][code] if source.lemma_.lower() in data["protester_words"] else code


def _own_side(speaker: Token | None, source: Token | None, ctx: SentenceContext) -> bool:
    """The speaker announces what its own side will do: "it" / "we" as the actor, or both of one country."""
    if speaker is None or source is None:
        return False
    if source.pos_ == "PRON":
        return True
    said_by, done_by = ctx.resolver.resolve(speaker), ctx.resolver.resolve(source)
    return is_coded(said_by) and is_coded(done_by) and said_by.code[:3] == done_by.code[:3]


def _evidence(trigger: Token, source: ActorRef | None, target: ActorRef | None, sentence: Span) -> tuple[int, int]:
    start, end = trigger.idx, trigger.idx + len(trigger)
    for ref in (source, target):
        if ref is not None and ref.start is not None and sentence.start_char <= ref.start < sentence.end_char:
            start, end = min(start, ref.start), max(end, ref.end)
    return start, end


def _unless_force(trigger: Trigger, target_token: Token | None, source_tok: Token | None,
                  sides: tuple[ActorRef | None, ActorRef | None], entry: CameoCode, cue: str,
                  persons: tuple[bool, bool]) -> tuple[str, str] | None:
    """An assault the text shows to be words or a police search is recoded (figurative.recode_assault;
    ``persons``: whether the source and the target are people named); one that is advocacy ("fought for the
    bill"), a political contest ("his battle with Trump") or done to words or plans ("shot down the idea"), help
    that is electoral backing ("helped Clinton") and a campaign rally, held or put off, are no event (None)."""
    if entry.type == "AID" and (is_electoral_help(trigger, target_token, sides[1])
                                or is_personal_help(trigger, target_token, sides[1])):
        return None
    own_type = cameo(trigger.code).type  # before a threat or an intent recoded it
    if own_type in load_yaml("figurative.yaml")["campaign_rally"]["types"] and (
            is_campaign_rally(trigger, source_tok) or is_campaign_march(trigger, sides[0])):
        return None
    if own_type == "ASSAULT" and is_political_contest(trigger, target_token, source_tok, *sides):
        return None
    if cue in PLANNED_FORCE_CUES and own_type == "ASSAULT" and campaigns(trigger, source_tok, sides[0]):
        if assails_a_notion(trigger, target_token, source_tok, *sides):
            return None  # "preparing for an attack on the Second Amendment": none, as it would be none done
        words = recode_assault(trigger, target_token, source_tok, *sides, persons=all(persons),
                               known_source=persons[0])
        if words is not None and words[1] == VERBAL_CUE:
            # words planned are criticism planned ("laid plans for an assault on the front-runner"); getting ready
            # for words ("preparing for a fresh attack from Trump at the debate") is no act
            return None if cue == "+mobilize" else (words[0], PLANNED_WORDS_CUE)
    if cue or entry.type != "ASSAULT":
        return entry.code, cue
    if is_advocacy(trigger, source_tok, *sides) or has_lifeless_object(trigger) \
            or assails_a_notion(trigger, target_token, source_tok, *sides):
        return None
    return recode_assault(trigger, target_token, source_tok, *sides, persons=all(persons),
                          known_source=persons[0]) or (entry.code, cue)


def code_trigger(trigger: Trigger, ctx: SentenceContext) -> list[Event]:
    """The trigger's event, one per coordinated source actor ("Russia and Belarus attacked ..."); coordinated
    sources of a mutual act without a target of their own are each other's targets ("Brazil and the US held
    talks"); co-protesters or co-attackers are not."""
    if describes_noun(trigger.token) or about_known_act(trigger.token) or stated_aim(trigger.token) \
            or put_question(trigger.token) or names_past_event(trigger) or prevented_act(trigger) \
            or reacted_decision(trigger.token) or yes_no_question(trigger.token):
        return []
    mood = modality(trigger.token)
    if trigger.pattern.get("negated"):  # "X is not honest": the negation is part of the verdict said
        mood = dataclasses.replace(mood, negated=False)
    if _reports_nothing(trigger, mood):
        return []
    code, cue = _recode(trigger, mood)
    source_tok, candidates = _argument_tokens(trigger, mood, cue, ctx)
    entry = cameo(_by_protesters(code, source_tok))
    if _no_actor_subject(source_tok, entry, trigger.token):
        return []
    if entry.type in HOSTILE_TYPES and abstract_target(candidates[0] if candidates else None):
        return []
    if not cue and mood.announced and entry.type in HOSTILE_TYPES and _own_side(mood.speaker, source_tok, ctx):
        code, cue = content_code("THREATEN", entry.type, entry.code), "+threat"
        entry = cameo(code)
    candidates = _addressee_only(trigger, cue, candidates, ctx)
    bare_source = resolve_source(source_tok, ctx)
    bare_target = choose_target(candidates, ctx.placed(bare_source, ctx.country), ctx)
    if not trigger.nominal:
        bare_target = _described_victim(entry, bare_target, candidates, ctx)
    source = ctx.placed(bare_source, ctx.country_apart_from(bare_target)
                        or ctx.statement_country(mood.speaker, bare_target))
    target = ctx.placed(bare_target, ctx.country or domestic_country(entry.type, source, bare_target))
    if trigger.pattern.get("verdict_words") and (mood.negated or _wished(trigger.token) or not _judges_another(
            source, target, target_token_of(candidates, target), ctx)):
        return []  # "said Ruto is not a liar" defends him
    persons_act = _persons_act(entry, (source, target), ctx)
    if not persons_act:
        source, target = _without_placed_persons((bare_source, bare_target), (source, target))
    promised_to = None if _self_reference(source, target, target_token_of(candidates, target)) else target
    if entry.type == "REQUEST" and (asks_own_people(trigger.token, source, target)
                                    or _calls_for_a_policy(trigger, source_tok, cue, (source, target), ctx)) \
            or not cue and empty_promise(trigger, promised_to):
        return []
    if backs_a_notion(entry.type, candidates[0] if candidates else None, target):
        return []
    persons = (ctx.names_known_person(source), ctx.names_known_person(target))
    recoded = _unless_force(trigger, target_token_of(candidates, target), source_tok, (source, target), entry, cue,
                            persons)
    if recoded is None:
        return []
    code, cue = recoded
    entry = cameo(code)
    if not any(is_coded(ref) if trigger.nominal else ref is not None and ref.code
               or persons_act and ctx.names_individual(ref) for ref in (source, target)) \
            and not (trigger.nominal and _between_persons((source, target), ctx)):
        return []  # who did what to whom needs a who or a whom: a placed actor, or for a verb a sector or a person
    sources = coordinated_sources(source_tok, source, ctx)
    two_sides = faces_other_side(trigger, source_tok)
    read_from = next((word for word in candidates if target is not None and target.start is not None
                      and target.start <= word.idx < target.end), None)
    events = [event for each in coordinated_targets(read_from, target, sources, ctx)
              for event in _events_between(trigger, ctx, entry.code, cue, mood, sources,
                                           (each, _head_word(each, ctx.sentence)), two_sides)
              if _host_named(trigger, code, event)]
    accuser = _accuser(entry.type, cue, mood, source, target, ctx)
    if accuser is not None:
        events.append(_build(trigger, ctx, load_yaml("patterns.yaml")["victim_accusation"]["code"], "+accusation",
                             mood, accuser, source))
    return events


def _calls_for_a_policy(trigger: Trigger, source_tok: Token | None, cue: str,
                        sides: tuple[ActorRef | None, ActorRef | None], ctx: SentenceContext) -> bool:
    """An appeal or a demand is made to someone (CAMEO 02 and 10: the source asks the target to act). A campaigner's
    call for a policy that names no one asked ("the senator called for stricter gun laws", "Sanders pushed for
    Medicare for all") states a platform, an opinion; a government's or an agency's call for a measure ("the UN
    appealed for funds") is the appeal CAMEO codes. An act asked of another (``cue``) names the one asked."""
    source, target = sides
    addressed = addressed_ones(trigger.token, patterns()["addressee_prepositions"])
    return cue not in ASKING_CUES and not addressed and not ctx.acts(target) and campaigns(trigger, source_tok, source)


def _host_named(trigger: Trigger, code: str, event: Event) -> bool:
    """A visit (CAMEO 042) is paid to a host: a pattern with `needs_host` codes one only when the place reached
    stands for an actor ("arrived in Kenya", "arrived at the White House"); reaching a building or a site that
    names none ("arrived at the facility", "travelled to the border") is a journey, no visit."""
    return not (trigger.pattern.get("needs_host") and code == trigger.code) or is_coded(event.target)


def _no_actor_subject(source: Token | None, entry: CameoCode, trigger: Token) -> bool:
    """A subject that stands for anyone ("the more you help wealthy people", "when you attack him"), a share of a
    population holding a stance ("39 percent blame Obama": a survey finding, `survey_shares`), or a crowd of voters
    or followers backing someone ("voters who support Odinga": a stance, `stance_holders`) is no actor; how such a
    crowd backed someone in a past vote ("voters in Georgia backed him") is told as an act. Evidence that backs a
    claim ("the footage supports what we heard", `evidence_nouns`) is no actor backing anyone. A vehicle that strikes
    or kills someone did it in an accident (`accident_doers`: "was struck by a truck"), which no event reports."""
    data = load_yaml("patterns.yaml")
    shares, holders, accidents = data["survey_shares"], data["stance_holders"], data["accident_doers"]
    proof = data["evidence_nouns"]
    if entry.type in proof["types"] and trigger.dep_ == "acl" and trigger.head.lemma_.lower() in proof["words"]:
        return True  # "no evidence to support the charge"
    if source is None:
        return False
    lemma = source.lemma_.lower()
    holder = source.head.head if source.tag_ in {"WP", "WDT"} and source.head.dep_ == "relcl" else source
    surveyed = lemma in shares["words"] or _counted_in_ratio(source, shares["ratio_links"]) \
        or _backed_by_margin(trigger, shares["margin_words"])
    return source.lower_ in data["generic_subjects"] or surveyed and entry.type in shares["types"] \
        or lemma in accidents["words"] and entry.type in accidents["types"] \
        or holder.lemma_.lower() in proof["words"] and entry.type in proof["types"] \
        or holder.lemma_.lower() in holders["words"] and entry.code in holders["codes"] and trigger.tag_ != "VBD"


def _counted_in_ratio(source: Token, links: list[str]) -> bool:
    """A subject counted as so many in ten ("six in 10 voters", "seven out of 10 men") is a survey's share."""
    words = [tok.lower_ for tok in source.subtree]
    numbers = [i for i, tok in enumerate(source.subtree) if tok.like_num]
    return any(words[i + 1:i + 1 + len(link.split())] == link.split() and i + 1 + len(link.split()) in numbers
               for i in numbers for link in links)


def _backed_by_margin(trigger: Token, margin_words: list[str]) -> bool:
    """A "by" phrase naming a margin or a share ("back her by 9 points", "supported by 13 percent", "by double
    digits") measures backing in a poll or a vote: a survey finding, not the endorsement of an actor."""
    return any(child.lower_ == "by" and any(tok.lemma_.lower() in margin_words for tok in child.subtree)
               for child in trigger.children if child.dep_ in {"prep", "agent"})


def _reports_nothing(trigger: Trigger, mood: Modality) -> bool:
    """An opinion or a possibility, a view shared ("agreed that ..."), a refusal to speak ("declined to discuss
    the case"), a cooperative act that only says why another act was done ("raised money to support research"), or
    a hostile act a proposal would do ("his proposal to ban Muslims")."""
    own_type = cameo(trigger.code).type
    # an unreal case's condition is imagined, and so is its consequence unless hostile: then it is a threat
    imagined = mood.counterfactual == "condition" or mood.counterfactual and own_type not in HOSTILE_TYPES
    return mood.opinion or mood.withheld or imagined or shared_opinion(trigger) \
        or (mood.mere_purpose and own_type in COOPERATIVE_TYPES) \
        or mood.proposed_course == "noun" and own_type in HOSTILE_TYPES


def _persons_act(entry: CameoCode, placed: tuple[ActorRef | None, ActorRef | None], ctx: SentenceContext) -> bool:
    """A person placed only by the country of the text (no dictionary code), or by none when the text names no
    country, is an actor facing another actor, or alone in the acts of `lone_person`: on either side of its
    `types` and `codes`, as the doer of its `doer_codes` ("Marsh vetoed the bill")."""
    rule = load_yaml("patterns.yaml")["lone_person"]
    lone_doer = entry.code in rule["doer_codes"] and ctx.names_individual(placed[0])
    return entry.type in rule["types"] or entry.code in rule["codes"] or lone_doer \
        or all(ctx.acts(ref) for ref in placed)


def _judges_another(speaker: ActorRef | None, judged: ActorRef | None, judged_token: Token | None,
                    ctx: SentenceContext) -> bool:
    """A verdict needs a speaker and an actor judged other than the speaker: a pronoun read as the speaker ("'He is
    a disgrace,' X said") names no one judged, nor does a pronoun that codes as no one ("Trump said he is a better
    candidate": most often the speaker praising himself), nor a subject the quotes stage also took for the speaker
    ("Trump appears to be ignorant of ...": one mention is never both sides)."""
    uncoded_pronoun = judged is not None and not judged.code and judged_token is not None \
        and judged_token.pos_ == "PRON"
    return is_coded(speaker) and ctx.acts(judged) and not uncoded_pronoun and not _a_class_of_things(
        judged, judged_token) and not _self_reference(speaker, judged, judged_token) \
        and _apart_from(speaker, judged) is not None


def _a_class_of_things(judged: ActorRef | None, judged_token: Token | None) -> bool:
    """A plural noun for things or institutions that no name picks out ("the schools in our cities are a failure",
    "hospitals are dangerous") judges a state of affairs, no actor; people ("the protesters are thugs") and the
    owner of things ("Obama's plans are reckless": Obama) are judged."""
    return judged is not None and judged_token is not None and judged_token.tag_ == "NNS" \
        and judged.start is not None and judged.start <= judged_token.idx < judged.end and not is_person(judged_token)


def _wished(copula: Token) -> bool:
    """A state hoped or wished for ("I hope they are fake", "I want him to be honest") is no verdict on anyone
    (`wished_state_heads`)."""
    return copula.dep_ in {"ccomp", "xcomp"} and copula.head.lemma_.lower() in load_yaml("modality.yaml")[
        "wished_state_heads"]


def _self_reference(source: ActorRef | None, target: ActorRef | None, target_token: Token | None) -> bool:
    """A pronoun target coded as its source is the source itself ("he pledged that he would ...")."""
    return source is not None and target is not None and target_token is not None and target_token.pos_ == "PRON" \
        and target.code == source.code


def _described_victim(entry: CameoCode, target: ActorRef | None, candidates: list[Token],
                      ctx: SentenceContext) -> ActorRef | None:
    """An uncoded target of a `lone_person` verb that describes a private person without naming one ("a woman was
    arrested", "the 54-year-old victim was stabbed") is a civilian (---CVL), placed like a sector noun. Not of a
    noun: "the killing of two men" is most often an act named in another's words (a protest, a charge)."""
    rule = load_yaml("patterns.yaml")["lone_person"]
    if target is None or target.code or ctx.names_individual(target) \
            or not (entry.type in rule["types"] or entry.code in rule["codes"]):
        return target
    head = target_token_of(candidates, target)
    described = head is not None and (head.lemma_.lower() in rule["victim_words"] or is_age_noun(head)
                                      or head.lower_ in rule["pronouns"] or _with_age(head) or _family(head, rule)
                                      or any(c.lemma_.lower() in rule["victim_words"] for c in counted_nouns(head)))
    return ActorRef(target.text, UNKNOWN_COUNTRY + "CVL", None, target.start, target.end) if described else target


def _family(name: Token, rule: dict) -> bool:
    """"The Smiths were arrested": "the" and a plural proper name (`family_determiners`) name a family, private
    persons; a people ("the Kurds", tagged NORP) is not one."""
    return name.tag_ == "NNPS" and name.ent_type_ != "NORP" \
        and any(c.dep_ == "det" and c.lower_ in rule["family_determiners"] for c in name.children)


def _with_age(name: Token) -> bool:
    """"Okafor, 45, was arrested": a name with an age in apposition is a person's, whatever the recogniser said."""
    return name.pos_ == "PROPN" and any(c.dep_ == "appos" and c.like_num for c in name.children)


def _between_persons(placed: tuple[ActorRef | None, ActorRef | None], ctx: SentenceContext) -> bool:
    """A noun's act between two people the text names ("Warren's endorsement of Clinton", "his attacks on Rubio"):
    a noun alone with one person ("her endorsement") may be no act done to anyone."""
    return all(ctx.names_individual(ref) for ref in placed)


def _without_placed_persons(bare: tuple[ActorRef | None, ActorRef | None],
                            placed: tuple[ActorRef | None, ActorRef | None]) -> tuple[ActorRef | None, ActorRef | None]:
    """Otherwise such a person keeps no code ("discussed his new book" is no event)."""
    source, target = (before if before is not None and before.code is None else after
                      for before, after in zip(bare, placed))
    return source, target


def _argument_tokens(trigger: Trigger, mood: Modality, cue: str,
                     ctx: SentenceContext) -> tuple[Token | None, list[Token]]:
    """The source token and the target candidates; the one who must act is the target of a demand, which its
    speaker makes."""
    source_tok, target_tok = arguments(trigger)
    source_tok = source_tok or _acting_speaker(trigger, ctx)
    if cue in ASKING_CUES:  # the one asked is the target
        return mood.speaker, [source_tok] if source_tok is not None else []
    if cue == POLICY_CALL_CUE:  # "called to ban Muslims": a policy called for asks no one named
        return source_tok, []
    if trigger.pattern.get("verdict_words"):  # the one judged is the target of whoever says it
        judge = mood.speaker or ctx.resolver.quote_speaker_word(
            [trigger.token, *verdict_words_of(trigger.token, trigger.pattern["verdict_words"])])
        doer = deed_doer(source_tok) if source_tok is not None else None
        return judge, [t for t in (source_tok, doer) if t is not None]
    candidates = _own_prepositions_first(trigger, target_candidates(trigger, source_tok, target_tok))
    # "Trump says we should deport them": the speaker proposes it for his side
    return (mood.speaker if mood.proposal else source_tok), candidates


def _acting_speaker(trigger: Trigger, ctx: SentenceContext) -> Token | None:
    """The authority whose statement an agentless passive act is, when it does such acts, its sector read from the
    actors stage's code for the mention ("Capt. Steve Juge, with the county sheriff's office, said two men were
    arrested": ---COP), else from its words."""
    speaker = statement_speaker(trigger)
    ref = ctx.resolver.resolve(speaker) if speaker is not None else None
    sector = ref.code[3:6] if ref is not None and ref.code else None
    return speaker if sector and does_such_acts(trigger.code, sector) else None


def _addressee_only(trigger: Trigger, cue: str, candidates: list[Token], ctx: SentenceContext) -> list[Token]:
    """The one a request asks to act is its target (`arguments.asked_addressee`), a sector ("the police", ---COP)
    too, before any placed actor the act asked of it names ("urged the police to arrest Ugandan smugglers"); a
    demand recoded from what someone said (`ASKING_CUES`) has its own."""
    addressee = None if cue in ASKING_CUES else asked_addressee(trigger)
    ref = ctx.resolver.resolve(addressee) if addressee is not None else None
    return [addressee] if ref is not None and ref.code else candidates


def _own_prepositions_first(trigger: Trigger, candidates: list[Token]) -> list[Token]:
    """The objects of the pattern's own target prepositions come before the fallback ones: "crossed from Turkey
    into Syria" goes into Syria. A verb the parser hung on a noun ("A convoy ... crossed into Syria, officials
    said") is not done to that noun, so they come before it too."""
    preps = trigger.pattern.get("target_preps")
    if trigger.nominal or not preps or not candidates:
        return candidates
    own = [c for c in candidates if c.dep_ == "pobj" and c.head.lower_ in preps and c.head.head == trigger.token]
    first = [] if trigger.token.dep_ == "acl" or candidates[0] in own else candidates[:1]
    return first + own + [c for c in candidates if c not in own and c not in first]


def _events_between(trigger: Trigger, ctx: SentenceContext, code: str, cue: str, mood: Modality,
                    sources: list[ActorRef | None], targeted: tuple[ActorRef | None, Token | None],
                    two_sides: bool) -> list[Event]:
    """One event per source; coordinated sources of a mutual act without a third party (``targeted``: the target
    and the word it was read from) face each other, also when the act failed or was refused ("Obama and Putin fail
    to find common ground during a meeting in China": the meeting's place is where, not whom), and so do the two
    sides of a "between" phrase whatever the act ("fighting broke out between X and Y": ``two_sides``)."""
    data = load_yaml("patterns.yaml")
    target, target_word = targeted
    together = len(sources) > 1 and _mutual(trigger, trigger.code, data["reciprocal_types"])
    if len(sources) > 1:  # "French and Egyptian warships launched war games": a joint act is cooperation
        code = data["joint_codes"].get(code, code)
    third_party = _other_party(target, sources) and _in_partner_slot(trigger, target_word)
    facing = two_sides or not third_party and (together or _mutual(trigger, code, data["reciprocal_types"]))
    if len(sources) > 1 and facing:
        return [_build(trigger, ctx, code, cue, mood, a, b) for a in sources for b in sources if a is not b]
    return [_build(trigger, ctx, code, cue, mood, each, target) for each in sources]


def _other_party(target: ActorRef | None, sources: list[ActorRef | None]) -> bool:
    """A coded target that is not merely the country of one of the sources ("Turkish and Greek diplomats held
    talks in Ankara": Turkey is where they met, not a third party)."""
    home = {source.code[:3] for source in sources if is_coded(source)}
    return is_coded(target) and not (len(target.code) == 3 and target.code in home)


def _head_word(ref: ActorRef | None, sentence: Span) -> Token | None:
    """The head of the noun phrase an actor is named in, when it lies in the sentence: "Syria" in "talks on Syria"
    (the target may be read from inside a phrase), "envoy" in "met Putin's envoy" (`noun_phrase_deps`)."""
    if ref is None or ref.start is None or not sentence.start_char <= ref.start < sentence.end_char:
        return None
    word = _phrase_head(ref, sentence)
    inside_phrase = set(load_yaml("patterns.yaml")["defaults"]["noun_phrase_deps"])
    while word is not None and word.dep_ in inside_phrase and word.head is not word:
        word = word.head
    return word


def _in_partner_slot(trigger: Trigger, word: Token | None) -> bool:
    """Whether a target word stands where a mutual act names its partner: the object of the trigger or of its
    object noun ("met Putin"; not of an act whose partner is among its subjects, `partner`: "discussed Syria"), or
    of a preposition naming the partner (`target_preps`, `partner_preps`: "met with Putin", "held talks with Putin").
    A place ("met at the White House"), a topic ("talks on Syria") or what a purpose clause discusses ("met to
    discuss Syria") is no third party the coordinated sources met instead of each other."""
    if word is None:
        return False
    owners = {trigger.token, trigger.object_token} - {None}
    if word.dep_ == "dobj":
        return word.head in owners and not trigger.pattern.get("partner")
    preps = set(trigger.pattern.get("target_preps") or []) | set(
        load_yaml("patterns.yaml")["defaults"]["partner_preps"])
    return word.dep_ == "pobj" and word.head.lower_ in preps and word.head.head in owners


def _mutual(trigger: Trigger, code: str, reciprocal: list[str]) -> bool:
    """A mutual act done with each other: talks, an agreement, or an act its pattern marks `mutual` ("exchanged
    fire", "agreed to a truce"). What is pledged or intended keeps its own kind ("Kuwait and Ireland vowed to
    deliver funds" is aid each gives, not an agreement between them); what is talked about does not ("discussed
    the attacks")."""
    def mutual(each: Trigger) -> bool:
        return cameo(each.code).type in reciprocal or bool(each.pattern.get("mutual"))
    own = cameo(code).type in reciprocal or bool(trigger.pattern.get("mutual"))
    return own and all(mutual(each) for each in (trigger, *trigger.absorbed)
                       if not talked_about(trigger, each.token))


def _accuser(event_type: str, cue: str, mood: Modality, source: ActorRef | None, target: ActorRef | None,
             ctx: SentenceContext) -> ActorRef | None:
    """The speaker who reports a hostile act done to itself by another ("Israel said a mortar bomb was fired at
    it from Gaza") accuses the doer: its word is an accusation besides the act it reports."""
    if mood.speaker is None or cue or mood.negated or mood.hypothetical or mood.denied:
        return None
    if event_type not in load_yaml("patterns.yaml")["victim_accusation"]["types"]:
        return None
    speaker = ctx.placed(ctx.resolver.resolve(mood.speaker), ctx.country)
    if not (is_coded(speaker) and is_coded(source) and is_coded(target)):
        return None
    victim, doer = speaker.code[:3], source.code[:3]
    return speaker if target.code[:3] == victim != doer else None


def _names_people(target: ActorRef | None, sentence: Span) -> bool:
    """Whether an uncoded target is said in words for people ("attacks on immigrants during his speech in Iowa",
    "attacked Muslims in Iowa"): they are whom the act was aimed at, and the place where it happened does not
    stand in for them as the target."""
    head = _phrase_head(target, sentence)
    return head is not None and names_people(head)


def _named_after_venue(target: ActorRef | None, sentence: Span) -> bool:
    """Whether an uncoded target is a meeting or an agreement named after its city ("praised the Geneva talks",
    "signed the Minsk agreement"): the city names neither the target nor where the act happened."""
    head = _phrase_head(target, sentence)
    return head is not None and bool(venue_words(head))


def _phrase_head(ref: ActorRef | None, sentence: Span) -> Token | None:
    """The root of the words an argument is written in."""
    if ref is None or ref.start is None:
        return None
    span = sentence.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span.root if span is not None else None


def _build(trigger: Trigger, ctx: SentenceContext, code: str, cue: str, mood: Modality,
           source: ActorRef | None, target: ActorRef | None) -> Event:
    entry, token = cameo(code), trigger.token
    start, end = _evidence(token, source, target, ctx.sentence)
    if trigger.object_token is not None and trigger.object_token.sent == token.sent:
        start = min(start, trigger.object_token.idx)
        end = max(end, trigger.object_token.idx + len(trigger.object_token))
    # where the trigger's own clause happened, not the clause its actors' span happens to be rooted in
    place, location, how = ctx.surroundings.place_for(token.idx, token.idx + len(token), token,
                                                      trigger.pattern.get("target_preps"))
    if not is_coded(target) and how == "clause" and not _names_people(target, ctx.sentence) \
            and not _named_after_venue(target, ctx.sentence):
        target = place_actor(place, location, target)
    if how == "clause":
        source, target = ethnic_group(source, place), ethnic_group(target, place)
    target = _apart_from(source, as_government(target, trigger))
    date, date_source = ctx.surroundings.date_for(start, end, ctx.sentence)
    mode = trigger.pattern.get("mode") if code == trigger.code else None
    kind = "noun" if trigger.nominal else "verb"
    negated, hypothetical = _polarity(mood, cue, entry.type)
    return Event(
        type=entry.type, evidence=(start, end), mode=mode or entry.mode, cameo=entry.code, quad=entry.quad,
        goldstein=entry.goldstein, source=source, target=target, negated=negated, hypothetical=hypothetical,
        denied=mood.denied, reported_by=ctx.surroundings.reporter(start, end, mood.speaker), location=location,
        place=place,
        date=date, date_source=date_source, trigger=(token.idx, token.idx + len(token)), sentence=ctx.index,
        confidence=0.8 if trigger.nominal else 0.9, rule=f"{kind}:{trigger.lemma}->{trigger.code}{cue}")


def _apart_from(source: ActorRef | None, target: ActorRef | None) -> ActorRef | None:
    """One mention is never both sides: a target read from the source's own words ("TURKEY CAR BOMB ATTACK",
    "workers in Haiti went on strike", "withheld her endorsement") is no target. Two countries' actors in one
    misparsed phrase ("its military encircled Kyiv") stay apart."""
    if source is None or target is None or source.start is None or target.start is None:
        return target
    if not (source.start < target.end and target.start < source.end):
        return target
    two_countries = source.code and target.code and source.code[:3] != target.code[:3]
    return target if two_countries else None


def _polarity(mood: Modality, cue: str, kind: str) -> tuple[bool, bool]:
    """A refusal, a demand or an appeal is itself a real, positive act; an intent or a threat is not yet done; an
    attempted assault is done (modality's `attempted_done_types`)."""
    if cue == "+refusal" or cue in ASKING_CUES:
        return False, False
    if cue == POLICY_CALL_CUE:  # the call was made
        return mood.negated, False
    if mood.attempted_only and not cue and kind in load_yaml("modality.yaml")["attempted_done_types"]:
        return mood.negated, False
    return mood.negated, mood.hypothetical or cue in {"+intent", "+threat", PLANNED_WORDS_CUE}


def code_sentence(ctx: SentenceContext) -> list[Event]:
    """The sentence's events; background ones only when the sentence reports nothing else."""
    triggers = absorb_content(find_triggers(ctx.sentence))
    if not triggers:
        return []
    dropped = set(load_yaml("nonevents.yaml")["sport_dropped_types"]) if is_sport(ctx.sentence) else set()
    main, background, told = [], [], []
    for trigger in triggers:
        found = [e for e in code_trigger(trigger, ctx) if e.type not in dropped]
        if not in_background(trigger.token) or _verdict_on_a_deed(trigger):
            main.extend(found)
        else:
            (told if in_told_clause(trigger.token) else background).extend(found)
    if main:
        return main + told if _answer_offences(main) else main
    return background + told


def _verdict_on_a_deed(trigger: Trigger) -> bool:
    """A verdict in a relative clause on what someone said or did ("he has done things that were inappropriate")
    is what the speaker says now, no background that describes the thing (`arguments.deed_doer`)."""
    copula = trigger.token
    return bool(trigger.pattern.get("verdict_words")) and copula.dep_ == "relcl" and deed_doer(copula.head) is not None


def _answer_offences(events: list[Event]) -> bool:
    """Every main act answers an offence (`answering_codes`: "was arrested after he stabbed X"), so the offence an
    "after" clause tells is news of its own."""
    codes = tuple(load_yaml("nonevents.yaml")["answering_codes"])
    return all(e.cameo.startswith(codes) for e in events)


__all__ = ["SentenceContext", "code_sentence", "code_trigger"]
