"""Who did it to whom (issue #4, round ev38): evidence that an article is about the United States. Each test is an
invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


# a name shared by a country and a US state is the state when the text marks it as one (`us_state_marks`)
def test_georgia_with_its_governor_is_the_us_state(pipeline):
    refusal = of_type(events_of(pipeline, "In Georgia, the state's Democratic governor said he would not support "
                                          "the zoning bill."), "REJECT")[0]
    assert country(refusal.source) == "USA"


def test_georgia_without_marks_stays_the_country(pipeline):
    refusal = of_type(events_of(pipeline, "In Georgia, the prime minister said he would not support the zoning "
                                          "bill."), "REJECT")[0]
    assert country(refusal.source) == "GEO"


# an office only the United States has places the actors of an article that names no country (`us_offices`)
def test_a_district_attorney_makes_the_police_american(pipeline):
    arrest = of_type(events_of(pipeline, "The district attorney said officers arrested the bakery owner on "
                                         "Tuesday."), "COERCE")[0]
    assert arrest.source is not None and arrest.source.code == "USACOP"


def test_police_with_no_evidence_get_no_country(pipeline):
    arrest = of_type(events_of(pipeline, "Officers arrested the bakery owner on Tuesday."), "COERCE")[0]
    assert country(arrest.source) in (None, "---")


# a town the entity stage also tags as a person's name gives a pronoun that stands for it no country
def test_a_person_named_like_a_town_is_not_placed_there(pipeline):
    request = of_type(events_of(pipeline, "Marlowe told Randolph that she should resign from the board."),
                      "REQUEST")[0]
    assert country(request.target) != "USA"
