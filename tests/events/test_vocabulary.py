"""Vocabulary from the CAMEO category definitions (which words trigger which event, and which uses of them are
no event), and a victim's report as an accusation. Sentences written for eventwire; each case id says what the
sentence checks."""

from __future__ import annotations

import pytest

from tests.events.helpers import country, events_of, of_type, types_of


@pytest.mark.parametrize("text, types", [
    pytest.param("Nigeria held joint naval drills with Ghana off Lagos.", {"COOPERATE"},
                 id="joint-drills-are-military-cooperation"),
    pytest.param("Lithuania downgraded diplomatic ties with China last week.", {"SANCTION"},
                 id="downgrading-ties-is-a-sanction"),
    pytest.param("Brazil beat Argentina 3-1 in the qualifier on Tuesday.", set(),
                 id="beating-a-rival-team-is-no-event"),
    pytest.param("Kenya began an operation to count its livestock.", set(),
                 id="operation-without-military-is-no-event"),
    pytest.param("Many Kenyan farmers sought help after the floods.", set(),
                 id="seeking-help-from-no-one-named-is-no-appeal"),
    pytest.param("On television, the Mexican president called the German plan useless.", set(),
                 id="calling-someone-a-name-is-no-appeal"),
    pytest.param("The Irish minister offered her positive review of the German budget.", set(),
                 id="offering-a-review-is-no-intent"),
    pytest.param("The Polish senator hopes to appeal to young voters in Warsaw.", set(),
                 id="appealing-to-voters-is-no-appeal"),
    pytest.param("The Canadian government met its goal of resettling 25,000 Syrians.", set(),
                 id="meeting-a-goal-is-no-meeting"),
    pytest.param("The opposition seized on the minister's remarks about Kenya.", set(),
                 id="seizing-on-remarks-is-no-seizure"),
    pytest.param("The Kenyan president tried to rally lawmakers behind his plan.", set(),
                 id="rallying-people-behind-a-plan-is-no-protest"),
    pytest.param("The Kenyan leader spoke with great passion about the economy.", set(),
                 id="speaking-with-passion-is-no-consultation"),
    pytest.param("The Kenyan ministry did not return a request for comment.", set(),
                 id="request-for-comment-is-no-appeal"),
    pytest.param("The Kenyan army occupied a third of the seats.", set(), id="occupying-seats-is-no-occupation"),
    pytest.param("The Kenyan president talked to reporters in Nairobi on Monday.", set(),
                 id="talking-to-reporters-is-no-consultation"),
    pytest.param("The Kenyan national library will offer a workshop for job seekers.", set(),
                 id="offering-a-service-is-no-intent-to-cooperate"),
    pytest.param("The court summoned the minister on Monday.", set(), id="summoning-someone-else-is-no-protest"),
    pytest.param("The campaign deployed a new strategy in Kenya.", set(),
                 id="deploying-a-strategy-is-no-mobilization"),
])
def test_vocabulary_sentence_has_exactly_these_event_types(pipeline, text, types):
    assert types_of(pipeline, text) == types


@pytest.mark.parametrize("text, plover_type", [
    pytest.param("Zambian police beat demonstrators outside the electoral commission.", "ASSAULT",
                 id="beating-protesters-is-an-assault"),
    pytest.param("The Vietnamese government relaxed restrictions on foreign media.", "CONCEDE",
                 id="relaxing-restrictions-is-a-concession"),
    pytest.param("Turkey launched a military operation against Kurdish fighters in Iraq.", "ASSAULT",
                 id="military-operation-against-someone-is-force"),
    pytest.param("Indian troops fired across the border into Pakistan.", "ASSAULT",
                 id="firing-across-a-border-is-small-arms-fire"),
    pytest.param("Japan provided technical expertise to Vietnam.", "AID", id="providing-expertise-is-aid"),
    pytest.param("Kenyan police seized weapons on Tuesday.", "COERCE", id="seizing-goods-on-a-day-is-a-seizure"),
    pytest.param("Kenya's foreign minister fired back at Uganda.", "ACCUSE", id="firing-back-in-words-is-criticism"),
    pytest.param("Ugandan soldiers fired back at the rebels.", "ASSAULT", id="firing-back-with-arms-is-combat"),
    pytest.param("Bangladesh will not accept Rohingya refugees fleeing the violence in Myanmar.", "REJECT",
                 id="refugees-read-as-a-clause-subject-are-the-object"),
    pytest.param("The Kenyan government launched an appeal for aid to flood victims.", "REQUEST",
                 id="an-appeal-for-aid-is-a-request"),
    pytest.param("The Kenyan president appealed to Ugandan rebels to lay down their arms.", "REQUEST",
                 id="appealing-to-someone-to-act-is-a-request"),
    pytest.param("Iran executed two political prisoners on Monday.", "ASSAULT", id="executing-prisoners-is-a-killing"),
    pytest.param("The Kenyan and Ugandan presidents discussed the border dispute in Nairobi.", "CONSULT",
                 id="leaders-discussing-together-is-a-meeting"),
    pytest.param("The Kenyan president belittled the Ugandan president on Monday.", "ACCUSE",
                 id="belittling-a-rival-is-criticism"),
    pytest.param("Guatemala mobilized police and military to the area.", "MOBILIZE",
                 id="mobilizing-police-is-a-show-of-force"),
    pytest.param("Germany backed France on Monday.", "SUPPORT", id="backing-a-country-stays-support"),
])
def test_vocabulary_sentence_has_the_event_type(pipeline, text, plover_type):
    assert plover_type in types_of(pipeline, text)


