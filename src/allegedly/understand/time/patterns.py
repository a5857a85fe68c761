"""The tagger's regular expressions, built once from the vocabulary in data/time.toml.

Case matters on purpose: month and weekday names must be capitalised ("May", "June"),
so that the modal "may", the verb "march" and the pronoun "we" are never dates; every
other word is matched with a local (?i:...) group. Each rule has a name (the key of
`rules()`) that tagger.py dispatches on, and a priority: when two candidates overlap,
the longer one wins, and on equal length the earlier rule.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, lexicon


def _ci(words: list[str] | tuple[str, ...]) -> str:
    return "(?i:" + alternation(words) + ")"


@cache
def rules() -> dict[str, re.Pattern[str]]:
    """Rule name -> compiled pattern, in priority order (dicts keep insertion order)."""
    lex = lexicon()
    month_full = alternation([m.capitalize() for m in lex.months] + [m.upper() for m in lex.months])
    month_abbr = alternation([m.capitalize() for m in lex.month_abbreviations]) + r"\.?"
    month_any = f"(?:{month_full}|{month_abbr})"
    weekday = alternation([w.capitalize() for w in lex.weekdays])
    year = r"(?:1[89]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    num = lex.number_pattern
    units = _ci(list(lex.units))
    season = _ci(list(lex.seasons))
    ago = _ci(lex.ago)
    after_before = _ci([*lex.after, *lex.before, "from now"])
    number_words = alternation([w for w in lex.numbers if w not in ("a", "an", "hundred")])
    age_units = _ci(lex.age_units)
    decade_words = _ci(list(lex.age_decade_words))
    set_units = _ci(
        [
            "day",
            "week",
            "month",
            "year",
            "weekend",
            "morning",
            "night",
            "evening",
            "summer",
            "winter",
            "spring",
            "fall",
            "autumn",
        ]
    )
    return {
        "iso": re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
        "numeric": re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})\b"),
        "month_day": re.compile(
            rf"\b(?:(?P<wd>{weekday}),?\s+)?(?P<month>{month_any})\s+(?P<day>{day})(?:st|nd|rd|th)?"
            rf"(?![\d:])(?:,?\s+(?P<year>{year})\b)?"
        ),
        "day_month": re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<day>{day})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<month>{month_any})"
            rf"(?:,?\s+(?P<year>{year})\b)?"
        ),
        "month_year": re.compile(rf"\b(?P<month>{month_any}),?\s+(?:(?i:of)\s+)?(?P<year>{year})\b"),
        "month_rel": re.compile(rf"\b(?P<rel>(?i:last|next|this|coming|past))\s+(?P<month>{month_full})\b"),
        "month_bare": re.compile(rf"\b(?P<month>{month_full})\b(?![-\s]*\d)"),
        "weekday": re.compile(
            rf"\b(?:(?P<rel>(?i:last|next|this|coming|past|on|that))\s+)?(?P<wd>{weekday})\b"
            r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?"
        ),
        "decade": re.compile(
            r"\b(?:(?i:the)\s+)?(?:(?P<century>1[89]|20)(?P<dec>\d)0|['’](?P<short>\d)0)s\b"
        ),
        "year": re.compile(rf"(?<![\d$£€.,/-])\b(?P<year>{year})(?![\d%]|[.,]\d|-\d|/)"),
        # "three months ago", "a week after", "for 11 years": one pass, told apart by `dir`
        "quantity": re.compile(
            rf"\b(?P<num>{num})[-\s]+(?P<unit>{units})\b"
            rf"(?:\s+(?P<dir>{ago}|{after_before})\b|(?![-\s]+(?i:old)))"
        ),
        "ago_vague": re.compile(
            rf"\b(?P<unit>(?i:years|months|weeks|days|decades))\s+(?P<dir>{ago}|(?i:later|earlier))\b"
        ),
        "rel_unit": re.compile(
            rf"\b(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<rel>(?i:last|next|this|coming|previous))"
            rf"\s+(?P<unit>(?i:week|month|year|weekend|decade|century)|{season})\b"
        ),
        "season": re.compile(
            rf"\b(?:(?P<rel>(?i:early|late))\s+)?(?P<season>{season})(?:\s+(?:(?i:of)\s+)?(?P<year>{year})\b)?"
        ),
        "relative_day": re.compile(rf"\b{_ci(list(lex.relative_days))}\b"),
        "reference": re.compile(rf"\b{_ci(list(lex.references))}\b"),
        "discourse": re.compile(rf"\b{_ci(lex.discourse)}\b"),
        "age_old": re.compile(
            rf"\b(?P<num>\d{{1,3}}|{number_words}(?:-{number_words})?)[-\s](?P<unit>{age_units})s?[-\s](?i:old)\b"
        ),
        "age_lead": re.compile(
            rf"\b(?:(?i:at)\s+)?{_ci(lex.age_lead_words)}\s+(?P<num>\d{{1,3}}|{number_words})\b(?![-\s]*(?:\d|%|{units}))"
        ),
        "age_apposition": re.compile(
            r"(?P<name>\b[A-Z][\w'’.-]+),\s+(?P<num>\d{1,3}),(?!\d)|(?P<name2>\b[A-Z][\w'’-]+)\s+\((?P<num2>\d{1,3})\)"
        ),
        "age_decade": re.compile(
            rf"\b(?i:in)\s+{_ci(lex.age_possessives)}\s+(?:(?i:early|mid|late)[-\s]+)?(?:\d0s|['’]\d0s|{decade_words})\b"
        ),
        "set_every": re.compile(
            rf"\b(?i:every|each)\s+(?:(?P<num>{num})\s+)?(?P<unit>{set_units}|(?i:{weekday}))\b"
        ),
        "set_times": re.compile(
            rf"\b(?P<times>(?i:once|twice)|\w+\s+(?i:times))\s+(?i:a|an|per|each)\s+(?P<unit>{set_units})\b"
        ),
        "set_adverb": re.compile(rf"\b{_ci(list(lex.sets))}\b"),
        "duration_vague": re.compile(
            r"\b(?i:for|over)\s+(?P<unit>(?i:years|months|weeks|days|decades|hours))\b"
        ),
    }


@cache
def left_modifier() -> re.Pattern[str]:
    """A modifier just before a month or year ("early 2010", "mid-June"): joins the span."""
    return re.compile(r"\b(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[-\s]+$")


@cache
def left_preposition() -> re.Pattern[str]:
    """A preposition right before a bare month ("in June"): without one, June may be a name."""
    return re.compile(rf"\b{_ci(lexicon().date_prepositions)}\s+$")


@cache
def left_approximator() -> re.Pattern[str]:
    """A hedge just before a quantity ("about three months ago"): joins the span."""
    return re.compile(rf"\b{_ci(lexicon().approximators)}\s+$")


@cache
def future_cue() -> re.Pattern[str]:
    """Words that put a sentence in the future ("will", "is set to")."""
    return re.compile(rf"(?:\b|(?<=\w)){_ci(lexicon().future_cues)}\b")


@cache
def year_context() -> tuple[frozenset[str], frozenset[str]]:
    """Words that may stand before a bare year: prepositions and determiners."""
    lex = lexicon()
    return frozenset(lex.date_prepositions), frozenset(lex.year_determiners)
