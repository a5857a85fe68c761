"""Reconcile: the story across documents, read from analyses (pure functions, no store).

identity (people across documents) → facts (claims grouped) → credibility (how sure, why) →
contradictions → timeline (relationship life-cycles) and as_of (any date's view, story diffs)
→ track_record (outlets) → brief (everything we know, footnoted).
"""

from __future__ import annotations

from allegedly.reconcile.as_of import Change, StoryDiff, as_of, story_diff
from allegedly.reconcile.brief import Brief, brief
from allegedly.reconcile.contradictions import (
    Contradiction,
    ContradictionGroup,
    contradictions,
    find_contradictions,
    group_contradictions,
)
from allegedly.reconcile.credibility import (
    Confidence,
    FactAssessment,
    assess,
    assess_fact,
    claim_confidence,
    outlet_reliability,
)
from allegedly.reconcile.facts import Fact, facts, group_facts, resolved_claims
from allegedly.reconcile.identity import Overrides, People, Person, Unresolved, resolve_people
from allegedly.reconcile.sources import SourcedClaim, sourced_claims
from allegedly.reconcile.timeline import Relationship, Stage, life_cycle, relationship, relationships
from allegedly.reconcile.track_record import OutletRecord, claim_outcomes, track_records

__all__ = [
    "Brief",
    "Change",
    "Confidence",
    "Contradiction",
    "ContradictionGroup",
    "Fact",
    "FactAssessment",
    "OutletRecord",
    "Overrides",
    "People",
    "Person",
    "Relationship",
    "SourcedClaim",
    "Stage",
    "StoryDiff",
    "Unresolved",
    "as_of",
    "assess",
    "assess_fact",
    "brief",
    "claim_confidence",
    "claim_outcomes",
    "contradictions",
    "facts",
    "find_contradictions",
    "group_contradictions",
    "group_facts",
    "life_cycle",
    "outlet_reliability",
    "relationship",
    "relationships",
    "resolve_people",
    "resolved_claims",
    "sourced_claims",
    "story_diff",
    "track_records",
]
