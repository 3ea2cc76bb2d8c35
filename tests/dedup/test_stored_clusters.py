"""Stored near-duplicate clusters: copies join the first-stored article's story across processes and re-saves."""

from __future__ import annotations

import json
from datetime import datetime

from alembic import command
from datasketch import MinHash, MinHashLSH
from sqlalchemy import select, text

from eventwire.dedup.index import CANDIDATE_JACCARD, LEAD_CANDIDATE_JACCARD, NUM_PERM, SEED, minhash
from eventwire.dedup.resolve import resolve_article
from eventwire.dedup.similarity import fingerprint
from eventwire.dedup.stored import BODY_BANDING, LEAD_BANDING, band_keys
from eventwire.document import Document
from eventwire.store import Store
from eventwire.store.migrate import alembic_config
from eventwire.store.models import Article, ArticleBand, article_id_hash
from tests.dedup.test_dedup import BRIDGE_STORY, BUDGET_STORY, _boilerplated, _trimmed, _updated


def _save(store: Store, doc_id: str, text: str, outlet: str | None = None) -> str:
    store.save_document(Document(text, id=doc_id, outlet=outlet))
    return resolve_article(store, doc_id).article_cluster


def _clusters(store: Store) -> dict[str, str]:
    with store.session() as session:
        return dict(session.execute(select(Article.id, Article.cluster_id)).all())


def test_stored_copy_joins_the_canonical_article(store):
    _save(store, "original", BRIDGE_STORY)
    assert _save(store, "reprint", _boilerplated(BRIDGE_STORY)) == "original"


def test_stored_other_story_starts_its_own_cluster(store):
    _save(store, "bridge", BRIDGE_STORY)
    assert _save(store, "budget", BUDGET_STORY) == "budget"


def test_stored_clustering_continues_in_a_new_process(store_url):
    with Store(store_url, migrate=False) as first_process:
        _save(first_process, "original", BRIDGE_STORY)
    with Store(store_url, migrate=False) as second_process:
        assert _save(second_process, "update", _updated(BRIDGE_STORY)) == "original"


def test_stored_bridging_copy_merges_two_stories_under_the_earliest(store):
    combined = BRIDGE_STORY + "\n\n" + BUDGET_STORY
    _save(store, "bridge", BRIDGE_STORY)
    _save(store, "budget", BUDGET_STORY)
    _save(store, "both", combined)
    assert set(_clusters(store).values()) == {"bridge"}


def test_stored_resaving_an_article_keeps_one_set_of_band_keys(store):
    _save(store, "original", BRIDGE_STORY)
    _save(store, "original", BRIDGE_STORY)
    with store.session() as session:
        stored = set(session.scalars(select(ArticleBand.band_key)))
    assert stored == band_keys(BRIDGE_STORY)


def test_stored_banding_is_what_datasketch_picks_for_the_candidate_thresholds():
    for threshold, banding in ((CANDIDATE_JACCARD, BODY_BANDING), (LEAD_CANDIDATE_JACCARD, LEAD_BANDING)):
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        assert (lsh.b, lsh.r) == banding


def test_stored_signatures_equal_a_freshly_seeded_minhash():
    """Reusing the seed's permutations must not change a signature (stored band keys are derived from it)."""
    shingles = fingerprint(BUDGET_STORY).shingles
    fresh = MinHash(num_perm=NUM_PERM, seed=SEED)
    fresh.update_batch([shingle.encode("utf-8") for shingle in sorted(shingles)])
    minhash(fingerprint(BRIDGE_STORY).shingles)  # an earlier signature must leave the shared permutations alone
    assert list(minhash(shingles).hashvalues) == list(fresh.hashvalues)


def test_stored_canonical_keeps_its_role_when_resaved(store):
    _save(store, "original", BRIDGE_STORY)
    _save(store, "trimmed", _trimmed(BRIDGE_STORY))
    assert _save(store, "original", BRIDGE_STORY) == "original"
    assert _clusters(store) == {"original": "original", "trimmed": "original"}


def test_stored_clusters_match_the_dev_gold_stories(tmp_path, shared):
    """Stored clustering decides like the in-memory index: every gold story is one cluster, no two share one."""
    records = [json.loads(line) for line in
               (shared / "gold/dedup/polnear_dev_variants.jsonl").read_text(encoding="utf-8").splitlines()]
    with Store(f"sqlite:///{tmp_path / 'dev.sqlite3'}") as store:
        found = {record["id"]: _save(store, record["id"], record["text"]) for record in records}
    stories: dict[str, set[str]] = {}
    for record in records:
        stories.setdefault(record["cluster"], set()).add(found[record["id"]])
    assert all(len(clusters) == 1 for clusters in stories.values())
    assert len({next(iter(clusters)) for clusters in stories.values()}) == len(stories)


def test_stored_band_rows_name_the_article_by_its_id_hash(store):
    _save(store, "original", BRIDGE_STORY)
    with store.session() as session:
        owners = set(session.scalars(select(ArticleBand.article_hash)))
        id_hash = session.scalar(select(Article.id_hash).where(Article.id == "original"))
    assert owners == {id_hash} == {article_id_hash("original")}


def test_stored_keys_carry_over_the_0007_migration(store_url):
    """A database clustered before band rows held the id hash keeps its keys and clusters copies after upgrading."""
    config = alembic_config()
    with Store(store_url, migrate=False) as store:
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
        with store.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO articles (id, related, text, paragraphs, meta, content_hash, created_at, updated_at, "
                "cluster_id) VALUES ('original', '[]', :body, '[]', '{}', '', :now, :now, 'original')"),
                {"body": BRIDGE_STORY, "now": datetime(2026, 1, 1)})
            connection.execute(text("INSERT INTO article_bands (article_id, band_key) VALUES ('original', :key)"),
                               [{"key": key} for key in band_keys(BRIDGE_STORY)])
        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        with store.session() as session:
            carried = set(session.execute(select(ArticleBand.band_key, ArticleBand.article_hash)))
        assert carried == {(key, article_id_hash("original")) for key in band_keys(BRIDGE_STORY)}
        assert _save(store, "reprint", _boilerplated(BRIDGE_STORY)) == "original"


def test_stored_articles_whose_id_hashes_collide_keep_their_own_keys(store, monkeypatch):
    """Every id hashing alike (salt aside): the second article takes the next free hash and still clusters."""
    monkeypatch.setattr("eventwire.dedup.stored.article_id_hash", lambda article_id, salt=0: salt)
    _save(store, "bridge", BRIDGE_STORY)
    _save(store, "budget", BUDGET_STORY)
    assert _save(store, "reprint", _boilerplated(BRIDGE_STORY)) == "bridge"
    _save(store, "budget", BUDGET_STORY)
    with store.session() as session:
        hashes = dict(session.execute(select(Article.id, Article.id_hash)).all())
        owners = set(session.scalars(select(ArticleBand.article_hash).distinct()))
    assert hashes == {"bridge": 0, "budget": 1, "reprint": 2}
    assert owners == {0, 1, 2}
