"""The quotes stage on literal sentences: direct, split, multi-paragraph, indirect, nested, resolved speakers."""

from __future__ import annotations

import pytest

from eventwire.document import ActorMention
from eventwire.quotes import QuoteStage
from eventwire.quotation_marks import quotations
from tests.conftest import parse


def _run(nlp, text):
    document, parsed = parse(nlp, text)
    QuoteStage(None)(document, parsed)
    return document


def _content(document, quote):
    return document.span_text(quote.content)


def test_quotes_split_quote_has_both_parts(nlp):
    text = '"We are ready to talk," Peskov said. "But the talks must be serious and they must start soon."'
    document = _run(nlp, text)
    assert len(document.quotes) == 1
    quote = document.quotes[0]
    pieces = [document.span_text(p) for p in quote.content_parts]
    assert pieces == ['"We are ready to talk,"', '"But the talks must be serious and they must start soon."']
    assert quote.kind == "direct" and quote.speaker_text == "Peskov"


def test_quotes_multi_paragraph_quote_continues(nlp):
    text = ('"We will not accept this plan," Smith said. "It ignores everything our members have asked for.\n\n'
            '"Nor will we accept any other plan that ignores them."')
    document = _run(nlp, text)
    assert len(document.quotes) == 1
    assert document.quotes[0].content_parts[-1][1] == len(text)


def test_quotes_scare_quote_is_not_a_quote(nlp):
    document = _run(nlp, 'The government sent "help" to the farmers on Monday.')
    assert document.quotes == []


def test_quotes_inverted_said_takes_the_clause_before(nlp):
    document = _run(nlp, "The talks will resume next week, said Foreign Minister Dmytro Kuleba.")
    quote = document.quotes[0]
    assert _content(document, quote) == "The talks will resume next week"
    assert quote.speaker_text == "Dmytro Kuleba" and quote.kind == "indirect"


def test_quotes_according_to_names_the_source(nlp):
    document = _run(nlp, "According to the defence ministry, the troops left the city on Sunday.")
    quote = document.quotes[0]
    assert _content(document, quote) == "the troops left the city on Sunday"
    assert document.span_text(quote.speaker) == "the defence ministry"


def test_quotes_nested_attribution_keeps_the_channel_apart(nlp):
    text = ("Kremlin spokesman Dmitry Peskov spoke on Friday. The delegation would include senior officials, "
            "Interfax quoted him as saying.")
    quote = _run(nlp, text).quotes[-1]
    assert quote.speaker_text == "Dmitry Peskov"
    assert quote.channel == "Interfax"


def test_quotes_pronoun_speaker_resolves_to_the_last_person(nlp):
    document = _run(nlp, "Dmitry Peskov met reporters in Moscow. He said the talks would start soon.")
    quote = document.quotes[-1]
    assert document.span_text(quote.speaker) == "He"
    assert quote.speaker_text == "Dmitry Peskov"


def test_quotes_she_resolves_to_the_last_person_known_to_be_a_woman(nlp):
    text = "Angela Merkel met Zorvan Ortez in Berlin. She said the talks would start soon."
    assert _run(nlp, text).quotes[-1].speaker_text == "Angela Merkel"


def test_quotes_pronoun_speaker_takes_the_person_the_actors_stage_found(nlp):
    text = "Dmitry Peskov met reporters in Moscow. He said the talks would start soon."
    document, parsed = parse(nlp, text)
    at = text.index("He said")
    document.actors = [ActorMention(at, at + 2, "RUSGOV", "Vladimir Putin", "He", kind="pronoun")]
    QuoteStage(None)(document, parsed)
    assert (document.quotes[-1].speaker_text, document.quotes[-1].speaker_code) == ("Vladimir Putin", "RUSGOV")


def test_quotes_description_resolves_to_the_person_it_introduced(nlp):
    text = ("Kremlin spokesman Dmitry Peskov spoke on Friday. The spokesman said that the army would stay "
            "in the region.")
    assert _run(nlp, text).quotes[-1].speaker_text == "Dmitry Peskov"


