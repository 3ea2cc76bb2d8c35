"""Who did it and to whom: the sentence's context for placing actors, and the choice of source and target among
the argument tokens (``arguments.py`` finds the tokens; this module turns them into coded actors)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from eventwire.document import ActorRef, Document
from eventwire.actors.context import covers, is_country
from eventwire.events.actor_refs import ActorResolver, with_country
from eventwire.events.actors_fallback import names_actor
from eventwire.events.arguments import coordinated, names_no_agent, thing_maker
from eventwire.events.codebook import load_yaml
from eventwire.events.context import Surroundings
from eventwire.events.triggers import Trigger


@dataclass
class SentenceContext:
    document: Document
    parsed: Doc
    sentence: Span
    index: int
    resolver: ActorResolver
    surroundings: Surroundings  # the article's places, dates and quotes, indexed for each event's questions

    @cached_property
    def country(self) -> str | None:
        """The country this sentence's sector nouns ("police", "students") belong to: the sentence's, else the
        article's, else its paragraph's (``CountryContext.country_for``)."""
        return self.country_apart_from(None)

    def country_apart_from(self, other_side: ActorRef | None) -> str | None:
        """The sentence's country for one side of an event, not counting the countries the other side names."""
        start, end = self.sentence.start_char, self.sentence.end_char
        return self.resolver.countries.country_for(start, end, other_side, self.paragraph)

    def statement_country(self, speaker: Token | None, other_side: ActorRef | None) -> str | None:
        """The country of one side of an event in what an actor says, when the sentence names several: the one
        country named outside the other side and outside the speaker's own words, unless the speaker is of another
        ("A ministry spokeswoman told a briefing in Beijing that the coast guard ... blamed Manila": the coast
        guard is Chinese). Naming the speaker says nothing of whose the clause's sector is: in "The US said
        troops attacked a Ukrainian village" the troops are nobody's we know."""
        said_by = self.resolver.resolve(speaker)
        if said_by is None or not said_by.code:
            return None
        named = {country for at, _, country in self.resolver.countries.between(self.sentence.start_char,
                                                                              self.sentence.end_char)
                 if not covers(other_side, at) and not covers(said_by, at)}
        own = said_by.code[:3]
        return named.pop() if len(named) == 1 and (not is_country(own) or own in named) else None

    @cached_property
    def paragraph(self) -> tuple[int, int]:
        """The paragraph holding the sentence (the sentence itself when the text has none around it)."""
        start = self.sentence.start_char
        paragraphs = self.document.paragraphs
        at = bisect_right(paragraphs, start, key=lambda paragraph: paragraph[0]) - 1
        if at >= 0 and start < paragraphs[at][1]:
            return paragraphs[at][0], max(paragraphs[at][1], self.sentence.end_char)
        return start, self.sentence.end_char

    def placed(self, ref: ActorRef | None, country: str | None) -> ActorRef | None:
        """The one place an argument coded without a country (``---LEG``, ``---CVL``) gets one from its context:
        ``country``, else for an individual the article's country (see ActorResolver.country_for)."""
        individual = self.names_individual(ref)
        return with_country(ref, self.resolver.country_for(ref, country), individual,
                            individual and self.resolver.private_person(ref))

    def names_individual(self, ref: ActorRef | None) -> bool:
        """A person or a named body the text names, coded or not ("Bruce Ash", "he" bound to him)."""
        return ref is not None and (ref.start, ref.end) in self.resolver.individuals

    def names_known_person(self, ref: ActorRef | None) -> bool:
        """A person by name, coded by the actors stage ("Rubio") or found by the entities stage ("Bruce Ash"), not
        a country or a body."""
        return ref is not None and (ref.start, ref.end) in self.resolver.persons

    def acts(self, ref: ActorRef | None) -> bool:
        """An actor: one with a code, or an individual, whose country a text that places nobody cannot give."""
        return ref is not None and (bool(ref.code) or self.names_individual(ref))


