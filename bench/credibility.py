"""Credibility as a signal: tell fake from legitimate celebrity articles by their claims' credibility.

Data: ../shared/bench/celebrity/{legit,fake}/NNN{legit,fake}.txt (Pérez-Rosas et al., 2018).
Each article is analysed alone (`Pipeline().analyse`), its claims are weighed by
`allegedly.reconcile.credibility`, and a few per-article features are computed from them:
shares of anonymous, hedged, speculated, denied, on-record and narrated claims, the outlet
reliabilities cited, the mean claim confidence, and so on.

Honesty: the weights of a small logistic regression (written here, no scikit-learn) are fit on
files 001–175 only (the development part); the ROC AUC is reported on files 176–250 (the report
part), which are never used to choose features or weights.  Also printed: each feature's own
AUC on the report part, and the AUC of a fixed, untrained score (1 − mean claim confidence).

Analyses are cached (pickle) in the temp folder keyed by file content, model and a hash of the
package's code and data (older rules never leak into a figure), so reruns are
fast; the first full run takes several minutes on two cores.

Usage:
    .venv/bin/python bench/credibility.py [--limit N] [--workers N] [--cache PATH] [--model NAME]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import math
import pickle
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import allegedly
from allegedly.model import Analysis, RawDocument
from allegedly.outlets import outlet_table
from allegedly.reconcile.credibility import claim_confidence, outlet_reliability
from allegedly.reconcile.identity import resolve_people
from allegedly.understand.cues import attribution_lexicon
from allegedly.understand.language import DEFAULT_MODEL

CELEBRITY = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "celebrity"
DEV_LAST = 175  # files 001–175: development (fit); 176–250: report
UNRELIABLE = 0.30  # outlet reliability at or below: generally unreliable or deprecated (data/outlets.md)
RELIABLE = 0.85  # generally reliable
FOLDS = 5
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
    """A hash of the package's code and data: a cached analysis from older rules is never reused."""
    package = Path(allegedly.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml", ".csv") and "__pycache__" not in path.parts:
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


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_SPEECH = re.compile(
    r"\b(?:tells?|told|says?|said|reveal(?:s|ed)?|dish(?:es|ed)?|adds?|added|explains?|explained)\b", re.I
)
_QUOTE = re.compile(r"[“”\"]")


def voice_features(analysis: Analysis) -> dict[str, float]:
    """Who speaks in the article's sentences, by the project's attribution cue words
    (data/attribution.toml) and outlet table, for sentences no relation claim came from."""
    lexicon = attribution_lexicon()
    sentences = [
        m.group(0) for m in _SENTENCE.finditer(analysis.document.body) if len(m.group(0).split()) > 3
    ]
    n = len(sentences) or 1

    def share(pattern: re.Pattern[str], *, spoken: bool = False) -> float:
        return sum(1 for t in sentences if pattern.search(t) and (not spoken or _SPEECH.search(t))) / n

    named = [outlet for _, _, outlet in outlet_table().find(analysis.document.body)]
    return {
        "s_anonymous": share(lexicon.anonymous, spoken=True),
        "s_representative": share(lexicon.representatives, spoken=True),
        "s_hedged": share(lexicon.hedges),
        "s_speculated": share(lexicon.speculation),
        "s_denied": share(lexicon.denials),
        "s_quoted": share(_QUOTE),
        "named_outlet_reliability": statistics.fmean(o.reliability for o in named) if named else 0.0,
        "named_unreliable": math.log1p(sum(1 for o in named if o.reliability <= UNRELIABLE)),
        "named_reliable": math.log1p(sum(1 for o in named if o.reliability >= RELIABLE)),
    }


def features(analysis: Analysis) -> dict[str, float]:
    """Credibility features of one article: from its claims (0 where it has none), then from
    the voices of its sentences."""
    return {**claim_features(analysis), **voice_features(analysis)}


def claim_features(analysis: Analysis) -> dict[str, float]:
    """Shares of the article's claims by source kind and modality, outlets cited, mean confidence."""
    claims = analysis.claims
    n = len(claims)

    def share(test: Callable[[int], bool]) -> float:
        return sum(1 for i in range(n) if test(i)) / n if n else 0.0

    kinds = [c.attribution.source_kind for c in claims]
    modalities = [c.modality for c in claims]
    cited = [outlet_reliability(c.attribution.outlet) for c in claims if c.attribution.outlet]
    confidences = [claim_confidence(c).value for c in claims]
    return {
        "anonymous": share(lambda i: kinds[i] == "anonymous"),
        "on_record": share(lambda i: kinds[i] == "on_record"),
        "narration": share(lambda i: kinds[i] in ("narration", "author_opinion")),
        "outlet_attr": share(lambda i: kinds[i] == "outlet"),
        "hedged": share(lambda i: modalities[i] == "hedged"),
        "speculated": share(lambda i: modalities[i] == "speculated"),
        "denied": share(lambda i: modalities[i] == "denied"),
        "cited_reliability": statistics.fmean(cited) if cited else 0.0,
        "cites_outlet": 1.0 if cited else 0.0,
        "mean_confidence": statistics.fmean(confidences) if confidences else 0.0,
        "log_claims": math.log1p(n),
    }


# -- a tiny logistic regression and ROC AUC ---------------------------------------------------


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """ROC AUC: the chance a random positive scores above a random negative (ties count half)."""
    positives = [s for s, y in zip(scores, labels, strict=True) if y]
    negatives = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not positives or not negatives:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in positives for q in negatives)
    return wins / (len(positives) * len(negatives))


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
        return 1.0 / (1.0 + math.exp(-z))


