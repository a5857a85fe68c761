"""Credibility as a signal: tell fake from legitimate celebrity articles by their claims' credibility.

Data: ../shared/bench/celebrity/{legit,fake}/NNN{legit,fake}.txt (Pérez-Rosas et al., 2018).
Each article is analysed alone (`Pipeline().analyse`), then profiled by the product's
`allegedly.reconcile.credibility.sourcing_profile`: every sentence of the body is read as a
statement, its source (on record, outlet, anonymous, the writer's own narration) and modality
(hedged, speculated, denied) found and weighed like a claim.  A few per-article features come
from that profile: shares of statements by source and modality, the reliability of the outlets
the article names, the mean statement confidence, and so on.

Honesty: the features and the regularisation were chosen on repeated, stratified 5-fold
cross-validation *inside* files 001–175 (the development part; printed, with --compare for the
other feature sets tried); the small logistic regression (written here, no scikit-learn) is fit
on 001–175 only, and the ROC AUC is reported on files 176–250 (the report part), which are never
used to choose anything.  Also printed: each feature's own AUC on both parts, and the AUC of a
fixed, untrained score (1 − mean statement confidence).

Analyses are cached (pickle) in the temp folder keyed by file content, model and a hash of the
package's code and data that the analysis depends on (everything but `reconcile/`, which only
reads finished analyses: the features are recomputed on every run), so older rules never leak
into a figure and reruns are fast; the first full run takes several minutes on two cores.

Usage:
    .venv/bin/python bench/credibility.py [--limit N] [--workers N] [--cache PATH] [--model NAME] [--compare]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import math
import pickle
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import allegedly
from allegedly.model import Analysis, RawDocument
from allegedly.outlets import UNLISTED_RELIABILITY
from allegedly.reconcile.credibility import sourcing_profile
from allegedly.reconcile.identity import resolve_people
from allegedly.understand.language import DEFAULT_MODEL
from measures import roc_auc

CELEBRITY = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "celebrity"
DEV_LAST = 175  # files 001–175: development (fit); 176–250: report
FOLDS = 5  # cross-validation inside the dev part: 5 stratified folds …
REPEATS = 20  # … reshuffled this many times (the spread of one split is ±0.01 or so)
L2 = 1.0  # ridge penalty on standardised weights; 1 and 10 gave the same dev CV AUC (±0.003)
NEWTON_STEPS = 25  # Newton's method converges in well under this
_NUMBER = re.compile(r"^(\d+)(fake|legit)\.txt$")


@dataclass(frozen=True)
class Article:
    path: Path
    number: int
    fake: bool

    @property
    def part(self) -> str:
        return "dev" if self.number <= DEV_LAST else "report"


def articles(root: Path, limit: int | None) -> list[Article]:
    """Every article, legit and fake; with `limit`, the first N of each label in each part."""
    found: list[Article] = []
    for label in ("legit", "fake"):
        for path in sorted((root / label).glob("*.txt")):
            match = _NUMBER.match(path.name)
            if match:
                found.append(Article(path, int(match.group(1)), match.group(2) == "fake"))
    if limit is None:
        return found
    kept: list[Article] = []
    for fake in (False, True):
        for part in ("dev", "report"):
            kept.extend([a for a in found if a.fake == fake and a.part == part][:limit])
    return kept


# -- analysis, cached ------------------------------------------------------------------------

_PIPELINE = None


def _analyse(job: tuple[str, str, str]) -> tuple[str, Analysis]:
    global _PIPELINE  # one loaded pipeline per worker process
    from allegedly.pipeline import Pipeline

    key, path, model = job
    if _PIPELINE is None:
        _PIPELINE = Pipeline(model)
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return key, _PIPELINE.analyse(RawDocument(path, Path(path).name, "text", text))


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the package's code and data: a cached analysis from older rules is never reused.

    `reconcile/` is left out: the pipeline never imports it (it reads finished analyses), and
    the features it computes here are recomputed on every run."""
    package = Path(allegedly.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        skipped = "__pycache__" in path.parts or "reconcile" in path.relative_to(package).parts
        if path.suffix in (".py", ".toml", ".csv") and not skipped:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _key(article: Article, model: str) -> str:
    digest = hashlib.sha256(article.path.read_bytes()).hexdigest()[:16]
    return f"{model}:{_code_fingerprint()}:{article.path.parent.name}/{article.path.name}:{digest}"


def analyse_all(chosen: list[Article], model: str, cache: Path, workers: int) -> dict[str, Analysis]:
    """Analyses of `chosen`, keyed by `_key`, read from the cache or computed and added to it."""
    done: dict[str, Analysis] = {}
    if cache.exists():
        with open(cache, "rb") as handle:
            done = pickle.load(handle)
    keys = {a.path: _key(a, model) for a in chosen}
    todo = [(keys[a.path], str(a.path), model) for a in chosen if keys[a.path] not in done]
    if todo:
        print(
            f"analysing {len(todo)} articles ({len(done)} cached) with {workers} worker(s)…", file=sys.stderr
        )
        started = time.monotonic()
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for n, (key, analysis) in enumerate(pool.map(_analyse, todo, chunksize=4), start=1):
                done[key] = analysis
                if n % 50 == 0 or n == len(todo):
                    _save(cache, done)
                    print(f"  {n}/{len(todo)} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return {keys[a.path]: done[keys[a.path]] for a in chosen}


def _save(cache: Path, done: dict[str, Analysis]) -> None:
    partial = cache.with_suffix(".tmp")
    with open(partial, "wb") as handle:
        pickle.dump(done, handle)
    partial.replace(cache)


# -- features ----------------------------------------------------------------------------------


def features(analysis: Analysis) -> dict[str, float]:
    """Credibility features of one article, all read off its sourcing profile
    (`allegedly.reconcile.credibility.sourcing_profile`: every sentence read as a statement,
    its source and modality weighed like a claim) and its claims' confidences."""
    profile = sourcing_profile(analysis)
    n = len(profile.statements) or 1
    cited = profile.cited_reliability
    claims = [c.value for c in profile.claim_confidences]
    return {
        "anonymous": profile.share("anonymous"),
        "on_record": profile.share("on_record"),
        "outlet": profile.share("outlet"),
        "narration": profile.share("narration", "author_opinion"),
        "hedged": profile.modality_share("hedged"),
        "speculated": profile.modality_share("speculated"),
        "denied": profile.modality_share("denied"),
        "unrelayed_anonymous": profile.unrelayed_anonymous / n,
        "named_speakers": math.log1p(len(profile.named_speakers)),
        # An article that names no outlet gets the unlisted prior: it cites nothing to weigh.
        "cited_reliability": cited if cited is not None else UNLISTED_RELIABILITY,
        "cites_outlet": 1.0 if cited is not None else 0.0,
        "mean_confidence": profile.mean_confidence,
        "mean_claim_confidence": statistics.fmean(claims) if claims else profile.mean_confidence,
    }


# The features the model uses, chosen by repeated cross-validation inside the dev part (see
# --compare; all the sets below were within ±0.01 of each other, so the fewest won): the share
# of statements resting on anonymous sources, the share on record, and the reliability of the
# outlets the article names.
CHOSEN = ("anonymous", "on_record", "cited_reliability")
_EVERY = (
    "anonymous", "on_record", "outlet", "narration", "hedged", "speculated", "denied",
    "unrelayed_anonymous", "named_speakers", "cited_reliability", "cites_outlet",
    "mean_confidence", "mean_claim_confidence",
)  # fmt: skip
# Other sets tried, printed with --compare (the choice above was made on their dev CV AUC).
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "mean statement confidence only": ("mean_confidence",),
    "chosen + hedged": (*CHOSEN, "hedged"),
    "chosen + named speakers": (*CHOSEN, "named_speakers"),
    "chosen + unrelayed anonymous": (*CHOSEN, "unrelayed_anonymous"),
    "chosen + mean confidence": (*CHOSEN, "mean_confidence"),
    "every feature": _EVERY,
}


# -- a tiny logistic regression ---------------------------------------------------


@dataclass
class Logistic:
    names: list[str]
    means: list[float]
    scales: list[float]
    weights: list[float]
    bias: float

    def score(self, row: dict[str, float]) -> float:
        z = self.bias + sum(
            w * (row[name] - m) / s
            for name, m, s, w in zip(self.names, self.means, self.scales, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small and positive definite)."""
    n = len(vector)
    rows = [[*matrix[i], vector[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            for c in range(col, n + 1):
                rows[r][c] -= factor * rows[col][c]
    solution = [0.0] * n
    for r in range(n - 1, -1, -1):
        solution[r] = (rows[r][n] - sum(rows[r][c] * solution[c] for c in range(r + 1, n))) / rows[r][r]
    return solution


def fit_logistic(
    rows: list[dict[str, float]], labels: list[bool], names: Sequence[str] = CHOSEN, l2: float = L2
) -> Logistic:
    """L2-regularised logistic regression (bias not penalised) on standardised features, by
    Newton's method: the exact regularised optimum, in a few steps."""
    names = list(names)
    means = [statistics.fmean(r[k] for r in rows) for k in names]
    scales = [statistics.pstdev(r[k] for r in rows) or 1.0 for k in names]
    xs = [[1.0, *((r[k] - m) / s for k, m, s in zip(names, means, scales, strict=True))] for r in rows]
    ys = [1.0 if y else 0.0 for y in labels]
    d = len(names) + 1
    beta = [0.0] * d
    for _ in range(NEWTON_STEPS):
        gradient = [l2 * b if j else 0.0 for j, b in enumerate(beta)]
        hessian = [[l2 if i == j and i else 0.0 for j in range(d)] for i in range(d)]
        for x, y in zip(xs, ys, strict=True):
            z = max(-30.0, min(30.0, sum(b * v for b, v in zip(beta, x, strict=True))))
            p = 1.0 / (1.0 + math.exp(-z))
            w = p * (1 - p)
            for i in range(d):
                gradient[i] += (p - y) * x[i]
                for j in range(i, d):
                    hessian[i][j] += w * x[i] * x[j]
        for i in range(d):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
        step = _solve(hessian, gradient)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return Logistic(names, means, scales, beta[1:], beta[0])


def cross_validated(
    dev: list[Article], rows: dict[Path, dict[str, float]], names: Sequence[str] = CHOSEN
) -> tuple[float, float]:
    """Mean and standard deviation, over REPEATS shuffles, of the ROC AUC of out-of-fold scores
    in the dev part (FOLDS folds, stratified by label)."""
    results = []
    for repeat in range(REPEATS):
        shuffle = random.Random(repeat)
        folds: list[list[Article]] = [[] for _ in range(FOLDS)]
        for fake in (False, True):
            group = [a for a in dev if a.fake == fake]
            shuffle.shuffle(group)
            for i, article in enumerate(group):
                folds[i % FOLDS].append(article)
        scores: dict[Path, float] = {}
        for held in folds:
            held_out = {a.path for a in held}
            train = [a for a in dev if a.path not in held_out]
            model = fit_logistic([rows[a.path] for a in train], [a.fake for a in train], names)
            scores.update({a.path: model.score(rows[a.path]) for a in held})
        results.append(roc_auc([scores[a.path] for a in dev], [a.fake for a in dev]))
    return statistics.fmean(results), statistics.pstdev(results)


# -- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CELEBRITY)
    parser.add_argument("--limit", type=int, help="at most N articles per label and part (for development)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "allegedly-bench-credibility.pkl"
    )
    parser.add_argument(
        "--compare", action="store_true", help="also print the dev CV AUC of the other feature sets tried"
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    chosen = articles(args.corpus, args.limit)
    analyses = analyse_all(chosen, args.model, args.cache, args.workers)
    rows = {a.path: features(analyses[_key(a, args.model)]) for a in chosen}
    dev = [a for a in chosen if a.part == "dev"]
    report = [a for a in chosen if a.part == "report"]
    model = fit_logistic([rows[a.path] for a in dev], [a.fake for a in dev])
    labels = [a.fake for a in report]

    print(f"celebrity fake-vs-legit: {len(dev)} dev articles (001–{DEV_LAST}), {len(report)} report articles")
    statement_counts = [len(sourcing_profile(analyses[_key(a, args.model)]).statements) for a in chosen]
    claim_counts = [len(analyses[_key(a, args.model)].claims) for a in chosen]
    print(
        f"statements per article (mean): {statistics.fmean(statement_counts):.1f}; "
        f"claims: {statistics.fmean(claim_counts):.1f}"
    )
    print("\nper-feature ROC AUC (higher value → fake; <0.5 means the reverse):")
    print(f"  {'':<24} {'dev':>6} {'report':>6}")
    for name in rows[chosen[0].path]:
        on_dev = roc_auc([rows[a.path][name] for a in dev], [a.fake for a in dev])
        on_report = roc_auc([rows[a.path][name] for a in report], labels)
        print(f"  {name:<24} {on_dev:6.3f} {on_report:6.3f}{'  (used)' if name in CHOSEN else ''}")
    mean, spread = cross_validated(dev, rows)
    print(
        f"\n{FOLDS}-fold cross-validated ROC AUC inside the dev part ({REPEATS} shuffles), "
        f"features {', '.join(CHOSEN)}: {mean:.3f} ± {spread:.3f}"
    )
    if args.compare:
        for label, names in ALTERNATIVES.items():
            other, other_spread = cross_validated(dev, rows, names)
            print(f"  {label:<30} {other:.3f} ± {other_spread:.3f}")
    untrained = roc_auc([1.0 - rows[a.path]["mean_confidence"] for a in report], labels)
    untrained_dev = roc_auc([1.0 - rows[a.path]["mean_confidence"] for a in dev], [a.fake for a in dev])
    print(
        f"untrained score 1 − mean statement confidence: ROC AUC {untrained_dev:.3f} (dev), "
        f"{untrained:.3f} (report)"
    )
    print("\nlogistic regression, fit on files 001–175 only (weights on standardised features):")
    for name, weight in sorted(zip(model.names, model.weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:<24} {weight:+.3f}")
    dev_auc = roc_auc([model.score(rows[a.path]) for a in dev], [a.fake for a in dev])
    report_auc = roc_auc([model.score(rows[a.path]) for a in report], labels)
    print(f"\nROC AUC, dev part (fit data, optimistic): {dev_auc:.3f}")
    print(f"ROC AUC, report part (files 176–250):      {report_auc:.3f}")

    people = resolve_people(list(analyses.values()))
    merged = [p for p in people.people if len(p.files) > 1]
    print(
        f"\ncross-document people over {len(analyses)} articles: {len(people.people)} people, "
        f"{len(merged)} in more than one article, {len(people.unresolved)} one-word mentions left unresolved"
    )
    for person in merged[:8]:
        print(f"  {person.name}: {len(person.files)} articles ({person.decided_by})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
