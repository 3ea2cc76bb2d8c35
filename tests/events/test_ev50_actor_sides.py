"""Sides of news events (issue #4, round ev50): a subject after a fronted day, the country of a one-paragraph
story's victims, escaping an attack, and a group's own fighters. Each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_a_name_after_a_fronted_day_is_the_subject(pipeline):
    # the parser reads "Friday" as the subject and the name as its apposition; a day does nothing
    text = "Friday, Ohio, leading a group of nine states, asked a federal court to halt the new rules before the school year."
    request = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert request.source is not None and request.source.text == "Ohio" and country(request.source) == "USA"


def test_a_one_paragraph_story_places_its_victims_by_the_rest_of_it(pipeline):
    # the sentence names Kenya and Tanzania; no other paragraph names any, so the rest of this one decides
    text = ("A woman was stabbed on Monday near Ngong Road in Nairobi, police said. The 40-year-old victim was "
            "stabbed twice while jogging in Nairobi, Kenyan police spokeswoman Jane Wambui said, and a passerby "
            "from Tanzania called for help.")
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert {country(e.target) for e in assaults} == {"KEN"}, [(e.target.text, e.target.code) for e in assaults]


def test_who_escapes_an_attack_is_its_target(pipeline):
    assault = of_type(events_of(pipeline, "The governor escaped an attack by rebels near Goma."), "ASSAULT")[0]
    assert assault.source.text == "rebels" and assault.target.text == "The governor"


def test_coming_out_of_an_attack_unhurt_tells_of_force_not_words(pipeline):
    events = events_of(pipeline, "Kenyan President William Ruto escaped the attack unhurt.")
    assert [e.type for e in events] == ["ASSAULT"], [(e.type, e.rule) for e in events]


def test_a_groups_spokesman_speaks_for_its_fighters(pipeline):
    text = '"Our fighters will strike the occupiers," Hamas spokesman Sami Abu Zuhri said.'
    threat = of_type(events_of(pipeline, text), "THREATEN")[0]
    assert threat.source.code.startswith("PSEREB"), threat.source


def test_a_groups_own_fighters_in_the_third_person(pipeline):
    assault = of_type(events_of(pipeline, "Hamas said its fighters had attacked an Israeli army post."), "ASSAULT")[0]
    assert assault.source.code.startswith("PSEREB") and country(assault.target) == "ISR"


def test_youngsters_are_private_people(pipeline):
    text = "Lagos police chief Ade Bello praised the actions of the brave youngsters."
    support = of_type(events_of(pipeline, text), "SUPPORT")[0]
    assert support.target.code == "NGACVL", support.target


def test_the_leader_of_a_group_holds_no_government_office(pipeline):
    text = ("Over the weekend, Smith refused to reject the support of both the Ku Klux Klan and Jim Bell, a former "
            "leader of the group.")
    bell = [e for e in of_type(events_of(pipeline, text), "REJECT") if e.target.text == "Jim Bell"]
    assert bell and not bell[0].target.code.endswith("GOV"), [e.target for e in bell]


def test_a_war_against_named_rivals_in_politics_is_a_contest(pipeline):
    text = "In the primary campaign, Warren continues to face a two-front war against both Smith and Jones."
    assert not [e for e in events_of(pipeline, text) if e.type == "ASSAULT"]


def test_a_war_against_a_country_stays_force(pipeline):
    text = "In the election campaign, the senator said Russia continues to wage a war against Ukraine."
    of_type(events_of(pipeline, text), "ASSAULT")


def test_who_faces_attacks_in_a_clause_above_is_their_target(pipeline):
    assault = of_type(events_of(pipeline, "Kenya continues to face attacks by al-Shabab militants."), "ASSAULT")[0]
    assert country(assault.target) == "KEN" and assault.source.text == "al-Shabab militants"


def test_whom_an_agreement_lets_act_is_its_target(pipeline):
    agree = of_type(events_of(pipeline, "Kenya agreed to let Uganda use the port of Mombasa."), "AGREE")[0]
    assert country(agree.source) == "KEN" and country(agree.target) == "UGA"


def test_what_a_film_highlights_is_not_the_films_act(pipeline):
    text = "The film highlights the alleged assault of Kenyan reporter Ann Wanjiru by police officers."
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.source.text == "police officers", assault.source


def test_an_arrested_drug_dealer_is_a_private_person(pipeline):
    text = "Police in Beirut said anti-drug police arrested a major drug dealer on Friday."
    arrest = of_type(events_of(pipeline, text), "COERCE")[0]
    assert arrest.target.code == "LBNCVL", arrest.target


def test_a_mob_is_private_people(pipeline):
    assault = of_type(events_of(pipeline, "An angry mob beat two men to death near Kisumu in Kenya on Sunday."),
                      "ASSAULT")[0]
    assert assault.source.code == "KENCVL", assault.source


def test_the_opposition_demanding_the_presidents_resignation_asks_another_actor(pipeline):
    # "his" is the president's, of the opposition's country but not the opposition itself
    text = ("The Kenyan opposition has stepped up pressure on President William Ruto and plans protests in April to "
            "demand his resignation.")
    demand = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert demand.source.code == "KENOPP" and demand.target.code == "KENGOV"


def test_a_state_recalling_its_own_ambassador_still_acts_on_its_own_people(pipeline):
    recall = of_type(events_of(pipeline, "Mali recalled its ambassador from Algeria on Monday."), "SANCTION")[0]
    assert country(recall.target) == "DZA", recall.target


def test_a_candidate_deploying_his_own_father_does_not_act_on_him(pipeline):
    text = "Senator Ted Cruz has sewn up endorsements of Iowa evangelicals and deployed his pastor father."
    assert not [e for e in events_of(pipeline, text, "2016-01-10") if e.target and "father" in e.target.text]
