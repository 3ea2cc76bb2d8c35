"""After an article is saved: place it in its near-duplicate story, then its events in cross-article events."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from eventwire.dedup.events import resolve_article_events
from eventwire.dedup.stored import assign_article_cluster
from eventwire.store import Store


@dataclass(frozen=True)
class Resolution:
    article_cluster: str  # the canonical article's id
    event_clusters: frozenset[int]


def resolve_article(store: Store, article_id: str) -> Resolution:
    """One transaction, so a concurrent writer never sees an article clustered but its events not yet counted.

    The story comes first: event counts read ``articles.cluster_id`` to count stories and outlet-less sources.
    """
    def work(session: Session) -> Resolution:
        story = assign_article_cluster(session, article_id)
        return Resolution(story, frozenset(resolve_article_events(session, article_id)))

    return store.transaction(work)
