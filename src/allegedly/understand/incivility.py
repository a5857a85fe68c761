"""Incivility in one comment: insult, profanity, identity attack, body shaming, threat."""

from __future__ import annotations

import math
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


@cache
def _called_names() -> Lexicon:
    """[categories.insult] called: nouns that insult only as what someone is called."""
    return Lexicon.of(load("incivility.toml")["categories"]["insult"].get("called", []))


# "Vey is a slimy little rat", "she's such a fake, attention-seeking hack", "what a snake": the
# noun is what the person is called when a copula and an article (or "what a") come before it,
# past up to three describing words.
_CALLED_FRAME = re.compile(
    r"(?:\b(?:is|was|are|were|'s|’s|being)\s+(?:(?:just|always|really|still|\w+ly)\s+)?(?:a|an|such\s+a)|\bwhat\s+a"
    # a group called so: "Overpaid smug pair of has-beens", "such a bunch of fakes"
    r"|\b(?:pair|couple|bunch|pack|gang|load)\s+of)(?:[\s,]+[\w-]+){0,3}?[\s,]+$"
)
# After the noun: the clause ends ("a rat.", "a hack and she ...", "a fake, ...").
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)]|and\b|who\b|if\b|but\b|lol\b)")


def _called_so(sentence: str, start: int, end: int) -> bool:
    """Is the noun at sentence[start:end] what someone is called ("X is a lying rat"), not a
    noun with another after it ("is a rat problem") nor the thing in a phrase ("a life hack")?"""
    framed = _CALLED_FRAME.search(sentence, 0, start) is not None
    return framed and _CLAUSE_END.match(sentence, end) is not None


# A name-calling fragment (`contempt_words`, `fragment_nouns` of [categories.insult]): a sentence
# that opens with at most four words, each a contempt word or a filler ("what a", "such a",
# "little"), at least one a contempt word, then the noun, then the clause's end.
_FRAGMENT_WORDS = re.compile(r"^\s*(?P<words>(?:[\w'-]+\s+){0,4})$")  # no comma: "Sad, man." is a sigh
_FRAGMENT_FILLERS = frozenset({"what", "a", "an", "such", "you", "little", "old", "silly"})


@cache
def _fragment_lexicons() -> tuple[frozenset[str], Lexicon]:
    insult = load("incivility.toml")["categories"]["insult"]
    nouns = list(insult.get("fragment_nouns", [])) + list(insult.get("called", []))
    return frozenset(insult.get("contempt_words", [])), Lexicon.of(nouns)


def _fragment_insults(sentence: str) -> list[tuple[str, float, int, int]]:
    """The name-calling fragments of a sentence: "Grubby little man.", "Talentless nepo hack, …"
    ("Sad news, man." is none: "news" is neither a contempt word nor a filler)."""
    contempt, nouns = _fragment_lexicons()
    hits: list[tuple[str, float, int, int]] = []
    for hit in nouns.find(sentence):
        opening = _FRAGMENT_WORDS.match(sentence[: hit[2]])
        if opening is None or _CLAUSE_END.match(sentence, hit[3]) is None:
            continue
        words = _WORDS.findall(opening["words"].lower()) + _WORDS.findall(hit[0].lower())[:1]
        leading = words[:-1] if words[-1] not in contempt else words
        if all(w in contempt or w in _FRAGMENT_FILLERS for w in leading) and any(
            w in contempt for w in words
        ):
            hits.append(hit)
    return hits


@cache
def _subject_threats() -> Lexicon:
    """[categories.threat] needs_subject: harm that is a threat only when someone wills it."""
    return Lexicon.of(load("incivility.toml")["categories"]["threat"].get("needs_subject", []))


def _willed(sentence: str, start: int) -> bool:
    """True when the harm at sentence[start:] opens the sentence (an order) or a threat subject
    ("I'll", "someone should", "I hope") lies within the window before it."""
    aimed = load("incivility.toml")["aimed"]
    before = _WORDS.findall(sentence[:start])
    return not before or any(w in aimed["threat_subjects"] for w in before[-int(aimed["window"]) :])


def _body_exception(sentence: str, start: int, end: int) -> bool:
    """True when sentence[start:end] lies inside an idiom ("fat chance", "things got ugly")."""
    for phrase in load("incivility.toml")["aimed"]["body_exceptions"]:
        at = sentence.find(phrase)
        while at >= 0:
            if at <= start and end <= at + len(phrase):
                return True
            at = sentence.find(phrase, at + 1)
    return False


def _normalised(text: str) -> str:
    return normalise(text)


