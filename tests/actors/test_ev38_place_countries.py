"""The country ``CountryContext`` gives a place of the geo stage (round ev38)."""

from __future__ import annotations

from eventwire.actors.context import CountryContext
from eventwire.document import Document, Entity, Place


def _article(text: str, name: str, country: str, feature: str, person: bool = False) -> tuple[Document, Place]:
    start = text.index(name)
    place = Place(start=start, end=start + len(name), name=name, country=country, feature=feature, text=name)
    document = Document(text=text)
    document.places = [place]
    if person:
        document.entities = [Entity(start=start, end=start + len(name), label="PER", text=name, spacy_label="PERSON")]
    return document, place


def test_a_place_also_tagged_as_a_person_has_no_country():
    document, place = _article("Grayson told Randolph to step aside.", "Randolph", "US", "city", person=True)
    assert CountryContext(document).country_of_place(place) is None


def test_a_place_has_the_geo_stage_country():
    document, place = _article("Grayson moved to Randolph last year.", "Randolph", "US", "city")
    assert CountryContext(document).country_of_place(place) == "USA"


def test_a_shared_name_the_actors_stage_left_uncoded_is_the_us_state():
    document, place = _article("Lawmakers in Georgia passed the bill.", "Georgia", "GE", "country")
    assert CountryContext(document).country_of_place(place) == "USA"
