"""Per outlet: how many of its claims were later confirmed, contradicted, or never settled.

A claim is *confirmed* when a claim from another origin, reported later, says the same thing
(same fact, same polarity) and is on record or weighs more; *contradicted* when such a later
claim says the opposite (a denial of it, or of its denial) or a contradiction links the two
(`contradictions.find_contradictions`); otherwise *unsettled*.  An outlet repeating one
sentence in one document counts it once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allegedly.model import Analysis
from allegedly.outlets import UNLISTED_RELIABILITY, outlet_table
from allegedly.reconcile.contradictions import find_contradictions
from allegedly.reconcile.credibility import origin, sourced_confidence
from allegedly.reconcile.facts import resolved_claims
from allegedly.reconcile.identity import Overrides, People
from allegedly.reconcile.sources import SourcedClaim, certainly_before


@dataclass(frozen=True)
class Outcome:
    claim: SourcedClaim
    outcome: str  # "confirmed", "contradicted" or "unsettled"
    by: SourcedClaim | None  # the later claim that settled it


@dataclass
class OutletRecord:
    outlet: str
    verdict: str
    reliability: float
    confirmed: int = 0
    contradicted: int = 0
    unsettled: int = 0
    outcomes: list[Outcome] = field(default_factory=list, repr=False)

    @property
    def claims(self) -> int:
        return self.confirmed + self.contradicted + self.unsettled


def _later(claim: SourcedClaim, other: SourcedClaim) -> bool:
    return (
        claim.report_date is not None
        and other.report_date is not None
        and certainly_before(claim.report_date, other.report_date)
    )


def _stronger(claim: SourcedClaim, other: SourcedClaim) -> bool:
    return (
        other.source_kind == "on_record" or sourced_confidence(other).value > sourced_confidence(claim).value
    )


def claim_outcomes(claims: list[SourcedClaim]) -> list[Outcome]:
    """The outcome of every claim that has an outlet (one per outlet, document, fact and polarity)."""
    by_fact: dict[tuple[str, str, str], list[SourcedClaim]] = {}
    for claim in claims:
        by_fact.setdefault(claim.key(), []).append(claim)
    against: dict[SourcedClaim, list[SourcedClaim]] = {}
    for pair in find_contradictions(claims):
        against.setdefault(pair.first, []).append(pair.second)
        against.setdefault(pair.second, []).append(pair.first)
    seen: set[tuple[str, str, tuple[str, str, str], bool]] = set()
    outcomes: list[Outcome] = []
    for claim in claims:
        if claim.outlet is None:
            continue
        once = (claim.outlet, claim.path, claim.key(), claim.modality == "denied")
        if once in seen:
            continue
        seen.add(once)
        mine = origin(claim)
        later = [
            o for o in by_fact[claim.key()] if origin(o) != mine and _later(claim, o) and _stronger(claim, o)
        ]
        opposed = [o for o in later if (o.modality == "denied") != (claim.modality == "denied")]
        opposed += [o for o in against.get(claim, []) if _later(claim, o) and _stronger(claim, o)]
        agreeing = [o for o in later if (o.modality == "denied") == (claim.modality == "denied")]
        if opposed:
            outcomes.append(Outcome(claim, "contradicted", opposed[0]))
        elif agreeing:
            outcomes.append(Outcome(claim, "confirmed", agreeing[0]))
        else:
            outcomes.append(Outcome(claim, "unsettled", None))
    return outcomes


def track_records(
    analyses: list[Analysis], people: People | None = None, overrides: Overrides | None = None
) -> list[OutletRecord]:
    """Every outlet's record, most claims first."""
    records: dict[str, OutletRecord] = {}
    table = outlet_table()
    for outcome in claim_outcomes(resolved_claims(analyses, people, overrides)):
        name = outcome.claim.outlet or ""
        found = table.lookup(name)
        key = found.name if found is not None else name
        if key not in records:
            records[key] = OutletRecord(
                key,
                found.verdict if found is not None else "not in the outlet table",
                found.reliability if found is not None else UNLISTED_RELIABILITY,
            )
        record = records[key]
        setattr(record, outcome.outcome, getattr(record, outcome.outcome) + 1)
        record.outcomes.append(outcome)
    return sorted(records.values(), key=lambda r: (-r.claims, r.outlet.casefold()))
