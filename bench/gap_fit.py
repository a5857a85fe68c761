"""Refit the pronoun clue weights (`_WEIGHTS` in src/allegedly/understand/pronouns.py) on GAP dev.

What it does: parses every row of gap/gap-development.tsv and gap/gap-validation.tsv (the
development part of GAP, Webster et al., 2018; never gap-test.tsv) with the project's spaCy
pipeline, builds the entity index with `find_entities`, and takes each pronoun's candidate
names and their clues exactly as the product does (`PronounResolver.candidates`,
`_PronounContext.all_features`). A linear ranker is then fitted: a softmax over each pronoun's
candidate mentions (people left out as "bound" or of the other gender are never scored, as in
the product), the gold mentions being those of the person GAP marks coreferent, L2-regularised,
with the regularisation picked by 10-fold cross-validation. Every F1 it prints is bench/gap.py's
F1 of the product with those weights: `decide` picks as `PronounResolver._resolve_over_parse`
does (a rule's pick where one of the product's rules decides, `PronounResolver.ruled`; the
ranker's pick where sure, `_RANKER_SURE`, or far enough ahead of the hand weights' pick,
`_RANKER_LEAD` / `_RANKER_LEAD_GENDER`, the hand weights' elsewhere; then the topic carried on
from the he/she before, `_topic_carried`), with the weights rounded as `export` ships them. On
the shipped weights it prints gap.py's own F1 (the product's answers, recorded) beside
`decide`'s: they are the same, pick for pick. (Before, the fit scored a simplified gate, without
`_RANKER_LEAD_GENDER` and the carried topic, on unrounded weights, and printed the ranker's
F1 without any gate for the shipped weights: 0.796 where gap.py says 0.812, so its figures
could not be set beside gap.py's.) It prints the cross-validated figures (also development ->
validation and back) and writes the weights as the Python block that stands between the
LEARNED WEIGHTS markers of pronouns.py; `--check` runs the product again with the refit
weights (the clues taken anew) and prints what gap.py will say of them.

The clues depend a little on the weights in use (the first pass that lets the text's own
pronouns vote on unknown genders scores with them), so a refit is taken from the shipped ones.

Run:  .venv/bin/python bench/gap_fit.py [--docs DIR] [--cache PKL] [--lam X ...] [--seeds N] [--check]
      [--limit N] [--out PATH] [--write]
(`--out` defaults to a temporary file; `--write` puts the block into pronouns.py, a deliberate step.)
"""

from __future__ import annotations

import argparse
import math
import pickle
import random
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize  # type: ignore[import-untyped,unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parent))

Features = dict[str, float]

# Regularisation strengths tried by cross-validation (L2 penalty per weight, loss averaged per pronoun).
LAMBDAS = (0.001, 0.003, 0.01, 0.03)
# The gender-disagreement clues are scaled up before fitting (and their weights back after), which
# regularises them less: they are few, strong and rare, and L2 otherwise shrinks them away.
GENDER_CLUES = ("disagree", "disagree_margin", "voted_disagree")
GENDER_SCALE = 5.0
# The softmax fixes the weights' scale only up to the regularisation; the product compares score
# margins (the pronoun votes' `_VOTE_MARGIN`) tuned at this scale, so the weights are multiplied by it.
OUT_SCALE = 4.0
# Confidences (the ranker's softmax share of its pick) at which the cross-validated ranker is
# scored as pronouns.py uses it: its pick where at least this sure, the hand weights' elsewhere.
SURE = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# Leads (the log of the ratio of the ranker's share of its pick to its share of the hand weights'
# pick) at which it is scored as pronouns.py uses it: its pick where sure or at least this far ahead.
LEADS = (0.6, 0.7, 0.8, 0.9, 1.0)
# Weights smaller than this (after OUT_SCALE) are left out of `_WEIGHTS`: a missing clue counts 0.
MIN_WEIGHT = 0.01
# "bound" is a rule (such people are left out before scoring), kept among the weights for readers.
BOUND_WEIGHT = -10.0


