"""Find attributions in a parsed article: learnt cue frames, widened to whole quotations and their sequels.

Steps: (1) every token's candidate frames, kept when the learnt cue table accepts them (best frame per cue);
(2) cues inside someone's quotation are dropped (a quote's own words are not a new attribution), and so
are discourse phrases ("That said, ...");
(3) content touching a quotation grows to the whole quotation, and a content ends before a closing clause
that is another reporter's attribution ("X said A, while Y said B", "X said A after Y told reporters B"), and
a report that a closing "according to Y" vouches for becomes Y's;
(4) a quotation right after an attribution in the same paragraph, or continuing it in the next paragraph (or
filling the paragraph after one ending in a colon), joins it as another part (``"A," he said. "B."``);
(5) a cue with a quotation but no parsed clause ("he said: ...", '"...?" the senator pressed') takes it;
(6) headline and transcript labels ("Cruz: ...") attribute the rest of the line, and a phrase opening a sentence
with a poll or a person ("In a Ledger poll, ...", "To Okafor, ...") its clause; (7) a cue still without a reporter
takes the nearest mention (a guess only where there was none).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, takewhile

from spacy.tokens import Doc, Token

from eventwire.document import Span
from eventwire.nlp.syntax import has_infinitive_to, has_passive_marks
from eventwire.quotation_marks import Quotation
from eventwire.quotes.backoff import predicted_credit
from eventwire.quotes.claims import disputing_modifiers
from eventwire.quotes.cue_detector import CANDIDATE_FLOOR, detected_credit
from eventwire.quotes.frames import (CLAUSE_FRAMES, INVERTED_SUBJECTS, PERSONAL_PRONOUNS, REPORTER_ENTITIES, Frame,
                                     antecedent, fallback_speaker, frames_of, keep_quotation_mask, may_cue,
                                     mention_near, nothing_named_between, noun_phrase, speaker_class, speaker_of,
                                     token_span, within_reach)
from eventwire.quotes.lexicon import context_ratios, cue_table, frame_precision, lexicon
from eventwire.quotes.marks import kind_of, without_complementizer
from eventwire.quotes.speakers import role_nouns
from eventwire.spans import SpanIndex


#: Dependents of a cue, right of its content, that belong to the reported content.
EXTENDING_DEPS = {"advcl", "xcomp"}
#: Dependents of a cue right after its object that the object's content runs on over.
OBJECT_PHRASE_DEPS = {"prep", "advcl"}
#: Longest speaker label before a colon ("Sen. Kristen Gillibrand:").
MAX_LABEL_TOKENS = 5
#: Longest stretch between a cue and the quotation it introduces ("said on Friday in a statement:").
MAX_INTRO_GAP = 40
#: Opening quotation marks (a transcript label may follow one).
OPENING_MARKS = ('"', "“", "«", "„")
CLOSING_MARKS = ('"', "”", "»", "“")
#: The opening mark of each closing mark that has one of its own; any other closes an odd count of itself ('"').
PAIRED_OPENING = {"”": "“", "»": "«"}
#: What a content span drops at its edges.
CONTENT_EDGE = set(" \t\n\"'“”‘’«»„,.;:")
#: A dash after a closing quotation mark and a short name that ends the line: the quotation's signature.
SIGNATURE = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*"  # spaces on a line may be no-break spaces
                       r"([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})[^\S\n]*\.?[^\S\n]*(?=\n|$)")
#: A run of line breaks (with any blank lines in it): one paragraph break.
LINE_BREAKS = re.compile(r"\n(?:[^\S\n]*\n)*")
#: What may follow a clause that closes a content.
CLAUSE_TAIL = CONTENT_EDGE | {"!", "?", ")"}
#: What lies between a content and a source phrase closing it ("X, according to Y").
SOURCE_PHRASE_EDGE = set(" \t\n,;:—–-")
#: A clause describing a word of the content ("Americans who know", "a general who suggested") is part of it.
DESCRIBING_DEPS = {"relcl", "acl"}
#: Words opening a describing apposition ("Ben Carson, [a] surgeon who ..."), and what sets it off.
ARTICLES = {"a", "an", "the"}
SETTING_OFF = {",", "—", "–", "--"}
#: Most words between a quotation and the cue after it ('"...," Susan Sarandon, 69, told').
MAX_GAP_WORDS = 8
#: Objects a parser may conjoin the next clause's subject to ("backed [it] and Okafor opposed").
OBJECTS = {"dobj", "dative", "attr", "oprd"}
#: How words hang on the noun of their phrase ("[the] [New] [York] Times").
NOUN_PHRASE_PARTS = {"det", "compound", "amod", "nummod", "poss", "case"}
#: Most steps from a medium up to the verb it hangs on ("spent [much] [of] [his speech] defending").
MAX_MEDIUM_CLIMB = 3
#: Dashes setting off an aside ('X suggested A - "B," she said - and charged C').
ASIDE_DASHES = {"-", "—", "–", "--"}
#: Most tokens from an aside's closing dash to the cue going on after it ("- and repeatedly reminded").
MAX_AFTER_ASIDE = 3
#: Where a parse keeps each token's best frame, found once by the stage (:func:`kept_best_frame`).
BEST_FRAMES_KEY = "eventwire.quotes.best_frames"
#: Marks ending a sentence before a quotation that opens the next one.
SENTENCE_FINAL = {".", "?", "!"}


@dataclass
class Attribution:
    """An attribution before speaker resolution: content pieces, cue, and the speaker/channel tokens."""

    parts: list[Span]
    cue: Span
    cue_token: Token
    speaker: Token | None = None
    channel: Token | None = None
    quotations: list[int] = field(default_factory=list)  # indexes of the quotations it covers
    attached: bool = False  # a quotation glued to its cue by punctuation ('"...," he said'): wins overlaps
    doubted: bool = False  # kept by the cue detector against the table: loses overlaps
    speaker_tokens: tuple[int, int] | None = None  # the speaker phrase, when known without the parse

    @property
    def content(self) -> Span:
        return self.parts[0][0], self.parts[-1][1]


def find_attributions(parsed: Doc, text: str, quotations: list[Quotation], mask: bytearray) -> list[Attribution]:
    """Every attribution in the article; ``text`` is the parsed text (spaCy rebuilds ``Doc.text`` on each access)."""
    keep_quotation_mask(parsed, mask)
    parsed.user_data[BEST_FRAMES_KEY] = {}  # frames read the quotation mask: found afresh under this one
    frames = _best_frames(parsed, mask)
    coordinated_cues = {f.cue.i for f, _ in frames
                        if f.cue.dep_ == "conj" or (_set_off_participle(f.cue) and _quotes_in(f.cue, mask))}
    found = [a for a in (_from_frame(f, text, mask, coordinated_cues, doubted) for f, doubted in frames)
             if a is not None]
    _participles_speak_for_reporters(found)
    found.extend(_loose_quotations(parsed, text, quotations, mask, found))
    found.extend(_labelled_lines(parsed, text, mask))
    found.extend(_signed_quotations(parsed, text, quotations))
    found.extend(_opening_sources(parsed, text, mask))
    found.sort(key=lambda a: a.content)
    quotation_index = SpanIndex(lambda i: (quotations[i].start, quotations[i].end), range(len(quotations)))
    for attribution in found:
        _widen_to_quotations(attribution, quotations, quotation_index, text)
    _end_before_trailing_attributions(found, text, quotations)
    found = _vouched_reports_joined(found, text)
    found = _drop_overlaps(found, text, mask)
    _attach_sequels(found, quotations, text)
    by_cue = {a.cue_token.i: a for a in found}
    for attribution in found:
        if attribution.speaker is None and may_cue(attribution.cue_token) \
                and not _told_without_teller(attribution.cue_token):
            attribution.speaker = _name_read_as_adverb(attribution.cue_token) or _reporter_lent(
                attribution, by_cue) or mention_near(attribution.cue_token, attribution.parts)
    return found


def _told_without_teller(cue: Token) -> bool:
    """'Okafor was told that the tunnel would open late': the subject of a passive verb of telling
    (``telling_passives``) is whom the words were told to, and with no by-phrase nobody is named as saying them
    (PolNeAR train 0-639 never gives such a subject as the source); the nearest name is no fallback."""
    return has_passive_marks(cue) and cue.lemma_.lower() in lexicon()["telling_passives"]


def _reporter_lent(attribution: Attribution, by_cue: dict[int, Attribution]) -> Token | None:
    """'"...," said Skelly, explaining X': a set-off participle left without a reporter is the reporter's of the
    cue it hangs on, found in text order before it (here the name read as an adverb)."""
    cue = attribution.cue_token
    reporter = by_cue.get(cue.head.i)
    if not _set_off_participle(cue) or reporter is None or reporter is attribution:
        return None
    return reporter.speaker


def _name_read_as_adverb(cue: Token) -> Token | None:
    """'"...," said Skelly', 'And Skelly called X': the tagger may read a surname as an adverb of the cue; it is the
    reporter when the article names a person with that word."""
    names = {t.text for entity in cue.doc.ents if entity.label_ == "PERSON" for t in entity}
    return next((c for c in cue.children if c.dep_ == "advmod" and c.pos_ == "ADV" and c.is_title and c.text in names
                 and within_reach(c, cue)), None)


def _best_frames(parsed: Doc, mask: bytearray) -> list[tuple[Frame, bool]]:
    """Each cue's most reliable frame, kept when its precision, corrected for the cue's context, is high enough,
    or when the cue detector expects enough of this occurrence of a frame the table doubts ("she believes X");
    with whether the table doubted it."""
    limits = lexicon()["thresholds"]
    ratios = context_ratios()
    best = []
    for token in parsed:
        if mask[token.idx] or not may_cue(token) or _in_discourse_phrase(token) or _in_saying_idiom(token) \
                or (found := kept_best_frame(token)) is None:
            continue
        precision, frame = found
        lift = min(ratios.get(cue_context(token), 1.0), limits["max_context_lift"])
        if precision * lift >= limits["min_precision"]:
            best.append((frame, False))
        elif _detected(frame, precision):
            best.append((frame, True))
    return best


def _in_discourse_phrase(token: Token) -> bool:
    """'That said, ...', 'Having said that, ...': a phrase opening its sentence before a comma links it to the one
    before and reports no one (``discourse_phrases``). Runs on every token: a word of no such phrase costs one
    dictionary look-up."""
    doc = token.doc
    for phrase, offset in _phrases_by_word("discourse_phrases").get(token.lower_, ()):
        start, end = token.i - offset, token.i - offset + len(phrase)
        if start < 0 or end >= len(doc) or doc[end].text != ",":
            continue
        opens = doc[start].is_sent_start or (start > 0 and (doc[start - 1].is_quote or doc[start - 1].is_bracket))
        if opens and tuple(t.lower_ for t in doc[start:end]) == phrase:
            return True
    return False


@lru_cache(maxsize=None)
def _phrases_by_word(entry: str) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each word of a phrase of the lexicon list ``entry`` -> the phrases holding it, with its position in each."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in lexicon()[entry]:
        words = tuple(phrase.split())
        for offset, word in enumerate(words):
            found.setdefault(word, []).append((words, offset))
    return {word: tuple(places) for word, places in found.items()}


def _in_saying_idiom(token: Token) -> bool:
    """'it is safe to say X', 'one could say X', 'the delays say a lot about the board': a set phrase with a verb
    of saying (``saying_idioms``) is the writer's hedge or judgement, wherever it stands, and reports no one. Not after
    "no" ('no one could say when ...' reports that nobody could)."""
    doc = token.doc
    for phrase, offset in _phrases_by_word("saying_idioms").get(token.lemma_.lower(), ()):
        start, end = token.i - offset, token.i - offset + len(phrase)
        if start < 0 or end > len(doc) or (start and doc[start - 1].lower_ == "no"):
            continue
        if all(word in (t.lower_, t.lemma_.lower()) for word, t in zip(phrase, doc[start:end])):
            return True
    return False


def _detected(frame: Frame, precision: float) -> bool:
    """A second look at a doubted frame, with a bar of its own for each kind of reporter (``detector_speakers``;
    none for a kind whose speakers the stage gets right too rarely for the finds to pay: a pronoun, no reporter)."""
    bar = lexicon()["detector_speakers"].get(speaker_class(frame.speaker))
    return precision >= CANDIDATE_FLOOR and bar is not None and detected_credit(frame, precision) >= bar


def best_frame(token: Token, table: dict[str, tuple[int, int]] | None = None,
               model: tuple[float, dict[str, float]] | None = None) -> tuple[float, Frame] | None:
    """The cue's frame of best train precision, with that precision (``table`` and ``model``: a fold's cue table
    and back-off model instead of the stored ones). Frames of the best one's own key are tied, and the nearest
    content wins: a parse giving "said" a clause on each side (one of them often in the next paragraph) leaves
    the two the same table counts, and only the back-off's hair of credit between them."""
    scored = [(_precision(f, table, model), f) for f in _allowed(frames_of(token))]
    if not scored:
        return None
    best = max(scored, key=lambda item: (item[0], -_distance(item[1])))
    return max((item for item in scored if item[1].full_key == best[1].full_key),
               key=lambda item: (-_distance(item[1]), item[0]))


