"""Who a speaker mention is: a light within-article coreference of people and organisations.

"Peskov" -> the latest fuller name it shortens ("Dmitry Peskov"); "he"/"him" -> the person the actors stage
resolved it to, else the most recent person of an agreeing gender (:mod:`eventwire.actors.gender`, shared with the
actors stage) who, for a pronoun outside quotation marks, is not named inside them, or the previous quote's
speaker, or a speaker described and not named ("a WFP official") in its sentence or the one before; "the Kremlin
spokesman" -> the person once introduced as "Kremlin spokesman ..."; "who" -> what the relative clause hangs on;
an organisation, or someone speaking for a person ("a spokeswoman for Hillary Clinton"), is kept as written
("the Kremlin" -> "Kremlin").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from eventwire.actors.context import CountryContext, country_context, placed_code
from eventwire.actors.gender import GENDERED_TITLES, HONORIFIC_GENDER, agrees, honorific_gender, person_gender
from eventwire.actors.mentions import rules
from eventwire.document import UNKNOWN_COUNTRY, Document, Span
from eventwire.quotation_marks import names_across_quotation
from eventwire.quotes.lexicon import lexicon, pronoun_classes
from eventwire.spans import SpanIndex


#: How a name hangs on the word it names: "[Clinton] communication director", "the spokesman, [Dmitry Peskov]".
NAMING_DEPS = {"compound", "appos"}
#: spaCy labels of names that never speak on as "he" or "she".
PLACE_TYPES = {"GPE", "LOC", "FAC", "NORP"}
INDEFINITE_DETERMINERS = {"a", "an"}
#: A speaker described as an object ("campaigned with [a governor] who endorsed him") is seldom the next "he".
OBJECT_DEPS = {"pobj", "dobj", "dative", "attr"}


@dataclass
class Person:
    name: str
    start: int
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    #: a speaker described, not named ("a WFP official"): of unknown gender, "she" may stand for them as well as "he"
    described: bool = False

    def agrees(self, gender: str) -> bool:
        """Whether "he" (``gender`` "m") or "she" ("f") may stand for this person (as
        :func:`eventwire.actors.gender.agrees` says; its prior that an unknown name is a man's is about names, not
        about descriptions)."""
        return agrees(self.gender, gender) or (self.described and self.gender is None)


@dataclass
class PreviousSpeaker:
    """Who spoke the quote before a cue that follows a quotation ('"...," he continued'), and where that
    quotation starts: a name in the sentence before it is nearer than the previous speaker."""

    person: Person
    quotation_start: int


class ActorCodes:
    """The actor code of a speaker or a claim's holder: the actors-stage mention under its phrase (when that stage
    ran), placed in a country when the text gave it none ("Senator Jane Doe said", ``---LEG``): the country its
    sentence names, else the one the article is about, as the events stage places the people it codes."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.actors = SpanIndex(lambda actor: (actor.start, actor.end), document.actors)

    @cached_property
    def countries(self) -> CountryContext:
        """Built only for an article with a speaker or holder coded without a country."""
        return country_context(self.document)

    def code(self, span: Span | None) -> str | None:
        overlapping = self.actors.overlapping(*span) if span is not None else []
        code = overlapping[0].code if overlapping else None
        if not code or not code.startswith(UNKNOWN_COUNTRY):
            return code
        index = self.document.sentence_index(span[0])
        sentence = self.document.sentences[index] if index is not None else None
        in_sentence = self.countries.country_for(sentence.start, sentence.end) if sentence is not None else None
        mention = self.document.text[overlapping[0].start:overlapping[0].end]
        return placed_code(code, in_sentence or self.countries.dominant, mention)


