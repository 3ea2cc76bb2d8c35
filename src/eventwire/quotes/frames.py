"""Attribution frames read off the dependency parse: a cue word, the clause it reports, and who reports it.

A *frame* is one way a cue can govern its content: ``ccomp`` ("said [that X]"), ``xcomp`` ("wants [to X]"),
``dobj`` ("denied [the report]"), ``oprd`` ("called it [a farce]"), ``prep:for`` ("called for [X]"),
``advcl:for`` ("calling for [X to act]"), ``nsubjpass`` ("[the plan] was rejected"), widened ``dobj+xcomp``
("urged [him to resign]"), ``prep:on+xcomp`` ("called on [him to resign]") and ``subj+xcomp`` ("[the vote is
expected to be close]"), a noun's ``acl`` ("the claim [that X]", "the decision [to X]"), ``head`` (the noun a cue
modifies: "[the bill] opposed by Y"), ``rest`` (the clause around "according to Y" or a parenthetical "he said"), or
``colon`` (what follows a cue's colon: "he demurred: [X]").
Which (cue lemma, frame) pairs really are attributions is learnt from PolNeAR train (see
:mod:`eventwire.quotes.train_cues`); this module only enumerates candidates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.nlp.syntax import has_passive_marks
from eventwire.quotation_marks import quoted_mask
from eventwire.quotes.lexicon import lexicon

CUE_POS = {"VERB", "AUX", "NOUN", "ADJ"}
SUBJECTS = {"nsubj", "csubj"}
#: How a cue hangs on the clause it reports from outside: "X, he said, Y", "X, as he said".
PARENTHETICAL = {"parataxis", "advcl"}
#: A cue without its own subject borrows the subject of the verb it hangs on ("..., saying", "after saying").
CLIMB_DEPS = {"xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "prep"}
#: A cue left without a reporter climbs these too, taking a passive subject on the way: "[the paper] is
#: expected to endorse", "[voters] are optimistic that" (not in the cue table's key: it was learnt without).
RAISING_DEPS = {"xcomp", "acomp"}
#: ... and out of a prepositional phrase: "[the party] backed him in the hope of".
FALLBACK_DEPS = CLIMB_DEPS | RAISING_DEPS | {"pobj"}
MAX_CLIMB = 4
#: How an adjective cue hangs on the verb that makes it someone's statement ("made it [clear]").
LIGHT_VERB_COMPLEMENTS = {"ccomp", "oprd", "xcomp"}
#: How a cue hangs on the noun it reports: "the bill [opposed by] X", "something [he wanted]", "[endorsed] candidate".
NOUN_MODIFIER_DEPS = {"acl", "relcl", "amod"}
#: How the parser labels a subject that follows its verb.
INVERTED_SUBJECTS = {"dobj", "npadvmod", "attr", "nsubj", "oprd"}
#: Children of a cue whose subtree may be the reported content; "oprd": "called it [a farce]".
CLAUSE_FRAMES = {"ccomp", "xcomp", "dobj", "oprd"}
#: Children that are the content only under a cue of some parts of speech: "[the plan] was rejected by".
#: "[the plan] was rejected by"; a noun's clause: "the claim [that he won]", "the decision [to run]".
POS_FRAMES = {"nsubjpass": {"VERB"}, "acl": {"NOUN"}}
NOUN_CLAUSE_OPENERS = {"that", "to"}
#: Cues that may introduce what follows their colon ("he demurred: X", "the council's warning: X").
COLON_CUE_POS = {"VERB", "NOUN"}
#: Frames that may also take in the object or passive subject before them ("called [it a farce]").
WIDENED_FRAMES = {"xcomp", "oprd"}
#: Dependents a widened frame may start from, and the name they give the frame.
WIDENING_DEPS = {"dobj": "dobj", "nsubjpass": "subj", "expl": "subj"}
#: What :func:`mention_near` may take as a reporter, and the roles that rule a mention out.
REPORTER_ENTITIES = {"PERSON", "ORG", "NORP"}  # a place in a fallback is mostly "at a rally in Ohio"
PERSONAL_PRONOUNS = {"he", "she", "they", "we", "i"}
NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
NOT_REPORTERS = {"pobj", "dobj", "poss", "nmod", "npadvmod", "attr"}
#: How a word hangs on the noun it helps name or describe: "[Donald] Trump", "[Republican] senators".
MODIFIER_DEPS = {"compound", "amod"}
#: How the parser hangs a subject on a verb it read as a noun: "[Trump] predicts", "[Some] view", "[many] argue".
SUBJECTS_READ_AS_MODIFIERS = MODIFIER_DEPS | {"det", "nummod", "nmod"}
#: Named-entity labels of times, which never report anything ("said Tuesday", "Beck last week said").
TIME_ENTITIES = {"DATE", "TIME"}
MAX_INVERTED_GAP = 4  # tokens between a cue and the name after it ('said on Friday Smith')
#: Verb forms no modal takes before them ("Will [called]", "May [says]").
PAST_OR_PRESENT_TAGS = {"VBD", "VBN", "VBZ"}
#: How a sentence may end before a line break that starts a paragraph.
SENTENCE_ENDS = {".", "?", "!", "\"", "”", "'", ":"}
#: Where a parse keeps its article's quotation mask (:func:`keep_quotation_mask`).
QUOTATION_MASK_KEY = "eventwire.quotes.quoted_mask"
#: Opening brackets and the marks closing them.
BRACKETS = {"(": ")", "[": "]"}
BRACKET_MARKS = set(BRACKETS) | set(BRACKETS.values())
_EDGE_PUNCT = {",", ";", ":", "—", "–", "-", "(", ")", "--", "."}


@dataclass
class Frame:
    """One candidate attribution: ``key`` indexes the learnt cue table."""

    cue: Token
    name: str
    content: list[tuple[int, int]]  # token ranges [start, end), one or two parts
    cue_tokens: list[Token] = field(default_factory=list)
    speaker: Token | None = None
    variant: str = ""  # how a "rest" cue hangs on its clause: "X, he said, Y" (parataxis) is not "as he said"

    @property
    def key(self) -> str:
        """Cue table key without the speaker: the back-off when the full key is rare."""
        variant = f"/{self.variant}" if self.variant else ""
        return f"{self.cue.pos_}:{self.cue.lemma_.lower()}:{self.name}{variant}"

    @property
    def full_key(self) -> str:
        """Cue table key with the kind of speaker: "wants to" is an attribution for a person, rarely for a thing."""
        return f"{self.key}:{speaker_class(self.speaker)}"


def may_cue(token: Token) -> bool:
    """Only a verb, an auxiliary, a noun or an adjective governs reported content: no other word has frames."""
    return token.pos_ in CUE_POS


def frames_of(token: Token) -> list[Frame]:
    """Every way ``token`` could govern reported content, each with its speaker (or None)."""
    if not may_cue(token):
        return []
    found = [frame for child in token.children for frame in _child_frames(token, child)]
    found.extend(_widened_frames(token, found))
    found.extend(f for f in (_surrounding_frame(token), _modified_noun_frame(token), _colon_frame(token))
                 if f is not None)
    reporters: dict[str, Token | None] = {}  # the reporter depends on the frame's name only: found once per name
    for frame in found:
        if frame.name not in reporters:
            reporters[frame.name] = speaker_of(token, frame.name)
        frame.speaker = reporters[frame.name] or _inverted_speaker(frame)
    return found


def _inverted_speaker(frame: Frame) -> Token | None:
    """'"Anybody but Trump," read one': after the content, a cue may put its speaker behind it, but only right
    behind the content: with a subject before the cue ('"...," a diplomat, who ..., told Reuters') the word after
    it is whom the words were told to."""
    if frame.name not in ("ccomp", "rest") or frame.content[-1][1] > frame.cue.i:
        return None
    if not nothing_named_between(frame.cue.doc[frame.content[-1][1]:frame.cue.i]):
        return None
    return next((c for c in frame.cue.rights
                 if c.dep_ in INVERTED_SUBJECTS and c.pos_ in NOMINAL and not is_time(c)), None)


def nothing_named_between(tokens) -> bool:
    """Whether no noun or pronoun stands between a content and its cue: only then may a name after the cue be its
    inverted subject ('"...," said Smith'), not whom the words were told to ('"...," Smith told Reuters')."""
    return not any(t.pos_ in NOMINAL for t in tokens)


def is_time(token: Token) -> bool:
    """A date or a time modifying a verb ("said [Tuesday]", "[last week] said"), never its speaker; a date heading
    a subject may be ("the 46-year-old said", "Sunday's figures show")."""
    return token.ent_type_ in TIME_ENTITIES and token.dep_ == "npadvmod"


def _child_frames(token: Token, child: Token) -> list[Frame]:
    if child.dep_ == "acl" and not _marked_complement(child):
        return []
    if child.dep_ in CLAUSE_FRAMES or token.pos_ in POS_FRAMES.get(child.dep_, ()):
        return [Frame(token, child.dep_, [_through_conjoined_complements(token, child)], [token])]
    if child.dep_ == "advcl":
        return _marked_clause_frames(token, child)
    if child.dep_ == "prep":
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return [Frame(token, f"prep:{child.lower_}", [_subtree_range(objects[0], token)], [token, child])]
    return []


def _through_conjoined_complements(token: Token, child: Token) -> tuple[int, int]:
    """The child's subtree, and for a reported clause the clauses opened by "that" the parser conjoined to the cue
    rather than to it: "said [that fares would rise, and that the ferry would run all winter]"."""
    start, end = _subtree_range(child, token)
    if child.dep_ != "ccomp":
        return start, end
    for clause in token.rights:
        if clause.dep_ == "conj" and clause.i > child.i and _opens_with_complement_mark(clause):
            end = max(end, _before_trailing_aside(token.doc, start, clause.right_edge.i + 1))
    return start, end


def _opens_with_complement_mark(clause: Token) -> bool:
    marks = lexicon()["conjoined_complement_marks"]
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _marked_complement(clause: Token) -> bool:
    """'the claim [that he won]', 'the decision [to run]': a noun's clause opened by "that" or "to" says what the
    noun holds; a participle ("the man [running]") or a relative clause only describes the noun."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in NOUN_CLAUSE_OPENERS and first.dep_ in ("mark", "aux") and first.head == clause


