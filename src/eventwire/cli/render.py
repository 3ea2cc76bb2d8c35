"""Rich tables for the command line: how an article, a run or an evaluation looks in a terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from eventwire.document import Document

if TYPE_CHECKING:  # the runner pulls in spaCy and the dedup index: commands that only read the store skip them
    from eventwire.runner import IngestSummary


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def run_summary(console: Console, summary: IngestSummary) -> None:
    table = Table(title=f"Ingestion run {summary.run_id}", show_header=False)
    table.add_row("new articles stored", str(summary.stored_new))
    table.add_row("articles updated in place", str(summary.updated))
    table.add_row("already stored (resumed past)", str(summary.skipped_existing))
    if summary.resumed_from:
        table.add_row("resumed run", f"{summary.resumed_from} (it did not finish)")
    table.add_row("failed", str(summary.failed))
    table.add_row("warnings", str(summary.warnings))
    table.add_row("time", f"{summary.seconds:.1f} s ({summary.articles_per_second:.1f} articles/s)")
    console.print(table)
    for stage, reason in summary.disabled_stages.items():
        console.print(f"[yellow]stage {stage} disabled[/]: {escape(reason)}")
    if summary.failures:
        failures = Table(title="Failures", title_style="red")
        failures.add_column("source")
        failures.add_column("code")
        failures.add_column("reason")
        for failure in summary.failures:
            failures.add_row(escape(failure.source), failure.code, escape(failure.reason))
        console.print(failures)


def article(console: Console, doc: Document) -> None:
    """An article with everything eventwire found in it, each fact next to the words it came from."""
    head = Table(show_header=False, title=escape(doc.title or doc.id))
    for label, value in (("id", doc.id), ("date", doc.date), ("outlet", doc.outlet), ("url", doc.url),
                         ("author", doc.author), ("source", doc.source)):
        if value:
            head.add_row(label, escape(value))
    for related in doc.related:
        head.add_row("related", escape(related))
    head.add_row("size", f"{len(doc.text):,} characters, {len(doc.paragraphs)} paragraphs, "
                         f"{len(doc.sentences)} sentences")
    console.print(head)
    _table(console, "Actors", ("span", "text", "code", "canonical", "kind"),
           [((a.start, a.end), doc.text[a.start:a.end], a.code, a.canonical, a.kind) for a in doc.actors])
    _table(console, "Events", ("evidence", "event", "source → target", "when, where", "modality"),
           [(e.evidence, _lines(f"{e.type} {e.cameo or ''}".strip(), e.mode), _lines(_ref(e.source), f"→ {_ref(e.target)}"),
             _lines(e.date, e.location), _modality(e)) for e in doc.events])
    _table(console, "Quotes", ("kind", "speaker", "code", "content"),
           [(q.kind, q.speaker_text, q.speaker_code, q.quoted_text(doc.text)) for q in doc.quotes])
    _table(console, "Claims", ("holder", "stance", "content"),
           [(c.holder, c.stance, doc.text[c.content[0]:c.content[1]]) for c in doc.claims])
    _table(console, "Times", ("span", "text", "type", "value"),
           [((t.start, t.end), doc.text[t.start:t.end], t.type, t.value) for t in doc.timexes])
    _table(console, "Places", ("span", "name", "lat, lon", "country", "metonym"),
           [((p.start, p.end), p.name, _coords(p.lat, p.lon), p.country, "yes" if p.metonym else "")
            for p in doc.places])
    _table(console, "Entities", ("span", "text", "label"),
           [((e.start, e.end), doc.text[e.start:e.end], e.label) for e in doc.entities])
    for warning in doc.warnings:
        console.print(f"[yellow]warning[/]: {escape(warning)}")


def _table(console: Console, title: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    if not rows:
        console.print(f"[dim]{title}: none[/]")
        return
    table = Table(title=f"{title} ({len(rows)})")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
    console.print(table)


def _cell(value) -> str:
    """A value as table text; article text is escaped, so "[bold]" in an article is shown, not obeyed."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return f"{value[0]}–{value[1]}"
    if isinstance(value, list):
        return "\n".join(_cell(part) for part in value if part)
    return escape(_clip(str(value)))


def _lines(*parts: str | None) -> list[str | None]:
    """Several short facts in one cell, one per line (a table of many narrow columns does not fit a terminal)."""
    return list(parts)


def _ref(ref) -> str:
    if ref is None:
        return ""
    return f"{ref.text} [{ref.code}]" if ref.code else ref.text


def _modality(event) -> str:
    flags = [name for name in ("negated", "hypothetical", "denied") if getattr(event, name)]
    if event.reported_by:
        flags.append(f"reported by {event.reported_by}")
    return ", ".join(flags)


def _coords(lat, lon) -> str:
    return "" if lat is None or lon is None else f"{lat:.3f}, {lon:.3f}"


def bench_report(console: Console, report) -> None:
    table = Table(title=f"Benchmark: {report.articles} articles, {report.sentences} sentences, "
                        f"{report.workers} worker(s)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("articles/s", f"{report.articles_per_second:.2f}")
    table.add_row("sentences/s", f"{report.sentences_per_second:.1f}")
    table.add_row("total time", f"{report.seconds_total:.1f} s")
    for stage, seconds in sorted(report.stage_seconds.items(), key=lambda kv: -kv[1]):
        table.add_row(f"  {stage}", f"{seconds:.1f} s")
    table.add_row("  reading", f"{report.seconds_read:.1f} s")
    table.add_row("  storing", f"{report.seconds_store:.1f} s")
    table.add_row("share of annotation outside spaCy", f"{report.non_spacy_share:.0%}")
    if report.seconds_spacy_only:
        table.add_row("spaCy alone on the same texts", f"{report.seconds_spacy_only:.1f} s")
        table.add_row("full pipeline / spaCy alone", f"{report.seconds_total / report.seconds_spacy_only:.2f}x")
    table.add_row("peak RSS, parent process", f"{report.peak_rss_mb:.0f} MB")
    if report.peak_worker_rss_mb:
        table.add_row("peak RSS, largest worker", f"{report.peak_worker_rss_mb:.0f} MB")
        table.add_row("peak RSS, whole job (upper bound)", f"{report.peak_rss_total_mb:.0f} MB")
    if report.peak_pss_total_mb is not None:
        table.add_row("peak memory, whole job (PSS)", f"{report.peak_pss_total_mb:.0f} MB")
    if report.pss_by_articles:
        curve = ", ".join(f"{done}: {mb:.0f}" for done, mb in report.pss_by_articles)
        table.add_row("memory as it ran (articles: MB)", curve)
    table.add_row("database (SQLite)",
                  f"{report.database_mb:.1f} MB, {report.database_kb_per_article:.0f} KB per article")
    table.add_row("failures", str(report.failures))
    console.print(table)
