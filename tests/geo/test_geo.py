"""The geo stage: toponyms found and placed, metonyms flagged, and the place of a clause."""

from __future__ import annotations

import json

import pytest

from eventwire.actors import ActorStage
from eventwire.geo import PlaceStage, place_for_span
from eventwire.geo.gazetteer import demonym_country, haversine_km, lookup, normalise, towns
from eventwire.geo.resolve import demonym_context, phone_context
from eventwire.geo.recognise import DATELINE
from tests.conftest import parse


@pytest.fixture(scope="module")
def stage():
    return PlaceStage()


@pytest.fixture(scope="module")
def annotate(nlp, stage):
    def run(text: str):
        document, parsed = parse(nlp, text)
        stage(document, parsed)
        return document, parsed
    return run


def _place(document, text):
    return next(p for p in document.places if p.text == text)


@pytest.mark.parametrize("text, name, expected", [
    pytest.param("Officials met in Paris on Monday.", "Paris", {"country": "FR"}, id="paris-alone-is-in-france"),
    pytest.param("He moved to Paris, Texas, in 2001.", "Paris", {"country": "US", "admin1": "TX"},
                 id="paris-texas-is-in-texas"),
    pytest.param("The man from Springfield, Ill., was arrested on Friday.", "Springfield", {"admin1": "IL"},
                 id="state-abbreviation-names-the-state"),
    pytest.param("Martha was born in Grantville, Pennsylvania, on November 4, 1913.", "Grantville",
                 {"feature": "adm1", "admin1": "PA"},
                 id="town-known-only-in-another-state-is-placed-in-the-written-one"),
    pytest.param("A grass fire near Lebanon, Kansas, burned two barns and a church on Sunday.", "Lebanon",
                 {"country": "US", "admin1": "KS"},
                 id="small-town-named-after-a-country-is-placed-in-its-written-state"),
    pytest.param("Smoke from fires in Canada, Montana and Idaho reached Denver on Monday.", "Canada", {"country": "CA"},
                 id="country-listed-before-states-stays-a-country"),
    pytest.param("The band played Tulsa, Oklahoma, Santa Fe and Albuquerque, New Mexico, this spring.", "Tulsa",
                 {"admin1": "OK"}, id="towns-listed-with-their-states-keep-them"),
    pytest.param("The case was heard in Clarke County Superior Court in Georgia last month.", "Clarke County",
                 {"feature": "county"}, id="county-inside-a-court-name-is-a-toponym"),
    pytest.param("A Gainesville man cut a plea deal on Monday.", "Gainesville", {"feature": "city"},
                 id="town-before-a-word-for-its-people-is-a-toponym"),
    pytest.param("The Oxford fire chief said the blaze was under control.", "Oxford", {"feature": "city"},
                 id="town-before-a-service-it-runs-is-a-toponym"),
    pytest.param("A Gainesville police officer was hurt in the crash.", "Gainesville", {"feature": "city"},
                 id="town-before-its-police-is-a-toponym"),
    pytest.param("Moscow said the sanctions were illegal.", "Moscow", {"metonym": True},
                 id="speaking-capital-is-a-metonym"),
    pytest.param("Protesters gathered in Moscow on Sunday.", "Moscow", {"metonym": False},
                 id="place-of-action-is-not-a-metonym"),
    pytest.param("Japan expressed concern about the missile test.", "Japan", {"metonym": True},
                 id="country-as-subject-of-any-verb-is-a-metonym"),
    pytest.param("Shelling hit villages in the Kharkiv region overnight.", "Kharkiv region", {"feature": "adm1"},
                 id="division-word-makes-a-division"),
    pytest.param("Troops advanced in eastern Ukraine last week.", "Ukraine", {"feature": "country"},
                 id="direction-word-keeps-the-country"),
    pytest.param("Flooding closed roads in Alexandria and across Rapides Parish on Tuesday.", "Alexandria",
                 {"admin1": "LA"}, id="local-context-picks-the-nearby-town"),
    pytest.param("Alberta must invest in trade missions to Asia, as Queensland does, the Alberta minister said.",
                 "Queensland", {"country": "AU"},
                 id="large-division-abroad-beats-a-village-of-its-name-in-the-articles-province"),
    pytest.param("She campaigned in Iowa on Monday and flies to Nevada and South Carolina next week.", "Nevada",
                 {"feature": "adm1", "admin1": "NV"},
                 id="a-state-beats-a-small-town-of-its-name-in-another-state-the-story-names"),
    pytest.param("The plant in Nevada, Iowa, closed on Friday.", "Nevada", {"feature": "city", "admin1": "IA"},
                 id="the-small-town-when-its-state-is-written-next-to-it"),
])
def test_geo_place_is_placed_as(annotate, text, name, expected):
    place = _place(annotate(text)[0], name)
    assert {attribute: getattr(place, attribute) for attribute in expected} == expected


