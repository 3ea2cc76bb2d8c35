"""Events on real news (issue #4, round ev40): general error classes found on news check sets F and G, each
fixed by a rule with a reason in the CAMEO/PLOVER definitions. Each test is an invented sentence."""

from __future__ import annotations

from tests.events.helpers import country, events_of, of_type, types_of


# a private person described without a name is the civilian an assault or an arrest is done to (lone_person)
def test_an_unnamed_woman_arrested_is_a_civilian_coerced(pipeline):
    event = of_type(events_of(pipeline, "A woman was arrested in Nakuru on Monday."), "COERCE")[0]
    assert event.source is None and event.target.code == "KENCVL"


def test_an_age_alone_names_the_victim(pipeline):
    event = of_type(events_of(pipeline, "A 17-year-old was stabbed outside a bar in Kumasi."), "ASSAULT")[0]
    assert country(event.target) == "GHA"


def test_a_described_victim_shot_is_an_assault(pipeline):
    assert "ASSAULT" in types_of(pipeline, "The 62-year-old victim was shot twice near his home in Eldoret.")


def test_a_described_person_in_other_acts_is_no_actor(pipeline):
    assert types_of(pipeline, "A woman was praised for her courage.") == set()


def test_a_killing_named_in_a_protest_gives_no_victim_a_civilian_code(pipeline):
    events = events_of(pipeline, "The villagers marched against the killing of two men in Garissa.")
    assert not any(e.type == "ASSAULT" and e.target is not None and e.target.code == "KENCVL" for e in events)


# diplomatic recognition is given to states and governments, not to people or a status (recognize `blocked`)
def test_recognizing_a_group_of_people_is_no_diplomatic_recognition(pipeline):
    assert "SUPPORT" not in types_of(pipeline, "The new Kenyan law recognizes transgender people as a third gender.")


def test_recognizing_a_state_is_still_recognition(pipeline):
    assert {e.cameo for e in of_type(events_of(pipeline, "Kenya recognized Somaliland on Tuesday."), "SUPPORT")} \
        == {"054"}


# credit given for something is praise, no aid (give: credit "for")
def test_credit_given_for_a_result_is_praise(pipeline):
    events = events_of(pipeline, "The Nigerian senator gave Governor Okafor credit for the new bridge.")
    assert "AID" not in {e.type for e in events} and {e.cameo for e in of_type(events, "SUPPORT")} == {"051"}


def test_a_loan_given_is_still_aid(pipeline):
    assert "AID" in types_of(pipeline, "The World Bank gave Kenya a loan of $2 billion.")


# "at the request of X": X asks, the doer of the clause is asked (request: source_preps, clause_subject_target)
def test_at_the_request_of_names_who_asked(pipeline):
    event = of_type(events_of(pipeline, "Kenyan troops entered Somalia at the request of the Somali government."),
                    "REQUEST")[0]
    assert country(event.source) == "SOM" and country(event.target) == "KEN"


# what a proposed measure would do is not done yet (modality proposal_nouns)
def test_a_bill_to_impose_sanctions_is_hypothetical(pipeline):
    events = events_of(pipeline, "Nigerian senators introduced a bill to impose sanctions on Ghana.")
    assert events and all(e.hypothetical for e in events)


def test_sanctions_imposed_are_not_hypothetical(pipeline):
    events = events_of(pipeline, "Nigeria imposed sanctions on Ghana.")
    assert events and not any(e.hypothetical for e in events)


# released from a hospital is discharged, not freed (release `blocked`)
def test_released_from_hospital_is_no_release(pipeline):
    assert types_of(pipeline, "Injured passengers were treated and released from a Nairobi hospital.") == set()


def test_journalists_released_from_custody_are_freed(pipeline):
    assert "RETREAT" in types_of(pipeline, "Kenyan police released the detained journalists from custody.")


def test_they_bound_to_no_one_are_people_arrested(pipeline):
    assert "COERCE" in types_of(pipeline, "They were arrested on outstanding warrants in Accra.")


def test_a_name_with_an_age_is_a_person_arrested(pipeline):
    event = of_type(events_of(pipeline, "Okafor, 45, was arrested last week in Lagos."), "COERCE")[0]
    assert event.target.code == "NGACVL"


# the antecedent of a relative pronoun is who underwent the act ("the officers who were killed")
def test_the_noun_of_a_passive_relative_clause_is_the_target(pipeline):
    event = of_type(events_of(pipeline, "The two Kenyan police officers who were shot in Garissa were buried on "
                                        "Friday."), "ASSAULT")[0]
    assert event.target.code == "KENCOP"


# condolences to the families of those killed are about a known act (statement_reasons: condolence "to")
def test_condolences_to_victims_families_report_no_killing(pipeline):
    assert types_of(pipeline, "The Kenyan president expressed condolences to the families of six farmers who were "
                              "killed in Garissa on Tuesday.") == set()


