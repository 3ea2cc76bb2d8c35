"""Find actor phrases in text and compose them into coded mentions.

Phrases from the knowledge base are matched on one tokenisation (``kb.TOKEN``), longest first. Adjacent pieces
then combine the way news writes actors: an owner (country, demonym, organisation, "its"), sector words and
titles ("foreign ministry", "President"), and a name: "Belarusian President Alexander Lukashenko",
"China's foreign ministry", "Kremlin spokesman Dmitry Peskov", "its military".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from eventwire.actors.kb import DATA, TOKEN, Actor, KnowledgeBase, Term

NAME_KINDS = {"person", "org", "phoenix", "user", "country", "demonym", "capital", "place"}
POSSESSIVE_OWNERS = {"its", "their"}
#: The possessive clitic, which spaCy sometimes takes into a person's name ("Marta Lindqvist's" as one PERSON).
POSSESSIVE_MARKS = ("'s", "’s")
PLACE_KINDS = {"country", "demonym", "capital", "place"}


@lru_cache(maxsize=1)
def rules() -> dict[str, frozenset[str] | dict]:
    """Word lists from data/rules.yaml: title modifiers, function words, place heads, metonym verbs; a table of
    words (`national_sector_senses`) stays a table."""
    data = yaml.safe_load((DATA / "rules.yaml").read_text(encoding="utf-8"))
    return {key: words if isinstance(words, dict) else frozenset(str(w) for w in words)
            for key, words in data.items()}


def phrase_spans(text: str, phrases: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``phrases`` (lower case, from ``rules()``) stand whole in ``text``, in any case, a curly apostrophe
    read as a straight one ("the state’s")."""
    return [found.span() for found in _phrase_pattern(phrases).finditer(text.replace("\u2019", "'"))]


@lru_cache(maxsize=8)
def us_office_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names an office only the United States has (`us_offices`: "the district attorney",
    "sheriff's deputies"). Found once per article: the actors stage counts them as marks of a US state ("Georgia"
    the state) and :class:`~eventwire.actors.context.CountryContext` as mentions of the United States."""
    return tuple(phrase_spans(text, rules()["us_offices"]))


def local_mark_countries(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO alpha-3) of each mark of one country's local news in ``text`` (`local_marks`: a UK phone
    number, a US "hundred block"): evidence of the country for an article that names none."""
    marks = (entry.split(" ", 1) for entry in rules()["local_marks"])
    return sorted((m.start(), m.end(), country) for country, pattern in marks
                  for m in re.finditer(pattern, text, re.IGNORECASE))


@lru_cache(maxsize=None)
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern:
    longest_first = "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{longest_first})(?!\w)", re.IGNORECASE)


#: A phrase in quotation marks: curly, double, or single straight ones not inside a word ("Kenya's").
QUOTED = re.compile(r"(?:(?<!\w)[\u2018\u201c\"]|(?<![\w'\u2019])')([^\u2018\u2019\u201c\u201d\"\n.!?;]{2,80}?),?"
                    r"[\u2019\u201d\"'](?!\w)")
#: At most so many words in a title found by its quotation marks or by the word for a work before it.
TITLE_WORDS = 10


@lru_cache(maxsize=8)
def work_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names a work (a film, book, song, show) or a slogan by its title: a phrase of two or more
    words in title case in quotation marks ("‘American Sniper’"), every other place the article writes that
    phrase ("his performance in American Sniper"), and title-case words right after a word for a work (`work_nouns`:
    "the film American Sniper"). A country or a person inside a title is part of a name, no actor. Found once per
    article, for the actors stage and the events stage's fallback coder."""
    quoted = {found.group(1).strip() for found in QUOTED.finditer(text) if _title_case(found.group(1).split())}
    spans = {(found.start(), found.end()) for title in quoted
             for found in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text)}
    for found in _work_noun_pattern().finditer(text):
        words = found.group(1).split()
        while words and words[-1] in rules()["title_small_words"]:
            words.pop()
        if words:
            spans.add((found.start(1), found.start(1) + len(" ".join(words))))
    return tuple(sorted(spans))