def _marked_clause_frames(token: Token, clause: Token) -> list[Frame]:
    """'calling [for] [the United States to act]', 'asked [if he would run]': the parser makes "for" or "if" the
    mark of an adverbial clause. Two candidates: the clause after its mark (the mark is part of the cue, as
    "for" is) and the clause with it (PolNeAR keeps "if" in the content); the table learns which marks report
    and which way ("for" yes, "because" no)."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if not marks or marks[0].i < token.i:
        return []
    mark = marks[0]
    _, right = _subtree_range(clause, token)
    return [Frame(token, f"advcl:{mark.lower_}", [(mark.i + 1, right)], [token, mark]),
            Frame(token, f"advcl:{mark.lower_}+mark", [(mark.i, right)], [token])]


def _widened_frames(token: Token, frames: list[Frame]) -> list[Frame]:
    """Frames that also take in the phrase the content is predicated of: "asked [Clinton to repudiate X]",
    "portrayed [the nominee as a threat]" (object first), "[the vote is expected to be close]" (subject first).
    Each is its own key, so train decides per cue how often PolNeAR's content starts there."""
    if token.pos_ not in ("VERB", "AUX"):
        return []
    widened = []
    for frame in frames:
        if not (frame.name in WIDENED_FRAMES or frame.name.startswith("prep:")) or frame.content[0][0] <= token.i:
            continue
        for child in token.children:
            if child.dep_ in WIDENING_DEPS and child.i < frame.content[0][0]:
                name = f"{WIDENING_DEPS[child.dep_]}+{frame.name}"
                widened.append(Frame(token, name, [(child.left_edge.i, frame.content[0][1])], list(frame.cue_tokens)))
        if frame.name in WIDENED_FRAMES or _predicate_phrase(frame):
            widened.extend(_prepositional_object_first(token, frame))
    return widened


