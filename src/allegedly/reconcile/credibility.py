"""How much each claim, and each fact, is worth, with reasons a reader can check.

A claim's confidence is its source prior (on record > narration > outlet > anonymous >
commenter) × its modality weight (asserted > hedged > speculated) × its outlet's factor (the
reliability prior of `data/outlets.csv`; outlets the table does not list get its unlisted
default).  A denial is weighed the same way and counts *against* its fact.

A fact's confidence combines its claims: claims that share an origin (same source kind, same
outlet of origin, same speaker; anonymous sources of one outlet are one origin) count once, at
their best; independent origins combine by noisy-OR; denials combine the same way and scale
the result down: confidence = support × (1 − against).  Every step leaves a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from allegedly.model import Claim
from allegedly.outlets import UNLISTED_RELIABILITY, normalise_name, outlet_table
from allegedly.reconcile import weights
from allegedly.reconcile.facts import Fact
from allegedly.reconcile.sources import SourcedClaim, certainly_before


def outlet_reliability(name: str | None) -> float:
    """The outlet table's reliability prior for `name`; its unlisted default when unknown."""
    found = outlet_table().lookup(name)
    return found.reliability if found is not None else UNLISTED_RELIABILITY


def _outlet_words(name: str) -> str:
    found = outlet_table().lookup(name)
    if found is None:
        return f"outlet {name} (not in the outlet table, {UNLISTED_RELIABILITY:.2f})"
    return f"outlet {found.name} ({found.verdict}, {found.reliability:.2f})"


@dataclass(frozen=True)
class Confidence:
    """A number in [0, 1] and the steps that gave it."""

    value: float
    reasons: tuple[str, ...]

    def explain(self) -> str:
        return "; ".join(self.reasons)


def claim_confidence(claim: Claim, outlet: str | None = None) -> Confidence:
    """How much one claim is worth on its own.

    `outlet` is the publication that carries it when the attribution names none (the
    document's own outlet); a reader comment is never weighed by the page that hosts it.
    """
    kind = claim.attribution.source_kind
    speaker = claim.attribution.speaker
    prior = weights.SOURCE_PRIOR.get(kind, weights.SOURCE_PRIOR["commenter"])
    label = weights.SOURCE_LABEL.get(kind, kind)
    reasons = [f"{label}{f' ({speaker})' if speaker else ''}: {prior:.2f}"]
    value = prior
    modality_weight = weights.MODALITY_WEIGHT[claim.modality]
    if claim.modality == "denied":
        reasons.append("a denial: counts against the fact")
    elif modality_weight != 1.0:
        value *= modality_weight
        reasons.append(f"{claim.modality}: ×{modality_weight:.2f}")
    carrier = (
        None if kind == "commenter" or claim.span.comment is not None else claim.attribution.outlet or outlet
    )
    if kind in weights.OUTLET_CARRIED:
        reliability = outlet_reliability(carrier)
        factor = weights.OUTLET_FLOOR + (1 - weights.OUTLET_FLOOR) * min(reliability / weights.RELIABLE, 1.0)
        if kind == "on_record":
            factor = 1 - weights.ON_RECORD_OUTLET_SHARE * (1 - factor)
        words = _outlet_words(carrier) if carrier else f"outlet unknown ({UNLISTED_RELIABILITY:.2f})"
        if factor != 1.0:
            value *= factor
            reasons.append(f"{words}: ×{factor:.2f}")
    reasons.append(f"= {value:.2f}")
    return Confidence(round(value, 4), tuple(reasons))


def sourced_confidence(claim: SourcedClaim) -> Confidence:
    return claim_confidence(claim.claim, claim.document_outlet)


def origin(claim: SourcedClaim) -> tuple[str, str, str]:
    """Claims with one origin are not independent: (source kind, outlet of origin, speaker).

    On-record words are the speaker's wherever printed; anonymous sources of one outlet are one
    origin whatever they are called ("a source", "an insider"); narration by an outlet the
    table does not know is the document's own.
    """
    kind = claim.source_kind
    speaker = normalise_name(claim.claim.attribution.speaker or "")
    outlet = claim.outlet
    found = outlet_table().lookup(outlet)
    outlet_name = found.name if found is not None else (outlet or f"file {claim.file}")
    if kind == "on_record":
        return kind, "", speaker
    if kind == "anonymous":
        return kind, outlet_name, ""
    if kind == "commenter":
        return kind, claim.file, speaker
    return kind, outlet_name, speaker