def _title_case(words: list[str]) -> bool:
    """Two to ``TITLE_WORDS`` words, each capitalised except the small words of titles ("Game of Thrones")."""
    small = rules()["title_small_words"]
    return 2 <= len(words) <= TITLE_WORDS and words[0][:1].isupper() and words[-1].lower() not in small \
        and all(word[:1].isupper() or word[:1].isdigit() or word in small for word in words)


@lru_cache(maxsize=1)
def _work_noun_pattern() -> re.Pattern:
    """A word for a work after a determiner or a possessive, then title-case words: "the film American Sniper",
    "Cooper's movie Red Dawn" (not "polls show Kenyan troops")."""
    nouns, small = ("|".join(sorted(rules()[key], key=len, reverse=True)) for key in ("work_nouns", "title_small_words"))
    title_word = r"(?:[A-Z][\w'\u2019-]*|\d+)"
    return re.compile(rf"(?:\b(?:the|a|an|his|her|their|its|this|new|latest)|['\u2019]s) (?:TV |television )?"
                      rf"(?:{nouns}) ({title_word}(?: (?:{title_word}|{small})){{0,{TITLE_WORDS - 1}}})(?!\w)")


def outside_titles(text: str, toks: list[Tok], atoms: list[Atom]) -> list[Atom]:
    """``atoms`` without those inside the title of a work (``work_title_spans``: "‘American Sniper’" is no
    American), unless every capitalised word of the title is an actor phrase: a quoted "‘Islamic State’" or
    "‘Kenyan Government’" is the actor itself."""
    titles = work_title_spans(text)
    if not titles:
        return atoms
    in_atoms = {toks[k].start for atom in atoms for k in range(atom.start, atom.end)}
    small = rules()["title_small_words"]

    def title_of(atom: Atom) -> tuple[int, int] | None:
        start, end = toks[atom.start].start, toks[atom.end - 1].end
        return next(((low, high) for low, high in titles if low <= start and end <= high), None)

    def names_more(title: tuple[int, int]) -> bool:
        return any(title[0] <= tok.start < title[1] and tok.text[:1].isupper() and tok.start not in in_atoms
                   and tok.text.lower() not in small for tok in toks)

    return [atom for atom in atoms if (title := title_of(atom)) is None or not names_more(title)]


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    pos: str = ""  # coarse POS when a parse is available
    dep: str = ""
    head_lemma: str = ""  # lemma of the syntactic head: the verb a subject belongs to
    head_start: int = -1  # where the syntactic head starts (-1 without a parse)
    # where the verb starts whose subject the head shares: the head itself, or for a conjunct verb without a subject
    # of its own the first conjunct ("Trump met Cruz and praised him": "met")
    clause_start: int = -1
    person: bool = False  # inside a spaCy PERSON entity
    inside_org: bool = False  # inside a spaCy ORG entity, after a capitalised word of it ("Upper [Nile] People's")


@dataclass
class Atom:
    start: int  # token index
    end: int  # exclusive
    term: Term  # the best reading
    options: list[Term] = field(default_factory=list)  # every reading that fits, best first

    def as_sector(self) -> Atom | None:
        """"National Security Council" after "Ukraine's" is Ukraine's council, not the US one of that name."""
        term = next((t for t in self.options if t.kind in ("sector", "agent")), None)
        return Atom(self.start, self.end, term, self.options) if term else None