def kept_best_frame(token: Token) -> tuple[float, Frame] | None:
    """:func:`best_frame` with the stored tables, found once per token of a parse and kept with it
    (``Doc.user_data``): the stray veto asks again about the cues the attributions were made from."""
    kept = token.doc.user_data.setdefault(BEST_FRAMES_KEY, {})
    if token.i not in kept:
        kept[token.i] = best_frame(token)
    return kept[token.i]


def cue_context(token: Token) -> str:
    """What the table's key leaves out and still tells how often a cue reports: its tag and how it hangs ("said"
    as a main verb reports more often than "say" in an infinitive, or a cue inside another's reported clause)."""
    return f"{token.tag_}/{token.dep_}"


def _distance(frame: Frame) -> int:
    """Tokens between the cue and its content. Of two equally reliable frames (a parse giving "said" a clause on
    each side), the nearer is PolNeAR's far more often (train 420-839: 138 of 167 such ties)."""
    start, end = frame.content[0][0], frame.content[-1][1]
    return start - frame.cue.i if start > frame.cue.i else max(frame.cue.i - end, 0)


def _before_coordinated_cue(part: tuple[int, int], cue: Token, coordinated_cues: set[int]) -> tuple[int, int]:
    """'said X and said Y': the second cue starts an attribution of its own, so X stops before it; a cue
    coordinated inside X ('says [he is proud and expects to win]') is part of what is said. A set-off participle
    with quoted words ('said X, adding "Y"') stops X before its comma, wherever the parser hung it."""
    start, end = part
    inner = [i for i in coordinated_cues if start < i < end and _conjoined_to(cue.doc[i], cue)]
    inner += [i - 1 for i in coordinated_cues if start < i - 1 < end and cue.doc[i].dep_ != "conj"]
    return (start, min(inner)) if inner else part


def _participles_speak_for_reporters(found: list[Attribution]) -> None:
    """'Carson said he saw no need to change, telling Stephanopolous that ...': a set-off participle the parser
    hung inside a reported clause is the reporter's (Carson), unless its own speaker stands outside that clause.
    So is a verb without a subject that the parser conjoined to a verb of the reported clause: 'Suu Kyi said it was
    too early but added X', 'De Blasio said the move was made by Bratton and said X'. A participle hung on a
    reporting verb whose subject is the participle's own speaker keeps it ('The board cannot claim that "in its
    view," Okafor added, saying X' is Okafor's, though the parser hung "added" inside the board's clause)."""
    by_cue = {a.cue_token.i: a for a in found}
    for attribution in found:
        cue = attribution.cue_token
        if not (_set_off_participle(cue) or (_conjoined_without_subject(cue) and cue.head.i not in by_cue)):
            continue  # a verb conjoined to a cue has the cue's reporter already
        if _set_off_participle(cue) and _reporter_of_its_head(attribution):
            continue
        node = attribution.cue_token.head
        while node.i not in by_cue and node.head != node:
            node = node.head
        reporter = by_cue.get(node.i)
        if reporter is None or reporter is attribution or reporter.speaker is None:
            continue
        own = attribution.speaker
        if own is None or any(start <= own.idx < end for start, end in reporter.parts):
            attribution.speaker = reporter.speaker