@pytest.mark.parametrize("text, plover_type", [
    pytest.param("Reporters said rockets were fired at Pakistan from Afghanistan on Sunday.", "ACCUSE",
                 id="third-party-report-of-an-attack-is-no-accusation"),
    pytest.param("A Kenyan soldier called out to the crowd.", "ACCUSE",
                 id="calling-out-without-an-object-is-no-criticism"),
    pytest.param("The former Argentine minister appealed his conviction for fraud.", "REQUEST",
                 id="appealing-a-conviction-is-no-appeal"),
    pytest.param("The French film crew shot a documentary about the Syrian refugees in Lebanon.", "ASSAULT",
                 id="shooting-a-film-is-no-assault"),
    pytest.param("Norwegian army engineers blasted a tunnel through the mountain.", "ACCUSE",
                 id="blasting-a-tunnel-is-no-criticism"),
    pytest.param("The Kenyan president accepted the nomination of his party on Monday.", "AGREE",
                 id="accepting-a-nomination-is-no-agreement"),
    pytest.param("The French president broadened his appeal in Lyon.", "REQUEST",
                 id="an-appeal-that-asks-nothing-is-attraction"),
    pytest.param("The Kenyan police arrested him two days later, according to the complaint.", "ACCUSE",
                 id="a-charging-document-is-no-complaint"),
    pytest.param("The Kenyan minister's rhetoric threatens national security, Ugandan officials said.", "THREATEN",
                 id="a-danger-to-security-is-no-threat"),
    pytest.param("The Kenyan president sought to appeal to younger Ugandans on Tuesday.", "REQUEST",
                 id="appealing-to-voters-without-asking-is-no-request"),
    pytest.param("The Kenyan government cracked down on such transactions by Ugandan banks.", "ASSAULT",
                 id="cracking-down-on-transactions-is-no-repression"),
    pytest.param("The Kenyan president's team executed this flawlessly during the tour of Uganda.", "ASSAULT",
                 id="executing-a-plan-flawlessly-is-no-killing"),
    pytest.param("The Kenyan president and the Ugandan president occupied the spotlight in Nairobi.", "COERCE",
                 id="occupying-the-spotlight-is-no-occupation"),
    pytest.param("A new plea agreement is being discussed for the Kenyan minister.", "CONSULT",
                 id="discussing-a-topic-alone-is-no-meeting"),
    pytest.param("The Kenyan minister rejected the idea that Uganda would win the dispute.", "REJECT",
                 id="rejecting-an-idea-denies-a-statement"),
    pytest.param("The Kenyan government's recovery has defied the expectations of Ugandan officials.", "REJECT",
                 id="defying-expectations-is-no-defiance"),
    pytest.param("A Kenyan police officer dove into the river and pulled out one passenger.", "RETREAT",
                 id="pulling-out-a-passenger-is-no-withdrawal"),
    pytest.param("The Kenyan senator defended his vote on the Ugandan border treaty.", "SUPPORT",
                 id="defending-ones-vote-is-no-support"),
    pytest.param("Kenyan party officials attempted to mobilize delegate candidates in Nairobi.", "MOBILIZE",
                 id="mobilizing-candidates-is-no-show-of-force"),
    pytest.param("\"It helps,\" the Kenyan minister said.", "AID", id="help-needs-someone-helped"),
    pytest.param("The Kenyan ministry released notes from the meeting.", "RETREAT",
                 id="released-notes-are-no-release"),
    pytest.param("The new Kenyan finance minister took over in hard times.", "COERCE",
                 id="taking-over-without-object-is-succession"),
    pytest.param("The prosecutor took over the investigation of the Kenyan minister.", "COERCE",
                 id="taking-over-an-investigation-is-no-seizure"),
    pytest.param("Germany backed off some of its proposals on Monday.", "SUPPORT",
                 id="backing-off-a-plan-is-no-support"),
])
def test_vocabulary_sentence_lacks_the_event_type(pipeline, text, plover_type):
    assert plover_type not in types_of(pipeline, text)


