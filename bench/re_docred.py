"""Person relations of allegedly's claim extraction against Re-DocRED (Wikipedia, DocRED format).

What it measures: for each document, the sentences' tokens are joined back into text and
run through the whole `Pipeline().analyse` (no date header, no headline); our claims are
mapped to Wikidata properties and compared with the gold relation labels:

    spouse                              -> P26 spouse (either order)
    child (subject parent, object child) -> P40 child (h parent, t child), and the inverses
                                           P22 father / P25 mother (t is the parent of h)
    employer (subject works for object) -> P108 employer
    born(subject, value = date)          -> P569 date of birth (dates agree at the gold's precision)

Entities match by name: a predicted subject or object matches a gold vertex when its
normalised name (case, accents and punctuation ignored) equals one of the vertex's mention
names, or its words are a subset of one ("Schneider" for "Willi Schneider"). Precision
counts our distinct (predicate, subject, object) claims that match some gold pair; recall
counts gold pairs that some claim matches. Only gold labels whose relation is one of the
above count. Prints P/R/F1 per relation, micro P/R/F1 over the four and over the three we
can produce, the number of documents and the seconds taken.

Split: `dev` reads re_docred/dev_revised.json (development: look and tune freely);
`report` (default) reads re_docred/test_revised.json (report only: never tune on it).

Run:  .venv/bin/python bench/re_docred.py --split dev [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allegedly.model import RawDocument
from allegedly.pipeline import Pipeline
from allegedly.understand.time import parse_date_string
from measures import Tally

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "re_docred"
SPLITS = {"dev": "dev_revised.json", "report": "test_revised.json"}
RELATIONS = ("P26", "P40", "P108", "P569")
NAMES = {"P26": "spouse", "P40": "child", "P108": "employer", "P569": "date of birth"}
SYMMETRIC = {"P26"}

# Tokens written without a space before them, and after them.
_NO_SPACE_BEFORE = set(".,;:!?%)]}") | {"'s", "n't", "'", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detokenize(sents: list[list[str]]) -> str:
    """Tokens back into readable text: no space before punctuation, quotes hug their words."""
    pieces: list[str] = []
    for sent in sents:
        out = ""
        open_quote = False
        glue_next = True
        for token in sent:
            if token == '"':
                if open_quote:
                    out += token
                    glue_next = False
                else:
                    out += ("" if glue_next else " ") + token
                    glue_next = True
                open_quote = not open_quote
                continue
            if token in ("-", "–") and out and out[-1].isalnum():
                out += token  # "Jean - Paul" was "Jean-Paul" before tokenisation
                glue_next = True
                continue
            if glue_next or token in _NO_SPACE_BEFORE:
                out += token
            else:
                out += " " + token
            glue_next = token in _NO_SPACE_AFTER
        pieces.append(out)
    return " ".join(pieces)


def normalise(name: str) -> str:
    """Lowercase, accents, punctuation and a leading "the" dropped, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = re.sub(r"['’]s\b", "", plain)
    words = re.sub(r"[^\w\s]", " ", plain).split()
    # "The New York Times" is the gold's "New York Times": a leading article is not the name
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def name_matches(predicted: str, mention_names: set[str]) -> bool:
    """Equal to one mention name, or its words a subset of one mention name's words."""
    pred = normalise(predicted)
    if not pred:
        return False
    words = set(pred.split())
    return any(pred == name or words <= set(name.split()) for name in mention_names)


@dataclass
class DocResult:
    scores: dict[str, Tally] = field(default_factory=lambda: {r: Tally() for r in RELATIONS})
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)


def gold_pairs(doc: dict[str, Any]) -> dict[str, set[tuple[int, int]]]:
    """Gold (h, t) vertex pairs per relation; P22/P25 folded into P40 as (parent, child)."""
    pairs: dict[str, set[tuple[int, int]]] = {r: set() for r in RELATIONS}
    for label in doc["labels"]:
        r, h, t = label["r"], label["h"], label["t"]
        if r in ("P22", "P25"):
            pairs["P40"].add((t, h))
        elif r in SYMMETRIC:
            pairs[r].add((min(h, t), max(h, t)))  # a marriage is often labelled both ways
        elif r in pairs:
            pairs[r].add((h, t))
    return pairs


