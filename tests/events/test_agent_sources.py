"""A thing is no actor: a source such as "the measures", "the bill" or a lone "those" stands for its maker when
the text names one, else for nobody; a bare sector ("the government", "the coast guard") takes the country of
its sentence, else of the article, else of its paragraph. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


def test_agent_sources_measures_refer_back_to_who_imposed_them(pipeline):
    text = ("Japan imposed sanctions on North Korea on Monday.\n\n"
            "The measures ban Chinese banks from handling payments for Pyongyang.")
    bans = [e for e in of_type(events_of(pipeline, text), "COERCE") if "ban" in e.rule]
    assert bans and all(e.source is not None and e.source.code == "JPN" for e in bans)


def test_agent_sources_imposer_named_in_the_phrase(pipeline):
    text = "Sanctions imposed by Canada last year ban Iranian banks from trading in the country."
    bans = [e for e in of_type(events_of(pipeline, text), "COERCE") if "ban" in e.rule]
    assert bans and all(e.source is not None and e.source.code.startswith("CAN") for e in bans)


def test_agent_sources_thing_without_a_maker_is_no_source(pipeline):
    text = "The new law bans Christian charities in Tajikistan from running schools."
    bans = of_type(events_of(pipeline, text), "COERCE")
    assert all(e.source is None for e in bans)


def test_agent_sources_lone_demonstrative_is_no_source(pipeline):
    text = "Those who shelled Ukrainian villages last week will be punished, the minister said."
    shelling = of_type(events_of(pipeline, text), "ASSAULT")
    assert all(e.source is None for e in shelling)


def test_agent_sources_verb_joined_to_what_is_said_is_the_speakers(pipeline):
    text = "Kenyan opposition leaders said the budget bill would hurt the poor and called on parliament to reject it."
    appeal = of_type(events_of(pipeline, text), "REQUEST")[0]
    assert appeal.source is not None and appeal.source.code == "KENOPP"


def test_agent_sources_sector_takes_the_paragraph_country(pipeline):
    text = ("Colombia and Ecuador signed a trade deal in Bogota on Monday, and Brazil welcomed it.\n\n"
            "In Lima, a navy spokesman spoke to reporters. He said the government would summon the Ecuadorian "
            "ambassador.")
    summons = of_type(events_of(pipeline, text), "ACCUSE")
    assert [e.source.code for e in summons] == ["PERGOV"]


def test_agent_sources_coast_guard_is_a_police_sector(pipeline):
    text = "Speaking in Jakarta, a spokesman said the coast guard had detained the crew of a fishing trawler."
    detentions = of_type(events_of(pipeline, text), "COERCE")
    assert detentions[0].source.code == "IDNCOP"
