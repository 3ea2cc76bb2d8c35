"""Near-duplicate articles: reprints, syndicated copies, copy-edits and updates of one story share a cluster.

:mod:`eventwire.dedup.index` clusters in memory; :mod:`eventwire.dedup.stored` keeps the clustering in the
database and :mod:`eventwire.dedup.events` merges reports of one real-world event across articles
(:func:`eventwire.dedup.resolve.resolve_article` runs both after an article is saved).
"""

from eventwire.dedup.index import DuplicateIndex, cluster_documents, same_story
from eventwire.dedup.similarity import containment, fingerprint, jaccard

__all__ = ["DuplicateIndex", "cluster_documents", "containment", "fingerprint", "jaccard", "same_story"]
