"""A relationship's life-cycle, per pair of people: met → dating → engaged → married →
separated → divorced, with their children and any alleged affairs, each state with its dates
(event time), when it was first reported, how sure it is, and the claims behind it.

One fact can hold more than one stage: claims whose event dates are years apart ("split in
2015", "split in 2023") are separate stages; undated claims join the latest stage begun by the
time they were reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from allegedly.model import Analysis, DateValue
from allegedly.outlets import normalise_name
from allegedly.reconcile.credibility import assess_fact
from allegedly.reconcile.facts import Fact, group_facts, most_precise, resolved_claims
from allegedly.reconcile.identity import Overrides, People, canonical_name, resolve_people
from allegedly.reconcile.sources import SourcedClaim, earliest_day, latest_day
from allegedly.reconcile.wording import status, who

STATE_OF: dict[str, str] = {
    "met": "met",
    "partner": "dating",
    "engaged": "engaged",
    "spouse": "married",
    "separated": "separated",
    "divorced": "divorced",
}
STATES = ("met", "dating", "engaged", "married", "child", "affair", "separated", "divorced")
RELATIONSHIP_PREDICATES = frozenset(STATE_OF) | {"affair"}
STAGE_GAP_YEARS = 1  # dated claims more than this far apart are different stages


@dataclass
class Stage:
    """One state of a relationship."""

    state: str  # one of STATES
    date: DateValue | None  # event time: when it began or happened (a child's birth)
    end: DateValue | None
    reported: DateValue | None  # report time: first reported
    status: str  # confirmed / stated / reported / alleged / speculated / denied
    confidence: float
    evidence: list[SourcedClaim]
    detail: str | None = None  # the child's name; the other party of an affair

    def describe(self) -> str:
        """ "married (2012-08-04; stated)", "affair alleged (2023-06; with C; Us Weekly insider)",
        "child Ada born (2014-03-03; stated; People)"."""
        words = "affair alleged" if self.state == "affair" and self.status == "alleged" else self.state
        parts = [str(self.date) if self.date else f"reported {self.reported or 'date unknown'}"]
        if self.state == "child" and self.detail:
            words = f"child {self.detail} born"  # the child's name says which birth
        elif self.detail:
            parts.append(self.detail)
        if self.state != "affair" or self.status != "alleged":
            parts.append(self.status)
        parts.append(", ".join(dict.fromkeys(who(c) for c in self.evidence if c.modality != "denied")))
        return f"{words} ({'; '.join(p for p in parts if p)})"


@dataclass
class Relationship:
    pair: tuple[str, str]
    stages: list[Stage]

    def states(self) -> list[str]:
        return [s.state for s in self.stages]

    def stage(self, state: str) -> list[Stage]:
        return [s for s in self.stages if s.state == state]


def _event_day(claim: SourcedClaim) -> str:
    return earliest_day(claim.claim.date) if claim.claim.date else ""


def _split_by_time(claims: list[SourcedClaim]) -> list[list[SourcedClaim]]:
    dated = sorted((c for c in claims if c.claim.date), key=_event_day)
    clusters: list[list[SourcedClaim]] = []
    last_year = 0
    for claim in dated:
        year = int(_event_day(claim)[:4])
        if clusters and year - last_year <= STAGE_GAP_YEARS:
            clusters[-1].append(claim)
        else:
            clusters.append([claim])
        last_year = year
    if not clusters:
        return [list(claims)]
    for claim in (c for c in claims if not c.claim.date):
        report = latest_day(claim.report_date) if claim.report_date else None
        begun = [cluster for cluster in clusters if report is None or _event_day(cluster[0]) <= report]
        (begun[-1] if begun else clusters[0]).append(claim)
    return clusters


def _stages(state: str, claims: list[SourcedClaim], detail: str | None = None) -> list[Stage]:
    stages = []
    for cluster in _split_by_time(claims):
        first = cluster[0]
        fact = Fact(first.predicate, first.subject, first.object, first.claim.value, cluster)
        assessment = assess_fact(fact)
        stages.append(
            Stage(
                state=state,
                date=fact.date,
                end=fact.end,
                reported=fact.first_reported,
                status=status(assessment),
                confidence=assessment.confidence,
                evidence=cluster,
                detail=detail,
            )
        )
    return stages


def _order(stage: Stage) -> tuple[str, int]:
    when = stage.date or stage.reported
    return (earliest_day(when) if when else "9999", STATES.index(stage.state))


def life_cycle(claims: list[SourcedClaim], first: str, second: str) -> Relationship:
    """The pair's stages from claims whose names are already resolved, in time order."""
    a, b = normalise_name(first), normalise_name(second)
    pair = {a, b}
    stages: list[Stage] = []
    facts = group_facts(claims)
    for fact in facts:
        names = {normalise_name(fact.subject), normalise_name(fact.object or "")}
        if fact.predicate in STATE_OF and names == pair:
            stages.extend(_stages(STATE_OF[fact.predicate], fact.claims))
        elif fact.predicate == "affair" and names & pair:
            detail = None if names == pair else f"{fact.subject} with {fact.object}"
            stages.extend(_stages("affair", fact.claims, detail))
    # Children: the same child claimed of both.
    children: dict[str, dict[str, list[SourcedClaim]]] = {}
    for fact in facts:
        if fact.predicate == "child" and fact.object and normalise_name(fact.subject) in pair:
            children.setdefault(normalise_name(fact.object), {}).setdefault(
                normalise_name(fact.subject), []
            ).extend(fact.claims)
    for by_parent in children.values():
        if set(by_parent) == pair:
            evidence = [c for items in by_parent.values() for c in items]
            name = evidence[0].object
            stage = _stages("child", evidence, name)[0] if evidence else None
            if stage is not None:
                stage.date = most_precise(c.claim.date for c in evidence)
                stages.append(stage)
    stages.sort(key=_order)
    return Relationship((first, second), stages)


