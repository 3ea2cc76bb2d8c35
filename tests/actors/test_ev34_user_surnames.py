"""The events stage places a surname written alone by the knowledge base the actors stage was given (issue #4,
round ev34): the user's actors file included (``eventwire.actors.kb.kb_of``)."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

INVENTED_PEOPLE = """
people:
  - {name: Arvo Tammeraid, roles: [{code: ESTGOV, role: prime minister, start: 2030-01-01}]}
"""


def test_a_surname_alone_is_placed_by_the_users_actors_file(tmp_path, nlp):
    people = tmp_path / "people.yaml"
    people.write_text(INVENTED_PEOPLE, encoding="utf-8")
    pipeline = Pipeline(Settings(actors_file=str(people)), stages=["entities", "actors", "events"], nlp=nlp)
    text = "Tammeraid accused the opposition of lying about the budget."
    events = pipeline.apply(Document(text=text, date="2031-03-01"), pipeline.nlp(text)).events
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].source.code[:3] == "EST"
