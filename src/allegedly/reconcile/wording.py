"""Words for facts: a phrase per predicate, a status word, and who says so."""

from __future__ import annotations

from allegedly.reconcile.credibility import FactAssessment
from allegedly.reconcile.facts import Fact
from allegedly.reconcile.sources import SourcedClaim

# How a fact reads; {s} subject, {o} object, {v} value.  Symmetric ones read "A and B …".
PHRASES: dict[str, str] = {
    "spouse": "{s} and {o} married",
    "engaged": "{s} and {o} engaged",
    "partner": "{s} and {o} dating",
    "affair": "affair between {s} and {o}",
    "separated": "{s} and {o} separated",
    "divorced": "{s} and {o} divorced",
    "met": "{s} and {o} met",
    "child": "{o}, child of {s}",
    "employer": "{s} works for {o}",
    "residence": "{s} lives in {o}",
    "appeared_in": "{s} appeared in {o}",
    "choreographed": "{s} choreographed {o}",
    "owns": "{s} owns {o}",
    "age": "{s} aged {v}",
}
ENDED_PHRASES: dict[str, str] = {"employer": "{s} left {o}", "residence": "{s} moved away from {o}"}


def phrase(fact: Fact) -> str:
    """The fact in a few words: "Ada Quill and Ben Vance engaged", "Ben Vance left Vance Ballet"."""
    template = (ENDED_PHRASES if fact.end else PHRASES).get(fact.predicate) or PHRASES.get(
        fact.predicate, "{s} " + fact.predicate + " {o}"
    )
    return template.format(s=fact.subject, o=fact.object or fact.value or "", v=fact.value or "")


def status(assessment: FactAssessment) -> str:
    """confirmed (on record) / denied / alleged (affairs) / speculated / stated / reported."""
    supports = assessment.fact.supports
    if assessment.against > assessment.support:
        return "denied"
    if any(c.source_kind == "on_record" and c.modality == "asserted" for c in supports):
        return "confirmed"
    if assessment.fact.predicate == "affair":
        return "alleged"
    if supports and all(c.modality == "speculated" for c in supports):
        return "speculated"
    if any(
        c.modality == "asserted" and c.source_kind in ("narration", "outlet") and not c.in_comment
        for c in supports
    ):
        return "stated"
    return "reported"


def who(claim: SourcedClaim) -> str:
    """Who stands behind a claim, briefly: "Us Weekly insider", "Ada Quill on record", "a reader"."""
    speaker = claim.claim.attribution.speaker
    kind = claim.source_kind
    if kind == "commenter" or claim.in_comment:
        return f"reader comment{f' by {speaker}' if speaker else ''}"
    if kind == "on_record":
        return f"{speaker or 'the person'} on record"
    outlet = claim.outlet or "unknown outlet"
    if kind == "anonymous":
        return f"{outlet} {speaker or 'anonymous source'}"
    if kind == "author_opinion":
        return f"{outlet} writer's opinion"
    return outlet


def sources(assessment: FactAssessment, limit: int = 3) -> str:
    """The fact's independent origins, strongest first: "Us Weekly insider, StyleCaster"."""
    groups = sorted((g for g in assessment.groups if not g.against), key=lambda g: -g.confidence)
    names = list(dict.fromkeys(who(g.claims[0]) for g in groups))
    extra = f" and {len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + extra