def test_quotes_marks_flag_a_quotation_that_runs_on():
    text = '"First part of a long quotation\n\n"Second part."'
    found = quotations(text, [(0, 31), (33, len(text))])
    assert [q.continues for q in found] == [True, False]


@pytest.mark.parametrize("text, stance", [
    ("Putin's unfounded claim that Ukraine is run by Nazis is part of his case for war.", "disputed"),
    ("The senator falsely claimed that the election was rigged.", "disputed"),
    ("The senator claimed that the election was rigged.", "neutral"),
    ("The audit confirmed that the funds were missing.", "endorsed"),
])
def test_claims_stance_follows_the_framing(nlp, text, stance):
    claims = _run(nlp, text).claims
    assert [c.stance for c in claims] == [stance]


def test_claims_endorsing_verb_in_someone_elses_words_is_no_endorsement(nlp):
    document = _run(nlp, "The two ministers agreed to share data, saying the drought had shown that neither "
                         "country could manage its water alone.")
    assert [c.stance for c in document.claims if c.stance == "endorsed"] == []


@pytest.mark.parametrize("text", ["The ferry board found itself paying for two new piers.",
                                  "The mayor found herself defending a plan she had opposed."])
def test_claims_finding_oneself_doing_something_is_no_finding(nlp, text):
    assert [c.stance for c in _run(nlp, text).claims if c.stance == "endorsed"] == []


def test_claims_holder_is_the_possessor(nlp):
    document = _run(nlp, "Putin's unfounded claim that Ukraine is run by Nazis is part of his case for war.")
    claim = document.claims[0]
    assert claim.holder == "Putin" and document.span_text(claim.content) == "Ukraine is run by Nazis"


def test_quotes_seed_article_finds_every_gold_quote_and_the_disputed_claim(nlp, seed_gold):
    document = _run(nlp, seed_gold["text"])
    unmatched = list(document.quotes)
    for gold in seed_gold["quotes"]:
        start, end = gold["content"]
        match = min((q for q in unmatched if q.content[0] < end and start < q.content[1]),
                    key=lambda q: abs(q.content[0] - start) + abs(q.content[1] - end), default=None)
        assert match is not None, gold
        unmatched.remove(match)
    disputed = [c for c in document.claims if c.stance == "disputed"]
    assert [document.span_text(c.content) for c in disputed] == ["Ukraine is under neo-Nazi rule"]
    assert disputed[0].holder == "Vladimir Putin"


def test_quotes_nested_single_quotes_stay_inside_the_quote(nlp):
    text = "“They called the vote ‘a farce’ and walked out of the chamber,” Ivanova said."
    document = _run(nlp, text)
    assert len(document.quotes) == 1
    assert _content(document, document.quotes[0]).endswith("out of the chamber,”")
    assert document.quotes[0].kind == "direct"


def test_quotes_train_token_f1_matches_the_scorer():
    from eventwire.quotes.train_cues import token_f1

    text = "the talks will start soon"
    assert token_f1(text, [(0, 9)], [(0, 25)]) == pytest.approx(2 * 2 / (2 + 5))


@pytest.mark.parametrize("text", [
    "“The clerk told me “come back tomorrow” and closed the office early,” Ivanova said.",
    '“The clerk told me "come back tomorrow" and closed the office early,” Ivanova said.',
])
def test_quotes_nested_double_quotes_stay_inside_the_quote(nlp, text):
    document = _run(nlp, text)
    assert len(document.quotes) == 1
    assert _content(document, document.quotes[0]).endswith("closed the office early,”")


def test_quotes_marks_unbalanced_inner_quote_reads_flat():
    text = "“The plan “works well enough,” he said. Nothing else was quoted"
    found = quotations(text, [(0, len(text))])
    assert [text[q.start:q.end] for q in found] == ["“The plan “works well enough,”"]


def test_quotes_square_bracket_insertion_stays_in_a_direct_quote(nlp):
    document = _run(nlp, '"[The ministry] will not accept these terms," Kovalenko said.')
    quote = document.quotes[0]
    assert _content(document, quote).startswith('"[The ministry]') and quote.kind == "direct"


