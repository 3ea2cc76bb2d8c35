"""Near-duplicate clustering that lives in the database, so articles arriving in any process or run cluster alike.

Each article's MinHash signature is cut into LSH bands (the same banding as :class:`DuplicateIndex`) and every
band is stored as one 64-bit key in ``article_bands``, beside the article's ``id_hash``. An arriving article's
candidates are the articles sharing a key (one indexed lookup), the exact :func:`same_story` test on their texts
decides, and ``articles.cluster_id`` names the story by its canonical article: the earliest stored (``created_at``)
of the clusters it joins.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from datasketch import MinHash
from sqlalchemy import JSON, BigInteger, any_, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from eventwire.dedup.index import minhash, same_story
from eventwire.dedup.similarity import Fingerprint, fingerprint
from eventwire.store.bulk import insert_rows
from eventwire.store.models import Article, ArticleBand, article_id_hash


# Statements on every article's path, built once: building one costs several times what running it does.
_ARTICLES, _BANDS = Article.__table__, ArticleBand.__table__
_SET_CLUSTER = (update(_ARTICLES).where(_ARTICLES.c.id == bindparam("article_id"))
                .values(cluster_id=bindparam("cluster_id"), id_hash=bindparam("id_hash")))
_ID_HASH_OWNER = select(_ARTICLES.c.id).where(_ARTICLES.c.id_hash == bindparam("id_hash"))


@lru_cache(maxsize=None)
def _candidates(dialect: str):
    """Articles sharing one of the ``keys`` with ``article_id``. The ~200 keys travel as one parameter (a PostgreSQL
    array, a JSON list that SQLite's ``json_each`` reads): an IN list of 200 parameters had to be rendered and
    planned again for every article, and cost as much as the rest of the look-up."""
    if dialect == "postgresql":
        shared = _BANDS.c.band_key == any_(bindparam("keys", type_=postgresql.ARRAY(BigInteger)))
    else:
        shared = _BANDS.c.band_key.in_(select(func.json_each(bindparam("keys", type_=JSON)).table_valued("value")))
    sharing = select(_BANDS.c.article_hash).where(shared, _BANDS.c.article_hash != bindparam("id_hash")).distinct()
    return select(_ARTICLES.c.id, _ARTICLES.c.text, _ARTICLES.c.cluster_id).where(_ARTICLES.c.id_hash.in_(sharing))


@dataclass(frozen=True)
class FirstSave:
    """An article inserted for the first time in the current transaction, with its text and date at hand.

    Nothing of it was stored before (no band keys, event memberships, or articles naming it canonical), and the
    insert holds its row lock, so resolving it needs none of the look-ups and clean-ups a re-save does.
    """

    text: str
    date: str | None


#: (bands, rows per band) for the body and the lead: what datasketch's MinHashLSH picks for CANDIDATE_JACCARD and
#: LEAD_CANDIDATE_JACCARD at NUM_PERM permutations, so stored candidates have the in-memory index's recall.
#: Pinned rather than recomputed (a numerical optimisation costing ~0.1 s per process): the stored keys depend on
#: them, so they must not move with a datasketch upgrade; a test checks they still match.
BODY_BANDING = (117, 2)
LEAD_BANDING = (85, 3)


def _keys(signature: MinHash, kind: bytes, banding: tuple[int, int]) -> set[int]:
    """One key per band: a hash of the band's hash values (sliced from one copy of them, not one per band)."""
    bands, rows = banding
    values, width = signature.hashvalues.tobytes(), rows * signature.hashvalues.itemsize
    keys = set()
    for band in range(bands):
        digest = hashlib.blake2b(kind + band.to_bytes(2, "big") + values[band * width:(band + 1) * width],
                                 digest_size=8).digest()
        keys.add(int.from_bytes(digest, "big", signed=True))  # signed: fits BIGINT on every backend
    return keys


def band_keys(text: str | Fingerprint) -> set[int]:
    """The article's body and lead band keys (tagged, so a body band never meets a lead band)."""
    printed = text if isinstance(text, Fingerprint) else fingerprint(text)
    keys = set()
    if printed.shingles:
        keys |= _keys(minhash(printed.shingles), b"body", BODY_BANDING)
    if printed.lead:
        keys |= _keys(minhash(printed.lead), b"lead", LEAD_BANDING)
    return keys


def assign_article_cluster(session: Session, article_id: str, first_save: FirstSave | None = None) -> str:
    """Cluster a saved article among the stored ones and return its cluster id (the canonical article's id).

    Re-running it for the same article (re-ingestion) replaces its band keys and re-decides its cluster; an
    article that other articles already name as canonical keeps that role.
    """
    id_hash = _free_id_hash(session, article_id)
    if first_save is not None:
        text = first_save.text
    else:
        # FOR UPDATE: two processes resolving the same article take turns (PostgreSQL), so the second deletes the
        # first one's band keys before inserting its own instead of hitting pk_article_bands.
        text = session.scalar(select(Article.text).where(Article.id == article_id).with_for_update())
        if text is None:
            raise KeyError(f"article {article_id!r} is not stored")
        session.execute(delete(ArticleBand).where(ArticleBand.article_hash == id_hash))
    printed = fingerprint(text)
    keys = band_keys(printed)
    clusters = _duplicate_clusters(session, id_hash, printed, keys)
    if first_save is None and session.scalar(
            select(Article.id).where(Article.cluster_id == article_id, Article.id != article_id).limit(1)):
        clusters.add(article_id)
    canonical = _earliest(session, clusters) if clusters else article_id
    if clusters - {canonical}:
        session.execute(update(Article).where(Article.cluster_id.in_(clusters - {canonical}))
                        .values(cluster_id=canonical))
    session.execute(_SET_CLUSTER, {"article_id": article_id, "cluster_id": canonical, "id_hash": id_hash})
    if keys:
        insert_rows(session, _BANDS, [{"band_key": key, "article_hash": id_hash} for key in sorted(keys)])
    return canonical


def _free_id_hash(session: Session, article_id: str) -> int:
    """The article's ``id_hash``: the one it has, else the first :func:`article_id_hash` no other article took."""
    salt = 0
    while session.scalar(_ID_HASH_OWNER, {"id_hash": article_id_hash(article_id, salt)}) not in (None, article_id):
        salt += 1
    return article_id_hash(article_id, salt)


def _duplicate_clusters(session: Session, id_hash: int, printed: Fingerprint, keys: set[int]) -> set[str]:
    """Clusters of the stored articles that share a band with this one and pass the exact test."""
    if not keys:
        return set()
    found = set()
    candidates = _candidates(session.get_bind().dialect.name)
    for other_id, other_text, cluster_id in session.execute(candidates, {"keys": sorted(keys), "id_hash": id_hash}):
        if same_story(printed, fingerprint(other_text)):
            found.add(cluster_id or other_id)
    return found


def _earliest(session: Session, article_ids: set[str]) -> str:
    """The first stored of these articles (ties by id): the canonical article of the merged story."""
    statement = (select(Article.id).where(Article.id.in_(article_ids))
                 .order_by(Article.created_at, Article.id).limit(1))
    return session.scalar(statement) or min(article_ids)
