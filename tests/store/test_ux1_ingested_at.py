"""Every stored article carries the moment it was ingested, whichever way it came in (exports' DATEADDED)."""

import re

from eventwire.document import Document


def test_store_stamps_ingestion_time_when_the_caller_did_not(store):
    document = Document("The council met on Monday to vote on the budget.")
    store.save_document(document)
    stamp = store.get_document(document.id).meta["ingested_at"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", stamp)


def test_store_keeps_an_ingestion_time_already_given(store):
    document = Document("The council met again on Tuesday.")
    document.meta["ingested_at"] = "2020-01-02T03:04:05"
    store.save_document(document)
    assert store.get_document(document.id).meta["ingested_at"] == "2020-01-02T03:04:05"
