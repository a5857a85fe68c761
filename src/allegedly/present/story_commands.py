"""Commands over the whole store: life-cycles, contradictions, story diffs, outlets, briefs, identity.

Registered on the `allegedly` app by importing this module (cli.py does); each command reads
the stored analyses and calls `allegedly.reconcile`.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from allegedly.errors import NotFound
from allegedly.model import Analysis, DateValue
from allegedly.present.cli import DbOption, FormatOption, TableOrJson, _date, _open, _print_json, app, out
from allegedly.reconcile.as_of import as_of, story_diff
from allegedly.reconcile.brief import brief as make_brief
from allegedly.reconcile.contradictions import contradictions as find_contradictions
from allegedly.reconcile.contradictions import group_contradictions
from allegedly.reconcile.identity import Overrides, resolve_people
from allegedly.reconcile.timeline import relationship, relationships
from allegedly.reconcile.track_record import track_records

OverridesOption = Annotated[
    Path | None,
    typer.Option("--overrides", envvar="ALLEGEDLY_OVERRIDES", help="Hand merges and splits (JSON)."),
]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Only what had been reported by this date.")]


class BriefFormat(StrEnum):
    markdown = "markdown"
    json = "json"


def _overrides_path(db: str | None, given: Path | None) -> Path:
    """Beside the database file unless given: a user's merges survive re-ingest with the store."""
    if given is not None:
        return given
    target = db or os.environ.get("ALLEGEDLY_DB") or "allegedly.db"
    if "://" in target:
        target = target.split("///", 1)[-1] or "allegedly.db"
    return Path(f"{target}.overrides.json")


def _load_overrides(db: str | None, given: Path | None) -> Overrides:
    """The user's overrides; the default file beside the store may not exist yet, a given one must."""
    path = _overrides_path(db, given)
    if given is None and not path.exists():
        return Overrides()
    return Overrides.load(path)


def _record_override(db: str | None, given: Path | None, action: str, names: list[str]) -> Path:
    """Add one merge or split to the overrides file (created beside the store if need be)."""
    path = _overrides_path(db, given)
    chosen = _load_overrides(db, given) if path.exists() or given is not None else Overrides()
    (chosen.merge if action == "merge" else chosen.split).append(names)
    chosen.save(path)
    return path


def _load(
    db: str | None, overrides: Path | None, cutoff: DateValue | None = None
) -> tuple[list[Analysis], Overrides]:
    analyses = _open(db).analyses()
    chosen = _load_overrides(db, overrides)
    if cutoff is not None:
        analyses = as_of(analyses, cutoff)
    return analyses, chosen


def _stage_row(stage: Any) -> dict[str, Any]:
    return {
        "state": stage.state,
        "date": str(stage.date) if stage.date else None,
        "end": str(stage.end) if stage.end else None,
        "reported": str(stage.reported) if stage.reported else None,
        "status": stage.status,
        "confidence": round(stage.confidence, 3),
        "detail": stage.detail,
        "describe": stage.describe(),
        # each citation once: claims of one sentence by one voice (a child of each parent) cite alike
        "evidence": list(dict.fromkeys(c.cite() for c in stage.evidence)),
    }


@app.command()
def pair(
    first: Annotated[str, typer.Argument(help="One person.")],
    second: Annotated[str, typer.Argument(help="The other.")],
    db: DbOption = None,
    as_of_date: AsOfOption = None,
    overrides: OverridesOption = None,
    format: FormatOption = TableOrJson.table,
) -> None:
    """A couple's life-cycle: met, dating, engaged, married, children, affairs, split, divorce.

    Example: allegedly pair "Calla Renwick" "Rafe Castellane" --as-of 2011-12-31
    """
    analyses, chosen = _load(db, overrides, _date(as_of_date))
    found = relationship(analyses, first, second, overrides=chosen)
    rows = [_stage_row(s) for s in found.stages]
    if format == TableOrJson.json:
        _print_json({"pair": list(found.pair), "as_of": as_of_date, "stages": rows})
        return
    table = Table(
        "state",
        "date",
        "reported",
        "status",
        "confidence",
        "sources",
        title=f"{found.pair[0]} and {found.pair[1]}" + (f" (as of {as_of_date})" if as_of_date else ""),
    )
    for row in rows:
        table.add_row(
            row["state"] + (f" ({row['detail']})" if row["detail"] else ""),
            row["date"] or "",
            row["reported"] or "",
            row["status"],
            f"{row['confidence']:.2f}",
            escape("\n".join(row["evidence"])),
        )
    out.print(table)


