"""Facts from claims across documents: one `Fact` per (predicate, subject, object or value).

Symmetric predicates (spouse, affair, separated, …) are one fact in either order.  A fact keeps
every claim behind it, each with its document, sentence, source kind, speaker, outlet, modality
and report date; the fact's *event time* (`date`, `end`: when it happened) is kept apart from
its *report time* (`first_reported`, `last_reported`: when it was claimed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from allegedly.model import Analysis, Claim, DateValue
from allegedly.reconcile.identity import Overrides, People, resolve_people
from allegedly.reconcile.sources import SourcedClaim, earliest_day, latest_day, sourced_claims


def most_precise(dates: Iterable[DateValue | None]) -> DateValue | None:
    """The most precise date given; ties go to the first given."""
    best: DateValue | None = None
    for date in dates:
        if date is not None and (best is None or len(date.value) > len(best.value)):
            best = date
    return best


def event_dates(claims: list[Claim]) -> list[DateValue | None]:
    """The dates that may date a fact: a date its text gives outranks the report's own date, which
    a claim of a state takes when its sentence gives no time ("are dating", "works for X"): as of the
    report is when the state was seen to hold, not when it began ("began dating in 2024")."""
    told: list[DateValue | None] = [
        c.date for c in claims if c.date is not None and (c.predicate == "age" or c.date != c.report_date)
    ]
    if told and claims[0].predicate == "employer":
        told = sorted(told, key=lambda d: d.value if d else "")  # of two starts of a job told, the earlier
    return told or [c.date for c in claims]


@dataclass
class Fact:
    """One thing claimed, with every claim that says (or denies) it."""

    predicate: str
    subject: str
    object: str | None
    value: str | None
    claims: list[SourcedClaim]

    @property
    def key(self) -> tuple[str, str, str]:
        return self.claims[0].key()

    @property
    def date(self) -> DateValue | None:
        """Event time: the most precise date its claims give for when it began or happened."""
        return most_precise(event_dates([c.claim for c in self.claims]))

    @property
    def end(self) -> DateValue | None:
        """Event time: when it ended (a quit, a split), as precisely as any claim says."""
        return most_precise(c.claim.end for c in self.claims)

    @property
    def first_reported(self) -> DateValue | None:
        """Report time: the earliest report date of its claims (None when none is known)."""
        dated = [c.report_date for c in self.claims if c.report_date is not None]
        return min(dated, key=earliest_day) if dated else None

    @property
    def last_reported(self) -> DateValue | None:
        dated = [c.report_date for c in self.claims if c.report_date is not None]
        return max(dated, key=latest_day) if dated else None

    @property
    def supports(self) -> list[SourcedClaim]:
        return [c for c in self.claims if c.modality != "denied"]

    @property
    def denials(self) -> list[SourcedClaim]:
        return [c for c in self.claims if c.modality == "denied"]

    def involves(self, name: str) -> bool:
        return self.claims[0].involves(name)

    def participants(self) -> tuple[str, ...]:
        return (self.subject, self.object) if self.object else (self.subject,)


def resolved_claims(
    analyses: list[Analysis], people: People | None = None, overrides: Overrides | None = None
) -> list[SourcedClaim]:
    """Every claim with its names resolved across documents (people are resolved when not given)."""
    people = people or resolve_people(analyses, overrides)
    return sourced_claims(analyses, people.resolve)


def group_facts(claims: list[SourcedClaim]) -> list[Fact]:
    """Claims grouped into facts, in the order each fact was first met."""
    grouped: dict[tuple[str, str, str], list[SourcedClaim]] = {}
    for claim in claims:
        grouped.setdefault(claim.key(), []).append(claim)
    facts = []
    for items in grouped.values():
        first = items[0]
        facts.append(Fact(first.predicate, first.subject, first.object, first.claim.value, items))
    return facts


def facts(
    analyses: list[Analysis], people: People | None = None, overrides: Overrides | None = None
) -> list[Fact]:
    """Facts from every claim of `analyses`, names resolved across documents."""
    return group_facts(resolved_claims(analyses, people, overrides))
