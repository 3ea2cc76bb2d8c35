"""Issue #4 (round ev23): who did it to whom across coordinated acts, in reported clauses and after a speaking
pronoun. Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type


def test_protest_filed_with_a_summoning_faces_the_summoned_envoy(pipeline):
    text = ("Officials in Seoul said on Monday that the government would lodge a formal protest and summon the "
            "Japanese ambassador over the textbooks.")
    complaints = of_type(events_of(pipeline, text), "ACCUSE")
    assert all(country(e.source) == "KOR" and country(e.target) == "JPN" for e in complaints), \
        [(e.source, e.target, e.rule) for e in complaints]


def test_protest_filed_with_a_summoning_takes_no_country_of_the_envoy_as_its_source(pipeline):
    text = "The cabinet spokesman said the government would file a protest and summon the Turkish envoy."
    complaints = of_type(events_of(pipeline, text), "ACCUSE")
    assert all(country(e.source) != "TUR" and country(e.target) == "TUR" for e in complaints)


def test_reported_sector_does_not_take_the_speaker_country_when_the_clause_names_another(pipeline):
    attack = of_type(events_of(pipeline, "Canada said troops shelled a Ukrainian village on Sunday."), "ASSAULT")[0]
    assert country(attack.source) != "CAN"


def test_reported_sector_takes_the_speaker_country_when_nothing_else_places_it(pipeline):
    attack = of_type(events_of(pipeline, "Canada said troops shelled the village on Sunday."), "ASSAULT")[0]
    assert country(attack.source) == "CAN"


def test_reported_sector_keeps_the_country_its_own_words_name(pipeline):
    attack = of_type(events_of(pipeline, "Canada said Belarusian troops shelled a Ukrainian village."), "ASSAULT")[0]
    assert attack.source.code == "BLRMIL"


def test_speaking_pronoun_reports_as_the_speaker_before_it(pipeline):
    text = ('"We will not back down," a spokesman for the coalition told reporters in Ankara. '
            'He said the government would summon the Greek ambassador.')
    complaint = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert complaint.reported_by == "spokesman for the coalition"



def test_speaking_pronoun_of_the_other_gender_reports_nobody(pipeline):
    text = ('"We are ready," a spokeswoman for the navy told reporters in Manila. '
            'He said the government would summon the Chinese ambassador.')
    complaint = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert complaint.reported_by is None


def test_participle_after_an_attribution_is_done_by_the_subject_reported(pipeline):
    text = "Gunmen stormed a police station in Kano, officials said on Monday, killing four officers."
    assaults = of_type(events_of(pipeline, text), "ASSAULT")
    assert all(e.source.text == "Gunmen" for e in assaults), [(e.source, e.rule) for e in assaults]


def test_lifted_measure_faces_whom_it_was_imposed_on(pipeline):
    text = "The bloc lifted the trade restrictions imposed on Moldova last year."
    events = events_of(pipeline, text)
    assert events and all(country(e.target) == "MDA" for e in events), [(e.type, e.target) for e in events]


def test_named_person_acts_not_the_person_their_apposition_names(pipeline):
    text = "Jane Holt, Joe Biden's former speechwriter, criticized the Supreme Court on Monday."
    criticism = of_type(events_of(pipeline, text, date="2023-05-02"), "ACCUSE")[0]
    assert criticism.source.text == "Jane Holt", criticism.source


def test_thing_criticized_stands_for_its_maker_named_by_the_verb(pipeline):
    text = "Opposition leaders criticized the ruling by the Hungarian court."
    criticism = of_type(events_of(pipeline, text), "ACCUSE")[0]
    assert country(criticism.target) == "HUN", criticism.target


def test_unlinked_conjunct_takes_no_subject_from_its_misparsed_head(pipeline):
    text = ("Dayton police cordoned off a car dealership on Monday to investigate the death of its owner, who was "
            "found fatally shot at his desk.")
    shootings = [e for e in events_of(pipeline, text) if e.rule.startswith("verb:shoot")]
    assert not any(e.source is not None and "police" in e.source.text for e in shootings), [e.source for e in shootings]
