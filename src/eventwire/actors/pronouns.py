"""Which named person a pronoun ("he", "his", "her") stands for, within an article.

The candidates are the people named in the pronoun's sentence and the one before, coded or not; gender must agree
(:mod:`eventwire.actors.gender`) and the parse rules some out: the subject of the pronoun's own verb when it is
the object, the speaker of the quotation it stands in, the name an apposition holding it describes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from eventwire.actors.gender import PRONOUN_GENDER, agrees
from eventwire.actors.mentions import Tok, rules
from eventwire.document import ActorMention
from eventwire.quotation_marks import names_across_quotation, quoted_mask


@dataclass
class Antecedents:
    """The pronoun rules over one article's tokens; ``genders`` is the article's person id -> "f" | "m" table."""

    text: str
    toks: list[Tok]
    sentence_starts: list[int]
    genders: dict[str, str]

    def find(self, tok: Tok, named: list[ActorMention], named_starts: list[int],
             last_tok: dict[int, Tok]) -> ActorMention | None:
        """The antecedent: the last named person of this or the previous sentence whose gender agrees with the
        pronoun's (:func:`~eventwire.actors.gender.agrees`), a subject if there is one; never the name an
        apposition holding the pronoun describes ("Rahm Emanuel, his chief of staff")."""
        sentence = self._sentence(tok.start)
        previous_start = self.sentence_starts[sentence - 2] if sentence >= 2 else 0
        nearby = named[bisect.bisect_left(named_starts, previous_start):bisect.bisect_left(named_starts, tok.start)]
        gender = PRONOUN_GENDER[tok.text.lower()]
        described = self._described_by_apposition(tok)
        partners = self._listed_with(tok, named, named_starts)
        window = [m for m in nearby if m.end <= tok.start and sentence - self._sentence(m.start) <= 1
                  and agrees(self.genders.get(m.actor_id), gender) and not m.start <= described < m.end
                  and m.actor_id not in partners]
        speaker = self._reporting_subject(tok)
        if speaker is not None:  # "Smith said he would ...": he is Smith, even when Smith is nobody we code
            window = [m for m in window if m.start <= speaker.start < m.end] or ([] if speaker.person else window)
        blamed = self._object_of_reason(tok)
        if blamed is not None:  # "Cruz blasted Rubio for his support": his is Rubio's
            window = [m for m in window if m.start <= blamed.start < m.end] or window
        window = [m for m in window if not self._excluded_by_syntax(tok, last_tok.get(m.end))
                  and (m.code or self._local(m, tok, sentence, last_tok))]
        if not window:
            return None
        subjects = [m for m in window if m.end in last_tok and last_tok[m.end].dep in ("nsubj", "nsubjpass")]
        return (subjects or window)[-1]

    def _listed_with(self, pronoun: Tok, named: list[ActorMention], named_starts: list[int]) -> set[str]:
        """The ids of the people listed with the pronoun ("He and Trump have met", "Trump and he"): one is never
        listed with himself, so the pronoun stands for none of them."""
        at = bisect.bisect_left(self._tok_starts, pronoun.start)
        following = self.sentence_starts[self._sentence(pronoun.start)] \
            if self._sentence(pronoun.start) < len(self.sentence_starts) else len(self.text)
        words = {tok.start for tok in self.toks[at:bisect.bisect_left(self._tok_starts, following)]
                 if tok.dep == "conj" and tok.head_start == pronoun.start}
        if pronoun.dep == "conj":
            words.add(pronoun.head_start)
        listed = set()
        for word in words:
            at = bisect.bisect_right(named_starts, word) - 1
            if at >= 0 and named[at].start <= word < named[at].end and named[at].actor_id:
                listed.add(named[at].actor_id)
        return listed

    def _excluded_by_syntax(self, pronoun: Tok, name: Tok | None) -> bool:
        """Names a pronoun cannot stand for: the subject of its own verb when it is that verb's object ("O'Brien
        libeled him", "met Cruz and praised him"); inside a quotation the subject of a verb of saying, who would say "I" ("Smith told
        reporters: 'He has no plan'"); and, for a subject outside quotation marks, a name inside them: the one
        the quotation talks about is seldom the one who goes on ("'... Mr. Trump's got attention,' he continued")."""
        if name is None:
            return False
        if pronoun.dep in ("nsubj", "nsubjpass") and names_across_quotation(self._quoted, pronoun.start, name.start):
            return True
        if name.dep not in ("nsubj", "nsubjpass"):
            return False
        if pronoun.dep in ("dobj", "dative") and name.head_start == pronoun.clause_start:
            return True  # also of a conjunct verb sharing the subject: "Trump met Cruz and praised him"
        return name.head_lemma in rules()["reporting_verbs"] and self._quoted[pronoun.start] \
            and not self._quoted[name.start]

    def _local(self, person: ActorMention, pronoun: Tok, sentence: int, last_tok: dict[int, Tok]) -> bool:
        """Whether someone we do not code is near enough to be what a pronoun stands for: named in its sentence, or
        the subject of the sentence before when the pronoun is a subject too ("Smith resigned. He said ...").
        Uncoded people are seldom the topic of the article, so they do not reach further."""
        if self._sentence(person.start) == sentence:
            return True
        name = last_tok.get(person.end)
        return pronoun.dep in ("nsubj", "nsubjpass") and name is not None and name.dep in ("nsubj", "nsubjpass")

    @cached_property
    def _quoted(self) -> bytes:
        """One byte per character, 1 inside quotation marks: the mask the quotes stage reads too."""
        return quoted_mask(self.text)

    def _reporting_subject(self, pronoun: Tok) -> Tok | None:
        """The subject, before the pronoun, of the verb of saying whose content clause the pronoun is the subject
        of ("Smith said he ...", ``reporting_verbs`` in rules.yaml), else None."""
        clause = self._toks_by_start.get(pronoun.head_start) if pronoun.dep in ("nsubj", "nsubjpass") else None
        if clause is None or clause.dep != "ccomp" or clause.head_lemma not in rules()["reporting_verbs"]:
            return None
        subject = next((t for t in self._sentence_before(pronoun)
                        if t.dep == "nsubj" and t.head_start == clause.head_start), None)
        quoted = subject is not None and self._quotation_between(subject.end, pronoun.start)
        return None if quoted else subject  # in a quotation "he" is someone the speaker talks about

    def _quotation_between(self, start: int, end: int) -> bool:
        """Whether a quotation (its marks, as :mod:`eventwire.quotation_marks` reads them) stands between two
        offsets, or the second one is in it."""
        return 1 in self._quoted[start:end + 1]

    def _object_of_reason(self, pronoun: Tok) -> Tok | None:
        """The object of the verb a possessive's "for" phrase gives the reason of ("thanked Smith for his help",
        "blasted Rubio for his support"): whom the verb praises or blames, else None."""
        owned = self._toks_by_start.get(pronoun.head_start) if pronoun.dep == "poss" else None
        reason = self._toks_by_start.get(owned.head_start) if owned is not None and owned.dep == "pobj" else None
        if reason is None or reason.text.lower() != "for" or reason.dep != "prep":
            return None
        return next((t for t in self._sentence_before(pronoun)
                     if t.dep == "dobj" and t.head_start == reason.head_start), None)

    def _sentence_before(self, tok: Tok) -> list[Tok]:
        """The tokens of ``tok``'s sentence before it."""
        sentence = self._sentence(tok.start)
        first = bisect.bisect_left(self._tok_starts, self.sentence_starts[sentence - 1] if sentence else 0)
        return self.toks[first:bisect.bisect_left(self._tok_starts, tok.start)]

    @cached_property
    def _tok_starts(self) -> list[int]:
        return [tok.start for tok in self.toks]

    def _described_by_apposition(self, pronoun: Tok) -> int:
        """Where the name starts that an apposition holding a possessive pronoun describes ("Rahm Emanuel, [his]
        chief of staff": Emanuel), else -1."""
        owned = self._toks_by_start.get(pronoun.head_start) if pronoun.dep == "poss" else None
        if owned is None or owned.dep != "appos":
            return -1
        return owned.head_start

    @cached_property
    def _toks_by_start(self) -> dict[int, Tok]:
        return {tok.start: tok for tok in self.toks}

    def _sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset)