def _reporter_of_its_head(attribution: Attribution) -> bool:
    """Whether the attribution's speaker is the subject of the reporting verb ("say", "add": ``_reports_speech``)
    its cue hangs on."""
    speaker, head = attribution.speaker, attribution.cue_token.head
    return speaker is not None and speaker.head == head and speaker.dep_ == "nsubj" and \
        _reports_speech(head, cue_table())


def _conjoined_without_subject(cue: Token) -> bool:
    """A verb conjoined to another ('... but added X') that has no subject of its own: it borrows one."""
    return cue.dep_ == "conj" and cue.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children)


def _set_off_participle(cue: Token) -> bool:
    """'Ruiz said the port would reopen, adding "..."': the participle after a comma, or after a quotation's
    closing comma ('said the port "would reopen," adding ...'), reports words of its own, which the clause before
    it does not take in."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "conj", "xcomp") or cue.i < 2:
        return False
    before = cue.nbor(-1)
    return before.text == "," or (before.is_quote and cue.nbor(-2).text == ",")


def _conjoined_to(token: Token, cue: Token) -> bool:
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token == cue


def paragraph_of(text: str, offset: int) -> Span:
    """A parsed sentence may run over a blank line (a headline into its story); content never does."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _allowed(frames: list[Frame]) -> list[Frame]:
    """A channel verb passing words on ("quoted him as saying") reports the clause, never its object or its "as"
    phrase; without an "as" it may report its object ("cited [the Head Start program]": train 0.64 credit).
    A noun's clause the outlet disputes ("Putin's unfounded claim that X") is a claim (:mod:`.claims`), not a quote."""
    return [f for f in frames if (not _passes_on(f.cue) or f.name in ("ccomp", "rest"))
            and not (f.name == "acl" and disputing_modifiers(f.cue))]


def _passes_on(token: Token) -> bool:
    return _is_channel(token) and any(c.dep_ == "pcomp" for c in _as_phrases(token))


def _as_phrases(token: Token) -> list[Token]:
    """Heads of the cue's "as" phrase: a clause passes words on ("quoted him as [saying]"), a noun is the cue's own
    judgement ("cited the budget as [the reason]": the one citing speaks, the budget is what is said)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]


def _judges(token: Token) -> bool:
    return any(c.dep_ == "pobj" for c in _as_phrases(token))


def _is_channel(token: Token) -> bool:
    return token.lemma_.lower() in lexicon()["channel_cues"]


def _precision(frame: Frame, table: dict[str, tuple[int, int]] | None = None,
               model: tuple[float, dict[str, float]] | None = None) -> float:
    """A channel verb's clause is as reliable as the "say" it passes on, which is far better attested."""
    prior = predicted_credit(frame, model)
    if _is_channel(frame.cue) and frame.name in ("ccomp", "rest"):
        lemma = frame.cue.lemma_.lower()
        say = lexicon()["channel_stands_for"]
        return frame_precision(frame.full_key.replace(f":{lemma}:", f":{say}:", 1),
                               frame.key.replace(f":{lemma}:", f":{say}:", 1), prior, table)
    return frame_precision(frame.full_key, frame.key, prior, table)


def _from_frame(frame: Frame, text: str, mask: bytearray, coordinated_cues: set[int],
                doubted: bool = False) -> Attribution | None:
    doc = frame.cue.doc
    ranges = [_before_coordinated_cue(p, frame.cue, coordinated_cues) for p in _to_clause_end(frame, mask)]
    ranges = [_before_closing_apposition(doc, part) for part in ranges]
    spans = list(filter(None, (token_span(doc, p) for p in ranges)))
    low, high = paragraph_of(text, frame.cue.idx)
    parts = [(max(s, low), min(e, high)) for s, e in spans]
    if not any(s < e for s, e in parts):
        low, high = _quoted_paragraph_announced(text, high)
        parts = [(max(s, low), min(e, high)) for s, e in spans]
    parts = [_before_quotation_close(text, mask, part, frame.cue.idx) for part in parts if part[0] < part[1]]
    if not parts:
        return None
    cue_tokens = sorted(frame.cue_tokens, key=lambda t: t.i)
    cue = (cue_tokens[0].idx, cue_tokens[-1].idx + len(cue_tokens[-1]))
    speaker, channel = _speaker_and_channel(frame)
    speaker = _object_controller(frame.cue) or _subject_read_as_conjunct(frame.cue) or \
        _passive_subject_past_agent(_past_anticipatory_it(speaker), frame.cue)
    speaker = speaker and _poll_for_share(_maker_of_described(antecedent(speaker), frame.cue), frame.cue)
    return Attribution(parts, cue, frame.cue, speaker, channel, doubted=doubted)


def _quoted_paragraph_announced(text: str, end: int) -> Span:
    """The paragraph after one ending in a colon, when a quotation opens it ('Dr. Okafor stated:' then '"The board
    ..."'): the words the colon announces, which a cue's content may lie in wholly; else an empty span."""
    following = len(text) - len(text[end:].lstrip())
    if not text[:end].rstrip().endswith(":") or not text.startswith(OPENING_MARKS, following):
        return end, end
    return paragraph_of(text, following)


def _before_quotation_close(text: str, mask: bytearray, part: tuple[int, int], cue_start: int) -> tuple[int, int]:
    """'"We are done here," an officer, who was not allowed to speak, told Fox News': a content before its cue that
    opens with a quotation ending in a comma ends with that quotation, though the parser hung the words after it
    on a verb inside it; they name who speaks. A quotation without the comma may open a longer content
    ('"Reckless" is how she put it')."""
    start, end = part
    first = next((i for i in range(start, end) if text[i].isalpha()), None)
    if end > cue_start or first is None or not mask[first]:
        return part
    tail = next((i for i in range(first, end) if text[i].isalpha() and not mask[i]), None)
    if tail is None:
        return part
    closing = text[first:tail].rstrip()
    if len(closing) < 2 or closing[-1] not in CLOSING_MARKS or closing[-2] != ",":
        return part
    return start, first + len(closing)


def _before_closing_apposition(doc, part: tuple[int, int]) -> tuple[int, int]:
    """'voted for [Ben Carson], a surgeon who ...', 'wants [to be tough on Wall Street], a departure from ...': a
    description set off by a comma or dash at the end of a content (an apposition opened by an article) is the
    outlet's, and PolNeAR leaves it out. A name ("his successor, John Kerry") or a list the parser took for an
    apposition ("his parents, the staff and the donors") stays. (Train 0-639 / 640-839: overlap F1 +0.0014 /
    +0.0005.)"""
    start, end = part
    for token in doc[start:end]:
        before = token.left_edge.i - 1
        if token.dep_ == "appos" and token.right_edge.i + 1 >= end and before > start \
                and doc[before].text in SETTING_OFF and token.left_edge.lower_ in ARTICLES \
                and not any(t.dep_ == "cc" for t in token.subtree):
            return start, before
    return part


def _object_controller(cue: Token) -> Token | None:
    """'The victory led Priebus to declare X', 'That prompted Rubio to call Y': the one led or prompted speaks,
    not the subject of "led" (PolNeAR train: the object in 34 of 43 such cues). The parser may hang the clause on
    the verb as an adverbial one ('the closure drove farmers to demand X'), and a participle may be what the
    object does ('the strike left dock workers wondering whether X', ``object_participle_verbs``): then the clause
    must follow the object at once, since after a comma it is the subject's own ('Reyes left the hall, saying X')."""
    head = cue.head
    if cue.dep_ == "xcomp" or (cue.dep_ == "advcl" and has_infinitive_to(cue)):
        verbs = lexicon()["object_control_verbs"]
    elif cue.dep_ == "advcl" and cue.tag_ == "VBG":
        verbs = lexicon()["object_participle_verbs"]
    else:
        return None
    if head.lemma_.lower() not in verbs or any(c.dep_ in ("nsubj", "csubj") for c in cue.children):
        return None
    controller = next((c for c in head.children if c.dep_ == "dobj" and c.i < cue.i), None)
    if controller is None or (cue.dep_ == "advcl" and cue.left_edge.i != controller.right_edge.i + 1):
        return None
    return controller


