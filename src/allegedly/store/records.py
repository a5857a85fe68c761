"""What the store hands back: rows and summaries built for readers, beside the model's items."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from allegedly.model import Claim, EntityKind, Published, TimelineEvent


@dataclass(frozen=True)
class SaveOutcome:
    """What `Store.save` did with one document."""

    document_id: int
    status: Literal["stored", "unchanged"]
    # Rows written by this call, per table; empty when the document was already stored.
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentRow:
    """One stored document, as a list shows it."""

    id: int
    file_name: str
    path: str
    headline: str | None
    outlet: str | None
    published: Published
    content_hash: str
    ingested_at: datetime
    comments: int
    claims: int


@dataclass(frozen=True)
class PersonSummary:
    """One cross-document identity and how much the store holds about it."""

    name: str
    kind: EntityKind
    documents: int
    mentions: int
    claims: int


@dataclass(frozen=True)
class StoredClaim:
    """A claim with the document it was read in."""

    document_id: int
    file_name: str
    claim: Claim


@dataclass(frozen=True)
class StoredEvent:
    """A timeline event with the document it was read in."""

    document_id: int
    file_name: str
    event: TimelineEvent


@dataclass(frozen=True)
class PersonRecord:
    """Everything stored about one person.

    Claims are those where the person is subject or object, ordered by event date (unknown
    last), then report date; events are ordered by date.
    """

    name: str
    kind: EntityKind
    aliases: list[str]  # every other name the person went by, across documents, sorted
    decided_by: str  # why these documents' entities count as one person
    document_ids: list[int]
    claims: list[StoredClaim]
    timeline: list[StoredEvent]
