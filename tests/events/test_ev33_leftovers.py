"""Event arguments that came out wrong (issue #4, round ev33): each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


# a verb right after the comma closing an apposition, parsed as a modifier of its object (triggers.
# appositive_subject), is the name's act, not a description of the object
def test_a_verb_after_an_apposition_is_done_by_the_name(pipeline):
    found = of_type(events_of(pipeline, "Marlowe, the veteran union organizer, endorsed Kessler’s plan on Tuesday."),
                    "SUPPORT")
    assert [e.source.text for e in found if e.source is not None] == ["Marlowe"]


# a verb listed without "and" after a first verb the parser made a clause of it (arguments._fronted_clause_subject)
# shares that verb's subject
def test_a_second_listed_verb_shares_the_first_ones_subject(pipeline):
    found = of_type(events_of(pipeline, "Ferris further summed up Dalton as “reckless,” denounced his record as "
                                        "mayor and said he should resign."), "ACCUSE")
    assert [e.source.text for e in found if e.source is not None] == ["Ferris"]


# the subject of a verb performing an event noun (`performing_verbs` in patterns.yaml) does the act, before a name
# the noun has as a compound ("DUI arrests")
def test_who_makes_arrests_is_their_doer_not_the_compound(pipeline):
    found = of_type(events_of(pipeline, "Kenyan police made 40 DUI arrests over the weekend."), "COERCE")
    assert [e.source.code for e in found] == ["KENCOP"]


# "X said he ...": the pronoun bound to a person the actors stage does not code is still that one person
# (actor_refs.ActorResolver._antecedent), who belongs to the country the article is about
def test_he_bound_to_an_uncoded_speaker_is_a_person_of_the_articles_country(pipeline):
    found = of_type(events_of(pipeline, "Talks in Nairobi ended on Monday. Mark Odhiambo said he praised the ruling "
                                        "of the High Court."), "SUPPORT")
    assert [country(e.source) for e in found] == ["KEN"]


# a second infinitive after a noun of threat ("threats to X and Y", absorption._content_governors) is what is
# threatened too, not an act of its own
def test_both_infinitives_after_a_threat_are_its_content(pipeline):
    found = events_of(pipeline, "China's threats to close the border and slap a 40 percent tariff on Australian wine.")
    assert [e.type for e in found] == ["THREATEN"]


# plural words for ordinary people with no country of their own are civilians (`sectors` CVL in
# fallback_actors.yaml), placed in the country their sentence names
def test_homeowners_are_civilians(pipeline):
    found = of_type(events_of(pipeline, "Angry homeowners in Nairobi staged a protest against the new land tax on "
                                        "Monday."), "PROTEST")
    assert [e.source.code for e in found] == ["KENCVL"]


# the feeling words are read once, not rebuilt into a set for every event noun
def test_feeling_words_are_read_once():
    from eventwire.events.arguments import _feeling_words
    assert _feeling_words() is _feeling_words() and "worried" in _feeling_words()