def _subject_read_as_conjunct(cue: Token) -> Token | None:
    """'Reyes backed the plan and Okafor, as before, opposed it', 'the Ledger called it a farce and the Post will
    call it a fraud': the parser may conjoin the second clause's subject to the first clause's object and the cue,
    left without a subject, to the first verb, whose subject it would borrow; the noun opening the second clause,
    right after the conjunction, is the cue's subject."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children):
        return None
    conjunction = next((t for t in reversed(cue.doc[cue.head.i + 1:cue.i]) if t.dep_ == "cc"), None)
    if conjunction is None:
        return None
    opening = noun = cue.doc[conjunction.i + 1]
    while noun.dep_ in NOUN_PHRASE_PARTS and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("PROPN", "NOUN", "PRON") or noun.left_edge.i != opening.i \
            or noun.i >= cue.i or noun.head.i >= conjunction.i or noun.head.dep_ not in OBJECTS:
        return None
    between = cue.doc[noun.right_edge.i + 1:cue.i]
    aside = len(between) > 1 and between[0].text in SETTING_OFF and between[-1].text in SETTING_OFF
    if not aside and any(t.dep_ not in ("aux", "neg", "advmod") for t in between):
        return None
    return noun if within_reach(noun, cue) else None


def _past_anticipatory_it(speaker: Token | None) -> Token | None:
    """'It dawned on Okafor that the ferry was lost', 'It falls to the council to decide whether ...': "it" stands for
    the clause after it; whoever the verb's "on" or "to" phrase names (``experiencer_prepositions``) thinks or acts."""
    if speaker is None or speaker.lower_ != "it" or speaker.dep_ != "nsubj":
        return speaker
    verb = speaker.head
    if not any(c.dep_ in ("ccomp", "xcomp") and c.i > speaker.i for c in verb.children):
        return speaker
    prepositions = lexicon()["experiencer_prepositions"]
    experiencer = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in prepositions
                        for o in p.children if o.dep_ == "pobj" and _names_someone(o)), None)
    return experiencer or speaker