def assess_incivility(text: str) -> Incivility:
    """Categories aimed at a person; words quoted sarcastically or to reject a charge do not count."""
    found = Incivility()
    for sentence in sentences(_normalised(text)):
        # "sure, he must be a gold-digger, since nobody could love her for her mind…" mocks the charge;
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
                hits += [h for h in _called_names().find(sentence) if _called_so(sentence, h[2], h[3])]
                hits += _fragment_insults(sentence)
            if name == "threat":
                hits += [h for h in _subject_threats().find(sentence) if _willed(sentence, h[2])]
            if name == "insult":
                insults = [(h[2], h[3]) for h in hits]
            if name == "body_shaming":
                hits = [h for h in hits if not _body_exception(sentence, h[2], h[3])]
            if hits:
                if name not in found.categories:
                    found.categories.append(name)
                found.evidence.extend(h[0] for h in hits)
    found.categories.sort(key=CATEGORIES.index)
    return found


@cache
def _hostile_lexicon() -> Lexicon:
    return Lexicon.of(load("incivility.toml")["score"]["hostile"])


@cache
def _cue_lexicons() -> dict[str, Lexicon]:
    """[score.cues.*]: condescension, antagonism, generalisation phrases with weights."""
    return {name: Lexicon.of(table) for name, table in load("incivility.toml")["score"]["cues"].items()}


@cache
def _attack_lexicon() -> Lexicon:
    return Lexicon.of(load("stance.toml")["attack"])


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def _profanity_model() -> Any:
    """alt-profanity-check's linear SVM (shipped inside its wheel, trained on public toxic-comment
    data, none of it from our bench sets): predict_prob(texts) → probability of offensive language."""
    from profanity_check import predict_prob  # type: ignore[import-untyped]  # ships no stubs

    return predict_prob


def offensive_probability(texts: list[str]) -> list[float]:
    """The shipped model's probability that each text is offensive, 0..1."""
    if not texts:
        return []
    return [float(p) for p in _profanity_model()(texts)]


@cache
def _directed_words() -> tuple[frozenset[str], frozenset[str], int, float]:
    cfg = load("incivility.toml")["directed"]
    second, fillers = frozenset(cfg["second_person"]), frozenset(cfg["fillers"])
    return second, fillers, int(cfg["reach"]), float(cfg["valence"])


@cache
def _insult_words() -> frozenset[str]:
    """Single words of the insult, profanity and identity lexicons: negative wherever aimed."""
    cats = load("incivility.toml")["categories"]
    words: set[str] = set()
    for name in ("insult", "profanity", "identity_attack"):
        table = cats[name]
        words |= Lexicon.of(table["words"] + table.get("near_person", [])).words()
    return frozenset(words)


def _is_negative(word: str, valence: float) -> bool:
    """An insult-lexicon word, or one VADER rates at `valence` or below."""
    bare = word.strip("'-")
    if bare in _insult_words() or bare.removesuffix("s") in _insult_words():
        return True
    score = _vader().lexicon.get(bare)
    return score is not None and float(score) <= valence


def directed_negativity(normalised: str) -> int:
    """How often a negative word follows "you"/"your" closely: "your lies", "you're a disgusting
    pig", "you pathetic fool". Fillers ("such a", "nothing but") are skipped; a negation
    ("you're not stupid") ends the search."""
    second, fillers, reach, valence = _directed_words()
    words = _WORDS.findall(normalised)
    hits = 0
    for i, word in enumerate(words):
        if word not in second:
            continue
        # After a bare subject "you" a negative verb is something the reader does ("you hate
        # Mondays", "if you die"): only a copula ("you are pathetic") or name-calling aims it.
        described = word not in _SUBJECT_YOU
        seen = 0
        for nxt in words[i + 1 : i + 1 + reach + 6]:
            if nxt in fillers:
                continue
            if nxt in _NEGATIONS or nxt.endswith("n't"):
                break
            if (described or nxt in _insult_words()) and _is_negative(nxt, valence):
                hits += 1
                break
            described = described or nxt in _COPULAS
            seen += 1
            if seen >= reach:
                break
    return hits


# "you" as the subject of a verb, and the verbs that make the following words describe "you".
_SUBJECT_YOU = frozenset({"you", "u", "ya", "you've", "you'd", "you'll"})
_COPULAS = frozenset({"are", "were", "be", "been", "being", "sound", "seem", "look", "act", "remain"})


# Words that turn the phrase around ("you are not stupid", "your argument is never wrong").
_NEGATIONS = frozenset({"not", "no", "never", "hardly"})


_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")
_LETTER_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
# Acronyms readers write in capitals without shouting.
_NOT_SHOUTING = frozenset(
    {"CBC", "NDP", "USA", "PMO", "CEO", "GDP", "HST", "GST", "RCMP", "NATO", "NHS", "FBI", "LOL", "OMG"}
)


def _shouting(text: str) -> float:
    """0..1: repeated !/? marks and the share of words written in capitals (acronyms aside)."""
    words = _LETTER_WORD.findall(text)
    caps = [w for w in _CAPS_WORD.findall(text) if w not in _NOT_SHOUTING]
    share = len(caps) / len(words) if words else 0.0
    marks = 1.0 if re.search(r"[!?]{2,}", text) else 0.0
    return min(1.0, marks * 0.5 + min(1.0, share * 4) * (1.0 if len(caps) >= 2 else 0.5))


