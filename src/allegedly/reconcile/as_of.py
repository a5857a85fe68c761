"""The story as it stood on a date, and what changed between two dates.

`as_of` keeps only what had certainly been reported by the date: a claim whose report date is
unknown, or could fall after the date ("2023-06" as of 2023-06-15), is left out, as the store's
`claims(as_of=…)` does.  A document published after the date is left out whole.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from allegedly.model import Analysis, DateValue
from allegedly.reconcile.credibility import assess_fact
from allegedly.reconcile.facts import Fact, group_facts, resolved_claims
from allegedly.reconcile.identity import Overrides, People, canonical_name, resolve_people
from allegedly.reconcile.sources import SourcedClaim, earliest_day, reported_by
from allegedly.reconcile.timeline import about
from allegedly.reconcile.wording import phrase, sources, status


def as_of(analyses: list[Analysis], date: DateValue) -> list[Analysis]:
    """Copies of `analyses` holding only claims reported by `date` (unknown report date: out).

    Documents certainly published after `date` are dropped; timelines and reactions of the
    documents kept are kept (they were published by then).
    """
    kept: list[Analysis] = []
    for analysis in analyses:
        published = analysis.document.published.date
        if published is not None and not reported_by(published, date):
            continue
        claims = [c for c in analysis.claims if reported_by(c.report_date, date)]
        timeline = analysis.timeline if published is not None else []
        kept.append(replace(analysis, claims=claims, timeline=timeline))
    return kept


@dataclass(frozen=True)
class Change:
    """One fact new, newly settled or newly dated between two dates."""

    year: str | None  # when it happened (event time), else when first reported
    text: str  # "affair between A and B (alleged: Us Weekly insider)"
    kind: str  # "new", "changed" (its status moved) or "dated" (its date is told anew)
    fact: Fact

    def __str__(self) -> str:
        return f"{self.year or 'undated'}: {self.text}"


@dataclass
class StoryDiff:
    before: DateValue
    after: DateValue
    changes: list[Change]

    def lines(self) -> list[str]:
        """One line per year: "2023: affair alleged …; A and B separated (reported: …)"."""
        by_year: dict[str, list[str]] = {}
        for change in self.changes:
            by_year.setdefault(change.year or "undated", []).append(change.text)
        return [f"{year}: {'; '.join(texts)}" for year, texts in sorted(by_year.items())]


def _describe(fact: Fact) -> tuple[str, str]:
    assessment = assess_fact(fact)
    said = status(assessment)
    text = phrase(fact)
    if fact.predicate == "affair" and said == "alleged":
        text = text.replace("affair between", "affair alleged between", 1)
        return text + f" ({sources(assessment)})", said
    return f"{text} ({said}: {sources(assessment)})", said


def _facts_by(claims: list[SourcedClaim], date: DateValue) -> dict[tuple[str, str, str], Fact]:
    return {f.key: f for f in group_facts([c for c in claims if reported_by(c.report_date, date)])}


def _change_order(change: Change) -> tuple[str, str, str]:
    when = change.fact.date or change.fact.first_reported
    return change.year or "9999", earliest_day(when) if when else "9999", change.text


def story_diff(
    analyses: list[Analysis],
    before: DateValue,
    after: DateValue,
    names: list[str] | None = None,
    people: People | None = None,
    overrides: Overrides | None = None,
) -> StoryDiff:
    """What was reported after `before` and by `after`: new facts, facts whose status moved
    (now confirmed, now denied) and facts newly dated (a finer or another date), about `names`
    when given (any of them)."""
    people = people or resolve_people(analyses, overrides)
    claims = resolved_claims(analyses, people)
    if names:
        claims = about(claims, [canonical_name(people, n) for n in names])
    old, new = _facts_by(claims, before), _facts_by(claims, after)
    changes: list[Change] = []
    for key, fact in new.items():
        text, said = _describe(fact)
        when = fact.date or fact.first_reported
        year = str(when.year) if when else None
        if key not in old:
            changes.append(Change(year, text, "new", fact))
        elif _describe(old[key])[1] != said:
            changes.append(Change(year, f"now {said}: {text}", "changed", fact))
        elif fact.date is not None and fact.date != old[key].date:
            # the same fact told with a (usually finer) date: "born June 2011" → "June 17, 2011"
            was = old[key].date or "undated"
            changes.append(Change(year, f"now dated {fact.date} (was {was}): {text}", "dated", fact))
    changes.sort(key=_change_order)
    return StoryDiff(before, after, changes)