@dataclass
class Sample:
    """One GAP pronoun: its candidate mentions' clues and which people are GAP's A and B."""

    id: str
    gold: tuple[bool, bool]
    cands: list[tuple[str, Features | None]]
    fallback: str | None = None
    isab: dict[str, tuple[bool, bool]] = field(default_factory=dict)
    # Whether a rule of the product decides this pronoun (`PronounResolver.ruled`), and its pick:
    # such pronouns are scored by the rule's pick (as the product resolves them), and still fitted
    # on (their clues teach the ranker: leaving them out lowered 10-fold CV and validation).
    ruled: bool = False
    rule: str | None = None
    # What `PronounResolver._topic_carried` asks beyond the clues: the text's topic (the first
    # person it names) where it is of the pronoun's gender, and the person the he/she just before
    # stands for (with the weights in use at extraction: it changes a little with them).
    topic: str | None = None
    previous: str | None = None
    # The product's own answer (`EntityIndex.resolve_pronoun`, as bench/gap.py asks it): with
    # the shipped weights `decide` must give the same (see `agreement`).
    product: str | None = None


def extract(limit: int | None = None, docs_dir: Path | None = None) -> list[Sample]:
    """Parse GAP development + validation and take each pronoun's candidates' clues (`docs_dir`:
    read the parses from development.spacy and validation.spacy there, spaCy DocBins of the same
    rows parsed by the project's pipeline, instead of parsing again)."""
    from allegedly.understand.entities import find_entities
    from allegedly.understand.language import load_pipeline
    from gap import BENCH, SPLITS, read_rows

    paths = [BENCH / name for name in SPLITS["dev"]]
    assert all("test" not in p.name for p in paths)
    rows = read_rows(paths)[:limit]
    nlp = load_pipeline()
    docs: Iterable[Any]
    if docs_dir is not None:
        from spacy.tokens import DocBin

        docs = [
            doc
            for name in ("development", "validation")
            for doc in DocBin().from_disk(docs_dir / f"{name}.spacy").get_docs(nlp.vocab)
        ][: len(rows)]
    else:
        docs = nlp.pipe(r.text for r in rows)
    return [sample_of(find_entities(doc), row) for row, doc in zip(rows, docs, strict=True)]


def sample_of(index: Any, row: Any) -> Sample:
    """One GAP row's pronoun as the fit and `decide` see it, over the entity index of its text
    (`row`: a bench/gap.py `Row`)."""
    from allegedly.understand import pronouns
    from gap import entity_is

    resolver = index.pronouns
    token = resolver._token_at(row.offset)
    sample = Sample(row.id, (row.a_coref, row.b_coref), [])
    if token is not None and token.lower_ == row.pronoun.lower():
        wanted = "m" if row.pronoun.lower() in pronouns.MALE_PRONOUNS else "f"
        # The clues the product scores, the votes of the text's other pronouns included.
        scored = resolver.scored(token, wanted)
        for mention, found in scored:
            sample.cands.append((mention.entity, found))
        sample.ruled, sample.rule = resolver.ruled(token, wanted, scored)
        sample.fallback = next((k for k in index.main_people(4) if index.people[k].gender == wanted), None)
        topic = resolver._first_named()
        if topic is not None and index.people[topic].gender == wanted:
            sample.topic = topic
            sample.previous = resolver._previous_answer(token, wanted)
    sample.product = index.resolve_pronoun(row.pronoun, row.offset)
    people = {e for e, _ in sample.cands} | {
        k for k in (sample.fallback, sample.rule, sample.topic, sample.product) if k
    }
    sample.isab = {
        e: (entity_is(index, e, row.a, row.a_offset), entity_is(index, e, row.b, row.b_offset))
        for e in people
    }
    return sample


def _scored(sample: Sample) -> list[tuple[str, Features]]:
    """The candidates the product scores: people ever bound or unscorable are left out."""
    excluded = {e for e, f in sample.cands if f is None or f.get("bound")}
    return [(e, f) for e, f in sample.cands if f is not None and e not in excluded]


