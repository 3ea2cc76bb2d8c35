"""Whom an act is asked of, and who acts through a spokesman (issue #4, round ev43). Each rule has its reason in the
CAMEO/PLOVER definitions; each test sentence is invented."""

from __future__ import annotations

from tests.events.helpers import events_of, of_type


# CAMEO 02 and 10, PLOVER REQUEST: the source asks the target to act; the one asked is the object of the verb of
# asking with the infinitive of the act, whatever actors that act names (arguments.asked_addressee)
def test_the_one_asked_is_the_target_not_whom_the_asked_act_names(pipeline):
    request = of_type(events_of(pipeline, "Kenyan lawmakers urged the police to arrest the Ugandan smugglers."),
                      "REQUEST")[0]
    assert request.target is not None and request.target.text == "the police"
    assert request.target.code.endswith("COP")


def test_a_call_on_a_body_asks_that_body(pipeline):
    request = of_type(events_of(pipeline, "The Kenyan opposition called on the police to arrest Ugandan "
                                          "smugglers."), "REQUEST")[0]
    assert request.target is not None and request.target.text == "the police"


def test_a_state_asked_to_act_on_another_is_the_target(pipeline):
    request = of_type(events_of(pipeline, "Rwanda urged Congo to disarm the rebels."), "REQUEST")[0]
    assert request.target is not None and request.target.code == "COD"


# CAMEO 173 (arrest, detain): the authority that reports its own arrests made them (`acting_speakers.yaml`); whether a
# spokesman speaks for the police is what the actors stage coded for the mention ("X, with the ... Sheriff's Office"),
# though the name alone has no sector (coder._acting_speaker)
def test_a_spokesman_with_the_sheriffs_office_arrested(pipeline):
    arrest = of_type(events_of(pipeline, "Lt. Maria Banda, with the Harris County Sheriff's Office, said a teenager "
                                         "was detained after the robbery."), "COERCE")[0]
    assert arrest.source is not None and arrest.source.code.endswith("COP")


def test_a_spokesman_after_the_clause_arrested(pipeline):
    arrest = of_type(events_of(pipeline, "Two men were arrested in Austin on Friday, said Capt. Steve Juge, with "
                                         "the Travis County Sheriff's Office."), "COERCE")[0]
    assert arrest.source is not None and arrest.source.text == "Capt. Steve Juge"


def test_a_spokesman_reporting_a_shooting_names_no_shooter(pipeline):
    shooting = of_type(events_of(pipeline, "Lt. Maria Banda, with the Harris County Sheriff's Office, said a "
                                           "teenager was shot after the robbery."), "ASSAULT")[0]
    assert shooting.source is None


# who acts is the clause's subject; the parser reads a subject set off by commas after a fronted time phrase as the
# time's apposition (arguments._subject_after_time)
def test_a_subject_after_a_fronted_time_phrase_acts(pipeline):
    request = of_type(events_of(pipeline, "On Friday, Texas, leading a coalition of nine states, asked a federal "
                                          "judge to halt the rules."), "REQUEST")[0]
    assert request.source is not None and request.source.text == "Texas"


def test_those_asked_in_the_passive_are_the_target(pipeline):
    request = of_type(events_of(pipeline, "Residents of the town were asked to call Detective Bill Gordon with any "
                                          "information."), "REQUEST")[0]
    assert request.target is not None and request.target.code.endswith("CVL")


def test_a_call_on_a_body_read_as_a_particle_asks_that_body(pipeline):
    request = of_type(events_of(pipeline, "Mensah's family has called on police to release the videos."), "REQUEST")[0]
    assert request.target is not None and request.target.code.endswith("COP")


# the public at large is no actor asked (`public_addressees`): read through a particle it adds no request
def test_a_call_on_people_at_large_read_as_a_particle_asks_no_one(pipeline):
    found = events_of(pipeline, "She has called on people to recycle their old clothes.")
    assert not [e for e in found if e.type == "REQUEST"]
