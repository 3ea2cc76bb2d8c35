"""The document model: ids, paragraphs and the JSON round trip every stage relies on."""

from eventwire.document import (ActorMention, ActorRef, Claim, Document, Entity, Event, Place, Quote, Sentence,
                                Timex, content_id, paragraph_spans)


def test_document_id_is_stable_across_whitespace_and_case():
    assert content_id("Troops  moved\non Friday.", "Title") == content_id("troops moved on friday.", "TITLE")


def test_document_id_differs_for_different_content():
    assert Document("Troops moved.").id != Document("Troops left.").id


def test_document_paragraph_spans_split_on_blank_lines():
    text = "First para.\n\n  Second para.\n\n\nThird."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First para.", "Second para.", "Third."]


def test_document_round_trip_keeps_every_annotation():
    doc = Document("Putin said Friday that talks in Minsk could start.", title="T", date="2022-02-25")
    doc.sentences = [Sentence(0, 51)]
    doc.entities = [Entity(0, 5, "PER", "Putin", "PERSON")]
    doc.actors = [ActorMention(0, 5, "RUSGOV", "Vladimir Putin", "Putin", actor_id="a1")]
    doc.timexes = [Timex(11, 17, "DATE", "2022-02-25", "Friday")]
    place = Place(32, 37, "Minsk", 53.9, 27.5667, "BY", feature="city")
    doc.places = [place]
    doc.quotes = [Quote((23, 50), "indirect", speaker=(0, 5), speaker_text="Vladimir Putin", cue=(6, 10),
                        content_parts=[(23, 50)])]
    doc.claims = [Claim((23, 50), "Vladimir Putin", "neutral", cue=(6, 10))]
    doc.events = [Event("CONSULT", (23, 50), mode="multilateral", cameo="040", quad=1,
                        source=ActorRef("Putin", "RUSGOV", start=0, end=5), target=ActorRef("", None),
                        hypothetical=True, place=place, date="2022-02-25", extra_evidence=[(0, 5)])]
    assert Document.from_dict(doc.to_dict()) == doc


def test_document_sentence_index_finds_the_containing_sentence():
    doc = Document("One. Two.")
    doc.sentences = [Sentence(0, 4), Sentence(5, 9)]
    assert doc.sentence_index(6) == 1
    assert doc.sentence_index(100) is None


def test_quote_split_by_its_attribution_reads_without_the_attribution():
    text = '"We will hold the line," the general said, "whatever it costs."'
    first, second = (1, text.index('"', 1)), (text.index('"wh') + 1, len(text) - 1)
    split = Quote((0, len(text)), "direct", content_parts=[first, second])
    assert split.quoted_text(text) == "We will hold the line,\" … whatever it costs.".replace('"', "")
    assert Quote((1, 22), "direct").quoted_text(text) == "We will hold the line"
