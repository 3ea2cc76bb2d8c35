"""A party named without its country can be added through the user's actors file, like people and organisations
(round ev38): ``parties`` lists its names per country, matched in an article about that country."""

from __future__ import annotations

import pickle

from eventwire.actors.context import country_context
from eventwire.actors.kb import load_kb
from eventwire.document import Document
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

INVENTED_PARTIES = """
parties:
  - {country: EST, names: [Lindenists]}
"""


def test_the_users_parties_join_the_packaged_ones(tmp_path):
    parties = tmp_path / "parties.yaml"
    parties.write_text(INVENTED_PARTIES, encoding="utf-8")
    kb = load_kb(str(parties))
    assert "lindenists" in kb.parties["EST"] and "republicans" in kb.parties["USA"]


def test_a_users_party_takes_the_country_the_article_is_about(tmp_path, nlp):
    parties = tmp_path / "parties.yaml"
    parties.write_text(INVENTED_PARTIES, encoding="utf-8")
    pipeline = Pipeline(Settings(actors_file=str(parties)), stages=["entities", "actors", "geo", "events"], nlp=nlp)
    text = "In Tallinn, the Lindenists criticized the Estonian government over the budget."
    events = pipeline.apply(Document(text=text, date="2031-03-01"), pipeline.nlp(text)).events
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].source is not None and accusations[0].source.code == "ESTPTY"


def test_the_country_context_travels_without_the_knowledge_base(tmp_path, nlp):
    """A worker process sends each annotated document back pickled, with the country context the stages kept on
    it: the context names the user's actors file and looks the knowledge base up, it does not carry it."""
    parties = tmp_path / "parties.yaml"
    parties.write_text(INVENTED_PARTIES, encoding="utf-8")
    pipeline = Pipeline(Settings(actors_file=str(parties)), stages=["entities", "actors", "geo", "events"], nlp=nlp)
    text = "In Tallinn, the Lindenists criticized the Estonian government over the budget."
    document = pipeline.apply(Document(text=text, date="2031-03-01"), pipeline.nlp(text))
    sent = pickle.dumps(document)
    assert len(sent) < 50_000  # the knowledge base alone pickles to megabytes
    context = country_context(pickle.loads(sent))
    assert context.party_country("the Lindenists") == "EST"
