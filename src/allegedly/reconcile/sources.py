"""A claim with where it was read, and the calendar arithmetic every reconcile module shares.

`SourcedClaim` is the unit the reconcile stage works on: one `Claim`, the document it was read
in (path and file name), its position there, the document's own outlet, and the subject and
object resolved to cross-document names (see `identity.People.resolve`).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field

from allegedly.model import SYMMETRIC_PREDICATES, Analysis, Claim, DateValue
from allegedly.outlets import normalise_name


def earliest_day(date: DateValue) -> str:
    """The first calendar day a date allows: "2023" → "2023-01-01", "2023-02" → "2023-02-01"."""
    if date.precision == "day":
        return date.value
    return f"{date.value}-01-01" if date.precision == "year" else f"{date.value}-01"


def latest_day(date: DateValue) -> str:
    """The last calendar day a date allows: "2023" → "2023-12-31", "2023-02" → "2023-02-28"."""
    if date.precision == "day":
        return date.value
    if date.precision == "year":
        return f"{date.value}-12-31"
    year, month = int(date.value[:4]), int(date.value[5:7])
    return f"{date.value}-{calendar.monthrange(year, month)[1]:02d}"


def reported_by(report_date: DateValue | None, as_of: DateValue) -> bool:
    """Certainly reported by `as_of`: a known report date whose last possible day is not after it."""
    return report_date is not None and latest_day(report_date) <= latest_day(as_of)


def certainly_before(first: DateValue, second: DateValue) -> bool:
    """Every day `first` allows comes before every day `second` allows."""
    return latest_day(first) < earliest_day(second)


def overlaps(first: DateValue, second: DateValue) -> bool:
    """The two dates may be the same day ("2011" and "2011-11" overlap)."""
    return not certainly_before(first, second) and not certainly_before(second, first)


@dataclass(frozen=True)
class SourcedClaim:
    """One claim in one place, with its names resolved across documents.

    Equal and hashed by where it was read (document path, position), never by content: two
    outlets printing the same words are two claims.
    """

    path: str  # the document's path (unique per document)
    position: int  # index among the document's claims
    file: str = field(compare=False)  # the document's file name, as citations show it
    claim: Claim = field(compare=False)
    subject: str = field(compare=False)  # cross-document name of claim.subject
    object: str | None = field(compare=False)  # cross-document name of claim.object
    document_outlet: str | None = field(compare=False, default=None)

    @property
    def predicate(self) -> str:
        return self.claim.predicate

    @property
    def report_date(self) -> DateValue | None:
        return self.claim.report_date

    @property
    def source_kind(self) -> str:
        return self.claim.attribution.source_kind

    @property
    def modality(self) -> str:
        return self.claim.modality

    @property
    def in_comment(self) -> bool:
        return self.claim.span.comment is not None

    @property
    def outlet(self) -> str | None:
        """The outlet the claim comes from: the one the source spoke to, else the publisher.

        A reader comment has no outlet: the page only hosts it.
        """
        if self.source_kind == "commenter" or self.in_comment:
            return None
        return self.claim.attribution.outlet or self.document_outlet

    @property
    def when(self) -> DateValue | None:
        """When the claim places what it says: its event date, else the date it was reported."""
        return self.claim.date or self.claim.report_date

    def key(self) -> tuple[str, str, str]:
        """The fact this claim belongs to: (predicate, subject, object or "=value"), normalised;
        symmetric predicates in either order."""
        subject = normalise_name(self.subject)
        obj = normalise_name(self.object) if self.object else f"={self.claim.value}"
        if self.predicate in SYMMETRIC_PREDICATES:
            subject, obj = sorted((subject, obj))
        return self.predicate, subject, obj

    def involves(self, name: str) -> bool:
        norm = normalise_name(name)
        return norm in {normalise_name(self.subject), normalise_name(self.object or "")}

    def cite(self) -> str:
        """A footnote: file, comment number, outlet, source kind (speaker), modality, report date."""
        parts = [
            self.file if self.claim.span.comment is None else f"{self.file} comment {self.claim.span.comment}"
        ]
        if self.outlet:
            parts.append(self.outlet)
        speaker = self.claim.attribution.speaker
        parts.append(f"{self.source_kind} ({speaker})" if speaker else self.source_kind)
        parts.append(self.modality)
        parts.append(f"reported {self.report_date}" if self.report_date else "report date unknown")
        return ", ".join(parts)


Resolver = Callable[[str, str], str]  # (document path, name as the document gives it) → cross-document name


def sourced_claims(analyses: list[Analysis], resolve: Resolver | None = None) -> list[SourcedClaim]:
    """Every claim of `analyses`, in document order, with names resolved by `resolve`
    (default: the names as each document gives them)."""

    def same(_: str, name: str) -> str:
        return name

    resolve = resolve or same
    found: list[SourcedClaim] = []
    for analysis in analyses:
        document = analysis.document
        for position, claim in enumerate(analysis.claims):
            found.append(
                SourcedClaim(
                    path=document.path,
                    position=position,
                    file=document.file_name,
                    claim=claim,
                    subject=resolve(document.path, claim.subject),
                    object=resolve(document.path, claim.object) if claim.object else None,
                    document_outlet=document.outlet,
                )
            )
    return found