def fit_logistic(
    rows: list[dict[str, float]], labels: list[bool], l2: float = 1.0, steps: int = 3000, rate: float = 0.1
) -> Logistic:
    """L2-regularised logistic regression by batch gradient descent on standardised features."""
    names = sorted(rows[0])
    means = [statistics.fmean(r[k] for r in rows) for k in names]
    scales = [statistics.pstdev(r[k] for r in rows) or 1.0 for k in names]
    xs = [[(r[k] - m) / s for k, m, s in zip(names, means, scales, strict=True)] for r in rows]
    ys = [1.0 if y else 0.0 for y in labels]
    weights, bias, n = [0.0] * len(names), 0.0, len(xs)
    for _ in range(steps):
        grad, grad_bias = [0.0] * len(names), 0.0
        for x, y in zip(xs, ys, strict=True):
            z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
            error = 1.0 / (1.0 + math.exp(-z)) - y
            grad_bias += error
            for j, v in enumerate(x):
                grad[j] += error * v
        weights = [w - rate * (g / n + l2 * w / n) for w, g in zip(weights, grad, strict=True)]
        bias -= rate * grad_bias / n
    return Logistic(names, means, scales, weights, bias)


def cross_validated(dev: list[Article], rows: dict[Path, dict[str, float]]) -> float:
    """AUC of out-of-fold scores on the dev part (folds by file number, both labels together)."""
    scores: dict[Path, float] = {}
    for fold in range(FOLDS):
        train = [a for a in dev if a.number % FOLDS != fold]
        held = [a for a in dev if a.number % FOLDS == fold]
        model = fit_logistic([rows[a.path] for a in train], [a.fake for a in train])
        scores.update({a.path: model.score(rows[a.path]) for a in held})
    return auc([scores[a.path] for a in dev], [a.fake for a in dev])


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
    claim_counts = [len(analyses[_key(a, args.model)].claims) for a in chosen]
    print(f"claims per article (mean): {statistics.fmean(claim_counts):.1f}")
    print("\nper-feature ROC AUC on the dev part (higher value → fake; <0.5 means the reverse):")
    for name in model.names:
        value = auc([rows[a.path][name] for a in dev], [a.fake for a in dev])
        print(f"  {name:<24} {value:.3f}")
    print(f"\n{FOLDS}-fold cross-validated ROC AUC inside the dev part: {cross_validated(dev, rows):.3f}")
    untrained = auc([1.0 - rows[a.path]["mean_confidence"] for a in report], labels)
    print(f"untrained score 1 − mean claim confidence: ROC AUC {untrained:.3f} (report part)")
    print("\nlogistic regression, fit on files 001–175 only (weights on standardised features):")
    for name, weight in sorted(zip(model.names, model.weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:<24} {weight:+.3f}")
    dev_auc = auc([model.score(rows[a.path]) for a in dev], [a.fake for a in dev])
    report_auc = auc([model.score(rows[a.path]) for a in report], labels)
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
