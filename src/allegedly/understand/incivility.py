"""Incivility in one comment: insult, profanity, identity attack, body shaming, threat."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from allegedly.understand.reaction_lexicon import Lexicon, is_framed, load, normalise, sentences

CATEGORIES: tuple[str, ...] = ("insult", "profanity", "identity_attack", "body_shaming", "threat")
_WORDS = re.compile(r"[\w'-]+")


@dataclass
class Incivility:
    """What a comment's words do to people: categories aimed at someone, and the words found."""

    categories: list[str] = field(default_factory=list)  # in CATEGORIES order
    evidence: list[str] = field(default_factory=list)  # the matched words, as normalised

    @property
    def toxic(self) -> bool:
        """True when any category was aimed at a person."""
        return bool(self.categories)


@cache
def _lexicons() -> dict[str, tuple[Lexicon, Lexicon]]:
    """Per category: (words aimed by themselves, words aimed only beside a person word)."""
    cats = load("incivility.toml")["categories"]
    out: dict[str, tuple[Lexicon, Lexicon]] = {}
    for name in CATEGORIES:
        table = cats[name]
        always = [] if name == "profanity" else table["words"]
        near = table["words"] if name == "profanity" else table.get("near_person", [])
        out[name] = (Lexicon.of(always), Lexicon.of(near))
    return out


def _near_person(sentence: str, start: int, end: int) -> bool:
    """True when a person word lies within the window either side of sentence[start:end]."""
    aimed = load("incivility.toml")["aimed"]
    people = set(aimed["person_words"])
    window = int(aimed["window"])
    before = _WORDS.findall(sentence[:start])[-window:]
    after = _WORDS.findall(sentence[end:])[:window]
    inside = _WORDS.findall(sentence[start:end])
    return any(w in people for w in before + after + inside)


def _near_span(sentence: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when one of `spans` overlaps sentence[start:end] or lies within the window of it."""
    window = int(load("incivility.toml")["aimed"]["window"])
    for s_start, s_end in spans:
        lo, hi = min(end, s_end), max(start, s_start)
        if lo >= hi or len(_WORDS.findall(sentence[lo:hi])) <= window:
            return True
    return False


def _body_exception(sentence: str) -> bool:
    return any(e in sentence for e in load("incivility.toml")["aimed"]["body_exceptions"])


def assess_incivility(text: str) -> Incivility:
    """Categories aimed at a person; words quoted sarcastically or to reject a charge do not count."""
    found = Incivility()
    for sentence in sentences(normalise(text)):
        # "this guy must be a starf*cker because there is just no way…" mocks the charge it names;
        # "everybody calls him a deadbeat" reports one. Neither is name-calling by the writer.
        if is_framed("sarcasm", sentence) or is_framed("mention", sentence):
            continue
        insults: list[tuple[int, int]] = []
        for name, (always, near) in _lexicons().items():
            hits = list(always.find(sentence))
            # Swearing beside a person word or beside name-calling ("this loser f**ked up") is aimed.
            hits += [
                h
                for h in near.find(sentence)
                if _near_person(sentence, h[2], h[3]) or _near_span(sentence, h[2], h[3], insults)
            ]
            if name == "insult":
                insults = [(h[2], h[3]) for h in hits]
            if name == "body_shaming" and _body_exception(sentence):
                hits = []
            if hits:
                if name not in found.categories:
                    found.categories.append(name)
                found.evidence.extend(h[0] for h in hits)
    found.categories.sort(key=CATEGORIES.index)
    return found


# Weights of the continuous hostility score (incivility_score): aimed categories count most,
# then name-calling and attack cues, unaimed swearing, and VADER's negativity as a tie-breaker.
_SCORE_WEIGHTS = {
    "category": 1.0,
    "evidence": 0.3,
    "attack": 0.4,
    "hostile": 0.6,
    "swear": 0.3,
    "negative": 1.0,
    "you": 0.3,
    "shout": 0.3,
}


@cache
def _hostile_lexicon() -> Lexicon:
    return Lexicon.of(load("incivility.toml")["score"]["hostile"])


@cache
def _attack_lexicon() -> Lexicon:
    return Lexicon.of(load("stance.toml")["attack"])


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def incivility_score(text: str) -> float:
    """A continuous hostility score (0 = none): for ranking comments, not a probability."""
    w = _SCORE_WEIGHTS
    found = assess_incivility(text)
    normalised = normalise(text)
    swear = _lexicons()["profanity"][1].find(normalised)
    attack = sum(h[1] for h in _attack_lexicon().find(normalised))
    scores = _vader().polarity_scores(text)
    negative = float(scores["neg"]) + 0.3 * max(0.0, -float(scores["compound"]))
    hostile = sum(h[1] for h in _hostile_lexicon().find(normalised))
    shout = 1.0 if re.search(r"[!?]{2,}|\b[A-Z]{4,}\b", text) else 0.0
    you = 1.0 if re.search(r"\byou(?:'re|r)?\b", normalised) and negative > 0 else 0.0
    return round(
        w["category"] * len(found.categories)
        + w["evidence"] * min(len(found.evidence), 5)
        + w["attack"] * attack
        + w["swear"] * len(swear)
        + w["hostile"] * hostile
        + w["shout"] * shout
        + w["negative"] * negative
        + w["you"] * you,
        4,
    )