def _predicate_phrase(frame: Frame) -> bool:
    """Whether a frame is a phrase predicated of an object before it ("referred to [the port] as [a relic]")."""
    return frame.name.startswith("prep:") and frame.name[5:] in lexicon()["predicate_prepositions"]


def _prepositional_object_first(token: Token, frame: Frame) -> list[Frame]:
    """'called on [the council to release the report]', 'referred to [the port as a relic]': the one asked or named
    is a prepositional object."""
    found = []
    for prep in token.children:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ == "prep" and objects and token.i < prep.i and prep.right_edge.i < frame.content[0][0]:
            content = [(objects[0].left_edge.i, frame.content[0][1])]
            found.append(Frame(token, f"prep:{prep.lower_}+{frame.name}", content, [*frame.cue_tokens, prep]))
    return found


def _surrounding_frame(token: Token) -> Frame | None:
    """'According to Y, X' and 'X, he said, Y': the content is the clause around the cue's own phrase; after a
    closing "according to Y", only what a conjunction the source vouches for goes on with
    (:func:`_goes_on_with_conjunct`)."""
    found = _host_clause(token)
    if found is None:
        return None
    clause, phrase, variant = found
    left, right = clause.left_edge.i, clause.right_edge.i + 1
    own_left, own_right = phrase.left_edge.i, phrase.right_edge.i + 1
    brackets = _enclosing_brackets(token)
    if brackets is not None:
        left, right = max(left, brackets[0]), min(right, brackets[1])
    parts = [p for p in ((left, own_left), (own_right, right)) if _has_words(token.doc, p)]
    closing_source = variant == "prep" and own_left > clause.i
    if closing_source and len(parts) > 1 and not _goes_on_with_conjunct(token.doc, own_right):
        parts = parts[:1]
    if not parts:
        return None
    cue_tokens = [token] + [c for c in token.children if c.dep_ == "prep"]
    return Frame(token, "rest", parts, cue_tokens, variant=variant)


