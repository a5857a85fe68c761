"""Attribution of allegedly's voices against PolNeAR (news attribution, brat standoff).

What it measures: each PolNeAR document is a `.txt` body with one or more `.ann` files
(one per annotator; the first in name order is used) marking Source, Cue and Content
spans joined by Attribution relations. The body is parsed with the project's spaCy
pipeline, `find_entities` builds the index and `build_attributor` cuts it into voices.
Every voice that names a source counts: the reported voices (on record, anonymous, an
outlet) and narration that cites a document or a count ("a new poll shows that ...",
"according to court records"), and the writer's first-person view where the attributor
names the writer as its source ("I know ...", "we believe ..."), but never the writer's
opinion read from cue words alone ("I feel like ..."). Most voices carry the cue
and source spans the attributor read (the reporting word, "according to", a speech noun,
a "NAME:" label or a "― Name" signature; the subject, agent or owner as written). For a
voice without them (a quote continuing an earlier speaker's clause), this script derives:

- a cue span: "according to", else the first speech verb (`attribution_lexicon().
  speech_verbs`) of the reporting clause (quoted voices: the clause the attributor read
  after or before the quote; reporting sentences: the sentence outside its quotes);
- a source span: the speaker as written in that clause (a name mention of the speaker's
  entity, the anonymous-source words such as "a source", a he/she/they pronoun, or an
  outlet name), the one nearest the cue.

Spans are scored by overlap (a prediction is right when it overlaps a gold span of the same
label; a gold span is found when some prediction overlaps it): P/R/F1 for sources and
cues, overall and separately for direct speech (the gold content starts with, or right
after, a quotation mark; on our side, a quoted voice) and indirect speech (the rest).
Gold cues of every relation count, including attitudes and acts that are not reported
speech and that we do not try to read ("wants", "plans", "declined", "is seizing on"), so
recall here is a floor for reported speech.

Split: `dev` reads polnear/dev (development: tune freely); `report` (default) reads
polnear/test (report only: never tune on it).

Run:  .venv/bin/python bench/polnear.py --split dev [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from allegedly.model import Attribution
from allegedly.outlets import OutletTable, outlet_table
from allegedly.understand.attribution import CLAUSE_AFTER_END, Voice, build_attributor
from allegedly.understand.cues import attribution_lexicon
from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import load_pipeline
from measures import Tally

BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "polnear"
SPLITS = {"dev": "dev", "report": "test"}
QUOTES = "\"“”‘’'`«»"
# The attributor's own window around a quote for its reporting clause.
_CLAUSE_AFTER = 140
_CLAUSE_BEFORE = 160
_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)\b", re.IGNORECASE)
_QUOTE_RE = re.compile(r"“([^”]{2,2000})”|\"([^\"]{2,2000})\"")

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldSpan:
    label: str  # "Source" or "Cue"
    fragments: Fragments
    direct: bool


@dataclass(frozen=True)
class PredSpan:
    label: str
    start: int
    end: int
    direct: bool


def _fragments(offsets: str) -> Fragments:
    out = []
    for part in offsets.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_gold(text: str, ann: Path) -> list[GoldSpan]:
    """Source and Cue spans of every attribution relation, labelled direct or indirect."""
    spans: dict[str, tuple[str, Fragments]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _fragments(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split())
            relations.append(roles)
    gold: set[GoldSpan] = set()
    for roles in relations:
        content = spans.get(roles.get("Content", ""))
        direct = False
        if content is not None:
            start = content[1][0][0]
            head = text[start : start + 1]
            before = text[:start].rstrip()[-1:]
            direct = bool(head and head in QUOTES) or bool(before and before in QUOTES)
        for role in ("Source", "Cue"):
            found = spans.get(roles.get(role, ""))
            if found is not None:
                gold.add(GoldSpan(role, found[1], direct))
    return sorted(gold, key=lambda g: (g.fragments, g.label, g.direct))


def _overlaps(start: int, end: int, fragments: Fragments) -> bool:
    return any(s < end and start < e for s, e in fragments)


def _clause_region(body: str, voice: Voice) -> tuple[int, int] | None:
    """Where the reporting clause the attributor read for this voice lies in the body."""
    cue = voice.attribution.cue or ""
    if not voice.quoted:
        return voice.start, voice.end
    after_window = body[voice.end : min(len(body), voice.end + _CLAUSE_AFTER)]
    after_text = CLAUSE_AFTER_END.split(after_window)[0]
    if after_text.strip() and after_text.strip(' ,.:;“”"')[:80] == cue:
        return voice.end, voice.end + len(after_text)
    before_start = max(0, voice.start - _CLAUSE_BEFORE)
    before_text = re.split(r"[.!?”]\s|\n", body[before_start : voice.start])[-1]
    if before_text.strip() and before_text.strip(' ,.:;“”"')[:80] == cue:
        return voice.start - len(before_text), voice.start
    return None  # a quote continuing the last speaker: its cue belongs to an earlier quote


def _cue_span(doc: Any, region: tuple[int, int], speech_verbs: frozenset[str]) -> tuple[int, int] | None:
    """ "according to", else the first speech verb of the clause outside quotes.

    The tagger must not call it a proper noun or a noun ("The Post", "the report"); when it
    calls every candidate so, the first one is taken, as the attributor would."""
    start, end = region
    body: str = doc.text
    unquoted = _QUOTE_RE.sub(lambda m: " " * len(m.group(0)), body[start:end])
    according = re.search(r"\baccording to\b", unquoted, re.IGNORECASE)
    if according:
        return start + according.start(), start + according.end()
    words = [
        (start + m.start(), start + m.end())
        for m in re.finditer(r"[A-Za-z]+", unquoted)
        if m.group(0).lower() in speech_verbs
    ]
    if not words:
        return None
    tags = {t.idx: t.pos_ for t in doc.char_span(start, end, alignment_mode="expand") or []}
    verbal = [w for w in words if tags.get(w[0]) not in ("PROPN", "NOUN")]
    return (verbal or words)[0]


def _source_span(
    body: str,
    region: tuple[int, int],
    cue: tuple[int, int],
    attribution: Attribution,
    index: EntityIndex,
    outlets: OutletTable,
) -> tuple[int, int] | None:
    """The speaker's words in the clause, nearest the cue."""
    start, end = region
    text = body[start:end]
    candidates: list[tuple[int, int]] = []
    speaker = attribution.speaker
    if attribution.source_kind == "on_record" and speaker:
        keys = {k for k, e in index.entities.items() if e.name == speaker}
        candidates = [
            (m.span.start, m.span.end)
            for m in index.mentions
            if m.entity in keys and start <= m.span.start < end and m.span.comment is None
        ]
        if not candidates:
            candidates = [(start + m.start(), start + m.end()) for m in _PRONOUN.finditer(text)]
    elif attribution.source_kind == "anonymous" and speaker:
        candidates = [
            (start + m.start(), start + m.end()) for m in re.finditer(re.escape(speaker), text, re.IGNORECASE)
        ]
    elif attribution.source_kind == "outlet":
        candidates = [(start + s, start + e) for s, e, _ in outlets.find(text)]
        if not candidates:
            generic = attribution_lexicon().outlet_generic
            candidates = [(start + m.start(), start + m.end()) for m in generic.finditer(text)]
    if not candidates:
        return None
    return min(candidates, key=lambda c: min(abs(c[0] - cue[1]), abs(cue[0] - c[1])))


