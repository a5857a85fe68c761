"""The cue words of claims and attribution, loaded once from data/relations.toml and data/attribution.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from allegedly.understand.time.lexicon import literal_alternation, literal_lead_alternation


def load_data(name: str) -> dict[str, Any]:
    """One toml file of `allegedly.data`, parsed."""
    with resources.files("allegedly.data").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


_load = load_data


def cue_list(name: str) -> str:
    """A named list of [cue_lists] in data/relations.toml as one regex group, longest first
    (for the module-level patterns of the relation rules, built once at import)."""
    words = _load("relations.toml")["cue_lists"][name]
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


def relatives_alternation() -> str:
    """The relatives' nouns of relations.toml's [relatives] (one list for the unnamed-kin rules),
    as regex alternatives, longest first."""
    words: list[str] = _load("relations.toml")["relatives"]["words"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _with_exact(pattern: re.Pattern[str], words: list[str]) -> re.Pattern[str]:
    """`pattern` (case-insensitive) or one of `words` exactly as written, on word boundaries."""
    if not words:
        return pattern
    exact = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"{pattern.pattern}|(?<![\w-])(?-i:{exact})(?![\w-])", pattern.flags)


def phrase_pattern(phrases: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any phrase on word boundaries, longest first.
    (The phrases as a prefix tree: the same matches as their flat alternation, also where
    another pattern embeds this one's source, but not every phrase tried at every word.)"""
    lead = literal_lead_alternation(phrases)  # (a class first: the engine skips to its characters)
    if lead is not None:
        return re.compile(lead[0] + r"(?<![\w-].)" + lead[1] + r"(?![\w-])", re.IGNORECASE)
    return re.compile(r"(?<![\w-])" + literal_alternation(phrases) + r"(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class AttributionLexicon:
    speech_verbs: frozenset[str]
    speech_lemmas: frozenset[str]
    clause_lemmas: frozenset[str]
    core_speech_lemmas: frozenset[str]
    counting_lemmas: frozenset[str]
    unspoken_phrasals: frozenset[str]
    object_speech_lemmas: frozenset[str]
    speech_nouns: frozenset[str]
    stance_nouns: frozenset[str]
    poll_shares: frozenset[str]
    preference_lemmas: frozenset[str]
    noun_markers: frozenset[str]
    evidence_nouns: frozenset[str]
    line_labels: frozenset[str]
    anonymous: re.Pattern[str]
    representatives: re.Pattern[str]
    outlet_generic: re.Pattern[str]
    hedges: re.Pattern[str]
    speculation: re.Pattern[str]
    opinion: re.Pattern[str]
    denials: re.Pattern[str]
    excerpt_close: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class RelationLexicon:
    nouns: dict[str, re.Pattern[str]]
    ex_nouns: dict[str, re.Pattern[str]]
    verbs: dict[str, re.Pattern[str]]
    work_nouns: re.Pattern[str]
    org_heads: frozenset[str]
    places: dict[str, str]
    male: frozenset[str]
    female: frozenset[str]
    roles: re.Pattern[str]
    place_heads: frozenset[str]
    titles: frozenset[str]
    job_nouns: re.Pattern[str]
    leader_jobs: re.Pattern[str]
    membership_heads: frozenset[str]
    styles: frozenset[str]
    seat_ranks: frozenset[str]
    title_roles: re.Pattern[str]
    not_titles: frozenset[str]
    org_nouns: re.Pattern[str]
    event_heads: frozenset[str]
    performing_heads: frozenset[str]
    contract_cues: frozenset[str]
    school_heads: frozenset[str]
    label_heads: frozenset[str]
    call_off: str  # regex alternation of the verbs of calling something off
    partner_modifiers: re.Pattern[str]
    cue_professions: re.Pattern[str]
    cue_phrases_before: re.Pattern[str]
    engagement_modifiers: re.Pattern[str]


@cache
def attribution_lexicon() -> AttributionLexicon:
    """Cue words of attribution and modality (data/attribution.toml)."""
    data = _load("attribution.toml")
    return AttributionLexicon(
        speech_verbs=frozenset(data["speech_verbs"]),
        speech_lemmas=frozenset(data["speech_lemmas"]),
        clause_lemmas=frozenset(data["clause_lemmas"]),
        core_speech_lemmas=frozenset(data["core_speech_lemmas"]),
        counting_lemmas=frozenset(data["counting_lemmas"]),
        unspoken_phrasals=frozenset(data["unspoken_phrasals"]),
        object_speech_lemmas=frozenset(data["object_speech_lemmas"]),
        speech_nouns=frozenset(data["speech_nouns"]),
        stance_nouns=frozenset(data["stance_nouns"]),
        poll_shares=frozenset(data["poll_shares"]),
        preference_lemmas=frozenset(data["preference_lemmas"]),
        noun_markers=frozenset(data["noun_markers"]),
        evidence_nouns=frozenset(data["evidence_nouns"]),
        line_labels=frozenset(data["line_labels"]),
        anonymous=phrase_pattern(data["anonymous_nouns"]),
        representatives=phrase_pattern(data["representative_nouns"]),
        outlet_generic=phrase_pattern(data["outlet_generic_nouns"]),
        hedges=phrase_pattern(data["hedges"]),
        speculation=phrase_pattern(data["speculation"]),
        opinion=_with_exact(
            phrase_pattern(data["first_person_opinion"]), data["first_person_opinion_as_written"]
        ),
        denials=phrase_pattern(data["denials"]),
        excerpt_close=tuple(re.compile(p, re.IGNORECASE) for p in data["excerpt_close_patterns"]),
    )


@cache
def relation_lexicon() -> RelationLexicon:
    """Cue words of relations and events (data/relations.toml)."""
    data = _load("relations.toml")
    return RelationLexicon(
        nouns={k: phrase_pattern(v) for k, v in data["nouns"].items()},
        ex_nouns={k: phrase_pattern(v) for k, v in data["ex_nouns"].items()},
        verbs={k: phrase_pattern(v) for k, v in data["verbs"].items()},
        work_nouns=phrase_pattern(data["work_nouns"]["nouns"]),
        org_heads=frozenset(data["org_heads"]["words"]),
        places=dict(data["places"]),
        male=frozenset(w.lower() for w in data["gender"]["male"]),
        female=frozenset(w.lower() for w in data["gender"]["female"]),
        roles=phrase_pattern(data["roles"]["words"]),
        place_heads=frozenset(data["place_heads"]["words"]),
        titles=frozenset(data["titles"]["words"]),
        job_nouns=phrase_pattern(data["job_nouns"]["words"]),
        leader_jobs=phrase_pattern(data["job_nouns"]["of_words"]),
        membership_heads=frozenset(data["membership_heads"]["words"]),
        styles=frozenset(data["styles"]["words"]),
        seat_ranks=frozenset(data["seat_ranks"]["words"]),
        title_roles=phrase_pattern(data["title_roles"]["words"]),
        not_titles=frozenset(data["title_roles"]["not_titles"]),
        org_nouns=phrase_pattern(data["org_nouns"]["words"]),
        event_heads=frozenset(data["event_heads"]["words"]),
        performing_heads=frozenset(data["performing_heads"]["words"]),
        contract_cues=frozenset(data["contracts"]["cues"]),
        school_heads=frozenset(data["contracts"]["school_heads"]),
        label_heads=frozenset(data["contracts"]["label_heads"]),
        call_off="(?:"
        + "|".join(sorted(map(re.escape, data["not_relations"]["call_off"]), key=len, reverse=True))
        + ")",
        partner_modifiers=phrase_pattern(data["not_relations"]["partner_modifiers"]),
        cue_professions=phrase_pattern(data["not_relations"]["cue_professions"]),
        cue_phrases_before=phrase_pattern(data["not_relations"]["cue_phrases_before"]),
        engagement_modifiers=phrase_pattern(data["not_relations"]["engagement_modifiers"]),
    )