def feature_names(samples: Iterable[Sample]) -> list[str]:
    return sorted({k for s in samples for _, f in _scored(s) for k in f} - {"bound"})


Matrix = tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]


def build(samples: Sequence[Sample], names: Sequence[str]) -> Matrix:
    """Rows of clue values, gold flags and group starts; only pronouns with a gold and a
    non-gold candidate among those scored teach the ranker anything."""
    column = {name: i for i, name in enumerate(names)}
    xs: list[np.ndarray[Any, Any]] = []
    ys: list[bool] = []
    starts: list[int] = []
    for sample in samples:
        if not any(sample.gold):
            continue
        rows = _scored(sample)
        gold = [sample.isab.get(e) == sample.gold for e, _ in rows]
        if not rows or all(gold) or not any(gold):
            continue
        starts.append(len(xs))
        for (_, found), is_gold in zip(rows, gold, strict=True):
            x = np.zeros(len(names))
            for name, value in found.items():
                if name in column:
                    x[column[name]] = value * (GENDER_SCALE if name in GENDER_CLUES else 1.0)
            xs.append(x)
            ys.append(is_gold)
    return np.array(xs).reshape(len(xs), len(names)), np.array(ys, bool), np.array(starts, int)


def fit(data: Matrix, lam: float) -> np.ndarray[Any, Any]:
    """Softmax ranking loss (the gold candidates' share of each pronoun) + lam * |w|^2."""
    x, y, starts = data
    n = len(starts)
    width = x.shape[1]
    if n == 0:
        return np.zeros(width)
    group = np.repeat(np.arange(n), np.diff(np.append(starts, len(x))))

    def loss(w: np.ndarray[Any, Any]) -> tuple[float, np.ndarray[Any, Any]]:
        s = x @ w
        p = np.exp(s - np.maximum.reduceat(s, starts)[group])
        z = np.add.reduceat(p, starts)
        py = np.where(y, p, 0.0)
        zy = np.add.reduceat(py, starts)
        value = -float(np.sum(np.log(zy / z))) / n + lam * float(w @ w)
        grad = -(x.T @ (py / zy[group] - p / z[group])) / n + 2 * lam * w
        return value, grad

    result = minimize(loss, np.zeros(width), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return np.asarray(result.x, float)


def learn(samples: Sequence[Sample], names: Sequence[str], lam: float) -> Features:
    """Weights on the clues' own scale (the gender scaling undone, OUT_SCALE not applied)."""
    w = fit(build(samples, names), lam)
    return {n: float(v) * (GENDER_SCALE if n in GENDER_CLUES else 1.0) for n, v in zip(names, w, strict=True)}


def pick(sample: Sample, weights: Features) -> str | None:
    """The person the product would pick with these weights (best mention score; a rule's
    pick where a rule decides)."""
    if getattr(sample, "ruled", False):
        return sample.rule
    best: dict[str, float] = {}
    for entity, found in _scored(sample):
        score = sum(weights.get(k, 0.0) * v for k, v in found.items())
        best[entity] = max(score, best.get(entity, score))
    return max(best, key=lambda k: best[k]) if best else sample.fallback


def confidence(sample: Sample, weights: Features, scale: float = 1.0) -> float:
    """The picked person's softmax share of the scores (weights on the fitted scale / `scale`)."""
    best: dict[str, float] = {}
    for entity, found in _scored(sample):
        score = sum(weights.get(k, 0.0) * v for k, v in found.items()) / scale
        best[entity] = max(score, best.get(entity, score))
    if not best:
        return 1.0
    top = max(best.values())
    return 1.0 / float(sum(np.exp(s - top) for s in best.values()))


def lead(sample: Sample, weights: Features, fallback: Features) -> float:
    """How far the ranker (weights on the fitted scale) puts its pick ahead of the `fallback`
    weights' pick: the log of the ratio of their softmax shares (pronouns.py's `_ranker_lead`)."""
    best: dict[str, float] = {}
    hand: dict[str, float] = {}
    for entity, found in _scored(sample):
        score = sum(weights.get(k, 0.0) * v for k, v in found.items())
        best[entity] = max(score, best.get(entity, score))
        other = sum(fallback.get(k, 0.0) * v for k, v in found.items())
        hand[entity] = max(other, hand.get(entity, other))
    if not best:
        return 0.0
    return best[max(best, key=lambda k: best[k])] - best[max(hand, key=lambda k: hand[k])]


def topic_pick(sample: Sample, fallback: Features) -> bool:
    """Whether the `fallback` weights pick the text's topic (pronouns.py's `_is_topic`): the first
    named person, whom the ranker's lead does not overrule."""
    hand: dict[str, float] = {}
    first: set[str] = set()  # people with a mention that carries the clue, as `_is_topic` asks
    for entity, found in _scored(sample):
        score = sum(fallback.get(k, 0.0) * v for k, v in found.items())
        hand[entity] = max(score, hand.get(entity, score))
        if found.get("first_named"):
            first.add(entity)
    return bool(hand) and max(hand, key=lambda k: hand[k]) in first


def gated_f1(
    pairs: Iterable[tuple[Sample, Features]], fallback: Features, sure: float, ahead: float = np.inf
) -> float:
    """GAP F1 when the ranker's pick stands only where its confidence reaches `sure` or it leads
    the `fallback` weights' pick by `ahead` (`lead`) and that pick is not the text's topic
    (`topic_pick`), the `fallback` weights' pick elsewhere (as pronouns.py resolves)."""
    chosen: list[tuple[Sample, Features]] = []
    for sample, weights in pairs:
        ranker = confidence(sample, weights) >= sure or (
            lead(sample, weights, fallback) >= ahead and not topic_pick(sample, fallback)
        )
        chosen.append((sample, weights if ranker else fallback))
    return f1(chosen)


def _best(sample: Sample, weights: Features) -> dict[str, float]:
    """Each scored person's best mention score under `weights` (pronouns.py's `_person_scores`)."""
    best: dict[str, float] = {}
    for entity, found in _scored(sample):
        score = sum(weights.get(k, 0.0) * v for k, v in found.items())
        best[entity] = max(score, best.get(entity, score))
    return best


def _carried(sample: Sample, pick: str) -> str:
    """pronouns.py's `_topic_carried`: the topic where the he/she just before stood for it, the
    topic is named in neither sentence and `pick` is not named earlier in the pronoun's own."""
    topic = sample.topic
    if topic is None or topic == pick:
        return pick
    clues = [(e, f) for e, f in sample.cands if f is not None]
    if any(e == pick and f.get("same_sentence") for e, f in clues):
        return pick
    if any(e == topic and f.get("sentence_distance", 0) <= 1 for e, f in clues):
        return pick
    return topic if sample.previous == topic else pick


@dataclass(frozen=True)
class Gate:
    """Where the learned ranker's pick overrules the hand weights' (pronouns.py's `_RANKER_SURE`,
    `_RANKER_LEAD`, `_RANKER_LEAD_GENDER`); the product's own values by default."""

    sure: float = np.nan
    ahead: float = np.nan
    ahead_gender: float = np.nan

    def filled(self) -> Gate:
        from allegedly.understand import pronouns

        return Gate(
            pronouns._RANKER_SURE if np.isnan(self.sure) else self.sure,
            pronouns._RANKER_LEAD if np.isnan(self.ahead) else self.ahead,
            pronouns._RANKER_LEAD_GENDER if np.isnan(self.ahead_gender) else self.ahead_gender,
        )


def decide(sample: Sample, weights: Features, hand: Features, gate: Gate = Gate()) -> str | None:
    """The person the product picks with these learned `weights` (on the shipped scale, as
    `export` gives them) and `hand` weights: pronouns.py's `_resolve_over_parse` step by step
    (a rule's pick; else the ranker's pick where sure or far enough ahead of the hand weights'
    pick, that pick elsewhere; then `_topic_carried`)."""
    from allegedly.understand.pronouns import _RANKER_SCALE

    if sample.ruled:
        return sample.rule
    learned = _best(sample, weights)
    if not learned:
        return sample.fallback
    gate = gate.filled()
    handed = _best(sample, hand)
    pick = max(learned, key=lambda k: learned[k])
    rival = max(handed, key=lambda k: handed[k])
    ahead = (learned[pick] - learned[rival]) / _RANKER_SCALE
    top = learned[pick]
    sure = 1.0 / sum(math.exp((s - top) / _RANKER_SCALE) for s in learned.values())
    clues = [(e, f) for e, f in _scored(sample)]
    topic = any(e == rival and f.get("first_named") for e, f in clues)
    agrees = any(e == pick and f.get("agree") for e, f in clues)
    unseen = not any(e == rival and (f.get("agree") or f.get("voted_agree")) for e, f in clues)
    if sure >= gate.sure or (
        not topic and (ahead >= gate.ahead or (ahead >= gate.ahead_gender and agrees and unseen))
    ):
        return _carried(sample, pick)
    return _carried(sample, rival)


def scored_f1(picks: Iterable[tuple[Sample, str | None]]) -> float:
    """GAP F1 over the A and B decisions of these picks (bench/gap.py's scoring)."""
    tp = fp = fn = 0
    for sample, key in picks:
        predicted = sample.isab.get(key, (False, False)) if key else (False, False)
        for p, g in zip(predicted, sample.gold, strict=True):
            tp += p and g
            fp += p and not g
            fn += g and not p
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def product_f1(pairs: Iterable[tuple[Sample, Features]], hand: Features, gate: Gate = Gate()) -> float:
    """GAP F1 of the product's picks (`decide`) with each sample's learned weights."""
    return scored_f1((s, decide(s, w, hand, gate)) for s, w in pairs)


def agreement(samples: Sequence[Sample], weights: Features, hand: Features) -> str:
    """bench/gap.py's F1 (the product's own answers, recorded at extraction) beside `decide`'s
    with the same weights, and how many picks differ: they should be the same."""
    differ = sum(decide(s, weights, hand) != s.product for s in samples)
    return (
        f"gap.py F1={scored_f1((s, s.product) for s in samples):.4f}  "
        f"simulated F1={product_f1(((s, weights) for s in samples), hand):.4f}  picks differing: {differ}"
    )


def f1(pairs: Iterable[tuple[Sample, Features]]) -> float:
    """GAP F1 over the A and B decisions."""
    tp = fp = fn = 0
    for sample, weights in pairs:
        key = pick(sample, weights)
        predicted = sample.isab.get(key, (False, False)) if key else (False, False)
        for p, g in zip(predicted, sample.gold, strict=True):
            tp += p and g
            fp += p and not g
            fn += g and not p
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def kfold_pairs(
    samples: Sequence[Sample],
    names: Sequence[str],
    lam: float,
    k: int = 10,
    seed: int = 0,
    shipped: bool = False,
) -> list[tuple[Sample, Features]]:
    """Each sample with the weights learned on the folds that leave it out (`shipped`: as
    `export` writes them into pronouns.py, the scale `decide` takes)."""
    shuffled = list(samples)
    random.Random(seed).shuffle(shuffled)
    pairs: list[tuple[Sample, Features]] = []
    for i in range(k):
        weights = learn([s for j, s in enumerate(shuffled) if j % k != i], names, lam)
        if shipped:
            weights = export(weights)
        pairs.extend((s, weights) for s in shuffled[i::k])
    return pairs


def kfold(samples: Sequence[Sample], names: Sequence[str], lam: float, k: int = 10, seed: int = 0) -> float:
    """Pooled F1 of k-fold cross-validation."""
    shuffled = list(samples)
    random.Random(seed).shuffle(shuffled)
    pairs: list[tuple[Sample, Features]] = []
    for i in range(k):
        weights = learn([s for j, s in enumerate(shuffled) if j % k != i], names, lam)
        pairs.extend((s, weights) for s in shuffled[i::k])
    return f1(pairs)


_DOC = {
    "agree": "the person's gender (first name, kinship words) agrees with the pronoun's",
    "disagree": "... or disagrees (a surely other-gender person is left out before scoring)",
    "disagree_margin": "... by how sure the other gender is (first-name prior plus the text's evidence)",
    "unknown": "the text never shows the person's gender",
    "voted_agree": "the text's other pronouns showed the person to be of the pronoun's gender",
    "voted_disagree": "... or of the other",
    "sentence_distance": "sentences between the name and the pronoun",
    "intervening": "other names between this one and the pronoun",
    "nearest": "the nearest name before the pronoun",
    "same_sentence": "a name earlier in the pronoun's own sentence",
    "after": "a name after the pronoun",
    "cataphora": "the pronoun opens a fronted clause of the sentence the (later) name is subject of",
    "subject": "the name is a subject",
    "main_subject": "... of its sentence's main verb",
    "object": "the name is a direct object",
    "possessor": "the name is a possessor ('Ana's')",
    "oblique": "the name is the object of a preposition",
    "parallel": "the name plays the pronoun's role",
    "possessive_subject": "his/her and the subject of its own clause",
    "opens_sentence": "the name opens its sentence",
    "quoted": "the name is inside quotes or brackets",
    "first_named": "the first person the text names",
    "mentions": "how often the person is named (up to 5)",
    "most_named": "the person the text names most often (its topic)",
    "tagged_thing": "signs the 'person' is a thing (see PronounResolver.thing_signs)",
    "in_subtree": "the pronoun is inside the name's own phrase",
    "kin_apposed": "the name is set beside a kinship word someone else possesses ('his wife Maude')",
    "previous_main_subject": "the name is the main-clause subject of the sentence just before",
    "coordinated": "the name is a conjunct ('Ana and Bea')",
    "appositive": "the name is set beside another noun",
    "log_tokens": "log(1 + tokens between name and pronoun)",
    "lone_word": "the name is a single word (a first or last name alone: a character already introduced)",
    "recent_mentions": "names of the person in the pronoun's sentence and the one before (up to 3)",
    "opens_after_subject": (
        "the pronoun opens its sentence as subject and the name was the previous sentence's subject"
    ),
    "nearest_subject": "the nearest subject before the pronoun not of the other gender",
    "nearest_agreeing": "the nearest name before the pronoun not of the other gender",
    "nearest_agree_sure": "the nearest name before the pronoun of its gender",
    "nearest_nonoblique": "the nearest non-oblique, non-possessor name not of the other gender",
    "only_agreeing": "the only person among the candidates not of the other gender",
    "relative_subject": "the name just before the 'who' that is the pronoun's clause subject",
    "passive_agent": "the name is the 'by' agent of a passive",
    "clauses_between": "clause-heading verbs between the name and the pronoun (up to 4)",
    "relative_host": "the pronoun is inside a relative clause hung on the name ('Ana, who said she')",
    "bracketed": "the name is inside brackets",
    "object_cause": "the name is the object of a verb of implicit causality ('Ana thanked Bea')",
    "cataphora_rival": "cataphora, with another person named before the pronoun in its sentence",
    "poss_conjunct": "what the his/her owns is set beside the name with 'and' ('Bo and his band')",
    "poss_predicate": (
        "his/her inside the predicate noun of the name's clause ('Edith was appointed her successor')"
    ),
}
_FAMILIES = (
    (
        "role_",
        "role_NAME_PRONOUN: the name's role by the pronoun's role "
        "(subject, object, possessor, oblique, other)",
    ),
    ("dom_", "dom_ROLE_DEP: the name (ROLE) belongs to a verb above the pronoun's, reached through DEP"),
    ("same_verb_", "same_verb_ROLE: the name and the pronoun hang on one verb"),
    ("prep_", "prep_WORD: the preposition of an oblique name"),
    ("pquoted_", "pquoted_ROLE: the pronoun is inside quotes; the name's role"),
    ("poss_same_", "poss_same_ROLE: his/her and a name earlier in its sentence, by the name's role"),
    ("prev_", "prev_ROLE: a name of an earlier sentence, by its role"),
    ("relative_subject_", "relative_subject_ROLE: as relative_subject, by the pronoun's role"),
)
PRONOUNS = Path(__file__).resolve().parents[1] / "src" / "allegedly" / "understand" / "pronouns.py"
BEGIN = "# BEGIN LEARNED WEIGHTS\n"
END = "# END LEARNED WEIGHTS\n"


def to_python(weights: Features) -> str:
    """The `_WEIGHTS` dict as Python source: `bound` first, then single clues (each with its
    description), then the clue families; weights rounded to 3 places."""
    lines = ["_WEIGHTS: dict[str, float] = {", f'    "bound": {BOUND_WEIGHT!r},']
    weights = {k: v for k, v in weights.items() if k != "bound"}

    def family(name: str) -> bool:
        return any(name.startswith(prefix) for prefix, _ in _FAMILIES)

    for name in sorted(k for k in weights if not family(k)):
        if _DOC.get(name):
            lines.append(f"    # {_DOC[name]}")
        lines.append(f'    "{name}": {weights[name]!r},')
    for prefix, doc in _FAMILIES:
        members = sorted(k for k in weights if k.startswith(prefix))
        if members:
            lines += [f"    # {doc}"] + [f'    "{k}": {weights[k]!r},' for k in members]
    return "\n".join([*lines, "}"]) + "\n"


def replace_block(source: str, block: str) -> str:
    """`source` with the text between the LEARNED WEIGHTS markers replaced by `block`."""
    start = source.index(BEGIN) + len(BEGIN)
    return source[:start] + block + source[source.index(END, start) :]


def export(weights: Features) -> Features:
    """Weights as shipped: times OUT_SCALE, rounded, the negligible ones dropped."""
    scaled = {k: round(v * OUT_SCALE, 3) for k, v in weights.items()}
    return {k: v for k, v in scaled.items() if abs(v) >= MIN_WEIGHT}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="only the first N rows (a quick check)")
    parser.add_argument("--out", type=Path, default=None, help="the block to write (default: a temp file)")
    parser.add_argument("--write", action="store_true", help="also put the block into pronouns.py")
    parser.add_argument("--lam", type=float, nargs="+", default=list(LAMBDAS), help="L2 strengths to try")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument(
        "--seeds", type=int, default=1, help="average the cross-validated F1 over this many shuffles"
    )
    parser.add_argument(
        "--cache", type=Path, default=None, help="keep the parsed clues here (pickle) and reuse them"
    )
    parser.add_argument("--quick", action="store_true", help="skip the development <-> validation fits")
    parser.add_argument(
        "--docs", type=Path, default=None, help="read the parses from DocBins here (see `extract`)"
    )
    parser.add_argument(
        "--without", nargs="*", default=[], help="leave out the clues starting so (to measure a clue)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="run the product with the refit weights (clues and votes taken again) and print gap.py's F1",
    )
    args = parser.parse_args(argv)

    began = time.perf_counter()
    if args.cache is not None and args.cache.exists():
        samples = pickle.loads(args.cache.read_bytes())[: args.limit]
    else:
        samples = extract(args.limit, args.docs)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(samples))
    names = [
        n
        for n in feature_names(samples)
        if not n.startswith("chain") and not any(n.startswith(w) for w in args.without)
    ]
    seconds = time.perf_counter() - began
    print(f"GAP dev: {len(samples)} pronouns, {len(names)} clues, parsed in {seconds:.0f} s")
    from allegedly.understand import pronouns
    from allegedly.understand.pronouns import _HAND_WEIGHTS, _RANKER_LEAD, _RANKER_SURE, _WEIGHTS

    development = [s for s in samples if s.id.startswith("development")]
    validation = [s for s in samples if s.id.startswith("validation")]
    parts = (("development", development), ("validation", validation), ("both", samples))
    for part, chosen in parts:
        print(f"shipped weights, {part}: {agreement(chosen, _WEIGHTS, _HAND_WEIGHTS)}")
    hand = Gate(np.inf, np.inf, np.inf)
    print(f"hand weights alone: F1={product_f1(((s, _WEIGHTS) for s in samples), _HAND_WEIGHTS, hand):.4f}")
    scores: dict[float, float] = {}
    for lam in args.lam:
        # Each sample scored as the product picks (`decide`) with the weights of the folds that
        # leave it out, exported as pronouns.py holds them: this is what bench/gap.py would say
        # of a refit on rows it has not seen.
        pairs = kfold_pairs(samples, names, lam, args.folds, shipped=True)
        shuffles = [product_f1(pairs, _HAND_WEIGHTS)] + [
            product_f1(kfold_pairs(samples, names, lam, args.folds, seed, shipped=True), _HAND_WEIGHTS)
            for seed in range(1, args.seeds)
        ]
        scores[lam] = float(np.mean(shuffles))
        if args.seeds > 1:
            each = " ".join(f"{f:.4f}" for f in shuffles)
            print(f"lam={lam:g}  {args.folds}-fold F1 over {args.seeds} shuffles: {scores[lam]:.4f} ({each})")
        gated = "  ".join(
            f"sure>={sure:g}: {product_f1(pairs, _HAND_WEIGHTS, Gate(sure, np.inf, np.inf)):.4f}"
            for sure in SURE
        )
        print(f"lam={lam:g}  {args.folds}-fold, the ranker where sure, else hand weights: {gated}")
        ahead = "  ".join(
            f"lead>={x:g}: {product_f1(pairs, _HAND_WEIGHTS, Gate(ahead=x)):.4f}" for x in LEADS
        )
        print(f"lam={lam:g}  {args.folds}-fold, ... or where {_RANKER_SURE:g} sure or ahead: {ahead}")
        halves = ""
        if development and validation and not args.quick:
            to_val = export(learn(development, names, lam))
            to_dev = export(learn(validation, names, lam))
            halves = (
                f"  dev->val F1={product_f1(((s, to_val) for s in validation), _HAND_WEIGHTS):.4f}"
                f"  val->dev F1={product_f1(((s, to_dev) for s in development), _HAND_WEIGHTS):.4f}"
            )
        print(
            f"lam={lam:g}  {args.folds}-fold F1 as shipped (sure {_RANKER_SURE:g}, lead {_RANKER_LEAD:g})"
            f"={scores[lam]:.4f}{halves}"
        )
    lam = max(scores, key=lambda k: scores[k])
    weights = export(learn(samples, names, lam))
    fitted = "  ".join(
        f"{part} {product_f1(((s, weights) for s in chosen), _HAND_WEIGHTS):.4f}" for part, chosen in parts
    )
    print(f"chosen lam={lam:g}; fitted on all rows (clues as extracted): {fitted}; {len(weights)} weights")
    out = args.out or Path(tempfile.mkstemp(prefix="pronoun_weights_", suffix=".py")[1])
    out.write_text(to_python(weights), encoding="utf-8")
    print(f"wrote {out}")
    if args.check:
        # The clues depend a little on the weights (the text's pronoun votes, the he/she before):
        # the product run again with the refit weights is what bench/gap.py will say.
        pronouns._WEIGHTS = {"bound": BOUND_WEIGHT, **weights}
        again = extract(args.limit, args.docs)
        for part, prefix in (("development", "development"), ("validation", "validation"), ("both", "")):
            chosen = [s for s in again if s.id.startswith(prefix)]
            print(
                f"refit weights in the product, {part}: {agreement(chosen, pronouns._WEIGHTS, _HAND_WEIGHTS)}"
            )
    if args.write:
        PRONOUNS.write_text(
            replace_block(PRONOUNS.read_text(encoding="utf-8"), to_python(weights)), encoding="utf-8"
        )
        print(f"wrote the block into {PRONOUNS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