# What may stand between a reporting clause's cue and a quote that is its whole content.
_QUOTE_LEAD = re.compile(r"^[\s,:;—–-]*(?:that\b)?[\s,:]*$", re.IGNORECASE)


def _mixed_quotes(body: str, voices: list[Voice]) -> set[int]:
    """The quoted voices (by id) that a reporting clause of the same cue quotes partway: words
    of the clause's own stand between its start and the quote, so its content is indirect."""
    clauses = [v for v in voices if not v.quoted and v.cue_span is not None]
    mixed: set[int] = set()
    for voice in voices:
        if not voice.quoted or voice.cue_span is None:
            continue
        for clause in clauses:
            if clause.cue_span != voice.cue_span or not clause.start < voice.start <= clause.end:
                continue
            lead = body[max(clause.start, clause.cue_span[1]) : voice.start]
            if not _QUOTE_LEAD.match(lead):
                mixed.add(id(voice))
                break
    return mixed


def predict(body: str, doc: Any, outlets: OutletTable) -> list[PredSpan]:
    index = find_entities(doc, outlets)
    attributor = build_attributor(doc, index, outlets, None)
    verbs = attribution_lexicon().speech_verbs
    mixed = _mixed_quotes(body, attributor.voices)
    found: dict[tuple[str, int, int], PredSpan] = {}
    for voice in attributor.voices:
        # Direct speech as the gold counts it: the content is the quote itself, not a clause
        # that quotes some of its words ("She says his temperament is “dangerous.”").
        direct = voice.quoted and id(voice) not in mixed
        # Narration citing a document ("a poll shows") still names its source, and so does the
        # writer's view when the writer is named as its source ("I know ...", "we believe ...").
        if voice.attribution.source_kind in ("author_opinion", "narration") and voice.source_span is None:
            continue
        # Voices carry their own cue and source spans where the attributor read them.
        region = None if voice.cue_span else _clause_region(body, voice)
        cue = voice.cue_span or (_cue_span(doc, region, verbs) if region else None)
        if cue is None:
            continue
        # A span read both for a sentence and for a quote in it is direct speech.
        key = ("Cue", *cue)
        found[key] = PredSpan("Cue", cue[0], cue[1], direct or (key in found and found[key].direct))
        source = voice.source_span or (
            _source_span(body, region, cue, voice.attribution, index, outlets) if region else None
        )
        if source is not None:
            key = ("Source", *source)
            was_direct = key in found and found[key].direct
            found[key] = PredSpan("Source", source[0], source[1], direct or was_direct)
    return sorted(found.values(), key=lambda p: (p.start, p.label))


