"""Run the registered stages over documents: one spaCy pass per batch, then each stage in order."""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator

from spacy.language import Language

from eventwire.document import Document, Failure
from eventwire.nlp.model import load_model
from eventwire.registry import STAGES, Stage, available_stages, build_stage
from eventwire.settings import Settings

log = logging.getLogger(__name__)


class Pipeline:
    """Annotates documents with every available stage (or the ``stages`` asked for), in registry order.

    A stage whose module cannot be imported is disabled with a logged reason; a stage that raises on one
    article leaves a warning on that article and the batch goes on.
    """

    def __init__(self, settings: Settings | None = None, stages: Iterable[str] | None = None,
                 nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp or load_model()
        wanted = list(stages or self.settings.stages or available_stages())
        if "entities" not in wanted:
            wanted.insert(0, "entities")  # every stage reads sentences
        order = list(available_stages())
        self.stages: list[Stage] = []
        self.disabled: dict[str, str] = {}
        #: CPU seconds of the annotating thread per stage ("spacy": the parse). CPU, not wall time: processes
        #: sharing cores would otherwise count their waits for a core as work of whatever stage was running.
        self.timings: dict[str, float] = defaultdict(float)
        for name in sorted(wanted, key=order.index):
            try:
                self.stages.append(build_stage(name, self.settings))
            except (ImportError, AttributeError) as exc:
                self.disabled[name] = f"not available: {exc}"
                log.warning("Disabled stage %s: %s", name, exc)

    @property
    def stage_names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def annotate(self, documents: Iterable[Document]) -> Iterator[Document | Failure]:
        """Yield each document annotated, or a :class:`Failure` for one too long to parse."""
        limit = self.settings.max_article_chars
        accepted = self._refuse_oversized(documents, limit)
        pairs = ((item.text if isinstance(item, Document) else "", item) for item in self._timed(accepted, "read"))
        parses = (parse for batch in _batches(pairs, self.settings.batch_size, self.settings.batch_chars)
                  for parse in self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        for parsed, document in self._timed(parses, "spacy", excluding="read"):
            if isinstance(document, Failure):
                yield document
                continue
            self.apply(document, parsed)
            yield document

    def warm_up(self) -> None:
        """Annotate one short text so every table a stage loads lazily is loaded now, before workers fork."""
        sample = Document(text="Officials in Paris said on Monday that the two governments would resume talks.",
                          date="2020-01-06")
        list(self.annotate([sample]))
        self.timings.clear()

    def apply(self, document: Document, parsed) -> Document:
        """Run every stage on one parsed document; a stage error becomes a warning on the document."""
        for stage in self.stages:
            started = time.thread_time()
            try:
                stage(document, parsed)
            except Exception as exc:  # noqa: BLE001 - one article's bad luck must not stop the batch
                log.exception("stage %s failed on %s", stage.name, document.id)
                document.warnings.append(f"{stage.name}: {type(exc).__name__}: {exc}")
            self.timings[stage.name] += time.thread_time() - started
        return document

    def _timed(self, items: Iterator, name: str, excluding: str | None = None) -> Iterator:
        """Yield from ``items``, adding the time spent producing each item to ``self.timings[name]``.

        spaCy pulls the input lazily, so reading articles happens inside the parse; the time the ``excluding``
        timer counted meanwhile is taken out, leaving the parse alone under ``name``.
        """
        while True:
            started = time.thread_time()
            before = self.timings[excluding] if excluding else 0.0
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                inner = (self.timings[excluding] - before) if excluding else 0.0
                self.timings[name] += time.thread_time() - started - inner
            yield item

    @staticmethod
    def _refuse_oversized(documents: Iterable[Document], limit: int) -> Iterator[Document | Failure]:
        for doc in documents:
            if isinstance(doc, Document) and len(doc.text) > limit:  # a reader's Failure passes through
                yield Failure(doc.source or doc.id, f"article too long: {len(doc.text):,} characters "
                              f"(limit {limit:,}; set max_article_chars to raise it)", "too-large", "annotate")
            else:
                yield doc


__all__ = ["Pipeline", "STAGES"]


def _batches(pairs: Iterable[tuple[str, object]], size: int, chars: int) -> Iterator[list[tuple[str, object]]]:
    """``(text, item)`` pairs in batches of at most ``size`` articles and ``chars`` characters (a longer article
    goes alone). spaCy's working memory grows with the tokens of a batch: 32 long articles held twice the
    memory of 32 short ones (a worker swung between 0.5 and 1.1 GB on the shared news corpus)."""
    batch: list[tuple[str, object]] = []
    total = 0
    for pair in pairs:
        if batch and (len(batch) >= size or total + len(pair[0]) > chars):
            yield batch
            batch, total = [], 0
        batch.append(pair)
        total += len(pair[0])
    if batch:
        yield batch
