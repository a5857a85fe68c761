"""TempEval-3 style evaluation of allegedly's time tagger on TimeML files.

Usage:  .venv/bin/python bench/tempeval.py [DIR]     (default: ../shared/bench/tempeval3/te3-platinum)

Reads every *.tml file at run time, strips the inline tags to get the text and the gold
TIMEX3 spans, tags the text with the document creation time (DCT) as anchor, and prints
span precision/recall/F1 (strict: same offsets; relaxed: any overlap, one-to-one),
value accuracy on relaxed matches, value F1 (TE3 convention: a strict value match over
relaxed-matched pairs, as precision over all predictions and recall over all gold), and
per-type counts. te3-platinum is a REPORT set: run it to report, never tune on it
(tune on ../shared/bench/meantime_en, the development set).
"""

from __future__ import annotations

import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from allegedly.model import DateValue
from allegedly.understand.time import parse_date_string, tag_times_rich

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "tempeval3" / "te3-platinum"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


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


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT
    files = sorted(folder.glob("*.tml"))
    if not files:
        print(f"no .tml files in {folder}", file=sys.stderr)
        return 2
    n_gold = n_pred = strict = relaxed = value_ok = 0
    gold_types: Counter[str] = Counter()
    pred_types: Counter[str] = Counter()
    matched_types: Counter[str] = Counter()
    type_ok = 0
    words = 0
    elapsed = 0.0
    tag_times_rich("warm up: compile the patterns in 2020.", None)  # not part of the timing
    for path in files:
        text, dct, gold = read_tml(path)
        words += len(text.split())
        t0 = time.perf_counter()
        pred = tag_times_rich(text, dct)
        elapsed += time.perf_counter() - t0
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
                type_ok += p.timex_type == g.type
                matched_types[g.type] += 1
                break
    sp, sr = strict / max(n_pred, 1), strict / max(n_gold, 1)
    rp, rr = relaxed / max(n_pred, 1), relaxed / max(n_gold, 1)
    vp, vr = value_ok / max(n_pred, 1), value_ok / max(n_gold, 1)
    print(f"files: {len(files)}  gold TIMEX3: {n_gold}  predicted: {n_pred}")
    print(f"span strict : P={sp:.3f} R={sr:.3f} F1={f1(sp, sr):.3f}")
    print(f"span relaxed: P={rp:.3f} R={rr:.3f} F1={f1(rp, rr):.3f}")
    print(f"value accuracy on relaxed matches: {value_ok / max(relaxed, 1):.3f} ({value_ok}/{relaxed})")
    print(f"value F1 (TE3): P={vp:.3f} R={vr:.3f} F1={f1(vp, vr):.3f}   (HeidelTime ~0.776)")
    print(f"type accuracy on relaxed matches: {type_ok / max(relaxed, 1):.3f}")
    for t in sorted(set(gold_types) | set(pred_types)):
        print(f"  {t:9s} gold={gold_types[t]:4d} pred={pred_types[t]:4d} matched={matched_types[t]:4d}")
    print(f"speed: {words / max(elapsed, 1e-9):,.0f} words/s over {words} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