def _enclosing_brackets(token: Token) -> tuple[int, int] | None:
    """The tokens inside the brackets around a cue in its paragraph ("... victims (the real figure is 15 percent,
    according to the Ledger)."): a source or aside in brackets speaks for the bracketed words only, whatever clause
    the parser hangs them on (PolNeAR train 0-639: 5 such sources, each vouching for its brackets alone)."""
    def nearest(tokens) -> Token | None:
        return next((t for t in tokens if t.text in BRACKET_MARKS or "\n" in t.text), None)

    opening = nearest(reversed(token.doc[:token.i]))
    closing = nearest(token.doc[token.i + 1:])
    if opening is None or closing is None or BRACKETS.get(opening.text) != closing.text:
        return None
    return opening.i + 1, closing.i


def _goes_on_with_conjunct(doc, start: int) -> bool:
    """What follows a closing "according to X" is the outlet's ("Y rose, according to X, but Z fell", "..., a
    record"), unless a conjunction the source vouches for goes on with its clause ("..., and Z fell":
    ``source_shared_conjunctions``)."""
    words = (t for t in doc[start:] if not (t.is_punct or t.is_space))
    first = next(words, None)
    return first is not None and first.dep_ == "cc" and first.lower_ in lexicon()["source_shared_conjunctions"]


def _colon_frame(token: Token) -> Frame | None:
    """'he demurred: [X]', 'She went on: [X]', 'Carrier's message: [X]': a cue right before a colon (past a
    particle) reports what follows it, to its sentence's end (a quotation there is widened to its close)."""
    if token.pos_ not in COLON_CUE_POS:
        return None
    after = token.i + 1
    while after < len(token.doc) and token.doc[after].dep_ == "prt" and token.doc[after].head == token:
        after += 1
    if after >= len(token.doc) or token.doc[after].text != ":" or after + 1 >= token.sent.end:
        return None  # the sentence is found last: it costs the most
    part = (after + 1, token.sent.end)
    return Frame(token, "colon", [part], [token]) if _has_words(token.doc, part) else None


def _modified_noun_frame(token: Token) -> Frame | None:
    """'[the immigration bill] opposed by Democrats', '[something] he wanted', '[the] endorsed [candidate]': a cue
    modifying a noun reports that noun's phrase, without the cue's own words."""
    noun = token.head
    if token.dep_ not in NOUN_MODIFIER_DEPS or token.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    own_left, own_right = token.left_edge.i, token.right_edge.i + 1
    parts = [p for p in ((noun.left_edge.i, own_left), (own_right, noun.right_edge.i + 1))
             if _has_words(token.doc, p)]
    return Frame(token, "head", parts, [token], variant=token.dep_) if parts else None


def _host_clause(token: Token) -> tuple[Token, Token, str] | None:
    """The clause a cue reports from outside it, the cue's own phrase, and how the cue hangs on it (the table's
    variant). "According to" may hang on a noun of its clause ("the committee, according to records, spent")."""
    head = token.head
    if head == token:
        return None
    if token.lower_ == "according":
        clause = _clause_above(token)
        return (_coordination_top(clause), token, "prep") if clause is not None else None
    if token.dep_ in PARENTHETICAL and _is_verb(head):
        return head, token, token.dep_
    return None


def _clause_above(token: Token) -> Token | None:
    node = token.head
    for _ in range(MAX_CLIMB):
        if _is_verb(node):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX")


def _coordination_top(clause: Token) -> Token:
    """'Trump received 37 percent, Clinton 36 and Bloomberg 13, according to the poll': the source vouches for
    every coordinated clause, not only the last one the parser hangs it on."""
    while clause.dep_ == "conj" and clause.head != clause and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause


def _has_words(doc, part: tuple[int, int]) -> bool:
    """Whether a part holds a word: not only punctuation or the blank line the parser keeps as a token."""
    return any(not (doc[i].is_punct or doc[i].is_space) for i in range(*part))