class People:
    """Every person mentioned in the article, in order, with full names, genders and role words."""

    def __init__(self, document: Document, parsed: Doc, quoted: bytearray | None = None) -> None:
        self.document, self.parsed = document, parsed
        #: one byte per character, 1 inside quotation marks (:func:`eventwire.quotation_marks.inside_mask`)
        self.quoted = quoted or bytearray(len(document.text))
        people = [e for e in document.entities if e.label == "PER"]
        starts = [_first_name_start(parsed, e.start, e.end) for e in people]
        names = [document.text[start:e.end] for start, e in zip(starts, people)]
        before = [document.text[max(0, start - 10):start] for start in starts]
        genders = [_mention_gender(text, name) for text, name in zip(before, names)]
        full_names = _full_names(names, genders, [honorific_gender(text) for text in before])
        self.mentions: list[Person] = [self._person(e.start, e.end, name, full)
                                       for e, name, full in zip(people, names, full_names)]
        self.starts = [p.start for p in self.mentions]
        self.entities = SpanIndex(lambda e: (e.start, e.end), document.entities)
        #: "he"/"she" the actors stage resolved (to a person it codes), by where the pronoun starts
        self.resolved_pronouns = {a.start: a.canonical for a in document.actors if a.kind == "pronoun"}
        #: speakers described, not named, in text order (:meth:`speaker_person` adds them as quotes are resolved)
        self.described: list[Person] = []

    def _person(self, start: int, end: int, name: str, full_name: str) -> Person:
        person = Person(full_name, start)
        span = self.parsed.char_span(start, end, alignment_mode="expand")
        if span is not None:
            person.roles = _role_words(span)
        text_before = self.document.text[max(0, start - 10):start]
        person.gender = person_gender(text_before, " ".join([*sorted(person.roles), name]), person.name)
        return person

    def resolve(self, token: Token, phrase: tuple[int, int], previous_speaker: PreviousSpeaker | None = None) -> str:
        """The resolved name for the speaker phrase whose head is ``token`` (``previous_speaker``: see
        :meth:`_pronoun_antecedent`)."""
        phrase = _without_relative_clause(self.parsed, phrase, token)
        start, end = self.parsed[phrase[0]].idx, self.parsed[phrase[1] - 1].idx + len(self.parsed[phrase[1] - 1])
        named = self._named(start, end, token)
        if named:
            return named
        kind = pronoun_classes().get(token.lower_)
        if kind in ("male", "female") and token.idx in self.resolved_pronouns:  # one reading with the speaker's code
            return self.resolved_pronouns[token.idx]
        if kind in ("male", "female"):
            gender = kind[0]  # "m" / "f", as eventwire.actors.gender writes it
            person = self._pronoun_antecedent(token, gender, previous_speaker)
            if person is not None:
                person.gender = person.gender or gender
                return person.name
        if kind == "relative" and (antecedent := described_noun(token)) is not None:
            return self.resolve(antecedent, (antecedent.left_edge.i, antecedent.i + 1))
        if token.pos_ == "NOUN":
            person = self._recent(token.idx, lambda p: token.lemma_.lower() in p.roles)
            if person is not None:
                return person.name
        return _without_determiner(self.document.text[start:end].strip(" ,;:\"“”«»"))

    def _pronoun_antecedent(self, pronoun: Token, gender: str,
                            previous_speaker: PreviousSpeaker | None) -> Person | None:
        """The most recent agreeing person; for a pronoun outside quotation marks never one named inside them
        (:func:`~eventwire.quotation_marks.names_across_quotation`, the rule the actors stage follows too). The
        previous quote's speaker, when of an agreeing gender, goes on talking ('X said, "...". "...," he
        continued') unless someone else, and not them, is named since the sentence before the quotation."""
        def heard(person: Person) -> bool:
            return not names_across_quotation(self.quoted, pronoun.idx, person.start)

        found = self._recent(pronoun.idx, lambda p: agrees(p.gender, gender) and heard(p))
        found = self._nearer_description(pronoun.idx, gender, found) or found
        if previous_speaker is None or not previous_speaker.person.agrees(gender):
            return found
        previous = previous_speaker.person
        nearby_start = self._sentence_before(previous_speaker.quotation_start)
        named_again = self._recent(pronoun.idx, lambda p: p.name == previous.name and heard(p))
        if found is None or found.start < nearby_start or (named_again and named_again.start >= nearby_start):
            return previous
        return found

    def _nearer_description(self, offset: int, gender: str, named: Person | None) -> Person | None:
        """The latest speaker described, not named, in the sentence of ``offset`` or the one before, when no
        agreeing name came after them: in '"...," a WFP official said. She said ...' she is the official."""
        index = bisect_left([p.start for p in self.described], offset)
        nearby_start = self._sentence_before(offset)
        for person in reversed(self.described[:index]):
            if person.start < nearby_start:
                return None
            if person.agrees(gender) and not names_across_quotation(self.quoted, offset, person.start):
                return person if named is None or named.start < person.start else None
        return None

    def _sentence_before(self, offset: int) -> int:
        """Where the sentence before the one at ``offset`` starts."""
        index = self.document.sentence_index(offset) or 0
        return self.document.sentences[max(index - 1, 0)].start if self.document.sentences else 0

    def speaker_person(self, name: str, head: Token) -> Person | None:
        """The person a speaker phrase with head ``head`` was resolved to as ``name`` (a mention of a known gender
        if any); another name, one the recogniser missed or called an organisation ("Bozell says"), is a person of
        unknown gender; a place or a common noun is nobody who goes on talking."""
        named = [p for p in self.mentions if p.name == name]
        if named:
            return next((p for p in named if p.gender), named[0])
        gender = person_gender(self.document.text[max(0, head.idx - 10):head.idx], name, name)
        if head.pos_ == "PROPN" and head.ent_type_ not in PLACE_TYPES:
            return Person(name, head.idx, gender)
        if _describes_person(head):
            person = Person(name, head.idx, gender, described=True)
            self.described.insert(bisect_left([p.start for p in self.described], person.start), person)
            return person
        return None

    def _named(self, start: int, end: int, head: Token) -> str | None:
        """The name the phrase's head is part of, else a person naming the head ("Clinton communication director
        Jennifer Palmieri" is Palmieri, "the spokesman, Dmitry Peskov" Peskov), never one the head only belongs to
        ("a spokeswoman for Hillary Clinton", "Gary Johnson's doctor": the phrase is kept as written)."""
        entities = sorted(self.entities.overlapping(start, end), key=lambda e: not e.start <= head.idx < e.end)
        for entity in entities:
            inside = entity.start <= head.idx < entity.end
            if entity.label == "PER" and (inside or self._names_head(entity, head)):
                index = bisect_left(self.starts, entity.start)
                return self.mentions[index].name if index < len(self.mentions) else entity.text
            if inside:
                return entity.text
        return None

    def _names_head(self, entity, head: Token) -> bool:
        """Whether the entity is the head's name: linked to it by compounds and appositions only, either way."""
        span = self.parsed.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None:
            return False
        return _linked_by_naming(span.root, head) or _linked_by_naming(head, span.root)

    def _recent(self, before: int, compatible) -> Person | None:
        index = bisect_left(self.starts, before)
        for person in reversed(self.mentions[:index]):
            if compatible(person):
                return person
        return None


