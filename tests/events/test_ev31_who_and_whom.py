"""Who did it to whom (issue #4, round ev31): event actors left without a country, with the wrong one, or not
found; each test is an invented sentence."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, first_event_countries, of_type


# "senator" and "governor" are sector words of the fallback coder (fallback_actors.yaml): a bare title takes the
# country of its sentence like any sector noun; a surname written alone in a text that places no one is the
# newsmaker's of that name (KnowledgeBase.surname_country), even one the tagger reads as a plural noun ("Sanders");
# a town named like a country, which the geo stage places beside a county of another country, gives the sentence
# that country, not the one its name spells (actors.context.CountryContext.placed_on_evidence)
@pytest.mark.parametrize("text, plover_type, countries", [
    pytest.param("Pence said the senator had mocked the tax plan.", "ACCUSE", {"source": "USA"},
                 id="bare-senator-takes-the-country-its-sentence-names"),
    pytest.param("Pence said the governor had vetoed the tax bill.", "REJECT", {"source": "USA"},
                 id="bare-governor-takes-the-country-its-sentence-names"),
    pytest.param("Warren accused Clinton of hiding the speeches.", "ACCUSE", {"source": "USA", "target": "USA"},
                 id="a-newsmakers-surname-alone-is-placed-in-their-country"),
    pytest.param("Sanders accused Clinton of hiding the speeches.", "ACCUSE", {"source": "USA", "target": "USA"},
                 id="a-newsmakers-surname-read-as-a-plural-noun-is-placed-in-their-country"),
    pytest.param("Brown accused Miller of hiding the speeches.", "ACCUSE", {"source": None, "target": None},
                 id="a-common-surname-alone-places-nobody"),
    pytest.param("Lebanon Police arrested two teenagers, a Grant County deputy said.", "COERCE", {"source": "USA"},
                 id="a-town-named-like-a-country-beside-a-county-is-placed-there"),
    pytest.param("Lebanon Police arrested two teenagers, a Beirut official said.", "COERCE", {"source": "LBN"},
                 id="the-country-of-that-name-stays-without-a-county"),
])
def test_actors_take_the_country_their_text_gives_them(pipeline, text, plover_type, countries):
    assert first_event_countries(pipeline, text, plover_type, countries) == countries


def test_the_sentences_country_comes_before_a_surnames(pipeline):
    talks = of_type(events_of(pipeline, "Sanders met the Kenyan foreign minister in Nairobi on Monday."), "CONSULT")[0]
    assert country(talks.source) != "USA"


# a passive's "by" phrase the parser hung on a noun of the verb's own prepositional phrases is still its agent
# (arguments._agent_on_a_place): "for hours by government forces", "at the court by Judge X"
def test_a_by_phrase_hung_on_a_place_is_the_passives_agent(pipeline):
    shelling = of_type(events_of(pipeline, "The town was shelled for hours by government forces."), "ASSAULT")[0]
    assert shelling.source is not None and shelling.source.text == "government forces"


def test_a_means_after_by_is_no_agent(pipeline):
    assert not events_of(pipeline, "The letter was delivered to the embassy by car.")
