"""TempEval-3 style evaluation of allegedly's time tagger on TimeML or MEANTIME files.

Usage:
    .venv/bin/python bench/tempeval.py [DIR]            TimeML *.tml (default: te3-platinum)
    .venv/bin/python bench/tempeval.py --meantime [DIR] MEANTIME CAT/XML (default: meantime_en)
    add --errors N to list up to N missed, spurious and wrong-value expressions

Reads the files at run time, recovers the text and the gold TIMEX3 spans, tags the text
with the document creation time (DCT) as anchor, and prints span precision/recall/F1
(strict: same offsets; relaxed: any overlap, one-to-one), value accuracy on relaxed
matches, value F1 (TE3 convention: a strict value match over relaxed-matched pairs, as
precision over all predictions and recall over all gold), and per-type counts.

te3-platinum is a REPORT set: run it to report, never tune on it. MEANTIME
(../shared/bench/meantime_en) is the development set. A MEANTIME file is a list of
tokens; the text is rebuilt with ordinary English spacing (no space before "," or ")"),
the title and the dateline on lines of their own. The dateline is the DCT: like the
<DCT> of a .tml file it is the anchor, and neither gold nor predictions over it count.
MEANTIME annotates only the first sentences of each article (title, dateline and four
more): the whole text is tagged, but only predictions up to the end of the last
sentence with any annotation (event, entity or time) are scored.
TIMEX3s without tokens (begin and end points of durations) are not in the text and
do not count either.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, parse_date_string, tag_times_rich

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
DEFAULT = SHARED / "tempeval3" / "te3-platinum"
DEFAULT_MEANTIME = SHARED / "meantime_en" / "intra-doc_annotation"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
# Detokenising MEANTIME: no space before closing punctuation and clitics, none after
# opening brackets and currency signs. Quotes are left spaced: their side is unknown.
_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'S|’s|n't|'re|'ve|'ll|'d|'m)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "£", "€", "#"}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    dct: DateValue | None
    gold: list[Timex]
    ignore: tuple[int, int] | None = None  # the dateline span: not scored
    scored_end: int | None = None  # end of the annotated part of the text


def read_tml(path: Path) -> tuple[str, DateValue | None, list[Timex]]:
    """(plain text of <TEXT>, DCT, gold TIMEX3s with offsets into the plain text)."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = parse_date_string(dct_m.group(1)[:10]) if dct_m else None
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    pos = 0
    length = 0
    gold: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            gold.append(Timex(start, length, a.get("type", ""), a.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return "".join(out), dct, gold


def read_meantime(path: Path) -> Doc:
    """A MEANTIME CAT/XML file as text, DCT (the CREATION_TIME timex) and gold TIMEX3s."""
    root = ET.parse(path).getroot()
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    parts: list[str] = []
    length = 0
    prev_tok = ""
    prev_sent = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence", "")
        if parts:
            if sent != prev_sent:
                sep = "\n" if prev_sent in ("0", "1") else " "
            elif _NO_SPACE_BEFORE.match(word) or prev_tok in _NO_SPACE_AFTER:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        spans[tok.get("t_id", "")] = (length, length + len(word))
        sentence_of[tok.get("t_id", "")] = sent
        parts.append(word)
        length += len(word)
        prev_tok, prev_sent = word, sent
    gold: list[Timex] = []
    dct: DateValue | None = None
    ignore: tuple[int, int] | None = None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        offsets = [spans[i] for i in ids if i in spans]
        value = tx.get("value", "")
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = parse_date_string(value[:10])
            if offsets:
                ignore = (min(o[0] for o in offsets), max(o[1] for o in offsets))
            continue
        if offsets:
            gold.append(
                Timex(min(o[0] for o in offsets), max(o[1] for o in offsets), tx.get("type", ""), value)
            )
    gold.sort(key=lambda g: g.start)
    text = "".join(parts)
    annotated = {
        sentence_of[a.get("t_id", "")]
        for tag in ("TIMEX3", "EVENT_MENTION", "ENTITY_MENTION")
        for el in root.iter(tag)
        for a in el.iter("token_anchor")
        if a.get("t_id", "") in sentence_of
    }
    if dct is None:  # no CREATION_TIME marked: the dateline (sentence 1) is the DCT
        line = [spans[t] for t, s in sentence_of.items() if s == "1"]
        if line:
            lo, hi = min(o[0] for o in line), max(o[1] for o in line)
            dct = parse_date_string(text[lo:hi])
            ignore = (lo, hi) if dct is not None else None
    last = max(annotated, key=int) if annotated else None
    scored_end = max((spans[t][1] for t, s in sentence_of.items() if s == last), default=None)
    return Doc(path.stem, text, dct, gold, ignore, scored_end)


def load(folder: Path, meantime: bool) -> list[Doc]:
    if meantime:
        return [read_meantime(p) for p in sorted(folder.rglob("*.xml"))]
    docs = []
    for p in sorted(folder.glob("*.tml")):
        text, dct, gold = read_tml(p)
        docs.append(Doc(p.stem, text, dct, gold))
    return docs


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - 50), min(len(text), end + 30)
    return " ".join((text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]).split())


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("dir", nargs="?", type=Path, help="folder of .tml files or of MEANTIME .xml files")
    ap.add_argument("--meantime", action="store_true", help="MEANTIME CAT/XML (the development set)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N errors of each kind")
    args = ap.parse_args(argv[1:])
    meantime = args.meantime or (args.dir is not None and not any(args.dir.glob("*.tml")))
    folder = args.dir or (DEFAULT_MEANTIME if meantime else DEFAULT)
    docs = load(folder, meantime)
    if not docs:
        print(f"no {'.xml' if meantime else '.tml'} files in {folder}", file=sys.stderr)
        return 2
    n_gold = n_pred = strict = relaxed = value_ok = 0
    gold_types: Counter[str] = Counter()
    pred_types: Counter[str] = Counter()
    matched_types: Counter[str] = Counter()
    value_types: Counter[str] = Counter()
    type_ok = 0
    words = 0
    elapsed = 0.0
    missed: list[str] = []
    spurious: list[str] = []
    wrong: list[str] = []
    tag_times_rich("warm up: compile the patterns in 2020.", None)  # not part of the timing
    for doc in docs:
        text, gold = doc.text, doc.gold
        words += len(text.split())
        t0 = time.perf_counter()
        # an age with no time word ("aged 55") is kept by the tagger but is no TIMEX3
        pred: list[TimeMatch] = [p for p in tag_times_rich(text, doc.dct) if p.markable]
        elapsed += time.perf_counter() - t0
        # scored over the TimeML extent: "[a week] after" leaves the signal out
        pred = [replace(p, end=p.timex_span[1], text=text[p.start : p.timex_span[1]]) for p in pred]
        if doc.ignore is not None:
            lo, hi = doc.ignore
            pred = [p for p in pred if p.end <= lo or p.start >= hi]
            gold = [g for g in gold if g.end <= lo or g.start >= hi]
        if doc.scored_end is not None:
            pred = [p for p in pred if p.start < doc.scored_end]
        n_gold += len(gold)
        n_pred += len(pred)
        gold_types.update(g.type for g in gold)
        pred_types.update(p.timex_type for p in pred)
        used: set[int] = set()
        for g in gold:
            for i, p in enumerate(pred):
                if i in used or p.end <= g.start or p.start >= g.end:
                    continue
                used.add(i)
                relaxed += 1
                strict += p.start == g.start and p.end == g.end
                value_ok += p.timex == g.value
                value_types[g.type] += p.timex == g.value
                type_ok += p.timex_type == g.type
                matched_types[g.type] += 1
                if p.timex != g.value or (p.start, p.end) != (g.start, g.end):
                    wrong.append(
                        f"{doc.name[:24]:24s} dct={doc.dct} gold {g.type}={g.value!r} "
                        f"[{text[g.start : g.end]}]  pred {p.timex_type}={p.timex!r} [{p.text}]"
                        f"  | {_context(text, min(g.start, p.start), max(g.end, p.end))}"
                    )
                break
            else:
                where = _context(text, g.start, g.end)
                missed.append(f"{doc.name[:24]:24s} dct={doc.dct} {g.type}={g.value!r} | {where}")
        for i, p in enumerate(pred):
            if i not in used:
                spurious.append(
                    f"{doc.name[:24]:24s} dct={doc.dct} {p.timex_type}={p.timex!r} | "
                    f"{_context(text, p.start, p.end)}"
                )
    sp, sr = strict / max(n_pred, 1), strict / max(n_gold, 1)
    rp, rr = relaxed / max(n_pred, 1), relaxed / max(n_gold, 1)
    vp, vr = value_ok / max(n_pred, 1), value_ok / max(n_gold, 1)
    print(f"set: {'MEANTIME' if meantime else 'TimeML'} {folder}")
    print(f"files: {len(docs)}  gold TIMEX3: {n_gold}  predicted: {n_pred}")
    print(f"span strict : P={sp:.3f} R={sr:.3f} F1={f1(sp, sr):.3f}")
    print(f"span relaxed: P={rp:.3f} R={rr:.3f} F1={f1(rp, rr):.3f}")
    print(f"value accuracy on relaxed matches: {value_ok / max(relaxed, 1):.3f} ({value_ok}/{relaxed})")
    print(f"value F1 (TE3): P={vp:.3f} R={vr:.3f} F1={f1(vp, vr):.3f}   (HeidelTime ~0.776)")
    print(f"type accuracy on relaxed matches: {type_ok / max(relaxed, 1):.3f}")
    for t in sorted(set(gold_types) | set(pred_types)):
        print(
            f"  {t:9s} gold={gold_types[t]:4d} pred={pred_types[t]:4d} matched={matched_types[t]:4d}"
            f" value_ok={value_types[t]:4d}"
        )
    print(f"speed: {words / max(elapsed, 1e-9):,.0f} words/s over {words} words")
    if args.errors:
        for title, rows in (("missed", missed), ("spurious", spurious), ("wrong value or span", wrong)):
            print(f"\n== {title}: {len(rows)} ==")
            for row in rows[: args.errors]:
                print("  " + row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
