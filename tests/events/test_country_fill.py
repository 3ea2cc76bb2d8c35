"""Issue #4: actors the actors stage codes without a country (``---LEG`` for "Senator Jane Doe") take one from
their context, as the events stage's own sector codes do. Sentences written for eventwire."""

from __future__ import annotations

from eventwire.document import ActorMention, ActorRef, Document
from eventwire.events.actor_refs import ActorResolver
from tests.events.helpers import events_of, of_type


def _resolver_of_an_article_about(country: str, individual: ActorRef) -> ActorResolver:
    document = Document(text="x" * 200)
    document.actors = [ActorMention(start=at, end=at + 5, code=country, canonical=country) for at in (10, 60, 150)]
    resolver = ActorResolver(document)
    resolver.individuals.add((individual.start, individual.end))
    return resolver


def test_country_fill_titled_person_takes_the_article_country(pipeline):
    text = ("The United States Congress passed the budget on Monday. "
            "Senator Jane Doe praised President Obama on Tuesday.")
    praise = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert praise.source.code == "USALEG"


def test_country_fill_individual_follows_the_article_when_its_sentence_is_unclear():
    senator = ActorRef("Senator Jane Doe", "---LEG", None, 100, 116)
    resolver = _resolver_of_an_article_about("USA", senator)
    assert resolver.country_for(senator, None) == "USA"


def test_country_fill_individual_takes_its_sentence_country_first():
    senator = ActorRef("Senator Jane Doe", "---LEG", None, 100, 116)
    resolver = _resolver_of_an_article_about("USA", senator)
    assert resolver.country_for(senator, "GEO") == "GEO"


def test_country_fill_sector_noun_does_not_follow_the_article_country():
    students = ActorRef("students", "---EDU", None, 100, 108)
    resolver = _resolver_of_an_article_about("USA", ActorRef("x", None, None, 0, 1))
    assert resolver.country_for(students, None) is None