def _passive_subject_past_agent(speaker: Token | None, cue: Token) -> Token | None:
    """'Okafor was heckled by dock workers after telling them X', 'Okafor was joined on stage by Reyes and joked X':
    an active cue that borrows its reporter from a passive verb above it shares that verb's subject; the verb's
    agent only did the heckling or joining. A passive cue keeps the agent ('was booed and heckled by farmers'), and so
    does a subject naming no one (:func:`_names_someone`), as PolNeAR has it."""
    if speaker is None or speaker.dep_ != "pobj" or speaker.head.dep_ != "agent" or _passive_form(cue):
        return speaker
    host = speaker.head.head
    if host == cue or all(above.i != host.i for above in cue.ancestors):
        return speaker
    if host.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in host.children):
        host = host.head  # "was booed and shouted down by X": the subject hangs on the first verb
    subject = next((c for c in host.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and _names_someone(subject) and within_reach(subject, cue) else speaker


def _names_someone(noun: Token) -> bool:
    """A name, a personal pronoun or a role noun: "the case was brought by Judicial Watch and seeks X" and "her
    attacks were echoed by aides saying X" leave the agent speaking."""
    return noun.ent_type_ in REPORTER_ENTITIES or noun.lower_ in PERSONAL_PRONOUNS or \
        noun.lemma_.lower() in role_nouns()


def _passive_form(verb: Token) -> bool:
    """A passive verb or any participle: "the bill opposed by Democrats" reports the agent as much as "was
    opposed by"."""
    return verb.tag_ == "VBN" or has_passive_marks(verb)


def _maker_of_described(speaker: Token, cue: Token) -> Token:
    """'Forbes shot back in an article stating X', 'the Post ran a piece that noted X', 'he spent much of his
    speech defending X': a cue describing a medium (``speaking_media``: an article, a speech, an ad) reports for
    whoever made it, as PolNeAR has it: the subject of the verb the medium hangs on, else the medium's possessor.
    So does an infinitive describing a thing rather than someone ('Deacon had nothing bad to say about X', 'he
    went out of his way to say X') or what its subject is ('Kirk was the only senator to vote against X').
    A medium before that verb stays the speaker ('In a statement announcing the pick, the union called ...'), and
    one the parse made the verb's object is climbed past already (:func:`frames.speaker_of`)."""
    if cue.dep_ not in DESCRIBING_DEPS or cue.head != speaker:
        return speaker
    if speaker.lemma_.lower() not in lexicon()["speaking_media"] and not (has_infinitive_to(cue) and _not_someone(speaker)):
        return speaker
    verb = speaker
    for _ in range(MAX_MEDIUM_CLIMB):
        if verb.head == verb or verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subject = _verb_subject(verb) if verb.pos_ in ("VERB", "AUX") and verb.i < speaker.i else None
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    producer = next((antecedent(t) for t in (subject, owner) if t is not None and within_reach(t, cue)), None)
    return producer or speaker


def _not_someone(noun: Token) -> bool:
    """A noun that names no one ("nothing", "his way", "a previous case"), or one a copula makes its subject
    ("the only senator" in "Kirk was the only senator")."""
    if noun.dep_ == "attr":
        return True
    return noun.tag_ in ("NN", "NNS") and not noun.ent_type_ and noun.lemma_.lower() not in role_nouns()


def _poll_for_share(speaker: Token, cue: Token) -> Token:
    """'In a Harbour Ledger poll, 62 percent of voters said X': a share of those polled speaks through the poll the
    sentence opens with (``poll_nouns``), which PolNeAR gives as the speaker; a named subject stays ('In a poll of
    800 voters, Democracy Corp found X')."""
    if speaker.head != cue or speaker.dep_ != "nsubj" or not _share(speaker):
        return speaker
    phrases = [p for p in cue.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < speaker.i]
    return next((o for p in phrases for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in lexicon()["poll_nouns"] and within_reach(o, cue)), speaker)


def _share(word: Token) -> bool:
    """A number or share of people ("62 percent of voters", "31%", "four in 10")."""
    return word.ent_type_ in ("PERCENT", "CARDINAL") or word.pos_ == "NUM"


def _verb_subject(verb: Token) -> Token | None:
    """The verb's subject, or for a conjoined verb without one the subject of the verb it is conjoined to
    ('[Forbes] shot back and ran a piece that ...')."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head == verb:
            return subject
        verb = verb.head


def _to_clause_end(frame: Frame, mask: bytearray) -> list[tuple[int, int]]:
    """Quoted words right of the content, still governed by the cue, are reported too ("reiterated X to 'help' Y")."""
    if frame.name not in ("dobj", "ccomp") or len(frame.content) != 1 or frame.content[0][0] < frame.cue.i:
        return frame.content
    start, end = frame.content[0]
    if frame.name == "dobj":
        end = _through_object_phrases(frame.cue, end)
    trailing = [c for c in frame.cue.rights if c.i >= end and c.dep_ in EXTENDING_DEPS and _quotes_in(c, mask)
                and not _set_off(c)]
    if trailing:
        end = max(end, max(c.right_edge.i for c in trailing) + 1)
    return [(start, end)]


def _through_object_phrases(cue: Token, end: int) -> int:
    """'referring to [the US as the "Great Satan"]', 'praised [Christie's leadership in the aftermath of Sandy]':
    PolNeAR's content runs on over the cue's prepositional phrases right after its object, though not over a
    time ("blasted Trump on Monday"). On train halves 0-419 / 420-839: overlap F1 +0.0014 / +0.0004. So it does
    over an adverbial clause the parser hung on the cue right after the object, with no comma between ("criticized
    [the plan because it cuts the night ferries]"): train 0-639 / 640-839 overlap F1 +0.0005 / +0.0001."""
    for child in cue.rights:
        if child.dep_ in OBJECT_PHRASE_DEPS and child.left_edge.i == end and not _mentions_time(child):
            end = child.right_edge.i + 1
    return end


def _mentions_time(phrase: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree)


def _set_off(clause: Token) -> bool:
    """'criticized the deal, saying it "goes nowhere"': a clause after a comma is an attribution of its own."""
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text in (",", ";", "—", "–", "--")


def _quotes_in(node: Token, mask: bytearray) -> bool:
    return any(mask[t.idx] for t in node.subtree if t.is_alpha)


def _speaker_and_channel(frame: Frame) -> tuple[Token | None, Token | None]:
    """'Interfax quoted him as saying X': the speaker is 'him', Interfax only passed the words on."""
    if _is_channel(frame.cue) and not _judges(frame.cue):
        objects = [c for c in frame.cue.children if c.dep_ == "dobj" and c.pos_ in ("PRON", "PROPN")]
        if objects and frame.name != "dobj":
            return objects[0], frame.speaker
    return _inverted_aside_subject(frame.cue) or _reporter_past_aside(frame.speaker or fallback_speaker(frame.cue),
                                                                        frame.cue), None


def _inverted_aside_subject(cue: Token) -> Token | None:
    """'The plan, said harbour chief Okafor, would cost the town its ferries': in a reporting aside set off by commas
    the subject follows the verb, though the parser may take the words before the aside for the verb's subject and
    hang the name on the clause after it."""
    if cue.i < 2 or cue.i + 1 >= len(cue.doc) or cue.nbor(-1).text != ",":
        return None
    subject = cue.nbor(1)
    while subject.dep_ in ("compound", "flat") and subject.head.i > subject.i:
        subject = subject.head
    clauses = {cue} | {c for c in cue.children if c.dep_ == "ccomp"}
    closing = subject.right_edge.i + (subject.right_edge.text != ",")  # the aside's closing comma
    if subject.dep_ != "nsubj" or subject.head not in clauses or closing >= len(cue.doc) \
            or cue.doc[closing].text != ",":
        return None
    return subject if within_reach(subject, cue) else None


def _reporter_past_aside(reporter: Token | None, cue: Token) -> Token | None:
    """'Clinton suggested X - "...," she said - and charged that Y': the parser makes the aside's verb the root and
    conjoins the cue after it to that verb, but the cue goes on from the clause the aside interrupts, whose subject
    opens the sentence before the first dash (PolNeAR: Clinton). A cue with a subject of its own keeps it."""
    if reporter is None or cue.dep_ != "conj" or reporter.head != cue.head:
        return reporter
    dashes = [t.i for t in cue.sent if t.text in ASIDE_DASHES and t.i < cue.i]
    if len(dashes) < 2 or not dashes[-2] < cue.head.i < dashes[-1] or cue.i - dashes[-1] > MAX_AFTER_ASIDE:
        return reporter
    opening = [t for t in cue.sent if t.i < dashes[-2] and t.dep_ == "nsubj" and t.head.i < dashes[-2]]
    return opening[0] if opening and within_reach(opening[0], cue) else reporter


def _widen_to_quotations(attribution: Attribution, quotations: list[Quotation], index: SpanIndex[int],
                         text: str) -> None:
    """Content that reaches into a quotation takes all of it: "A. B. C," he said covers A to C. Content whose
    sentence has ended before a quotation's opening mark does not: the parser may hang the mark opening the next
    sentence's quotation on the sentence before ("Time, Okafor added, was on their side. ''It is early,'' she
    said."), and the clause ends with its own sentence."""
    widened = []
    for start, end in attribution.parts:
        for position in index.overlapping(start, end):
            quotation = quotations[position]
            if quotation.start <= attribution.cue[0] < quotation.end:
                continue
            if _opens_after_sentence_end(text, (start, end), quotation):
                end = _before_sentence_end(text, start, quotation.start)
                continue
            start, end = min(start, quotation.start), max(end, quotation.end)
            attribution.quotations.append(position)
        widened.append((start, end))
    attribution.parts = _merge(widened)


def _opens_after_sentence_end(text: str, part: Span, quotation: Quotation) -> bool:
    """Whether ``part`` reaches only the opening mark of ``quotation``, after words of its own that end a sentence."""
    start, end = part
    if not start < quotation.start < end or any(c.isalnum() for c in text[quotation.start:end]):
        return False
    return text[start:quotation.start].rstrip()[-1:] in SENTENCE_FINAL


def _before_sentence_end(text: str, start: int, end: int) -> int:
    """Where the words before ``end`` stop, short of spaces and a full stop (a content keeps its "?" and "!")."""
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    return end


def _merge(parts: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(parts):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _end_before_trailing_attributions(found: list[Attribution], text: str, quotations: list[Quotation]) -> None:
    """A content ends before a clause closing it that is an attribution with its own reporter inside it: "38
    percent said he should go, while 60 percent said [X]", "assured voters he is tough after a woman told him
    [X]". PolNeAR ends the first content before that clause and gives the clause's words to its own reporter; an
    attribution opening the content ("X said Y told reporters Z") or describing a word of it ("a general who
    suggested X") stays inside it."""
    contents: SpanIndex[Attribution] = SpanIndex(lambda a: a.content, found)
    for inner in found:
        if inner.doubted or inner.speaker is None or not _reports_own_content(inner.cue_token):
            continue
        for outer in contents.overlapping(*inner.cue):
            if outer is inner or outer.cue_token == inner.cue_token or outer.cue_token.pos_ not in ("VERB", "AUX"):
                continue
            for position, part in enumerate(outer.parts):
                end = _trailing_clause_start(inner, part, text)
                if end is None:
                    end = _conjoined_statement_start(inner, outer, part, text)
                if end is not None:
                    outer.parts[position] = (part[0], end)
                    outer.quotations = [i for i in outer.quotations if quotations[i].start < end]


def _trailing_clause_start(inner: Attribution, part: Span, text: str) -> int | None:
    """Where ``part`` should end so as to leave out ``inner``'s clause, when that clause (with the inner cue, its
    reporter and its content) closes the part after some words of the part's own; else None."""
    pieces = [inner.cue, (inner.speaker.idx, inner.speaker.idx + len(inner.speaker)), *inner.parts]
    if not all(_inside(piece, [part]) for piece in pieces):
        return None
    clause = inner.cue_token
    while clause.head != clause and clause.head.left_edge.idx > part[0] and clause.head.idx < part[1]:
        if clause.dep_ in DESCRIBING_DEPS:
            return None
        clause = clause.head
    start = clause.left_edge.idx
    if start <= part[0] or inner.speaker.idx < start or not _closes(text, clause, part) \
            or not _tells_other_event(clause):
        return None
    end = _before_punctuation(clause.left_edge)
    return end if end is not None and end > part[0] else None


def _conjoined_statement_start(inner: Attribution, outer: Attribution, part: Span, text: str) -> int | None:
    """'Okafor said the pier was safe and said the ferry would run': the reporting verb repeated without a subject,
    which the parser conjoined to the last verb of the reported clause, is the reporter's next statement; the part
    ends before its conjunction. Another verb may go on with the reported subject, as PolNeAR often has it: 'says
    [he is proud and expects to win]'."""
    cue = inner.cue_token
    if not _conjoined_without_subject(cue) or (cue.lemma_, cue.tag_) != (outer.cue_token.lemma_, outer.cue_token.tag_) \
            or inner.speaker != outer.speaker:
        return None
    if not (part[0] <= cue.head.idx < cue.idx < part[1] and all(_inside(p, [part]) for p in inner.parts)) \
            or not _closes(text, cue, part):
        return None
    conjunctions = [c for c in cue.head.children if c.dep_ == "cc" and c.i < cue.left_edge.i]
    end = _before_punctuation(conjunctions[-1] if conjunctions else cue.left_edge)
    return None if end is None or end <= part[0] else _through_closing_mark(text, part[0], end)


def _through_closing_mark(text: str, start: int, end: int) -> int:
    """A cut right after quoted words keeps the quotation's closing mark: 'said he would "try harder"'."""
    while end < len(text) and text[end] in CLOSING_MARKS and _opened(text[start:end], text[end]):
        end += 1
    return end


def _opened(stretch: str, mark: str) -> bool:
    """Whether ``stretch`` leaves a quotation open that ``mark`` closes."""
    opening = PAIRED_OPENING.get(mark)
    return stretch.count(opening) > stretch.count(mark) if opening else stretch.count(mark) % 2 == 1


def _tells_other_event(clause: Token) -> bool:
    """A clause opened by a marker of a separate event or of a contrast ("after a woman told him", "while Sanders
    suggests": ``separate_clause_markers``) is news of its own; a condition or a limit ("if he had told her",
    "until Haley said") is part of what is said. (A clause coordinated by "and" with a reporter of its own was
    tried too: on train, overlap F1 -0.0001 and speaker accuracy -0.0005 more often split a content PolNeAR
    keeps whole, "that X and that the Chamber thinks Y".)"""
    markers = lexicon()["separate_clause_markers"]
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children)


def _reports_own_content(cue: Token) -> bool:
    """A verb reporting content of its own, a clause or not ("told him [she worries ...]", "though they blame
    [the harbour board]"), not one describing a thing. (Only a clause, which keeps "say X, though they blame Y"
    whole: on train, overlap F1 and speaker accuracy 0.0001 lower.)"""
    return cue.pos_ == "VERB" and cue.dep_ not in DESCRIBING_DEPS


def _closes(text: str, clause: Token, part: Span) -> bool:
    """Whether only punctuation follows the clause in the part."""
    last = clause.right_edge
    return set(text[last.idx + len(last):part[1]]) <= CLAUSE_TAIL


def _before_punctuation(first: Token) -> int | None:
    """The end of the words before a clause, leaving out the punctuation between them."""
    token = first.nbor(-1) if first.i > 0 else None
    while token is not None and (token.is_punct or token.is_space):
        token = token.nbor(-1) if token.i > 0 else None
    return None if token is None else token.idx + len(token)


def _vouched_reports_joined(found: list[Attribution], text: str) -> list[Attribution]:
    """'"...," Okafor said, according to the Gazette', 'Okafor told the council X, according to two people': a
    source vouching for a report is the attribution's speaker, as PolNeAR annotates it; the report's words join
    the source's attribution, which takes the report's quotations. The source hangs on the report's verb, or closes
    its content hung on a word of it ('Okafor said the pier was rebuilt, according to the Gazette')."""
    words = lexicon()["vouching_source_words"]
    sources = [a for a in found if a.cue_token.lower_ in words and a.speaker is not None
               and a.cue_token.head != a.cue_token]
    joined = []
    for report in found:
        source = next((s for s in sources if s is not report and _vouches_for(s, report, text)), None)
        if source is None or report.cue_token.pos_ not in ("VERB", "AUX"):
            joined.append(report)
            continue
        source.parts = [_before_closing_phrase(part, source, text) for part in _merge(source.parts + report.parts)]
        source.quotations = sorted(set(source.quotations) | set(report.quotations))
        source.attached = source.attached or report.attached
    return joined


def _vouches_for(source: Attribution, report: Attribution, text: str) -> bool:
    """Whether the source phrase hangs on the report's verb, or on a word of a content part that it closes."""
    head = source.cue_token.head
    if head == report.cue_token:
        return True
    part = next((p for p in report.parts if _closes_part(_source_phrase(source), p, text)), None)
    return part is not None and part[0] <= head.idx < part[1]


def _before_closing_phrase(part: Span, source: Attribution, text: str) -> Span:
    """The source's own phrase ("..., according to the Gazette") is no part of what it vouches for."""
    phrase = _source_phrase(source)
    if not _closes_part(phrase, part, text) or phrase[0] <= part[0]:
        return part
    end = phrase[0]
    while end > part[0] and text[end - 1] in SOURCE_PHRASE_EDGE:
        end -= 1
    return part[0], end


def _source_phrase(source: Attribution) -> Span:
    """Characters of "according to Y", from its first word to the end of Y."""
    last = source.cue_token.right_edge
    return source.cue[0], last.idx + len(last)


def _closes_part(phrase: Span, part: Span, text: str) -> bool:
    """Whether ``phrase`` lies inside ``part`` with only closing punctuation after it."""
    return part[0] <= phrase[0] and phrase[1] <= part[1] and set(text[phrase[1]:part[1]]) <= CLAUSE_TAIL


def _drop_overlaps(found: list[Attribution], text: str, mask: bytearray) -> list[Attribution]:
    """Each word belongs to one attribution: of two overlapping ones, the one reporting more text wins (one the
    table doubted loses to any other), except
    that a quotation attributed inside a reported clause ("X said that Y told Z: '...'") keeps its own speaker."""
    kept: SpanIndex[Attribution] = SpanIndex(lambda a: a.content)
    for attribution in sorted(found, key=lambda a: (not a.attached, a.doubted, -sum(e - s for s, e in a.parts))):
        reach = min(attribution.content[0], attribution.cue[0]), max(attribution.content[1], attribution.cue[1])
        if not any(_overlap(attribution, other) and not _nested_quotation(attribution, other, text, mask)
                   for other in kept.overlapping(*reach)):
            kept.add(attribution)
    return sorted(kept.items, key=lambda a: a.content)


def _nested_quotation(inner: Attribution, outer: Attribution, text: str, mask: bytearray) -> bool:
    """Only a clause with a subject of its own reports a quotation inside another's report ("X said that Putin told
    Xi: '...'"), or a verb the parser conjoined inside the reported clause, which is the reporter's own next
    statement ('Marsh said it was early but added, "..."'); a noun or a participle carrying a quotation ("chants of
    '...'", "a statement saying '...'") is part of what the outer reporter reports. PolNeAR train annotates no
    attribution inside another; on train 0-639 the nested quotes found matched one with credit 0.36 and the right
    speaker 9 times in 36."""
    cue = inner.cue_token
    if not (any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or _conjoined_without_subject(cue)):
        return False
    parts = [without_complementizer(text, part) for part in inner.parts]
    quoted = kind_of(text, parts, mask) == "direct"
    return quoted and _inside(inner.cue, outer.parts) and all(_inside(p, outer.parts) for p in inner.parts)


def _overlap(a: Attribution, b: Attribution) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a.parts for s2, e2 in b.parts) or _inside(a.cue, b.parts)


def _inside(span: Span, parts: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in parts)


def _attach_sequels(found: list[Attribution], quotations: list[Quotation], text: str) -> None:
    """Quotations that carry on an attributed one (same paragraph, or a continued paragraph) join it, unless
    another attribution's cue stands between them; so does a paragraph-long quotation after an attribution that
    ends its paragraph with a colon ('Smith released a statement:' then '"We are saddened ..."')."""
    claimed = {i for a in found for i in a.quotations}
    by_cue = sorted(found, key=lambda a: a.cue[0])
    offsets = [a.cue[0] for a in by_cue]
    for attribution in found:
        if attribution.quotations:
            index = max(attribution.quotations)
            end, following_index = quotations[index].end, _next_quotation(quotations, index)
        elif (own := _quotation_after_own_colon(text, quotations, attribution.content[1])) is not None \
                and own not in claimed:
            index, end = own, quotations[own].end
            claimed.add(own)
            attribution.quotations.append(own)
            attribution.parts.append((quotations[own].start, end))
            following_index = _next_quotation(quotations, own)
        else:
            index, end = None, max(attribution.content[1], attribution.cue[1])
            following_index = _quotation_after_colon(text, quotations, end)
        while following_index is not None:
            following = quotations[following_index]
            between = by_cue[bisect_left(offsets, end):bisect_left(offsets, following.start)]
            joins = (_continues(quotations[index], following, text) if index is not None
                     else _quoted_paragraph_after(text, text[end:following.start], following))
            if following_index in claimed or not joins or any(_interrupts(other, attribution) for other in between):
                break
            index = following_index
            claimed.add(index)
            attribution.quotations.append(index)
            attribution.parts.append((following.start, following.end))
            end, following_index = following.end, _next_quotation(quotations, index)


def _quotation_after_colon(text: str, quotations: list[Quotation], end: int) -> int | None:
    """The first quotation after an attribution whose line ends in a colon ('Bill Clinton released the following
    statement:'), which may be what was said (of 25 joins after any paragraph-ending attribution on train, the 10
    PolNeAR made were nearly all after a colon)."""
    last = _line_end(text, end) - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    if last < 0 or text[last] != ":":
        return None
    following = bisect_left(quotations, end, key=lambda q: q.start)
    return following if following < len(quotations) else None


def _quotation_after_own_colon(text: str, quotations: list[Quotation], end: int) -> int | None:
    """A quotation right after a colon closing the content in its paragraph ('said a deal might be possible: "In
    business, ..."'): the colon announces the words that bear the content out, which are the same report."""
    following = bisect_left(quotations, end, key=lambda q: q.start)
    if following == len(quotations):
        return None
    between = text[end:quotations[following].start]
    return following if between.strip() == ":" and "\n" not in between else None


def _interrupts(other: Attribution, own: Attribution) -> bool:
    """A cue between two quotations gives the second to someone else, unless it only describes something in the
    own cue's sentence ('"A," said Smith, who supports Trump. "B."'); a cue reporting the own attribution
    ('"A," Obama said, according to a pool report. "B."') takes what follows itself."""
    if other is own:
        return False
    return other.cue_token.sent != own.cue_token.sent or _inside(own.cue, other.parts)


def _next_quotation(quotations: list[Quotation], index: int) -> int | None:
    """The next quotation after ``index``, passing over scare quotes (a title such as "Shark Tank")."""
    limit = lexicon()["scare_quote_max_words"]
    for following in range(index + 1, len(quotations)):
        if quotations[following].words > limit or quotations[index].continues:
            return following
    return None


def _continues(current: Quotation, following: Quotation, text: str) -> bool:
    if current.continues:
        return True
    if following.words <= lexicon()["scare_quote_max_words"]:
        return False
    between = text[current.end:following.start]
    return "\n" not in between or _quoted_paragraph_after(text, between, following)


def _quoted_paragraph_after(text: str, between: str, following: Quotation) -> bool:
    """'"A," Adelson said.' then a paragraph that is one quotation attributed to no one: the speaker goes on
    (train halves 0-419 / 420-839: overlap F1 +0.0009 / +0.0004, speaker unchanged). A paragraph is a line:
    some articles break paragraphs with a single newline."""
    line_start = text.rfind("\n", 0, following.start) + 1
    opens_it = not text[line_start:following.start].strip()
    fills_it = not following.closed or not text[following.end:_line_end(text, following.end)].strip()
    return len(LINE_BREAKS.findall(between)) == 1 and opens_it and fills_it


def _line_end(text: str, offset: int) -> int:
    """Where the line holding ``offset`` ends (at its newline, or the end of the text)."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _loose_quotations(parsed: Doc, text: str, quotations: list[Quotation], mask: bytearray,
                      found: list[Attribution]) -> list[Attribution]:
    """A speech verb whose quotation the parser left unattached: 'He said: "..."' takes the next quotation,
    '"...," Smith, 69, told MSNBC' the one closed by a comma just before the speaker, unless another cue stands
    between them. Right after such a quotation any verb with a speaker and no complement of its own reports it
    ('"...," Mr. Gray continued', '"...," the email read')."""
    taken = {a.cue_token.i for a in found}
    taken_offsets = sorted(a.cue_token.idx for a in found)
    table = cue_table()
    extra = []
    for token in parsed:
        if token.pos_ != "VERB" or token.i in taken or mask[token.idx]:
            continue
        if _reports_speech(token, table):
            quotation, attached = _quotation_after(token, text, quotations), False
            if quotation is None:
                quotation, attached = _quotation_before(token, text, quotations), True
        else:
            quotation, attached = _closed_by(token, text, quotations), False
        if quotation is None or _cue_between(taken_offsets, quotation.end, token.idx):
            continue
        cue = (token.idx, token.idx + len(token))
        content = [(quotation.start, quotation.end)]
        between = [t for t in token.sent if quotation.end <= t.idx < token.idx] if quotation.end <= token.idx else []
        speaker = _loose_speaker(token, inverted=nothing_named_between(between))
        extra.append(Attribution(content, cue, token, speaker, attached=attached))
    return extra


def _closed_by(verb: Token, text: str, quotations: list[Quotation]) -> Quotation | None:
    """The quotation opening the sentence of a verb that can only be reporting it: only its speaker stands between
    them (or follows the verb), and it has no object or clause of its own; not a short title."""
    quotation = _quotation_before(verb, text, quotations)
    if quotation is None or quotation.words <= lexicon()["scare_quote_max_words"]:
        return None  # checked before the speaker, the dearer look-up
    speaker = _loose_speaker(verb)
    if speaker is None:
        return None
    line_start = text.rfind("\n", 0, quotation.start) + 1
    if text[max(line_start, verb.sent.start_char):quotation.start].strip():
        return None
    phrase = range(speaker.left_edge.i, speaker.right_edge.i + 1)
    gap = [t for t in verb.sent if quotation.end <= t.idx < verb.idx and not (t.is_punct or t.is_space)]
    if verb.i in phrase or any(t.i not in phrase for t in gap):
        return None
    return None if any(c.dep_ in CLAUSE_FRAMES for c in verb.children) else quotation


def _cue_between(cue_offsets: list[int], start: int, end: int) -> bool:
    """'"...," the treasurer said. She hopes to find': the quotation is the nearer cue's, not "find"'s."""
    return bisect_left(cue_offsets, start) < bisect_left(cue_offsets, end)


def _loose_speaker(token: Token, inverted: bool = True) -> Token | None:
    """Its subject, or (``inverted``: no one named between the quotation and the verb) the name after it in
    '"...," said Smith'; in '"...," Ramos, 58, told Reuters' the name after it is whom the words were told to."""
    if not inverted:
        return speaker_of(token, "ccomp")
    return speaker_of(token, "ccomp") or next((c for c in token.children if c.dep_ in INVERTED_SUBJECTS
                                                and c.pos_ in ("PROPN", "PRON", "NOUN")), None)


def _quotation_before(token: Token, text: str, quotations: list[Quotation]) -> Quotation | None:
    """The quotation ending in ',"' (or '?"', '!"') a few words before the cue, in the cue's paragraph."""
    low = paragraph_of(text, token.idx)[0]
    last = bisect_right(quotations, token.idx, key=lambda q: q.end) - 1  # quotations are in text order
    if last < 0 or quotations[last].start < low:
        return None
    quotation = quotations[last]
    closing = text[quotation.start:quotation.end].rstrip("\"'”’» ")
    gap = text[quotation.end:token.idx]
    if not closing.endswith((",", "?", "!", "—")) or len(gap.split()) > MAX_GAP_WORDS or "\n" in gap:
        return None
    return quotation


def _reports_speech(token: Token, table) -> bool:
    """Only verbs that usually report a clause ("say", "tell") may take a quotation the parser left loose."""
    limits = lexicon()["thresholds"]
    hits, total = table.get(f"{token.pos_}:{token.lemma_.lower()}:ccomp", (0, 0))
    return hits >= limits["min_support"] and hits / (total + 1) >= limits["loose_quotation_precision"]


def _quotation_after(token: Token, text: str, quotations: list[Quotation]) -> Quotation | None:
    """The quotation that starts right after the cue (only punctuation or a short adverbial between)."""
    end = token.idx + len(token)
    sentence_end = token.sent.end_char
    for quotation in islice(quotations, bisect_left(quotations, end, key=lambda q: q.start), None):
        if quotation.start <= sentence_end + 2:  # the quotation may open the next sentence
            gap = text[end:quotation.start]
            if gap.strip() in ("", ":", ",") or (gap.rstrip().endswith(":") and len(gap) < MAX_INTRO_GAP):
                return quotation
        if quotation.start > sentence_end + 2:
            break
    return None


def _labelled_lines(parsed: Doc, text: str, mask: bytearray) -> list[Attribution]:
    """Headline and transcript style "Cruz: Trump Would Put Liberals On Court" or '"WALLACE: Let's start ...':
    a name opening a sentence or line (or following a dash in it: "EXCLUSIVE – Roger Stone:"), a colon,
    and the words up to the end of the line."""
    found = []
    for first in _label_starts(parsed):
        colon = next((t for t in parsed[first:first + MAX_LABEL_TOKENS + 2] if t.text == ":"), None)
        if colon is None or colon.i == first or "\n" in text[parsed[first].idx:colon.idx]:
            continue
        label = _speaker_label([t for t in parsed[first:colon.i] if not t.is_punct or t.tag_ == "POS"])
        if label is None or _editorial(parsed[first:colon.i].text):
            continue
        if mask[colon.idx] and not _transcript_label(text, label):
            continue
        line_end = text.find("\n", colon.idx)
        line_end = len(text) if line_end < 0 else line_end
        content = _char_content(text, colon.idx + 1, line_end)
        if content is not None and _labelled_statement(label, parsed[colon.i + 1:], line_end):
            found.append(Attribution([content], (colon.idx, colon.idx + 1), colon, label[-1],
                                     speaker_tokens=(label[0].i, label[-1].i + 1)))
    return found


def _speaker_label(words: list[Token]) -> list[Token] | None:
    """The speaker's words of a label before a colon, or None when it is no speaker label. A label opening with a
    name may go on with a lower-case noun ("Clinton camp:", "WSJ editorial:", "Democrats' new warning:"), and a
    preposition after a name may open the topic or audience ("CNN President On Trump:", "Clinton to Planned
    Parenthood:": ``label_topic_prepositions``), which is not the speaker. A section heading ("Voter
    participation:", "Focus on security:") has no name."""
    topic = next((i for i, t in enumerate(words) if i and t.lower_ in lexicon()["label_topic_prepositions"]), None)
    speaker = words[:topic]
    if not speaker or (speaker[-1].pos_ not in ("NOUN", "PROPN") and speaker[-1].ent_type_ != "PERSON") \
            or (topic and not any(map(_name_word, speaker))):
        return None
    if all(map(_label_word, speaker)) or (
            _name_word(speaker[0]) and all(_label_word(t) or _label_modifier(t) for t in speaker[1:])):
        return speaker
    return None


def _name_word(word: Token) -> bool:
    """A word of a name or of a people's name ("Democrats")."""
    return word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "ORG", "NORP")


