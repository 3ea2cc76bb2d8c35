"""The knowledge base: dated roles, user layering, free-phrase resolution and the Phoenix converter."""

from __future__ import annotations

import json

import pytest

from eventwire.actors import ActorStage, load_kb, resolve_phrase
from eventwire.actors.build_kb import coded_role, iso_date, parse_actor_file, parse_agents
from eventwire.actors.build_names import gendered_names
from eventwire.actors.kb import Actor, Role
from eventwire.settings import Settings
from tests.conftest import parse

USER_FILE = """
people:
  - name: Jane Placeholder
    aliases: [Placeholder]
    roles:
      - {code: FRAGOV, role: foreign minister, start: 2030-01-01, end: 2031-01-01}
      - {code: FRAOPP, role: opposition leader, start: 2031-01-01}
organisations:
  - {name: Freedonia Liberation Front, aliases: [FLF], code: FRAREB, kind: group}
  - {name: Interfax, aliases: [], code: KAZMED, kind: media}
sectors:
  - {sector: AGR, canonical: "{adj} farmers", words: [vintners]}
"""


@pytest.fixture(scope="module")
def user_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("actors") / "mine.yaml"
    path.write_text(USER_FILE, encoding="utf-8")
    return str(path)


def test_kb_role_inside_its_date_range():
    actor = Actor("p", "person", "P", (Role("XXXGOV", "president", "2010-01-01", "2015-01-01"),
                                       Role("XXXELI", "former president", "2015-01-01")))
    assert actor.role_at("2012-06-01").code == "XXXGOV"


def test_kb_role_end_date_is_exclusive():
    actor = Actor("p", "person", "P", (Role("XXXGOV", "president", "2010-01-01", "2015-01-01"),
                                       Role("XXXELI", "former president", "2015-01-01")))
    assert actor.role_at("2015-01-01").code == "XXXELI"


def test_kb_before_the_first_term_a_person_is_only_a_national():
    actor = Actor("p", "person", "P", (Role("XXXGOV", "president", "2010-01-01", "2015-01-01"),))
    assert (actor.role_at("2001-01-01").code, actor.role_at("2001-01-01").role) == ("XXX", None)


def test_kb_leader_of_a_country_on_a_date():
    assert load_kb().holder("GBR", "leader", "2023-05-01").canonical == "Rishi Sunak"


def test_kb_user_file_adds_a_person_with_dated_roles(user_file):
    assert resolve_phrase("Jane Placeholder", "2030-06-01", user_file) == ("FRAGOV", "Jane Placeholder")
    assert resolve_phrase("Jane Placeholder", "2032-06-01", user_file) == ("FRAOPP", "Jane Placeholder")


def test_kb_user_file_overrides_a_packaged_entry(user_file):
    assert resolve_phrase("Interfax", None, user_file)[0] == "KAZMED"
    assert resolve_phrase("Interfax")[0] == "RUSMED"


def test_kb_user_sector_words_combine_with_countries(user_file):
    assert resolve_phrase("French vintners", None, user_file) == ("FRAAGR", "French farmers")


def test_kb_stage_reads_the_user_file_from_settings(nlp, user_file):
    document, parsed = parse(nlp, "The FLF attacked a convoy.")
    ActorStage(Settings(actors_file=user_file))(document, parsed)
    assert [(m.text, m.code) for m in document.actors] == [("The FLF", "FRAREB")]


def test_kb_resolve_phrase_city_stands_for_its_country():
    assert resolve_phrase("Kyiv")[0] == "UKR"


def test_kb_resolve_phrase_description():
    assert resolve_phrase("Ukrainian armed forces") == ("UKRMIL", "Ukrainian armed forces")


def test_kb_resolve_phrase_unknown_is_none():
    assert resolve_phrase("a large bowl of soup") is None


def test_kb_every_country_has_a_name_and_adjective():
    countries = load_kb().countries
    assert len(countries) > 240 and countries["GBR"].adjective == "British"


def test_kb_phoenix_two_digit_years_pivot_at_2030():
    assert (iso_date("080507"), iso_date("700101")) == ("2008-05-07", "1970-01-01")


def test_kb_phoenix_open_ended_role():
    assert coded_role("RUSGOV >120507") == "RUSGOV 2012-05-07 -"


def test_kb_phoenix_entry_collects_synonyms_and_codes():
    entries = parse_actor_file("VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV 991231-080507]\n\t[RUSELI]\nKREMLIN_ [RUSGOV]\n")
    assert [(e.names, e.codes) for e in entries] == [
        (["vladimir putin", "putin"], ["RUSGOV 1999-12-31 2008-05-07", "RUSELI - -"]),
        (["kremlin"], ["RUSGOV - -"])]


def test_kb_phoenix_agent_macros_and_plurals():
    rows = parse_agents("!PERSON! = MAN, WOMAN\nSPOKES!PERSON! [~GOV]\nSOLDIER [~MIL]\n")
    assert rows == [("spokesman", "GOV"), ("spokesmen", "GOV"), ("spokeswoman", "GOV"), ("spokeswomen", "GOV"),
                    ("soldier", "MIL"), ("soldiers", "MIL")]


def test_kb_seed_article_actors_are_all_found(nlp, shared, seed_gold):
    document, parsed = parse(nlp, seed_gold["text"])
    document.date = seed_gold["date"]
    ActorStage()(document, parsed)
    predicted = {(m.start, m.end, m.code) for m in document.actors}
    gold = {(a["start"], a["end"], a["code"]) for a in seed_gold["actors"]}
    assert len(gold & predicted) / len(gold) >= 0.9, json.dumps(sorted(gold - predicted))


def test_kb_organisation_with_dated_roles_changes_code():
    assert (resolve_phrase("the Taliban", "2019-01-01")[0], resolve_phrase("the Taliban", "2023-01-01")[0]) == (
        "AFGREB", "AFGGOV")


def test_kb_packaged_roles_have_known_codes_and_ordered_dates():
    kb = load_kb()
    curated = [a for a in kb.actors.values() if a.id.startswith(("person:", "org:"))]
    for actor in curated:
        for role in actor.roles:
            assert role.code[:3] in kb.countries or role.code[:3] in ("IGO", "NGO", "IMG"), (actor.id, role.code)
            assert not (role.start and role.end) or role.start < role.end, (actor.id, role)


def test_kb_converter_corrects_misspelt_country_prefix():
    assert coded_role("ANGREB") == "AGOREB - -"


def test_kb_unita_is_angolan():
    assert resolve_phrase("National Union for the Total Independence of Angola")[0] == "AGOREB"


def test_kb_first_names_carry_a_gender():
    table = {"angela": [30, 9000, 0.99, 3], "olaf": [20, 900, 0.0, 3], "kim": [30, 9000, 0.6, 3],
             "rare": [1, 9000, 1.0, 3], "x1": [30, 9000, 1.0, 3]}
    assert gendered_names(table) == {"angela": "f", "olaf": "m"}
