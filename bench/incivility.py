"""Incivility on news comments nobody on this project wrote (reads ../shared at run time).

    .venv/bin/python bench/incivility.py            # dev and report figures
    .venv/bin/python bench/incivility.py --split dev

unhealthy_comments (val.csv dev, test.csv report): ROC AUC of `incivility_score` for the
hostile, antagonize and condescending labels. sfu_ctc (rows 1-560 dev, 561- report): toxic
F1 where gold toxic = toxicity level >= 2 (`is_toxic_popular_answer_1`), for our `toxic` flag
and for `incivility_score >= threshold` with the threshold picked on the dev rows only.
Nothing is trained on these sets (CC BY-NC-SA): the score is a fixed, hand-weighted sum of our
lexicons and cues (name-calling, condescension, antagonism, sarcasm and dismissal, sweeping
generalisation; read as a density, diluted by the comment's length), VADER, and
alt-profanity-check's shipped model (trained on other public data); the dev-picked score
threshold is a bench setting only and never ships. The `toxic` flag is a separate, narrower
concept: abuse (insult, slur, body shaming, threat, swearing) aimed at a person.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from allegedly.understand.incivility import assess_incivility, incivility_scores
from measures import roc_auc

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
LABELS = ("hostile", "antagonize", "condescending")
SFU_DEV_ROWS = 560


def f1(pred: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def unhealthy(split: str) -> None:
    name = "val.csv" if split == "dev" else "test.csv"
    with (SHARED / "unhealthy_comments" / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    scores = incivility_scores([r["comment"] for r in rows])
    for label in LABELS:
        gold = [r[label].strip() in ("1", "1.0") for r in rows]
        print(
            f"unhealthy_comments/{name} ({split}) {label}: ROC AUC {roc_auc(scores, gold):.3f}"
            f"  (n={len(rows)}, positives={sum(gold)})"
        )


def _sfu_rows() -> list[dict[str, str]]:
    with (SHARED / "sfu_ctc" / "SFU_constructiveness_toxicity.csv").open(
        encoding="utf-8", newline=""
    ) as handle:
        return list(csv.DictReader(handle))


def _sfu_gold(rows: list[dict[str, str]]) -> list[bool]:
    return [int(r["is_toxic_popular_answer_1"] or 1) >= 2 for r in rows]


def dev_threshold() -> float:
    """The score threshold with the best toxic F1 on the dev rows."""
    rows = _sfu_rows()[:SFU_DEV_ROWS]
    scores = incivility_scores([r["comment"] for r in rows])
    gold = _sfu_gold(rows)
    candidates = sorted(set(scores))
    return max(candidates, key=lambda t: f1([s >= t for s in scores], gold)[2])


def sfu(split: str, threshold: float) -> None:
    all_rows = _sfu_rows()
    rows = all_rows[:SFU_DEV_ROWS] if split == "dev" else all_rows[SFU_DEV_ROWS:]
    gold = _sfu_gold(rows)
    flags = [assess_incivility(r["comment"]).toxic for r in rows]
    scores = incivility_scores([r["comment"] for r in rows])
    label = f"sfu_ctc rows {'1-560' if split == 'dev' else '561-'} ({split})"
    p, r, f = f1(flags, gold)
    print(f"{label} toxic flag: P {p:.3f} R {r:.3f} F1 {f:.3f}  (n={len(rows)}, toxic>=2: {sum(gold)})")
    p, r, f = f1([s >= threshold for s in scores], gold)
    print(f"{label} score >= {threshold:g} (dev-picked): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"{label} score ROC AUC: {roc_auc(scores, gold):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--split", choices=("dev", "report", "both"), default="both")
    args = ap.parse_args()
    splits = ("dev", "report") if args.split == "both" else (args.split,)
    threshold = dev_threshold()
    for split in splits:
        unhealthy(split)
        sfu(split, threshold)


if __name__ == "__main__":
    main()