@pytest.mark.parametrize("text, found", [
    ("“That is a fair question, because the voters are angry,” Sarandon, 69, told MSNBC on Monday.", True),
    ("“That is a fair question.” Later that week, in a long interview, the actress Sarandon told MSNBC more.", False),
])
def test_quotes_loose_quotation_before_its_cue_needs_the_comma_and_a_short_gap(nlp, text, found):
    from eventwire.quotes.attribution import _quotation_before

    document, parsed = parse(nlp, text)
    told = next(t for t in parsed if t.text == "told")
    quotation = _quotation_before(told, text, quotations(text, document.paragraphs))
    assert (quotation is not None) == found


def test_quotes_speaker_phrase_leaves_out_a_closing_quotation_mark(nlp):
    text = "“It’s a fair point, since we’re all tired and very angry,” Okafor, a nurse, told the BBC on Monday."
    document = _run(nlp, text)
    assert document.span_text(document.quotes[0].speaker) == "Okafor, a nurse"


def test_quotes_sequel_passes_over_a_quoted_title(nlp):
    text = ('"It is too early to tell," said Mark Cuban, who hosts the show "Shark Tank." '
            '"Everything depends on the economy and on who wins the election."')
    document = _run(nlp, text)
    assert len(document.quotes) == 1
    assert document.quotes[0].content[1] == len(text)


def test_claims_stated_goal_in_the_holders_words_is_neutral(nlp):
    text = ('The minister repeated Erdogan\'s stated aim of securing the border to "protect" the villages '
            '"through the removal of every armed group from the region."')
    document = _run(nlp, text)
    claim = next(c for c in document.claims if c.stance == "neutral")
    assert claim.holder == "Erdogan"
    assert document.span_text(claim.content) == '"through the removal of every armed group from the region."'


def test_quotes_relative_pronoun_speaker_is_the_noun_it_describes(nlp):
    text = "The plan was drafted by Maria Keller, the mayor, who said the city would cut bus fares next spring."
    document = _run(nlp, text)
    quote = next(q for q in document.quotes if "bus fares" in _content(document, q))
    assert document.span_text(quote.speaker).startswith("Maria Keller")
    assert quote.speaker_text == "Maria Keller"


def test_quotes_transcript_label_inside_a_quotation_attributes_its_line(nlp):
    text = ('The station published the exchange.\n\n'
            '"HARRIS: We have to ask about the bridge budget. Why did it double in a year?\n\n'
            '"OKAFOR: Because the steel prices went up and the old plans were never finished.')
    document = _run(nlp, text)
    labelled = {document.span_text(q.speaker): _content(document, q) for q in document.quotes if q.speaker}
    assert labelled["HARRIS"] == "We have to ask about the bridge budget. Why did it double in a year?"
    assert labelled["OKAFOR"].startswith("Because the steel prices went up")


def test_quotes_title_case_name_opening_a_quotation_is_not_a_transcript_label(nlp):
    text = 'The postcard was short.\n\n"Denver: we arrived late and the hotel had lost our booking."'
    document = _run(nlp, text)
    assert not any(q.cue and document.span_text(q.cue) == ":" for q in document.quotes)


def test_quotes_dash_signed_testimonial_is_attributed_to_its_signer(nlp):
    text = ('Readers sent us their views.\n\n'
            '“The new bus lanes cut my commute in half and I finally get home before dark.” ― Lena Moravec\n'
            '“Nobody asked the shop owners on Elm Street what they needed.”\xa0―\xa0Tomas Reyes.')  # no-break spaces
    document = _run(nlp, text)
    signed = {document.span_text(q.speaker): _content(document, q).strip("“”") for q in document.quotes}
    assert signed["Lena Moravec"].startswith("The new bus lanes cut my commute")
    assert signed["Tomas Reyes"].startswith("Nobody asked the shop owners")


def test_quotes_content_ends_before_a_closing_nonrestrictive_relative_clause(nlp):
    text = "The mayor rejected the audit, which the council had ordered in May."
    document = _run(nlp, text)
    assert [_content(document, q) for q in document.quotes] == ["the audit"]


