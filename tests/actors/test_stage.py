"""The actors stage on literal sentences: one rule per test, or per case of a table (its id names the rule)."""

from __future__ import annotations

import pytest

from eventwire.actors import actor_at
from eventwire.actors.mentions import Tok, after_other_first_name
from tests.actors.helpers import mention

#: The run fixture's default article date (the seed article's day): most sentences need none of their own.
ARTICLE_DATE = "2022-02-25"


@pytest.mark.parametrize("text, date, span, expected", [
    pytest.param("President Vladimir Putin met his advisers.", ARTICLE_DATE, "President Vladimir Putin",
                 {"code": "RUSGOV", "canonical": "Vladimir Putin", "kind": "name"},
                 id="title-and-name-span-one-mention"),
    pytest.param("Belarusian President Alexander Lukashenko welcomed the plan.", ARTICLE_DATE,
                 "Belarusian President Alexander Lukashenko", {"code": "BLRGOV"}, id="demonym-title-and-name"),
    pytest.param("Gov. John R. Kasich of Ohio spoke in Concord.", "2016-01-10", "Gov. John R. Kasich",
                 {"code": "USAGOV", "canonical": "John Kasich"},
                 id="middle-initial-the-knowledge-base-leaves-out-still-matches"),
    pytest.param("President George W. Bush signed the law.", "2016-01-10", "President George W. Bush",
                 {"canonical": "George W. Bush"},
                 id="middle-initial-the-knowledge-base-spells-tells-two-namesakes-apart"),
    pytest.param("Harris will talk about the economy in Ohio.", "2024-03-19", "Harris", {"code": "USAGOV"},
                 id="bare-surname-in-office-is-the-known-person"),
    pytest.param("Kremlin spokesman Ivan Petrovsky told reporters the talks would go on.", ARTICLE_DATE,
                 "Kremlin spokesman Ivan Petrovsky", {"code": "RUSGOV", "canonical": "Ivan Petrovsky"},
                 id="metonym-title-and-unknown-name-takes-the-owner-code"),
    pytest.param("The White House said it would respond.", ARTICLE_DATE, "The White House",
                 {"code": "USAGOV", "kind": "metonym"}, id="government-seat-is-the-government"),
    pytest.param("The Pentagon announced new aid.", ARTICLE_DATE, "The Pentagon", {"code": "USAMIL"},
                 id="pentagon-is-the-military"),
    pytest.param("Russian troops crossed the border.", ARTICLE_DATE, "Russian troops", {"code": "RUSMIL"},
                 id="demonym-with-sector-word"),
    pytest.param("China's foreign ministry said the talks were useful.", ARTICLE_DATE, "China's foreign ministry",
                 {"code": "CHNGOV", "canonical": "Ministry of Foreign Affairs of China"},
                 id="possessive-country-with-ministry"),
    pytest.param("The Kremlin said Friday as its military encircled Kyiv.", ARTICLE_DATE, "its military",
                 {"code": "RUSMIL"}, id="its-takes-the-latest-state-actor"),
    pytest.param("Talks were offered to the Russian leader on Friday.", ARTICLE_DATE, "the Russian leader",
                 {"code": "RUSGOV", "canonical": "Vladimir Putin", "actor_id": "person:vladimir-putin"},
                 id="description-resolves-to-the-office-holder"),
    pytest.param("Kremlin spokesman Dmitry Peskov spoke first. The Kremlin spokesman later said more.", ARTICLE_DATE,
                 "The Kremlin spokesman", {"actor_id": "person:dmitry-peskov"},
                 id="description-reuses-the-person-named-earlier"),
    pytest.param("Interfax quoted him as saying so.", ARTICLE_DATE, "Interfax", {"code": "RUSMED"},
                 id="news-agency-is-media"),
    pytest.param("NATO rejected the demand.", ARTICLE_DATE, "NATO", {"code": "IGOWSTNAT"}, id="igo-code"),
    pytest.param("Putin recognized the self-proclaimed Donetsk and Luhansk people's republics as independent.",
                 ARTICLE_DATE, "the self-proclaimed Donetsk and Luhansk people's republics", {"code": "UKRREB"},
                 id="breakaway-republics-are-rebels"),
    pytest.param("Donetsk and Luhansk foreign ministers arrived in Moscow.", ARTICLE_DATE,
                 "Donetsk and Luhansk foreign ministers", {"code": "UKRREB"},
                 id="group-owner-keeps-its-code-with-a-title"),
    pytest.param("Ukraine asked for help.", ARTICLE_DATE, "Ukraine", {"code": "UKR"},
                 id="country-name-is-the-bare-code"),
    pytest.param("Moscow said the sanctions were illegal.", ARTICLE_DATE, "Moscow", {"code": "RUSGOV"},
                 id="capital-as-speaker-is-the-government"),
    pytest.param("President Volodymyr Zelenskiy said he was ready to talk.", ARTICLE_DATE, "he",
                 {"actor_id": "person:volodymyr-zelenskiy"}, id="pronoun-follows-the-subject"),
    pytest.param("Vladimir Putin met the cabinet.", "2010-03-01", "Vladimir Putin", {"role": "prime minister"},
                 id="president-before-his-term-has-his-earlier-role"),
    pytest.param("Barack Obama gave a speech.", "2019-06-01", "Barack Obama", {"code": "USAELI"},
                 id="president-after-his-term-is-no-longer-government"),
    pytest.param("Joe Biden gave a speech.", None, "Joe Biden", {"code": "USAELI"},
                 id="undated-article-uses-the-latest-role"),
    pytest.param("U.S. Secretary of State Jim Doe arrived.", "2023-06-01", "U.S. Secretary of State Jim Doe",
                 {"code": "USAGOV", "canonical": "Jim Doe"}, id="country-name-before-a-title-owns-it"),
    pytest.param("A Russian army spokesman denied it.", ARTICLE_DATE, "Russian army spokesman", {"code": "RUSMIL"},
                 id="institution-sector-wins-over-the-title"),
    pytest.param("Russian Deputy Foreign Minister spoke.", "2023-06-01", "Russian Deputy Foreign Minister",
                 {"code": "RUSGOV", "canonical": "Russian Deputy Foreign Minister"},
                 id="qualified-title-is-not-the-office-holder"),
    pytest.param("Ukraine's National Security Council met on Monday.", ARTICLE_DATE,
                 "Ukraine's National Security Council", {"code": "UKRGOV"},
                 id="owner-makes-a-foreign-institution-name-generic"),
    pytest.param("Republican Leader Mark Ellison criticized the plan.", ARTICLE_DATE, "Leader Mark Ellison",
                 {"code": "---GOV"}, id="party-before-a-title-keeps-the-state-office"),
    pytest.param("Lewisburg Mayor Mark Ellison opened the bridge.", ARTICLE_DATE, "Mayor Mark Ellison",
                 {"code": "---GOV"}, id="town-before-a-local-office-keeps-the-state-office"),
    pytest.param("Ohio Gov. Mark Ellison signed the bill.", ARTICLE_DATE, "Ohio Gov. Mark Ellison", {"code": "USAGOV"},
                 id="place-before-a-title-gives-its-country"),
    pytest.param("Texas Lt. Gov. Mark Ellison said the state would sue.", ARTICLE_DATE, "Texas Lt. Gov. Mark Ellison",
                 {"code": "USAGOV"}, id="lieutenant-governor-is-not-the-military"),
    pytest.param("The former Russian president said the talks had failed.", ARTICLE_DATE,
                 "The former Russian president", {"code": "RUSELI", "canonical": "former Russian president"},
                 id="former-office-holder-is-the-elite-not-the-incumbent"),
    pytest.param("Former Ukrainian Defence Minister Ivan Petrenko criticized the plan.", ARTICLE_DATE,
                 "Ukrainian Defence Minister Ivan Petrenko", {"code": "UKRELI"}, id="former-title-before-a-name"),
    pytest.param("The US vice president said the talks would go on.", "2025-06-01", "The US vice president",
                 {"canonical": "JD Vance"}, id="vice-president-is-not-the-president"),
    pytest.param("The German chancellor said the talks would go on.", "2025-06-01", "The German chancellor",
                 {"canonical": "Friedrich Merz"}, id="office-title-finds-a-holder-whose-role-has-another-name"),
    pytest.param("President Barack Obama spoke on Monday. The president said the talks would go on.", "2016-02-23",
                 "The president", {"canonical": "Barack Obama"},
                 id="bare-title-refers-back-to-the-one-office-holder-nearby"),
    pytest.param("Russia's Defence Ministry said its forces took the village. The ministry gave no figures.",
                 ARTICLE_DATE, "The ministry", {"code": "RUSMIL"},
                 id="bare-sector-word-refers-back-to-the-latest-group"),
    pytest.param("China's foreign ministry said the boat had intruded. A ministry spokeswoman told a briefing "
                 "that the coast guard had acted lawfully.", ARTICLE_DATE, "A ministry spokeswoman", {"code": "CHNGOV"},
                 id="member-of-an-institution-named-just-before"),
    pytest.param("Angela Merkel met Barack Obama on Friday. She said he was right.", ARTICLE_DATE, "She",
                 {"canonical": "Angela Merkel"}, id="pronoun-she-agrees-with-the-gender-of-a-first-name"),
    pytest.param("Angela Merkel met Barack Obama on Friday. She said he was right.", ARTICLE_DATE, "he",
                 {"canonical": "Barack Obama"}, id="pronoun-he-agrees-with-the-gender-of-a-first-name"),
    pytest.param("Spokeswoman Robin Ellison met Sam Park. Her remarks were brief.", ARTICLE_DATE, "Her",
                 {"canonical": "Robin Ellison"}, id="pronoun-takes-gender-from-a-gendered-title"),
    pytest.param("The U.S. condemned the Russian attack on Georgia, the American envoy said.", ARTICLE_DATE, "Georgia",
                 {"code": "GEO"}, id="georgia-stays-the-country-when-only-us-words-surround-it"),
    pytest.param("Teachers in Macon, Ga., walked out on Friday. Georgia police later cleared the school gates.",
                 ARTICLE_DATE, "Georgia police", {"code": "USACOP"},
                 id="georgia-is-the-state-beside-a-written-state-abbreviation"),
    pytest.param("Farmers in Tbilisi and Kutaisi marched on Friday. Georgia police later cleared the roads.",
                 ARTICLE_DATE, "Georgia police", {"code": "GEOCOP"},
                 id="georgia-stays-the-country-beside-its-own-capital"),
    pytest.param("Hillary Clinton spoke on Friday. The crowd cheered. The band played. Clinton said she would win.",
                 "2016-06-10", "she", {"canonical": "Hillary Clinton"}, id="pronoun-refers-back-to-a-bare-surname"),
    pytest.param("Senator Zorvan Ortez spoke on Friday. Then she left and he stayed.", ARTICLE_DATE, "he",
                 {"canonical": "Zorvan Ortez"}, id="he-takes-an-antecedent-not-known-to-be-a-woman"),
    pytest.param("President Barack Obama met the press. Senator Mark Ellison, his ally, urged caution.", "2014-05-02",
                 "his", {"canonical": "Barack Obama"}, id="pronoun-in-an-apposition-is-not-the-name-it-describes"),
    pytest.param("Bill Clinton and Hillary Clinton arrived. Then Mrs. Clinton spoke.", "2016-06-10", "Clinton",
                 {"canonical": "Hillary Clinton"}, id="honorific-tells-which-of-two-people-a-shared-surname-is"),
    pytest.param("Ted Cruz blasted Marco Rubio for his support of the reform.", "2016-01-20", "his",
                 {"canonical": "Marco Rubio"}, id="possessive-in-a-reason-is-the-object-praised-or-blamed"),
    pytest.param("Senator John Smith criticised the plan. The senator said it would fail.", ARTICLE_DATE,
                 "The senator", {"actor_id": "person:john-smith"},
                 id="bare-title-refers-back-to-the-person-named-with-it"),
    pytest.param("The Chicago Police Department arrested two men.", ARTICLE_DATE,
                 "The Chicago Police Department",
                 {"code": "USACOP"}, id="state-leading-an-organisation-name-still-places-it"),
])
def test_actors_mention_is_read_as(run, text, date, span, expected):
    found = mention(run(text, date=date), span)
    assert {attribute: getattr(found, attribute) for attribute in expected} == expected


