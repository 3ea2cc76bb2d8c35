"""Near-duplicate clustering: copies of one story join its cluster, other stories on the same topic do not."""

from __future__ import annotations

import pytest

from eventwire.dedup import DuplicateIndex, cluster_documents, containment, fingerprint, jaccard

BRIDGE_STORY = """Bridge closure ordered after inspectors find cracks in river crossing

City engineers closed the Harbor Street bridge on Monday after a routine inspection found deep cracks in two of \
its steel support beams, forcing thousands of commuters onto detours during the morning rush hour.

The transportation department said the bridge would stay shut for at least three weeks while contractors \
install temporary braces and a team of outside experts reviews whether the structure can be repaired at all.

Mayor Linda Ortiz told reporters that safety came first and that nobody should drive across a bridge that its \
own engineers no longer trusted, adding that the city would pay for extra buses on the affected routes.

Local business owners near the crossing warned that a long closure could cost them a large share of their \
customers, and several asked the council to speed up a replacement plan that has been delayed since 2019."""

BUDGET_STORY = """Council approves road budget after long debate over bridge repairs

The city council voted seven to two on Tuesday to approve next year's transportation budget, which sets aside \
money for resurfacing main roads and for a study of how to replace ageing river crossings.

Council member James Whitfield, who voted against the plan, said the budget spent too little on public transit \
and too much on consultants whose reports rarely led to any construction on the ground.

Supporters argued that the study was a necessary first step and that federal grants for large bridge projects \
usually require detailed engineering reviews before any money is released to the city.

The budget also includes funds for new bicycle lanes downtown and for hiring more road crews to fill potholes \
before winter, a priority that residents named most often in a survey last spring."""


def _trimmed(story: str) -> str:
    paragraphs = story.split("\n\n")
    return "\n\n".join(["Bridge shut after cracks found", *paragraphs[1:-1]])


def _boilerplated(story: str) -> str:
    return ("RIVERTON (Daily Ledger) - " + story
            + "\n\nCopyright 2024 Daily Ledger. All rights reserved. Sign up for our morning newsletter.")


def _updated(story: str) -> str:
    title, body = story.split("\n\n", 1)
    lead = ("The city said late on Monday that the closure could last into next month after engineers found a "
            "third cracked beam during a second inspection of the structure.")
    return f"UPDATED: {title}\n\n{lead}\n\n{body}"


def _copy_edited(story: str) -> str:
    return story.replace("Monday", "Mon.").replace("deep cracks", "serious cracks").replace("large share", "lot")


def test_dedup_shingle_measures_are_one_for_identical_texts():
    printed = fingerprint(BRIDGE_STORY)
    assert jaccard(printed.shingles, printed.shingles) == 1.0
    assert containment(printed.shingles, printed.shingles) == 1.0


def test_dedup_containment_sees_a_reprint_inside_a_longer_page():
    original, reprint = fingerprint(BRIDGE_STORY), fingerprint(_boilerplated(BRIDGE_STORY) + "\n\n" + BUDGET_STORY)
    assert containment(original.shingles, reprint.shingles) > 0.95
    assert jaccard(original.shingles, reprint.shingles) < 0.6


@pytest.mark.parametrize("variant", [_trimmed, _boilerplated, _updated, _copy_edited])
def test_dedup_variant_joins_the_original_cluster(variant):
    index = DuplicateIndex()
    first = index.add("original", BRIDGE_STORY)
    assert index.add("copy", variant(BRIDGE_STORY)) == first == "original"


def test_dedup_other_story_on_the_same_topic_stays_apart():
    index = DuplicateIndex()
    index.add("bridge", BRIDGE_STORY)
    assert index.add("budget", BUDGET_STORY) == "budget"


def test_dedup_copy_of_two_stories_bridges_their_clusters_to_the_first_seen():
    clusters = cluster_documents([("budget", BUDGET_STORY), ("bridge", BRIDGE_STORY),
                                  ("digest", BUDGET_STORY + "\n\n" + BRIDGE_STORY)])
    assert clusters == {"budget": "budget", "bridge": "budget", "digest": "budget"}


def test_dedup_rejects_an_id_added_twice():
    index = DuplicateIndex()
    index.add("a", BRIDGE_STORY)
    with pytest.raises(ValueError):
        index.add("a", BUDGET_STORY)


def test_dedup_empty_texts_stay_singletons():
    assert cluster_documents([("a", ""), ("b", ""), ("c", BRIDGE_STORY)]) == {"a": "a", "b": "b", "c": "c"}


@pytest.mark.slow
def test_dedup_dev_gold_pair_f1_is_high(shared):
    from eventwire.evaluate import evaluate_file

    metrics = evaluate_file("dedup", shared / "gold/dedup/polnear_dev_variants.jsonl")
    assert metrics["pair_f1"] >= 0.95
