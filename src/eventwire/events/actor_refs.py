"""Turn an argument token into an :class:`ActorRef` using the actors stage, with a country fallback.

The actors stage (``document.actors``) knows names, descriptions and pronouns; when it is absent or has not
coded a mention, pronouns take the nearest earlier person (he/his) or group/country (they/its), and other
phrases go to the small country coder in :mod:`eventwire.events.actors_fallback`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from operator import itemgetter
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from eventwire.actors.context import (CountryContext, alpha3, country_context, is_country, legislature_countries,
                                      placed_code, surname_country)
from eventwire.actors.kb import COUNTRY_ID, PERSON_ID, KnowledgeBase, kb_of
from eventwire.actors.mentions import rules, work_title_spans
from eventwire.document import UNKNOWN_COUNTRY, ActorMention, ActorRef, Document, Place, Quote
from eventwire.events.actors_fallback import (code_of, country_of, sector_of, sector_only_code,
                                               without_misread_sector)
from eventwire.events.arguments import phrase_span
from eventwire.events.codebook import HOSTILE_TYPES, cameo, load_yaml
from eventwire.events.triggers import CLAUSE_DEPS, NOT_PERSON_ENTITIES, patterns, struck_city, venue_words
from eventwire.quotation_marks import quoted_mask
from eventwire.spans import SpanIndex, start_end

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
GROUP_PRONOUNS = {"they", "them", "their", "it", "its", "theirs"}
#: First-person objects: in what someone says they are the speaker's side.
SPEAKER_OBJECT_PRONOUNS = {"us", "me"}
#: CAMEO's sector of private persons: civilians, individuals or groups acting for no state or organisation.
PRIVATE_SECTOR = "CVL"
#: Words beside a person's name that say nothing of a role: "Neither Johnson", "a 34-year-old Jo Reyes".
NOT_ROLE_WORDS = frozenset({"neither", "nor", "both", "either", "s", "year", "years", "old", "mr", "mrs", "ms",
                            "miss", "him", "hers", "i", "me", "we", "us", "them"})
#: Kinds of actors-stage mention that stand for one actor of its own (a titled person, "he"), unlike a sector noun.
INDIVIDUAL_KINDS = {"name", "pronoun"}
#: Tags of a plural noun, and the places in a clause where a group a later "they" stands for is named.
PLURAL_NOUN_TAGS = {"NNS", "NNPS"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
#: The CAMEO sector of a political party.
PARTY_SECTOR = "PTY"
#: What joins two people's names in a list: "and", a comma, or both, then any capitalised words of a title the
#: second mention may not hold ("Merkel and Finance Minister Wolfgang Schaeuble").
_JOINED_NAMES = re.compile(r"\s*(?:,|,?\s*and)\s+(?:[A-Z][\w.-]*\s+)*")
#: What ends a phrase: the clauses hung on it, and the comma closing a relative clause ("The senator, who
#: criticized Obama, ..." is no longer than "The senator").
PHRASE_ENDING_DEPS = CLAUSE_DEPS | {"punct"}


def _actors_helper():
    try:
        from eventwire.actors import actor_at
    except ImportError:
        return None
    return actor_at


class ActorResolver:
    """Resolves argument tokens of one document to actors."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.actor_at = _actors_helper()
        self.individuals: set[tuple[int, int]] = set()  # spans resolved to one person or named body
        self.persons: set[tuple[int, int]] = set()  # spans resolved to a person by name (either stage)
        # individuals described by an apposition ("Ted Ash, co-founder of X") or named by a surname of the knowledge
        # base's newsmakers ("Sanders", "Mitt Romney"): in some role no dictionary codes (see private_person)
        self.uncoded_roles: set[tuple[int, int]] = set()
        self._coded_by_sentence: dict[tuple[int, bool, bool], list] = {}  # see _coded_antecedents
        # pronouns for a person no dictionary codes, with the phrase naming that person ("Chairman Jo Reyes ... he")
        self.antecedents: dict[tuple[int, int], ActorRef] = {}
        self._speakers_resolving: set[int] = set()  # quote speakers being resolved for a first-person pronoun

    @cached_property
    def _spoken_words(self) -> SpanIndex[tuple[tuple[int, int], Quote]]:
        """The contents (each part of a split one) of the quotes the quotes stage gave a speaker."""
        return SpanIndex(itemgetter(0), ((part, quote) for quote in self.document.quotes if quote.speaker
                                  for part in quote.content_parts or [quote.content]))

    @cached_property
    def _inside_quotation_marks(self) -> bytes:
        return quoted_mask(self.document.text)

    @cached_property
    def actor_index(self) -> SpanIndex[ActorMention]:
        return SpanIndex(start_end, self.document.actors)

    @cached_property
    def entity_index(self) -> SpanIndex:
        return SpanIndex(start_end, self.document.entities)

    @cached_property
    def kb(self) -> KnowledgeBase:
        """The knowledge base the actors stage coded the document with (the user's actors file included)."""
        return kb_of(self.document)

    @cached_property
    def countries(self) -> CountryContext:
        return country_context(self.document)

    def mention(self, start: int, end: int, head: int | None = None) -> ActorMention | None:
        """The actor mention for a phrase: the one covering its head word, else the one nearest the head."""
        overlapping = self.actor_index.overlapping(start, end)
        if head is not None:
            covering = [a for a in overlapping if a.start <= head < a.end]
            return min(covering, key=lambda a: a.end - a.start) if covering else None
        if self.actor_at is not None:
            found = self.actor_at(self.document, start, end)
            if found is not None:
                return found
        return min(overlapping, key=lambda a: (a.start, -a.end)) if overlapping else None

    def resolve(self, token: Token | None) -> ActorRef | None:
        if token is None:
            return None
        start, end = (token.idx, token.idx + len(token)) if token.pos_ == "PRON" else phrase_span(token)
        text = self.document.text[start:end]
        found = self.mention(start, end, token.idx)
        if found is not None:
            if found.kind in INDIVIDUAL_KINDS:
                self.individuals.add((start, end))
            if (found.actor_id or "").startswith(PERSON_ID):
                self.persons.add((start, end))
            code = without_misread_sector(found.code, self.document.text[found.start:found.end])
            return ActorRef(text, self._as_placed(code, found.start, found.end), found.canonical, start, end)
        if token.pos_ == "PRON":
            return self._antecedent(token, text, start, end)
        if _venue_spans(token):  # "the Geneva talks" are no Swiss actor
            return ActorRef(text, None, None, start, end)
        unnamed = self._without_person_name(text, start)
        code = self._as_placed(code_of(unnamed), start, end) or self._anaphoric_country(unnamed, start) \
            or self._party(unnamed, token) or self._owners_sector(token, sector_only_code(unnamed)
                                                                   or self._appositive_sector(token))
        code = self._placed_by_geo(code, unnamed, start, end)
        leader = _leader(token) if code is None else None
        if leader is not None:  # "a coalition led by Saudi Arabia" is the Saudis' act
            code = self.resolve(leader).code
        newsmaker = code is None and text == token.text and _known_surname(token, self.kb)
        if code is None and (self._person_word(token) or newsmaker):
            self.individuals.add((start, end))  # "Bruce Ash", whom no actor dictionary knows, is still someone
            if self.names_person(token.idx) or newsmaker:
                self.persons.add((start, end))
            described = any(c.dep_ == "appos" and not c.like_num for c in token.children)  # "Ash, co-founder of X"
            if described or surname_country(token.text, self.kb):
                self.uncoded_roles.add((start, end))  # "Ash, a senator", "Mitt Romney": some office, not a civilian
        return ActorRef(text, code, None, start, end)

    def people_in_one_phrase(self, ref: ActorRef | None) -> list[ActorRef]:
        """The people named in a phrase the parser read as one noun phrase although "and" or a comma joins their
        names ("Donald Trump and House Speaker Paul Ryan" headed by Ryan), each as an actor; none for one person."""
        if ref is None or ref.start is None:
            return []
        people = [m for m in self.actor_index.overlapping(ref.start, ref.end)
                  if m.end <= ref.end and self._names_someone(m)]  # "Barack" may hang elsewhere
        people.sort(key=lambda m: m.start)
        if len(people) < 2 or not all(_JOINED_NAMES.fullmatch(self.document.text, before.end, after.start)
                                      for before, after in zip(people, people[1:])):
            return []
        self.persons.update((m.start, m.end) for m in people)
        return [ActorRef(self.document.text[m.start:m.end], m.code, m.canonical, m.start, m.end) for m in people]

    def _names_someone(self, mention: ActorMention) -> bool:
        """A mention of a person: a curated one, or one whose name the entities stage tags (Phoenix people)."""
        return (mention.actor_id or "").startswith(PERSON_ID) or self.names_person(mention.end - 1)

    def _party(self, text: str, head: Token) -> str | None:
        """A party named without its country ("Republicans", "Republican senators") in an article about that
        country: its country with the phrase's sector, else PTY (``CountryContext.party_country``); its leaders,
        officials and spokesmen are the party's (`party_officer_words`). A party's name before a word for a thing
        names no member ("the Democratic nomination", "the GOP tax plan")."""
        country = self.countries.party_country(text)
        if country is None or not (_names_people(head) or self.countries.party_country(head.text)):
            return None
        if head.lower_ in load_yaml("fallback_actors.yaml")["party_officer_words"]:  # "the Republican leader"
            return country + PARTY_SECTOR
        return country + (sector_of(text) or PARTY_SECTOR)

    def _owners_sector(self, token: Token, code: str | None) -> str | None:
        """A sector without a country owned by a pronoun takes its owner's country: "the Uzbek leader said his
        government ..." is UZBGOV. Armed men of a sector any country may have (`stateless_sectors`: rebels,
        militants) are their owner's own when it is such a group: a Hamas spokesman's "our fighters" are Hamas."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if code is None or owner is None:
            return code
        owners = self.resolve(owner)
        stateless = rules()["stateless_sectors"]
        if owners.code and code[len(UNKNOWN_COUNTRY):] in stateless and owners.code[3:6] in stateless:
            return owners.code
        country = owners.code[:3] if owners.code and is_country(owners.code[:3]) else None
        return placed_code(code, country)

    def _appositive_sector(self, token: Token) -> str | None:
        """The sector an appositive gives a head no dictionary knows: "the Upper Nile People's Movement, a rebel
        group active near ..." is ---REB (the appositive's own noun phrase, not what it says around it)."""
        appositive = next((c for c in token.children if c.dep_ == "appos"), None)
        if appositive is None or _office_of_private_body(appositive):
            return None
        start, end = phrase_span(appositive)
        return sector_only_code(self.document.text[start:end])

    @cached_property
    def _person_spans(self) -> tuple[list[int], list[int]]:
        spans = sorted((e.start, e.end) for e in self.document.entities if e.label == "PER")
        return [start for start, _ in spans], [end for _, end in spans]

    def names_person(self, offset: int) -> bool:
        """Whether the word at ``offset`` lies in a person's name the entities stage found."""
        return self._person_name_at(offset) is not None

    def _person_word(self, token: Token) -> bool:
        """Whether the word names people: a person's name the entities stage found (a surname alone included:
        :class:`eventwire.nlp.entities.OneSenseNames`), a name coordinated with a person's ("Smith and Jones" when
        only Jones is tagged), a phrase in apposition to a person's name ("Ronnie Cameron, an Arkansas poultry
        magnate who backed X"), or a word that stands for people named before ("Both were charged",
        `people_words`)."""
        if self.names_person(token.idx) or token.lower_ in load_yaml("fallback_actors.yaml")["people_words"]:
            return True
        if token.dep_ == "appos" and self.names_person(token.head.idx):
            return True
        if token.pos_ != "PROPN" or token.ent_type_ in NOT_PERSON_ENTITIES:
            return False
        return any(self.names_person(c.idx) for c in token.conjuncts)

    def _person_name_at(self, offset: int) -> tuple[int, int] | None:
        """The person's name (entities stage) the word at ``offset`` lies in, found by bisection."""
        starts, ends = self._person_spans
        at = bisect_right(starts, offset) - 1
        return (starts[at], ends[at]) if at >= 0 and offset < ends[at] else None

    def private_person(self, ref: ActorRef) -> bool:
        """Whether an individual no dictionary codes is a private person as far as the text tells: a person's name
        or a pronoun for one, with no title, office, owner or description beside it ("Bruce Ash", not "Chairman
        Bruce Ash", "Ash, co-founder of X", a newsmaker's surname, nor a body such as "Reliance Jio")."""
        span, seen = (ref.start, ref.end), set()
        while span not in seen and (antecedent := self.antecedents.get(span)) is not None:
            seen.add(span)  # "Chairman Jo Reyes ... he": what the name's phrase says (never a loop, bindings or not)
            ref, span = antecedent, (antecedent.start, antecedent.end)
        person = span in self.persons or ref.text.lower() in PERSON_PRONOUNS
        return person and span not in self.uncoded_roles and not self._names_a_role(ref.text, ref.start)

    def _names_a_role(self, text: str, start: int) -> bool:
        """Whether a person's phrase says more than the name: a title, an office or an owner ("Officer Jo Reyes",
        "county transportation director Al Fox"), not an age or a determiner ("Kevin Okoro, 34")."""
        unnamed = _blanked(text, start, self._person_names_in(start, start + len(text)))
        return bool(set(re.findall(r"[a-z]+", unnamed.lower())) - rules()["function_words"] - NOT_ROLE_WORDS)

    def _without_person_name(self, text: str, start: int) -> str:
        """``text`` (found at ``start``) with the person's names and the titles of works in it blanked: a name's
        words place nobody ("Melton Lewis Paris" is no Frenchman, "fans of American Sniper" no Americans:
        ``work_title_spans``), the words around it still do ("Kenyan lawyer John Paris"). A one-word "name" may be
        a place the tagger misread ("its military encircled Kyiv") and is kept."""
        names = [(low, high) for low, high in self._person_names_in(start, start + len(text))
                 if " " in self.document.text[low:high]]
        return _blanked(text, start, names + list(work_title_spans(self.document.text)))

    def _person_names_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of the person's names (entities stage) that overlap ``[start, end)``."""
        starts, ends = self._person_spans
        return [(starts[at], ends[at]) for at in range(max(bisect_right(starts, start) - 1, 0),
                                                       bisect_right(starts, end))]

    def _anaphoric_country(self, text: str, start: int) -> str | None:
        """"the country's opposition leaders": the country last named before, with the phrase's sector."""
        lower, sector = text.lower(), sector_of(text)
        if not sector or not any(anaphor in lower for anaphor in load_yaml("fallback_actors.yaml")["country_anaphors"]):
            return None  # "the nation" alone is the people at large, not an actor
        before = [(end, country) for _, end, country in self.countries.between(0, start) if end <= start]
        return max(before)[1] + sector if before else None

    def country_for(self, ref: ActorRef | None, context: str | None) -> str | None:
        """The country a ``---`` actor takes: the one its context gives (``context``: its sentence's); when the
        context is unclear, an individual the text never places ("Senator Jane Doe", "he") belongs to the
        country the article is about, which a sector noun ("police", "students") does not follow
        (``CountryContext.individual_country``). A legislature only some countries name so ("Congress") is
        that of the one of them the article names most when the context gives another ("Congress imposed sanctions
        on Iran" in an American story)."""
        if context is None and ref is not None and (ref.start, ref.end) in self.individuals:
            return self.countries.individual_country(ref.text)
        if ref is not None and (named_by := legislature_countries(ref.text)) is not None and context not in named_by:
            return self.countries.most_named(named_by) or context
        return None if ref is not None and self._pair_of_countries(ref) else context

    def _pair_of_countries(self, ref: ActorRef) -> bool:
        """Whether a description of two (`pair_descriptions`) stands for actors of two countries the text names
        around it, from the sentence before to the end of its own ("Peru's president met his Chilean counterpart.
        The two presidents agreed ...": no one country is theirs). Otherwise "the two" is a count: "the two
        officers who were killed" in a story about one country are that country's officers."""
        if ref.start is None or not names_pair(ref.text):
            return False
        sentences, at = self.document.sentences, self.document.sentence_index(ref.start)
        begin = sentences[at - 1].start if at else 0
        end = sentences[at].end if at is not None else ref.end
        return len({country for _, _, country in self.countries.between(begin, end)}) > 1

    def resolve_inside(self, token: Token) -> ActorRef | None:
        """An actor named inside a phrase whose head is none: "hundreds of UN troops", "a camp for Congolese
        refugees", "a summit on the unrest in Iran" (the first one, not looking into its clauses)."""
        start, end = _phrase_extent(token)
        venues = _venue_spans(token)  # "the Minsk agreement": Minsk is where it was signed, not an actor of it
        inside = [a for a in self.document.actors if start <= a.start and a.end <= end and a.code
                  and not any(low <= a.start < high for low, high in venues)]
        if inside:
            first = min(inside, key=lambda a: a.start)
            return ActorRef(self.document.text[first.start:first.end], self._as_placed(first.code, first.start,
                                                                                        first.end),
                            first.canonical, first.start, first.end)
        text = _blanked(self._without_person_name(self.document.text[start:end], start), start, venues)
        code = code_of(text)
        if code is None:
            return None
        return ActorRef(self.document.text[start:end], self._placed_code(text, start, end) or code, None, start, end)

    def _placed_code(self, text: str, start: int, end: int) -> str | None:
        """The country of a place the geo stage resolved inside the phrase, with the phrase's sector, over the one
        the fallback coder reads from the words: "voters in Georgia" in a story about Super Tuesday are American,
        as the geo stage read Georgia from its context."""
        country = next(filter(None, map(self.countries.country_of_place, self.countries.places_within(start, end))),
                       None)
        return country + sector_of(text) if country else None

    def _placed_by_geo(self, code: str | None, text: str, start: int, end: int) -> str | None:
        """A phrase the words give no country that names a place the geo stage resolved takes that place's
        country: "the Texas water development board" is American, "Aleppo residents" Syrian; a sector that may come
        from anywhere keeps none ("the Atacama Liberation Front, a rebel group" stays ---REB, see placed_code)."""
        if code and not code.startswith(UNKNOWN_COUNTRY):
            return code
        placed = self._placed_code(text, start, end)
        return placed_code(code, placed[:3]) if code and placed else code or placed

    def _as_placed(self, code: str | None, start: int, end: int) -> str | None:
        """``code`` with the geo stage's country when the words that name its country lie in [start, end) as a
        place the geo stage put in another country on evidence the words lack (``CountryContext.placed_country``)."""
        return self.countries.placed_country(start, end, code[:3]) + code[3:] if code else code

    def displaced_from(self, token: Token) -> ActorRef | None:
        """People driven out of a country are its refugees: "West Africans ordered out of Nigeria", "civilians
        fleeing Syria" (`displacement` in patterns.yaml)."""
        data = load_yaml("patterns.yaml")["displacement"]
        for verb in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in data["verbs"]):
            places = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in data["preps"]
                      for o in prep.subtree if o.dep_ == "pobj"] + [o for o in verb.children if o.dep_ == "dobj"]
            country = next(filter(None, (_country_of_word(p.text) for p in places)), None)
            if country:
                start, end = _phrase_extent(token)
                return ActorRef(self.document.text[start:end], country + data["sector"], None, start, end)
        return None

    def resolve_modifier(self, token: Token, head: ActorRef | None) -> ActorRef | None:
        """One of coordinated modifiers as an actor: "Romanian" in "Hungarian and Romanian officials" is the
        Romanian officials (the head's sector with the modifier's country)."""
        country = _country_of_word(token.text)
        if country is None:
            return None
        sector = head.code[3:] if head is not None and head.code and not head.code.startswith("IGO") else ""
        end = token.idx + len(token)
        return ActorRef(token.text, self._as_placed(country, token.idx, end) + sector, None, token.idx, end)

    def _antecedent(self, token: Token, text: str, start: int, end: int) -> ActorRef:
        """The subject the pronoun is bound to (``_binding_verb``), coded or not, else the nearest earlier actor of the
    right kind, for a pronoun that the actors stage left unresolved."""
        lower = token.lower_
        wants_person = lower in PERSON_PRONOUNS
        speaking = self._quote_speaker(token, text, start, end)
        if speaking is not None:
            return speaking
        if lower in SPEAKER_OBJECT_PRONOUNS:
            return self._speaker_of(token, text, start, end)
        if lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            if lower in load_yaml("fallback_actors.yaml")["people_words"]:
                self.individuals.add((start, end))  # "Both were charged": people named before
            return ActorRef(text, None, None, start, end)
        bound = self.resolve(_bound_subject(token, wants_person))
        if bound is not None and (bound.start, bound.end) in self.individuals:
            self.individuals.add((start, end))  # "Ann Voss said she ...": that one person, coded or not
            self.antecedents[(start, end)] = bound
        if bound is not None and bound.code:
            return ActorRef(text, bound.code, bound.canonical, start, end)
        if bound is not None or _names_thing(token):  # "Both delegations told us they ...": not an earlier actor
            return ActorRef(text, None, None, start, end)
        doer = self.resolve(_harming_doer(token))
        not_owner = doer.code[:3] if doer is not None and doer.code else None
        named = self._nearest_coded_antecedent(token, wants_person, not_owner, self._conjoined_names(token))
        if named is not None:
            self.individuals.add((start, end))
            return ActorRef(text, *named, start, end)
        if wants_person and not _after_anyone(token):
            self.individuals.add((start, end))  # "He accused Clinton of ...": someone, though we cannot say who
            named = self._nearest_named_person(token)
            if named is not None:
                self.antecedents[(start, end)] = named
        return ActorRef(text, None, None, start, end)

    def _quote_speaker(self, pronoun: Token, text: str, start: int, end: int) -> ActorRef | None:
        """In someone's quoted words "I" is the speaker and "we" the side the speaker speaks for ('"We will not
        attack Ukraine," Putin said': Putin's government, as his code says; a spokesman's "our fighters": his
        group's; a resident's "we": private people, placed as the resident is). The speaker is the quotes stage's,
        resolved like any phrase; "we" of a person is not that person (no canonical name: in merging reports it is
        the state or group its code names). In a mixed quote only the words inside quotation marks are the
        speaker's own (`first_person_singular`, `first_person_plural`)."""
        data = load_yaml("fallback_actors.yaml")
        singular = pronoun.lower_ in data["first_person_singular"]
        if not singular and pronoun.lower_ not in data["first_person_plural"]:
            return None
        quote = self._own_words_quote(start)
        if quote is None or quote.speaker[0] in self._speakers_resolving:
            return None
        self._speakers_resolving.add(quote.speaker[0])  # a speaker inside another quote says "I" of itself
        head = _speaker_head(pronoun.doc, quote)
        speaker = self.resolve(head)
        self._speakers_resolving.discard(quote.speaker[0])
        if speaker is None or not (speaker.code or (speaker.start, speaker.end) in self.individuals):
            return None
        if (speaker.start, speaker.end) in self.individuals:
            self.individuals.add((start, end))
            self.antecedents[(start, end)] = speaker
        person = (speaker.start, speaker.end) in self.persons or self.names_person(head.idx)
        return ActorRef(text, speaker.code, speaker.canonical if singular or not person else None, start, end)

    def _own_words_quote(self, offset: int) -> Quote | None:
        """The quote with a speaker whose own words hold the offset: a direct quote, or the words inside quotation
        marks of a mixed or indirect one."""
        return next((quote for _, quote in self._spoken_words.overlapping(offset, offset + 1)
                     if quote.kind == "direct" or self._inside_quotation_marks[offset]), None)

    def quote_speaker_word(self, words: Iterable[Token]) -> Token | None:
        """The head word of the speaker the quotes stage found for the quote in whose own words (`_own_words_quote`)
        one of ``words`` stands: a sentence of a quote that no verb of saying governs ('"X is a liar. He misled us,"
        Y said') or a participle's quoted words ('Y spoke on TV, saying X would be "a better president"') are
        still Y's. A reported clause with no quotation marks is not: the quotes stage may take a colon or a verb of
        seeming for the cue ("Trump appears to be ...")."""
        words = list(words)
        quote = next((q for q in map(self._own_words_quote, (w.idx for w in words)) if q is not None), None)
        return _speaker_head(words[0].doc, quote) if quote is not None else None

    def _nearest_named_person(self, pronoun: Token) -> ActorRef | None:
        """The person's name a he/she no coded phrase stands for continues, as its phrase ("Chairman Jo Reyes"): the
        subject written before the main verb of its sentence or of the one before ("Chairman Jo Reyes spoke ... He
        said"), not one named in passing ("The woman was walking, said Tiara Ellis. She was struck")."""
        own = pronoun.sent
        for sentence in [own, pronoun.doc[own.start - 1].sent] if own.start else [own]:
            root = sentence.root
            subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < root.i < pronoun.i
                        and self.names_person(c.idx)]
            if subjects:
                return self.resolve(subjects[0])
        return None

    def _coded_at(self, start: int, end: int) -> tuple[str, str] | None:
        """The code and name of an earlier phrase a pronoun may stand for, if it has a code (a newsmaker's surname
        alone in an article about the newsmaker's country has it: "... Clinton ... her record" is American; a country's
        name is placed as ``CountryContext.placed_country`` reads it: "Georgia ... it" may be the US state)."""
        found = self.mention(start, end)
        written = self.document.text[start:end]
        code = found.code if found else self._as_placed(code_of(written), start, end) \
            or self._newsmaker_at_home(written) or sector_only_code(written)
        return (code, found.canonical if found else written) if code else None

    def _newsmaker_at_home(self, text: str) -> str | None:
        """The country of a newsmaker's surname written alone (``surname_country``) when the article is about that
        country; elsewhere the sentence's country comes first ("Officials in Accra met Sanders")."""
        country = surname_country(text, self.kb)
        return country if country is not None and country == self.countries.dominant else None

    def _conjoined_names(self, pronoun: Token) -> set[str]:
        """The names of the actors listed with a pronoun ("He and Trump have met"), whom it never stands for."""
        mentions = (self.mention(*phrase_span(word)) for word in pronoun.conjuncts if word.pos_ != "PRON")
        return {found.canonical for found in mentions if found is not None and found.canonical}

    def _nearest_coded_antecedent(self, pronoun: Token, wants_person: bool, not_owner: str | None,
                                  partners: set[str]) -> tuple[str, str] | None:
        """The code and name of the coded phrase an unresolved pronoun stands for: in the nearest sentence (its
        own, up to it, or one before) that holds a coded candidate, the one ``_last_subject_first`` puts first.
        Sentences are walked back one by one and each one's candidates found once, so a long article costs the
        sentences walked, not the whole text per pronoun."""
        sentence, plural = pronoun.sent, pronoun.lower_ not in load_yaml("fallback_actors.yaml")["singular_pronouns"]
        while True:
            coded = {span: named for span, named in self._coded_antecedents(sentence, wants_person, plural)
                     if span[1] <= pronoun.idx and named[0][:3] != not_owner and named[1] not in partners}
            if coded:
                return coded[_last_subject_first(list(coded), pronoun)[0]]
            if sentence.start == 0:
                return None
            sentence = pronoun.doc[sentence.start - 1].sent

    def _coded_antecedents(self, sentence, wants_person: bool,
                           plural: bool) -> list[tuple[tuple[int, int], tuple[str, str]]]:
        """The candidates of one sentence (``_antecedents_in``) that have a code, with it; kept per sentence."""
        key = (sentence.start, wants_person, plural)
        if key not in self._coded_by_sentence:
            self._coded_by_sentence[key] = [(span, named) for span in self._antecedents_in(sentence, wants_person, plural)
                                            if (named := self._coded_at(*span)) is not None]
        return self._coded_by_sentence[key]

    def _antecedents_in(self, sentence, wants_person: bool, plural: bool) -> list[tuple[int, int]]:
        """Spans in ``sentence`` a pronoun after them may stand for, in text order: for they/it the names of groups
        and places, and for a ``plural`` they/their also a plural noun phrase that is a subject or object ("The rebels seized
        Goma. They ..." are the rebels, not Congo: ``_plural_groups_in``); for he/she a person's name, unless the
        actors stage codes it as a country (the tagger may take "Togo" for a person), or a description of one
        person ("Ghana's president ... He praised": `word_sets.people`)."""
        start, end = sentence.start_char, sentence.end_char
        entities = [(e.start, e.end) for e in self.entity_index.overlapping(start, end)
                    if start <= e.start and (e.label == "PER") == wants_person]
        if not wants_person:
            return sorted(set(entities) | set(_plural_groups_in(sentence) if plural else ()))
        people = patterns()["word_sets"]["people"]
        names = [(s, e) for s, e in entities if not self._coded_as_country(s, e)]
        descriptions = [(a.start, a.end) for a in self.actor_index.overlapping(start, end) if start <= a.start
                        and a.kind == "description" and _one_person(sentence.doc.char_span(a.start, a.end), people)]
        return sorted(names + descriptions)

    def _coded_as_country(self, start: int, end: int) -> bool:
        found = self.mention(start, end)
        return found is not None and (found.actor_id or "").startswith(COUNTRY_ID)

    def _speaker_of(self, pronoun: Token, text: str, start: int, end: int) -> ActorRef:
        """"Senator Cole said the governor attacks us": "us" or "me" in what someone says is the speaker's side."""
        speaker = self.resolve(_named_subject(_reporting_verb(pronoun.head)))
        if speaker is None or not speaker.code:
            return ActorRef(text, None, None, start, end)
        if (speaker.start, speaker.end) in self.individuals:
            self.individuals.add((start, end))
        return ActorRef(text, speaker.code, speaker.canonical, start, end)


