"""The YAML knowledge files load and compile cleanly."""

from __future__ import annotations

from eventwire.temporal.lexicon import event_anchor_pattern, lexicon, rules


def test_data_word_lists_hold_only_strings():
    """YAML reads a bare `on` or `no` as a boolean: every word must stay a string."""
    for name, entry in lexicon().items():
        words = entry if isinstance(entry, list) else list(entry) if isinstance(entry, dict) else []
        assert all(isinstance(word, str) for word in words), name


def test_data_rules_compile_with_known_normalisers():
    from eventwire.temporal.recognise import NORMALISERS

    compiled = rules()
    assert compiled and {rule.kind for rule in compiled} <= set(NORMALISERS)
    assert event_anchor_pattern().search("on the second day of the invasion")
