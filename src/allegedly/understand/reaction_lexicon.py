"""Comment text made matchable: obfuscations undone, sentences split, cue phrases found."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[.!?…])(?=[A-Z])")
_TOKEN = re.compile(r"\S+")
# Punctuation trimmed from a token's edges before it is checked for masking ("b!tch!" → "b!tch").
_EDGE = "\"'“”‘’()[]{}.,;:?!"


@cache
def load(name: str) -> dict[str, Any]:
    """A data file from allegedly/data parsed as TOML; read from disk once per process."""
    text = resources.files("allegedly").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _entry_pattern(entry: str) -> str:
    """Regex for one lexicon entry: whole words, plural allowed, trailing "*" a prefix."""
    entry = entry.strip().lower()
    if entry.endswith("*"):
        return r"(?<![\w'])" + re.escape(entry[:-1]) + r"[\w'-]*"
    body = r"\s+".join(re.escape(w) for w in entry.split())
    return r"(?<![\w'])" + body + r"(?:e?s)?(?![\w'])"


@dataclass(frozen=True)
class Lexicon:
    """A named list of phrases with weights, compiled to one regex per phrase."""

    entries: tuple[tuple[str, float, re.Pattern[str]], ...]

    @classmethod
    def of(cls, items: Iterable[str] | dict[str, float]) -> Lexicon:
        pairs = items.items() if isinstance(items, dict) else ((i, 1.0) for i in items)
        return cls(tuple((e, float(w), re.compile(_entry_pattern(e))) for e, w in pairs))

    def find(self, normalised: str) -> list[tuple[str, float, int, int]]:
        """(entry, weight, start, end) for each match; a longer overlapping match hides a shorter."""
        hits = [(e, w, m.start(), m.end()) for e, w, rx in self.entries for m in rx.finditer(normalised)]
        hits.sort(key=lambda h: (h[2], -(h[3] - h[2])))
        kept: list[tuple[str, float, int, int]] = []
        for hit in hits:
            if not any(k[2] <= hit[2] < k[3] or hit[2] <= k[2] < hit[3] for k in kept):
                kept.append(hit)
        return kept

    def words(self) -> set[str]:
        """The single-word entries, for resolving masked spellings."""
        return {e.lower() for e, _, _ in self.entries if " " not in e and not e.endswith("*")}


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(every single word of every incivility and stance lexicon: what a masked token may stand
    for; the swear and insult words among them, preferred when a masked spelling fits several)."""
    words: set[str] = set()
    rude: set[str] = set()
    inc = load("incivility.toml")
    for name, table in inc["categories"].items():
        for key in ("words", "near_person"):
            found = Lexicon.of(table.get(key, [])).words()
            words |= found
            if name in ("profanity", "insult"):
                rude |= found
    stance = load("stance.toml")
    words |= Lexicon.of(stance["attack"]).words() | Lexicon.of(stance["defend"]).words()
    return frozenset(words), frozenset(rude)


# An ellipsis glued to other marks ("a...-- Tobin", "so...") is punctuation, not a run of mask
# characters hiding letters: read as a mask, "a...--" would resolve to "airhead".
_ELLIPSIS = re.compile(r"(\.{2,}|…)")


def _unmask(token: str) -> str:
    """The lexicon word a masked or leet token spells ("f**k" → "fuck"), or the token unchanged."""
    if _ELLIPSIS.search(token):
        return "".join(p if i % 2 else _unmask(p) for i, p in enumerate(_ELLIPSIS.split(token)))
    cfg = load("incivility.toml")["normalise"]
    core = token.strip(_EDGE)
    mask = cfg["mask"]
    if not core or not any(ch in mask or ch in cfg["leet"] for ch in core) or not re.search("[a-z]", core):
        return token
    vocab, rude = _vocabulary()
    leet = "".join(cfg["leet"].get(ch, ch) for ch in core)
    if leet in vocab:
        return token.replace(core, leet)
    if not core[0].isalpha():
        return token  # "#11", "@wren": a reference, not a masked word
    # Each run of mask characters stands for one to a few hidden letters.
    parts = re.split(f"([{re.escape(mask)}]+)", core)
    rx = "".join(re.escape(p) if i % 2 == 0 else f"[a-z]{{1,{len(p) + 2}}}" for i, p in enumerate(parts))
    if rx == re.escape(core):
        return token
    # Of the words that fit, the one as long as the masked spelling ("he##" is "hell", not
    # "heifer"); among equally close ones a swear word or insult, since masking hides those.
    found = sorted(
        (w for w in vocab if re.fullmatch(rx, w)), key=lambda w: (abs(len(w) - len(core)), w not in rude, w)
    )
    return token.replace(core, found[0]) if found else token


def normalise(text: str) -> str:
    """Lower-cased text with straight quotes and unmasked swear words; offsets are not kept."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _TOKEN.sub(lambda m: _unmask(m.group()), text)


def sentences(text: str) -> list[str]:
    """The text's sentences in order, empty ones dropped."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@cache
def frames(section: str) -> tuple[re.Pattern[str], ...]:
    """Compiled `patterns` of a stance.toml section ("sarcasm", "mention")."""
    return tuple(re.compile(p, re.IGNORECASE) for p in load("stance.toml")[section]["patterns"])


def is_framed(section: str, normalised_sentence: str) -> bool:
    """True when one of the section's frames occurs in the sentence."""
    return any(p.search(normalised_sentence) for p in frames(section))
