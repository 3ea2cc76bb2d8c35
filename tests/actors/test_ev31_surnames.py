"""A newsmaker's surname written alone (issue #4, round ev31): the country it stands for when nothing else
places the person (``KnowledgeBase.surname_country``)."""

from __future__ import annotations

from eventwire.actors import load_kb

INVENTED_PEOPLE = """
people:
  - {name: Odile Quennevaux, roles: [{code: BELGOV, role: foreign minister, start: 2030-01-01}]}
  - {name: Piet Quennevaux, roles: [{code: NLDLEG, role: senator, start: 2030-01-01}]}
  - {name: Arvo Tammeraid, roles: [{code: ESTGOV, role: prime minister, start: 2030-01-01}]}
"""


def test_a_curated_surname_gives_its_country_and_a_shared_one_none(tmp_path):
    people = tmp_path / "people.yaml"
    people.write_text(INVENTED_PEOPLE, encoding="utf-8")
    kb = load_kb(str(people))
    assert kb.surname_country("Tammeraid") == "EST"
    assert kb.surname_country("Quennevaux") is None  # two curated people of two countries


def test_a_common_surname_the_knowledge_base_knows_across_countries_places_nobody():
    kb = load_kb()
    assert kb.surname_country("Brown") is None  # Gordon Brown, and many others elsewhere in Phoenix
    assert kb.surname_country("Sanders") == "USA"