def _subtree_range(node: Token, cue: Token) -> tuple[int, int]:
    """The node's subtree, cut short of the cue when the parse hangs the cue inside it."""
    left, right = node.left_edge.i, node.right_edge.i + 1
    if left <= cue.i < right:
        if node.i > cue.i:
            left = cue.i + 1
        else:
            right = cue.i
    return left, _before_trailing_aside(node.doc, left, right)


def _before_trailing_aside(doc, left: int, right: int) -> int:
    """PolNeAR ends content before a closing non-restrictive relative clause ("denied the report, which ...") and
    before a participle after a quotation's closing comma ('called the plan "a gift to insurers," adding that ...':
    the participle is a statement of its own)."""
    for token in doc[left:right]:
        if token.dep_ != "relcl" and token.tag_ != "VBG":
            continue  # neither a relative clause nor a participle: no aside opens here
        opens = token.left_edge.i - 1
        if token.right_edge.i + 1 < right or opens <= left:
            continue
        if token.dep_ == "relcl" and doc[opens].text == ",":
            return _before_trailing_aside(doc, left, opens)
        if _opens_participle(token) and _closes_quotation(doc, opens, left):
            return _before_trailing_aside(doc, left, opens + 1)
    return right


def _closes_quotation(doc, index: int, left: int) -> bool:
    """Whether the token at ``index`` is a quotation mark right after a comma (',"'), both after ``left``."""
    return index - 1 > left and doc[index].is_quote and doc[index - 1].text == ","


def _opens_participle(token: Token) -> bool:
    return token.tag_ == "VBG" and token.left_edge.i == token.i


def speaker_class(token: Token | None) -> str:
    """name (a named entity), pron, noun, or none."""
    if token is None:
        return "none"
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return "name"
    return {"PRON": "pron", "PROPN": "name"}.get(token.pos_, "noun")


def fallback_speaker(cue: Token) -> Token | None:
    """For a cue :func:`speaker_of` found no reporter for: the subject of the copula or passive it is the
    complement of, or of the verb its prepositional phrase hangs on."""
    node = cue
    for _ in range(MAX_CLIMB):
        if node.head == node or node.dep_ not in FALLBACK_DEPS:
            return None
        raised, node = node.dep_ in RAISING_DEPS, node.head
        reporter = _own_reporter(node, raised)
        if reporter is not None:
            return reporter if within_reach(reporter, cue) else None
    return None


def speaker_of(cue: Token, frame_name: str | None = None) -> Token | None:
    """The reporter: subject, 'according to' object, agent, possessor of a noun cue, or the governing verb's subject;
    failing those, the name the parser left just before the verb. Never one out of the cue's reach
    (:func:`within_reach`) but the cue's own dependent. ``frame_name``: the frame the cue is read in, when known
    (only "rest" asks for the object of "according to"); none for a verb's reporter whatever it reports."""
    if frame_name == "rest" and cue.lower_ == "according":
        for prep in cue.children:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    node = cue
    for _ in range(MAX_CLIMB):
        reporter = _own_reporter(node)
        if reporter is not None:
            return reporter if node == cue or within_reach(reporter, cue) else None
        if not _climbs(node):
            break
        if _modifies_noun(node) and not _document_as_object(node.head):
            clause_verb = _verb_of_free_adjunct(node)
            if clause_verb is None:
                return node.head if within_reach(node.head, cue) else None
            node = clause_verb
            continue
        node = node.head
    neighbour = _left_neighbour(node)
    return neighbour if neighbour is not None and within_reach(neighbour, cue) else None


def past_light_verb(speaker: Token | None, cue: Token) -> Token | None:
    """A pronoun inside a light verb's complement is not its reporter, the verb's subject is: "she escalated
    [her] attacks on", "Devine made [it] clear that" (PolNeAR's source is "she", "Devine"); a light verb without a
    subject of its own lends the reporter it borrows itself ("a letter making it clear"). Applied to the chosen
    attribution, not in :func:`speaker_of`: the learnt cue table keys frames by the pronoun speaker."""
    if speaker is None or speaker.pos_ != "PRON" or speaker.head != cue:
        return speaker
    inside = (speaker.dep_ == "poss" and cue.dep_ == "dobj") or \
        (speaker.dep_ == "nsubj" and speaker.lower_ == "it" and cue.dep_ in LIGHT_VERB_COMPLEMENTS)
    verb = cue.head
    if not inside or verb == cue or verb.pos_ not in ("VERB", "AUX"):
        return speaker
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != speaker), None)
    if subject is None and speaker.lower_ == "it":  # "[the officers] signed a letter making it clear that": "it"
        subject = speaker_of(verb)                    # names no one, so the light verb's reporter is found as a cue's
    return subject or speaker


