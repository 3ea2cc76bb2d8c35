"""The ``eventwire`` command: parse arguments, call the library, render the result. Nothing is computed here."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from eventwire.cli import render
from eventwire.filter_dates import DATE_FORMS, check_filter_date
from eventwire.settings import Settings, load_settings

app = typer.Typer(help="Sourced, structured event data from news articles.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", envvar="EVENTWIRE_DB",
                                       help="Database URL or SQLite file (default: per-user data dir).")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="YAML settings file.")]
ActorsOption = Annotated[Optional[Path], typer.Option("--actors", help="Your own actor dictionary (YAML).")]
WorkersOption = Annotated[Optional[int], typer.Option(
    min=0, help="Processes (local) or Ray workers that annotate in parallel; 0: one per CPU core.")]
#: Without a terminal (output sent to a log file) the progress bar draws only when it ends: a plain line this often
#: shows a long ingest is alive.
PLAIN_PROGRESS_SECONDS = 30
#: Characters of an article id the demo table shows: unique in any realistic store, and short enough for 80 columns.
DEMO_ID_CHARS = 10


def _settings(config: Path | None, db: str = "", actors: Path | None = None, **extra) -> Settings:
    try:
        return load_settings(config, db=db or None, actors_file=str(actors) if actors else None, **extra)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


def _open_store(settings: Settings, *, must_exist: bool = False):
    """The store; a command that only reads (``must_exist``) refuses a SQLite file that is not there rather than
    create an empty one at a mistyped path and report that it holds nothing."""
    from sqlalchemy.engine import make_url

    from eventwire.store import Store

    url = make_url(settings.database_url())
    if must_exist and url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        err.print(f"[red]error:[/] no database at {url.database}: store articles there first with "
                  "[bold]eventwire ingest PATH --db[/] (or [bold]eventwire demo[/]), or name another with --db")
        raise typer.Exit(2)
    try:
        return Store(settings.database_url())
    except Exception as exc:  # noqa: BLE001 - any driver error becomes one readable line
        err.print(f"[red]error:[/] cannot open database {settings.database_url()}: {exc}")
        raise typer.Exit(2) from exc


def _pipeline(settings: Settings):
    from eventwire.nlp.model import ModelNotFound
    from eventwire.pipeline import Pipeline

    try:
        return Pipeline(settings)
    except ModelNotFound as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


def _run_ingest(paths: list[Path], settings: Settings, force: bool):
    from eventwire.runner import ingest

    # a first run also builds the place-name index cache (about 10 s): say so rather than sit silent
    loading = "loading the language model and knowledge bases (the first run also indexes place names)"
    if not err.is_terminal:  # a log file gets no spinner: one plain line instead
        err.print(loading)
    with err.status(loading):
        pipeline = _pipeline(settings)
        pipeline.warm_up()
    with _open_store(settings) as store, Progress(
        SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(),
        TextColumn("{task.completed} articles · {task.fields[rate]:.1f}/s · {task.fields[failed]} failed"),
        TimeElapsedColumn(), console=err, transient=False,
    ) as progress:
        task = progress.add_task("ingest", total=None, rate=0.0, failed=0)
        latest = []  # the running summary, for what to say if the run is interrupted
        logged_at = [time.monotonic()]

        def advance(summary) -> None:
            latest[:] = [summary]
            progress.update(task, completed=summary.processed, rate=summary.articles_per_second,
                            failed=summary.failed)
            if not err.is_terminal and time.monotonic() - logged_at[0] >= PLAIN_PROGRESS_SECONDS:
                logged_at[0] = time.monotonic()
                err.print(f"ingesting: {summary.processed} articles · {summary.articles_per_second:.1f}/s · "
                          f"{summary.failed} failed", highlight=False)

        try:
            summary = ingest(paths, store, settings, pipeline=pipeline, force=force, progress=advance)
        except KeyboardInterrupt:
            summary = None
        else:
            progress.update(task, total=summary.processed)
    if summary is None:
        stored = latest[0].stored_new + latest[0].updated if latest else 0
        err.print(f"[yellow]interrupted:[/] the {stored} articles this run stored are kept; run the same command "
                  "again to resume where it stopped")
        raise typer.Exit(130)
    return summary


def _run_ray(paths: list[Path], settings: Settings, workers: int):
    from eventwire.scale.ray_runner import ingest_with_ray, require_ray

    try:
        require_ray()
    except RuntimeError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    with _open_store(settings) as store, Progress(
        SpinnerColumn(), TextColumn("[bold]ingesting on Ray"),
        TextColumn("{task.completed} articles · {task.fields[failed]} failed"), TimeElapsedColumn(), console=err,
    ) as progress:
        task = progress.add_task("ingest", total=None, failed=0)
        return ingest_with_ray(paths, store, settings, workers=workers,
                               progress=lambda s: progress.update(task, completed=s.processed, failed=s.failed))


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: text dumps, HTML, JSONL, .gz.")],
    db: DbOption = "", config: ConfigOption = None, actors: ActorsOption = None,
    force: Annotated[bool, typer.Option(help="Re-annotate articles that are already stored.")] = False,
    engine: Annotated[str, typer.Option(help="local, or ray (extra \\[scale]) for a Ray cluster.")] = "local",
    workers: WorkersOption = None,
) -> None:
    """Read, annotate and store articles. Safe to re-run: stored articles are skipped, never duplicated."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]error:[/] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    if engine not in ("local", "ray"):
        err.print(f"[red]error:[/] unknown engine {engine!r}: use local or ray")
        raise typer.Exit(2)
    settings = _settings(config, db, actors, workers=workers)
    if engine == "local":
        summary = _run_ingest(paths, settings, force)
    else:
        from eventwire.parallel import worker_count

        summary = _run_ray(paths, settings, worker_count(settings.workers))
    render.run_summary(console, summary)
    if summary.failed and not (summary.stored_new or summary.updated or summary.skipped_existing):
        raise typer.Exit(1)


