"""Near-duplicate articles: reprints, syndicated copies, copy-edits and updates of one story share a cluster."""

from eventwire.dedup.index import DuplicateIndex, cluster_documents, same_story
from eventwire.dedup.similarity import containment, fingerprint, jaccard

__all__ = ["DuplicateIndex", "cluster_documents", "containment", "fingerprint", "jaccard", "same_story"]
