"""Code the events of one sentence: triggers -> content absorption -> modality -> arguments -> Event.

Every decision is driven by the data files; this module only wires the steps together and records, in
``Event.rule``, which pattern and which modality cue produced each event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from eventwire.document import ActorRef, Document, Event
from eventwire.events import context
from eventwire.events.actor_refs import (ActorResolver, context_country, ethnic_group, is_country, place_actor,
                                        with_country)
from eventwire.events.actors_fallback import names_actor
from eventwire.events.arguments import (agent_of, arguments, coordinated, misparsed_predicate, own_subject,
                                       reduced_relative, target_candidates)
from eventwire.events.codebook import (CONTENT_TYPES, COOPERATIVE_TYPES, HOSTILE_TYPES, CameoCode, cameo,
                                       content_code, load_yaml)
from eventwire.events.figurative import recode_assault
from eventwire.events.modality import Modality, governors, modality
from eventwire.events.triggers import Trigger, find_triggers

#: Content-taking types and the content_codes family their CAMEO code belongs to.
ABSORBING_TYPES = CONTENT_TYPES + ("ACCUSE",)
#: Punishments whose "for" phrase gives the charge, not a second event ("jailed X for helping militants").
PUNISHING_TYPES = ("COERCE", "SANCTION")
#: The code of help that a gift's purpose clause gives ("gave rifles to help X").
GIFT_CODE = "070"
CONTENT_DEPTH = 5


@dataclass
class SentenceContext:
    document: Document
    parsed: Doc
    sentence: Span
    index: int
    resolver: ActorResolver
    anchors: dict[str, str]  # event phrases the text dates by a count of days (see context.anchored_dates)

    @cached_property
    def country(self) -> str | None:
        """The country this sentence's sector nouns ("police", "students") belong to."""
        return context_country(self.resolver, self.sentence.start_char, self.sentence.end_char)

    def country_apart_from(self, other_side: ActorRef | None) -> str | None:
        """The sentence's country for one side of an event, not counting the countries the other side names."""
        if other_side is None or other_side.start is None:
            return self.country
        return context_country(self.resolver, self.sentence.start_char, self.sentence.end_char, other_side)

    def placed(self, ref: ActorRef | None, country: str | None) -> ActorRef | None:
        """The one place an argument coded without a country (``---LEG``, ``---CVL``) gets one from its context:
        ``country``, else for an individual the article's country (see ActorResolver.country_for)."""
        return with_country(ref, self.resolver.country_for(ref, country))


def _family(trigger_code: str) -> str | None:
    entry = cameo(trigger_code)
    if entry.type == "REQUEST":
        return "REQUEST_APPEAL" if trigger_code.startswith("02") else "REQUEST_DEMAND"
    return entry.type if entry.type in CONTENT_TYPES else None


