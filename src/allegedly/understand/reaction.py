"""How a comment reacts to the post's people: stance per target, incivility, thread summary."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # type: ignore[import-untyped]

from allegedly.model import Comment, Reaction, Stance, StanceLabel
from allegedly.understand.incivility import assess_incivility
from allegedly.understand.reaction_lexicon import Lexicon, is_framed, load, normalise, sentences

Gender = Literal["m", "f"]


@dataclass
class Target:
    """A person whose treatment by commenters is measured; gender picks the pronouns that refer to them."""

    name: str
    aliases: set[str] = field(default_factory=set)
    gender: Gender | None = None
    main: bool = False


@dataclass
class ThreadSummary:
    """Counts over a thread: stance shares per target, civility, the comments most replied to."""

    comments: int
    replies: int  # comments that answer an earlier comment
    replies_to_author: int
    stance_counts: dict[str, dict[StanceLabel, int]] = field(default_factory=dict)
    stance_shares: dict[str, dict[StanceLabel, float]] = field(default_factory=dict)
    toxic: int = 0
    civility_rate: float = 1.0  # share of comments not toxic; 1.0 for an empty thread
    categories: dict[str, int] = field(default_factory=dict)
    most_replied: list[tuple[int, int]] = field(default_factory=list)  # (comment n, replies), most first


@cache
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@cache
def _cues() -> dict[str, Lexicon]:
    st = load("stance.toml")
    ref = st["reference"]
    return {
        "defend": Lexicon.of(st["defend"]),
        "attack": Lexicon.of(st["attack"]),
        "m": Lexicon.of(ref["pronouns_m"] + ref["descriptions_m"]),
        "f": Lexicon.of(ref["pronouns_f"] + ref["descriptions_f"]),
        "couple": Lexicon.of(ref["couple"]),
        "agree": Lexicon.of(st["post"]["agree"]),
        "disagree": Lexicon.of(st["post"]["disagree"]),
        "post_ref": Lexicon.of(st["post"]["references"]),
    }


def _name_pattern(target: Target) -> re.Pattern[str]:
    """Whole-word names and aliases; possessive "'s" allowed."""
    return _names_regex(target.name, frozenset(target.aliases))


@cache
def _names_regex(name: str, aliases: frozenset[str]) -> re.Pattern[str]:
    names = sorted({name, *aliases, *name.split()}, key=len, reverse=True)
    alts = "|".join(re.escape(n.lower()) for n in names if len(n) >= 2)
    return re.compile(rf"(?<![\w@])(?:{alts})(?:'s)?(?![\w])")


def _demonstrative(sentence: str) -> list[int]:
    """Offsets of "this loser", "that creep": a demonstrative before an attack word or person noun."""
    ref = load("stance.toml")["reference"]
    nouns = [*load("stance.toml")["attack"], *ref["person_nouns"]]
    nouns = [re.escape(n.rstrip("*")) for n in nouns if " " not in n]
    dem = "|".join(ref["demonstratives"])
    rx = rf"\b(?:{dem})\s+(?:{'|'.join(nouns)})\b"
    return [m.start() for m in re.finditer(rx, sentence)]


def _references(sentence: str, targets: list[Target], last: dict[str, Target]) -> dict[str, list[int]]:
    """Offsets at which each target is referred to; `last` (gender → latest named target) is updated."""
    refs: dict[str, list[int]] = {}
    named = sorted(
        ((m.start(), t) for t in targets for m in _name_pattern(t).finditer(sentence)), key=lambda x: x[0]
    )
    for pos, t in named:
        refs.setdefault(t.name, []).append(pos)
    for gender in ("m", "f"):
        candidates = [t for t in targets if t.gender == gender]
        if not candidates:
            continue
        for _, _, start, _ in _cues()[gender].find(sentence):
            before = [t for p, t in named if p <= start and t.gender == gender]
            fallback = last.get(gender) or next((t for t in candidates if t.main), candidates[0])
            chosen = before[-1] if before else fallback
            refs.setdefault(chosen.name, []).append(start)
    main = next((t for t in targets if t.main), None)
    if main is not None:
        # "What a lovely couple", "They have always been professional": a post about a pair is
        # about its main person too
        for _, _, start, _ in _cues()["couple"].find(sentence):
            refs.setdefault(main.name, []).append(start)
        for start in _demonstrative(sentence):
            refs.setdefault(main.name, []).append(start)
    for _, t in named:
        if t.gender:
            last[t.gender] = t
    return refs


def _nearest(refs: dict[str, list[int]], pos: int) -> str | None:
    """The target referred to closest to `pos`, or None when none is within reach (a situational cue)."""
    reach = int(load("stance.toml")["scoring"]["reference_reach"])
    best: tuple[int, str] | None = None
    for name, offsets in refs.items():
        for off in offsets:
            if abs(off - pos) <= reach and (best is None or abs(off - pos) < best[0]):
                best = (abs(off - pos), name)
    return best[1] if best else None


@cache
def _negation(kind: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load("stance.toml")["negation"][kind])


def _negated(sentence: str, start: int, kinds: tuple[str, ...]) -> bool:
    """True when a negation of one of `kinds` ends just before the cue at `start`, unless hoped or feared."""
    cfg = load("stance.toml")["negation"]
    if any(rx.search(sentence) for rx in _negation("contrast")):
        return False
    window_start = max(0, start - int(cfg["reach"]))
    for kind in kinds:
        for rx in _negation(kind):
            for m in rx.finditer(sentence, window_start, start):
                if not any(w in sentence[: m.start()].split() for w in cfg["worry"]):
                    return True
    return False


def _sentence_scores(
    text: str, targets: list[Target], quoted_charge: float
) -> tuple[dict[str, float], float, bool]:
    """Per target the summed score of sentences about it; the situational score; whether any referred."""
    cfg = load("stance.toml")["scoring"]
    scores = {t.name: 0.0 for t in targets}
    situational = 0.0
    referred = False
    last: dict[str, Target] = {}
    for raw in sentences(text):
        sent = normalise(raw)
        refs = _references(sent, targets, last)
        mention = is_framed("mention", sent)
        flip = -1.0 if is_framed("sarcasm", sent) else 1.0
        local: dict[str | None, float] = {}
        for _, w, start, _ in _cues()["defend"].find(sent):
            key = _nearest(refs, start)
            local[key] = local.get(key, 0.0) + (-w if _negated(sent, start, ("copula",)) else w)
        for _, w, start, _ in _cues()["attack"].find(sent):
            key = _nearest(refs, start)
            value = quoted_charge * w if mention else -w
            if _negated(sent, start, ("disbelief", "copula")):
                value = -value
            local[key] = local.get(key, 0.0) + value
        if refs:
            referred = True
            compound = float(_vader().polarity_scores(raw)["compound"])
            share = cfg["vader_weight"] * compound / len(refs) * (0.3 if mention else 1.0)
            for name in refs:
                scores[name] += flip * (share + local.pop(name, 0.0))
        situational += flip * sum(local.values())
    return scores, situational, referred


@cache
def _post_stance(post_text: str, name: str, aliases: frozenset[str], gender: Gender | None) -> float:
    """The post's own signed score toward a target, from the same cues as a comment; cached per post."""
    target = Target(name, set(aliases), gender, main=True)
    charge = float(load("stance.toml")["scoring"]["quoted_charge_post"])
    scores, situational, _ = _sentence_scores(post_text, [target], charge)
    return scores[name] + situational


