"""A clause that ends its sentence does not take the quotation opening the next one, though the parser may hang that
quotation's opening mark on it (as it does with the two-apostrophe marks some papers print)."""

from __future__ import annotations

from tests.quotes.helpers import quote_strings

#: The parser hangs the '' opening the second sentence on "was" of the first.
ASIDE_THEN_QUOTATION = ("Time, Ms. Okafor added, was on their side. ''It is early, for heaven's sake,'' she said. "
                        "''The race starts in May.''")
#: A quotation going on with the reported clause after a comma is part of it (a mixed quote).
CLAUSE_RUNNING_INTO_QUOTATION = "The board said its moves had already produced results, ''including a rise in ferry trips.''"


def test_a_clause_ends_with_its_sentence_before_the_next_quotation(pipeline):
    found = quote_strings(pipeline, ASIDE_THEN_QUOTATION, with_cue=True)
    assert ("Time, Ms. Okafor added, was on their side", "added", "Ms. Okafor") in found, found
    assert ("''It is early, for heaven's sake,'' she said. ''The race starts in May.''", "said", "she") in found, found


def test_a_clause_running_into_a_quotation_takes_it(pipeline):
    found = quote_strings(pipeline, CLAUSE_RUNNING_INTO_QUOTATION)
    assert ("its moves had already produced results, ''including a rise in ferry trips.''", "The board") in found, found