@app.command()
def couples(
    db: DbOption = None, overrides: OverridesOption = None, format: FormatOption = TableOrJson.table
) -> None:
    """Every pair the store links, with the states of their relationship.

    Example: allegedly couples --format json
    """
    analyses, chosen = _load(db, overrides)
    found = relationships(analyses, overrides=chosen)
    rows = [{"pair": list(r.pair), "states": r.states()} for r in found]
    if format == TableOrJson.json:
        _print_json(rows)
        return
    table = Table("pair", "states")
    for row in rows:
        table.add_row(escape(" & ".join(row["pair"])), ", ".join(row["states"]))
    out.print(table)


@app.command()
def contradictions(
    name: Annotated[str | None, typer.Argument(help="Only those about this person.")] = None,
    db: DbOption = None,
    overrides: OverridesOption = None,
    format: FormatOption = TableOrJson.table,
) -> None:
    """Claims that cannot both be true, side by side, never silently resolved.

    Example: allegedly contradictions "Rafe Castellane"
    """
    analyses, chosen = _load(db, overrides)
    found = find_contradictions(analyses, overrides=chosen)
    if name:
        wanted = name.casefold()
        found = [
            c
            for c in found
            if any(
                wanted in (x or "").casefold()
                for x in (c.first.subject, c.first.object, c.second.subject, c.second.object)
            )
        ]
    if format == TableOrJson.json:
        rows = [
            {"kind": c.kind, "reason": c.reason, "first": c.first.cite(), "second": c.second.cite()}
            for c in found
        ]
        _print_json(rows)  # every pair, for machines; the table merges pairs that share a side
        return
    table = Table("kind", "one side", "the other", "why")
    for group in group_contradictions(found):
        table.add_row(
            group.kind,
            escape("\n".join(dict.fromkeys(c.cite() for c in group.one))),
            escape("\n".join(dict.fromkeys(c.cite() for c in group.other))),
            escape(group.reason),
        )
    out.print(table)


@app.command()
def diff(
    names: Annotated[list[str] | None, typer.Argument(help="About these people (all when left out).")] = None,
    since: Annotated[str, typer.Option("--from", help="Earlier date (YYYY[-MM[-DD]]).")] = "1900",
    until: Annotated[str, typer.Option("--to", help="Later date.")] = "2100",
    db: DbOption = None,
    overrides: OverridesOption = None,
    format: FormatOption = TableOrJson.table,
) -> None:
    """What changed in the story between two dates: new facts, facts confirmed or denied.

    Example: allegedly diff "Calla Renwick" --from 2011-12-31 --to 2023-12-31
    """
    before, after = _date(since), _date(until)
    assert before is not None and after is not None
    analyses, chosen = _load(db, overrides)
    lines = story_diff(analyses, before, after, names or None, overrides=chosen).lines()
    if format == TableOrJson.json:
        _print_json({"from": since, "to": until, "changes": lines})
        return
    for line in lines:
        out.print(escape(line))


