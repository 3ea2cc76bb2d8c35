"""Who did it to whom (issue #4, round ev38): people listed as the sources of a mutual act face each other, also
when they share a country or the parser read the list as one noun phrase. Each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_two_people_of_one_country_are_two_sides(pipeline):
    pledges = of_type(events_of(pipeline, "Vladimir Putin and Foreign Minister Sergei Lavrov pledged to work "
                                          "together after the meeting.", "2015-05-01"), "AGREE")
    assert len(pledges) == 2 and all(country(p.target) == "RUS" for p in pledges)


def test_a_list_of_people_read_as_one_phrase_is_still_two_sides(pipeline):
    # spaCy heads "Angela Merkel and Finance Minister Wolfgang Schaeuble" on Schaeuble, with Merkel a modifier
    pledges = of_type(events_of(pipeline, "Angela Merkel and Finance Minister Wolfgang Schaeuble pledged to work "
                                          "together despite their differences.", "2012-03-01"), "AGREE")
    assert len(pledges) == 2 and all(country(p.target) == "DEU" for p in pledges)


def test_one_person_with_a_title_is_one_side(pipeline):
    criticisms = of_type(events_of(pipeline, "Finance Minister Wolfgang Schaeuble criticized the Greek government.",
                                   "2012-03-01"), "ACCUSE")
    assert len(criticisms) == 1 and country(criticisms[0].source) == "DEU"