def _known_surname(token: Token, kb: KnowledgeBase) -> bool:
    """A capitalised word that is a newsmaker's surname names someone, whatever the tagger made of it: "Sanders",
    which spaCy may tag as a plural noun ("sanders") standing bare, with no article or modifier of a common noun,
    or as an organisation; not a word it reads as a place or a date ("May")."""
    bare_noun = token.pos_ == "NOUN" and not any(token.children)
    return (token.pos_ == "PROPN" or bare_noun) and token.ent_type_ not in NOT_PERSON_ENTITIES \
        and surname_country(token.text, kb) is not None


def _leader(token: Token) -> Token | None:
    """Who leads a group the words do not place ("a coalition led by Saudi Arabia", "a small group headed by
    Senator X": `leading_verbs`): the group acts as its leader's side."""
    led = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in load_yaml("fallback_actors.yaml")["leading_verbs"]), None)
    agent = next((c for c in led.children if c.dep_ == "agent"), None) if led is not None else None
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _office_of_private_body(appositive: Token) -> bool:
    """"a former leader of the group", "the chairman of the party": a title (`organisation_titles`) whose "of"
    phrase names a body no state runs (`private_bodies`) is that body's office, no government's."""
    if appositive.lemma_.lower() not in rules()["organisation_titles"]:
        return False
    bodies = load_yaml("fallback_actors.yaml")["private_bodies"]
    return any(o.lemma_.lower() in bodies for prep in appositive.children if prep.dep_ == "prep"
               and prep.lower_ == "of" for o in prep.children if o.dep_ == "pobj")


