"""Pairs of claims that cannot both be true, each with a reason; never resolved here.

Kinds:
- `ended vs continues`: a job said to have ended (a quit, a retirement) and, from another
  voice (another document, or a reader comment), the same job said to go on at that time or later;
- `denied vs asserted`: one voice says a fact, another denies it, about the same time
  (a separation, "on the outs", against an on-record denial);
- `two spouses at once`: someone said to be married to two different people over
  overlapping periods;
- `ages disagree`: ages that put the same person's birth in years that cannot both hold.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

from allegedly.model import Analysis, DateValue
from allegedly.outlets import normalise_name
from allegedly.reconcile.facts import resolved_claims
from allegedly.reconcile.identity import Overrides, People
from allegedly.reconcile.sources import SourcedClaim, earliest_day, latest_day, overlaps

ENDABLE = frozenset({"employer"})  # relations whose `end` says they stopped
YEARS_APART = 1  # a denial and a claim more than this many years apart are about different times
ENDINGS = ("separated", "divorced")  # these end a marriage for the spouse check


@dataclass(frozen=True)
class Contradiction:
    kind: str
    first: SourcedClaim  # the earlier reported of the two, when that is known
    second: SourcedClaim
    first_says: str  # what `first` says, without its voice ("X left Y by 2011-11")
    second_says: str
    head: str = ""  # what the two disagree on, where the sides alone do not say it

    @property
    def reason(self) -> str:
        return _reason(self.head, self.first_says, [self.first], self.second_says, [self.second])


@dataclass(frozen=True)
class ContradictionGroup:
    """Contradictions of one kind that share one side: one claim (or several saying the same
    thing) against every voice that says the opposite, so a brief lists "left X per four
    voices; still there per one reader" once, not four times."""

    kind: str
    head: str
    one_says: str
    one: tuple[SourcedClaim, ...]
    other_says: str
    other: tuple[SourcedClaim, ...]

    @property
    def reason(self) -> str:
        return _reason(self.head, self.one_says, list(self.one), self.other_says, list(self.other))

    @property
    def claims(self) -> list[SourcedClaim]:
        return [*self.one, *self.other]


def _reason(head: str, a_says: str, a: list[SourcedClaim], b_says: str, b: list[SourcedClaim]) -> str:
    return f"{head}{a_says} per {_voices(a)}; {b_says} per {_voices(b)}"


def _voices(claims: list[SourcedClaim]) -> str:
    """Each distinct voice once ("per A, and per B"): two claims of one sentence are one voice."""
    return ", and per ".join(dict.fromkeys(_voice(c) for c in claims))


def group_contradictions(found: list[Contradiction]) -> list[ContradictionGroup]:
    """`found` with the contradictions that share a side (same kind, same claim, same words on
    the other side) merged; in the order their first member came."""
    groups: list[ContradictionGroup] = []
    for item in found:
        words = (item.kind, item.head, item.first_says, item.second_says)
        for i, group in enumerate(groups):
            if (group.kind, group.head, group.one_says, group.other_says) != words:
                continue
            if group.other == (item.second,):
                groups[i] = replace(group, one=(*group.one, item.first))
                break
            if group.one == (item.first,):
                groups[i] = replace(group, other=(*group.other, item.second))
                break
        else:
            groups.append(ContradictionGroup(*words[:3], (item.first,), item.second_says, (item.second,)))
    return groups


def _voice(claim: SourcedClaim) -> str:
    speaker = claim.claim.attribution.speaker
    who = claim.outlet or ("a reader" if claim.source_kind == "commenter" else "an unknown outlet")
    where = f"{claim.file} comment {claim.claim.span.comment}" if claim.in_comment else claim.file
    described = f"{claim.source_kind}{f' {speaker}' if speaker else ''}"
    return f"{who} ({described}, {claim.modality}, {where}, reported {claim.report_date or 'date unknown'})"


def _separate_voices(a: SourcedClaim, b: SourcedClaim) -> bool:
    """Different documents, or one of the two is a reader comment: not one sentence read twice."""
    if "commenter" in (a.source_kind, b.source_kind) and a.source_kind != b.source_kind:
        return True
    return a.path != b.path or a.in_comment != b.in_comment or a.claim.span.comment != b.claim.span.comment


def _ended_vs_continues(ended: SourcedClaim, going: SourcedClaim) -> Contradiction | None:
    end = ended.claim.end
    if end is None or going.claim.end is not None or going.modality == "denied" or ended.modality == "denied":
        return None
    if not _separate_voices(ended, going) or going.report_date is None:
        return None
    if latest_day(going.report_date) < earliest_day(end):
        return None  # it was still going before it ended: no conflict
    obj = ended.object or ended.claim.value
    return Contradiction(
        "ended vs continues",
        ended,
        going,
        f"{ended.subject} left {obj} by {end}",
        f"still with {obj} as of {going.report_date}",
    )


def _years_apart(a: DateValue | None, b: DateValue | None) -> bool:
    return a is not None and b is not None and abs(a.year - b.year) > YEARS_APART


def _denied_vs_asserted(said: SourcedClaim, denied: SourcedClaim) -> Contradiction | None:
    if said.modality == "denied" or denied.modality != "denied" or _years_apart(said.when, denied.when):
        return None
    on_record = denied.source_kind == "on_record"
    what = {"separated": "a separation", "affair": "an affair", "divorced": "a divorce"}.get(
        said.predicate, f"{said.predicate}"
    )
    denier = "denied on record" if on_record else "denied"
    return Contradiction(
        "denied vs asserted",
        said,
        denied,
        f"{what} ({said.subject}, {said.object or said.claim.value}) reported",
        denier,
    )


