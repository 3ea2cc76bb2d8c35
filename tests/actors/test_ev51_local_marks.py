"""An article naming no country through its actors or places is about the country its local marks agree on
(`local_marks` in rules.yaml: a UK phone number, a US "hundred block")."""
from eventwire.actors.context import CountryContext
from eventwire.actors.mentions import local_mark_countries
from eventwire.document import ActorMention, Document


def test_marks_of_each_country():
    text = "Call the station on 01632 960123. He lives in the 400 block of Maple Avenue. Dial 2025550143."
    assert [country for _, _, country in local_mark_countries(text)] == ["GBR", "USA"]


def test_marks_place_an_article_that_names_no_country():
    document = Document(text="A cyclist was robbed near the canal. Witnesses should call 01632 960123.", id="a")
    assert CountryContext(document).dominant == "GBR"


def test_marks_do_not_override_a_country_named_through_actors():
    text = "French police questioned a man. Witnesses should call 01632 960123."
    document = Document(text=text, id="b", actors=[ActorMention(start=0, end=13, code="FRACOP", canonical="FRANCE", text="French police")])
    assert CountryContext(document).dominant == "FRA"