@app.command("demo")
def demo_command(db: DbOption = "", config: ConfigOption = None, workers: WorkersOption = None) -> None:
    """Ingest the demo corpus shipped with eventwire and show what it found."""
    from eventwire.ingest import demo_corpus_path

    settings = _settings(config, db, workers=workers)
    summary = _run_ingest([demo_corpus_path()], settings, force=True)
    render.run_summary(console, summary)
    with _open_store(settings) as store:
        table = Table(title="What eventwire found in the demo corpus")
        table.add_column("id", no_wrap=True)  # a prefix: `eventwire show` takes any unique one
        table.add_column("date", no_wrap=True)
        table.add_column("title, then what was found in it")  # wraps in what width the terminal has left
        for article_id in summary.stored_ids:
            doc = store.get_document(article_id)
            found = " · ".join(f"{len(items)} {name}" for name, items in (
                ("actors", doc.actors), ("events", doc.events), ("quotes", doc.quotes), ("times", doc.timexes),
                ("places", doc.places)))
            table.add_row(doc.id[:DEMO_ID_CHARS], (doc.date or "")[:10],
                          Text.assemble(doc.title or "", "\n", (found, "dim")))
        console.print(table)
    console.print(f"Database: {settings.database_url()}")
    if summary.stored_ids:
        console.print(f"Look at one article: [bold]eventwire show {summary.stored_ids[0]}[/]")


@app.command("show")
def show_command(article_id: Annotated[str, typer.Argument(help="Article id, or a unique prefix of one.")],
                 db: DbOption = "", config: ConfigOption = None) -> None:
    """Show one stored article with its entities, actors, events, quotes, times and places."""
    settings = _settings(config, db)
    with _open_store(settings, must_exist=True) as store:
        matches = store.find_articles(article_id)
        if len(matches) != 1:
            err.print(f"[red]error:[/] {'no article' if not matches else f'{len(matches)} articles'} "
                      f"with id starting {article_id!r}")
            raise typer.Exit(1)
        render.article(console, store.get_document(matches[0]))