def test_geo_namesake_division_with_more_towns_wins(annotate):
    document, _ = annotate("Voters in Georgia and Florida lined up before dawn.")
    florida, georgia = _place(document, "Florida"), _place(document, "Georgia")
    assert (florida.country, florida.admin1, georgia.country, georgia.admin1) == ("US", "FL", "US", "GA")


def test_geo_name_ner_missed_is_still_found(annotate):
    document, _ = annotate("Kyiv is the capital and the largest city.")
    kyiv = _place(document, "Kyiv")
    assert haversine_km((kyiv.lat, kyiv.lon), (50.45, 30.52)) < 20


def _tagged_person(nlp, text: str, name: str, label: str = "PER", spacy_label: str = "PERSON"):
    """``text`` parsed, with ``name`` its one entity, labelled as NER might have got it wrong."""
    from eventwire.document import Entity

    document, parsed = parse(nlp, text)
    start = document.text.index(name)
    document.entities = [Entity(start, start + len(name), label, name, spacy_label)]
    return document, parsed


def test_geo_name_tagged_as_person_is_still_found(nlp, stage):
    document, parsed = _tagged_person(nlp, "Talks with Kyiv went on.", "Kyiv")
    stage(document, parsed)
    assert [p.country for p in document.places] == ["UA"]


def test_geo_small_town_tagged_as_person_after_in_is_found(nlp, stage):
    document, parsed = _tagged_person(nlp, "The same group effort occurred in Glen Carbon last year.", "Glen Carbon")
    stage(document, parsed)
    assert [(p.name, p.country) for p in document.places] == [("Glen Carbon", "US")]


def test_geo_small_town_tagged_as_person_elsewhere_is_not_taken(nlp, stage):
    document, parsed = _tagged_person(nlp, "Glen Carbon said the effort was complete.", "Glen Carbon")
    stage(document, parsed)
    assert document.places == []


def test_geo_big_city_name_tagged_as_person_who_is_called_she_stays_a_person(nlp, stage):
    document, parsed = _tagged_person(nlp, "Sydney said she would run for the seat again.", "Sydney")
    stage(document, parsed)
    assert document.places == []


def test_geo_city_that_says_what_it_will_do_stays_a_place(nlp, stage):
    document, parsed = _tagged_person(nlp, "Sydney said it would run the ferries again.", "Sydney")
    stage(document, parsed)
    assert [p.country for p in document.places] == ["AU"]


def test_geo_city_tagged_as_a_nationality_after_in_is_found(nlp, stage):
    document, parsed = _tagged_person(nlp, "Families fled the shelling in Homs overnight.", "Homs", "MISC", "NORP")
    stage(document, parsed)
    assert [(p.name, p.country) for p in document.places] == [("Homs", "SY")]


def test_geo_town_of_a_name_tagged_as_organisation_is_found(nlp, stage):
    document, parsed = _tagged_person(nlp, "Gunmen struck a checkpoint near the northern town of Tikrit.", "Tikrit",
                                      "ORG", "ORG")
    stage(document, parsed)
    assert [p.country for p in document.places] == ["IQ"]


def test_geo_place_after_in_at_the_end_of_an_organisation_name_is_found(nlp, stage):
    text = "She was treated at the General Hospital of Alberta in Calgary."
    document, parsed = _tagged_person(nlp, text, "the General Hospital of Alberta in Calgary", "ORG", "ORG")
    stage(document, parsed)
    assert [(p.name, p.country) for p in document.places] == [("Calgary", "CA")]


def test_geo_town_tagged_as_person_in_a_list_of_places_is_found(annotate):
    document, _ = annotate("Armories opened in Dodge City, Great Bend, Hutchinson, Kingman, Larned and Wichita.")
    assert {"Great Bend", "Kingman"} <= {p.name for p in document.places}


def test_geo_dotted_state_abbreviation_alone_names_the_state(annotate):
    document, _ = annotate("Sen. Frank Lautenberg, D-N.J., reintroduced the bill.")
    assert [(p.text, p.admin1) for p in document.places] == [("N.J.", "NJ")]


def test_geo_street_named_after_a_town_is_no_toponym(annotate):
    document, _ = annotate("A water main blew on the corner of Lakeview and Harrison streets in Chicago.")
    assert [p.text for p in document.places] == ["Chicago"]


def test_geo_names_before_counties_are_each_a_county(annotate):
    document, _ = annotate("Layoffs have slowed in Barrow, Oconee and Oglethorpe counties, officials in Georgia said.")
    assert {p.text: p.feature for p in document.places if p.text != "Georgia"} == \
        {"Barrow": "county", "Oconee": "county", "Oglethorpe": "county"}


