"""The pipeline: one parse per article, stages in order, failures and stage errors as values."""

from eventwire.document import Document, Failure
from eventwire.pipeline import Pipeline, _batches
from eventwire.settings import Settings


def test_pipeline_fills_sentences_and_entities(nlp):
    pipeline = Pipeline(stages=["entities"], nlp=nlp)
    (doc,) = pipeline.annotate([Document("Angela Merkel met Emmanuel Macron in Paris. They talked.")])
    assert len(doc.sentences) == 2
    assert {(doc.text[e.start:e.end], e.label) for e in doc.entities} >= {("Paris", "LOC")}


def test_pipeline_refuses_an_oversized_article_and_keeps_the_rest(nlp):
    pipeline = Pipeline(Settings(max_article_chars=50), stages=["entities"], nlp=nlp)
    out = list(pipeline.annotate([Document("x " * 100, source="big.txt"), Document("Short article.")]))
    assert isinstance(out[0], Failure) and out[0].code == "too-large" and "big.txt" == out[0].source
    assert isinstance(out[1], Document)


def test_pipeline_stage_error_becomes_a_warning(nlp):
    class Broken:
        name, requires = "broken", ()

        def __call__(self, document, parsed):
            raise RuntimeError("boom")

    pipeline = Pipeline(stages=["entities"], nlp=nlp)
    pipeline.stages.append(Broken())
    (doc,) = pipeline.annotate([Document("Anything at all.")])
    assert doc.warnings == ["broken: RuntimeError: boom"]


def test_pipeline_entity_labels_follow_the_gold_mapping(nlp):
    pipeline = Pipeline(stages=["entities"], nlp=nlp)
    (doc,) = pipeline.annotate([Document("The Russian army entered Ukraine's east on 3 March.")])
    labels = {doc.text[e.start:e.end]: e.label for e in doc.entities}
    assert labels.get("Russian") == "MISC"
    assert "3 March" not in labels  # dates are not entities in the gold format
    assert all(not t.endswith("'s") for t in labels)


def test_pipeline_batches_stop_at_the_article_or_character_budget():
    pairs = [("a" * length, index) for index, length in enumerate([40, 40, 30, 150, 10, 10, 10])]
    batches = [[index for _, index in batch] for batch in _batches(iter(pairs), size=2, chars=100)]
    assert batches == [[0, 1], [2], [3], [4, 5], [6]]


def test_pipeline_annotates_in_input_order_across_character_batches(nlp):
    pipeline = Pipeline(Settings(batch_chars=30), stages=["entities"], nlp=nlp)
    texts = ["Paris is large.", "A much longer sentence about Berlin and Rome.", "Oslo.", "Kyiv is far."]
    annotated = list(pipeline.annotate(Document(text=text) for text in texts))
    assert [document.text for document in annotated] == texts
    assert all(document.sentences for document in annotated)
