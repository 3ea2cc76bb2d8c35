"""Sentences and named entities from the spaCy parse, mapped to the coarse gold labels."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from eventwire.document import Document, Entity, Sentence
from eventwire.geo.gazetteer import country_table, demonym_country
from eventwire.nlp.syntax import opens_sentence

#: spaCy label -> gold label; labels not listed (dates, numbers, amounts) are not entities here.
LABEL_MAP = {
    "PERSON": "PER", "PER": "PER",
    "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "ORG": "ORG",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
    "LANGUAGE": "MISC", "MISC": "MISC",
}

#: spaCy labels of names that a capitalised ordinary word at the start of a sentence is often mistaken for
#: ("Fierce fighting broke out": "Fierce" as ORG); nationality words ("Russian troops", NORP) are adjectives.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
#: Tags of ordinary words -> the lemmatizer's word index that lists them (NNP, a proper name, is none).
ORDINARY_TAGS = {**dict.fromkeys(("JJ", "JJR", "JJS"), "adj"), **dict.fromkeys(("RB", "RBR", "RBS"), "adv"),
                 **dict.fromkeys(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "verb"), "NN": "noun", "NNS": "noun"}

_EDGE_STRIP = "'’\"“”"
LEADING_ARTICLE = re.compile(r"(the|The|THE)\s+")
NAME_BREAKS = re.compile(r"\s*\n\s*|\s*[()\[\]<>]\s*|\s+[-–—]\s+|\s+\d[\d.,:/-]*\s+")
TRAILING_FIGURES = re.compile(r"(?:\s+[\d.,:/-]+)+$")


class EntityStage:
    """Copies sentence boundaries and entity mentions from the parse into the document."""

    name = "entities"
    requires: tuple[str, ...] = ()

    def __init__(self, settings=None) -> None:
        self.settings = settings

    def __call__(self, document: Document, parsed: Doc) -> None:
        document.sentences = [Sentence(s.start_char, s.end_char) for s in parsed.sents]
        document.entities = [entity for span in parsed.ents for entity in _entities(span, document.text)]


def _entities(span, text: str) -> list[Entity]:
    """The mentions a spaCy entity span names, trimmed to the name; one per piece when the span runs over a line
    break, a bracket, an angle bracket of inline markup, a spaced dash or a score, which no name holds (headlines
    and tables: "CALIFORNIA\nNATIONAL LEAGUE", "Quigley (USA", "Romania - Cosmin Contra", "Atlanta 5 PITTSBURGH";
    embedded posts: '...datetime="2016-09-01">Rudy Giuliani'). ``text`` is the document's text, passed in:
    spaCy's ``Doc.text`` rebuilds the whole string on each access."""
    label = LABEL_MAP.get(span.label_)
    if label is None:
        return []
    found, start = [], span.start_char
    for separator in [*NAME_BREAKS.finditer(text, span.start_char, span.end_char), None]:
        end = separator.start() if separator else span.end_char
        entity = _trimmed(start, end, label, span.label_, text)
        if entity is not None:
            found.append(entity)
        start = separator.end() if separator else end
    return found


def _trimmed(start: int, end: int, label: str, spacy_label: str, text: str) -> Entity | None:
    """The name without what spaCy sometimes keeps around it: a leading "the", a possessive, quote marks, and
    figures after it ("Hampshire 232", "P. DeFreitas 4-70" in results tables)."""
    while True:
        before = (start, end)
        name = text[start:end]
        start += len(name) - len(name.lstrip())
        end -= len(name) - len(name.rstrip())
        article = LEADING_ARTICLE.match(text, start, end)
        if article and (article.group(1) == "the" or " " in text[article.end():end].strip()):
            start = article.end()  # "the United States"; "The Hague" keeps its article
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        figures = TRAILING_FIGURES.search(text, start, end)
        end = figures.start() if figures and figures.start() > start else end
        while end > start and text[end - 1] in _EDGE_STRIP:
            end -= 1
        while start < end and text[start] in _EDGE_STRIP:
            start += 1
        if (start, end) == before:
            break
    if not any(ch.isalpha() for ch in text[start:end]):
        return None
    return Entity(start, end, label, text[start:end], spacy_label)


class CapitalisedWords:
    """The spaCy component that drops a one-word entity which is an ordinary English word capitalised only because
    it opens the sentence ("Fierce fighting broke out near Kharkiv": "Fierce" is no ORG): the tagger reads it as
    an adjective, adverb, verb or common noun, and the lemmatizer's word index (WordNet) holds it as one. A name
    the tagger misreads ("Dhaka stocks", tagged a verb; "Reuters", a noun) is in no index, and one the text also
    writes capitalised inside a sentence ("Sanders struck out 10" after "Reggie Sanders") is a name: both keep
    their entity.
    Every later stage reads the corrected ``doc.ents``."""

    def __init__(self, word_index) -> None:
        # the lemmatizer's "lemma_index" table (POS -> a list of lemmas), or None; held as sets to look up in
        self.word_index = None if word_index is None else {
            kind: frozenset(word_index.get(kind) or ()) for kind in set(ORDINARY_TAGS.values())}

    def __call__(self, doc: Doc) -> Doc:
        if doc.ents and self.word_index is not None:
            kept = [span for span in doc.ents if not self._capitalised_word(span)]
            if len(kept) < len(doc.ents):
                doc.ents = kept
        return doc

    def _capitalised_word(self, span) -> bool:
        word = span[0]
        kind = ORDINARY_TAGS.get(word.tag_)
        if len(span) != 1 or span.label_ not in NAME_LABELS or kind is None or not word.is_title:
            return False
        known = self.word_index.get(kind, ())
        if word.lemma_.lower() not in known and word.lower_ not in known:
            return False
        return opens_sentence(word) and not any(other.text == word.text and not opens_sentence(other)
                                                  for other in word.doc if other.i != word.i)


