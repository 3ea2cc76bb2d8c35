"""Who did it to whom (issue #4, round ev31): event actors left without a country, with the wrong one, or not
found; each test is an invented sentence."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type


# "senator" and "governor" are sector words of the fallback coder (fallback_actors.yaml): a bare title takes the
# country of its sentence like any sector noun
@pytest.mark.parametrize("text, plover_type", [
    ("Pence said the senator had mocked the tax plan.", "ACCUSE"),
    ("Pence said the governor had vetoed the tax bill.", "REJECT"),
])
def test_a_bare_title_takes_the_country_its_sentence_names(pipeline, text, plover_type):
    event = of_type(events_of(pipeline, text), plover_type)[0]
    assert country(event.source) == "USA"


# a surname written alone in a text that places no one is the newsmaker's of that name (KnowledgeBase.surname_country),
# even one the tagger reads as a plural noun ("Sanders")
@pytest.mark.parametrize("text", ["Warren accused Clinton of hiding the speeches.",
                                  "Sanders accused Clinton of hiding the speeches."])
def test_a_newsmakers_surname_alone_is_placed_in_their_country(pipeline, text):
    accusation = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert (country(accusation.source), country(accusation.target)) == ("USA", "USA")


def test_a_common_surname_alone_places_nobody(pipeline):
    accusation = of_type(events_of(pipeline, "Brown accused Miller of hiding the speeches."), "ACCUSE")[0]
    assert (country(accusation.source), country(accusation.target)) == (None, None)


def test_the_sentences_country_comes_before_a_surnames(pipeline):
    talks = of_type(events_of(pipeline, "Sanders met the Kenyan foreign minister in Nairobi on Monday."), "CONSULT")[0]
    assert country(talks.source) != "USA"


# a town named like a country, which the geo stage places beside a county of another country, gives the sentence
# that country, not the one its name spells (actors.context.CountryContext.placed_on_evidence)
def test_a_town_named_like_a_country_beside_a_county_is_placed_there(pipeline):
    arrest = of_type(events_of(pipeline, "Lebanon Police arrested two teenagers, a Grant County deputy said."),
                     "COERCE")[0]
    assert country(arrest.source) == "USA"


def test_the_country_of_that_name_stays_without_a_county(pipeline):
    arrest = of_type(events_of(pipeline, "Lebanon Police arrested two teenagers, a Beirut official said."),
                     "COERCE")[0]
    assert country(arrest.source) == "LBN"


# a passive's "by" phrase the parser hung on a noun of the verb's own prepositional phrases is still its agent
# (arguments._agent_on_a_place): "for hours by government forces", "at the court by Judge X"
def test_a_by_phrase_hung_on_a_place_is_the_passives_agent(pipeline):
    shelling = of_type(events_of(pipeline, "The town was shelled for hours by government forces."), "ASSAULT")[0]
    assert shelling.source is not None and shelling.source.text == "government forces"


def test_a_means_after_by_is_no_agent(pipeline):
    assert not events_of(pipeline, "The letter was delivered to the embassy by car.")