# A comment that speaks to "you" is talking to another reader: most thread hostility is aimed there.
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're|yourself|ya|u|ur)\b")


def _you_questions(normalised: str) -> int:
    """Questions put to the reader ("are you really this ...?", "what have you been smoking?")."""
    return sum(1 for s in sentences(normalised) if s.endswith("?") and re.search(r"\byou(?:'re|r)?\b", s))


def score_parts(text: str, offensive: float | None = None) -> dict[str, float]:
    """The named parts incivility_score adds up (each before its weight)."""
    found = assess_incivility(text)
    normalised = _normalised(text)
    scores = _vader().polarity_scores(text)
    negative = float(scores["neg"]) + 0.3 * max(0.0, -float(scores["compound"]))
    cues = {name: sum(h[1] for h in lex.find(normalised)) for name, lex in _cue_lexicons().items()}
    return {
        "category": float(len(found.categories)),
        "evidence": float(min(len(found.evidence), 5)),
        "attack": sum(h[1] for h in _attack_lexicon().find(normalised)),
        "swear": float(len(_lexicons()["profanity"][1].find(normalised))),
        "hostile": sum(h[1] for h in _hostile_lexicon().find(normalised)),
        "shout": _shouting(text),
        "negative": negative,
        "you": 1.0 if re.search(r"\byou(?:'re|r)?\b", normalised) and negative > 0 else 0.0,
        "addressed": 1.0 if _SECOND_PERSON.search(normalised) else 0.0,
        "you_negative": float(min(directed_negativity(normalised), 3)),
        "you_question": float(min(_you_questions(normalised), 2)),
        "condescension": min(cues.get("condescension", 0.0), 2.0),
        "antagonism": min(cues.get("antagonism", 0.0), 3.0),
        "generalisation": min(cues.get("generalisation", 0.0), 2.0),
        "dismissal": min(cues.get("dismissal", 0.0), 2.0),
        "offensive": offensive_probability([text])[0] if offensive is None else offensive,
        "words": float(len(_WORDS.findall(normalised))),  # not weighted: sets the dilution below
    }


# Weights of the continuous hostility score (incivility_score), set by hand, not fit to any data:
# aimed categories count most; then the shipped model's offensive-language probability, negativity
# aimed at the reader or a person, name-calling and antagonism cues, condescension, sweeping
# generalisations, unaimed swearing, shouting, and VADER's negativity as a tie-breaker.
_SCORE_WEIGHTS = {
    "category": 1.0,
    "evidence": 0.3,
    "attack": 0.4,
    "hostile": 0.6,
    "swear": 0.3,
    "negative": 0.5,  # a tie-breaker: sentiment follows the topic (war, crime) as much as the tone
    "you": 0.3,
    "shout": 0.3,
    "addressed": 0.3,
    "you_negative": 0.8,
    "you_question": 0.3,
    "condescension": 0.6,
    "antagonism": 0.6,
    "generalisation": 0.4,
    "dismissal": 0.5,  # sarcasm and mockery: milder than name-calling, yet readers mark it uncivil
    "offensive": 2.0,
}


# A long comment gathers incidental negative words (crime, war, "stupid policy") that a short
# jab does not: the lexicon and cue parts are read as a density, divided by
# 1 + _DILUTION * log(1 + words / _SHORT_REPLY). Hand-set: a 20-word reply keeps ~75% of its
# sum, a 200-word essay ~45%. The shipped model already weighs words against the whole text.
_DILUTION = 0.5
_SHORT_REPLY = 20.0
_UNDILUTED = frozenset({"offensive"})


def combine(parts: dict[str, float]) -> float:
    """The weighted sum of score_parts, the lexicon parts diluted by the comment's length."""
    lexical = sum(w * parts[n] for n, w in _SCORE_WEIGHTS.items() if n not in _UNDILUTED)
    direct = sum(w * parts[n] for n, w in _SCORE_WEIGHTS.items() if n in _UNDILUTED)
    dilution = 1.0 + _DILUTION * math.log1p(parts.get("words", 0.0) / _SHORT_REPLY)
    return round(lexical / dilution + direct, 4)


def incivility_score(text: str, offensive: float | None = None) -> float:
    """A continuous hostility score (0 = none): for ranking comments, not a probability.

    `offensive` is the shipped model's probability for the text when already computed in a batch."""
    return combine(score_parts(text, offensive))


def incivility_scores(texts: list[str]) -> list[float]:
    """incivility_score for many texts, the model run once over the batch."""
    return [incivility_score(t, p) for t, p in zip(texts, offensive_probability(texts), strict=True)]