@pytest.mark.parametrize("text, date, span", [
    pytest.param("The delegates arrived in Moscow on Friday.", ARTICLE_DATE, "Moscow",
                 id="capital-as-place-is-no-actor"),
    pytest.param("Ukraine said on Friday that their children were safe.", ARTICLE_DATE, "their children",
                 id="their-with-a-civilian-word-is-not-the-state"),
    pytest.param("President Barack Obama met President Vladimir Putin. The president said the talks would go on.",
                 "2016-02-23", "The president", id="bare-title-with-two-holders-nearby-stays-unresolved"),
    pytest.param("Barack Obama spoke on Monday. She did not attend.", ARTICLE_DATE, "She",
                 id="pronoun-without-an-agreeing-antecedent-stays-unresolved"),
    pytest.param("Bill Clinton and Hillary Clinton arrived. Then Clinton spoke.", "2016-06-10", "Clinton",
                 id="surname-two-people-share-refers-to-neither"),
    pytest.param("Hillary Clinton spoke. The Clinton Foundation said nothing.", "2016-06-10", "Clinton",
                 id="surname-starting-a-longer-name-is-no-mention"),
    pytest.param("Senator Zorvan Ortez spoke on Friday. Then she left and he stayed.", ARTICLE_DATE, "she",
                 id="she-needs-an-antecedent-known-to-be-a-woman"),
    pytest.param("President Barack Obama spoke on Monday. Later Kevin Sullivan said he was confident.", "2014-05-02",
                 "he", id="he-in-what-someone-says-is-that-someone"),
    pytest.param("Senator John Smith and Senator Jane Roe criticised the plan. The senator said it would fail.",
                 ARTICLE_DATE, "The senator", id="bare-title-shared-by-two-named-people-stays-unresolved"),
])
def test_actors_span_is_no_mention(run, text, date, span):
    assert not [m for m in run(text, date=date).actors if m.text == span]