# held on charges or in custody is detention (hold: 173)
def test_held_on_charges_is_detention(pipeline):
    assert {e.cameo for e in of_type(events_of(pipeline, "A Ghanaian trader was held on charges of fraud in Accra."),
                                     "COERCE")} == {"173"}


def test_a_hearing_held_on_charges_detains_no_one(pipeline):
    assert "COERCE" not in types_of(pipeline, "The Ghanaian court held a hearing on the fraud charges in Accra.")


# a verdict in a statement criticises whom it judges (be: verdict_words, CAMEO 111)
def test_saying_someone_is_a_liar_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Senator Odinga said Ruto is a liar."), "ACCUSE")[0]
    assert event.cameo == "111" and country(event.source) == "KEN" and country(event.target) == "KEN"


def test_a_verdict_on_a_government_is_criticism(pipeline):
    event = of_type(events_of(pipeline, "Kenya's foreign minister said the Ugandan government was corrupt."),
                    "ACCUSE")[0]
    assert country(event.target) == "UGA"


def test_a_verdict_on_the_weather_judges_no_one(pipeline):
    assert types_of(pipeline, "The Kenyan president said the weather was terrible.") == set()


def test_a_verdict_needs_a_speaker(pipeline):
    assert types_of(pipeline, "Ruto is a liar.") == set()


# an assault noun whose "of" phrase names a person names whom force was done to: no figure of speech
def test_the_assault_of_a_reporter_is_force(pipeline):
    events = events_of(pipeline, "The alleged assault of Kenyan reporter Jane Okoro by Ruto's aide was caught on "
                                 "video.")
    assert "ASSAULT" in {e.type for e in events} and "ACCUSE" not in {e.type for e in events}


def test_an_attack_on_a_rival_is_still_criticism(pipeline):
    assert types_of(pipeline, "Senator Odinga's attack on Ruto was harsh.") == {"ACCUSE"}


# a town that erupted in protests protested (protest noun: erupt)
def test_a_city_erupting_in_protests_protests(pipeline):
    assert "PROTEST" in types_of(pipeline, "Nairobi erupted in protests after the election results were announced.")


# asking that something be done, or seeking answers, is a request (ask: that_clause; seek: answer)
def test_asking_that_troops_be_withdrawn_is_a_request(pipeline):
    event = of_type(events_of(pipeline, "Kenya asked that the Ugandan troops be withdrawn from the border."),
                    "REQUEST")[0]
    assert country(event.source) == "KEN" and country(event.target) == "UGA"


def test_asking_whether_is_no_request(pipeline):
    assert "REQUEST" not in types_of(pipeline, "The Kenyan minister asked whether the Ugandan troops had left.")


def test_seeking_answers_is_a_request(pipeline):
    assert "REQUEST" in types_of(pipeline, "Kenyan senators are seeking answers from the Ugandan government.")


def test_a_negated_verdict_is_no_criticism(pipeline):
    assert types_of(pipeline, "Senator Odinga said Ruto is not a liar.") == set()


# a pledge whose only party is the pledger ("pledged that he would ...") is a promise made to no one
def test_a_pledge_about_ones_own_plans_is_no_agreement(pipeline):
    assert types_of(pipeline, "Senator Odinga pledged that he would cut the unemployment rate to 6 percent.") == set()


def test_a_pledge_to_another_country_is_an_agreement(pipeline):
    assert "AGREE" in types_of(pipeline, "Kenya pledged that it would send aid to Uganda.")


# what usually happens is a generalisation (modality habitual_adverbs)
def test_what_usually_happens_is_no_event(pipeline):
    assert types_of(pipeline, "Experts say Kenyan women are usually killed by someone they know.") == set()


# common crime verbs: "raped" (lemmatised "rap"), "gunned down", "beaten to death", "taken into custody"
def test_raped_is_sexual_assault(pipeline):
    assert {e.cameo for e in of_type(events_of(pipeline, "A Kenyan girl was raped in Kisumu."), "ASSAULT")} \
        == {"1821"}


def test_rapped_is_no_assault(pipeline):
    assert "ASSAULT" not in types_of(pipeline, "The Kenyan rapper rapped about the police in Kisumu.")


def test_gunned_down_and_beaten_to_death_are_killings(pipeline):
    for text in ("A man was gunned down outside his home in Kisumu.", "A man was beaten to death in Kisumu."):
        assert {e.cameo for e in of_type(events_of(pipeline, text), "ASSAULT")} == {"1823"}


def test_taken_into_custody_is_detention(pipeline):
    assert "COERCE" in types_of(pipeline, "Kenyan police took the suspect into custody on Monday.")
