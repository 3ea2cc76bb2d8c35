"""Any document the model can hold reads back equal, whatever mix of optional fields it has."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.document import (
    ActorMention, ActorRef, Claim, Document, Entity, Event, Place, Quote, Sentence, Timex,
)

# PostgreSQL text cannot hold NUL (ingest removes it); lone surrogates are not valid UTF-8 anywhere.
words = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
maybe_words = st.none() | words
offsets = st.integers(0, 10_000)
spans = st.tuples(offsets, offsets)
maybe_spans = st.none() | spans
numbers = st.floats(-1e6, 1e6, allow_nan=False)
places = st.builds(Place, offsets, offsets, words, lat=st.none() | numbers, lon=st.none() | numbers,
                   country=maybe_words, admin1=maybe_words, feature=maybe_words,
                   geonameid=st.none() | st.integers(0, 2**31 - 1), text=words, metonym=st.booleans())
actor_refs = st.builds(ActorRef, words, maybe_words, maybe_words, st.none() | offsets, st.none() | offsets)
events = st.builds(
    Event, words, spans, mode=maybe_words, cameo=maybe_words, quad=st.none() | st.integers(1, 4),
    goldstein=st.none() | numbers, source=st.none() | actor_refs, target=st.none() | actor_refs,
    negated=st.booleans(), hypothetical=st.booleans(), reported_by=maybe_words, location=maybe_words,
    place=st.none() | places, date=maybe_words, date_source=maybe_words, trigger=maybe_spans,
    extra_evidence=st.lists(spans, max_size=3), sentence=st.none() | offsets, confidence=numbers, rule=maybe_words)
quotes = st.builds(Quote, spans, words, speaker=maybe_spans, speaker_text=maybe_words, speaker_code=maybe_words,
                   cue=maybe_spans, content_parts=st.lists(spans, max_size=3), channel=maybe_words,
                   channel_span=maybe_spans)
documents = st.builds(
    Document, words, title=maybe_words, date=maybe_words, url=maybe_words, outlet=maybe_words,
    related=st.lists(words, max_size=2), format=maybe_words, paragraphs=st.lists(spans, min_size=1, max_size=3),
    sentences=st.lists(st.builds(Sentence, offsets, offsets), max_size=3),
    entities=st.lists(st.builds(Entity, offsets, offsets, words, words, words), max_size=3),
    actors=st.lists(st.builds(ActorMention, offsets, offsets, words, words, words, words, role=maybe_words,
                              country=maybe_words, sector=maybe_words, actor_id=maybe_words), max_size=3),
    events=st.lists(events, max_size=3), quotes=st.lists(quotes, max_size=3),
    claims=st.lists(st.builds(Claim, spans, words, words, cue=maybe_spans, holder_code=maybe_words), max_size=2),
    places=st.lists(places, max_size=2),
    timexes=st.lists(st.builds(Timex, offsets, offsets, words, words, words, anchor=maybe_words), max_size=2),
    warnings=st.lists(words, max_size=2),
    meta=st.dictionaries(words, st.none() | st.booleans() | st.integers(-1000, 1000) | words, max_size=3),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents)
def test_store_round_trip_of_any_document(store, document):
    store.save_document(document)
    assert store.get_document(document.id) == document