def _names_people(word: Token) -> bool:
    """Whether a noun stands for people: a plural ("hopefuls"), a word for a person (`word_sets.people`) or a
    name ("RNC Chairman Reince Priebus")."""
    return word.tag_ in PLURAL_NOUN_TAGS or word.pos_ == "PROPN" or \
        word.lemma_.lower() in patterns()["word_sets"]["people"]


def _one_person(span, people: list[str]) -> bool:
    """Whether a phrase's head is one person ("Ghana's president", not "Kenyan nurses")."""
    return span is not None and span.root.tag_ == "NN" and span.root.lemma_.lower() in people


def _after_anyone(pronoun: Token) -> bool:
    """"Somebody that stood with a gun and he's admitted he's killed": a pronoun after an indefinite one in its
    sentence is anyone at all, no one person (`indefinite_persons`)."""
    indefinite = load_yaml("fallback_actors.yaml")["indefinite_persons"]
    return any(word.lower_ in indefinite for word in pronoun.sent if word.i < pronoun.i)


def _names_thing(pronoun: Token) -> bool:
    """An unbound "it" that is no doer - an object ("promised to veto it", "take it seriously") or the subject of
    "be" ("it is to deport them") - stands for a thing or a situation, not the last state named
    (`thing_pronouns`); in what someone says, "it" may be the speaker."""
    if pronoun.lower_ not in load_yaml("patterns.yaml")["thing_pronouns"]:
        return False
    if pronoun.dep_ in {"nsubj", "nsubjpass"}:
        return pronoun.head.lemma_.lower() == "be"
    return not _in_statement(pronoun)  # "Israel said a mortar bomb was fired at it": the speaker speaks of itself


