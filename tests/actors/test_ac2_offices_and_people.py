"""Actors on real news (issue #4, round ac2): a person's organisation named after "with", a plain person word after
a demonym, and the one scan for offices only the United States has. Each sentence is invented."""

from __future__ import annotations

from eventwire.actors import resolve_phrase
from eventwire.actors.context import CountryContext
from eventwire.document import ActorMention, ActorRef, Document
import eventwire.actors.mentions as mentions
from tests.actors.helpers import mention


# a nationality adjective before a plain person word is a civilian of that country
def test_a_demonym_before_a_person_word_is_a_civilian():
    assert [resolve_phrase(text)[0] for text in ("a Kenyan man", "two Ghanaian boys", "a Peruvian person")] == \
        ["KENCVL", "GHACVL", "PERCVL"]


# a committee is a legislature's; a department a government's, but a police department is the police
def test_committees_and_departments_take_a_sector_after_an_owner():
    assert [resolve_phrase(text)[0] for text in ("the Kenyan parliamentary committee", "Peru's transport department",
                                                "the Ghanaian police department")] == ["KENLEG", "PERGOV", "GHACOP"]


# the organisation a titled person is "with" gives the sector, as an apposition would
def test_a_titled_person_with_the_sheriffs_office_is_police(run):
    document = run("Lt. Dana Fowler, with the Marlow County Sheriff's Office, said the road was closed.")
    assert mention(document, "Lt. Dana Fowler").code.endswith("COP")


def test_a_titled_person_meeting_with_the_police_keeps_the_title(run):
    document = run("Lt. Dana Fowler met with the police chief on Tuesday.")
    assert not mention(document, "Lt. Dana Fowler").code.endswith("COP")


# one place finds the offices only the United States has; the actors stage and the country context both read it
def test_us_offices_are_found_once_per_article(run):
    text = "The district attorney said sheriff's deputies had questioned the man in Georgia."
    mentions.us_office_spans.cache_clear()
    document = run(text)
    CountryContext(document)
    info = mentions.us_office_spans.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    assert [text[start:end].lower() for start, end in mentions.us_office_spans(text)] == ["district attorney",
                                                                               "sheriff's deputies"]


# the other side's country: in a story about that country, a bare sector facing its actor is of it too, unless the
# other side is a post abroad (an embassy's attackers are the host country's)
def _paragraph_context(*countries: tuple[int, int, str]) -> CountryContext:
    document = Document(text="x" * 200)
    document.actors = [ActorMention(start=start, end=end, code=code, canonical=code) for start, end, code in countries]
    return CountryContext(document)


def test_a_sector_facing_an_actor_of_the_articles_country_is_of_it():
    context = _paragraph_context((10, 30, "KENOPP"))
    protesters = ActorRef("Kenyan protesters", "KENOPP", None, 10, 30)
    assert context.country_for(0, 100, apart_from=protesters, paragraph=(0, 100)) == "KEN"


def test_a_sector_facing_an_embassy_is_not_of_its_country():
    context = _paragraph_context((40, 60, "UGAGOV"))
    embassy = ActorRef("the Ugandan embassy", "UGAGOV", None, 40, 60)
    assert context.country_for(0, 100, apart_from=embassy, paragraph=(0, 100)) is None


# a committee named after a place or country it looks into is not that place's ("the Benghazi Committee")
def test_a_committee_named_after_its_topic_is_not_the_places(run):
    document = run("The Benghazi Committee questioned the former secretary on Tuesday.")
    assert not any((m.code or "").startswith("LBY") for m in document.actors)


# a title that puts a known person in opposition wins over a dictionary role that may have ended unrecorded
def test_an_opposition_title_before_a_known_person_wins_in_every_mention(run):
    document = run("Kenyan opposition leader Raila Odinga spoke in Mombasa. Odinga said the count was late.",
                   date="2016-05-10")
    assert mention(document, "Kenyan opposition leader Raila Odinga").code == "KENOPP"
    assert mention(document, "Odinga").code == "KENOPP"
    assert run("Prime Minister Raila Odinga spoke in Mombasa.", date="2010-05-10").actors[0].code == "KENGOV"
