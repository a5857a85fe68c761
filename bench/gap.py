"""Pronoun resolution of allegedly's entity index against GAP (Webster et al., 2018).

What it measures: each GAP row is a Wikipedia snippet, a he/she pronoun at an offset and two
candidate names A and B, each labelled coreferent with the pronoun or not. The text is
parsed with the project's spaCy pipeline, `find_entities` builds the entity index, and
`EntityIndex.resolve_pronoun(pronoun, offset)` picks an entity, as the product asks it (the
pronoun's character offset in the parsed text). A candidate is predicted coreferent when the
picked entity is the person the index found at the candidate's span; where the index found
none there, when the picked entity's name or an alias equals the candidate's text, or the
candidate's words are a subset of the entity's name. The run also says how many candidates
the entity finder missed (no person mention at their span): those are the product's misses,
not the resolver's. Scored as in the GAP paper: F1 over the binary A and B decisions (true
positive: predicted and gold coreferent; false positive: predicted, not gold; false
negative: gold, not predicted), by the pronoun's gender (M, F) and the bias F/M.

`--baseline` also scores, on the same rows, a simple baseline: the nearest of A and B
that ends before the pronoun and whose first name does not disagree in gender (a
first-name list), else the nearest after it.

Split: `dev` reads gap/gap-development.tsv and gap/gap-validation.tsv (development: tune
freely; `development` and `validation` read one each, to see that a change tuned on one half
holds on the other); `report` (default) reads gap/gap-test.tsv (report only: never tune on it).

Run:  .venv/bin/python bench/gap.py --split dev [--limit N] [--baseline] [--errors N] [--breakdown]
      [--docs DIR]  (DIR: development.spacy / validation.spacy DocBins of the rows, parsed by the
      project's pipeline, to skip parsing; gap_fit.py --docs reads the same)
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from allegedly.understand.entities import FEMALE_PRONOUNS, EntityIndex, find_entities
from allegedly.understand.language import load_pipeline

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "gap"
SPLITS = {
    "dev": ("gap-development.tsv", "gap-validation.tsv"),
    "development": ("gap-development.tsv",),
    "validation": ("gap-validation.tsv",),
    "report": ("gap-test.tsv",),
}


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    pronoun: str
    offset: int
    a: str
    a_offset: int
    a_coref: bool
    b: str
    b_offset: int
    b_coref: bool

    @property
    def candidates(self) -> tuple[tuple[str, int], tuple[str, int]]:
        return (self.a, self.a_offset), (self.b, self.b_offset)

    @property
    def gender(self) -> str:
        return "F" if self.pronoun.lower() in FEMALE_PRONOUNS else "M"


def read_rows(paths: list[Path]) -> list[Row]:
    rows: list[Row] = []
    csv.field_size_limit(10_000_000)
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            for rec in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                rows.append(
                    Row(
                        id=rec["ID"],
                        text=rec["Text"],
                        pronoun=rec["Pronoun"],
                        offset=int(rec["Pronoun-offset"]),
                        a=rec["A"],
                        a_offset=int(rec["A-offset"]),
                        a_coref=rec["A-coref"].upper() == "TRUE",
                        b=rec["B"],
                        b_offset=int(rec["B-offset"]),
                        b_coref=rec["B-coref"].upper() == "TRUE",
                    )
                )
    return rows


def _words(text: str) -> set[str]:
    return {w.strip(".,'’\"()").lower() for w in text.split()} - {""}


def entity_is(index: EntityIndex, key: str | None, name: str, offset: int) -> bool:
    """Does entity `key` stand for the candidate `name` at `offset`?"""
    if key is None or key not in index.entities:
        return False
    end = offset + len(name)
    # The person our index found at the candidate's own span decides; names are compared only
    # where the index found none there.
    found = {m.entity for m in index.mentions if m.span.start < end and offset < m.span.end}
    people = {k for k in found if k.startswith("person:")}
    if people:
        return key in people
    if key in found:
        return True
    entity = index.entities[key]
    if name in entity.aliases or name == entity.name:
        return True
    return bool(_words(name)) and _words(name) <= _words(entity.name)


def person_at(index: EntityIndex, name: str, offset: int) -> bool:
    """Did the entity finder find a person at the candidate's span?"""
    end = offset + len(name)
    return any(
        m.entity.startswith("person:") and m.span.start < end and offset < m.span.end for m in index.mentions
    )


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@cache
def _genders() -> Any:
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=False)


def _disagrees(name: str, gender: str) -> bool:
    guess = str(_genders().get_gender(name.split()[0])) if name.split() else "unknown"
    return (gender == "M" and "female" in guess) or (gender == "F" and guess in ("male", "mostly_male"))


def baseline(row: Row) -> tuple[bool, bool]:
    """Nearest agreeing candidate before the pronoun, else the nearest after it."""
    candidates = [(row.a_offset, row.a, 0), (row.b_offset, row.b, 1)]
    agreeing = [c for c in candidates if not _disagrees(c[1], row.gender)] or candidates
    before = [c for c in agreeing if c[0] + len(c[1]) <= row.offset]
    if before:
        chosen = max(before, key=lambda c: c[0])[2]
    else:
        chosen = min(agreeing, key=lambda c: abs(c[0] - row.offset))[2]
    return chosen == 0, chosen == 1