def _in_statement(token: Token) -> bool:
    """Whether the token lies in the content clause of a verb of saying."""
    speech_verbs = load_yaml("modality.yaml")["speech_verbs"]
    return any(clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs for clause in token.ancestors)


def _binding_verb(pronoun: Token) -> Token | None:
    """The verb whose subject a pronoun stands for: the verb of saying of a content clause the pronoun is the
    subject, or the subject's owner, of ("Iran said it would ...", "he said his government would ..."), the verb
    denying an accusation whose content it is the subject of ("Kenya rejected accusations that it had ..."), or the
    verb of an object the pronoun is the possessor of ("forces continued their attacks")."""
    head, cues = pronoun.head, load_yaml("modality.yaml")
    subjects = {"nsubj", "nsubjpass"}
    # the subject of a content clause, or its owner ("X said his government was ready")
    subject = pronoun if pronoun.dep_ in subjects else head if pronoun.dep_ == "poss" and head.dep_ in subjects \
        else None
    if subject is not None and subject.head.dep_ == "ccomp":
        clause = subject.head
        return clause.head if clause.head.lemma_.lower() in cues["speech_verbs"] else None
    claim = head.head
    if pronoun.dep_ in {"nsubj", "nsubjpass"} and head.dep_ == "acl" and claim.dep_ == "dobj" \
            and claim.lemma_.lower() in cues["claim_nouns"] and claim.head.lemma_.lower() in cues["denial_verbs"]:
        return claim.head
    if pronoun.dep_ == "poss" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    return None