@pytest.mark.parametrize("text, date, countries", [
    pytest.param("She spoke to the American Foreign Service Association on Monday.", ARTICLE_DATE, {"GBR"},
                 id="word-of-a-longer-office-name-is-no-actor"),
    pytest.param("New Jersey police arrested two men.", ARTICLE_DATE, {"JEY"},
                 id="place-name-is-not-read-as-the-country-inside-it"),
    pytest.param("Michael Jordan met the team. Patty Murray said the law was unfair.", ARTICLE_DATE, {"JOR", "AUS"},
                 id="place-word-inside-a-persons-name-is-no-place"),
    pytest.param("Trump won in Alabama, Georgia and Tennessee. Georgia Republicans cheered.", "2016-03-02", {"GEO"},
                 id="georgia-in-american-news-is-the-state"),
    pytest.param('Mark Cuban spoke on Sunday. "It is more of a consideration," Cuban said in an interview.',
                 "2016-05-22", {"CUB"}, id="demonym-that-is-a-named-persons-surname-is-the-person"),
])
def test_actors_no_mention_is_placed_in(run, text, date, countries):
    assert not {m.country for m in run(text, date=date).actors} & countries


@pytest.mark.parametrize("text, date, later, first", [
    pytest.param("Gov. Mark Ellison met the owners. A spokesman for Gov. Ellison confirmed the meeting.", ARTICLE_DATE,
                 "Gov. Ellison", "Gov. Mark Ellison", id="title-and-surname-is-the-person-named-before"),
    pytest.param("Hillary Clinton spoke on Friday. Later Clinton attacked the plan.", "2016-06-10", "Clinton",
                 "Hillary Clinton", id="later-surname-of-a-known-person-shares-the-identity"),
])
def test_actors_later_mention_is_the_person_named_before(run, text, date, later, first):
    document = run(text, date=date)
    assert mention(document, later).actor_id == mention(document, first).actor_id


