"""Incremental near-duplicate clustering: MinHash LSH finds candidates, exact shingle overlap decides.

Each arriving article joins the cluster of every earlier article it duplicates (union-find, so a copy of a copy
joins the original's cluster) or starts its own. A cluster is named after its canonical article: the first seen.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from hashlib import sha1

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventwire.dedup.similarity import Fingerprint, containment, fingerprint, jaccard

# The thresholds were set on shared/gold/dedup/polnear_dev_variants.jsonl (130 articles, 60 stories: trimmed,
# boilerplated, copy-edited and updated copies beside different stories from the same outlets and weeks).
# There the largest cross-story values are Jaccard 0.014 and containment 0.053, the smallest within-story ones
# Jaccard 0.63 and containment 0.86, and any threshold from 0.1 to 0.85 scores pair F1 1.0: dev cannot choose.
# So each sits at a round value in the lower part of the gap, still 6-14 times the largest cross-story value:
# heavier edits than dev's must still merge (with 10% of words replaced at random in a copy, 5-word shingles
# keep only ~60% of their overlap, and these thresholds still merge every such copy of the dev stories).

#: Near-identical texts: at least a fifth of all shingles shared (copy-edits, reordered paragraphs).
JACCARD_MIN = 0.2
#: One text inside the other: nearly a third of the shorter article's shingles occur verbatim in the longer one
#: (a reprint with boilerplate, a trimmed copy, an update that adds a new lead).
CONTAINMENT_MIN = 0.3
#: An update that rewrites the body but keeps the lead: the lead paragraphs share half their shingles...
LEAD_JACCARD_MIN = 0.5
#: ...and the bodies still overlap well beyond what two stories on one topic share (0.053 on dev).
LEAD_SUPPORT_CONTAINMENT = 0.15
#: LSH only proposes candidates, so its threshold sits low: a short reprint inside a long page has a low Jaccard
#: even when its containment is high (1:5 in length gives Jaccard 0.2 at full containment). With 256 permutations
#: datasketch picks 117 bands of 2 rows: a pair is proposed with probability 0.93 at Jaccard 0.15, 0.99 at 0.2.
CANDIDATE_JACCARD = 0.1
#: Leads that merge share half their shingles; at 0.2 (85 bands of 3 rows) such a pair is always proposed.
LEAD_CANDIDATE_JACCARD = 0.2
NUM_PERM = 256
SEED = 1


class DuplicateIndex:
    """Assigns each article to the story it copies, as articles arrive."""

    def __init__(self, num_perm: int = NUM_PERM) -> None:
        self.num_perm = num_perm
        self._body_lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=num_perm)
        self._lead_lsh = MinHashLSH(threshold=LEAD_CANDIDATE_JACCARD, num_perm=num_perm)
        self._fingerprints: dict[str, Fingerprint] = {}
        self._parent: dict[str, str] = {}
        self._arrival: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._fingerprints)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._fingerprints

    def add(self, doc_id: str, text: str) -> str:
        """Index one article and return its cluster id (the id of the first-seen article of its story)."""
        if doc_id in self._fingerprints:
            raise ValueError(f"article {doc_id!r} is already indexed")
        printed = fingerprint(text)
        body_hash, lead_hash = minhash(printed.shingles, self.num_perm), minhash(printed.lead, self.num_perm)
        self._fingerprints[doc_id] = printed
        self._parent[doc_id] = doc_id
        self._arrival[doc_id] = len(self._arrival)
        for other in self._candidates(body_hash, lead_hash, printed):
            if same_story(printed, self._fingerprints[other]):
                self._union(doc_id, other)
        if printed.shingles:
            self._body_lsh.insert(doc_id, body_hash)
        if printed.lead:
            self._lead_lsh.insert(doc_id, lead_hash)
        return self.cluster_of(doc_id)

    def cluster_of(self, doc_id: str) -> str:
        """The current cluster id of an indexed article (it can change when a later copy bridges two stories)."""
        root = doc_id
        while self._parent[root] != root:
            self._parent[root] = self._parent[self._parent[root]]  # path halving keeps lookups flat
            root = self._parent[root]
        return root

    def clusters(self) -> dict[str, str]:
        """Every indexed article's cluster id."""
        return {doc_id: self.cluster_of(doc_id) for doc_id in self._fingerprints}

    def _candidates(self, body_hash: MinHash, lead_hash: MinHash, printed: Fingerprint) -> set[str]:
        found = set(self._body_lsh.query(body_hash)) if printed.shingles else set()
        if printed.lead:
            found.update(self._lead_lsh.query(lead_hash))
        return found

    def _union(self, a: str, b: str) -> None:
        """Join two stories; the earlier-seen root stays canonical."""
        root_a, root_b = self.cluster_of(a), self.cluster_of(b)
        if root_a == root_b:
            return
        first, second = sorted((root_a, root_b), key=self._arrival.__getitem__)
        self._parent[second] = first


def minhash(shingles: frozenset[str], num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash signature of a shingle set (fixed seed: signatures from any process are comparable).

    The seed's permutations are drawn once per process and reused: drawing them took a quarter of each signature.
    The shingles are hashed here, as datasketch's default hash does (the first four bytes of SHA-1, little-endian),
    in one pass whose values are handed over as they are: its hash function, called once per shingle, took half
    of the time of a signature.
    """
    template = _seeded(num_perm)
    signature = MinHash(num_perm=num_perm, seed=SEED, permutations=template.permutations, scheme=template.scheme,
                        hashfunc=int)
    digests = b"".join([sha1(shingle.encode("utf-8")).digest()[:4] for shingle in shingles])
    signature.update_batch(np.frombuffer(digests, dtype="<u4").tolist())  # a minimum: order does not matter
    return signature


@lru_cache(maxsize=None)
def _seeded(num_perm: int) -> MinHash:
    return MinHash(num_perm=num_perm, seed=SEED)


def same_story(a: Fingerprint, b: Fingerprint) -> bool:
    """The exact test behind a merge: near-identical, one inside the other, or the same lead with body support."""
    body_containment = containment(a.shingles, b.shingles)
    if jaccard(a.shingles, b.shingles) >= JACCARD_MIN or body_containment >= CONTAINMENT_MIN:
        return True
    return jaccard(a.lead, b.lead) >= LEAD_JACCARD_MIN and body_containment >= LEAD_SUPPORT_CONTAINMENT


def cluster_documents(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Cluster ``(id, text)`` pairs in the given order; returns id -> cluster id (canonical article's id)."""
    index = DuplicateIndex()
    for doc_id, text in items:
        index.add(doc_id, text)
    return index.clusters()