@dataclass
class Chunk:
    """A composed phrase, before codes are decided: the pieces it was made of."""

    start: int
    end: int
    owner: Atom | None = None
    owner_pronoun: int | None = None  # token index of "its"/"their"
    sectors: list[Atom] = field(default_factory=list)
    person: Atom | None = None
    person_span: tuple[int, int] | None = None  # tokens of a name the knowledge base does not know
    qualified: bool = False  # words or further sectors qualify the title: "Deputy Foreign Minister", "Parliament President"
    title_start: int = 0  # first token after the owner


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def find_atoms(kb: KnowledgeBase, toks: list[Tok]) -> list[Atom]:
    """Longest knowledge-base phrases, left to right, whose case fits (proper names need a capital).

    Places are found too, even where they cannot be actors themselves: "New Jersey" must not leave "Jersey"
    to be read as the island, and "Texas Sen. Ted Cruz" is a legislator of the country Texas belongs to.
    """
    atoms: list[Atom] = []
    initials = {k for k, tok in enumerate(toks) if _middle_initial(tok)}
    i = 0
    while i < len(toks):
        if toks[i].text.lower() not in kb.index:  # most words start no phrase: skip the call
            i += 1
            continue
        best = _longest_phrase(kb, toks, i, False)
        if i + 1 in initials or i + 2 in initials:
            without_initials = _longest_phrase(kb, toks, i, True)
            if without_initials is not None and (best is None or without_initials.end > best.end):
                best = without_initials
        if best is None:
            i += 1
            continue
        atoms.append(best)
        i = best.end
    return atoms


def _longest_phrase(kb: KnowledgeBase, toks: list[Tok], i: int, skip_initials: bool) -> Atom | None:
    """The longest knowledge-base phrase starting at ``toks[i]``; with ``skip_initials``, a person's name read
    without its middle initials ("John R. Kasich" is John Kasich)."""
    best, node = None, kb.index
    for j in range(i, len(toks)):
        if skip_initials and j > i and _middle_initial(toks[j]):
            continue
        node = node.get(toks[j].text.lower())
        if node is None:
            break
        words = [t for t in toks[i:j + 1] if not (skip_initials and _middle_initial(t))]
        options = [t for t in _fitting_terms(node.get(None, []), words)
                   if not _part_of_name(t, toks, i, j) and not _first_name(t, toks, i, j) and not _regional(t, toks, i)
                   and not _relative_of(kb, t, toks, i, j) and (t.kind in ("person", "phoenix") or not skip_initials)]
        if options:
            best = Atom(i, j + 1, options[0], options)
    return best


def _regional(term: Term, toks: list[Tok], first: int) -> bool:
    """"Central American", "Latin American": a demonym that the word before makes a region's (`regional_demonyms`)."""
    return term.kind in PLACE_KINDS and first > 0 and \
        f"{toks[first - 1].text.lower()} {toks[first].text.lower()}" in rules()["regional_demonyms"]


def _middle_initial(tok: Tok) -> bool:
    """An initial inside a person's name, which the knowledge base's spellings may leave out."""
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."


def _part_of_name(term: Term, toks: list[Tok], first: int, last: int) -> bool:
    """"Michael Jordan", "Paris Hilton", "Murray's" (Senator Patty Murray): a place word inside a person's name
    that spaCy recognised is no place (a country only when the name runs on beyond it). Nor is a town or landmark
    inside an organisation's name that begins before it: "Upper Nile People's Movement" is no Egyptian group."""
    if term.kind == "place" and toks[first].inside_org:
        return True
    if term.kind not in PLACE_KINDS or not all(t.person for t in toks[first:last + 1]):
        return False
    runs_on = first > 0 and toks[first - 1].person or last + 1 < len(toks) and toks[last + 1].person
    return runs_on or term.kind == "place"


def _relative_of(kb: KnowledgeBase, term: Term, toks: list[Tok], first: int, last: int) -> bool:
    """"Eric Trump", "Melania Trump": a known person's surname alias after another first name is someone else of
    that family ("Tayyip Erdoğan" is Recep Tayyip Erdogan: his own names are no other first name)."""
    if term.kind not in ("person", "phoenix") or first != last:
        return False
    actor = kb.actors.get(term.value)
    return after_other_first_name(toks, first, actor.canonical if actor else "")


def after_other_first_name(toks: list[Tok], index: int, name: str) -> bool:
    """A capitalised word that spaCy reads as part of the same person's name, and that is none of ``name``'s
    words, stands before ``toks[index]``."""
    if index == 0 or not toks[index].person:
        return False
    before = toks[index - 1]
    return before.person and before.text.isalpha() and before.text[:1].isupper() and before.end < toks[index].start \
        and before.text.lower() not in rules()["honorific_words"] and before.text.lower() not in name.lower().split()