def _post_alignment(text: str) -> float:
    """+1 per sentence siding with the post, -1 per sentence rejecting it."""
    total = 0.0
    for raw in sentences(text):
        sent = normalise(raw)
        if _cues()["agree"].find(sent):
            total += 1.0
        elif _cues()["disagree"].find(sent) and _cues()["post_ref"].find(sent):
            total -= 1.0
    return total


def _label(score: float) -> StanceLabel:
    threshold = float(load("stance.toml")["scoring"]["threshold"])
    if score >= threshold:
        return "pro"
    if score <= -threshold:
        return "con"
    return "neutral"


def stances(text: str, targets: list[Target], post_text: str | None = None) -> list[Stance]:
    """One Stance per target, in the given order; a target the comment never touches is neutral."""
    cfg = load("stance.toml")["scoring"]
    scores, situational, _ = _sentence_scores(text, targets, float(cfg["quoted_charge_comment"]))
    main = next((t for t in targets if t.main), None)
    if main is not None:
        # Cues in sentences naming no one speak of the post's situation, which is the main target's.
        scores[main.name] += cfg["situational_share"] * situational
        if post_text:
            post = _post_stance(post_text, main.name, frozenset(main.aliases), main.gender)
            if abs(post) >= cfg["post_threshold"]:
                sign = 1.0 if post > 0 else -1.0
                scores[main.name] += cfg["post_weight"] * sign * _post_alignment(text)
    return [Stance(t.name, _label(scores[t.name]), round(scores[t.name], 3)) for t in targets]


def assess_comment(comment: Comment, targets: list[Target], post_text: str | None = None) -> Reaction:
    """Stance toward every target plus incivility; toxic only when a category is aimed at a person."""
    incivility = assess_incivility(comment.text)
    return Reaction(
        comment=comment.n,
        stances=stances(comment.text, targets, post_text),
        toxic=incivility.toxic,
        categories=list(incivility.categories),
    )


def summarise_thread(comments: list[Comment], reactions: list[Reaction]) -> ThreadSummary:
    """Counts and shares over the thread; shares per target sum to 1 when it has comments."""
    summary = ThreadSummary(
        comments=len(comments),
        replies=sum(1 for c in comments if c.reply_to is not None),
        replies_to_author=sum(1 for c in comments if c.reply_to_author),
    )
    for reaction in reactions:
        for stance in reaction.stances:
            counts = summary.stance_counts.setdefault(stance.target, {"pro": 0, "con": 0, "neutral": 0})
            counts[stance.label] += 1
    for target, counts in summary.stance_counts.items():
        total = sum(counts.values())
        summary.stance_shares[target] = {k: round(v / total, 3) for k, v in counts.items()}
    summary.toxic = sum(1 for r in reactions if r.toxic)
    if reactions:
        summary.civility_rate = round(1 - summary.toxic / len(reactions), 3)
    summary.categories = dict(Counter(c for r in reactions for c in r.categories))
    replied = Counter(c.reply_to for c in comments if c.reply_to is not None)
    summary.most_replied = sorted(replied.items(), key=lambda kv: (-kv[1], kv[0]))
    return summary