TaskArgument = Annotated[str, typer.Argument(help="entities | events | quotes | places | times | extraction | dedup")]
GoldArgument = Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A file in the gold JSONL format.")]


@app.command("predict")
def predict_command(task: TaskArgument, file: GoldArgument,
                    out: Annotated[Path, typer.Option("-o", "--out", help="Where to write predictions (JSONL).")],
                    config: ConfigOption = None, actors: ActorsOption = None) -> None:
    """Predict a task's fields for every line of a gold-format file."""
    from eventwire.evaluate import predict_file

    settings = _settings(config, actors=actors)
    _check_task(task)
    written = _readable_gold(file, lambda: predict_file(task, file, out, settings))
    console.print(f"{written} predictions written to {out}")


def _readable_gold(file: Path, work):
    """Run ``work``; a gold file that is not JSON lines becomes one line naming the file and line, not a traceback,
    and an empty one is refused rather than scored 0.0000 on no documents."""
    from eventwire.evaluate import GoldFormatError

    with file.open("rb") as lines:
        if not any(line.strip() for line in lines):
            err.print(f"[red]error:[/] {file} has no gold lines to predict or score")
            raise typer.Exit(2)
    try:
        return work()
    except GoldFormatError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc


@app.command("eval")
def eval_command(task: TaskArgument, file: GoldArgument, config: ConfigOption = None,
                 actors: ActorsOption = None) -> None:
    """Predict and score a gold-format file; the last line is "TASK metric=value ..."."""
    from eventwire.evaluate import evaluate_file, format_metrics

    settings = _settings(config, actors=actors)
    _check_task(task)
    metrics = _readable_gold(file, lambda: evaluate_file(task, file, settings))
    for line_id, errors in metrics.stage_errors.items():
        err.print(f"[red]{line_id}: {'; '.join(errors)}[/red] (its predictions are incomplete)")
    print(format_metrics(task, metrics), flush=True)  # plain print: the last line is parsed by scripts


@app.command("bench")
def bench_command(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Corpus (default: ../shared/corpus/news, "
                                                               "else the demo corpus repeated).")] = None,
    limit: Annotated[Optional[int], typer.Option(help="Articles to process (the corpus is cycled to reach it).")] = None,
    report: Annotated[Path, typer.Option(help="Where to write the JSON report.")] = Path("bench-report.json"),
    spacy_floor: Annotated[bool, typer.Option(help="Also time spaCy alone on the same texts.")] = True,
    config: ConfigOption = None, workers: WorkersOption = None,
) -> None:
    """Measure articles/s, sentences/s, time per stage and peak memory of the full pipeline."""
    from eventwire.bench import run_bench, write_report
    from eventwire.ingest import demo_corpus_path

    settings = _settings(config, workers=workers)
    with Progress(SpinnerColumn(), TextColumn("[bold]benchmark"), BarColumn(),
                  TextColumn("{task.completed} articles"), TimeElapsedColumn(), console=err) as progress:
        task = progress.add_task("bench", total=limit)
        result = run_bench(paths, limit=limit, settings=settings, spacy_floor=spacy_floor,
                           progress=lambda n: progress.update(task, completed=n))
    write_report(result, report)
    if not paths and result.corpus == [str(demo_corpus_path())]:
        err.print("[yellow]No shared news corpus (../shared/corpus/news) beside this directory or the source "
                  "checkout: these figures are of the 6-article demo corpus, cycled. Pass a corpus to measure "
                  "real news.[/yellow]")
    render.bench_report(console, result)
    console.print(f"Report written to {report}")