def same_actor(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is not None and b is not None and a.start == b.start and a.end == b.end


def is_coded(ref: ActorRef | None) -> bool:
    return ref is not None and names_actor(ref.code)


def domestic_country(event_type: str, source: ActorRef | None, target: ActorRef | None = None) -> str | None:
    """Repression is done by a state to its own people: the country-less target of a domestic type ("police
    prevented students") belongs to its source's country when the sentence names several. So does "the
    government" that a country's own people or bodies outside its state address (`home_government`: "Israeli
    lawmakers called on the government")."""
    if not is_coded(source) or not is_country(source.code[:3]):
        return None
    data = load_yaml("patterns.yaml")
    home = data["home_government"]
    addresses_own_government = target is not None and target.code is not None \
        and target.code[3:] in home["government"] and source.code[3:6] in home["sources"]
    return source.code[:3] if event_type in data["domestic_types"] or addresses_own_government else None


def as_government(target: ActorRef | None, trigger: Trigger) -> ActorRef | None:
    """A place visited stands for its government (`place_target` patterns: "visited Moscow" -> RUSGOV)."""
    if not trigger.pattern.get("place_target") or target is None or not target.code or len(target.code) != 3:
        return target
    if not is_country(target.code):
        return target
    return ActorRef(target.text, target.code + "GOV", target.canonical, target.start, target.end)


def resolve_source(token: Token | None, ctx: SentenceContext) -> ActorRef | None:
    """The actor a source token names; a thing ("the measures", "the bill") or a lone demonstrative is no actor
    and stands for its maker when the text names one (``arguments.thing_maker``), else for nobody."""
    token = _subject_described(token)
    source = ctx.resolver.resolve(token)
    if token is None or is_coded(source):
        return source
    if not source.code and names_no_agent(token):
        maker = thing_maker(token)
        found = resolve_source(maker, ctx) if maker is not None else None
        if found is None or maker.sent == token.sent:
            return found
        # named sentences before: the thing's words stand for its maker, as a pronoun does for its antecedent
        return ActorRef(source.text, found.code, found.canonical or found.text, source.start, source.end)
    if token.pos_ != "PRON":
        inside = ctx.resolver.resolve_inside(token)
        source = source if _described_by_other_person(token, inside, ctx) else inside or source
    return source


def _subject_described(token: Token | None) -> Token | None:
    """What a predicate noun is said of: "Trump is a serial liar who has pledged to ban X" - the liar who pledged is
    Trump, and so is each noun listed with it ("a liar, a racist and a birther who ...")."""
    predicate = token
    while predicate is not None and predicate.dep_ == "conj":
        predicate = predicate.head
    if predicate is None or predicate.dep_ != "attr" or predicate.head.lemma_ != "be":
        return token
    verb = predicate.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "X incites violence and is a liar who ..."
    return next((c for v in verbs for c in v.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), token)


def _described_by_other_person(token: Token, inside: ActorRef | None, ctx: SentenceContext) -> bool:
    """"Corey Lewandowski, Donald Trump's campaign manager, ripped X": a named person acts, not the person their
    apposition describes them by (an apposition that opens a list, "Ben Carson, Ted Cruz and Rand Paul", names
    more actors instead)."""
    if inside is None or inside.start is None or not ctx.resolver.names_person(token.idx):
        return False
    in_apposition = any(a.left_edge.idx <= inside.start <= a.right_edge.idx for a in token.children
                        if a.dep_ == "appos" and not any(c.dep_ == "conj" for c in a.children))  # no list
    return in_apposition and ctx.resolver.names_person(inside.start)


def _resolve_target(token: Token, ctx: SentenceContext) -> ActorRef | None:
    ref = ctx.resolver.resolve(token)
    return ref if is_coded(ref) else ctx.resolver.displaced_from(token) or ref


def choose_target(candidates: list[Token], source: ActorRef | None, ctx: SentenceContext) -> ActorRef | None:
    """The first candidate naming an actor other than the source (one coded exactly as the source, such as "their
    meeting with X", or the source's own people, "withdrew its troops from X", comes last, unless it is another
    actor of the same kind, `_same_kind`: "Democrats blasted Republicans"); else an actor named inside a candidate;
    else the first that names an individual ("denounced her record": her, whom the article may place); else the
    first as written."""
    pairs = [(t, ref) for t in candidates if not same_actor(ref := _resolve_target(t, ctx), source)]
    pairs += [(t, ref) for t in candidates if (ref := ctx.resolver.resolve_inside(t)) is not None]
    coded = [(t, ref) for t, ref in pairs if is_coded(ref) and not same_actor(ref, source)]
    other = [ref for t, ref in coded if source is None or (ref.code != source.code or _same_kind(t, ref))
             and not _own_people(t, ref, source)]
    if coded:
        return (other or [ref for _, ref in coded])[0]
    individuals = [ref for _, ref in pairs if ctx.names_individual(ref) and _someone_else(ref, source, ctx)]
    return (individuals or [ref for _, ref in pairs] or [None])[0]


def _same_kind(token: Token, ref: ActorRef) -> bool:
    """Whether a candidate coded exactly as the source is another actor of its kind: a name or a noun with a
    sector ("Democrats blasted Republicans": USAPTY both), not a pronoun or a phrase it owns, which may stand for
    the source ("their meeting with X"), nor a bare country, most often the source's own."""
    pronoun = token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
    return not pronoun and bool(ref.code[3:])  # a sector after the country's three letters


def _someone_else(ref: ActorRef, source: ActorRef | None, ctx: SentenceContext) -> bool:
    """Whether an individual is one the actors stage knows (by name, or a pronoun it bound to a name) and not the
    source: "Bob Kessler discussed his book" is about nobody else."""
    found = ctx.resolver.mention(ref.start, ref.end)
    if found is None or not found.actor_id or same_actor(ref, source):
        return False
    own = ctx.resolver.mention(source.start, source.end) if source is not None and source.start is not None else None
    return own is None or own.actor_id != found.actor_id


def _own_people(token: Token, ref: ActorRef, source: ActorRef) -> bool:
    """"Syria withdrew its troops", "Britain recalled its ambassador": what the source does with its own people
    (a possessive pronoun, the same country) is how it acts, not whom it acts on. A possessive that is itself the
    target stands for another actor when of another sector: "the opposition demanded his resignation" asks the
    president (OPP, GOV); "Mali recalled its ambassador" (MLI, MLIGOV) does not."""
    owner = next((t for t in (token, *token.children) if t.dep_ == "poss" and t.pos_ == "PRON"), None)
    if owner is None or not is_coded(source) or ref.code[:3] != source.code[:3]:
        return False
    pronoun_itself = (ref.start, ref.end) == (owner.idx, owner.idx + len(owner))
    sectors = {ref.code[3:6], source.code[3:6]}
    return not pronoun_itself or len(sectors) == 1 or "" in sectors


def asks_own_people(verb: Token, source: ActorRef | None, target: ActorRef | None) -> bool:
    """"Trump asked his people to look into it", "urged her staff to ...": what a source asks of its own people
    (the verb's object, owned by a pronoun of the source) is an instruction inside one actor, no appeal from one
    actor to another."""
    addressee = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if addressee is None or not is_coded(target) or target.start is None:
        return False
    inside = addressee.left_edge.idx <= target.start <= addressee.right_edge.idx
    return inside and _own_people(addressee, target, source)


def target_token_of(candidates: list[Token], target: ActorRef | None) -> Token | None:
    """The candidate the chosen target was read from: its head word lies in the target's span, else its phrase
    holds the target ("Trump's record"); else the first."""
    if target is not None and target.start is not None:
        heads = [t for t in candidates if target.start <= t.idx < target.end]
        phrases = [t for t in candidates if t.left_edge.idx <= target.start <= t.right_edge.idx]
        if heads or phrases:
            return (heads or phrases)[0]
    return candidates[0] if candidates else None


def coordinated_sources(source_tok: Token | None, source: ActorRef | None,
                        ctx: SentenceContext) -> list[ActorRef | None]:
    """The source and the other members of its coordination, each a distinct actor (a sector alone counts: ---REB;
    people of one country are each their own: "Trump and Ryan"), also when the parser read the list as one phrase
    (``ActorResolver.people_in_one_phrase``)."""
    heads, modifiers = coordinated(source_tok)
    found = [source]
    extra = [ctx.placed(resolve_source(t, ctx), ctx.country) for t in heads]
    extra += [ctx.resolver.resolve_modifier(t, source) for t in modifiers]
    people = ctx.resolver.people_in_one_phrase(source)
    if people or modifiers and is_coded(source):
        found = []  # the head's code mixes its modifiers, or the phrase lists people: each gives its own actor
    extra += people
    for ref in extra:
        if ref is not None and ref.code and all(_other_actor(ref, other, ctx) for other in found if other is not None):
            found.append(ref)
    return found or [source]


def coordinated_targets(target_tok: Token | None, target: ActorRef | None, sources: list[ActorRef | None],
                        ctx: SentenceContext) -> list[ActorRef | None]:
    """The target and the actors listed with it as heads of its coordination ("met with Putin and Merkel",
    "attacked Ukraine and Georgia"): the act is done to each, as coordinated sources each do it. Only a coded
    target's list ("and" conjuncts), each a distinct actor and none a source; a phrase's modifiers or apposition
    ("the ambitions of three hopefuls: X, Y and Z") are no list of targets."""
    if target_tok is None or not is_coded(target):
        return [target]
    found = [target]
    for ref in (ctx.placed(resolve_source(word, ctx), ctx.country) for word in target_tok.conjuncts):
        if is_coded(ref) and all(_other_actor(ref, other, ctx) for other in found + sources if other is not None):
            found.append(ref)
    return found


def _other_actor(ref: ActorRef, other: ActorRef, ctx: SentenceContext) -> bool:
    """Whether two coordinated actors are two: of different codes, or people the text names by different names."""
    if ref.code != other.code:
        return True
    return all(ctx.names_known_person(each) for each in (ref, other)) and \
        (ref.canonical or ref.text) != (other.canonical or other.text)


__all__ = ["SentenceContext", "as_government", "asks_own_people", "choose_target", "coordinated_sources",
           "coordinated_targets",
           "domestic_country", "is_coded", "resolve_source", "same_actor", "target_token_of"]