def passive_experiencer(cue: Token, content: list[tuple[int, int]]) -> Token | None:
    """'Okafor is still persuaded of X', 'voters were split on whether X': the subject of a passive verb of belief or
    feeling (``experiencer_passives``) holds the view it reports (PolNeAR train 0-639: the subject in 23 of 24 such
    attributions). Applied to a chosen attribution left without a reporter, like :func:`past_light_verb`: the learnt
    cue table reads a passive subject as content ("[the plan] was rejected"). ``content``: character ranges."""
    if cue.lemma_.lower() not in lexicon()["experiencer_passives"] or not has_passive_marks(cue):
        return None
    verbs = [cue, *(c for c in cue.children if c.dep_ == "auxpass")]  # the parser may hang it on "were"
    subject = next((c for verb in verbs for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None or any(start <= subject.idx < end for start, end in content):
        return None
    return subject if subject.pos_ in NOMINAL and not is_time(subject) and within_reach(subject, cue) else None


def within_reach(word: Token, cue: Token) -> bool:
    """Whether a word the parse links to a cue may be its reporter: not in another paragraph (the parser may run a
    sentence across a paragraph break) and, for a cue outside quotation marks, not inside them ('"... We will
    achieve justice," Chief Jordan said', with "said" conjoined to "achieve")."""
    return _in_reach(word, cue, _paragraph_reach(cue, word.i, word.i + 1), quotation_mask(cue.doc))


def in_cue_paragraph(word: Token, cue: Token) -> bool:
    """Whether a word stands in the cue's paragraph, as the parser may run a headline into the article's first
    sentence and give its cue a subject there."""
    return cue_paragraph_part(cue, (word.i, word.i + 1)) is not None


def cue_paragraph_part(cue: Token, part: tuple[int, int]) -> tuple[int, int] | None:
    """The token range ``part`` clipped to the cue's paragraph (:func:`_paragraph_reach`), or None if none of it
    is there."""
    first, last = _paragraph_reach(cue, min(part[0], cue.i), max(part[1], cue.i + 1))
    start, end = max(part[0], first), min(part[1], last + 1)
    return (start, end) if start < end else None


def _paragraph_reach(cue: Token, start: int, end: int) -> tuple[int, int]:
    """The first and last token of ``[start, end)`` (which holds the cue, or reaches up to it) that the cue
    reaches without crossing a paragraph break: one walk out from the cue each way."""
    doc, first, last = cue.doc, cue.i, cue.i
    while first > start and not _breaks_paragraph(doc[first - 1]):
        first -= 1
    while last < end - 1 and not _breaks_paragraph(doc[last]):
        last += 1
    return first, last


def _in_reach(word: Token, cue: Token, reach: tuple[int, int], quoted: bytearray) -> bool:
    """``reach``: the cue's (:func:`_paragraph_reach`); ``quoted``: the article's :func:`quotation_mask`."""
    return reach[0] <= word.i <= reach[1] and (not quoted[word.idx] or bool(quoted[cue.idx]))


def _breaks_paragraph(token: Token) -> bool:
    """A blank line, or a line break after the end of a sentence (not one that wraps a line: "a hate\ncrime")."""
    if "\n\n" in token.text:
        return True
    return "\n" in token.text and token.i > 0 and token.nbor(-1).text[-1:] in SENTENCE_ENDS


def keep_quotation_mask(doc, quoted: bytes | bytearray) -> None:
    """Keeps with the parse the quotation mask the quotes stage read in the article's own paragraphs (one byte per
    character, 1 inside quotation marks), so that every reach check on it reads those quotation marks."""
    doc.user_data[QUOTATION_MASK_KEY] = quoted


def quotation_mask(doc) -> bytes | bytearray:
    """The mask :func:`keep_quotation_mask` kept; for a parse read on its own (a test, the cue table's training),
    the one of its text's blank-line paragraphs, read once."""
    if QUOTATION_MASK_KEY not in doc.user_data:
        doc.user_data[QUOTATION_MASK_KEY] = quoted_mask(doc.text)
    return doc.user_data[QUOTATION_MASK_KEY]


def antecedent(speaker: Token) -> Token:
    """'Smith, who said X': PolNeAR's speaker is the noun the relative clause describes, not 'who'.
    (The cue table keeps 'who' as a pronoun speaker: it was learnt that way.)"""
    clause = speaker.head
    if speaker.tag_ in ("WP", "WDT") and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return speaker


def mention_near(cue: Token, parts: list[tuple[int, int]]) -> Token | None:
    """A last resort for a cue the parse gave no reporter ("Trump, speaking at a rally, did not mention X", with
    "Trump" hung on the wrong word): a subject hung on the cue as its modifier (:func:`_subject_read_as_modifier`),
    else the nearest name, personal pronoun or subject before the cue in its sentence,
    outside the content and not the object of another word; after a cue right after content, no one named between
    them ('"...," said Skelly', '"A," said Leamer, "B"', not '"...," a source, who ..., told Reuters'), the first
    name after it. A guess costs nothing where there was no speaker at all."""
    quoted = quotation_mask(cue.doc)
    reach = _paragraph_reach(cue, cue.sent.start, cue.sent.end)
    outside = [t for t in cue.sent if not any(start <= t.idx < end for start, end in parts)
               and _in_reach(t, cue, reach, quoted)]
    modifier = _subject_read_as_modifier(cue)
    if modifier is not None and modifier in outside:
        return modifier
    before = (t for t in reversed(outside) if t.i < cue.i)
    found = next((t for t in before if _could_report(t, subject_ok=True) and not _object(_noun_head(t))),
                 None)
    content_end = max((end for _, end in parts if end <= cue.idx), default=None)
    if found is None and content_end is not None and nothing_named_between(
            t for t in outside if content_end <= t.idx and t.i < cue.i):
        after = [t for t in outside if cue.i < t.i <= cue.i + MAX_INVERTED_GAP]
        found = next((t for t in after if _could_report(t, subject_ok=False)), None)
    return _noun_head(found) if found is not None else None


def _subject_read_as_modifier(cue: Token) -> Token | None:
    """'Trump predicts that ...', 'Some view the plan as ...', 'That plan, many argue, could ...': a cue heading its
    sentence with a clause or object of its own (or set in a clause as an aside) may be read as a noun, its subject
    hung on it as a modifier; the nearest such word before it that could name someone (a name, a noun, a number or
    ``quantity_subjects``) reports. A headline's label ("Okafor camp fumes:") is not such a cue."""
    heads_clause = cue.dep_ == "ROOT" and any(c.dep_ in CLAUSE_FRAMES for c in cue.children)
    if not (heads_clause or cue.dep_ == "parataxis"):
        return None
    shares = lexicon()["quantity_subjects"]
    return next((c for c in reversed(list(cue.lefts)) if c.dep_ in SUBJECTS_READ_AS_MODIFIERS and not is_time(c)
                 and (c.pos_ in ("PROPN", "NOUN", "NUM", "PRON") or c.lower_ in shares)), None)


def _object(word: Token) -> bool:
    """Whether a word is the object of another, as far as the parse can tell: a word it hangs on out of its reach
    (in another paragraph, or inside quotation marks: '"... have a solution."\n\nHumphrey, for example, said') says
    nothing of its role."""
    return word.dep_ in NOT_REPORTERS and within_reach(word.head, word)


def _could_report(token: Token, subject_ok: bool) -> bool:
    """A name, a personal pronoun or (``subject_ok``) a subject, or a noun whose role the parse cannot tell (hung
    on a word inside quotation marks: '"...," an officer, who ..., told Fox News'); never a time."""
    if is_time(token):
        return False
    if token.ent_type_ in REPORTER_ENTITIES or (token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS):
        return True
    if token.pos_ == "PROPN" and not token.ent_type_:  # a name the recogniser missed
        return True
    if subject_ok and token.dep_ in ("nsubj", "nsubjpass") and (
            token.pos_ == "NUM" or token.lower_ in lexicon()["quantity_subjects"]):
        return True  # a share of a group: "About 4 in 10 say", "Some view", "many of those interviewed ... worry"
    return subject_ok and token.pos_ in ("NOUN", "PROPN") and (
        token.dep_ in ("nsubj", "nsubjpass") or not within_reach(token.head, token))


def _noun_head(token: Token) -> Token:
    """The noun a word helps name or describe: "Trump" for "Donald", "field" for "Republican"."""
    while token.dep_ in MODIFIER_DEPS and token.head != token:
        token = token.head
    return token


def _modifies_noun(node: Token) -> bool:
    return node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON")


def _verb_of_free_adjunct(participle: Token) -> Token | None:
    """'Okafor called for a vote, declaring X', 'ended the debate with a joke, remarking X': a participle set off by
    a comma after an object tells what the clause's subject did, though the parser hung it on the object (PolNeAR
    train 0-639: the clause's subject in all 4 such attributions); the verb whose subject it is, else None."""
    if participle.tag_ != "VBG" or participle.i < 1 or participle.nbor(-1).text != "," \
            or participle.head.dep_ not in ("dobj", "pobj", "conj"):
        return None
    node = participle.head
    while node.pos_ not in ("VERB", "AUX") and node.head != node:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _document_as_object(noun: Token) -> bool:
    """'McConnell issued a statement saying X': the statement's issuer speaks, not the statement."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.ent_type_ == ""


def _left_neighbour(verb: Token) -> Token | None:
    """A verb the parser left without a subject ("... in Palm Beach - Lewandowski continued to assert"):
    the noun right before it (past auxiliaries and adverbs), when nothing marks the verb as passive."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "expl", "mark") for c in verb.children):
        return None
    index = verb.i - 1
    while index >= verb.sent.start and (verb.doc[index].dep_ in ("aux", "neg", "advmod") or is_time(verb.doc[index])):
        if _name_read_as_modal(verb.doc[index], verb):
            return verb.doc[index]
        index -= 1
    if index < verb.sent.start or index < verb.left_edge.i:
        return None
    neighbour = verb.doc[index]
    return neighbour if neighbour.pos_ in ("PROPN", "PRON", "NOUN") and neighbour.dep_ != "poss" else None


def _name_read_as_modal(word: Token, verb: Token) -> bool:
    """'Instead, Will called for ...': a capitalised modal inside a sentence before a past or present-tense verb or
    a past participle, which no modal takes, is a name (George Will, Theresa May); so is a proper noun the parser
    made an auxiliary ("Will was critical")."""
    if not word.is_title or word.is_sent_start:
        return False
    return (word.tag_ == "NNP" and word.dep_ == "aux") or (word.tag_ == "MD" and verb.tag_ in PAST_OR_PRESENT_TAGS)


def _own_reporter(node: Token, raised: bool = False) -> Token | None:
    """The node's subject (the nearest, when a run-on parse gives it two; a name the parser read as its
    auxiliary: "Will was critical of"), a noun's possessor, or its agent (a noun's: "an admission from Warren",
    "accusations by critics"); ``raised``: the cue is the node's complement, so a passive subject is the cue's
    subject too."""
    subjects = [c for c in node.children if (c.dep_ in SUBJECTS or (node.pos_ == "NOUN" and c.dep_ == "poss")
                or (raised and c.dep_ == "nsubjpass") or (c.dep_ == "aux" and _name_read_as_modal(c, node)))
                and not is_time(c)]
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - node.i))
    agents = lexicon()["noun_agent_prepositions"] if node.pos_ == "NOUN" else ()
    for child in node.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in agents):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return _displaced_agent(node) if node.pos_ == "VERB" else None