def _described(event) -> dict:
    """What a case may check of an event: its CAMEO code, its actors' codes and their countries."""
    return {"cameo": event.cameo, "source": event.source.code if event.source else None,
            "target": event.target.code if event.target else None,
            "source_country": country(event.source), "target_country": country(event.target)}


@pytest.mark.parametrize("text, plover_type, expected", [
    pytest.param("Pakistan said rockets were fired at it from Afghanistan on Sunday.", "ACCUSE",
                 {"source_country": "PAK", "target_country": "AFG"},
                 id="victim-reporting-an-attack-accuses-the-attacker"),
    pytest.param("Police in Lagos dispersed demonstrators with batons.", "ASSAULT", {"cameo": "175"},
                 id="dispersing-demonstrators-is-violent-repression"),
    pytest.param("Ukrainian forces recaptured the town from Russian troops.", "COERCE", {"cameo": "192"},
                 id="recapturing-a-town-occupies-it"),
    pytest.param("Venezuela nationalized the assets of an American oil company.", "COERCE", {"cameo": "1711"},
                 id="nationalizing-foreign-assets-is-confiscation"),
    pytest.param("The Russian air force stepped up its aerial bombardment of Aleppo.", "ASSAULT", {"cameo": "195"},
                 id="bombardment-from-the-air-is-aerial"),
    pytest.param("Militants in Mosul held hundreds of Iraqi families as human shields.", "ASSAULT", {"cameo": "181"},
                 id="holding-people-as-shields-is-hostage-taking"),
    pytest.param("The Red Cross flew ten tons of medicine into Yemen.", "AID", {"cameo": "073"},
                 id="flying-medicine-in-is-aid"),
    pytest.param("Iran shipped weapons to Syria.", "AID", {"cameo": "072"}, id="shipping-weapons-is-military-aid"),
    pytest.param("Ghana contributed troops to the UN peacekeeping mission in Mali.", "AID", {"cameo": "074"},
                 id="contributing-troops-is-peacekeeping"),
    pytest.param("Fijian troops participate in peacekeeping operations in Lebanon.", "AID", {"cameo": "074"},
                 id="taking-part-in-peacekeeping-is-protection"),
    pytest.param("Britain sent military trainers to Ukraine.", "AID", {"cameo": "072"},
                 id="sending-military-trainers-is-military-aid"),
    pytest.param("Serbia sought support from Russia at the United Nations.", "REQUEST", {"cameo": "022"},
                 id="seeking-support-from-someone-is-an-appeal"),
    pytest.param("Germany is seeking the release of two German journalists held in Iran.", "REQUEST",
                 {"cameo": "0253"}, id="seeking-a-release-is-an-appeal"),
    pytest.param("Sudan allowed access for relief workers to Darfur.", "RETREAT", {"cameo": "0863"},
                 id="allowing-access-for-relief-workers-is-admitting-aid"),
    pytest.param("The Canadian minister called out the French president for his remarks.", "ACCUSE",
                 {"cameo": "111"}, id="calling-someone-out-is-criticism"),
    pytest.param("A gunman shot Michael Turner outside a bar in Texas.", "ASSAULT", {"target_country": "USA"},
                 id="shooting-a-person-is-an-assault"),
    pytest.param("A police officer in Ohio punched a protester outside the courthouse.", "ASSAULT",
                 {"source": "USACOP"}, id="punching-a-person-is-an-assault"),
    pytest.param("Greece lambasted Turkey over the airspace violations.", "ACCUSE",
                 {"source_country": "GRC", "target_country": "TUR"}, id="lambasting-is-criticism"),
    pytest.param("A court in Nairobi sentenced two Kenyan officials on Monday.", "COERCE", {"target_country": "KEN"},
                 id="sentencing-without-a-term-is-coercion"),
    pytest.param("Mexico slapped retaliatory tariffs on American products.", None,
                 {"cameo": "163", "source_country": "MEX", "target_country": "USA"},
                 id="slapping-tariffs-on-a-country-imposes-them"),
    pytest.param("The Iranian foreign minister mocked the Saudi king.", "ACCUSE",
                 {"source_country": "IRN", "target_country": "SAU"}, id="mocking-is-criticism"),
    pytest.param("The Mexican president invited the Guatemalan president to a meeting in Mexico City.", "AGREE",
                 {"cameo": "036"}, id="inviting-to-talks-is-an-intent-to-meet"),
    pytest.param("The Kenyan president talked with the Ugandan president.", "CONSULT",
                 {"source": "KENGOV", "target": "UGAGOV"}, id="talking-with-a-counterpart-is-a-consultation"),
    pytest.param("Egyptian police fired tear gas at protesters in Cairo.", None, {"cameo": "175", "source": "EGYCOP"},
                 id="firing-tear-gas-is-crowd-repression"),
    pytest.param("Qatar offered to mediate between Israel and Hamas.", "AGREE", {"source_country": "QAT"},
                 id="offering-to-act-is-an-intent"),
    pytest.param("Japan offered humanitarian aid to Turkey.", "AGREE", {"cameo": "033", "target_country": "TUR"},
                 id="offering-aid-is-an-intent-to-give-it"),
    pytest.param("The Kenyan president took aim at the Ugandan government over the border dispute.", "ACCUSE",
                 {"source": "KENGOV", "target": "UGAGOV"}, id="taking-aim-at-a-government-is-criticism"),
    pytest.param("Poland summoned the Russian ambassador on Tuesday.", "ACCUSE",
                 {"cameo": "114", "source": "POL", "target": "RUSGOV"},
                 id="summoning-a-foreign-diplomat-is-an-official-protest"),
    pytest.param("Moscow ordered Georgian troops out of South Ossetia.", "REQUEST",
                 {"cameo": "1056", "target": "GEOMIL"}, id="ordering-troops-out-of-a-place-is-a-demand"),
    pytest.param("Iran accepted the proposal from France on Monday.", "AGREE", {"source_country": "IRN"},
                 id="accepting-a-proposal-is-an-agreement"),
])
def test_vocabulary_first_event_of_the_type_is_coded(pipeline, text, plover_type, expected):
    """``plover_type`` None: the sentence's first event, whatever its type."""
    events = events_of(pipeline, text)
    described = _described((of_type(events, plover_type) if plover_type else events)[0])
    assert {key: described[key] for key in expected} == expected