def _named_subject(verb: Token | None) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None) if verb else None


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying whose content clause ``verb`` heads ("Ukraine said [troops had shelled ...]")."""
    speech_verbs = load_yaml("modality.yaml")["speech_verbs"]
    return verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in speech_verbs else None


def _harmed_own(verb: Token, pronoun: Token) -> bool:
    """"The rebels said troops had burned their villages": what a hostile verb is done to is not its doer's own
    (unless "own" says so); an event noun owned ("stepped up their attacks") is the doer's."""
    owned = pronoun.head
    if owned.dep_ != "dobj" or owned.lemma_.lower() in patterns()["nouns"] or \
            any(c.lower_ == "own" for c in owned.children):
        return False
    alternatives = patterns()["verbs"].get(verb.lemma_.lower(), [])
    return any(cameo(alt["cameo"]).type in HOSTILE_TYPES for alt in alternatives if "cameo" in alt)


def _harming_doer(pronoun: Token) -> Token | None:
    """The named doer of a hostile verb whose object the pronoun owns ("If Iran attacks, Israel will strike its
    nuclear sites"): the owner is another actor named before, not the one who strikes (``_harmed_own``)."""
    verb = _binding_verb(pronoun)
    doer = _named_subject(verb)
    return doer if doer is not None and _harmed_own(verb, pronoun) else None


