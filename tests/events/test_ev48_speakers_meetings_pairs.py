"""First-person speakers in quotations, coordinated sides of a meeting, and "the two" + a noun (issue #4, round
ev48). Each rule has its reason in the CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

import pytest

from eventwire.document import Document, Quote
from eventwire.events.actor_refs import ActorResolver
from tests.events.helpers import country, events_of, of_type


# "I" in someone's quoted words is the speaker, "we" the side the speaker speaks for: a head of state's "we" is
# the government, as its code says; the speaker is the quotes stage's, in a direct quote or inside the quotation
# marks of a mixed one, as source and as target
@pytest.mark.parametrize("text, side, code", [
    ('Kenyan President William Ruto said on Friday: "We will not invade Somalia."', "source", "KENGOV"),
    ('"I have condemned the shelling of Ugandan schools," said Kenyan President William Ruto.', "source", "KENGOV"),
    ('"Somali militants attacked us last night," Kenyan President William Ruto said.', "target", "KENGOV"),
    ('Kenyan President William Ruto said Somali militants had "attacked our soldiers again".', "target", "KEN"),
])
def test_a_quoted_first_person_is_the_speaker(pipeline, text, side, code):
    events = [e for e in events_of(pipeline, text) if getattr(e, side) is not None
              and getattr(e, side).text.lower() in {"we", "i", "us", "our soldiers", "our"}]
    assert events, [(e.type, e.source, e.target) for e in events_of(pipeline, text)]
    assert (getattr(events[0], side).code or "").startswith(code)


def test_a_private_persons_we_stays_private_people(pipeline):
    text = 'Police raided a market in Nairobi, Kenya, on Monday. "We were attacked by the police," said Mary Wanjiku.'
    assault = of_type(events_of(pipeline, text), "ASSAULT")[0]
    assert assault.target.text == "We" and assault.target.code == "KENCVL"


def test_first_person_outside_the_quotation_marks_of_a_mixed_quote_is_not_the_speaker(nlp):
    # a mixed quote's content runs past its quotation marks: only the words inside them are the speaker's own
    text = 'Ruto said that we "will hit back at them".'
    start = text.index("we")
    document = Document(text=text, quotes=[Quote(content=(text.index("we"), len(text) - 1), kind="mixed",
                                                 speaker=(0, 4), speaker_text="Ruto")])
    doc = nlp(text)
    pronoun = next(t for t in doc if t.idx == start)
    assert ActorResolver(document)._quote_speaker(pronoun, "we", start, start + 2) is None


# CAMEO 04 (consult): coordinated subjects of a meeting meet each other; the place where they met ("at the White
# House", the home of one of them) and what they talked about ("talks on Sudan", "to discuss Sudan") is no third
# party; one named as the object or after "with" is
@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni met at State House in Nairobi.",
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks on Sudan.",
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni met on Monday to discuss Sudan.",
])
def test_coordinated_sides_of_a_meeting_meet_each_other(pipeline, text):
    pairs = {(country(e.source), country(e.target)) for e in of_type(events_of(pipeline, text), "CONSULT")}
    assert pairs == {("KEN", "UGA"), ("UGA", "KEN")}


def test_a_third_party_met_is_the_target_of_each(pipeline):
    text = "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks with Sudanese officials."
    pairs = {(country(e.source), country(e.target)) for e in of_type(events_of(pipeline, text), "CONSULT")}
    assert pairs == {("KEN", "SDN"), ("UGA", "SDN")}


# "the two" + a noun is a count; it stands for two actors of two countries only when the text just before names
# two countries ("The two presidents" after a meeting of Peru's and Chile's)
def test_the_two_officers_are_a_count_of_the_countrys_officers(pipeline):
    text = ("Gunmen attacked a police post in Garissa, Kenya, on Monday. The two officers who were killed had "
            "served there for a year.")
    killing = [e for e in of_type(events_of(pipeline, text), "ASSAULT")
               if e.target is not None and e.target.text.startswith("The two")]
    assert killing and killing[0].target.code == "KENCOP"


# one is never listed with oneself: a pronoun listed with a person ("He and Ruto met") stands for someone else,
# so both are sides of the meeting (the actors stage and the events stage's own fallback alike)
def test_a_pronoun_listed_with_a_person_is_someone_else(pipeline):
    text = "The farmer Joseph Kamau lives next to Ruto Farm in Eldoret, Kenya. He and Ruto have met several times."
    meetings = of_type(events_of(pipeline, text), "CONSULT")
    assert {e.source.text for e in meetings if e.source is not None} >= {"He", "Ruto"}


# CAMEO 046 (negotiate) and 057 (sign a formal agreement) are between political actors: a lease, a licence or an
# employment contract is a private contract
def test_negotiating_a_lease_is_no_negotiation(pipeline):
    for text in ['"We have found a warehouse and negotiated a lease," said Tom Reyes, the head of a Kenyan firm.',
                 "The Kenyan firm negotiated a lease for a warehouse in Mombasa."]:
        assert "CONSULT" not in {e.type for e in events_of(pipeline, text)}