@pytest.mark.parametrize("text, plover_type, cameo", [
    pytest.param("The Tuareg rebels quit peace talks with the Malian government.", "SANCTION", "164",
                 id="quitting-talks-halts-negotiations"),
    pytest.param("The Norwegian envoy ended mediation efforts between the Sri Lankan government and the rebels.",
                 "SANCTION", "165", id="ending-mediation-halts-it"),
    pytest.param("Uganda opened its borders to refugees fleeing South Sudan.", "AID", "075",
                 id="opening-borders-to-refugees-grants-refuge"),
])
def test_vocabulary_only_event_of_the_type_has_the_code(pipeline, text, plover_type, cameo):
    assert [e.cameo for e in events_of(pipeline, text) if e.type == plover_type] == [cameo]


@pytest.mark.parametrize("text, recognised", [
    pytest.param("Hillary Clinton still has the advantage of name recognition over Bernie Sanders.", False,
                 id="name-recognition-is-no-recognition"),
    pytest.param("Russia's recognition of the two regions angered Georgia.", True,
                 id="recognition-of-regions-stays-recognition"),
])
def test_vocabulary_recognition_of_a_state_is_cameo_054(pipeline, text, recognised):
    assert any(e.cameo == "054" for e in events_of(pipeline, text)) is recognised


def test_vocabulary_target_phrase_stops_before_its_relative_clause(pipeline):
    text = "Egyptian police arrested dozens of students who protested against the sale of islands to Saudi Arabia."
    target = next(e.target for e in events_of(pipeline, text) if e.type == "COERCE")
    assert "Saudi" not in target.text


def test_vocabulary_hyphenated_cease_fire_is_a_ceasefire(pipeline):
    events = events_of(pipeline, "The Sudanese army declared a cease-fire on Friday.")
    assert [e.type for e in events] == ["RETREAT"]


def test_vocabulary_ordering_forces_to_withdraw_is_a_demand_not_a_retreat(pipeline):
    events = events_of(pipeline, "Kenya ordered Somali forces to withdraw from the border town.")
    assert [(e.cameo, e.source.code) for e in events] == [("1056", "KEN")]