def predicted_pairs(claims: list[Any]) -> dict[str, set[tuple[str, str]]]:
    """Our distinct (subject, object) names per mapped relation."""
    mapping = {"spouse": "P26", "child": "P40", "employer": "P108", "born": "P569"}
    out: dict[str, set[tuple[str, str]]] = {r: set() for r in RELATIONS}
    seen: set[tuple[str, str, str]] = set()
    for claim in claims:
        r = mapping.get(claim.predicate)
        target = claim.value if claim.predicate == "born" else claim.object
        if r is None or not target:
            continue
        subject, obj = normalise(claim.subject), normalise(target)
        if (r, subject, obj) in seen or (r in SYMMETRIC and (r, obj, subject) in seen):
            continue
        seen.add((r, subject, obj))
        out[r].add((claim.subject, target))
    return out


def score_document(doc: dict[str, Any], claims: list[Any]) -> DocResult:
    names = [{normalise(m["name"]) for m in vertex} for vertex in doc["vertexSet"]]
    display = [vertex[0]["name"] for vertex in doc["vertexSet"]]
    gold = gold_pairs(doc)
    pred = predicted_pairs(claims)
    result = DocResult()

    def date_matches(predicted: str, vertex: int) -> bool:
        """A birth date agrees at the gold's precision (our 1963-03-13 with gold "13 March 1963")."""
        for mention in doc["vertexSet"][vertex]:
            gold_date = parse_date_string(mention["name"].replace(" ,", ","))
            if gold_date is not None and (
                predicted.startswith(gold_date.value) or gold_date.value.startswith(predicted)
            ):
                return True
        return False

    def matches(p: tuple[str, str], g: tuple[int, int], symmetric: bool) -> bool:
        if p[1][:4].isdigit() and name_matches(p[0], names[g[0]]):
            return date_matches(p[1], g[1])
        straight = name_matches(p[0], names[g[0]]) and name_matches(p[1], names[g[1]])
        if straight or not symmetric:
            return straight
        return name_matches(p[1], names[g[0]]) and name_matches(p[0], names[g[1]])

    for r in RELATIONS:
        s = result.scores[r]
        s.gold = len(gold[r])
        s.predicted = len(pred[r])
        for p in pred[r]:
            if any(matches(p, g, r in SYMMETRIC) for g in gold[r]):
                s.predicted_ok += 1
            else:
                result.false_positives.append((r, p[0], p[1]))
        for g in gold[r]:
            if any(matches(p, g, r in SYMMETRIC) for p in pred[r]):
                s.gold_found += 1
            else:
                result.misses.append((r, display[g[0]], display[g[1]]))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=sorted(SPLITS), default="report")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print up to N false positives and misses")
    args = parser.parse_args(argv)

    path = BENCH / SPLITS[args.split]
    if not path.exists():
        print(f"missing {path}", file=sys.stderr)
        return 2
    docs: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    if args.limit is not None:
        docs = docs[: args.limit]

    pipeline = Pipeline()
    began = time.perf_counter()
    totals = {r: Tally() for r in RELATIONS}
    fps: list[tuple[str, str, str, str]] = []
    misses: list[tuple[str, str, str, str]] = []
    for i, doc in enumerate(docs):
        text = detokenize(doc["sents"])
        raw = RawDocument(
            path=f"{path.name}#{i}",
            file_name=f"{i:04d}.txt",
            format="text",
            text=text,
            headline=None,
            published_raw=None,
        )
        analysis = pipeline.analyse(raw)
        result = score_document(doc, analysis.claims)
        for r in RELATIONS:
            totals[r].add(result.scores[r])
        fps += [(doc["title"], *fp) for fp in result.false_positives]
        misses += [(doc["title"], *m) for m in result.misses]
    seconds = time.perf_counter() - began

    print(f"Re-DocRED {args.split} ({path.name}): {len(docs)} documents, {seconds:.1f} s")
    print(f"{'relation':<22} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for r in RELATIONS:
        s = totals[r]
        p, rec, f = s.prf()
        print(f"{r + ' ' + NAMES[r]:<22} {s.predicted:>5} {s.gold:>5} {p:>6.3f} {rec:>6.3f} {f:>6.3f}")
    for label, rels in (("micro (all four)", RELATIONS), ("micro (P26,P40,P108)", RELATIONS[:3])):
        micro = Tally()
        for r in rels:
            micro.add(totals[r])
        p, rec, f = micro.prf()
        print(f"{label:<22} {micro.predicted:>5} {micro.gold:>5} {p:>6.3f} {rec:>6.3f} {f:>6.3f}")
    if args.errors:
        print("\nfalse positives (relation, subject, object) by relation:", Counter(r for _, r, _, _ in fps))
        for title, r, subj, obj in fps[: args.errors]:
            print(f"  FP {r} [{title}] {subj} -> {obj}")
        print("misses by relation:", Counter(r for _, r, _, _ in misses))
        for title, r, h, t in misses[: args.errors]:
            print(f"  FN {r} [{title}] {h} -> {t}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
