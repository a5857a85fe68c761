"""Measures the benchmarks share: precision/recall/F1 tallies and ROC AUC.

Imported by the scripts beside it (`python bench/x.py` puts this folder on the path).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sklearn.metrics import roc_auc_score


@dataclass
class Tally:
    """Predictions and gold items, each side counted with its own matches: a prediction is right
    when it matches some gold item, a gold item is found when some prediction matches it."""

    predicted: int = 0
    predicted_ok: int = 0
    gold: int = 0
    gold_found: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.predicted_ok / self.predicted if self.predicted else 0.0
        r = self.gold_found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def add(self, other: Tally) -> None:
        self.predicted += other.predicted
        self.predicted_ok += other.predicted_ok
        self.gold += other.gold
        self.gold_found += other.gold_found


def roc_auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """ROC AUC (scikit-learn's; ties count half); NaN when only one class is present."""
    if len(set(labels)) < 2:
        return float("nan")
    return float(roc_auc_score(list(labels), list(scores)))
