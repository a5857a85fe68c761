"""How stored records look to people (Rich tables) and machines (JSON, CSV)."""

from __future__ import annotations

import csv
import dataclasses
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from allegedly.model import Analysis, Claim, DateValue
from allegedly.outlets import outlet_table
from allegedly.store import PersonRecord, StoredClaim

CLAIM_COLUMNS = (
    "subject",
    "predicate",
    "object",
    "value",
    "date",
    "end",
    "source_kind",
    "speaker",
    "outlet",
    "reliability",
    "modality",
    "reported",
    "file",
    "evidence",
)


def _reliability(outlet: str | None) -> float | None:
    found = outlet_table().lookup(outlet) if outlet else None
    return found.reliability if found else None


def claim_row(claim: Claim, file_name: str) -> dict[str, Any]:
    """One claim flattened: what, when, who said it, how firmly, where."""
    return {
        "subject": claim.subject,
        "predicate": claim.predicate,
        "object": claim.object,
        "value": claim.value,
        "date": str(claim.date) if claim.date else None,
        "end": str(claim.end) if claim.end else None,
        "source_kind": claim.attribution.source_kind,
        "speaker": claim.attribution.speaker,
        "outlet": claim.attribution.outlet,
        "reliability": _reliability(claim.attribution.outlet),
        "modality": claim.modality,
        "reported": str(claim.report_date) if claim.report_date else None,
        "file": file_name,
        "evidence": claim.evidence,
    }


def _source(row: dict[str, Any]) -> str:
    who = str(row["source_kind"]).replace("_", " ")
    if row["speaker"]:
        who += f" ({row['speaker']})"
    if row["outlet"]:
        who += f" via {row['outlet']}"
    return who


def person_view(
    record: PersonRecord, as_of_claims: list[StoredClaim] | None, as_of: DateValue | None
) -> dict[str, Any]:
    """A person's story: relations with dates, the timeline, each line with its source and hedge."""
    stored = record.claims
    if as_of_claims is not None:
        keep = {id(c.claim) for c in as_of_claims}
        by_text = {(c.file_name, c.claim.evidence, c.claim.predicate) for c in as_of_claims}
        stored = [
            c
            for c in stored
            if id(c.claim) in keep or (c.file_name, c.claim.evidence, c.claim.predicate) in by_text
        ]
    files = {c.file_name for c in stored}
    timeline = [e for e in record.timeline if as_of is None or e.file_name in files]
    return {
        "name": record.name,
        "aliases": record.aliases,
        "as_of": str(as_of) if as_of else None,
        "documents": len(record.document_ids),
        "claims": [claim_row(c.claim, c.file_name) for c in stored],
        "timeline": _merged_events(timeline),
    }


def _merged_events(timeline: list[Any]) -> list[dict[str, Any]]:
    """One row per event: the same happening on the same date told by several documents (a wire
    item and a tabloid both dating the filing) is one line naming every file that tells it."""
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, frozenset[str]], dict[str, Any]] = {}
    for e in timeline:
        # the pair in either order is one event ("A and B split", "B and A split")
        said = e.event.summary
        for name in sorted(e.event.participants, key=len, reverse=True):
            said = said.replace(name, "\0")
        key = (str(e.event.date), said, frozenset(e.event.participants))
        if key in seen:
            row = seen[key]
            row["documents"] += 1
            if e.file_name not in row["file"].split(", "):
                row["file"] += ", " + e.file_name
            continue
        row = {
            "date": str(e.event.date),
            "participants": e.event.participants,
            "summary": e.event.summary,
            "file": e.file_name,
            "documents": 1,
        }
        seen[key] = row
        rows.append(row)
    return rows


def print_person(console: Console, view: dict[str, Any]) -> None:
    title = view["name"] + (f" (as of {view['as_of']})" if view["as_of"] else "")
    console.print(f"[bold]{escape(title)}[/bold]  also: {escape(', '.join(view['aliases']) or '-')}")
    table = Table(
        "relation", "with / value", "date", "end", "source", "hedge", "file", title="relations and facts"
    )
    for row in view["claims"]:
        other = row["object"] if row["subject"] == view["name"] else row["subject"]
        table.add_row(
            row["predicate"],
            escape(str(other if row["object"] else row["value"])),
            row["date"] or "",
            row["end"] or "",
            escape(_source(row)),
            row["modality"],
            escape(row["file"]),
        )
    console.print(table)
    events = Table("date", "what", "who", "file", title="timeline")
    for event in view["timeline"]:
        events.add_row(
            event["date"],
            escape(event["summary"]),
            escape(", ".join(event["participants"])),
            escape(event["file"]),
        )
    console.print(events)


def print_claims(console: Console, rows: list[dict[str, Any]]) -> None:
    table = Table("subject", "relation", "object / value", "date", "source", "hedge", "evidence")
    for row in rows:
        table.add_row(
            escape(row["subject"]),
            row["predicate"],
            escape(str(row["object"] or row["value"])),
            row["date"] or row["end"] or "",
            escape(_source(row)),
            row["modality"],
            escape(row["evidence"][:80]),
        )
    console.print(table)


def _plain(value: Any) -> Any:
    if isinstance(value, DateValue):
        return value.value
    if isinstance(value, set):
        return sorted(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """The full analysis of one document as plain JSON types."""
    return _plain(dataclasses.asdict(analysis))  # type: ignore[no-any-return]


def write_claims_csv(handle: IO[str], analyses: list[Analysis]) -> None:
    """One CSV row per claim, with its source and document."""
    writer = csv.DictWriter(handle, fieldnames=CLAIM_COLUMNS)
    writer.writeheader()
    for analysis in analyses:
        for claim in analysis.claims:
            writer.writerow(claim_row(claim, analysis.document.file_name))