def _is_content(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what ``outer`` states, or the noun object a verb trigger already coded ("launched an attack")."""
    under_outer = inner.token.head == outer.token
    if inner.token == outer.object_token or (inner.nominal and under_outer and inner.token.dep_ == "dobj"):
        return True
    if inner.nominal and inner.token.dep_ == "pobj" and inner.token.head.head == outer.token \
            and cameo(inner.code).type in ABSORBING_TYPES:
        return True  # "conceded to demands from X", "rejected calls for talks": the answer is the event
    if under_outer and inner.token.dep_ == "advcl" and cameo(inner.code).type == cameo(outer.code).type:
        return True  # "met X to discuss Y": the purpose restates the same meeting
    if _is_charge(outer, inner) or _is_topic(outer, inner):
        return True
    return cameo(outer.code).type in ABSORBING_TYPES and outer.token in _content_governors(inner.token)


def _is_charge(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what ``outer`` punishes: in a "for" phrase of a punishment ("arrested for attacking police")
    it is the charge, reported as alleged, not an event of its own."""
    if cameo(outer.code).type not in PUNISHING_TYPES:
        return False
    return any(word.dep_ == "prep" and word.lower_ == "for" and word.head == outer.token
               for word in governors(inner.token)[:CONTENT_DEPTH])


def _is_topic(outer: Trigger, inner: Trigger) -> bool:
    """``inner`` is what a meeting is about ("talks with X on the war in Syria"), not an event of its own."""
    topic_preps = load_yaml("patterns.yaml")["defaults"]["topic_preps"].get(cameo(outer.code).type, [])
    prep = inner.token.head
    return inner.nominal and inner.token.dep_ == "pobj" and prep.lower_ in topic_preps \
        and prep.head in (outer.token, outer.object_token)


def _content_governors(token: Token) -> list[Token]:
    """The words ``token`` is the content of; a coordinated clause ("recognized X and sent Y") is not content,
    but a second content clause or verb is ("alleged that X ... and that Y helped plan and carry out ...")."""
    chain = []
    for word in [token] + governors(token)[:CONTENT_DEPTH]:
        if word != token:
            chain.append(word)
        if word.dep_ == "conj" and word.head.dep_ not in {"ccomp", "xcomp"}:
            break
    return chain


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
            outer.code = content_code(family, cameo(inner.code).type)
    return [t for t in triggers if t.token.i not in removed]


def _recode(trigger: Trigger, mood: Modality) -> tuple[str, str]:
    """Intent to cooperate is AGREE, refusing to cooperate is REJECT, a stated intent to use force is THREATEN."""
    entry = cameo(trigger.code)
    if mood.negated and (mood.intent or mood.hypothetical) and entry.type in COOPERATIVE_TYPES:
        return content_code("REJECT", entry.type), "+refusal"
    if mood.gift_purpose and entry.type in COOPERATIVE_TYPES:
        return GIFT_CODE, "+gift"
    if mood.demand and entry.type not in CONTENT_TYPES:
        return content_code("REQUEST_DEMAND", entry.type), "+demand"
    if mood.mobilize and entry.type == "ASSAULT":
        return "150", "+mobilize"
    if mood.intent and entry.type in COOPERATIVE_TYPES and entry.type != "AGREE":
        return content_code("AGREE", entry.type), "+intent"
    if mood.threat and entry.type in HOSTILE_TYPES:
        return content_code("THREATEN", entry.type), "+threat"
    return trigger.code, ""


def _by_protesters(code: str, source: Token | None) -> str:
    """Violence or force used by demonstrators is a violent protest (riot), whatever its verb."""
    data = load_yaml("patterns.yaml")
    if source is None or code not in data["crowd_violence_codes"]:
        return code
    return data["violent_protest_code"] if source.lemma_.lower() in data["protester_words"] else code


def _own_side(speaker: Token | None, source: Token | None, ctx: SentenceContext) -> bool:
    """The speaker announces what its own side will do: "it" / "we" as the actor, or both of one country."""
    if speaker is None or source is None:
        return False
    if source.pos_ == "PRON":
        return True
    said_by, done_by = ctx.resolver.resolve(speaker), ctx.resolver.resolve(source)
    return _coded(said_by) and _coded(done_by) and said_by.code[:3] == done_by.code[:3]


def _describes_noun(token: Token) -> bool:
    """A participle that only identifies a noun ("the mayor, jailed a year ago, was freed", "civilians held for
    protesting") tells who someone is, not a new event; with its agent ("troops trained by Russia") it is one."""
    if reduced_relative(token) or _prenominal_participle(token):
        return True
    participle = token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"}  # the tagger reads some as past tense
    if not participle or agent_of(token) is not None or own_subject(token) is not None:
        return False
    return not misparsed_predicate(token)


def _prenominal_participle(token: Token) -> bool:
    """"the released prisoners", "a convicted rapist", "assisted suicide": a participle before its noun names a
    state the noun is in, not a new event (a possessive before it marks the parser's misreading of a main verb,
    "its army encircled Kyiv", which stays an event)."""
    if token.dep_ != "amod" or token.tag_ not in {"VBN", "VBD"} or token.i > token.head.i:
        return False
    return not any(c.dep_ == "poss" and c.i < token.i for c in token.head.children)


def _is_sport(sentence: Span) -> bool:
    data = load_yaml("nonevents.yaml")
    hits = sum(1 for t in sentence if t.lemma_.lower() in data["sports_lemmas"])
    return hits >= data["sports_min_hits"]


def _abstract(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in load_yaml("nonevents.yaml")["abstract_targets"]


def _evidence(trigger: Token, source: ActorRef | None, target: ActorRef | None, sentence: Span) -> tuple[int, int]:
    start, end = trigger.idx, trigger.idx + len(trigger)
    for ref in (source, target):
        if ref is not None and ref.start is not None and sentence.start_char <= ref.start < sentence.end_char:
            start, end = min(start, ref.start), max(end, ref.end)
    return start, end


def _same_actor(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is not None and b is not None and a.start == b.start and a.end == b.end


def _coded(ref: ActorRef | None) -> bool:
    return ref is not None and names_actor(ref.code)


def _domestic_country(event_type: str, source: ActorRef | None) -> str | None:
    """Repression is done by a state to its own people: the country-less target of a domestic type ("police
    prevented students") belongs to its source's country when the sentence names several."""
    if event_type not in load_yaml("patterns.yaml")["domestic_types"] or not _coded(source):
        return None
    return source.code[:3] if is_country(source.code[:3]) else None


def _as_government(target: ActorRef | None, trigger: Trigger) -> ActorRef | None:
    """A place visited stands for its government (`place_target` patterns: "visited Moscow" -> RUSGOV)."""
    if not trigger.pattern.get("place_target") or target is None or not target.code or len(target.code) != 3:
        return target
    if not is_country(target.code):
        return target
    return ActorRef(target.text, target.code + "GOV", target.canonical, target.start, target.end)


def _resolve_source(token: Token | None, ctx: SentenceContext) -> ActorRef | None:
    source = ctx.resolver.resolve(token)
    if token is not None and not _coded(source) and token.pos_ != "PRON":
        source = ctx.resolver.resolve_inside(token) or source
    return source


def _resolve_target(token: Token, ctx: SentenceContext) -> ActorRef | None:
    ref = ctx.resolver.resolve(token)
    return ref if _coded(ref) else ctx.resolver.displaced_from(token) or ref


def choose_target(candidates: list[Token], source: ActorRef | None, ctx: SentenceContext) -> ActorRef | None:
    """The first candidate naming an actor other than the source (a phrase coded exactly as the source, such
    as "their meeting with X", comes last); else an actor named inside a candidate; else the first as written."""
    refs = [ref for ref in (_resolve_target(t, ctx) for t in candidates) if not _same_actor(ref, source)]
    refs += [ref for ref in (ctx.resolver.resolve_inside(t) for t in candidates) if ref is not None]
    coded = [ref for ref in refs if _coded(ref) and not _same_actor(ref, source)]
    other = [ref for ref in coded if source is None or ref.code != source.code]
    if coded:
        return (other or coded)[0]
    return refs[0] if refs else None


def _target_token(candidates: list[Token], target: ActorRef | None) -> Token | None:
    """The candidate the chosen target was read from: its head word lies in the target's span, else its phrase
    holds the target ("Trump's record"); else the first."""
    if target is not None and target.start is not None:
        heads = [t for t in candidates if target.start <= t.idx < target.end]
        phrases = [t for t in candidates if t.left_edge.idx <= target.start <= t.right_edge.idx]
        if heads or phrases:
            return (heads or phrases)[0]
    return candidates[0] if candidates else None


def _unless_force(trigger: Trigger, target_token: Token | None, source_tok: Token | None,
                  sides: tuple[ActorRef | None, ActorRef | None], entry: CameoCode, cue: str) -> tuple[str, str]:
    """An assault the text shows to be words or a police search is recoded (figurative.recode_assault)."""
    if cue or entry.type != "ASSAULT":
        return entry.code, cue
    return recode_assault(trigger, target_token, source_tok, *sides) or (entry.code, cue)


def _sources(source_tok: Token | None, source: ActorRef | None, ctx: SentenceContext) -> list[ActorRef | None]:
    """The source and the other members of its coordination, each a distinct actor."""
    heads, modifiers = coordinated(source_tok)
    found = [source]
    extra = [ctx.placed(_resolve_source(t, ctx), ctx.country) for t in heads]
    extra += [ctx.resolver.resolve_modifier(t, source) for t in modifiers]
    if modifiers and _coded(source):
        found = []  # the head's code mixes its modifiers: each modifier gives its own actor
    for ref in extra:
        if _coded(ref) and all(ref.code != other.code for other in found if other is not None):
            found.append(ref)
    return found or [source]


def code_trigger(trigger: Trigger, ctx: SentenceContext) -> list[Event]:
    """The trigger's event, one per coordinated source actor ("Russia and Belarus attacked ..."); coordinated
    sources of a mutual act without a target of their own are each other's targets ("Brazil and the US held
    talks"); co-protesters or co-attackers are not."""
    if _describes_noun(trigger.token):
        return []
    mood = modality(trigger.token)
    if mood.opinion:
        return []
    code, cue = _recode(trigger, mood)
    source_tok, _ = arguments(trigger)
    if cue == "+demand":  # the one who must act is the target of the demand; the speaker makes it
        source_tok, candidates = mood.speaker, [source_tok] if source_tok is not None else []
    else:
        candidates = target_candidates(trigger)
    entry = cameo(_by_protesters(code, source_tok))
    if entry.type in HOSTILE_TYPES and _abstract(candidates[0] if candidates else None):
        return []
    if not cue and mood.announced and entry.type in HOSTILE_TYPES and _own_side(mood.speaker, source_tok, ctx):
        code, cue = content_code("THREATEN", entry.type), "+threat"
        entry = cameo(code)
    bare_source = _resolve_source(source_tok, ctx)
    target = choose_target(candidates, ctx.placed(bare_source, ctx.country), ctx)
    source = ctx.placed(bare_source, ctx.country_apart_from(target))
    target = ctx.placed(target, ctx.country or _domestic_country(entry.type, source))
    code, cue = _unless_force(trigger, _target_token(candidates, target), source_tok, (source, target), entry, cue)
    entry = cameo(code)
    if not any(_coded(ref) if trigger.nominal else ref is not None and ref.code for ref in (source, target)):
        return []  # who did what to whom needs a who or a whom: a placed actor, or for a verb at least a sector
    events = _events_between(trigger, ctx, entry.code, cue, mood, _sources(source_tok, source, ctx), target)
    accuser = _accuser(entry.type, cue, mood, source, target, ctx)
    if accuser is not None:
        events.append(_build(trigger, ctx, load_yaml("patterns.yaml")["victim_accusation"]["code"], "+accusation",
                             mood, accuser, source))
    return events


def _events_between(trigger: Trigger, ctx: SentenceContext, code: str, cue: str, mood: Modality,
                    sources: list[ActorRef | None], target: ActorRef | None) -> list[Event]:
    """One event per source; coordinated sources of a mutual act without a target face each other."""
    data = load_yaml("patterns.yaml")
    if len(sources) > 1:  # "French and Egyptian warships launched war games": a joint act is cooperation
        code = data["joint_codes"].get(code, code)
    if len(sources) > 1 and not _coded(target) and _mutual(trigger, code, data["reciprocal_types"]):
        return [_build(trigger, ctx, code, cue, mood, a, b) for a in sources for b in sources if a is not b]
    return [_build(trigger, ctx, code, cue, mood, each, target) for each in sources]


def _mutual(trigger: Trigger, code: str, reciprocal: list[str]) -> bool:
    """A mutual act done with each other: talks, an agreement. What is pledged or intended keeps its own kind
    ("Kuwait and Ireland vowed to deliver funds" is aid each gives, not an agreement between them)."""
    kinds = [cameo(code).type, cameo(trigger.code).type] + [cameo(inner.code).type for inner in trigger.absorbed]
    return all(kind in reciprocal for kind in kinds)


def _accuser(event_type: str, cue: str, mood: Modality, source: ActorRef | None, target: ActorRef | None,
             ctx: SentenceContext) -> ActorRef | None:
    """The speaker who reports a hostile act done to itself by another ("Israel said a mortar bomb was fired at
    it from Gaza") accuses the doer: its word is an accusation besides the act it reports."""
    if mood.speaker is None or cue or mood.negated or mood.hypothetical:
        return None
    if event_type not in load_yaml("patterns.yaml")["victim_accusation"]["types"]:
        return None
    speaker = ctx.placed(ctx.resolver.resolve(mood.speaker), ctx.country)
    if not (_coded(speaker) and _coded(source) and _coded(target)):
        return None
    victim, doer = speaker.code[:3], source.code[:3]
    return speaker if target.code[:3] == victim != doer else None


def _build(trigger: Trigger, ctx: SentenceContext, code: str, cue: str, mood: Modality,
           source: ActorRef | None, target: ActorRef | None) -> Event:
    entry, token = cameo(code), trigger.token
    start, end = _evidence(token, source, target, ctx.sentence)
    if trigger.object_token is not None and trigger.object_token.sent == token.sent:
        start = min(start, trigger.object_token.idx)
        end = max(end, trigger.object_token.idx + len(trigger.object_token))
    # where the trigger's own clause happened, not the clause its actors' span happens to be rooted in
    place, location, how = context.place_for(ctx.document, ctx.parsed, token.idx, token.idx + len(token), token)
    if not _coded(target) and how == "clause":
        target = place_actor(place, location, target)
    if how == "clause":
        source, target = ethnic_group(source, place), ethnic_group(target, place)
    target = _as_government(target, trigger)
    date, date_source = context.date_for(ctx.document, ctx.parsed, start, end, ctx.anchors)
    mode = trigger.pattern.get("mode") if code == trigger.code else None
    kind = "noun" if trigger.nominal else "verb"
    negated, hypothetical = _polarity(mood, cue)
    return Event(
        type=entry.type, evidence=(start, end), mode=mode or entry.mode, cameo=entry.code, quad=entry.quad,
        goldstein=entry.goldstein, source=source, target=target, negated=negated, hypothetical=hypothetical,
        reported_by=context.reporter(ctx.document, start, end, mood.speaker), location=location, place=place,
        date=date, date_source=date_source, trigger=(token.idx, token.idx + len(token)), sentence=ctx.index,
        confidence=0.8 if trigger.nominal else 0.9, rule=f"{kind}:{trigger.lemma}->{trigger.code}{cue}")


def _polarity(mood: Modality, cue: str) -> tuple[bool, bool]:
    """A refusal or a demand is itself a real, positive act; an intent or a threat is not yet done."""
    if cue in {"+refusal", "+demand"}:
        return False, False
    return mood.negated, mood.hypothetical or cue in {"+intent", "+threat"}


def _in_background(token: Token) -> bool:
    """The trigger sits in a time clause or phrase ("after X attacked", "following talks") or in a relative
    clause describing someone or somewhere ("Serbia, where 24 people were killed")."""
    markers = load_yaml("nonevents.yaml")["background_markers"]
    for word in [token] + list(token.ancestors):
        if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers for c in word.children):
            return True
        if word.dep_ in {"pobj", "pcomp"} and word.head.lower_ in markers:
            return True
        if word.dep_ == "relcl":  # "the group that has seized parts of Iraq", "Serbia, where X happened"
            return True
    return False


def code_sentence(ctx: SentenceContext) -> list[Event]:
    """The sentence's events; background ones only when the sentence reports nothing else."""
    sport = _is_sport(ctx.sentence)
    dropped = set(load_yaml("nonevents.yaml")["sport_dropped_types"]) if sport else set()
    main, background = [], []
    for trigger in absorb_content(find_triggers(ctx.sentence)):
        found = [e for e in code_trigger(trigger, ctx) if e.type not in dropped]
        (background if _in_background(trigger.token) else main).extend(found)
    return main or background


__all__ = ["SentenceContext", "code_sentence"]