@app.command("serve")
def serve_command(
    db: DbOption = "", config: ConfigOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help=(
        "uvicorn worker processes answering requests in parallel (about one per CPU core); each keeps its own "
        "cache of aggregates, emptied whenever the data changes."))] = 1,
) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/) over the database."""
    from eventwire.api.server import serve

    settings = _settings(config, db)
    store = _open_store(settings)
    console.print(f"eventwire dashboard on http://{host}:{port}/  (API docs: /docs; database: "
                  f"{store.engine.url.render_as_string(hide_password=True)})")
    if not settings.api_token:
        console.print("[dim]writes are off: set EVENTWIRE_API_TOKEN to allow POST /api/articles[/]")
    serve(settings, store, host, port, workers)


def _filter_date(value: Optional[str]) -> Optional[str]:
    """A bad filter date is named by its option ("Invalid value for '--date-from'"), as typer names other bad values."""
    try:
        return check_filter_date(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


@app.command("export")
def export_command(
    out: Annotated[Path, typer.Argument(help="Output file (a folder for parquet).")],
    format: Annotated[str, typer.Option("--format", "-f", help="gdelt | plover | csv | parquet")] = "csv",
    db: DbOption = "", config: ConfigOption = None,
    type: Annotated[Optional[list[str]], typer.Option("--type", help="PLOVER type (repeat to OR).")] = None,
    quad: Annotated[Optional[int], typer.Option(min=1, max=4, help="QuadClass.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Source or target country, ISO alpha-3.")] = None,
    date_from: Annotated[Optional[str], typer.Option(help=f"Earliest date, {DATE_FORMS}.",
                                                     callback=_filter_date)] = None,
    date_to: Annotated[Optional[str], typer.Option(help=f"Latest date, {DATE_FORMS}; a month or year takes in "
                                                        "all its days.", callback=_filter_date)] = None,
    text: Annotated[Optional[str], typer.Option(help="Words in the evidence.")] = None,
) -> None:
    """Export events as GDELT 2.0 TSV, PLOVER JSON lines, CSV or partitioned Parquet."""
    from eventwire.export import EVENT_ROW_ANNOTATIONS, EXPORTERS, EventFilter, ExportTargetError, export_documents

    if format not in EXPORTERS:
        err.print(f"[red]error:[/] unknown format {format!r}; formats: {', '.join(EXPORTERS)}")
        raise typer.Exit(2)
    try:
        event_filter = EventFilter(types=tuple(t.upper() for t in type or ()), quad=quad, country=country,
                                   date_from=date_from, date_to=date_to, text=text)
    except ValueError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    settings = _settings(config, db)
    with _open_store(settings, must_exist=True) as store, Progress(SpinnerColumn(), TextColumn("[bold]exporting"),
                                                  TextColumn("{task.completed} articles"), console=err) as progress:
        task = progress.add_task("export", total=None)

        def documents():
            for document in store.iter_documents(annotations=EVENT_ROW_ANNOTATIONS):
                progress.advance(task)
                yield document

        try:
            written = export_documents(documents(), format, out, event_filter)
        except ExportTargetError as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from exc
    console.print(f"{written} events written to {out} ({format})")


@app.command("stages")
def stages_command(config: ConfigOption = None) -> None:
    """List the annotation stages and whether each is available."""
    pipeline = _pipeline(_settings(config))
    table = Table(title="Stages in pipeline order")
    table.add_column("stage")
    table.add_column("status")
    for name in pipeline.stage_names:
        table.add_row(name, "[green]enabled[/]")
    for name, reason in pipeline.disabled.items():
        table.add_row(name, f"[yellow]{reason}[/]")
    console.print(table)


def _check_task(task: str) -> None:
    from eventwire.evaluate.scorers import SCORERS

    if task not in SCORERS:
        err.print(f"[red]error:[/] unknown task {task!r}; tasks: {', '.join(SCORERS)}")
        raise typer.Exit(2)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what each stage does.")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