class OneSenseNames:
    """The spaCy component that gives a person's surname, written alone, the label of the full name.

    Why: the recogniser reads each mention on its own, so "Elizabeth Warren" is a PERSON while "Warren said"
    two paragraphs later becomes an ORG or no entity at all, and every later stage (actors, events, quote
    speakers) loses the person. Within one article a capitalised proper noun that is the last word of a
    person's full name is that person, unless it stands in a longer name ("Warren County") or the recogniser
    read it as a country the article's nationality words also name ("Jordan" after "Sarah Jordan" in a story
    that says "Jordanian"; in a review of Neil Jordan's films the recogniser's "Jordan" places are the director).
    A full name in a title-case headline that ran on into the headline's next words is cut back first.
    The tagger often reads an unfamiliar surname opening a sentence as a common noun ("Chappell was arrested",
    tagged NN): such a word still counts when the lemmatizer's word index holds no such word ("Wood", "Banks" stay
    ordinary words there) and it is no adjective (the "Trump" of "anti-Trump")."""

    def __init__(self, word_index=None) -> None:
        # every word of the lemmatizer's "lemma_index" table, whatever its part of speech, or none
        self.ordinary_words = frozenset() if word_index is None else frozenset(
            word for kind in set(ORDINARY_TAGS.values()) for word in word_index.get(kind) or ())

    def __call__(self, doc: Doc) -> Doc:
        headline_cut = _names_cut_from_headline_words(doc)
        if headline_cut is not None:
            doc.ents = headline_cut
        surnames = {span[-1].text for span in doc.ents
                    if span.label_ == "PERSON" and len(span) > 1 and span[-1].is_title and len(span[-1]) > 2}
        if not surnames:
            return doc
        nationalities = {demonym_country(span.text) for span in doc.ents if span.label_ == "NORP"} - {None}
        entities, changed = list(doc.ents), False
        for at, span in enumerate(entities):
            if (len(span) == 1 and span.label_ != "PERSON" and span.text in surnames and not _in_longer_name(span[0])
                    and not (span.label_ in PLACE_LABELS and _country_codes().get(span.text) in nationalities)):
                entities[at] = Span(doc, span.start, span.end, label="PERSON")
                changed = True
        taken = {token.i for span in entities for token in span}
        for token in doc:
            if (token.i not in taken and token.text in surnames and self._read_as_name(token)
                    and not _in_longer_name(token)):
                entities.append(Span(doc, token.i, token.i + 1, label="PERSON"))
                changed = True
        if changed:
            doc.ents = sorted(entities, key=lambda span: span.start)
        return doc

    def _read_as_name(self, token) -> bool:
        return token.tag_ == "NNP" or (bool(self.ordinary_words) and not token.tag_.startswith("JJ")
                                       and token.lower_ not in self.ordinary_words
                                       and token.lemma_.lower() not in self.ordinary_words)


def _names_cut_from_headline_words(doc: Doc) -> list[Span] | None:
    """A person's name that runs on into the next capitalised words of a title-case headline ("Ben Carson Defends
    Comments": PERSON "Ben Carson Defends") ends where the name the article writes elsewhere ends, when the words
    cut off are written capitalised nowhere after the headline ("Martin Luther King" stays whole where the article
    writes "King" again). None when no name needs cutting."""
    headline_end = doc.text.find("\n")
    if headline_end < 0:
        return None
    names = {span.text for span in doc.ents if span.label_ == "PERSON" and span.start_char > headline_end}
    later_words = {token.text for token in doc if token.idx > headline_end and token.is_title}
    entities, changed = list(doc.ents), False
    for at, span in enumerate(entities):
        if span.label_ != "PERSON" or span.end_char > headline_end or len(span) < 3:
            continue
        for end in range(span.end - 1, span.start + 1, -1):
            if doc[span.start:end].text in names and not any(w.text in later_words for w in doc[end:span.end]):
                entities[at] = Span(doc, span.start, end, label="PERSON")
                changed = True
                break
    return entities if changed else None


#: spaCy labels of places: a country so labelled keeps the label when the article's nationality words name it.
PLACE_LABELS = {"GPE", "LOC"}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Country name as the gazetteer writes it ("Jordan", "Georgia") -> ISO2."""
    return {name: iso2 for iso2, row in country_table().items() for name in row["names"] if name}


def _in_longer_name(token) -> bool:
    """Whether a proper noun stands next to ``token`` ("Warren County", "Fort Warren")."""
    doc = token.doc
    return any(0 <= at < len(doc) and doc[at].tag_ in ("NNP", "NNPS") and doc[at].is_title
               for at in (token.i - 1, token.i + 1))
