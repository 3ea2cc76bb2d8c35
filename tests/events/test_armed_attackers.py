"""Armed people who attack "for" something use force: the criticism reading of "attacked X for Y" is for words.
Sentences written for eventwire."""

from __future__ import annotations

from tests.events.helpers import types_of


def test_soldiers_attacking_a_camp_for_refugees_is_an_assault(pipeline):
    assert types_of(pipeline, "Chadian soldiers attacked a camp for Sudanese refugees.") == {"ASSAULT"}


def test_a_leader_attacking_another_for_his_remarks_is_criticism(pipeline):
    assert types_of(pipeline, "Kenya's president attacked Uganda's leader for his remarks.") == {"ACCUSE"}
