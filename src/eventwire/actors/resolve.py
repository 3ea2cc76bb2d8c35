"""Turn composed phrases into coded actor mentions and keep one identity per actor within an article.

Codes follow CAMEO: country + sector ("RUSMIL"), an organisation's own code ("IGOWSTNAT"), or a person's code
for the role held on the article date. Later mentions (a surname, "the Kremlin spokesman", "he") reuse the
identity of the first.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from eventwire.actors.gender import honorific_gender, person_gender
from eventwire.actors.kb import COUNTRY_ID, GROUP_ID, PERSON_ID, Actor, KnowledgeBase, Role, Term, slug
from eventwire.actors.mentions import (POSSESSIVE_MARKS, Atom, Chunk, Tok, after_other_first_name, compose,
                                       extend_left, find_atoms, hyphen_attached, outside_titles, phrase_spans,
                                       rules, us_office_spans)
from eventwire.actors.pronouns import Antecedents
from eventwire.document import UNKNOWN_COUNTRY, ActorMention
from eventwire.geo.gazetteer import knowledge as place_knowledge, state_places
from eventwire.spans import SpanCoverage

PRONOUNS = {"he", "she", "him", "his", "her"}
COORDINATION = re.compile(r"\s*(?:,|and|or|, and|, or)\s*")
NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
ELITE = "ELI"  # CAMEO's sector for former office holders
DETERMINERS = ("the", "a", "an")
NAME_JOINERS = ("'", "’", "-")
#: A bare surname is read as a known person only from this many years before their first office.
YEARS_BEFORE_OFFICE = 2
#: How many words after "with" the object naming a person's organisation may stand ("the Pointe Coupee Sheriff's
#: Office").
AFFILIATION_REACH = 8
#: A US party and state right after a name, as American news marks a member of Congress: "Jane Doe (D-Ore.)",
#: "Jane Doe, R-Texas,", "(R-TX)". The state may be one abbreviation in two parts ("S.C.", "W. Va.").
US_PARTY_TAG = re.compile(r"\s*,?\s*\(?[RDI] ?[-–] ?([A-Z][A-Za-z]*\.?)( ?[A-Z][A-Za-z]*\.?)?")
#: A US party alone in brackets after a name, as some papers mark any American politician: "Gov. Jane Doe (R)".
US_PARTY_ALONE = re.compile(r"\s*\([RDI]\)")
#: The CAMEO codes of a member of Congress and of a party politician whom no title or dictionary entry names
#: otherwise.
US_LEGISLATOR, US_PARTY_POLITICIAN = "USALEG", "USAPTY"


@dataclass
class ArticleResolver:
    """Resolves one article's phrases in reading order, remembering who was already mentioned."""

    kb: KnowledgeBase
    text: str
    toks: list[Tok]
    date: str | None = None
    sentence_starts: list[int] = field(default_factory=list)
    parsed: bool = False  # token POS/dep come from a parse (metonym and pronoun rules need it)
    mentions: list[ActorMention] = field(default_factory=list)
    surnames: dict[str, list[str]] = field(default_factory=dict)  # a named person's last name -> actor ids
    identities: dict[str, tuple[str, str]] = field(default_factory=dict)  # actor id -> (code, canonical)
    described: dict[tuple[str, str], str] = field(default_factory=dict)  # (code, title) -> actor id
    last_state: str | None = None  # country of the latest state-like actor, for "its military"
    genders: dict[str, str] = field(default_factory=dict)  # person id -> "f" | "m", where the text or name says
    title_words: dict[str, str] = field(default_factory=dict)  # person id -> the title named with them: "senator"
    former_people: set[str] = field(default_factory=set)  # person ids named as no longer holding their office
    stated_sectors: dict[str, str] = field(default_factory=dict)  # person id -> a sector the text gives: "OPP"
    atoms: list[Atom] = field(default_factory=list)  # every knowledge-base phrase found, in text order

    def run(self, places: bool = False) -> list[ActorMention]:
        atoms = outside_titles(self.text, self.toks, find_atoms(self.kb, self.toks))
        self.atoms = atoms = self._read_shared_names(atoms)
        for item in compose(self.kb, self.toks, atoms):
            mention = self._chunk(item) if isinstance(item, Chunk) else self._atom(item, places)
            if mention is not None:
                self._remember(mention)
        self._affiliated_people()
        self._party_tagged_people()
        self.mentions.sort(key=lambda m: m.start)
        self._share_coordinated_sectors()
        if self.parsed:
            self._later_mentions()
        self._kin_of_people()
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def _read_shared_names(self, atoms: list[Atom]) -> list[Atom]:
        """"Georgia" in an article whose other places and actors are American more often than Georgian is the US
        state (a place, like "Texas"); elsewhere it stays the country. The words "U.S." and "American" are no
        evidence: US news about the country Georgia names them too; the other states it writes ("Alabama",
        "Ga.", :func:`_us_state_words`) are, and so are the marks of a US state (`us_state_marks`, `us_offices`:
        "the state's Republican governor") and a US party named right after it ("Georgia Republicans")."""
        shared = [a for a in atoms if a.term.kind == "country" and self._span_text(a.start, a.end).lower()
                  in rules()["us_state_names"]]
        if not shared:
            return atoms
        named = Counter(self._atom_country(a) for a in atoms
                        if a not in shared and (a.term.kind not in ("country", "demonym") or a.term.value != "USA"))
        named["USA"] += self._written_us_states({a.start for a in atoms}) + self._us_state_marks()
        for atom in shared:
            if named["USA"] > named[atom.term.value] or self._before_us_party(atom):
                atom.term = Term("place", "USA")
        return atoms

    def _us_state_marks(self) -> int:
        """How many marks of a US state the article writes: offices only the US has (``us_office_spans``, found
        once per article for this and for ``CountryContext``) and the state's own institutions (`us_state_marks`)
        where no office stands ("the state's attorney" is one mark)."""
        offices = us_office_spans(self.text)
        marks = [(start, end) for start, end in phrase_spans(self.text, rules()["us_state_marks"])
                 if not any(start < office_end and office_start < end for office_start, office_end in offices)]
        return len(offices) + len(marks)

    def _before_us_party(self, atom: Atom) -> bool:
        """"Georgia Republicans", "Georgia Democrats": a US party's name right after a shared name is the state's."""
        return atom.end < len(self.toks) and self.toks[atom.end].text.lower() in self.kb.parties.get("USA", [])

    def _written_us_states(self, atom_starts: set[int]) -> int:
        """How many times the article writes a US state other than a shared name and not already counted as an
        actor ("Washington" the capital): "Alabama", "North Carolina", the AP abbreviation "Ga."."""
        names, abbreviations = _us_state_words()
        count, i = 0, 0
        while i < len(self.toks):
            size = next((size for size in (3, 2, 1) if " ".join(t.text.lower() for t in self.toks[i:i + size])
                         in names), 0) if i not in atom_starts else 0
            if size == 0 and self._abbreviation_at(i) in abbreviations:
                size = 1
            count += size > 0
            i += max(size, 1)
        return count

    def _abbreviation_at(self, i: int) -> str:
        """The token at ``i`` with the full stop the tokenizer split off it ("Ga" "." -> "Ga.")."""
        tok, after = self.toks[i], self.toks[i + 1] if i + 1 < len(self.toks) else None
        return tok.text + "." if after is not None and after.text == "." and after.start == tok.end else tok.text

    def _atom_country(self, atom: Atom) -> str | None:
        if atom.term.kind in ("country", "demonym", "capital", "place"):
            return atom.term.value
        actor = self.kb.actors.get(atom.term.value)
        return actor.role_at(self.date).code[:3] if actor is not None else None

    def _share_coordinated_sectors(self) -> None:
        """"Hungarian and Romanian officials": the sector word belongs to both demonyms."""
        for i in range(len(self.mentions) - 2, -1, -1):
            bare, described = self.mentions[i], self.mentions[i + 1]
            gap = self.text[bare.end:described.start]
            if bare.kind != "demonym" or described.kind != "description" or not described.sector or \
                    not described.country or not COORDINATION.fullmatch(gap):
                continue
            own, other = self.kb.countries[bare.country], self.kb.countries[described.country]
            canonical = described.canonical.replace(other.adjective, own.adjective, 1)
            code = bare.country + described.sector
            self.mentions[i] = self._mention(bare.start, bare.end, code, canonical, "description", described.role,
                                             f"{GROUP_ID}{code}")

    # --- composed phrases
    def _chunk(self, chunk: Chunk) -> ActorMention | None:
        former = self._former(chunk)
        title = None if former else self._title(chunk)
        if chunk.person is not None:
            actor = self.kb.actors[chunk.person.term.value]
            if chunk.end - chunk.start == 1 and self._someone_else_by_surname(actor):
                return None
            self._note_title_word(actor.id, chunk)
            stated = self._sector(chunk) if chunk.sectors else ""
            if stated in rules()["stated_sectors"]:
                self.stated_sectors[actor.id] = stated
            return self._person(chunk.start, chunk.end, actor, "name", title, former)
        owner_code, owner_actor = self._owner(chunk)
        if owner_code is None and self._titled_person(chunk):
            owner_code = UNKNOWN_COUNTRY  # "Senator Jane Doe": a legislator of a country the phrase does not name
        if owner_code is None:
            return self._definite_description(chunk)
        first = extend_left(self.toks, chunk.start) if chunk.person_span is None else chunk.start
        start, end = self.toks[first].start, self.toks[chunk.end - 1].end
        code = owner_code if owner_actor is not None else owner_code[:3] + (
            ELITE if former else self._affiliation(chunk) or self._sector(chunk))
        if title and chunk.person_span is None:
            earlier = self.described.get((code, title))
            if earlier in self.identities:
                known_code, known_name = self.identities[earlier]
                return self._mention(start, end, known_code, known_name, "description", title, earlier)
            state_owner = owner_actor is None or owner_actor.org_kind == "metonym"  # "the Kremlin spokesman"
            holder = self.kb.holder(code[:3], title, self.date) if state_owner else None
            if holder is not None:
                return self._person(first, chunk.end, holder, "description", title)
        if chunk.person_span is not None:
            actor_id, canonical = self._named_person(*chunk.person_span)
            self._note_title_word(actor_id, chunk)
        elif owner_actor is not None:
            canonical, actor_id = owner_actor.canonical, owner_actor.id
        else:
            canonical, actor_id = self._group_name(code, chunk, former), f"{GROUP_ID}{code}"
        kind = "name" if chunk.person_span else "description"
        mention = self._mention(start, end, code, canonical, kind, title, actor_id)
        if title:
            self.described.setdefault((code, title), actor_id)
        return mention

    def _affiliation(self, chunk: Chunk) -> str | None:
        """The sector of the organisation a titled person is "with": "Capt. Jane Doe, with the county sheriff's
        office" is the police's (COP), whatever rank "Capt." gives; the "with" phrase says whom the person works
        for, as an apposition would."""
        if chunk.person_span is None:
            return None
        at = chunk.end + (self._text_at(chunk.end) == ",")
        return self._affiliation_at(chunk.end - 1, at)

    def _affiliation_at(self, head: int, at: int) -> str | None:
        """The sector of the body a "with" at token ``at`` hanging on token ``head`` names. Read from the parse:
        the object of "with" ends the phrase whose last sector word is the organisation's, and is a name or that
        sector word itself ("a man with a police scanner" is with no police)."""
        if not self.parsed or self._text_at(at).lower() != "with" or self.toks[at].head_start != self.toks[head].start:
            return None
        after = self.toks[at + 1:at + 1 + AFFILIATION_REACH]
        organisation = next((tok for tok in after if tok.dep == "pobj" and tok.head_start == self.toks[at].start),
                            None)
        if organisation is None:
            return None
        sectors = [a for a in self.atoms if a.term.kind in ("sector", "agent")
                   and self.toks[at].end <= self.toks[a.start].start and self.toks[a.end - 1].end <= organisation.end]
        if not sectors or not (organisation.pos == "PROPN" or self.toks[sectors[-1].end - 1] is organisation):
            return None
        return sectors[-1].term.value

    def _affiliated_people(self) -> None:
        """A person no title introduces, "with" a body, is of that body's sector under CAMEO's unknown country:
        "Ann Rowe with the state police", "Dana Fowler, a deputy with the county sheriff's office" (`---COP`; an
        apposition's word for a person, `affiliated_people`, describes the name it stands beside). The events
        stage fills the country as for a titled name."""
        if not self.parsed:
            return
        for at, tok in enumerate(self.toks):
            if tok.text.lower() != "with" or at == 0:
                continue
            head = next((k for k in range(at - 1, max(-1, at - 3), -1) if self.toks[k].start == tok.head_start), None)
            if head is None:
                continue
            word = self.toks[head]
            if not (word.person or word.text.lower() in rules()["affiliated_people"]):
                continue
            sector = self._affiliation_at(head, at)
            named = self._name_around(head) if word.person else self._apposed_name(head)
            if sector is None or named is None or self._covered(*named):
                continue
            first, last = named
            start, end = self.toks[first].start, self.toks[last - 1].end
            actor_id, canonical = self._named_person(first, last)
            self._remember(self._mention(start, end, UNKNOWN_COUNTRY + sector, canonical, "name", None, actor_id))

    def _kin_of_people(self) -> None:
        """"Scott's family", "Rowe's widow": a person's kin (`kin_words`) are civilians of that person's country,
        CAMEO's unknown country when we do not know it; not the person, whose code is their office's. So are a
        person's followers (`follower_words`), also without the possessive: "Cruz supporters", "Trump's backers"."""
        followers = rules()["follower_words"]
        for k, tok in enumerate(self.toks[:-1]):
            following = self.toks[k + 1].text.lower()
            possessive = tok.text in POSSESSIVE_MARKS
            named = possessive and following in rules()["kin_words"] or following in followers
            at = k - 1 if possessive else k
            if at < 0 or not named:
                continue
            owner = self.toks[at]
            person = next((m for m in self.mentions if m.start <= owner.start < m.end), None)
            if (person is None and not owner.person) or (person is not None and not self._is_person(person.actor_id)):
                continue
            start = person.start if person is not None else self.toks[self._name_around(at)[0]].start
            end = self.toks[k + 1].end
            if any(m.start < end and start < m.end and m is not person for m in self.mentions):
                continue
            country = person.country if person is not None and person.country else UNKNOWN_COUNTRY
            kin = self.text[start:end]
            self._remember(self._mention(start, end, country + "CVL", kin, "description", None,
                                         f"{GROUP_ID}{slug(kin)}"))

    def _party_tagged_people(self) -> None:
        """A person whose name is followed by a US party (:meth:`_us_party_tag`: "Jane Doe (D-Ore.) said", "Gov. Jane
        Doe (R)") is an American politician wherever the rest of the article is set: every mention of that person
        written without a country ("Sen. Jane Doe", "Doe") is American. A name no title or dictionary entry coded is
        a member of Congress (`USALEG`) when the tag names a state, else a party politician (`USAPTY`)."""
        for at, tok in enumerate(self.toks):
            last = at + 1
            if not tok.person or last < len(self.toks) and self.toks[last].person:
                continue
            code = self._us_party_tag(tok.end)
            if code is None:
                continue
            first, _ = self._name_around(at)
            start, end = self.toks[first].start, tok.end
            covering = next((m for m in self.mentions if m.start < end and start < m.end), None)
            if covering is None:
                actor_id, canonical = self._named_person(first, last)
                known = self.identities.get(actor_id, ("", ""))[0][3:]  # "Gov. Jane Doe ... Doe (D)": still GOV
                self._remember(self._mention(start, end, code[:3] + (known or code[3:]), canonical, "name", None,
                                             actor_id))
            elif self._is_person(covering.actor_id):
                actor_id = covering.actor_id
            else:
                continue
            self._place_person(actor_id, code[:3])

    def _place_person(self, actor_id: str, country: str) -> None:
        """Gives ``country`` to every mention of a person, and to the identity later mentions copy, that has none."""
        for at, mention in enumerate(self.mentions):
            if mention.actor_id == actor_id and mention.code.startswith(UNKNOWN_COUNTRY):
                self.mentions[at] = self._mention(mention.start, mention.end, country + mention.code[3:],
                                                  mention.canonical, mention.kind, mention.role, actor_id)
        code, canonical = self.identities[actor_id]
        if code.startswith(UNKNOWN_COUNTRY):
            self.identities[actor_id] = country + code[3:], canonical

    def _us_party_tag(self, offset: int) -> str | None:
        """The code a US party after ``offset`` gives an uncoded name: a party and state (`US_PARTY_TAG`: "(R-Tenn.)",
        ", D-Mass.,", "(R-TX)") a member of Congress's, a party alone in brackets (`US_PARTY_ALONE`: "(R)") a party
        politician's; none without one."""
        if US_PARTY_ALONE.match(self.text, offset):
            return US_PARTY_POLITICIAN
        found = US_PARTY_TAG.match(self.text, offset)
        if found is None:
            return None
        names, abbreviations = _us_state_words()
        state = found.group(1) + (found.group(2) or "")
        states = (state, found.group(1))
        return US_LEGISLATOR if any(s.lower() in names or s in abbreviations or s in state_places() for s in states) \
            else None

    def _name_around(self, k: int) -> tuple[int, int]:
        """The tokens of the person's name that token ``k`` lies in."""
        first, last = k, k + 1
        while first > 0 and self.toks[first - 1].person:
            first -= 1
        while last < len(self.toks) and self.toks[last].person:
            last += 1
        return first, last

    def _apposed_name(self, k: int) -> tuple[int, int] | None:
        """The person's name a word for a person stands in apposition to ("Dana Fowler, a deputy")."""
        word = self.toks[k]
        if word.dep != "appos":
            return None
        head = next((j for j in range(k - 1, max(-1, k - 5), -1) if self.toks[j].start == word.head_start), None)
        return self._name_around(head) if head is not None and self.toks[head].person else None

    def _covered(self, first: int, last: int) -> bool:
        start, end = self.toks[first].start, self.toks[last - 1].end
        return any(m.start < end and start < m.end for m in self.mentions)

    def _note_title_word(self, actor_id: str, chunk: Chunk) -> None:
        """"Senator Jane Doe": a later "the senator" nearby is Jane Doe (see :meth:`_definite_description`)."""
        word = self._span_text(chunk.sectors[-1].start, chunk.sectors[-1].end).lower() if chunk.sectors else ""
        if word and not (word.endswith("s") and not word.endswith("ss")):  # a plural ("citizens") is no title
            self.title_words.setdefault(actor_id, word)

    def _named_person(self, first: int, last: int) -> tuple[str, str]:
        """The identity of a name the knowledge base does not know; a lone surname after a title ("Gov. Manchin")
        is the person named in full before ("Gov. Joe Manchin")."""
        name = self._span_text(first, last)
        surname = self.toks[last - 1].text.lower()
        earlier = self._surname_owner(surname, self.toks[first].start) if last - first == 1 else None
        if earlier in self.identities:
            return earlier, self.identities[earlier][1]
        actor_id = f"{PERSON_ID}{slug(name)}"
        self._register_surname(surname, actor_id)
        return actor_id, name

    def _register_surname(self, surname: str, actor_id: str) -> None:
        """Later, the bare surname refers to this person (see :meth:`_surname_owner`)."""
        owners = self.surnames.setdefault(surname, [])
        if actor_id not in owners:
            owners.append(actor_id)

    def _surname_owner(self, surname: str, start: int) -> str | None:
        """The one person of the article with this last name; of two or more ("Bill Clinton" and "Hillary
        Clinton"), the one of the gender an honorific before it gives ("Mrs. Clinton"), else nobody."""
        owners = self.surnames.get(surname, [])
        if len(owners) == 1:
            return owners[0]
        gender = honorific_gender(self.text[max(0, start - 10):start])
        matching = [owner for owner in owners if gender and self.genders.get(owner) == gender]
        return matching[0] if len(matching) == 1 else None

    def _definite_description(self, chunk: Chunk) -> ActorMention | None:
        """"The ministry said", "the rebels", "the president": a bare title or sector word after "the" refers
        back to the latest group of that sector (or whose name holds the word) in this or the previous sentence,
        or to the one person holding that office or named there with that title ("Senator Jane Doe ... the
        senator"); none when nothing fits or two people do. "A ministry
        spokeswoman", "the army spokesman": someone of the institution named there."""
        first = chunk.start - 1
        article = self.toks[first].text.lower() if first >= 0 else ""
        single = len(chunk.sectors) == 1
        if not self.parsed or chunk.person_span is not None or not chunk.sectors \
                or chunk.sectors[0].start != chunk.start or article not in (("the",) if single else DETERMINERS):
            return None
        head = chunk.sectors[0]
        word, role = self._span_text(head.start, head.end).lower(), self._title(chunk) if single else None
        office = self._office(chunk.sectors[-1])
        if not single and (len(chunk.sectors) > 2 or self.kb.offices.get(word) or not office) \
                or self._text_at(chunk.end).lower() == "of":
            return None  # only "<institution> <office>" ("a ministry spokeswoman"); "the secretary of X" is X's
        sentence = self._sentence(self.toks[chunk.start].start)
        window = [m for m in self.mentions if sentence - self._sentence(m.start) <= 1 and m.kind != "pronoun"]
        titled = {m.actor_id: m for m in window if single and self.title_words.get(m.actor_id) == word}
        if role or titled:
            holders = titled or {m.actor_id: m for m in window if m.role == role and self._holds_office(m.actor_id)}
            found = next(iter(holders.values())) if len(holders) == 1 else None
        else:
            found = next((m for m in reversed(window) if not self._is_person(m.actor_id) and (
                single and m.sector == head.term.value or word in m.text.lower())), None)
        if found is None:
            return None
        start, end = self.toks[first].start, self.toks[chunk.end - 1].end
        if single:
            return self._mention(start, end, found.code, found.canonical, "description", found.role, found.actor_id)
        if not found.country:
            return None
        code = found.country + self._sector(chunk)
        return self._mention(start, end, code, self._group_name(code, chunk), "description", office,
                             f"{GROUP_ID}{code}")

    def _holds_office(self, actor_id: str) -> bool:
        """A person in office on the article date (a role that starts later is not held yet: a candidate)."""
        actor = self.kb.actors.get(actor_id)
        if actor is None:
            return actor_id.startswith(PERSON_ID)  # named with the title in this article
        role = actor.role_at(self.date)
        return actor.kind == "person" and (not self.date or not (role.start or role.end) or role.holds_on(self.date))

    def _former(self, chunk: Chunk) -> bool:
        """"a former Greek foreign minister", "Ukraine's ex-defence minister": someone who held the office, coded
        as the country's elite (CAMEO ELI), never as its current holder."""
        first_title = chunk.sectors[0].start if chunk.sectors else chunk.end
        words = (t.text.lower() for t in self.toks[max(chunk.start - 2, 0):first_title])
        return not rules()["former_markers"].isdisjoint(words)

    def _titled_person(self, chunk: Chunk) -> bool:
        """A title before a name that spaCy tagged as a person (without a parse, any capitalised words would do,
        and "University Medical School" is no person)."""
        return self.parsed and chunk.person_span is not None and bool(chunk.sectors) and chunk.owner_pronoun is None \
            and not self._serves_unknown_owner(chunk)

    def _serves_unknown_owner(self, chunk: Chunk) -> bool:
        """"Clinton spokesman X", "AFL-CIO President Y", "campaign spokesman Z": a title that organisations have
        as well as states, compounded onto a noun the knowledge base does not know, serves that owner, not a
        state. Offices only places have keep theirs ("Monroe Mayor", "District Attorney"), as do titles of a named
        kind of institution ("State University President") and a party label ("Republican Leader")."""
        before = self.toks[chunk.start - 1] if chunk.start > 0 else None
        title = self._span_text(chunk.sectors[-1].start, chunk.sectors[-1].end).lower()
        return before is not None and before.dep == "compound" and before.pos in ("NOUN", "PROPN") \
            and title in rules()["organisation_titles"] and before.text.lower() not in rules()["party_labels"] \
            and self._sector(chunk) == "GOV"

    def _title(self, chunk: Chunk) -> str | None:
        """The office a plain title names ("President", "foreign ministry spokesman"); none once qualified."""
        return None if chunk.qualified or not chunk.sectors else self._office(chunk.sectors[-1])

    def _office(self, atom: Atom) -> str | None:
        return None if atom.term.sector_entry is None else self.kb.sectors[atom.term.sector_entry].role

    def _text_at(self, index: int) -> str:
        return self.toks[index].text if 0 <= index < len(self.toks) else ""

    def _sector(self, chunk: Chunk) -> str:
        """The institution's sector: "army spokesman" speaks for the military, "Parliament President" for the house."""
        institutions = [a for a in chunk.sectors
                        if a.term.sector_entry is None or not self.kb.sectors[a.term.sector_entry].role]
        chosen = institutions[0] if institutions else (chunk.sectors[-1] if chunk.sectors else None)
        return chosen.term.value if chosen else ""  # "Russian Maria Ivanova": a national, no sector

    def _owner(self, chunk: Chunk) -> tuple[str | None, Actor | None]:
        if chunk.owner_pronoun is not None:
            plural = self.toks[chunk.owner_pronoun].text.lower() == "their"
            state_words = all(a.term.value in rules()["state_sectors"] for a in chunk.sectors)
            return (self.last_state if state_words or not plural else None), None
        if chunk.owner is None:
            return None, None
        if chunk.owner.term.kind in ("country", "demonym", "capital", "place"):
            return chunk.owner.term.value, None
        actor = self.kb.actors[chunk.owner.term.value]
        return actor.role_at(self.date).code, actor

    def _group_name(self, code: str, chunk: Chunk, former: bool = False) -> str:
        """"Russian armed forces" from the sector's template; qualified titles keep their own words."""
        country = self.kb.country_of(code)
        head = chunk.sectors[-1] if chunk.sectors else None
        template = "{adj} government"
        if head is not None and head.term.sector_entry is not None and not chunk.qualified:
            template = self.kb.sectors[head.term.sector_entry].canonical
        elif head is not None:
            template = "{adj} " + self._span_text(chunk.title_start, head.end)
        name = template.format(adj=country.adjective, country=country.name)
        return name if not former or rules()["former_markers"] & set(re.findall(r"[a-z]+", name.lower())) \
            else f"former {name}"

    # --- single phrases
    def _atom(self, atom: Atom, places: bool) -> ActorMention | None:
        kind, value = atom.term.kind, atom.term.value
        start, end = self.toks[atom.start].start, self.toks[atom.end - 1].end
        if kind == "demonym" and self._origin_of_a_diaspora(atom) or self._surname_of_someone(atom):
            return None
        if kind in ("country", "demonym") and not hyphen_attached(self.toks, atom):
            return self._country(atom, value, "name" if kind == "country" else "demonym")
        if kind in ("capital", "place"):
            if places:
                return self._country(atom, value, "name")
            if kind == "capital" and self._speaks(self.toks[atom.end - 1]):
                country = self.kb.countries[value]
                return self._mention(start, end, value + "GOV", f"{country.adjective} government", "metonym",
                                     None, f"{GROUP_ID}{value}GOV")
            return None
        if kind in ("org", "user", "phoenix", "person"):
            actor = self.kb.actors[value]
            if actor.kind == "person":
                if atom.end - atom.start == 1 and self._someone_else_by_surname(actor):
                    return None
                return self._person(atom.start, atom.end, actor, "name", None)
            first = extend_left(self.toks, atom.start)
            kind_name = "metonym" if actor.org_kind == "metonym" else "name"
            return self._mention(self.toks[first].start, end, actor.role_at(self.date).code, actor.canonical,
                                 kind_name, None, actor.id)
        return None

    def _someone_else_by_surname(self, actor: Actor) -> bool:
        """A bare surname the knowledge base knows ("Harris", "Vance") is someone else when the article is from
        years before the person's first office: a future office-holder is seldom the Harris of a 2009 local story."""
        starts = [role.start for role in actor.roles if role.start]
        if not self.date or not starts:
            return False
        first = min(starts)
        return f"{int(first[:4]) - YEARS_BEFORE_OFFICE:04d}{first[4:]}" > self.date

    def _surname_of_someone(self, atom: Atom) -> bool:
        """"Cuban said", after "Mark Cuban"; "Paris said", after "Jim Paris": a one-word place or demonym that is
        the last name of a person the article names in full is that person."""
        return atom.term.kind in ("country", "demonym", "capital") and atom.end - atom.start == 1 \
            and self.toks[atom.start].text.lower() in self._person_surnames

    @cached_property
    def _person_surnames(self) -> frozenset[str]:
        """Last words of the names of two words or more that spaCy tagged as people."""
        found, run = set(), 0
        for tok in self.toks:
            run = run + 1 if tok.person else 0
            if run >= 2:
                found.add(tok.text.lower())
        return frozenset(found)

    def _origin_of_a_diaspora(self, atom: Atom) -> bool:
        """"Mexican American voters", "Turkish-Americans": people of the country (the head word has its own
        mention), not the country itself."""
        after = atom.end + (1 if self._text_at(atom.end) == "-" else 0)
        return self._text_at(after).lower() in rules()["diaspora_heads"]

    @staticmethod
    def _speaks(tok: Tok) -> bool:
        """"Moscow said", "Washington's warning", "demanded by Moscow": the capital acts, it is not a place."""
        if tok.dep == "poss" or tok.dep == "pobj" and tok.head_lemma == "by":
            return True
        return tok.dep in ("nsubj", "nsubjpass") and tok.head_lemma in rules()["metonym_verbs"]

    def _country(self, atom: Atom, code: str, kind: str) -> ActorMention:
        country = self.kb.countries[code]
        start, end = self.toks[atom.start].start, self.toks[atom.end - 1].end
        return self._mention(start, end, code, country.name, kind, None, f"{COUNTRY_ID}{code}")

    def _person(self, first: int, last: int, actor: Actor, kind: str, title: str | None,
                former: bool = False) -> ActorMention:
        role = actor.role_at(self.date)
        start, end = self.toks[first].start, self.toks[last - 1].end
        code = self._code_as_named(actor, role, former)
        mention = self._mention(start, end, code, actor.canonical, kind, role.role or title, actor.id)
        surname = actor.canonical.rsplit(" ", 1)[-1].lower()
        if " " in actor.canonical and len(surname) > 2:  # not "Un" of Kim Jong Un, which would be the UN
            self._register_surname(surname, actor.id)
        if title:
            self.described.setdefault((role.code, title), actor.id)
        if role.role:
            self.described.setdefault((role.code, role.role), actor.id)
        return mention

    def _code_as_named(self, actor: Actor, role: Role, former: bool) -> str:
        """The code of a known person as the article names them, where the text is newer than the knowledge base.
        "Former U.N. Ambassador John Bolton": a person the text names as a former holder of an office of the
        state (`state_sectors`) is its elite (CAMEO ELI) here and in the article's later mentions ("Bolton said"),
        unless the knowledge base dates a role held on the article's date; one the text names as an opposition
        leader (`stated_sectors`) is the opposition, whatever the knowledge base says."""
        if former:
            self.former_people.add(actor.id)
        stated = self.stated_sectors.get(actor.id)
        if stated and role.code[:3] in self.kb.countries:  # "Kenyan opposition leader Raila Odinga": the text
            return role.code[:3] + stated  # is newer than a dictionary role that may have ended unrecorded
        held = (role.start or role.end) and self.date and role.holds_on(self.date)
        if actor.id in self.former_people and not held and role.code[:3] in self.kb.countries \
                and role.code[3:6] in rules()["state_sectors"]:
            return role.code[:3] + ELITE
        return role.code

    def _mention(self, start: int, end: int, code: str, canonical: str, kind: str, role: str | None,
                 actor_id: str) -> ActorMention:
        country = code[:3] if code[:3] in self.kb.countries else None
        known_prefix = country or code.startswith(UNKNOWN_COUNTRY)
        sector = (code[3:6] or None) if known_prefix else next((p for p in NON_STATE_PREFIXES if code.startswith(p)), None)
        return ActorMention(start, end, code, canonical, self.text[start:end], kind, role, country, sector,
                            actor_id)

    def _remember(self, mention: ActorMention) -> None:
        self.mentions.append(mention)
        self._note_gender(mention)
        self.identities.setdefault(mention.actor_id, (mention.code, mention.canonical))
        if mention.country and not self._is_person(mention.actor_id) and mention.sector in (None, "GOV", "MIL"):
            self.last_state = mention.country

    def _note_gender(self, mention: ActorMention) -> None:
        """A person's gender from an honorific before the name ("Mrs. May"), a gendered title ("spokeswoman"),
        or a first name that nine in ten of its bearers share; unknown otherwise."""
        if mention.kind == "pronoun" or mention.actor_id in self.genders or not self._is_person(mention.actor_id):
            return
        gender = person_gender(self.text[max(0, mention.start - 10):mention.start], mention.text,
                               mention.canonical or "")
        if gender:
            self.genders[mention.actor_id] = gender

    # --- surnames and pronouns, after every named mention is known
    def _later_mentions(self) -> None:
        covered = SpanCoverage((m.start, m.end) for m in self.mentions)
        coded = [m for m in self.mentions if self._is_person(m.actor_id)]
        named = sorted(coded + self._uncoded_people(covered, coded), key=lambda m: m.start)
        named_starts = [m.start for m in named]
        first_named: dict[str, ActorMention] = {}
        for mention in named:
            first_named.setdefault(mention.actor_id, mention)
        last_tok = {}
        for tok in reversed(self.toks):  # the first token ending at an offset wins, as a forward scan would pick
            last_tok[tok.end] = tok
        for index, tok in enumerate(self.toks):
            if covered.contains(tok.start):
                continue
            word = tok.text.lower()
            actor_id = self._surname_owner(word, tok.start) if tok.text[:1].isupper() else None
            name = self.identities.get(actor_id, ("", ""))[1]
            if actor_id and word not in PRONOUNS and not self._name_runs_on(index) \
                    and not after_other_first_name(self.toks, index, name):  # "Melania Trump" is not Donald
                first = first_named.get(actor_id)
                if first is not None and (first.start < tok.start or tok.end <= self._headline_end):
                    code, canonical = self.identities[actor_id]
                    later = self._mention(tok.start, tok.end, code, canonical, "name", first.role, actor_id)
                    self.mentions.append(later)
                    self._note_gender(later)
                    at = bisect.bisect_left(named_starts, later.start)  # an antecedent for the pronouns after it
                    named.insert(at, later)
                    named_starts.insert(at, later.start)
            elif word in PRONOUNS and tok.pos == "PRON":
                self._pronoun(tok, named, named_starts, last_tok)

    @cached_property
    def _headline_end(self) -> int:
        """Where the headline ends: the first line, when the article goes on after it. A headline names people by
        surname before the story gives their full names ("Ryan calls Trump line 'racist'", then "Speaker Paul D.
        Ryan"), so a surname there takes the person the article names in full later."""
        end = self.text.find("\n")
        return end if end > 0 and self.text[end:].strip() else -1

    def _uncoded_people(self, covered: SpanCoverage, coded: list[ActorMention]) -> list[ActorMention]:
        """People spaCy finds that no mention codes ("Jason Miller told the Post"), as code-less antecedents: a
        pronoun after one of them is theirs, not that of a coded person named earlier (see :meth:`_someone_else`
        for the names left out)."""
        coded_words = {word for m in coded for word in m.canonical.lower().split()}
        coded_edges = {m.end for m in coded} | {m.start for m in coded}
        people, run = [], []
        for tok in [*self.toks, Tok(-1, -1, "")]:
            joins = bool(run) and tok.text in NAME_JOINERS and tok.start == run[-1].end  # O'Malley
            if tok.person and (tok.text[:1].isupper() or joins) and not covered.contains(tok.start):
                run.append(tok)
                continue
            while run and run[-1].text in NAME_JOINERS:  # "Jones'"
                run.pop()
            if run and self._someone_else(run, coded_words, coded_edges):
                start, end = run[0].start, run[-1].end
                people.append(self._mention(start, end, "", self.text[start:end], "name", None,
                                            f"uncoded:{slug(self.text[start:end])}"))
                self._note_uncoded_gender(people)
            run = []
        return people

    def _note_uncoded_gender(self, people: list[ActorMention]) -> None:
        """The gender of the latest uncoded person, from the name or, for a bare surname, an earlier full name."""
        person = people[-1]
        gender = person_gender(self.text[max(0, person.start - 10):person.start], person.text, person.text)
        surname = person.text.split()[-1]
        namesake = next((p for p in reversed(people[:-1]) if p.text.split()[-1] == surname), None)
        gender = gender or (self.genders.get(namesake.actor_id) if namesake else None)
        if gender:
            self.genders[person.actor_id] = gender

    def _someone_else(self, run: list[Tok], coded_words: set[str], coded_edges: set[int]) -> bool:
        """Whether a run of PERSON tokens no mention covers names someone other than the coded people: not a coded
        person's surname, first name or name parts ("Donald", "Ted"), not a piece stuck to a coded name ("Biden
        Jr.", the "O" of "O'Malley"), and, alone, a word the article also uses as a full name's surname or after
        an honorific (spaCy tags "Brady" of "the Brady law" a person too)."""
        words = [tok.text.lower() for tok in run]
        if run[-1].text.lower() in self.surnames or all(word in coded_words for word in words):
            return False
        if len(run) == 1 and words[0] not in self._person_surnames \
                and not honorific_gender(self.text[max(0, run[0].start - 10):run[0].start]):
            return False  # a lone capitalised word is a person only as the surname of a full name or after "Mr."
        before = len(self.text[:run[0].start].rstrip(" ,.'’-"))
        after = run[-1].end + len(self.text[run[-1].end:]) - len(self.text[run[-1].end:].lstrip(" ,.'’-"))
        return before not in coded_edges and after not in coded_edges

    def _name_runs_on(self, index: int) -> bool:
        """"Clinton Foundation", "Trump Tower": the surname begins a longer name (a capitalised word follows on
        the same line)."""
        following = self.toks[index + 1] if index + 1 < len(self.toks) else None
        return following is not None and following.text[:1].isupper() and following.text.isalpha() \
            and "\n" not in self.text[self.toks[index].end:following.start]

    def _pronoun(self, tok: Tok, named: list[ActorMention], named_starts: list[int],
                 last_tok: dict[int, Tok]) -> None:
        """Code the pronoun as its antecedent (:class:`~eventwire.actors.pronouns.Antecedents`); a pronoun that
        stands for someone we do not code gets no code either."""
        antecedent = self._antecedents.find(tok, named, named_starts, last_tok)
        if antecedent is not None and antecedent.code:
            self.mentions.append(self._mention(tok.start, tok.end, antecedent.code, antecedent.canonical,
                                               "pronoun", antecedent.role, antecedent.actor_id))

    @cached_property
    def _antecedents(self) -> Antecedents:
        return Antecedents(self.text, self.toks, self.sentence_starts, self.genders)

    def _is_person(self, actor_id: str) -> bool:
        """Named people only: unknown names get a ``person:`` id, known ones are persons in the knowledge base."""
        actor = self.kb.actors.get(actor_id)
        return actor.kind == "person" if actor is not None else actor_id.startswith(PERSON_ID)

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset)

    def _span_text(self, first: int, last: int) -> str:
        return self.text[self.toks[first].start:self.toks[last - 1].end]


@lru_cache(maxsize=1)
def _us_state_words() -> tuple[frozenset[str], frozenset[str]]:
    """The US states by name (lower case, without the names shared with a country) and by AP abbreviation
    ("Ga.", "N.C."), from the geo stage's tables."""
    shared = set(rules()["us_state_names"])
    names = frozenset(place.name.lower() for place in state_places().values()) - shared
    return names, frozenset(place_knowledge()["state_abbreviations"])