@dataclass
class Results:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def tally(self, label: str, group: str) -> Tally:
        return self.tallies.setdefault((label, group), Tally())


def score(
    name: str, body: str, gold: list[GoldSpan], pred: list[PredSpan], results: Results, keep_errors: int
) -> None:
    for label in ("Source", "Cue"):
        for group in ("all", "direct", "indirect"):
            g = [x for x in gold if x.label == label and (group == "all" or x.direct == (group == "direct"))]
            p = [x for x in pred if x.label == label and (group == "all" or x.direct == (group == "direct"))]
            # One gold span may serve a direct and an indirect content: count it once in "all".
            if group == "all":
                g = list({x.fragments: x for x in g}.values())
            t = results.tally(label, group)
            t.gold += len(g)
            t.predicted += len(p)
            t.gold_found += sum(any(_overlaps(x.start, x.end, y.fragments) for x in p) for y in g)
            ok = [x for x in p if any(_overlaps(x.start, x.end, y.fragments) for y in g)]
            t.predicted_ok += len(ok)
            if group == "all" and len(results.errors) < keep_errors:
                for x in p:
                    if x not in ok:
                        around = body[max(0, x.start - 70) : x.end + 70].replace("\n", " ")
                        words = body[x.start : x.end]
                        results.errors.append(f"  FP {label} [{name}] {words!r}  … {around!r}")
                for y in g:
                    if not any(_overlaps(x.start, x.end, y.fragments) for x in p):
                        words = " … ".join(body[s:e] for s, e in y.fragments)
                        first, last = y.fragments[0][0], y.fragments[-1][1]
                        around = body[max(0, first - 90) : last + 90].replace("\n", " ")
                        results.errors.append(f"  FN {label} [{name}] {words[:60]!r}  … {around!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=sorted(SPLITS), default="report")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print up to N missed or wrong spans")
    parser.add_argument(
        "--half",
        choices=("A", "B"),
        default=None,
        help="only half the documents: A the even positions in name order (0, 2, ...), B the odd",
    )
    args = parser.parse_args(argv)

    folder = BENCH / SPLITS[args.split]
    texts = sorted((folder / "text").glob("*.txt"))
    if not texts:
        print(f"no documents in {folder / 'text'}", file=sys.stderr)
        return 2
    anns = sorted((folder / "attributions").glob("*.ann"))
    pairs: list[tuple[Path, Path]] = []
    for text_path in texts:
        ann = next((a for a in anns if a.stem.rsplit("_", 1)[0] == text_path.stem), None)
        if ann is not None:
            pairs.append((text_path, ann))
    if args.half is not None:
        pairs = pairs[(0 if args.half == "A" else 1) :: 2]
    if args.limit is not None:
        pairs = pairs[: args.limit]

    nlp = load_pipeline()
    outlets = outlet_table()
    began = time.perf_counter()
    results = Results()
    for text_path, ann in pairs:
        body = text_path.read_text(encoding="utf-8")
        gold = read_gold(body, ann)
        pred = predict(body, nlp(body), outlets)
        score(text_path.stem, body, gold, pred, results, args.errors)
    seconds = time.perf_counter() - began

    half = f", half {args.half}" if args.half else ""
    print(f"PolNeAR {args.split} ({folder.name}/{half}): {len(pairs)} documents, {seconds:.1f} s")
    print(f"{'span':<8} {'speech':<9} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for label in ("Source", "Cue"):
        for group in ("all", "direct", "indirect"):
            t = results.tally(label, group)
            p, r, f = t.prf()
            print(f"{label:<8} {group:<9} {t.predicted:>5} {t.gold:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if results.errors:
        print("errors:")
        print("\n".join(results.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