def test_quotes_clause_set_off_by_a_comma_is_not_the_objects_tail(nlp):
    document = _run(nlp, 'The mayor rejected the budget, saying it was "a gift to developers."')
    assert [_content(document, q) for q in document.quotes] == ["the budget", 'it was "a gift to developers."']


def test_quotes_cue_coordinated_inside_the_content_is_part_of_it(nlp):
    document = _run(nlp, "The mayor says she is proud of the budget and expects to win the vote.")
    contents = [_content(document, q) for q in document.quotes]
    assert contents == ["she is proud of the budget and expects to win the vote"]


def test_quotes_cue_coordinated_with_the_cue_starts_its_own_quote(nlp):
    document = _run(nlp, "The mayor said the budget was fair and said the vote would pass.")
    assert [_content(document, q) for q in document.quotes] == ["the budget was fair", "the vote would pass"]


def test_quotes_object_content_runs_on_over_the_cues_next_phrase(nlp):
    document = _run(nlp, "The mayor rejected the plan as a giveaway to developers.")
    assert [_content(document, q) for q in document.quotes] == ["the plan as a giveaway to developers"]


def test_quotes_object_content_stops_before_a_time(nlp):
    document = _run(nlp, "The mayor praised the budget chief on Monday.")
    assert [_content(document, q) for q in document.quotes] == ["the budget chief"]


def test_quotes_according_to_covers_every_coordinated_clause(nlp):
    text = "Turnout rose in the north, and the incumbent lost two seats, according to the election commission."
    document = _run(nlp, text)
    quote = document.quotes[0]
    assert _content(document, quote) == "Turnout rose in the north, and the incumbent lost two seats"
    assert document.span_text(quote.speaker) == "the election commission"


def test_quotes_unattributed_quoted_paragraph_carries_on_the_speaker(nlp):
    text = ('"We like several of the candidates," Adelson said in the interview.\n\n'
            '"But we have not decided whom to support yet."')
    document = _run(nlp, text)
    assert len(document.quotes) == 1
    assert document.quotes[0].content_parts[-1] == (text.index('"But'), len(text))


def test_quotes_paragraph_with_more_than_a_quotation_does_not_carry_on_the_speaker(nlp):
    text = ('"We like several of the candidates," Adelson said in the interview.\n\n'
            '"But we have not decided whom to support yet." The race is still open.')
    document = _run(nlp, text)
    assert document.quotes[0].content_parts == []


def test_quotes_loose_verb_leaves_a_quotation_to_the_nearer_cue(nlp):
    document = _run(nlp, '"We cannot pay for this," the treasurer said. She hopes to find the money elsewhere.')
    quote = next(q for q in document.quotes if "cannot pay" in _content(document, q))
    assert document.span_text(quote.speaker) == "the treasurer"


def _run_with_actors(nlp, text, date="2022-02-25"):
    from eventwire.actors import ActorStage
    document, parsed = parse(nlp, text)
    document.date = date
    ActorStage()(document, parsed)
    QuoteStage(None)(document, parsed)
    return document


def test_quotes_speaker_without_a_country_takes_the_country_of_the_article(nlp):
    document = _run_with_actors(nlp, "Turkey closed its border on Monday. Turkish officials met in Ankara. "
                                     "Senator Mark Ellison said the decision was wrong.")
    quote = next(q for q in document.quotes if "decision was wrong" in _content(document, q))
    assert quote.speaker_code == "TURLEG"


def test_claims_holder_carries_the_actor_code(nlp):
    document = _run_with_actors(nlp, "Putin's unfounded claim that Ukraine is run by Nazis drew criticism.")
    assert [c.holder_code for c in document.claims] == ["RUSGOV"]


def test_quotes_cue_inside_a_reported_clause_is_part_of_it(nlp):
    """PolNeAR as given is flat: no gold attribution's cue lies inside another's content (train: 0 of 19,832), so
    "critics claim" stays in the mayor's content; nested extra quotes cost dev overlap F1 and speaker accuracy."""
    document = _run(nlp, "The mayor said that critics claim the budget is too small.")
    assert [(_content(document, q), q.speaker_text) for q in document.quotes] == [
        ("that critics claim the budget is too small", "mayor")]
