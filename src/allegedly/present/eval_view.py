"""The evaluation view of CONTRACT.md: documents, facts with their claims, and the timeline."""

from __future__ import annotations

from typing import Any

from allegedly.model import CONTRACT_PREDICATES, SYMMETRIC_PREDICATES, Analysis, Claim
from allegedly.outlets import normalise_name
from allegedly.reconcile.facts import event_dates, most_precise
from allegedly.understand.thread_summary import summarise


def fact_key(claim: Claim) -> tuple[str, str, str]:
    """Claims about the same (predicate, subject, object) are one fact; symmetric ones in any order."""
    subject = normalise_name(claim.subject)
    obj = normalise_name(claim.object) if claim.object else f"={claim.value}"
    if claim.predicate in SYMMETRIC_PREDICATES:
        subject, obj = sorted((subject, obj))
    return claim.predicate, subject, obj


def claim_view(claim: Claim, file_name: str) -> dict[str, Any]:
    return {
        "file": file_name,
        "text": claim.evidence,
        "source_kind": claim.attribution.source_kind,
        "speaker": claim.attribution.speaker,
        "outlet": claim.attribution.outlet,
        "modality": claim.modality,
    }


def facts_view(analyses: list[Analysis]) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str, str], list[tuple[Claim, str]]] = {}
    seen: set[tuple[object, ...]] = set()
    for analysis in analyses:
        for claim in analysis.claims:
            if claim.predicate not in CONTRACT_PREDICATES:  # the view speaks the contract's vocabulary only
                continue
            key = fact_key(claim)
            file_name = analysis.document.file_name
            # One statement read both ways round ("A married B" gives A→B and B→A of a symmetric
            # predicate) is one claim of the fact, not two.
            statement = (
                key,
                file_name,
                claim.span.start,
                claim.span.end,
                claim.span.comment,
                claim.attribution.source_kind,
                claim.modality,
            )
            if statement in seen:
                continue
            seen.add(statement)
            grouped.setdefault(key, []).append((claim, file_name))
    facts = []
    for items in grouped.values():
        first = items[0][0]
        date = most_precise(event_dates([c for c, _ in items]))
        end = most_precise(c.end for c, _ in items)
        facts.append(
            {
                "subject": first.subject,
                "predicate": first.predicate,
                "object": first.object,
                "value": first.value,
                "date": date.value if date else None,
                "end": end.value if end else None,
                "claims": [claim_view(c, f) for c, f in items],
            }
        )
    return facts


def thread_view(analysis: Analysis) -> dict[str, Any]:
    """The summary of one analysed document's thread, as JSON-able data."""
    body = [c for c in analysis.claims if c.span.comment is None]
    readers = [c for c in analysis.claims if c.span.comment is not None]
    summary = summarise(analysis.document, analysis.reactions, readers, body).to_dict()
    summary["file"] = analysis.document.file_name
    summary["headline"] = analysis.document.headline
    return summary


def documents_view(analyses: list[Analysis]) -> list[dict[str, Any]]:
    documents = []
    for analysis in analyses:
        doc = analysis.document
        reactions = {r.comment: r for r in analysis.reactions}
        comments = []
        for comment in doc.comments:
            reaction = reactions.get(comment.n)
            stance = None
            if reaction and reaction.stances:
                main = reaction.stances[0]
                stance = {"target": main.target, "label": main.label}
            comments.append(
                {
                    "n": comment.n,
                    "author": comment.author,
                    "reply_to": comment.reply_to,
                    "reply_to_author": comment.reply_to_author,
                    "stance": stance,
                    "toxic": bool(reaction and reaction.toxic),
                    "categories": reaction.categories if reaction else [],
                }
            )
        documents.append(
            {
                "file": doc.file_name,
                "published": doc.published.date.value if doc.published.date else None,
                "published_inferred": doc.published.source == "inferred",
                "published_note": doc.published.note,
                "outlet": doc.outlet,
                "headline": doc.headline,
                "declared_comment_count": doc.declared_comment_count,
                "comments": comments,
                # The thread summed up (stance shares, civility, arguments, disputed claims).
                "thread": thread_view(analysis) if doc.comments else None,
            }
        )
    return documents


def timeline_view(analyses: list[Analysis]) -> list[dict[str, Any]]:
    events = []
    for analysis in analyses:
        for event in analysis.timeline:
            events.append(
                {
                    "date": event.date.value,
                    "participants": event.participants,
                    "summary": event.summary,
                    "file": analysis.document.file_name,
                }
            )
    return sorted(events, key=lambda e: (e["date"], e["file"]))


def evaluation_view(analyses: list[Analysis]) -> dict[str, Any]:
    """The JSON object `allegedly export --format eval` prints."""
    return {
        "documents": documents_view(analyses),
        "facts": facts_view(analyses),
        "timeline": timeline_view(analyses),
    }