def test_geo_surname_before_home_is_no_toponym(annotate):
    document, _ = annotate("Hillary Clinton spoke on Monday. The Clinton home was quiet.")
    assert not document.places


def test_geo_adjective_names_its_country_but_locates_nothing(annotate):
    document, _ = annotate("Russian officials denied the report.")
    assert [(p.text, p.country, p.metonym) for p in document.places] == [("Russian", "RU", True)]


def test_geo_adjective_before_a_division_word_stays_the_country(annotate):
    document, _ = annotate("Russian state media reported the talks.")
    assert [(p.text, p.country) for p in document.places] == [("Russian", "RU")]


def test_geo_adjectives_do_not_outvote_the_towns_country(annotate):
    document, _ = annotate("Russian troops shelled Donetsk. Russian officials said Russian forces would stay. "
                           "Ukraine's army said Donetsk was calm.")
    assert {p.country for p in document.places if p.text == "Donetsk"} == {"UA"}


def test_geo_adjective_built_on_a_place_is_not_a_toponym(annotate):
    document, _ = annotate("Separatists held pro-Moscow rallies near Donetsk.")
    assert [p.text for p in document.places] == ["Donetsk"]


def test_geo_surname_of_a_person_is_not_the_town(annotate):
    document, _ = annotate("Finance director David Hopkins spoke on Monday. Hopkins said revenue fell.")
    assert all(p.text != "Hopkins" for p in document.places)


def test_geo_country_sits_at_its_centre(annotate):
    document, _ = annotate("Belarus closed its border with Poland.")
    belarus = _place(document, "Belarus")
    assert (round(belarus.lat), round(belarus.lon)) == (53, 28)


def test_geo_news_region_is_placed(annotate):
    document, _ = annotate("Fighting raged in the Donbas while the Middle East stayed calm.")
    donbas = _place(document, "Donbas")
    assert donbas.country == "UA" and haversine_km((donbas.lat, donbas.lon), (48.0, 37.8)) < 161


def test_geo_place_for_span_prefers_the_clause(annotate):
    text = "Moscow said on Monday that troops attacked a depot in Kharkiv."
    document, parsed = annotate(text)
    place, how = place_for_span(document, parsed, text.index("attacked"), text.index("attacked") + 8)
    assert (place.text, how) == ("Kharkiv", "clause")


def test_geo_place_for_span_falls_back_to_the_sentence(annotate):
    text = "Kharkiv came under fire again as troops attacked a depot."
    document, parsed = annotate(text)
    place, how = place_for_span(document, parsed, text.index("attacked"), text.index("attacked") + 8)
    assert (place.text, how) == ("Kharkiv", "sentence")


def test_geo_place_for_span_falls_back_to_the_dateline(annotate):
    text = "KYIV, Ukraine (AP) — Officials said the talks failed.\n\nThey gave no reason."
    document, parsed = annotate(text)
    place, how = place_for_span(document, parsed, text.index("gave"), text.index("gave") + 4)
    assert (place.name, how) == ("Kyiv", "dateline")


@pytest.mark.parametrize("text, name", [
    ("Flooding closes schools. BEIRUT: Heavy rain shut the port on Monday, officials said.", "Beirut"),
    ("By Ann Lee, March 3, 2009 ALBUQUERQUE -- The council voted on Tuesday.", "Albuquerque"),
])
def test_geo_dateline_ending_in_a_colon_or_after_a_byline_is_placed(annotate, text, name):
    document, _ = annotate(text)
    assert [p.name for p in document.places if p.text.isupper()] == [name]


@pytest.mark.parametrize("text, place", [
    ('Mayor on the vote: "We are ready." TORONTO — The council voted.', "TORONTO"),
    ("Council approves budget. FALLS VILLAGE—The council voted.", "FALLS VILLAGE"),
    ("Council approves budget. The U.S.-backed plan was voted down.", None),
])
def test_geo_dateline_follows_a_closing_quote_and_may_touch_its_dash(text, place):
    match = DATELINE.search(text)
    assert (match and match["place"]) == place


def test_geo_place_for_span_never_returns_a_metonym(annotate):
    text = "Washington warned that the talks were over."
    document, parsed = annotate(text)
    assert place_for_span(document, parsed, text.index("warned"), text.index("warned") + 6) == (None, "none")


def test_geo_place_for_span_skips_a_possessor(annotate):
    text = "The ministers rejected China's broad claims over the waterway."
    document, parsed = annotate(text)
    assert place_for_span(document, parsed, text.index("rejected"), text.index("rejected") + 8)[0] is None


def test_geo_place_for_span_skips_a_place_inside_an_actor_name(nlp, stage):
    text = "The China Coast Guard fired water cannon at the supply boat."
    document, parsed = parse(nlp, text)
    ActorStage()(document, parsed)
    stage(document, parsed)
    assert any(p.text == "China" for p in document.places)
    assert place_for_span(document, parsed, text.index("fired"), text.index("fired") + 5)[0] is None