@app.command()
def outlets(db: DbOption = None, format: FormatOption = TableOrJson.table) -> None:
    """Each outlet's reliability verdict and track record: claims later confirmed, contradicted, unsettled.

    Example: allegedly outlets --format json
    """
    records = track_records(_open(db).analyses())
    rows = [
        {
            "outlet": r.outlet,
            "verdict": r.verdict,
            "reliability": r.reliability,
            "claims": r.claims,
            "confirmed": r.confirmed,
            "contradicted": r.contradicted,
            "unsettled": r.unsettled,
        }
        for r in records
    ]
    if format == TableOrJson.json:
        _print_json(rows)
        return
    table = Table("outlet", "verdict", "reliability", "claims", "confirmed", "contradicted", "unsettled")
    for row in rows:
        table.add_row(
            escape(str(row["outlet"])),
            escape(str(row["verdict"] or "")),
            f"{row['reliability']:.2f}",
            str(row["claims"]),
            str(row["confirmed"]),
            str(row["contradicted"]),
            str(row["unsettled"]),
        )
    out.print(table)


@app.command()
def brief(
    names: Annotated[list[str], typer.Argument(help="A person, or the two people of a pair.")],
    db: DbOption = None,
    as_of_date: AsOfOption = None,
    overrides: OverridesOption = None,
    format: Annotated[BriefFormat, typer.Option("--format", "-f")] = BriefFormat.markdown,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """An "everything we know" brief, dated, every sentence footnoted to its claims.

    Example: allegedly brief "Calla Renwick" "Rafe Castellane" -o brief.md
    """
    analyses, chosen = _load(db, overrides)
    made = make_brief(analyses, names, as_of=_date(as_of_date), overrides=chosen)
    text = made.to_markdown() if format == BriefFormat.markdown else None
    if output is not None:
        if text is None:
            import json

            text = json.dumps(made.to_json(), ensure_ascii=False, indent=2)
        output.write_text(text + "\n", encoding="utf-8")
        out.print(f"wrote {escape(str(output))}")
    elif text is None:
        _print_json(made.to_json())
    else:
        print(text)


identity = typer.Typer(
    help="Cross-document identity: show, merge or split people by hand.", no_args_is_help=True
)
app.add_typer(identity, name="identity")


@identity.command("show")
def identity_show(
    name: Annotated[str, typer.Argument(help="A name or alias.")],
    db: DbOption = None,
    overrides: OverridesOption = None,
    format: FormatOption = TableOrJson.table,
) -> None:
    """Why the store treats these names as one person.

    Example: allegedly identity show "Nat"
    """
    analyses, chosen = _load(db, overrides)
    people = resolve_people(analyses, chosen)
    person = people.find(name)
    if person is None:
        raise NotFound(f"no person called {name!r} in the store (try: allegedly people)")
    view = {
        "name": person.name,
        "aliases": sorted(person.aliases),
        "nicknames": sorted(person.nicknames),
        "files": sorted(person.files),
        "reasons": person.reasons,
    }
    if format == TableOrJson.json:
        _print_json(view)
        return
    out.print(f"[bold]{escape(person.name)}[/bold] also {escape(', '.join(view['aliases']))}")
    for reason in view["reasons"]:
        out.print(f"  {escape(reason)}")


@identity.command("merge")
def identity_merge(
    first: Annotated[str, typer.Argument()],
    second: Annotated[str, typer.Argument()],
    db: DbOption = None,
    overrides: OverridesOption = None,
) -> None:
    """Treat two names as one person from now on (kept across re-ingest).

    Example: allegedly identity merge "Rafe C. Castellane" "Rafe Castellane"
    """
    path = _record_override(db, overrides, "merge", [first, second])
    out.print(f"merged {escape(first)} and {escape(second)} → {escape(str(path))}")


@identity.command("split")
def identity_split(
    person: Annotated[str, typer.Argument()],
    name: Annotated[str, typer.Argument(help="The name to take away from that person.")],
    db: DbOption = None,
    overrides: OverridesOption = None,
) -> None:
    """Stop treating NAME as PERSON (kept across re-ingest).

    Example: allegedly identity split "Juniper Hask" "June"
    """
    path = _record_override(db, overrides, "split", [person, name])
    out.print(f"split {escape(name)} from {escape(person)} → {escape(str(path))}")
