"""The actors stage on literal sentences: one rule per test."""

from __future__ import annotations

from eventwire.actors import actor_at
from eventwire.actors.mentions import Tok, after_other_first_name
from tests.actors.helpers import mention


def test_actors_title_and_name_span_one_mention(run):
    found = mention(run("President Vladimir Putin met his advisers."), "President Vladimir Putin")
    assert (found.code, found.canonical, found.kind) == ("RUSGOV", "Vladimir Putin", "name")


def test_actors_demonym_title_and_name(run):
    found = mention(run("Belarusian President Alexander Lukashenko welcomed the plan."),
                    "Belarusian President Alexander Lukashenko")
    assert found.code == "BLRGOV"


def test_actors_middle_initial_the_knowledge_base_leaves_out_still_matches(run):
    found = mention(run("Gov. John R. Kasich of Ohio spoke in Concord.", date="2016-01-10"), "Gov. John R. Kasich")
    assert (found.code, found.canonical) == ("USAGOV", "John Kasich")


def test_actors_middle_initial_the_knowledge_base_spells_tells_two_namesakes_apart(run):
    found = mention(run("President George W. Bush signed the law.", date="2016-01-10"), "President George W. Bush")
    assert found.canonical == "George W. Bush"


def test_actors_bare_surname_years_before_the_first_office_is_someone_else(run):
    document = run("Harris will talk about parenting at the school library.", date="2009-03-19")
    assert [m.code for m in document.actors if m.text == "Harris"] in ([], [None])


def test_actors_bare_surname_in_office_is_the_known_person(run):
    assert mention(run("Harris will talk about the economy in Ohio.", date="2024-03-19"), "Harris").code == "USAGOV"


def test_actors_metonym_title_and_unknown_name_takes_the_owner_code(run):
    found = mention(run("Kremlin spokesman Ivan Petrovsky told reporters the talks would go on."),
                    "Kremlin spokesman Ivan Petrovsky")
    assert (found.code, found.canonical) == ("RUSGOV", "Ivan Petrovsky")


def test_actors_later_surname_shares_the_identity(run):
    document = run("Kremlin spokesman Ivan Petrovsky spoke on Monday. Petrovsky added that nothing had changed.")
    first, later = mention(document, "Kremlin spokesman Ivan Petrovsky"), mention(document, "Petrovsky")
    assert (later.actor_id, later.code) == (first.actor_id, first.code)


def test_actors_government_seat_is_the_government(run):
    found = mention(run("The White House said it would respond."), "The White House")
    assert (found.code, found.kind) == ("USAGOV", "metonym")


def test_actors_pentagon_is_the_military(run):
    assert mention(run("The Pentagon announced new aid."), "The Pentagon").code == "USAMIL"


def test_actors_demonym_with_sector_word(run):
    assert mention(run("Russian troops crossed the border."), "Russian troops").code == "RUSMIL"


def test_actors_possessive_country_with_ministry(run):
    found = mention(run("China's foreign ministry said the talks were useful."), "China's foreign ministry")
    assert (found.code, found.canonical) == ("CHNGOV", "Ministry of Foreign Affairs of China")


def test_actors_its_takes_the_latest_state_actor(run):
    document = run("The Kremlin said Friday as its military encircled Kyiv.")
    assert mention(document, "its military").code == "RUSMIL"


def test_actors_description_resolves_to_the_office_holder(run):
    found = mention(run("Talks were offered to the Russian leader on Friday."), "the Russian leader")
    assert (found.code, found.canonical, found.actor_id) == ("RUSGOV", "Vladimir Putin", "person:vladimir-putin")


def test_actors_description_reuses_the_person_named_earlier(run):
    document = run("Kremlin spokesman Dmitry Peskov spoke first. The Kremlin spokesman later said more.")
    assert mention(document, "The Kremlin spokesman").actor_id == "person:dmitry-peskov"


def test_actors_news_agency_is_media(run):
    assert mention(run("Interfax quoted him as saying so."), "Interfax").code == "RUSMED"


def test_actors_igo_code(run):
    assert mention(run("NATO rejected the demand."), "NATO").code == "IGOWSTNAT"


def test_actors_breakaway_republics_are_rebels(run):
    document = run("Putin recognized the self-proclaimed Donetsk and Luhansk people's republics as independent.")
    assert mention(document, "the self-proclaimed Donetsk and Luhansk people's republics").code == "UKRREB"


def test_actors_group_owner_keeps_its_code_with_a_title(run):
    document = run("Donetsk and Luhansk foreign ministers arrived in Moscow.")
    assert mention(document, "Donetsk and Luhansk foreign ministers").code == "UKRREB"


def test_actors_country_name_is_the_bare_code(run):
    assert mention(run("Ukraine asked for help."), "Ukraine").code == "UKR"