def _last_subject_first(spans: list[tuple[int, int]], pronoun: Token) -> list[tuple[int, int]]:
    """Earlier antecedent spans, nearest first, except that in the nearest earlier sentence holding one, the
    subject of its main clause comes first: "Senator Lee met Senator Cole in Accra. He said ..." is Senator Lee,
    the one the text was about, not the nearer name."""
    ordered = list(reversed(spans))
    if not ordered:
        return ordered
    doc = pronoun.doc
    nearest = doc.char_span(*ordered[0], alignment_mode="expand")
    if nearest is None or nearest.sent.start >= pronoun.sent.start:
        return ordered
    sentence = nearest.sent
    subjects = [t for t in sentence.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    in_subject = [(s, e) for s, e in ordered if sentence.start_char <= s < sentence.end_char
                  and any(t.left_edge.idx <= s < t.right_edge.idx + len(t.right_edge) for t in subjects)]
    in_subject.sort(key=lambda span: not any(span[0] <= t.idx < span[1] for t in subjects))  # "Police", not "Nairobi"
    return in_subject[:1] + [span for span in ordered if span not in in_subject[:1]]


def _plural_groups_in(sentence) -> list[tuple[int, int]]:
    """Noun phrases of ``sentence`` headed by a plural noun that is a subject or an object: the groups ("the
    rebels", "police in Nairobi") a later plural pronoun may stand for."""
    heads = (word for word in sentence if word.tag_ in PLURAL_NOUN_TAGS and word.dep_ in ARGUMENT_DEPS)
    return [_phrase_extent(head) for head in heads]


def _agrees_in_number(pronoun: Token, subject: Token) -> bool:
    """"it"/"its" stands for one actor, never for a plural common noun ("troops", "forces") or a coordination; a
    plural name ("the United States", "the Philippines") is one country."""
    if pronoun.lower_ not in load_yaml("fallback_actors.yaml")["singular_pronouns"]:
        return True
    return subject.tag_ != "NNS" and not any(c.dep_ == "conj" for c in subject.children)


def _bound_subject(pronoun: Token, wants_person: bool) -> Token | None:
    """The subject a pronoun is bound to (``_binding_verb``): a person for he/she, a group or a coordination of
    people for it/they."""
    verb = _binding_verb(pronoun)
    speaker = _named_subject(verb)
    if speaker is not None and (not _agrees_in_number(pronoun, speaker) or _harmed_own(verb, pronoun)):
        # "Ukraine said Russian troops had shelled its border posts": not the troops, the one who says so
        reporter = _named_subject(_reporting_verb(verb))
        if reporter is not None and _agrees_in_number(pronoun, reporter):
            speaker = reporter
        elif _harmed_own(verb, pronoun):
            return None  # "Israel will strike its sites": someone named before owns them (``_harming_doer``)
    if speaker is None:
        return None
    named_person = speaker.ent_type_ == "PERSON"
    if wants_person:  # "Smith said he", "the minister said she"
        return speaker if named_person or (speaker.tag_ == "NN" and not speaker.ent_type_) else None
    plural_people = named_person and any(c.dep_ == "conj" for c in speaker.children) and \
        pronoun.lower_ in {"they", "their"}
    return speaker if not named_person or plural_people else None


def _country_of_word(word: str) -> str | None:
    """A country from a name or demonym, by the actors knowledge base when installed ("Cypriot")."""
    try:
        from eventwire.actors import resolve_phrase
    except ImportError:
        return country_of(word)
    found = resolve_phrase(word)
    return found[0][:3] if found and not found[0].startswith("IGO") else country_of(word)


def _speaker_head(doc: Doc, quote: Quote) -> Token | None:
    """The head word of the speaker phrase the quotes stage gave a quote."""
    words = doc.char_span(*quote.speaker, alignment_mode="expand")
    return words.root if words is not None else None


def _venue_spans(noun: Token) -> list[tuple[int, int]]:
    """The characters of the city a meeting, an agreement (:func:`venue_words`) or an attack (:func:`struck_city`)
    is named after: "the Paris attacks" as a phrase is no French actor."""
    struck = struck_city(noun)
    words = venue_words(noun) + (list(struck.subtree) if struck is not None else [])
    return [(w.idx, w.idx + len(w)) for w in words]


def _phrase_extent(token: Token) -> tuple[int, int]:
    """Characters of ``token``'s subtree without the clauses attached to it."""
    kept = [token]
    stack = _phrase_children(token)
    while stack:
        word = stack.pop()
        kept.append(word)
        stack.extend(_phrase_children(word))
    first, last = min(kept, key=lambda t: t.i), max(kept, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def _phrase_children(word: Token) -> list[Token]:
    """The dependents of ``word`` that still name who the phrase is: no clauses, no phrase saying where it is
    (`whereabouts_preps`: "rebels near the Ethiopian border") or what it is compared with (`comparison_preps`: "more
    people than Bush"), and of an appositive only its own noun phrase ("X, a rebel group active near ..." is a rebel
    group, whatever lies near it)."""
    beside_the_point = _phrase_ending_preps()
    children = [c for c in word.children if c.dep_ not in PHRASE_ENDING_DEPS
                and not (c.dep_ == "prep" and c.lower_ in beside_the_point)]
    if word.dep_ == "appos":
        start, end = phrase_span(word)
        children = [c for c in children if start <= c.idx < end or c.dep_ == "appos"]  # a further appositive
    return children


@lru_cache(maxsize=1)
def _phrase_ending_preps() -> frozenset[str]:
    data = load_yaml("patterns.yaml")
    return frozenset(data["whereabouts_preps"] + data["comparison_preps"])


def place_actor(place: Place | None, name: str | None, target: ActorRef | None) -> ActorRef | None:
    """The country of the event's place as its target when the text names none ("met in Zurich"); a target
    phrase with a sector but no country ("civilians", ---CVL) keeps its words and takes the place's country, unless
    its sector may come from anywhere (rebels, see placed_code)."""
    country = alpha3(place.country) if place is not None and place.country else None
    code = country or country_of(name or "")
    if code is None:
        return target
    if target is not None and target.code:
        return ActorRef(target.text, placed_code(target.code, code, target.text), target.canonical, target.start,
                        target.end)
    if place is None:
        return ActorRef(name or "", code, None, None, None)
    return ActorRef(place.text or place.name, code, place.name, place.start, place.end)


def names_pair(text: str) -> bool:
    """Whether a mention describes two actors named before ("the two presidents", "both leaders"), which no one
    country stands for."""
    words = text.lower().split()
    return any(words[:len(opening.split())] == opening.split() and len(words) > len(opening.split())
               for opening in load_yaml("fallback_actors.yaml")["pair_descriptions"])


def _blanked(text: str, start: int, spans: list[tuple[int, int]]) -> str:
    """``text`` (found at ``start``) with the characters under ``spans`` (offsets in the document) blanked."""
    end, chars = start + len(text), list(text)
    for span_start, span_end in spans:
        low, high = max(span_start, start) - start, min(span_end, end) - start
        if low < high:
            chars[low:high] = " " * (high - low)
    return "".join(chars)


def with_country(ref: ActorRef | None, country: str | None, individual: bool = False,
                 private: bool = False) -> ActorRef | None:
    """A sector actor without a country (---EDU) given the country its context names; so is an individual no
    dictionary codes: a ``private`` person as a civilian (CAMEO's CVL: "Bruce Ash" -> USACVL; a country's code
    alone is the state), one in a role we cannot code with the country alone ("Chairman Bruce Ash", a newsmaker's
    surname "Sanders" -> USA)."""
    if ref is not None and ref.code is None and individual and country:
        return ActorRef(ref.text, country + (PRIVATE_SECTOR if private else ""), ref.canonical or ref.text,
                        ref.start, ref.end)
    code = placed_code(ref.code, country, ref.text) if ref is not None else None
    return ref if ref is None or code == ref.code else ActorRef(ref.text, code, ref.canonical, ref.start, ref.end)


def ethnic_group(ref: ActorRef | None, place: Place | None) -> ActorRef | None:
    """An ethnic group ("ethnic Albanians") acting in a country is that country's civilians."""
    country = alpha3(place.country) if place is not None and place.country else None
    markers = load_yaml("fallback_actors.yaml")["ethnic_markers"]
    if ref is None or country is None or not ref.code or not any(m in ref.text.lower().split() for m in markers):
        return ref
    return ActorRef(ref.text, country + PRIVATE_SECTOR, ref.canonical, ref.start, ref.end)