def _first_name(term: Term, toks: list[Tok], first: int, last: int) -> bool:
    """"Clerk Dean Johnson": a title word that is often a first name (rules.yaml), inside a name spaCy tagged as
    a person that runs on after it, is the first name."""
    if term.kind not in ("sector", "agent") or first != last or last + 1 >= len(toks):
        return False
    return toks[first].person and toks[last + 1].person and toks[first].text.lower() in rules()["title_first_names"]


def _fitting_terms(terms: list[Term], toks: list[Tok]) -> list[Term]:
    return [term for term in terms if _fits(term, toks)]


def _fits(term: Term, toks: list[Tok]) -> bool:
    """Proper names need a capital (acronyms all capitals, names spelt with one a capital first); sector words
    must be nouns when parsed."""
    if term.exact_case and not all(c.isupper() for c in "".join(t.text for t in toks) if c.isalpha()):
        return False
    if term.kind in NAME_KINDS and not any(t.text[:1].isupper() for t in toks):
        return False
    if term.capitalised and not toks[0].text[:1].isupper():
        return False
    if term.kind == "phoenix" and any(t.text.islower() and len(t.text) > 3 for t in toks):
        return False  # Phoenix names carry no case: only a title-cased phrase is a name ("Islamic group" is not)
    if term.kind in ("sector", "agent") and toks[-1].pos == "ADJ" and toks[-1].text.lower() != "military":
        return False
    if term.kind == "agent" and len(toks) == 1 and toks[0].text.lower() in rules()["title_modifiers"]:
        return False  # "Deputy Foreign Minister": a modifier of the title, not a Phoenix agent of its own
    return True


def is_owner(kb: KnowledgeBase, atom: Atom, toks: list[Tok]) -> bool:
    kind = atom.term.kind
    if kind == "demonym":
        return True
    if kind in ("country", "capital", "place"):
        return _text(toks, atom.end) in POSSESSIVE_MARKS
    return kind in ("org", "user", "phoenix") and _actor(kb, atom).kind == "org"


def is_person(kb: KnowledgeBase, atom: Atom) -> bool:
    return atom.term.kind in ("person", "user", "phoenix") and _actor(kb, atom).kind == "person"


def compose(kb: KnowledgeBase, toks: list[Tok], atoms: list[Atom]) -> list[Chunk | Atom]:
    """Group adjacent atoms into chunks; atoms that join nothing stay alone."""
    out: list[Chunk | Atom] = []
    k = 0
    while k < len(atoms):
        chunk, k_next = _grow(kb, toks, atoms, k)
        if chunk is None:
            out.append(atoms[k])
            k += 1
        else:
            out.append(chunk)
            k = k_next
    return out


def _grow(kb: KnowledgeBase, toks: list[Tok], atoms: list[Atom], k: int) -> tuple[Chunk | None, int]:
    first = atoms[k]
    chunk = Chunk(first.start, first.end)
    owner = is_owner(kb, first, toks) or _attributive(kb, toks, first, atoms[k + 1:k + 2])
    if owner and not hyphen_attached(toks, first):
        chunk.owner = first
        position = first.end + (1 if _text(toks, first.end) in POSSESSIVE_MARKS else 0)
        k += 1
    elif first.term.kind in ("sector", "agent") and _text(toks, first.start - 1).lower() in POSSESSIVE_OWNERS:
        chunk.owner_pronoun = first.start - 1
        chunk.start = first.start - 1
        position = first.start
    else:
        position = first.start
    chunk.title_start = position
    owned = chunk.owner is not None or chunk.owner_pronoun is not None
    if owned and k < len(atoms) and atoms[k].start == position and atoms[k].term.kind not in ("sector", "agent"):
        atoms[k] = atoms[k].as_sector() or atoms[k]
    while k < len(atoms) and atoms[k].term.kind in ("sector", "agent") and _bridgeable(toks, position, atoms[k].start):
        chunk.qualified = chunk.qualified or bool(chunk.sectors) or atoms[k].start > position
        chunk.sectors.append(atoms[k])
        position = atoms[k].end
        k += 1
    if k < len(atoms) and is_person(kb, atoms[k]) and atoms[k].start == position:
        chunk.person = atoms[k]
        position = atoms[k].end
        k += 1
    elif chunk.sectors or chunk.owner:
        name = _unknown_name(toks, position)
        if name:
            chunk.person_span = name
            position = name[1]
    chunk.end = position
    if not (chunk.sectors or chunk.person or chunk.person_span) or _place_head(toks, position):
        return None, k
    return chunk, k


