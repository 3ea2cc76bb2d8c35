"""The country an article's context gives actors coded without one."""

from __future__ import annotations

from eventwire.actors.context import CountryContext, country_context, placed_code
from eventwire.document import ActorMention, ActorRef, Document


def _document_naming(*countries: tuple[int, str]) -> Document:
    document = Document(text="x" * 200)
    document.actors = [ActorMention(start=start, end=start + 5, code=code, canonical=code) for start, code in countries]
    return document


def test_context_index_finds_the_countries_of_a_span():
    context = CountryContext(_document_naming((10, "KEN"), (50, "UGA"), (120, "KEN")))
    assert [c for _, _, c in context.between(40, 130)] == ["UGA", "KEN"]


def test_context_country_named_only_by_the_other_side_is_not_shared():
    context = CountryContext(_document_naming((50, "UGA")))
    embassy = ActorRef("the Ugandan embassy", "UGAGOV", None, 45, 65)
    assert context.country_for(0, 100) == "UGA"
    assert context.country_for(0, 100, apart_from=embassy) is None


def test_context_sentence_naming_no_country_takes_the_articles():
    context = CountryContext(_document_naming((10, "KEN"), (30, "KEN"), (150, "KEN")))
    assert context.country_for(60, 140) == "KEN"


def test_context_rebels_without_a_country_keep_none():
    assert (placed_code("---LEG", "TUR"), placed_code("---REB", "TUR"), placed_code("USALEG", "TUR")) == \
        ("TURLEG", "---REB", "USALEG")


def test_context_is_built_once_per_document_for_every_stage_that_asks():
    document = _document_naming((10, "KEN"))
    assert country_context(document) is country_context(document)


def test_context_is_rebuilt_when_a_stage_replaces_the_actors():
    document = _document_naming((10, "KEN"))
    first = country_context(document)
    document.actors = [ActorMention(start=10, end=15, code="UGA", canonical="UGA")]
    assert country_context(document) is not first and country_context(document).dominant == "UGA"


def test_context_sentence_naming_several_countries_takes_the_articles_among_them():
    """"Obama faces pressure from Congress to help Iran" in an American story: Congress is American; a sentence
    naming two countries neither of which the article is about gives none."""
    context = CountryContext(_document_naming((10, "USA"), (30, "USA"), (110, "IRN"), (130, "USA"), (180, "USA")))
    assert context.country_for(100, 140) == "USA"
    assert context.country_for(100, 140, paragraph=(100, 140)) == "USA"
    mixed = CountryContext(_document_naming((10, "KEN"), (30, "KEN"), (110, "IRN"), (130, "IRQ"), (180, "KEN")))
    assert mixed.country_for(100, 140) is None
    assert mixed.country_for(100, 140, paragraph=(100, 140)) is None