def test_actors_bare_surname_years_before_the_first_office_is_someone_else(run):
    document = run("Harris will talk about parenting at the school library.", date="2009-03-19")
    assert [m.code for m in document.actors if m.text == "Harris"] in ([], [None])


def test_actors_later_surname_shares_the_identity(run):
    document = run("Kremlin spokesman Ivan Petrovsky spoke on Monday. Petrovsky added that nothing had changed.")
    first, later = mention(document, "Kremlin spokesman Ivan Petrovsky"), mention(document, "Petrovsky")
    assert (later.actor_id, later.code) == (first.actor_id, first.code)


def test_actors_backed_compound_gives_no_owner(run):
    document = run("Russian-backed separatists shelled the town.")
    assert all(m.code != "RUSREB" for m in document.actors)


def test_actors_spelling_variants_share_the_actor(run):
    document = run("Zelensky spoke to Zelenskyy's aides.")
    assert {m.actor_id for m in document.actors if m.text.startswith("Zelensk")} == {"person:volodymyr-zelenskiy"}


def test_actors_actor_at_finds_the_mention_under_a_span(run):
    document = run("Russian troops crossed the border.")
    assert actor_at(document, 8, 14).code == "RUSMIL"
    assert actor_at(document, 20, 26) is None


def test_actors_lowercase_common_word_is_no_country(run):
    assert not run("They ate turkey and the chad was torn.").actors