def describe_origin(key: tuple[str, str, str]) -> str:
    kind, outlet, speaker = key
    label = weights.SOURCE_LABEL.get(kind, kind)
    parts = [p for p in (outlet if kind != "commenter" else "", label, speaker) if p]
    return " ".join(parts)


@dataclass(frozen=True)
class SourceGroup:
    """Claims from one origin, counted once at their best."""

    origin: tuple[str, str, str]
    claims: tuple[SourcedClaim, ...]
    confidence: float
    against: bool  # the group denies the fact


def _noisy_or(values: list[float]) -> float:
    remaining = 1.0
    for value in values:
        remaining *= 1 - value
    return 1 - remaining


@dataclass
class FactAssessment:
    """A fact with its confidence, the independent origins behind it, and why."""

    fact: Fact
    confidence: float
    support: float
    against: float
    groups: list[SourceGroup]
    claim_confidences: dict[SourcedClaim, Confidence] = field(repr=False)
    reasons: list[str]
    confirmed_on_record: SourcedClaim | None = None  # a later on-record claim that says it
    denied_on_record: SourcedClaim | None = None  # a later on-record claim that denies it

    @property
    def independent_sources(self) -> int:
        return sum(1 for g in self.groups if not g.against)


def _later_on_record(fact: Fact, denied: bool) -> SourcedClaim | None:
    """An on-record claim (denial when `denied`) reported after the fact's first report."""
    first = fact.first_reported
    for claim in fact.claims:
        if claim.source_kind != "on_record" or (claim.modality == "denied") != denied:
            continue
        later = first is None or claim.report_date is None or certainly_before(first, claim.report_date)
        if (denied or claim.modality == "asserted") and later:
            return claim
    return None


def assess_fact(fact: Fact) -> FactAssessment:
    """The fact's confidence: independent supports by noisy-OR, scaled by (1 − denials)."""
    confidences = {c: sourced_confidence(c) for c in fact.claims}
    by_origin: dict[tuple[tuple[str, str, str], bool], list[SourcedClaim]] = {}
    for claim in fact.claims:
        by_origin.setdefault((origin(claim), claim.modality == "denied"), []).append(claim)
    groups = [
        SourceGroup(key, tuple(items), max(confidences[c].value for c in items), against)
        for (key, against), items in by_origin.items()
    ]
    reasons: list[str] = []
    for group in groups:
        side = "against" if group.against else "for"
        if len(group.claims) > 1:
            reasons.append(
                f"{describe_origin(group.origin)}: {len(group.claims)} claims count once "
                f"({side}, {group.confidence:.2f})"
            )
        else:
            reasons.append(f"{describe_origin(group.origin)} ({side}, {group.confidence:.2f})")
    supports = [g.confidence for g in groups if not g.against]
    denials = [g.confidence for g in groups if g.against]
    support, against = _noisy_or(supports), _noisy_or(denials)
    if len(supports) > 1:
        reasons.append(f"{len(supports)} independent sources combine (noisy-OR) to {support:.2f}")
    confidence = support * (1 - against)
    if denials:
        reasons.append(f"denials weigh {against:.2f}: {support:.2f} × (1 − {against:.2f}) = {confidence:.2f}")
    confirmed = _later_on_record(fact, denied=False)
    denied = _later_on_record(fact, denied=True)
    if confirmed is not None:
        reasons.append(
            f"later confirmed on record by {confirmed.claim.attribution.speaker or 'the person'}"
            f" ({confirmed.report_date or 'date unknown'})"
        )
    if denied is not None:
        reasons.append(
            f"later denied on record by {denied.claim.attribution.speaker or 'the person'}"
            f" ({denied.report_date or 'date unknown'})"
        )
    return FactAssessment(
        fact=fact,
        confidence=round(confidence, 4),
        support=round(support, 4),
        against=round(against, 4),
        groups=groups,
        claim_confidences=confidences,
        reasons=reasons,
        confirmed_on_record=confirmed,
        denied_on_record=denied,
    )


def assess(facts: list[Fact]) -> list[FactAssessment]:
    """Every fact weighed, most confident first."""
    return sorted((assess_fact(f) for f in facts), key=lambda a: -a.confidence)