def _label_word(word: Token) -> bool:
    """A word of a speaker label: a name, or a capitalised noun, which a headline's title case may hide a name in
    (the tagger reads "Trump: ..." as a noun) or which names a source by its kind ("Poll: ...", "Report: ...");
    not an interview's "Q:" and "A:", whose answers PolNeAR gives to the "I" inside them. A title-case adjective
    may open a label ("Former AG Mukasey")."""
    return word.pos_ == "PROPN" or word.ent_type_ in ("PERSON", "ORG") or (
        word.pos_ in ("NOUN", "ADJ") and word.is_title and len(word) > 1)


def _label_modifier(word: Token) -> bool:
    """A word after a label's first that narrows it: a lower-case noun or adjective ("camp", "new warning") or a
    possessive ending."""
    return word.pos_ in ("NOUN", "ADJ") or word.tag_ == "POS"


def _labelled_statement(label: list[Token], after: Doc, line_end: int) -> bool:
    """Whether the rest of a labelled line is a statement: it has a verb, or enough words for a headline that
    leaves its verb out ("Lynch: No outside influence on FBI probe"); not a tally ("Sanders: 1,501") or a place's
    list ("Iowa: Ann Reyes, Tom Marsh, ...")."""
    said = list(takewhile(lambda t: t.idx < line_end, after))
    if any(t.pos_ in ("VERB", "AUX") for t in said):
        return True
    return label[-1].ent_type_ not in ("GPE", "LOC") and (
        sum(t.is_alpha for t in said) >= lexicon()["thresholds"]["min_verbless_label_words"])