def relationship(
    analyses: list[Analysis],
    first: str,
    second: str,
    people: People | None = None,
    overrides: Overrides | None = None,
) -> Relationship:
    """The life-cycle of the pair (names as any document gives them, or their canonical names)."""
    people = people or resolve_people(analyses, overrides)
    claims = resolved_claims(analyses, people)
    return life_cycle(claims, canonical_name(people, first), canonical_name(people, second))


def pairs(claims: list[SourcedClaim]) -> list[tuple[str, str]]:
    """Every pair some relationship claim (other than an affair's) links, most claimed first."""
    counts: dict[tuple[str, str], int] = {}
    for claim in claims:
        if claim.predicate in STATE_OF and claim.object:
            low, high = sorted((claim.subject, claim.object), key=normalise_name)
            counts[(low, high)] = counts.get((low, high), 0) + 1
    return sorted(counts, key=lambda p: -counts[p])


def about(claims: list[SourcedClaim], names: list[str]) -> list[SourcedClaim]:
    """Claims about `names` (canonical), and affairs alleged of anyone they are in a relationship with."""
    wanted = {normalise_name(n) for n in names}
    partners = set(wanted)
    for claim in claims:
        if claim.predicate in STATE_OF and claim.object:
            pair = {normalise_name(claim.subject), normalise_name(claim.object)}
            if pair & wanted:
                partners |= pair
    return [
        c
        for c in claims
        if {normalise_name(c.subject), normalise_name(c.object or "")}
        & (partners if c.predicate == "affair" else wanted)
    ]


def relationships(
    analyses: list[Analysis], people: People | None = None, overrides: Overrides | None = None
) -> list[Relationship]:
    """Every pair's life-cycle."""
    claims = resolved_claims(analyses, people, overrides)
    return [life_cycle(claims, a, b) for a, b in pairs(claims)]