def report(name: str, tallies: dict[str, Tally]) -> None:
    overall = Tally()
    for t in tallies.values():
        overall.tp += t.tp
        overall.fp += t.fp
        overall.fn += t.fn
    p, r, f = overall.prf()
    fm = tallies["M"].prf()[2]
    ff = tallies["F"].prf()[2]
    bias = ff / fm if fm else 0.0
    print(f"{name:<10} P={p:.3f} R={r:.3f} F1={f:.3f}   M F1={fm:.3f}  F F1={ff:.3f}  bias F/M={bias:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=sorted(SPLITS), default="report")
    parser.add_argument("--limit", type=int, default=None, help="only the first N rows")
    parser.add_argument("--baseline", action="store_true", help="also score the nearest-name baseline")
    parser.add_argument("--errors", type=int, default=0, help="print up to N wrongly resolved rows")
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also score the rows by kind: neither A nor B coreferent, the coreferent name after the pronoun",
    )
    parser.add_argument(
        "--docs",
        type=Path,
        default=None,
        help="read the parses from development.spacy / validation.spacy DocBins here (as bench/gap_fit.py)",
    )
    args = parser.parse_args(argv)

    paths = [BENCH / name for name in SPLITS[args.split]]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"missing {missing[0]}", file=sys.stderr)
        return 2
    rows = read_rows(paths)
    if args.limit is not None:
        rows = rows[: args.limit]

    nlp = load_pipeline()
    began = time.perf_counter()
    ours = {"M": Tally(), "F": Tally()}
    base = {"M": Tally(), "F": Tally()}
    unresolved = 0
    unnamed = 0  # candidates our entity finder did not find as a person
    off_token = 0  # pronouns whose offset does not start a token of the parse
    errors: list[str] = []
    # Row kinds for --breakdown: "neither" (GAP marks neither A nor B), "after" (the coreferent
    # name comes after the pronoun), "before" (it comes before).
    kinds: dict[str, dict[str, Tally]] = {
        k: {"M": Tally(), "F": Tally()} for k in ("neither", "after", "before")
    }
    docs: Any = (nlp(row.text) for row in rows)
    if args.docs is not None and args.split in ("development", "validation", "dev"):
        from spacy.tokens import DocBin

        names = ("development", "validation") if args.split == "dev" else (args.split,)
        docs = [d for n in names for d in DocBin().from_disk(args.docs / f"{n}.spacy").get_docs(nlp.vocab)]
    for row, doc in zip(rows, docs, strict=False):
        index = find_entities(doc)
        key = index.resolve_pronoun(row.pronoun, row.offset)
        if key is None:
            unresolved += 1
        off_token += not any(t.idx == row.offset and t.text == row.pronoun for t in doc)
        unnamed += sum(not person_at(index, name, offset) for name, offset in row.candidates)
        pred_a = entity_is(index, key, row.a, row.a_offset)
        pred_b = entity_is(index, key, row.b, row.b_offset)
        ours[row.gender].add(pred_a, row.a_coref)
        ours[row.gender].add(pred_b, row.b_coref)
        gold_offset = row.a_offset if row.a_coref else row.b_offset if row.b_coref else None
        kind = "neither" if gold_offset is None else "after" if gold_offset > row.offset else "before"
        kinds[kind][row.gender].add(pred_a, row.a_coref)
        kinds[kind][row.gender].add(pred_b, row.b_coref)
        if args.baseline:
            base_a, base_b = baseline(row)
            base[row.gender].add(base_a, row.a_coref)
            base[row.gender].add(base_b, row.b_coref)
        if (pred_a, pred_b) != (row.a_coref, row.b_coref) and len(errors) < args.errors:
            picked = index.entities[key].name if key else None
            errors.append(
                f"  {row.id}: {row.pronoun}@{row.offset} -> {picked!r}; gold A={row.a!r}:{row.a_coref} "
                f"B={row.b!r}:{row.b_coref}"
            )
    seconds = time.perf_counter() - began

    files = "+".join(p.name for p in paths)
    genders = sum(r.gender == "M" for r in rows), sum(r.gender == "F" for r in rows)
    print(f"GAP {args.split} ({files}): {len(rows)} rows (M {genders[0]}, F {genders[1]}), {seconds:.1f} s")
    print(f"pronouns our index could not resolve: {unresolved}; pronoun offsets off a token: {off_token}")
    print(f"candidates (of {2 * len(rows)}) our entity finder did not find as a person: {unnamed}")
    report("allegedly", ours)
    if args.baseline:
        report("baseline", base)
    if args.breakdown:
        for kind, tallies in kinds.items():
            count = sum(t.tp + t.fn for t in tallies.values())
            wrong = sum(t.fp for t in tallies.values())
            print(f"  {kind:<8} gold links {count}, false links {wrong}", end="  ")
            report(kind, tallies)
    if errors:
        print("errors:")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
