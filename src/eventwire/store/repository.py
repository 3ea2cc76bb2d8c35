"""The store: documents, runs and failures in SQLite or PostgreSQL, one transaction per article.

Saving is idempotent: the article row is upserted by id and its annotations are deleted and written again in
the same transaction, so re-ingesting an article (even from two processes at once) never duplicates rows.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Self, TypeVar

from sqlalchemy import Engine, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from eventwire.document import Document, Failure
from eventwire.store.bulk import insert_rows
from eventwire.store.convert import ANNOTATIONS, annotation_rows, article_values, build_document
from eventwire.store.engine import make_engine, write_engine
from eventwire.store.migrate import upgrade
from eventwire.store.models import Article, Base, FailureRow, IngestionRun, data_version_table

T = TypeVar("T")

_UPSERT_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}
#: SQLite "database is locked" arrives as OperationalError; PostgreSQL deadlock / serialization failure codes.
_TRANSIENT_SQLSTATES = {"40P01", "40001"}
LOCK_RETRIES = 5
LOCK_BACKOFF_SECONDS = 0.2
#: The document lists a reader may ask for by name (``iter_documents(annotations=...)``).
_ANNOTATION_NAMES = frozenset(attribute for attribute, _, _ in ANNOTATIONS)


class Store:
    """Everything eventwire keeps, behind the methods below.

    ``session`` is a sessionmaker for read queries (the API): each session reads one consistent snapshot.
    Write through the methods, which take the write lock up front and retry when the database is busy.
    """

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        backend = make_url(url).get_backend_name()
        if backend not in _UPSERT_INSERT:
            raise ValueError(f"unsupported database {backend!r}: use SQLite or PostgreSQL")
        self.engine: Engine = make_engine(url)
        if migrate:
            self.migrate()
        reader = self.engine
        if self.engine.dialect.name == "postgresql":  # one snapshot per read, like SQLite's WAL readers
            reader = self.engine.execution_options(isolation_level="REPEATABLE READ")
        self.session: sessionmaker[Session] = sessionmaker(reader, expire_on_commit=False)
        self._writer: sessionmaker[Session] = sessionmaker(write_engine(self.engine), expire_on_commit=False)

    def migrate(self) -> None:
        """Create or upgrade the schema to the newest migration."""
        upgrade(write_engine(self.engine))

    def start_run(self, args: dict, *, resumed_from: int | None = None) -> int:
        def add(session: Session) -> int:
            run = IngestionRun(started_at=_utcnow(), args=_jsonable(args), status="running",
                               resumed_from=resumed_from)
            session.add(run)
            session.flush()
            return run.id

        return self._write(add)

    def finish_run(self, run_id: int, counts: dict, status: str = "finished") -> None:
        statement = (update(IngestionRun).where(IngestionRun.id == run_id)
                     .values(finished_at=_utcnow(), counts=_jsonable(counts), status=status))
        self._write(lambda session: session.execute(statement))

    def save_document(self, document: Document, run_id: int | None = None, *,
                      then: Callable[[Session, bool], Any] | None = None) -> bool:
        """Store ``document`` and its warnings; True if the article is new, False if it replaced a stored one.

        ``then(session, is_new)`` runs in the same transaction, for tables derived from the article (such as the
        cross-article clusters of :mod:`eventwire.dedup`): one commit per article, and never one without the other.
        """
        def work(session: Session) -> bool:
            is_new = self._save(session, document, run_id)
            if then is not None:
                then(session, is_new)
            return is_new

        return self._write(work)

    def transaction(self, work: Callable[[Session], T]) -> T:
        """Run ``work(session)`` in one write transaction (lock taken up front, retried when busy): for stages
        that keep derived tables, such as :mod:`eventwire.dedup.stored`, after an article is saved."""
        return self._write(work)

    def record_failure(self, run_id: int | None, failure: Failure) -> None:
        row = {"run_id": run_id, "source": failure.source, "code": failure.code, "reason": failure.reason,
               "stage": failure.stage, "severity": "error", "created_at": _utcnow()}
        self._write(lambda session: session.execute(insert(FailureRow), [row]))

    def get_document(self, article_id: str) -> Document | None:
        with self.session() as session:
            documents = _load_documents(session, [article_id])
        return documents[0] if documents else None

    def iter_documents(self, batch_size: int = 200,
                       annotations: Collection[str] | None = None) -> Iterator[Document]:
        """Every stored document in id order, read in batches (by id range, so concurrent writes do no harm).

        ``annotations`` names the document lists to load (``("events",)``), the others are left empty: a reader
        that needs only a few (an export) need not pay for reading all of them. None loads everything."""
        last_id: str | None = None
        while True:
            statement = select(Article.id).order_by(Article.id).limit(batch_size)
            if last_id is not None:
                statement = statement.where(Article.id > last_id)
            with self.session() as session:
                ids = list(session.scalars(statement))
                if not ids:
                    return
                documents = _load_documents(session, ids, annotations)
            yield from documents
            last_id = ids[-1]

    def find_articles(self, prefix: str, limit: int | None = None) -> list[str]:
        """Ids starting with ``prefix`` (the short ids people copy), the first ``limit`` of them."""
        statement = (select(Article.id).where(Article.id.startswith(prefix, autoescape=True)).order_by(Article.id)
                     .limit(limit))
        with self.session() as session:
            return list(session.scalars(statement))

    def has_article(self, article_id: str) -> bool:
        with self.session() as session:
            return session.scalar(select(Article.id).where(Article.id == article_id)) is not None

    def counts(self) -> dict[str, int]:
        with self.session() as session:
            return {table.name: session.scalar(select(func.count()).select_from(table))
                    for table in Base.metadata.sorted_tables}

    def failures(self, run_id: int | None = None) -> list[dict]:
        statement = select(FailureRow.__table__).order_by(FailureRow.id)
        if run_id is not None:
            statement = statement.where(FailureRow.run_id == run_id)
        return self._rows(statement)

    def runs(self) -> list[dict]:
        return self._rows(select(IngestionRun.__table__).order_by(IngestionRun.id))

    def latest_run(self, matching: Callable[[dict], bool]) -> dict | None:
        """The newest run whose row satisfies ``matching``, reading from the newest back and stopping there."""
        statement = select(IngestionRun.__table__).order_by(IngestionRun.id.desc())
        with self.session() as session:
            for row in session.execute(statement.execution_options(yield_per=100)).mappings():
                if matching(dict(row)):
                    return dict(row)
        return None

    def data_version(self, session: Session) -> int:
        """How many write transactions the store has committed (as seen by ``session``'s snapshot): equal
        numbers mean equal data, so readers may reuse what they computed for that number."""
        return session.scalar(select(data_version_table.c.version).where(data_version_table.c.id == 1)) or 0

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _save(self, session: Session, document: Document, run_id: int | None) -> bool:
        """Core statements built once (see :mod:`eventwire.store.bulk`): building one costs more than running it."""
        now = _utcnow()
        # every way in (CLI, API, Ray) gets the GDELT DATEADDED of its exports; an earlier stamp is kept
        document.meta.setdefault("ingested_at", now.strftime("%Y-%m-%dT%H:%M:%S"))
        is_new = self._upsert_article(session, document, now)
        for model, rows in annotation_rows(document).items():
            if not is_new:  # a new article has nothing to replace: skipping the deletes halves the statements
                session.execute(_delete_of_article(model.__table__), {"article_id": document.id})
            if rows:
                insert_rows(session, model.__table__, rows)
        if not is_new:
            session.execute(delete(FailureRow).where(FailureRow.article_id == document.id,
                                                     FailureRow.severity == "warning"))
        if document.warnings:
            insert_rows(session, FailureRow.__table__, _warning_rows(document, run_id, now))
        return is_new

    def _upsert_article(self, session: Session, document: Document, now: datetime) -> bool:
        """Insert or update the article row; it is new when the row kept the ``created_at`` given here."""
        values = {**article_values(document), "created_at": now, "updated_at": now}
        statement = _article_upsert(self.engine.dialect.name, tuple(values))
        return session.execute(statement, values).scalar_one() == now

    def _write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one write transaction, retrying when another writer holds the lock."""
        attempt = 0
        while True:
            try:
                with self._writer.begin() as session:
                    result = work(session)
                    self._bump_data_version(session)  # last, so PostgreSQL holds that row's lock only to commit
                    return result
            except OperationalError as exc:
                attempt += 1
                if attempt >= LOCK_RETRIES or not _is_transient(exc):
                    raise
                time.sleep(LOCK_BACKOFF_SECONDS * 2 ** (attempt - 1))

    def _bump_data_version(self, session: Session) -> None:
        session.execute(_data_version_bump(self.engine.dialect.name))

    def _rows(self, statement) -> list[dict]:
        with self.session() as session:
            return [dict(row) for row in session.execute(statement).mappings()]


@lru_cache(maxsize=None)
def _delete_of_article(table: Table):
    return delete(table).where(table.c.article_id == bindparam("article_id"))


@lru_cache(maxsize=None)
def _article_upsert(dialect: str, columns: tuple[str, ...]):
    """Insert the article row, or update every given column but ``created_at``; returns ``created_at``."""
    table = Article.__table__
    statement = _UPSERT_INSERT[dialect](table)
    changes = {name: statement.excluded[name] for name in columns if name not in ("id", "created_at")}
    return (statement.on_conflict_do_update(index_elements=[table.c.id], set_=changes)
            .returning(table.c.created_at))


@lru_cache(maxsize=None)
def _data_version_bump(dialect: str):
    statement = _UPSERT_INSERT[dialect](data_version_table).values(id=1, version=1)
    return statement.on_conflict_do_update(index_elements=[data_version_table.c.id],
                                           set_={"version": data_version_table.c.version + 1})


def _load_documents(session: Session, article_ids: list[str],
                    wanted: Collection[str] | None = None) -> list[Document]:
    """The stored documents with these ids, in the order given: one query per table, not per article.

    Only the annotation lists named in ``wanted`` are read (all when None)."""
    if wanted is not None and not set(wanted) <= _ANNOTATION_NAMES:
        raise ValueError(f"unknown annotations {sorted(set(wanted) - _ANNOTATION_NAMES)}; "
                         f"known: {', '.join(sorted(_ANNOTATION_NAMES))}")
    articles = {article.id: article for article in session.scalars(select(Article).where(Article.id.in_(article_ids)))}
    annotations: dict[str, dict[str, list]] = {article_id: defaultdict(list) for article_id in articles}
    for attribute, model, _ in ANNOTATIONS:
        if wanted is not None and attribute not in wanted:
            continue
        rows = session.scalars(select(model).where(model.article_id.in_(articles)).order_by(model.position))
        for row in rows:
            annotations[row.article_id][attribute].append(row)
    warnings: dict[str, list[str]] = defaultdict(list)
    for article_id, reason in session.execute(
            select(FailureRow.article_id, FailureRow.reason).where(FailureRow.article_id.in_(articles),
                                                                   FailureRow.severity == "warning")
            .order_by(FailureRow.id)):
        warnings[article_id].append(reason)
    return [build_document(articles[article_id], annotations[article_id], warnings[article_id])
            for article_id in article_ids if article_id in articles]


def _warning_rows(document: Document, run_id: int | None, now: datetime) -> list[dict[str, Any]]:
    """A stage warning "geo: ValueError: ..." becomes a failure row with code "geo" and the full text as reason."""
    rows = []
    for warning in document.warnings:
        code, colon, _ = warning.partition(":")
        rows.append({"run_id": run_id, "article_id": document.id, "source": document.source or document.id,
                     "code": code.strip() if colon else "warning", "reason": warning, "stage": "annotate",
                     "severity": "warning", "created_at": now})
    return rows


def _is_transient(exc: OperationalError) -> bool:
    return "database is locked" in str(exc.orig) or getattr(exc.orig, "sqlstate", None) in _TRANSIENT_SQLSTATES


def _jsonable(value: dict) -> dict:
    """Arguments as JSON can hold them (paths and other objects become strings)."""
    return json.loads(json.dumps(value, default=str))


def _utcnow() -> datetime:
    """Naive UTC: both backends store it unchanged, so a value written can be compared with the value read."""
    return datetime.now(UTC).replace(tzinfo=None)