def test_actors_pronoun_never_points_at_an_organisation(run):
    document = run("NATO said on Monday that he would attend.")
    assert not [m for m in document.actors if m.kind == "pronoun"]


def test_actors_description_reuses_an_unknown_person_named_earlier(run):
    document = run("Kremlin spokesman Ivan Petrovsky spoke first. The Kremlin spokesman later said more.")
    first, later = mention(document, "Kremlin spokesman Ivan Petrovsky"), mention(document, "The Kremlin spokesman")
    assert (later.actor_id, later.canonical) == (first.actor_id, "Ivan Petrovsky")


def test_actors_hyphenated_pair_of_countries_gives_both(run):
    codes = {m.code for m in run("The Russia-Ukraine talks resumed.").actors}
    assert {"RUS", "UKR"} <= codes


def test_actors_coordinated_demonyms_share_the_sector(run):
    document = run("Senior Hungarian and Romanian officials agreed on Wednesday.")
    assert (mention(document, "Hungarian").code, mention(document, "Romanian officials").code) == ("HUNGOV", "ROUGOV")


def test_actors_title_without_country_codes_the_sector_alone(run):
    document = run("Senator Mark Ellison criticized the plan on Tuesday. Ellison said he would vote against it.")
    first, later = mention(document, "Senator Mark Ellison"), mention(document, "Ellison")
    assert (first.code, first.canonical, first.country, first.sector) == ("---LEG", "Mark Ellison", None, "LEG")
    assert later.actor_id == first.actor_id


def test_actors_title_owned_by_an_unknown_noun_is_no_state_office(run):
    document = run("Sanders campaign spokesman Mark Ellison did not respond.")
    assert not any(m.code.startswith("---") for m in document.actors)


def test_actors_demonym_before_americans_is_no_foreign_country(run):
    document = run("Turkish Americans and Mexican-American voters backed him.")
    assert {m.country for m in document.actors} == {"USA"}


def test_actors_name_spelt_with_a_capital_needs_one_first(run):
    document = run("Jobs fell, according to figures from the state Department of Labor.")
    assert not document.actors


def test_actors_title_word_that_begins_a_persons_name_is_the_first_name(run):
    document = run("And when Laurel County Clerk Dean Johnson was inducted, he beamed.", date="2009-03-15")
    assert not any(m.code.endswith("EDU") for m in document.actors)


def test_actors_acronym_listed_with_the_needs_capitals(run):
    document = run("Kim Jong Un spoke on Monday. Un said nothing.")
    assert not any(m.code.startswith("IGO") for m in document.actors)


def test_actors_known_surname_after_another_first_name_is_someone_else(run):
    document = run("Donald Trump spoke. Melania Trump smiled.", date="2016-07-20")
    assert [m.text for m in document.actors] == ["Donald Trump"]


def test_actors_a_name_of_the_person_before_the_surname_is_no_other_first_name():
    toks = [Tok(0, 6, "Tayyip", person=True), Tok(7, 14, "Erdogan", person=True)]
    assert not after_other_first_name(toks, 1, "Recep Tayyip Erdogan")
    assert after_other_first_name(toks, 1, "Bulent Erdogan")


def test_actors_landmark_inside_an_organisation_name_places_nobody(run):
    document = run("Fighters of the Blue Nile Liberation Movement shelled the town on Monday.")
    assert not [m for m in document.actors if m.code and m.code.startswith("EGY")]