def _describes_person(head: Token) -> bool:
    """Someone introduced by their role and not named: an indefinite singular noun ("a WFP official", "an aide";
    "the Vermont senator" is mostly someone named before) whose word is a title (``titles`` in data/lexicon.yaml)
    or one of the actors stage's role words (``organisation_titles``, gendered titles)."""
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in head.children)
    return (indefinite and head.tag_ == "NN" and not head.ent_type_ and head.dep_ not in OBJECT_DEPS
            and head.lemma_.lower() in role_nouns())


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Words naming someone by their role, from the word lists the quotes and actors stages already keep."""
    actor_rules = rules()
    return frozenset(lexicon()["titles"]).union(actor_rules["organisation_titles"],
                                                *(actor_rules[titles] for titles in GENDERED_TITLES.values()))


def described_noun(relative: Token) -> Token | None:
    """The word a relative pronoun's clause describes, past clauses conjoined to the first one: in "a teacher,
    who runs the club and who coaches the team, said ...", both "who" stand for "teacher"."""
    clause = relative.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.head if clause != relative and clause.head != clause else None


def _linked_by_naming(token: Token, head: Token) -> bool:
    """Whether ``token`` reaches ``head`` climbing compounds and appositions ("director" -> "Palmieri")."""
    while token != head and token.dep_ in NAMING_DEPS and token.head != token:
        token = token.head
    return token == head


def _shortens(words: list[str], fuller_words: list[str]) -> bool:
    """Whether a name whose given words are ``fuller_words`` is the one of ``words`` with more of it ("Peskov",
    "Dena Grayson", "Justice Kennedy" of "Dmitry Peskov", "Dena Minning Grayson", "Anthony M. Kennedy"): its words
    in order, titles aside. "Jane Sanders" is not "Bernie Sanders", though both end in "Sanders"."""
    remaining = iter(fuller_words)
    return len(fuller_words) > len(words) and all(word in remaining for word in words)


def _given_words(name: str) -> list[str]:
    """The words of a name without its titles ("Senator Kowalski" -> ["kowalski"])."""
    return [word for word in name.lower().split() if word not in _not_names()]