def _editorial(label: str) -> bool:
    """The outlet's own labels ("Correction:", "Editor's Note:", "UPDATE:", "[Video:") head a line nobody is quoted
    on."""
    return label.lower().replace("’", "'").lstrip(" [(").strip() in lexicon()["editorial_labels"]


def _label_starts(parsed: Doc) -> list[int]:
    """Where a speaker label may stand: a sentence or line start (a run-on transcript parses as one sentence over
    several lines), or right after a dash on a line ("EXCLUSIVE – Roger Stone: ...")."""
    starts = {sentence.start for sentence in parsed.sents}
    previous = None
    for token in parsed:  # one pass, each token beside the one before it (``parsed[i]`` builds a new Token)
        if previous is None or (previous.is_space and "\n" in previous.text) \
                or (_line_dash(previous) and "\n" not in token.text):
            starts.add(token.i)
        previous = token
    return sorted(starts)


def _line_dash(token: Token) -> bool:
    """A dash setting off what follows on a line: a dash, or a hyphen standing between spaces as one ("TOO EARLY -
    Mark Blumenthal: ..."), not one joining words ("anti-Trump")."""
    if token.text in SETTING_OFF - {","}:
        return True
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def _transcript_label(text: str, label: list[Token]) -> bool:
    """Inside a quoted transcript a speaker label is in capitals and opens its line ('"PENCE: Well, ...')."""
    line_start = text.rfind("\n", 0, label[0].idx) + 1
    before = text[line_start:label[0].idx].strip()
    return all(t.is_upper for t in label) and before in ("", *OPENING_MARKS)


