"""`allegedly sourcing`: what each article's statements rest on (anonymous, on record, outlets).

A fact-checker's first question about a gossip piece is "on whose word?". This command reads
every sentence of a document as a statement (`reconcile.credibility.sourcing_profile`) and
prints who says it, how firmly, and what the outlets it leans on are worth.
Registered on the `allegedly` app by importing this module (cli.py does).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from allegedly.model import Analysis
from allegedly.present.cli import (
    DbOption,
    FormatOption,
    ModelOption,
    TableOrJson,
    _open,
    _print_json,
    analyses_for,
    app,
    out,
)
from allegedly.reconcile.credibility import outlet_reliability, sourcing_profile


def sourcing_view(analysis: Analysis) -> dict[str, Any]:
    """The profile as plain data (the JSON output and the table read the same)."""
    profile = sourcing_profile(analysis)
    return {
        "document": analysis.document.file_name,
        "outlet": analysis.document.outlet,
        "statements": len(profile.statements),
        "by_source": {
            kind: profile.count(kind)  # type: ignore[arg-type]
            for kind in ("on_record", "anonymous", "outlet", "narration", "author_opinion")
        },
        "anonymous_words": dict(profile.anonymous_words),
        "named_speakers": profile.named_speakers,
        "hedged_or_speculative": sum(1 for s in profile.statements if s.modality in ("hedged", "speculated")),
        "denied": sum(1 for s in profile.statements if s.modality == "denied"),
        "outlets_named": [
            {"name": name, "reliability": round(outlet_reliability(name), 2)}
            for name in dict.fromkeys(profile.outlets_named)
        ],
        "mean_confidence": round(profile.mean_confidence, 3),
        "summary": profile.summary(),
        "weakest": [
            {
                "text": s.text,
                "source": s.attribution.source_kind,
                "speaker": s.attribution.speaker,
                "modality": s.modality,
                "confidence": round(s.confidence.value, 3),
            }
            for s in sorted(profile.statements, key=lambda s: s.confidence.value)[:5]
        ],
    }


@app.command()
def sourcing(
    target: Annotated[
        str | None,
        typer.Argument(help="A file, or a stored document id or file name; all if left out."),
    ] = None,
    db: DbOption = None,
    model: ModelOption = "",
    format: FormatOption = TableOrJson.table,
) -> None:
    """On whose word each article rests: statements by anonymous, on-record and outlet sources,
    hedges, the outlets named and their reliability, and the weakest statements.

    Example: allegedly sourcing corpus/sample/002_tabloid_2020.txt
    """
    if target is None:
        store = _open(db)
        analyses = [store.load_analysis(row.id) for row in store.documents()]
    else:
        analyses = analyses_for(target, db, model)
    views = [sourcing_view(a) for a in analyses]
    if format == TableOrJson.json:
        _print_json(views if target is None or len(views) != 1 else views[0])
        return
    if len(views) > 1:
        _print_overview(views)
        return
    for view in views:
        out.print(f"[bold]{escape(view['document'])}[/bold]  {escape(view['outlet'] or '')}")
        out.print(escape(view["summary"]))
        table = Table("confidence", "source", "modality", "weakest statements")
        for s in view["weakest"]:
            source = s["source"] + (f" ({s['speaker']})" if s["speaker"] else "")
            table.add_row(f"{s['confidence']:.2f}", escape(source), s["modality"], escape(s["text"][:160]))
        out.print(table)


def _print_overview(views: list[dict[str, Any]]) -> None:
    table = Table("document", "statements", "anonymous", "on record", "other outlets", "hedged", "confidence")
    for view in sorted(views, key=lambda v: v["mean_confidence"]):
        by = view["by_source"]
        table.add_row(
            escape(view["document"]),
            str(view["statements"]),
            str(by["anonymous"]),
            str(by["on_record"]),
            str(by["outlet"]),
            str(view["hedged_or_speculative"]),
            f"{view['mean_confidence']:.2f}",
        )
    out.print(table)