def test_actors_capital_as_speaker_is_the_government(run):
    assert mention(run("Moscow said the sanctions were illegal."), "Moscow").code == "RUSGOV"


def test_actors_capital_as_place_is_no_actor(run):
    assert not [m for m in run("The delegates arrived in Moscow on Friday.").actors if m.text == "Moscow"]


def test_actors_backed_compound_gives_no_owner(run):
    document = run("Russian-backed separatists shelled the town.")
    assert all(m.code != "RUSREB" for m in document.actors)


def test_actors_pronoun_follows_the_subject(run):
    document = run("President Volodymyr Zelenskiy said he was ready to talk.")
    assert mention(document, "he").actor_id == "person:volodymyr-zelenskiy"


def test_actors_president_before_his_term_has_his_earlier_role(run):
    found = mention(run("Vladimir Putin met the cabinet.", date="2010-03-01"), "Vladimir Putin")
    assert found.role == "prime minister"


def test_actors_president_after_his_term_is_no_longer_government(run):
    found = mention(run("Barack Obama gave a speech.", date="2019-06-01"), "Barack Obama")
    assert found.code == "USAELI"


def test_actors_undated_article_uses_the_latest_role(run):
    assert mention(run("Joe Biden gave a speech.", date=None), "Joe Biden").code == "USAELI"


def test_actors_spelling_variants_share_the_actor(run):
    document = run("Zelensky spoke to Zelenskyy's aides.")
    assert {m.actor_id for m in document.actors if m.text.startswith("Zelensk")} == {"person:volodymyr-zelenskiy"}


def test_actors_actor_at_finds_the_mention_under_a_span(run):
    document = run("Russian troops crossed the border.")
    assert actor_at(document, 8, 14).code == "RUSMIL"
    assert actor_at(document, 20, 26) is None


def test_actors_lowercase_common_word_is_no_country(run):
    assert not run("They ate turkey and the chad was torn.").actors


def test_actors_their_with_a_civilian_word_is_not_the_state(run):
    document = run("Ukraine said on Friday that their children were safe.")
    assert not [m for m in document.actors if m.text == "their children"]


def test_actors_pronoun_never_points_at_an_organisation(run):
    document = run("NATO said on Monday that he would attend.")
    assert not [m for m in document.actors if m.kind == "pronoun"]


def test_actors_country_name_before_a_title_owns_it(run):
    found = mention(run("U.S. Secretary of State Jim Doe arrived.", date="2023-06-01"),
                    "U.S. Secretary of State Jim Doe")
    assert (found.code, found.canonical) == ("USAGOV", "Jim Doe")


def test_actors_institution_sector_wins_over_the_title(run):
    assert mention(run("A Russian army spokesman denied it."), "Russian army spokesman").code == "RUSMIL"


def test_actors_qualified_title_is_not_the_office_holder(run):
    found = mention(run("Russian Deputy Foreign Minister spoke.", date="2023-06-01"),
                    "Russian Deputy Foreign Minister")
    assert (found.code, found.canonical) == ("RUSGOV", "Russian Deputy Foreign Minister")


def test_actors_description_reuses_an_unknown_person_named_earlier(run):
    document = run("Kremlin spokesman Ivan Petrovsky spoke first. The Kremlin spokesman later said more.")
    first, later = mention(document, "Kremlin spokesman Ivan Petrovsky"), mention(document, "The Kremlin spokesman")
    assert (later.actor_id, later.canonical) == (first.actor_id, "Ivan Petrovsky")


def test_actors_owner_makes_a_foreign_institution_name_generic(run):
    document = run("Ukraine's National Security Council met on Monday.")
    assert mention(document, "Ukraine's National Security Council").code == "UKRGOV"


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


def test_actors_party_before_a_title_keeps_the_state_office(run):
    found = mention(run("Republican Leader Mark Ellison criticized the plan."), "Leader Mark Ellison")
    assert found.code == "---GOV"


def test_actors_town_before_a_local_office_keeps_the_state_office(run):
    found = mention(run("Lewisburg Mayor Mark Ellison opened the bridge."), "Mayor Mark Ellison")
    assert found.code == "---GOV"


def test_actors_word_of_a_longer_office_name_is_no_actor(run):
    document = run("She spoke to the American Foreign Service Association on Monday.")
    assert not any(m.country == "GBR" for m in document.actors)


def test_actors_place_before_a_title_gives_its_country(run):
    found = mention(run("Ohio Gov. Mark Ellison signed the bill."), "Ohio Gov. Mark Ellison")
    assert found.code == "USAGOV"


def test_actors_place_name_is_not_read_as_the_country_inside_it(run):
    document = run("New Jersey police arrested two men.")
    assert not any(m.country == "JEY" for m in document.actors)