def _attributive(kb: KnowledgeBase, toks: list[Tok], first: Atom, following: list[Atom]) -> bool:
    """"U.S. Secretary of State Antony Blinken", "Russia troops", "Ohio Gov. John Kasich": a country name right
    before a title or name, or a place right before a title."""
    if first.term.kind not in ("country", "place") or not following or following[0].start != first.end:
        return False
    if _text(toks, following[0].start).lower() in rules()["topic_titles"]:
        return False  # "the Benghazi Committee", "the Russia committee": what the committee is about
    title = following[0].term.kind in ("sector", "agent")
    return title or first.term.kind == "country" and is_person(kb, following[0])


def _bridgeable(toks: list[Tok], position: int, start: int) -> bool:
    """Only title modifiers (or, with a parse, adjectives and nouns) may stand between the pieces of a chunk."""
    gap = toks[position:start]
    if len(gap) > 2:
        return False
    for tok in gap:
        word = tok.text.lower()
        if word in rules()["title_modifiers"]:
            continue
        if tok.pos and tok.pos not in ("ADJ", "NOUN") or word in rules()["function_words"] or not tok.text.isalpha():
            return False
        if not tok.pos and not tok.text.islower():
            return False
    return True


def _unknown_name(toks: list[Tok], position: int) -> tuple[int, int] | None:
    """A name right after a title: a spaCy PERSON entity, or without a parse a run of capitalised words; never its
    possessive ending ("Sen. Marta Lindqvist's bill" names Marta Lindqvist)."""
    end = position
    while end < len(toks) and toks[end].text not in POSSESSIVE_MARKS \
            and (toks[end].person or (not toks[end].pos and _capitalised(toks[end]))):
        end += 1
    return (position, end) if end > position else None


def _capitalised(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.text.lower() not in rules()["function_words"]


def hyphen_attached(toks: list[Tok], atom: Atom) -> bool:
    """"Russian-backed", "pro-Russian": the country is not the owner of what follows ("Russia-Ukraine" is two)."""
    after = _text(toks, atom.end) == "-" and _text(toks, atom.end + 1).islower()
    before = _text(toks, atom.start - 1) == "-" and _text(toks, atom.start - 2).lower() in ("pro", "anti")
    return after or before


def _place_head(toks: list[Tok], position: int) -> bool:
    return _text(toks, position).lower() in rules()["place_heads"]


def _text(toks: list[Tok], index: int) -> str:
    return toks[index].text if 0 <= index < len(toks) else ""


def _actor(kb: KnowledgeBase, atom: Atom) -> Actor:
    return kb.actors[atom.term.value]


def extend_left(toks: list[Tok], start: int) -> int:
    """Take in a leading "the" and the modifiers after it: "the self-proclaimed Donetsk ... republics"."""
    i = start
    while i - 1 >= 0 and i > start - 4 and (_text(toks, i - 1) == "-" or _text(toks, i) == "-"
                                            or _modifier(toks[i - 1])):
        i -= 1
    if i - 1 >= 0 and toks[i - 1].text.lower() == "the":
        return i - 1
    return start


def _modifier(tok: Tok) -> bool:
    if tok.pos:
        return tok.pos in ("ADJ", "VERB") and tok.text.islower() and re.fullmatch(r"[a-z]+", tok.text) is not None
    return tok.text.islower() and tok.text.isalpha() and tok.text not in rules()["function_words"]
