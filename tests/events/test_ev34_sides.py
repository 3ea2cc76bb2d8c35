"""Who did it to whom (issue #4, round ev34): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


# a plural pronoun left unresolved by the actors stage stands for the nearest earlier group, the subject of the
# sentence before first (actor_refs._plural_groups_before), not for a place named beside it
def test_they_is_the_group_named_before_not_its_place(pipeline):
    attack = of_type(events_of(pipeline, "The rebels seized the town of Goma in Congo. On Tuesday they attacked an "
                                         "army base."), "ASSAULT")[0]
    assert attack.source is not None and attack.source.code == "---REB"


def test_they_is_the_subject_of_the_sentence_before(pipeline):
    arrest = of_type(events_of(pipeline, "Police in Accra raided a warehouse on Monday. They arrested three "
                                         "traders."), "COERCE")[-1]
    assert arrest.source is not None and arrest.source.code == "GHACOP"


# a party named without its country is that country's only in an article about it (`actors/data/parties.yaml`)
def test_a_party_takes_the_country_the_article_is_about(pipeline):
    criticism = of_type(events_of(pipeline, "After the speech, Democrats criticized the tax plan Obama unveiled."),
                        "ACCUSE")[0]
    assert country(criticism.source) == "USA"


def test_a_party_name_abroad_is_not_american(pipeline):
    criticism = of_type(events_of(pipeline, "In Lyon, the Republicans criticized President Macron."), "ACCUSE")[0]
    assert country(criticism.source) != "USA"


# an agentless passive act in what an authority that does such acts says is its own (`acting_speakers.yaml`)
def test_an_authority_reporting_arrests_made_them(pipeline):
    arrest = of_type(events_of(pipeline, "The Interior Ministry said twelve people had been arrested in Tbilisi."),
                     "COERCE")[0]
    assert arrest.source is not None and arrest.source.code == "GEOGOV"


def test_police_reporting_a_shooting_did_not_shoot(pipeline):
    found = [e for e in events_of(pipeline, "Police in Accra said a trader was shot in the market on Monday.")
             if e.type == "ASSAULT"]
    assert all(e.source is None or not (e.source.code or "").endswith("COP") for e in found)


# with no candidate coded, the target is the first that names an individual (sides.choose_target): the owner of
# what was denounced, whom the sentence places, not the thing
def test_the_owner_of_a_denounced_record_is_the_target(pipeline):
    criticism = of_type(events_of(pipeline, "Governor Tom Reyes of Ohio spoke to Mayor Ann Price on Friday and later "
                                            "denounced her record on crime."), "ACCUSE")[0]
    assert country(criticism.target) == "USA"


# the object of the act a verb announces is the verb's own, so it does not take its partner's object
# (arguments._partners_own_object)
def test_a_threat_with_its_own_object_does_not_take_its_partners(pipeline):
    threat = of_type(events_of(pipeline, "The Ugandan general threatened to bomb the dam and described the Kenyans "
                                         "as cowards."), "THREATEN")[0]
    assert country(threat.target) != "KEN"


# in a text that names no country, a newsmaker's surname says which country it is about
# (CountryContext._newsmakers), so the unnamed "he" who acts with him is placed there too
def test_a_newsmakers_surname_places_the_text_for_an_unnamed_person(pipeline):
    accusation = of_type(events_of(pipeline, "He accused Sanders of hiding his donors."), "ACCUSE")[0]
    assert (country(accusation.source), country(accusation.target)) == ("USA", "USA")


# a pronoun may stand for a newsmaker's surname written alone, which has its country in an article about that
# country (ActorResolver._newsmaker_at_home), not in one about another
def test_her_after_a_newsmakers_surname_is_placed_at_home(pipeline):
    criticism = of_type(events_of(pipeline, "Obama mentioned Warren in a speech and mocked her record on trade."),
                        "ACCUSE")[0]
    assert criticism.target.code == "USA"  # Warren, not Obama's government