def test_actors_lieutenant_governor_is_not_the_military(run):
    found = mention(run("Texas Lt. Gov. Mark Ellison said the state would sue."), "Texas Lt. Gov. Mark Ellison")
    assert found.code == "USAGOV"


def test_actors_former_office_holder_is_the_elite_not_the_incumbent(run):
    document = run("The former Russian president said the talks had failed.", date="2022-02-25")
    found = mention(document, "The former Russian president")
    assert (found.code, found.canonical) == ("RUSELI", "former Russian president")


def test_actors_former_title_before_a_name(run):
    found = mention(run("Former Ukrainian Defence Minister Ivan Petrenko criticized the plan."),
                    "Ukrainian Defence Minister Ivan Petrenko")
    assert found.code == "UKRELI"


def test_actors_vice_president_is_not_the_president(run):
    found = mention(run("The US vice president said the talks would go on.", date="2025-06-01"),
                    "The US vice president")
    assert found.canonical == "JD Vance"


def test_actors_office_title_finds_a_holder_whose_role_has_another_name(run):
    found = mention(run("The German chancellor said the talks would go on.", date="2025-06-01"),
                    "The German chancellor")
    assert found.canonical == "Friedrich Merz"


def test_actors_bare_title_refers_back_to_the_one_office_holder_nearby(run):
    document = run("President Barack Obama spoke on Monday. The president said the talks would go on.",
                   date="2016-02-23")
    assert mention(document, "The president").canonical == "Barack Obama"


def test_actors_bare_title_with_two_holders_nearby_stays_unresolved(run):
    document = run("President Barack Obama met President Vladimir Putin. The president said the talks would go on.",
                   date="2016-02-23")
    assert not any(m.text == "The president" for m in document.actors)


def test_actors_bare_sector_word_refers_back_to_the_latest_group(run):
    document = run("Russia's Defence Ministry said its forces took the village. The ministry gave no figures.")
    assert mention(document, "The ministry").code == "RUSMIL"


def test_actors_member_of_an_institution_named_just_before(run):
    document = run("China's foreign ministry said the boat had intruded. A ministry spokeswoman told a briefing "
                   "that the coast guard had acted lawfully.")
    assert mention(document, "A ministry spokeswoman").code == "CHNGOV"


def test_actors_place_word_inside_a_persons_name_is_no_place(run):
    document = run("Michael Jordan met the team. Patty Murray said the law was unfair.")
    assert not any(m.country in ("JOR", "AUS") for m in document.actors)


def test_actors_title_and_surname_is_the_person_named_before(run):
    document = run("Gov. Mark Ellison met the owners. A spokesman for Gov. Ellison confirmed the meeting.")
    assert mention(document, "Gov. Ellison").actor_id == mention(document, "Gov. Mark Ellison").actor_id


def test_actors_pronoun_agrees_with_the_gender_of_a_first_name(run):
    document = run("Angela Merkel met Barack Obama on Friday. She said he was right.")
    assert mention(document, "She").canonical == "Angela Merkel"
    assert mention(document, "he").canonical == "Barack Obama"


def test_actors_pronoun_takes_gender_from_a_gendered_title(run):
    document = run("Spokeswoman Robin Ellison met Sam Park. Her remarks were brief.")
    assert mention(document, "Her").canonical == "Robin Ellison"


def test_actors_pronoun_without_an_agreeing_antecedent_stays_unresolved(run):
    document = run("Barack Obama spoke on Monday. She did not attend.")
    assert not [m for m in document.actors if m.text == "She"]


def test_actors_georgia_in_american_news_is_the_state(run):
    document = run("Trump won in Alabama, Georgia and Tennessee. Georgia Republicans cheered.", date="2016-03-02")
    assert not any(m.country == "GEO" for m in document.actors)


def test_actors_georgia_stays_the_country_when_only_us_words_surround_it(run):
    document = run("The U.S. condemned the Russian attack on Georgia, the American envoy said.")
    assert mention(document, "Georgia").code == "GEO"


def test_actors_georgia_is_the_state_beside_a_written_state_abbreviation(run):
    document = run("Teachers in Macon, Ga., walked out on Friday. Georgia police later cleared the school gates.")
    assert mention(document, "Georgia police").code == "USACOP"


def test_actors_georgia_stays_the_country_beside_its_own_capital(run):
    document = run("Farmers in Tbilisi and Kutaisi marched on Friday. Georgia police later cleared the roads.")
    assert mention(document, "Georgia police").code == "GEOCOP"


def test_actors_demonym_before_americans_is_no_foreign_country(run):
    document = run("Turkish Americans and Mexican-American voters backed him.")
    assert {m.country for m in document.actors} == {"USA"}


