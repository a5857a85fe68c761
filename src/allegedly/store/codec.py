"""Model items ↔ table rows: the one place that knows how each field is laid out in SQL.

Every function here is pure; `writer` and `reader` do the I/O.  Lists keep their order
through a `position` column, sets (aliases) are stored sorted, dates as their ISO strings.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from typing import Any, cast

from allegedly.model import (
    Attribution,
    Claim,
    Comment,
    DateValue,
    Document,
    Entity,
    Mention,
    Published,
    Reaction,
    Span,
    Stance,
    TimeExpression,
    TimelineEvent,
)
from allegedly.store.names import normalise_name

Row = dict[str, Any]
RowIn = Mapping[Any, Any]  # a dict, or a RowMapping read back


def date_text(date: DateValue | None) -> str | None:
    return None if date is None else date.value


def precision_text(date: DateValue | None) -> str | None:
    return None if date is None else date.precision


def date_of(text: str | None) -> DateValue | None:
    return None if text is None else DateValue(text)


def latest_day(date: DateValue) -> str:
    """The last calendar day a date allows: "2023" → "2023-12-31", "2023-02" → "2023-02-28"."""
    if date.precision == "day":
        return date.value
    if date.precision == "year":
        return f"{date.value}-12-31"
    year, month = int(date.value[:4]), int(date.value[5:7])
    return f"{date.value}-{calendar.monthrange(year, month)[1]:02d}"


def _span_columns(span: Span) -> Row:
    return {"start": span.start, "end": span.end, "comment_n": span.comment}


def _span_of(row: RowIn) -> Span:
    return Span(start=row["start"], end=row["end"], comment=row["comment_n"])


# -- documents and comments --------------------------------------------------------------


def document_row(document: Document) -> Row:
    published = document.published
    return {
        "content_hash": document.content_hash,
        "path": document.path,
        "file_name": document.file_name,
        "format": document.format,
        "headline": document.headline,
        "body": document.body,
        "url": document.url,
        "author": document.author,
        "site_name": document.site_name,
        "outlet": document.outlet,
        "published": date_text(published.date),
        "published_precision": precision_text(published.date),
        "published_source": published.source,
        "published_note": published.note,
        "declared_comment_count": document.declared_comment_count,
        "warnings": list(document.warnings),
    }


def published_of(row: RowIn) -> Published:
    return Published(
        date=date_of(row["published"]), source=row["published_source"], note=row["published_note"]
    )


def document_of(row: RowIn, comments: list[Comment]) -> Document:
    return Document(
        path=row["path"],
        file_name=row["file_name"],
        format=row["format"],
        headline=row["headline"],
        body=row["body"],
        url=row["url"],
        author=row["author"],
        site_name=row["site_name"],
        outlet=row["outlet"],
        published=published_of(row),
        comments=comments,
        declared_comment_count=row["declared_comment_count"],
        content_hash=row["content_hash"],
        warnings=list(row["warnings"]),
    )


def comment_row(document_id: int, comment: Comment, reaction: Reaction | None) -> Row:
    return {
        "document_id": document_id,
        "n": comment.n,
        "author": comment.author,
        "text": comment.text,
        "timestamp": comment.timestamp,
        "reply_to": comment.reply_to,
        "reply_to_author": comment.reply_to_author,
        "reply_cue": comment.reply_cue,
        "toxic": None if reaction is None else reaction.toxic,
        "categories": None if reaction is None else list(reaction.categories),
    }


def comment_of(row: RowIn) -> Comment:
    return Comment(
        n=row["n"],
        author=row["author"],
        text=row["text"],
        timestamp=row["timestamp"],
        reply_to=row["reply_to"],
        reply_to_author=bool(row["reply_to_author"]),
        reply_cue=row["reply_cue"],
    )


def stance_rows(document_id: int, reaction: Reaction) -> list[Row]:
    return [
        {
            "document_id": document_id,
            "comment_n": reaction.comment,
            "position": position,
            "target": stance.target,
            "label": stance.label,
            "score": stance.score,
        }
        for position, stance in enumerate(reaction.stances)
    ]


def reaction_of(comment_row: RowIn, stance_rows: Iterable[RowIn]) -> Reaction | None:
    """The comment's reaction, or None when none was recorded (toxic is NULL)."""
    if comment_row["toxic"] is None:
        return None
    stances = [Stance(target=s["target"], label=s["label"], score=s["score"]) for s in stance_rows]
    return Reaction(
        comment=comment_row["n"],
        stances=stances,
        toxic=bool(comment_row["toxic"]),
        categories=list(comment_row["categories"] or []),
    )


