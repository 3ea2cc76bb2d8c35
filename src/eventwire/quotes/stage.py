"""The quotes stage: who said what, and which statements the article frames as claims."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.document import Document, Quote
from eventwire.quotation_marks import inside_mask, quotations
from eventwire.quotes.attribution import MAX_GAP_WORDS, Attribution, find_attributions, speaker_range
from eventwire.quotes.claims import find_claims
from eventwire.quotes.frames import (cue_paragraph_part, in_cue_paragraph, mention_near, passive_experiencer,
                                     past_light_verb, token_span)
from eventwire.quotes.interviews import name_interviewee
from eventwire.quotes.marks import kind_of
from eventwire.quotes.speakers import ActorCodes, People, Person, PreviousSpeaker
from eventwire.quotes.stray import without_strays


class QuoteStage:
    """Fills ``document.quotes`` (direct, indirect and mixed) and ``document.claims``."""

    name = "quotes"
    requires: tuple[str, ...] = ("entities",)

    def __init__(self, settings=None, veto_strays: bool = True) -> None:
        self.settings = settings
        self.veto_strays = veto_strays  # off only to learn the veto (:mod:`eventwire.quotes.train_stray`)

    def __call__(self, document: Document, parsed: Doc) -> None:
        found = quotations(document.text, document.paragraphs)
        mask = inside_mask(document.text, found)
        people = People(document, parsed, mask)
        attributions = find_attributions(parsed, document.text, found, mask)
        codes = ActorCodes(document)
        quotes = _quotes(document, parsed, attributions, mask, people, codes)
        if self.veto_strays:
            quotes = without_strays(document.text, parsed, quotes)
        name_interviewee(document.text, quotes, people, codes)  # after the veto, which learnt its features without names
        document.quotes = quotes
        document.claims = find_claims(document, parsed, people, found, codes)


def _quotes(document: Document, parsed: Doc, attributions: list[Attribution], mask: bytearray, people: People,
            codes: ActorCodes) -> list[Quote]:
    """In text order, so that a pronoun cue right after a quotation ('"...," he continued') may take the speaker
    of the quote before it (:meth:`People.resolve`)."""
    quotes: list[Quote] = []
    last_speaker: Person | None = None
    last_code: str | None = None
    for attribution in attributions:
        attribution.speaker = _speaker_in_paragraph(attribution)
        carried = None
        if last_speaker is not None and _follows_quotation(attribution, document.text):
            carried = PreviousSpeaker(last_speaker, attribution.parts[0][0])
        quote = _quote(document, parsed, attribution, mask, people, codes, carried)
        if carried is not None and quote.speaker_text == carried.person.name:
            quote.speaker_code = quote.speaker_code or last_code
        if quote.speaker_text:
            last_speaker = people.speaker_person(quote.speaker_text, attribution.speaker)
            last_code = quote.speaker_code
        quotes.append(quote)
    return quotes


def _speaker_in_paragraph(attribution: Attribution) -> Token | None:
    """The attribution's reporter past a light verb, or the subject of a passive of belief or feeling left without
    one; one the parse found in another paragraph (a headline run into the first sentence: "Okafor: Tunnel Will
    Open Late" then "On Tuesday, harbour chief Marta Okafor said ...") gives way to the nearest mention in the cue's
    own."""
    cue, speaker = attribution.cue_token, past_light_verb(attribution.speaker, attribution.cue_token)
    speaker = speaker or passive_experiencer(cue, attribution.parts)
    if speaker is None or attribution.speaker_tokens is not None or in_cue_paragraph(speaker, cue):
        return speaker
    return mention_near(cue, attribution.parts)


def _follows_quotation(attribution: Attribution, text: str) -> bool:
    """Whether the cue comes a few words after a quotation that opens its content ('"...," he continued')."""
    if not attribution.quotations:
        return False
    end = attribution.parts[0][1]
    gap = text[end:attribution.cue[0]]
    return end <= attribution.cue[0] and "\n" not in gap and len(gap.split()) <= MAX_GAP_WORDS


def _quote(document: Document, parsed: Doc, attribution: Attribution, mask: bytearray, people: People,
           codes: ActorCodes, previous_speaker: PreviousSpeaker | None = None) -> Quote:
    parts = sorted(attribution.parts)
    quote = Quote(content=(parts[0][0], parts[-1][1]), kind=kind_of(document.text, parts, mask),
                  cue=attribution.cue, content_parts=parts if len(parts) > 1 else [])
    phrase = speaker_range(attribution)
    phrase = phrase and cue_paragraph_part(attribution.cue_token, phrase)
    speaker = token_span(parsed, phrase) if phrase else None
    if speaker is not None:
        quote.speaker = speaker
        quote.speaker_text = people.resolve(attribution.speaker, phrase, previous_speaker)
        quote.speaker_code = codes.code(quote.speaker)
    if attribution.channel is not None:
        channel = (attribution.channel.left_edge.i, attribution.channel.i + 1)
        quote.channel_span = token_span(parsed, channel)
        quote.channel = people.resolve(attribution.channel, channel)
    return quote