def test_geo_lookup_ignores_accents_case_and_dots():
    assert normalise("St. Louis") == normalise("st louis")
    assert any(c.country == "UA" for c in lookup("KYIV"))


def test_geo_seed_gold_places_are_found_and_placed(nlp, stage, seed_gold):
    from eventwire.document import Document
    from eventwire.nlp.entities import EntityStage

    document = Document(seed_gold["text"], id=seed_gold["id"], date=seed_gold.get("date"))
    parsed = nlp(document.text)
    EntityStage()(document, parsed)
    stage(document, parsed)
    for gold in seed_gold["places"]:
        found = [p for p in document.places if p.start < gold["end"] and gold["start"] < p.end]
        assert found, f"{gold['name']} not recognised"
        assert haversine_km((found[0].lat, found[0].lon), (gold["lat"], gold["lon"])) <= 161, gold["name"]


def test_geo_stage_output_serialises(annotate):
    document, _ = annotate("Officials met in Minsk.")
    line = json.loads(json.dumps(document.to_dict()))
    assert line["places"][0]["name"] == "Minsk"


def test_geo_demonym_is_read_the_same_for_toponyms_and_context():
    assert demonym_country("Syrians") == "SY"  # the plural, through the singular the table lists
    assert demonym_context(["Syrians", "Kenyan", "voters"]) == {"SY": 0.5, "KE": 0.5}


def test_geo_towns_are_listed_once_under_their_main_name():
    large = list(towns(1_000_000))
    assert not any(t.alias for t in large) and len({t.geonameid for t in large}) == len(large)
    assert "Lagos" in {t.name for t in large}


def test_geo_division_is_found_without_the_generic_words_of_its_official_name(annotate):
    document, _ = annotate("Floods cut roads across Guangxi and Zhejiang after a week of rain.")
    assert {(p.text, p.country) for p in document.places} >= {("Guangxi", "CN"), ("Zhejiang", "CN")}


def test_geo_compass_word_left_of_a_division_name_is_no_alias():
    assert all(c.feature != "adm1" or c.country != "BH" for c in lookup("Central"))


def test_geo_capitalised_first_word_after_a_closing_quote_and_a_paragraph_break_is_no_small_town(annotate):
    document, _ = annotate('The senator spoke for hours "to defend liberty."\n\nGay rights groups condemned the bill.')
    assert document.places == []


def test_geo_abbreviated_province_after_a_town_is_a_toponym(annotate):
    document, _ = annotate("She sold her family home in Gatineau, Que., and moved to a flat.")
    assert ("Que.", "CA") in {(p.text, p.country) for p in document.places}


def test_geo_province_abbreviation_that_is_also_a_word_places_the_town_before_it(annotate):
    document, _ = annotate("Lucy was born in Churchill, Man. Her parents did not know if she would live.")
    assert {(p.text, p.country) for p in document.places} >= {("Churchill", "CA"), ("Man.", "CA")}


@pytest.mark.parametrize("text, divisions", [
    ("Call the clinic at (519) 661-2111 or 1-860-555-0142.", {("CA", "08"): 1, ("US", "CT"): 1}),
    ("Tickets: 952.445.1234; toll-free 800-555-0199.", {("US", "MN"): 1}),
    ("The 2019-2020 season drew 3,200,000 fans; case no. 412-55-1234-7.", {}),
])
def test_geo_phone_numbers_name_the_division_of_their_area_code(text, divisions):
    countries, admins = phone_context(text)
    assert dict(admins) == divisions
    assert sum(countries.values()) == len(divisions)


def test_geo_area_code_of_a_phone_number_places_a_world_city_namesake_at_home(annotate):
    text = ("Volunteers cleaned the river bank in London on Saturday. "
            "Anyone who wants to help next time can call the parks office at 519-555-0187.")
    place = _place(annotate(text)[0], "London")
    assert (place.country, place.admin1) == ("CA", "08")
    assert _place(annotate("Volunteers cleaned the river bank in London on Saturday.")[0], "London").country == "GB"


@pytest.mark.parametrize("text, words, country", [
    ("The Russian Foreign Ministry summoned the ambassador on Tuesday.", "Russian", "RU"),
    ("A spokesman for the Sri Lankan Army said the road was open.", "Sri Lankan", "LK"),
])
def test_geo_nationality_opening_an_organisation_is_a_toponym(annotate, text, words, country):
    """NER keeps the nationality word inside the organisation's name; the toponym corpora mark it as they mark the
    bare word."""
    document, _ = annotate(text)
    found = [(document.text[p.start:p.end], p.country) for p in document.places]
    assert (words, country) in found
