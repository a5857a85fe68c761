"""An "everything we know" brief for a person or a pair: dated, sourced, every sentence
footnoted to the claims behind it (file, outlet, source kind, modality), as Markdown or JSON.

Sections: the relationship life-cycle (of the pair, or of each of the person's pairs), other
facts about them in time order with their status and confidence, and contradictions shown
side by side.  Nothing is resolved: a contested fact is written as contested.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from allegedly.model import Analysis, DateValue
from allegedly.outlets import normalise_name
from allegedly.reconcile.as_of import as_of as as_of_view
from allegedly.reconcile.contradictions import find_contradictions, group_contradictions
from allegedly.reconcile.credibility import assess_fact
from allegedly.reconcile.facts import Fact, group_facts, resolved_claims
from allegedly.reconcile.identity import Overrides, Person, canonical_name, resolve_people
from allegedly.reconcile.sources import SourcedClaim, earliest_day
from allegedly.reconcile.timeline import RELATIONSHIP_PREDICATES, about, life_cycle, pairs
from allegedly.reconcile.wording import phrase, sources, status

EXCERPT = 160  # characters of the claim's sentence quoted in a footnote


@dataclass(frozen=True)
class Footnote:
    n: int
    claim: SourcedClaim

    def text(self) -> str:
        sentence = " ".join(self.claim.claim.sentence.split())
        if len(sentence) > EXCERPT:
            sentence = sentence[: EXCERPT - 1] + "…"
        return f"{self.claim.cite()}: “{sentence}”"

    def as_json(self) -> dict[str, Any]:
        claim, attribution = self.claim, self.claim.claim.attribution
        return {
            "n": self.n,
            "file": claim.file,
            "comment": claim.claim.span.comment,
            "outlet": claim.outlet,
            "source_kind": claim.source_kind,
            "speaker": attribution.speaker,
            "modality": claim.modality,
            "report_date": str(claim.report_date) if claim.report_date else None,
            "sentence": claim.claim.sentence,
        }


@dataclass
class Sentence:
    text: str
    notes: list[int]


@dataclass
class Section:
    title: str
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Brief:
    names: list[str]
    generated: str  # ISO day the brief was written
    as_of: str | None  # only reports up to this date were used
    people: list[Person]
    sections: list[Section]
    footnotes: list[Footnote]

    @property
    def title(self) -> str:
        return "Everything we know: " + " and ".join(self.names)

    def to_markdown(self) -> str:
        lines = [f"# {self.title}", ""]
        scope = f"reports up to {self.as_of}" if self.as_of else "every stored report"
        lines += [f"_Generated {self.generated} from {scope}._", ""]
        for person in self.people:
            also = f"; also called {', '.join(person.aliases)}" if person.aliases else ""
            nick = (
                f"; nicknames in the press (never used to merge): {', '.join(person.nicknames)}"
                if person.nicknames
                else ""
            )
            lines.append(f"- **{person.name}**: {len(person.files)} document(s){also}{nick}")
        lines.append("")
        for section in self.sections:
            lines += [f"## {section.title}", ""]
            if not section.sentences:
                lines += ["Nothing reported.", ""]
            for sentence in section.sentences:
                marks = "".join(f"[^{n}]" for n in sentence.notes)
                lines.append(f"- {sentence.text}{marks}")
            lines.append("")
        for note in self.footnotes:
            lines.append(f"[^{note.n}]: {note.text()}")
        return "\n".join(lines).rstrip() + "\n"

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "names": self.names,
            "generated": self.generated,
            "as_of": self.as_of,
            "people": [
                {
                    "name": p.name,
                    "aliases": p.aliases,
                    "nicknames": p.nicknames,
                    "files": p.files,
                    "decided_by": p.decided_by,
                }
                for p in self.people
            ],
            "sections": [
                {"title": s.title, "sentences": [{"text": t.text, "footnotes": t.notes} for t in s.sentences]}
                for s in self.sections
            ],
            "footnotes": [n.as_json() for n in self.footnotes],
        }


class _Notes:
    """One footnote per distinct citation: claims read from one sentence by one voice (a
    child claimed of each parent, a fact and its date) would print the same note twice."""

    def __init__(self) -> None:
        self.by_citation: dict[tuple[Any, ...], Footnote] = {}

    def cite(self, claims: list[SourcedClaim]) -> list[int]:
        numbers = []
        for claim in claims:
            key = tuple(Footnote(0, claim).as_json().items())[1:]  # all but the number
            if key not in self.by_citation:
                self.by_citation[key] = Footnote(len(self.by_citation) + 1, claim)
            numbers.append(self.by_citation[key].n)
        return sorted(set(numbers))


def _when(value: DateValue | None) -> str:
    return f"{value}: " if value else "undated: "


def _fact_order(fact: Fact) -> str:
    when = fact.date or fact.first_reported
    return earliest_day(when) if when else "9999"


def brief(
    analyses: list[Analysis],
    names: list[str],
    as_of: DateValue | None = None,
    generated: Date | None = None,
    overrides: Overrides | None = None,
) -> Brief:
    """The brief for one person or a pair (names as any document gives them)."""
    if as_of is not None:
        analyses = as_of_view(analyses, as_of)
    people = resolve_people(analyses, overrides)
    wanted = [canonical_name(people, n) for n in names]
    norms = {normalise_name(n) for n in wanted}
    claims = about(resolved_claims(analyses, people), wanted)
    notes = _Notes()
    sections: list[Section] = []

    couples = (
        [tuple(wanted)]
        if len(wanted) == 2
        else [p for p in pairs(claims) if norms & {normalise_name(x) for x in p}]
    )
    children: set[str] = set()
    for first, second in couples:
        section = Section(f"{first} and {second}: relationship")
        for stage in life_cycle(claims, first, second).stages:
            if stage.state == "child" and stage.detail:
                children.add(normalise_name(stage.detail))
            text = f"{_when(stage.date)}{stage.describe()}, confidence {stage.confidence:.2f}"
            if stage.end:
                text += f", ended {stage.end}"
            section.sentences.append(Sentence(text, notes.cite(stage.evidence)))
        sections.append(section)

    in_pairs = {frozenset(normalise_name(x) for x in p) for p in couples}
    other = Section("Other facts")
    facts = group_facts(claims)
    facts.sort(key=_fact_order)
    for fact in facts:
        pair = frozenset({normalise_name(fact.subject), normalise_name(fact.object or "")})
        if fact.predicate in RELATIONSHIP_PREDICATES and (pair in in_pairs or fact.predicate == "affair"):
            continue
        if fact.predicate == "child" and normalise_name(fact.object or "") in children:
            continue  # in the relationship section
        assessment = assess_fact(fact)
        text = (
            f"{_when(fact.date)}{phrase(fact)} ({status(assessment)}: {sources(assessment)}; "
            f"first reported {fact.first_reported or 'date unknown'}; confidence {assessment.confidence:.2f})"
        )
        other.sentences.append(Sentence(text, notes.cite(fact.claims)))
    sections.append(other)

    contested = Section("Contradictions (unresolved)")
    for group in group_contradictions(find_contradictions(claims)):
        contested.sentences.append(Sentence(f"{group.kind}: {group.reason}", notes.cite(group.claims)))
    sections.append(contested)

    chosen = [p for p in people.people if normalise_name(p.name) in norms]
    footnotes = sorted(notes.by_citation.values(), key=lambda f: f.n)
    return Brief(
        names=wanted,
        generated=(generated or Date.today()).isoformat(),
        as_of=str(as_of) if as_of else None,
        people=chosen,
        sections=sections,
        footnotes=footnotes,
    )