def _char_content(text: str, start: int, end: int) -> Span | None:
    """A character range without the spaces, quotation marks and clause punctuation at its edges."""
    while start < end and text[start] in CONTENT_EDGE:
        start += 1
    while end > start and text[end - 1] in CONTENT_EDGE:
        end -= 1
    return (start, end) if start < end else None


def _signed_quotations(parsed: Doc, text: str, quotations: list[Quotation]) -> list[Attribution]:
    """Testimonials signed with a dash: '"Trump scares me. ..." ― Krystal Correa' (the name ends its line)."""
    found = []
    limit = lexicon()["scare_quote_max_words"]
    for index, quotation in enumerate(quotations):
        signature = SIGNATURE.match(text, quotation.end)
        if signature is None or quotation.words <= limit:
            continue
        name = parsed.char_span(signature.start(2), signature.end(2), alignment_mode="expand")
        if name is None or not all(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in name if not t.is_punct):
            continue
        content = _char_content(text, quotation.start, quotation.end)
        if content is not None:
            dash = (signature.start(1), signature.end(1))
            found.append(Attribution([content], dash, name.root, name.root, quotations=[index],
                                     speaker_tokens=(name.start, name.end)))
    return found


def _opening_sources(parsed: Doc, text: str, mask: bytearray) -> list[Attribution]:
    """'In a Ledger poll released Monday, Okafor led Reyes 48 percent to 41 percent', 'To Okafor, the tunnel is a
    relic': a phrase opening a sentence that names a poll or a person (``opening_source_phrases``) reports the clause
    it hangs on, whatever its verb, as PolNeAR has it (the preposition its cue, its object the source): 20 of the 24
    sentences opening with a poll in train (six of them through a "said" of their own), all 5 opening with "To" and
    a person. A clause reporting a clause of its own is its verb's ('In a poll, the Trust found that ...', 'In a
    poll, 62 percent said ...': the poll speaks through "said"), and a passive one tells what was done to those
    polled ('riders were asked which ...'), not what the poll found. Doubted, so that any other cue of the clause
    wins."""
    found = []
    phrases = lexicon()["opening_source_phrases"]
    for sentence in parsed.sents:
        opening = sentence[0]
        if opening.lower_ not in phrases or opening.dep_ != "prep" or mask[opening.idx]:
            continue
        kinds = phrases[opening.lower_]
        source = next((c for c in opening.children if c.dep_ == "pobj"
                       and (c.lemma_.lower() in kinds or c.ent_type_ in kinds)), None)
        clause = opening.head if opening.head.pos_ in ("VERB", "AUX") else sentence.root
        if source is None or clause.pos_ not in ("VERB", "AUX") or clause.i < opening.right_edge.i \
                or any(c.dep_ == "ccomp" for c in clause.children) or has_passive_marks(clause):
            continue
        last = parsed[min(clause.right_edge.i, sentence.end - 1)]
        paragraph_end = paragraph_of(text, opening.idx)[1]
        content = _char_content(text, parsed[opening.right_edge.i + 1].idx, min(last.idx + len(last), paragraph_end))
        if content is not None:
            found.append(Attribution([content], (opening.idx, opening.idx + len(opening)), opening, source,
                                     doubted=True))
    return found


def speaker_range(attribution: Attribution) -> tuple[int, int] | None:
    """Token range of the speaker phrase, without a closing quotation mark the parser hung on it."""
    if attribution.speaker is None:
        return None
    if attribution.speaker_tokens is not None:
        return attribution.speaker_tokens
    if attribution.cue_token.text == ":":
        start, end = attribution.speaker.left_edge.i, attribution.cue_token.i
    else:
        start, end = noun_phrase(attribution.speaker, attribution.cue_token)
    doc = attribution.speaker.doc
    while start < attribution.speaker.i and (doc[start].is_quote or doc[start].is_punct):
        start += 1
    return start, end