def _displaced_agent(verb: Token) -> Token | None:
    """The agent of a passive cue that the parser hung elsewhere: on its complement ("has been called [a farce]
    by X") or on a passive verb conjoined to it ("was booed and shouted down by X")."""
    if not has_passive_marks(verb):
        return None
    for child in verb.children:
        if child.dep_ in ("oprd", "attr"):
            agents = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "by"]
        elif child.dep_ == "conj" and child.tag_ in ("VBN", "VBD"):
            agents = [c for c in child.children if c.dep_ == "agent"]
        else:
            continue
        objects = [o for agent in agents for o in agent.children if o.dep_ == "pobj"]
        if objects:
            return objects[0]
    return None


def _climbs(node: Token) -> bool:
    """A cue borrows the subject above it; a noun cue also through a light verb ("made a condemnation of")."""
    if node.head == node:
        return False
    return node.dep_ in CLIMB_DEPS or (node.pos_ == "NOUN" and node.dep_ == "dobj" and node.head.pos_ == "VERB")


def token_span(doc, part: tuple[int, int]) -> tuple[int, int] | None:
    """Character span of a token range, without clause punctuation at its edges or a dangling conjunction."""
    start, end = part
    while start < end and doc[start].text in _EDGE_PUNCT:
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or _dangling(doc[end - 1])):
        end -= 1
    if start >= end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _dangling(token: Token) -> bool:
    """A conjunction left at the end of a content ("too early to congratulate winners but")."""
    return token.pos_ in ("CCONJ", "SCONJ") or token.dep_ in ("cc", "mark")


def noun_phrase(token: Token, cue: Token) -> tuple[int, int]:
    """Token range of the speaker phrase (appositions included), stopping before the cue."""
    left, right = token.left_edge.i, token.right_edge.i + 1
    if left <= cue.i < right:
        right = cue.i if cue.i > token.i else right
        left = cue.i + 1 if cue.i < token.i else left
    return left, right