# -- entities and mentions ---------------------------------------------------------------


def entity_row(document_id: int, position: int, entity: Entity, group_id: int) -> Row:
    return {
        "document_id": document_id,
        "position": position,
        "key": entity.key,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": sorted(entity.aliases),
        "group_id": group_id,
    }


def entity_of(row: RowIn) -> Entity:
    return Entity(key=row["key"], name=row["name"], kind=row["kind"], aliases=set(row["aliases"]))


def entity_norm_names(entity: Entity) -> set[str]:
    """Every normalised name an entity goes by (empty ones dropped: they match nothing)."""
    return {norm for norm in map(normalise_name, {entity.name, *entity.aliases}) if norm}


def mention_row(entity_id: int, position: int, mention: Mention) -> Row:
    return {
        "entity_id": entity_id,
        "position": position,
        "text": mention.text,
        "kind": mention.kind,
        **_span_columns(mention.span),
    }


def mention_of(row: RowIn, entity_key: str) -> Mention:
    return Mention(entity=entity_key, text=row["text"], span=_span_of(row), kind=row["kind"])


# -- times, claims, timeline -------------------------------------------------------------


def time_row(document_id: int, position: int, time: TimeExpression) -> Row:
    return {
        "document_id": document_id,
        "position": position,
        "text": time.text,
        "kind": time.kind,
        "value": date_text(time.value),
        "anchor": time.anchor,
        **_span_columns(time.span),
    }


def time_of(row: RowIn) -> TimeExpression:
    return TimeExpression(
        text=row["text"],
        span=_span_of(row),
        kind=row["kind"],
        value=date_of(row["value"]),
        anchor=row["anchor"],
    )


def claim_row(
    document_id: int, position: int, claim: Claim, subject_entity_id: int | None, object_entity_id: int | None
) -> Row:
    attribution = claim.attribution
    return {
        "document_id": document_id,
        "position": position,
        "subject": claim.subject,
        "subject_entity_id": subject_entity_id,
        "subject_norm": normalise_name(claim.subject),
        "predicate": claim.predicate,
        "object": claim.object,
        "object_entity_id": object_entity_id,
        "object_norm": None if claim.object is None else normalise_name(claim.object),
        "value": claim.value,
        "event_date": date_text(claim.date),
        "event_precision": precision_text(claim.date),
        "event_end": date_text(claim.end),
        "event_end_precision": precision_text(claim.end),
        "source_kind": attribution.source_kind,
        "speaker": attribution.speaker,
        "outlet": attribution.outlet,
        "cue": attribution.cue,
        "modality": claim.modality,
        "evidence": claim.evidence,
        "sentence": claim.sentence,
        "report_date": date_text(claim.report_date),
        "report_latest": None if claim.report_date is None else latest_day(claim.report_date),
        **_span_columns(claim.span),
    }


def claim_of(row: RowIn) -> Claim:
    return Claim(
        subject=row["subject"],
        predicate=row["predicate"],
        object=row["object"],
        value=row["value"],
        date=date_of(row["event_date"]),
        end=date_of(row["event_end"]),
        attribution=Attribution(
            source_kind=row["source_kind"], speaker=row["speaker"], outlet=row["outlet"], cue=row["cue"]
        ),
        modality=row["modality"],
        evidence=row["evidence"],
        sentence=row["sentence"],
        span=_span_of(row),
        report_date=date_of(row["report_date"]),
    )


def event_row(document_id: int, position: int, event: TimelineEvent) -> Row:
    span: Row = {"start": None, "end": None, "comment_n": None}
    if event.span is not None:
        span = _span_columns(event.span)
    return {
        "document_id": document_id,
        "position": position,
        "date": event.date.value,
        "date_precision": event.date.precision,
        "participants": list(event.participants),
        "summary": event.summary,
        **span,
    }


def event_of(row: RowIn) -> TimelineEvent:
    span = None if row["start"] is None else _span_of(row)
    return TimelineEvent(
        date=DateValue(row["date"]),
        participants=list(cast(list[str], row["participants"])),
        summary=row["summary"],
        span=span,
    )