def _full_names(names: list[str], genders: list[str | None], honorifics: list[str | None]) -> list[str]:
    """The full name each mention stands for: the latest fuller name before it that it shortens ("Johnson" after
    "Jeh Johnson", though a "Gary Johnson" came first), else the fullest one after it (a headline's "Peskov"). Of
    the other gender it is only a last resort: "Mrs. Clinton" is not the "Bill Clinton" named last when a "Hillary
    Clinton" came first (``genders``: by honorific, else first name), and never one an opposite honorific names
    ("Mr. Clinton" is not the "Mrs. Clinton" before him; ``honorifics``). A first name only guesses a gender, so
    "Mr. Graham" is still "Lindsey Graham" when no other Graham came."""
    given = [_given_words(name) for name in names]
    full: list[str] = []
    full_genders: list[str | None] = []  # a mention's gender, else the one of the name it was resolved to

    def resolved(index: int, compatible) -> tuple[str, str | None] | None:
        before = next((j for j in reversed(range(index)) if compatible(j) and (
            names[j] == names[index] or _shortens(given[index], given[j]))), None)
        if before is not None:
            return full[before], full_genders[before]
        after = sorted((j for j in range(index + 1, len(names)) if compatible(j) and _shortens(given[index], given[j])),
                       key=lambda j: -len(given[j]))
        return (names[after[0]], genders[after[0]]) if after else None

    for index, gender in enumerate(genders):
        name, other = (resolved(index, lambda j: _same_gender(gender, full_genders[j] if j < index else genders[j]))
                       or resolved(index, lambda j: _same_gender(honorifics[index], honorifics[j]))
                       or (names[index], None))
        full.append(name)
        full_genders.append(gender or other)
    return full


def _mention_gender(text_before: str, name: str) -> str | None:
    """A name's gender by its honorific ("Mrs. Clinton") or its first name ("Bill Clinton"); a lone surname's word
    is no first name ("Clinton" says nothing, though some men are called Clinton)."""
    if len(_given_words(name)) < 2:
        return honorific_gender(text_before)
    return person_gender(text_before, name, name)


def _same_gender(gender: str | None, other: str | None) -> bool:
    """Whether two mentions may be one person as far as their genders tell (None: unknown, either)."""
    return gender is None or other is None or gender == other


def _first_name_start(parsed: Doc, start: int, end: int) -> int:
    """Take in first names the recogniser left out ("Dmitry" in "Dmitry Peskov"), but not titles."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    first = span.start
    titles = _not_names()
    while first > 0:
        word = parsed[first - 1]
        if word.pos_ != "PROPN" or not word.is_title or word.lower_ in titles or word.ent_type_ not in ("", "PERSON"):
            break
        first -= 1
    return parsed[first].idx if first < span.start else start


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    honorifics = {form for word in HONORIFIC_GENDER for form in (word, word + ".")}  # "Mrs", "Mrs."
    return frozenset(lexicon()["titles"]) | honorifics


def _role_words(span) -> set[str]:
    """Common nouns the name was introduced with: "Kremlin spokesman Dmitry Peskov", "Lukashenko, a close ally"."""
    root = span.root
    words = {t.lemma_.lower() for t in root.children if t.dep_ in ("compound", "amod", "appos") and t.pos_ == "NOUN"}
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        words.add(root.head.lemma_.lower())
    for child in root.children:
        if child.dep_ == "compound" and child.i < span.start:
            words.update(t.lemma_.lower() for t in child.subtree if t.pos_ == "NOUN")
    left = span.start - 1
    while left >= 0 and span.doc[left].pos_ in ("NOUN", "PROPN") and span.doc[left].ent_type_ != "PERSON":
        if span.doc[left].pos_ == "NOUN":
            words.add(span.doc[left].lemma_.lower())
        left -= 1
    return words


def _without_relative_clause(parsed: Doc, phrase: tuple[int, int], head: Token) -> tuple[int, int]:
    """The phrase without a relative clause after its head: PolNeAR's speaker span of "a woman who claimed ..."
    ends with "who", and "a woman who lives nearby said ..." holds the clause, but the speaker is "woman"."""
    start, end = phrase
    for clause in head.children:
        if clause.dep_ == "relcl" and clause.i > head.i:
            end = min(end, clause.left_edge.i)
    while end - 1 > max(start, head.i) and parsed[end - 1].is_punct:
        end -= 1
    return start, max(end, head.i + 1)


def _without_determiner(phrase: str) -> str:
    words = phrase.split()
    if len(words) > 1 and words[0].lower() in lexicon()["determiners"]:
        words = words[1:]
    return " ".join(words)
