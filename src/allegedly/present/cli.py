"""The `allegedly` command: a thin shell over the library (ingest, store queries, exports)."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from allegedly.errors import AllegedlyError, NotFound
from allegedly.model import Analysis, DateValue
from allegedly.present import render
from allegedly.store import Store, default_db_url

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="A sourced, time-aware record of celebrity news and its reader comments.",
)
# Tables keep their columns readable when piped (no terminal width to go by).
out = Console(highlight=False, width=None if sys.stdout.isatty() else 150)
# soft_wrap: an error or warning stays on one line whatever the terminal width.
err = Console(stderr=True, highlight=False, soft_wrap=True)


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


class ExportFormat(StrEnum):
    eval = "eval"
    json = "json"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="ALLEGEDLY_DB",
        show_envvar=True,
        help="SQLite path or database URL (default: allegedly.db).",
    ),
]
FormatOption = Annotated[
    TableOrJson, typer.Option("--format", "-f", help="table for people, json for machines.")
]
ModelOption = Annotated[
    str, typer.Option("--model", envvar="ALLEGEDLY_MODEL", help="Any installed spaCy English pipeline.")
]
_state: dict[str, bool] = {"debug": False}


def _model_default() -> str:
    from allegedly.understand.language import DEFAULT_MODEL

    return DEFAULT_MODEL


def _open(db: str | None) -> Store:
    return Store.open(db or default_db_url())


def analyses_for(target: str, db: str | None, model: str) -> list[Analysis]:
    """A file to read now, or a stored document named by id, file name or path."""
    if Path(target).exists():
        from allegedly.ingest import IngestReport, read_inputs
        from allegedly.pipeline import Pipeline

        raws = read_inputs([target], IngestReport())
        return Pipeline(model or _model_default()).analyse_many(raws)
    store = _open(db)
    rows = [r for r in store.documents() if target in (str(r.id), r.file_name, r.path)]
    if not rows:
        raise NotFound(f"no file or stored document {target!r} (see: allegedly stats, or give a path)")
    return [store.load_analysis(r.id) for r in rows]


def _date(value: str | None) -> DateValue | None:
    if value is None:
        return None
    try:
        return DateValue(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD") from error


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


@app.callback()
def main_options(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    """allegedly: who claimed what about whom, and when.

    Example: allegedly ingest corpus/sample && allegedly people
    """
    _state["debug"] = debug


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or globs.")],
    db: DbOption = None,
    model: ModelOption = "",
    format: FormatOption = TableOrJson.table,
) -> None:
    """Read, understand and store documents; each in one transaction, re-ingest is a no-op.

    Example: allegedly ingest corpus/sample ../shared/corpus/seeds
    """
    from allegedly.ingest import ingest as run_ingest
    from allegedly.pipeline import Pipeline

    store = _open(db)
    pipeline = Pipeline(model or _model_default())
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=format == TableOrJson.json,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        report = run_ingest(
            paths,
            store,
            pipeline,
            on_total=lambda n: progress.update(task, total=n),
            on_document=lambda path: progress.update(task, advance=1, description=Path(path).name[:40]),
        )
    for line in report.rejected:
        err.print(f"skipped {escape(line)}")
    for line in report.warnings:
        err.print(f"warning {escape(line)}")
    if format == TableOrJson.json:
        _print_json(
            {
                "stored": report.stored,
                "unchanged": report.unchanged,
                "rejected": report.rejected,
                "warnings": report.warnings,
                "claims": report.claims,
                "db": store.url,
            }
        )
    else:
        out.print(
            f"stored {len(report.stored)}, unchanged {len(report.unchanged)}, "
            f"skipped {len(report.rejected)}, warnings {len(report.warnings)}; "
            f"{report.claims} claims → {escape(store.url)}"
        )
    if not report.anything_kept:
        raise typer.Exit(3 if report.rejected else 2)


@app.command()
def people(db: DbOption = None, format: FormatOption = TableOrJson.table) -> None:
    """List the people in the store, most documented first.

    Example: allegedly people --format json
    """
    rows = _open(db).people()
    if format == TableOrJson.json:
        _print_json([vars(r) for r in rows])
        return
    table = Table("person", "documents", "mentions", "claims")
    for row in rows:
        table.add_row(escape(row.name), str(row.documents), str(row.mentions), str(row.claims))
    out.print(table)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="A name or alias, any case.")],
    db: DbOption = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Only what had been reported by this date.")
    ] = None,
    format: FormatOption = TableOrJson.table,
) -> None:
    """One person's relations with dates, timeline and the source of every line.

    Example: allegedly person "Calla Renwick" --as-of 2011-12-31
    """
    store = _open(db)
    record = store.person(name)
    cutoff = _date(as_of)
    view = render.person_view(record, store.claims(record.name, cutoff) if cutoff else None, cutoff)
    if format == TableOrJson.json:
        _print_json(view)
        return
    render.print_person(out, view)


@app.command()
def story(
    db: DbOption = None,
    top: Annotated[int, typer.Option("--top", help="How many of the most documented people.")] = 2,
    format: FormatOption = TableOrJson.table,
) -> None:
    """The story of the store's main people: each one's relations, timeline and sources.

    Example: allegedly story --top 3
    """
    store = _open(db)
    views = [render.person_view(store.person(p.name), None, None) for p in store.people()[:top]]
    if format == TableOrJson.json:
        _print_json(views)
        return
    for view in views:
        render.print_person(out, view)


@app.command()
def claims(
    name: Annotated[str | None, typer.Argument(help="Whose claims; all when left out.")] = None,
    db: DbOption = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Only what had been reported by this date.")
    ] = None,
    format: FormatOption = TableOrJson.table,
) -> None:
    """Every claim about a person: what, when, who said it, how firmly.

    Example: allegedly claims "Rafe Castellane" --format json
    """
    rows = [render.claim_row(s.claim, s.file_name) for s in _open(db).claims(name, _date(as_of))]
    if format == TableOrJson.json:
        _print_json(rows)
        return
    render.print_claims(out, rows)


@app.command()
def stats(db: DbOption = None, format: FormatOption = TableOrJson.table) -> None:
    """Counts of what the store holds.

    Example: allegedly stats --format json
    """
    counts = _open(db).stats()
    if format == TableOrJson.json:
        _print_json(counts)
        return
    table = Table("what", "count")
    for key, value in counts.items():
        table.add_row(escape(key), str(value))
    out.print(table)


@app.command()
def export(
    files: Annotated[
        list[str] | None, typer.Argument(help="Analyse these files (not stored); else the store.")
    ] = None,
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="eval (CONTRACT.md), json or csv.")
    ] = ExportFormat.json,
    db: DbOption = None,
    model: ModelOption = "",
) -> None:
    """Print the evaluation view, the full analyses as JSON, or facts and claims as CSV.

    Example: allegedly export --format eval ../shared/corpus/seeds/*.txt
    """
    from allegedly.present.eval_view import evaluation_view

    if files:
        from allegedly.ingest import IngestReport, read_inputs
        from allegedly.pipeline import Pipeline

        report = IngestReport()
        raws = read_inputs(files, report)
        for line in report.rejected:
            err.print(f"skipped {escape(line)}")
        if not raws:
            raise typer.Exit(3)
        analyses = Pipeline(model or _model_default()).analyse_many(raws)
    else:
        analyses = _open(db).analyses()
    if format == ExportFormat.eval:
        _print_json(evaluation_view(analyses))
    elif format == ExportFormat.json:
        _print_json([render.analysis_json(a) for a in analyses])
    else:
        render.write_claims_csv(sys.stdout, analyses)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    write_token: Annotated[
        str | None,
        typer.Option(
            "--write-token",
            envvar="ALLEGEDLY_WRITE_TOKEN",
            show_envvar=True,
            help="Allow POST /ingest with `Authorization: Bearer TOKEN`; read-only without.",
        ),
    ] = None,
) -> None:
    """Serve the store as web pages and a JSON API (read-only unless a write token is set).

    Example: allegedly serve --db allegedly.db --port 8000
    """
    import uvicorn

    from allegedly.present.web import create_app

    uvicorn.run(create_app(db or default_db_url(), write_token=write_token), host=host, port=port)


def main() -> None:
    """Entry point: one clear line and a meaningful exit code on failure, tracebacks with --debug."""
    try:
        # Without standalone mode click hands back a command's Exit code instead of exiting.
        result = app(standalone_mode=False)
        sys.exit(result if isinstance(result, int) else 0)
    except AllegedlyError as error:
        if _state["debug"] or os.environ.get("ALLEGEDLY_DEBUG"):
            raise
        err.print(f"error: {escape(str(error))}")
        sys.exit(error.exit_code)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        err.print("aborted")
        sys.exit(130)
    except Exception as error:  # the click layer turns usage errors into ClickException
        import click

        if isinstance(error, click.ClickException):
            error.show()
            sys.exit(error.exit_code)
        if _state["debug"] or os.environ.get("ALLEGEDLY_DEBUG"):
            raise
        err.print(f"error: {type(error).__name__}: {escape(str(error))} (run with --debug for details)")
        sys.exit(1)


# Commands over the whole store register themselves on `app` (kept in their own module).
from allegedly.present import sourcing_command, story_commands, thread_command  # noqa: E402, F401
