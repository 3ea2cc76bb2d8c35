"""After an article is saved: place it in its near-duplicate story, then its events in cross-article events."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from eventwire.dedup.events import resolve_article_events
from eventwire.dedup.stored import FirstSave, assign_article_cluster
from eventwire.document import Document
from eventwire.store import Store


@dataclass(frozen=True)
class Resolution:
    article_cluster: str  # the canonical article's id
    event_clusters: frozenset[int]


def resolve_in(session: Session, article_id: str, first_save: FirstSave | None = None) -> Resolution:
    """Cluster a saved article and its events inside the caller's transaction (see :func:`resolve_article`).

    The story comes first: event counts read ``articles.cluster_id`` to count stories and outlet-less sources.
    ``first_save`` (the article was inserted for the first time in this transaction) skips the look-ups and
    clean-ups that only an article stored before can need.
    """
    story = assign_article_cluster(session, article_id, first_save)
    return Resolution(story, frozenset(resolve_article_events(session, article_id, story, first_save)))


def resolve_article(store: Store, article_id: str) -> Resolution:
    """One transaction, so a concurrent writer never sees an article clustered but its events not yet counted."""
    return store.transaction(lambda session: resolve_in(session, article_id))


def save_and_resolve(store: Store, document: Document, run_id: int | None = None) -> bool:
    """Save an annotated article and resolve it in one transaction: one commit, never one without the other.

    Returns True when the article is new (as :meth:`Store.save_document`)."""
    def resolve(session: Session, is_new: bool) -> Resolution:
        first_save = FirstSave(document.text, document.date) if is_new else None
        return resolve_in(session, document.id, first_save)

    return store.save_document(document, run_id, then=resolve)