def test_actors_later_surname_of_a_known_person_shares_the_identity(run):
    document = run("Hillary Clinton spoke on Friday. Later Clinton attacked the plan.", date="2016-06-10")
    assert mention(document, "Clinton").actor_id == mention(document, "Hillary Clinton").actor_id


def test_actors_surname_two_people_share_refers_to_neither(run):
    document = run("Bill Clinton and Hillary Clinton arrived. Then Clinton spoke.", date="2016-06-10")
    assert not [m for m in document.actors if m.text == "Clinton"]


def test_actors_surname_starting_a_longer_name_is_no_mention(run):
    document = run("Hillary Clinton spoke. The Clinton Foundation said nothing.", date="2016-06-10")
    assert not [m for m in document.actors if m.text == "Clinton"]


def test_actors_pronoun_refers_back_to_a_bare_surname(run):
    document = run("Hillary Clinton spoke on Friday. The crowd cheered. The band played. Clinton said she would "
                   "win.", date="2016-06-10")
    assert mention(document, "she").canonical == "Hillary Clinton"


def test_actors_name_spelt_with_a_capital_needs_one_first(run):
    document = run("Jobs fell, according to figures from the state Department of Labor.")
    assert not document.actors


def test_actors_title_word_that_begins_a_persons_name_is_the_first_name(run):
    document = run("And when Laurel County Clerk Dean Johnson was inducted, he beamed.", date="2009-03-15")
    assert not any(m.code.endswith("EDU") for m in document.actors)


def test_actors_acronym_listed_with_the_needs_capitals(run):
    document = run("Kim Jong Un spoke on Monday. Un said nothing.")
    assert not any(m.code.startswith("IGO") for m in document.actors)


def test_actors_demonym_that_is_a_named_persons_surname_is_the_person(run):
    document = run('Mark Cuban spoke on Sunday. "It is more of a consideration," Cuban said in an interview.',
                   date="2016-05-22")
    assert not any(m.country == "CUB" for m in document.actors)


def test_actors_she_needs_an_antecedent_known_to_be_a_woman(run):
    document = run("Senator Zorvan Ortez spoke on Friday. Then she left and he stayed.")
    assert not [m for m in document.actors if m.text == "she"]
    assert mention(document, "he").canonical == "Zorvan Ortez"


def test_actors_pronoun_in_an_apposition_is_not_the_name_it_describes(run):
    document = run("President Barack Obama met the press. Senator Mark Ellison, his ally, urged caution.",
                   date="2014-05-02")
    assert mention(document, "his").canonical == "Barack Obama"


def test_actors_honorific_tells_which_of_two_people_a_shared_surname_is(run):
    document = run("Bill Clinton and Hillary Clinton arrived. Then Mrs. Clinton spoke.", date="2016-06-10")
    assert mention(document, "Clinton").canonical == "Hillary Clinton"


def test_actors_he_in_what_someone_says_is_that_someone(run):
    document = run("President Barack Obama spoke on Monday. Later Kevin Sullivan said he was confident.",
                   date="2014-05-02")
    assert not [m for m in document.actors if m.text == "he"]


def test_actors_known_surname_after_another_first_name_is_someone_else(run):
    document = run("Donald Trump spoke. Melania Trump smiled.", date="2016-07-20")
    assert [m.text for m in document.actors] == ["Donald Trump"]


def test_actors_a_name_of_the_person_before_the_surname_is_no_other_first_name():
    toks = [Tok(0, 6, "Tayyip", person=True), Tok(7, 14, "Erdogan", person=True)]
    assert not after_other_first_name(toks, 1, "Recep Tayyip Erdogan")
    assert after_other_first_name(toks, 1, "Bulent Erdogan")


def test_actors_possessive_in_a_reason_is_the_object_praised_or_blamed(run):
    document = run("Ted Cruz blasted Marco Rubio for his support of the reform.", date="2016-01-20")
    assert mention(document, "his").canonical == "Marco Rubio"


def test_actors_bare_title_refers_back_to_the_person_named_with_it(run):
    document = run("Senator John Smith criticised the plan. The senator said it would fail.")
    assert mention(document, "The senator").actor_id == "person:john-smith"


def test_actors_bare_title_shared_by_two_named_people_stays_unresolved(run):
    document = run("Senator John Smith and Senator Jane Roe criticised the plan. The senator said it would fail.")
    assert not [m for m in document.actors if m.text == "The senator"]


def test_actors_landmark_inside_an_organisation_name_places_nobody(run):
    document = run("Fighters of the Blue Nile Liberation Movement shelled the town on Monday.")
    assert not [m for m in document.actors if m.code and m.code.startswith("EGY")]


def test_actors_state_leading_an_organisation_name_still_places_it(run):
    found = mention(run("The Chicago Police Department arrested two men."), "The Chicago Police")
    assert found.code == "USACOP"