def _span(claim: SourcedClaim, endings: dict[frozenset[str], DateValue]) -> tuple[str, str] | None:
    """When a spouse claim says the marriage held: from its date (or report) to its end, or
    the couple's separation, or its report."""
    start = claim.claim.date or claim.report_date
    stop = claim.claim.end or claim.report_date
    ended = endings.get(frozenset({normalise_name(claim.subject), normalise_name(claim.object or "")}))
    if ended is not None and (stop is None or earliest_day(ended) < earliest_day(stop)):
        stop = ended
    if start is None or stop is None:
        return None
    return earliest_day(start), latest_day(stop)


def _two_spouses(claims: list[SourcedClaim]) -> list[Contradiction]:
    endings: dict[frozenset[str], DateValue] = {}
    for claim in claims:
        when = claim.claim.date or claim.claim.end
        if claim.predicate in ENDINGS and claim.modality != "denied" and claim.object and when:
            pair = frozenset({normalise_name(claim.subject), normalise_name(claim.object)})
            if pair not in endings or earliest_day(when) < earliest_day(endings[pair]):
                endings[pair] = when
    spouses: dict[str, list[tuple[str, SourcedClaim]]] = {}
    for claim in claims:
        if claim.predicate != "spouse" or claim.modality == "denied" or not claim.object:
            continue
        for person, partner in ((claim.subject, claim.object), (claim.object, claim.subject)):
            spouses.setdefault(normalise_name(person), []).append((normalise_name(partner), claim))
    found: list[Contradiction] = []
    for person, items in spouses.items():
        for (partner_a, a), (partner_b, b) in combinations(items, 2):
            if partner_a == partner_b:
                continue
            span_a, span_b = _span(a, endings), _span(b, endings)
            if span_a is None or span_b is None or span_a[1] < span_b[0] or span_b[1] < span_a[0]:
                continue
            name = a.subject if normalise_name(a.subject) == person else a.object
            other_a = a.object if normalise_name(a.subject) == person else a.subject
            other_b = b.object if normalise_name(b.subject) == person else b.subject
            found.append(
                Contradiction(
                    "two spouses at once",
                    a,
                    b,
                    f"{name} married to {other_a} ({span_a[0]} to {span_a[1]})",
                    f"to {other_b} ({span_b[0]} to {span_b[1]})",
                )
            )
    return found


def _birth_years(claim: SourcedClaim) -> tuple[int, int] | None:
    when = claim.when
    value = (claim.claim.value or "").strip()
    if when is None or not value.isdigit():
        return None
    age = int(value)
    return when.year - age - 1, when.year - age


def _ages_disagree(a: SourcedClaim, b: SourcedClaim) -> Contradiction | None:
    """Ages that cannot both hold: different ages on one given day, or birth years that
    cannot meet (34 in 2011 is born 1976–1977; 40 in 2011 is born 1970–1971)."""
    if normalise_name(a.subject) != normalise_name(b.subject) or "denied" in (a.modality, b.modality):
        return None
    years_a, years_b = _birth_years(a), _birth_years(b)
    if years_a is None or years_b is None or a.when is None or b.when is None:
        return None
    same_day = a.when == b.when and a.when.precision == "day" and a.claim.value != b.claim.value
    if not same_day and not (years_a[1] < years_b[0] or years_b[1] < years_a[0]):
        return None
    if overlaps(a.when, b.when):
        head = f"different ages for {a.subject} at the same time ({a.when})"
    else:
        head = f"ages of {a.subject} disagree"
    return Contradiction(
        "ages disagree",
        a,
        b,
        f"{a.claim.value} in {a.when} (born {years_a[0]}–{years_a[1]})",
        f"{b.claim.value} in {b.when} (born {years_b[0]}–{years_b[1]})",
        head=f"{head}: ",
    )


def _by_report(a: SourcedClaim, b: SourcedClaim) -> tuple[SourcedClaim, SourcedClaim]:
    if a.report_date and b.report_date and earliest_day(b.report_date) < earliest_day(a.report_date):
        return b, a
    return a, b


def find_contradictions(claims: list[SourcedClaim]) -> list[Contradiction]:
    """Every pair of claims that cannot both be true, each once, with a reason."""
    found: list[Contradiction] = []
    by_fact: dict[tuple[str, str, str], list[SourcedClaim]] = {}
    ages: dict[str, list[SourcedClaim]] = {}
    for claim in claims:
        by_fact.setdefault(claim.key(), []).append(claim)
        if claim.predicate == "age":
            ages.setdefault(normalise_name(claim.subject), []).append(claim)
    for items in by_fact.values():
        for a, b in combinations(items, 2):
            first, second = _by_report(a, b)
            if first.predicate in ENDABLE:
                pair = _ended_vs_continues(first, second) or _ended_vs_continues(second, first)
            else:
                pair = None
            pair = pair or _denied_vs_asserted(first, second) or _denied_vs_asserted(second, first)
            if pair is not None:
                found.append(pair)
    found.extend(_two_spouses(claims))
    for items in ages.values():
        for a, b in combinations(items, 2):
            first, second = _by_report(a, b)
            pair = _ages_disagree(first, second)
            if pair is not None:
                found.append(pair)
    return found


def contradictions(
    analyses: list[Analysis], people: People | None = None, overrides: Overrides | None = None
) -> list[Contradiction]:
    """Contradictions among every claim of `analyses`, names resolved across documents."""
    return find_contradictions(resolved_claims(analyses, people, overrides))
