"""The stray veto: a learnt look at each predicted quote, and the cut-off chosen by the scorer's pairing."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.pipeline import Pipeline
from eventwire.quotes.stage import QuoteStage
from eventwire.quotes.stray import stray_features, without_strays
from eventwire.quotes.train_stray import Article, choose_cutoff, effect

TEXT = ('Harbour master Ines Dalca said the ferries would run again on Monday.\n\n'
        '"We have waited long enough," Dalca told the crews.\n\n'
        'FERRY LINES: SCHEDULE TO FOLLOW')


def _candidates(nlp, text):
    document = Document(text=text, id="t")
    parsed = nlp(text)
    Pipeline(stages=["entities", "actors"], nlp=nlp).apply(document, parsed)
    QuoteStage(veto_strays=False)(document, parsed)
    return document, parsed


def test_quotes_stray_features_describe_each_quote_in_order(nlp):
    document, parsed = _candidates(nlp, TEXT)
    rows = stray_features(document.text, parsed, document.quotes)
    assert len(rows) == len(document.quotes) >= 2
    said, told = rows[0], rows[1]
    assert "origin=frame" in said and "kind=indirect" in said and "before=first" in said
    assert "kind=direct" in told and "quoted=True" in told and "paragraph=<=1" in told


def test_quotes_stray_veto_drops_what_its_model_takes_for_strays(nlp):
    document, parsed = _candidates(nlp, TEXT)
    indirect_is_stray = (-5.0, {"kind=indirect": 10.0}, 0.5)
    kept = without_strays(document.text, parsed, document.quotes, indirect_is_stray)
    assert [q.kind for q in kept] == [q.kind for q in document.quotes if q.kind != "indirect"]
    assert without_strays(document.text, parsed, document.quotes, (-5.0, {}, 0.5)) == document.quotes


ROAD = "The bridge stays closed. Ruiz said so. The ferry runs daily at noon. Vega said so."


def _span(words):
    start = ROAD.index(words)
    return [start, start + len(words)]


def test_quotes_stray_cutoff_counts_the_gold_a_stray_takes_from_a_later_quote():
    gold = [{"content": _span("The bridge stays closed"), "speaker_text": "Ruiz"},
            {"content": _span("The ferry runs daily at noon"), "speaker_text": "Vega"}]
    # the stray shares one word with the ferry quote and, coming first, takes it from the right prediction
    stray = {"content": _span("noon. Vega said so"), "speaker_text": "Ruiz"}
    right = {"content": _span("The ferry runs daily at noon"), "speaker_text": "Vega"}
    article = Article({"id": "a", "text": ROAD, "quotes": gold}, [stray, right], [[], []], [True, False])
    scores = [[0.9, 0.1]]
    assert effect([article], scores, 1.01)["speaker_acc"] == 0.0
    assert effect([article], scores, 0.5)["speaker_acc"] == 1.0
    assert choose_cutoff([article], scores, max_overlap_loss=0.0) < 1.01
    assert choose_cutoff([article], [[0.1, 0.9]], max_overlap_loss=0.0) == 1.01  # vetoing the right one never pays
