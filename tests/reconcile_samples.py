"""Hand-built analyses with invented people and outlets, for the reconcile tests."""

from __future__ import annotations

import re

from allegedly.model import (
    Analysis,
    Attribution,
    Claim,
    DateValue,
    Document,
    Entity,
    Modality,
    Published,
    SourceKind,
    Span,
)


def claim(
    subject: str,
    predicate: str,
    obj: str | None = None,
    *,
    value: str | None = None,
    date: str | None = None,
    end: str | None = None,
    kind: SourceKind = "narration",
    speaker: str | None = None,
    outlet: str | None = None,
    modality: Modality = "asserted",
    report: str | None = None,
    comment: int | None = None,
    sentence: str | None = None,
) -> Claim:
    text = sentence or f"{subject} {predicate} {obj or value or ''}".strip() + "."
    return Claim(
        subject=subject,
        predicate=predicate,
        object=obj,
        value=value,
        date=DateValue(date) if date else None,
        end=DateValue(end) if end else None,
        attribution=Attribution(kind, speaker, outlet),
        modality=modality,
        evidence=text,
        sentence=text,
        span=Span(0, len(text), comment),
        report_date=DateValue(report) if report else None,
    )


def person(name: str, *aliases: str) -> Entity:
    slug = re.sub(r"[^a-z]+", "-", name.lower()).strip("-")
    return Entity(f"person:{slug}", name, "person", {name, *aliases})


def analysis(
    path: str,
    published: str | None,
    claims: list[Claim],
    people: list[Entity] | None = None,
    outlet: str | None = None,
) -> Analysis:
    """A document at `path` published on `published`; claims get that report date unless set."""
    date = DateValue(published) if published else None
    for item in claims:
        if item.report_date is None:
            item.report_date = date
    document = Document(
        path=path,
        file_name=path.rsplit("/", 1)[-1],
        format="text",
        headline=None,
        body="",
        url=None,
        author=None,
        site_name=None,
        outlet=outlet,
        published=Published(date, "header" if date else "none"),
    )
    return Analysis(document=document, entities=people or [], claims=claims)
