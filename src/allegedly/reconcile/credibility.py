"""How much each claim, and each fact, is worth, with reasons a reader can check.

A claim's confidence is its source prior (on record > narration > outlet > anonymous >
commenter) × its modality weight (asserted > hedged > speculated) × its outlet's factor (the
reliability prior of `data/outlets.csv`; outlets the table does not list get its unlisted
default).  A denial is weighed the same way and counts *against* its fact.

A fact's confidence combines its claims: claims that share an origin (same source kind, same
outlet of origin, same speaker; anonymous sources of one outlet are one origin) count once, at
their best; independent origins combine by noisy-OR; denials combine the same way and scale
the result down: confidence = support × (1 − against).  Every step leaves a reason.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from allegedly.model import Analysis, Attribution, Claim, Modality, SourceKind
from allegedly.outlets import UNLISTED_RELIABILITY, normalise_name, outlet_table
from allegedly.reconcile import weights
from allegedly.reconcile.facts import Fact
from allegedly.reconcile.sources import SourcedClaim, certainly_before
from allegedly.understand.cues import attribution_lexicon


def outlet_reliability(name: str | None) -> float:
    """The outlet table's reliability prior for `name`; its unlisted default when unknown."""
    found = outlet_table().lookup(name)
    return found.reliability if found is not None else UNLISTED_RELIABILITY


def _outlet_words(name: str) -> str:
    found = outlet_table().lookup(name)
    if found is None:
        return f"outlet {name} (not in the outlet table, {UNLISTED_RELIABILITY:.2f})"
    return f"outlet {found.name} ({found.verdict}, {found.reliability:.2f})"


@dataclass(frozen=True)
class Confidence:
    """A number in [0, 1] and the steps that gave it."""

    value: float
    reasons: tuple[str, ...]

    def explain(self) -> str:
        return "; ".join(self.reasons)


def claim_confidence(claim: Claim, outlet: str | None = None) -> Confidence:
    """How much one claim is worth on its own.

    `outlet` is the publication that carries it when the attribution names none (the
    document's own outlet); a reader comment is never weighed by the page that hosts it.
    """
    return weigh(claim.attribution, claim.modality, outlet, in_comment=claim.span.comment is not None)


def weigh(
    attribution: Attribution, modality: Modality, outlet: str | None = None, *, in_comment: bool = False
) -> Confidence:
    """Source prior × modality weight × outlet factor, with the reasons: the worth of anything
    said by `attribution` in `modality` (a claim, or any statement of an article)."""
    kind = attribution.source_kind
    speaker = attribution.speaker
    prior = weights.SOURCE_PRIOR.get(kind, weights.SOURCE_PRIOR["commenter"])
    label = weights.SOURCE_LABEL.get(kind, kind)
    reasons = [f"{label}{f' ({speaker})' if speaker else ''}: {prior:.2f}"]
    value = prior
    modality_weight = weights.MODALITY_WEIGHT[modality]
    if modality == "denied":
        reasons.append("a denial: counts against the fact")
    elif modality_weight != 1.0:
        value *= modality_weight
        reasons.append(f"{modality}: ×{modality_weight:.2f}")
    carrier = None if kind == "commenter" or in_comment else attribution.outlet or outlet
    if kind in weights.OUTLET_CARRIED:
        reliability = outlet_reliability(carrier)
        factor = weights.OUTLET_FLOOR + (1 - weights.OUTLET_FLOOR) * min(reliability / weights.RELIABLE, 1.0)
        if kind == "on_record":
            factor = 1 - weights.ON_RECORD_OUTLET_SHARE * (1 - factor)
        words = _outlet_words(carrier) if carrier else f"outlet unknown ({UNLISTED_RELIABILITY:.2f})"
        if factor != 1.0:
            value *= factor
            reasons.append(f"{words}: ×{factor:.2f}")
    reasons.append(f"= {value:.2f}")
    return Confidence(round(value, 4), tuple(reasons))


def sourced_confidence(claim: SourcedClaim) -> Confidence:
    return claim_confidence(claim.claim, claim.document_outlet)


def origin(claim: SourcedClaim) -> tuple[str, str, str]:
    """Claims with one origin are not independent: (source kind, outlet of origin, speaker).

    On-record words are the speaker's wherever printed; anonymous sources of one outlet are one
    origin whatever they are called ("a source", "an insider"); narration by an outlet the
    table does not know is the document's own.
    """
    kind = claim.source_kind
    speaker = normalise_name(claim.claim.attribution.speaker or "")
    outlet = claim.outlet
    found = outlet_table().lookup(outlet)
    outlet_name = found.name if found is not None else (outlet or f"file {claim.file}")
    if kind == "on_record":
        return kind, "", speaker
    if kind == "anonymous":
        return kind, outlet_name, ""
    if kind == "commenter":
        return kind, claim.file, speaker
    return kind, outlet_name, speaker


def describe_origin(key: tuple[str, str, str]) -> str:
    kind, outlet, speaker = key
    label = weights.SOURCE_LABEL.get(kind, kind)
    parts = [p for p in (outlet if kind != "commenter" else "", label, speaker) if p]
    return " ".join(parts)


@dataclass(frozen=True)
class SourceGroup:
    """Claims from one origin, counted once at their best."""

    origin: tuple[str, str, str]
    claims: tuple[SourcedClaim, ...]
    confidence: float
    against: bool  # the group denies the fact


def _noisy_or(values: list[float]) -> float:
    remaining = 1.0
    for value in values:
        remaining *= 1 - value
    return 1 - remaining


@dataclass
class FactAssessment:
    """A fact with its confidence, the independent origins behind it, and why."""

    fact: Fact
    confidence: float
    support: float
    against: float
    groups: list[SourceGroup]
    claim_confidences: dict[SourcedClaim, Confidence] = field(repr=False)
    reasons: list[str]
    confirmed_on_record: SourcedClaim | None = None  # a later on-record claim that says it
    denied_on_record: SourcedClaim | None = None  # a later on-record claim that denies it

    @property
    def independent_sources(self) -> int:
        return sum(1 for g in self.groups if not g.against)


def _later_on_record(fact: Fact, denied: bool) -> SourcedClaim | None:
    """An on-record claim (denial when `denied`) reported after the fact's first report."""
    first = fact.first_reported
    for claim in fact.claims:
        if claim.source_kind != "on_record" or (claim.modality == "denied") != denied:
            continue
        later = first is None or claim.report_date is None or certainly_before(first, claim.report_date)
        if (denied or claim.modality == "asserted") and later:
            return claim
    return None


def assess_fact(fact: Fact) -> FactAssessment:
    """The fact's confidence: independent supports by noisy-OR, scaled by (1 − denials)."""
    confidences = {c: sourced_confidence(c) for c in fact.claims}
    by_origin: dict[tuple[tuple[str, str, str], bool], list[SourcedClaim]] = {}
    for claim in fact.claims:
        by_origin.setdefault((origin(claim), claim.modality == "denied"), []).append(claim)
    groups = [
        SourceGroup(key, tuple(items), max(confidences[c].value for c in items), against)
        for (key, against), items in by_origin.items()
    ]
    reasons: list[str] = []
    for group in groups:
        side = "against" if group.against else "for"
        if len(group.claims) > 1:
            reasons.append(
                f"{describe_origin(group.origin)}: {len(group.claims)} claims count once "
                f"({side}, {group.confidence:.2f})"
            )
        else:
            reasons.append(f"{describe_origin(group.origin)} ({side}, {group.confidence:.2f})")
    supports = [g.confidence for g in groups if not g.against]
    denials = [g.confidence for g in groups if g.against]
    support, against = _noisy_or(supports), _noisy_or(denials)
    if len(supports) > 1:
        reasons.append(f"{len(supports)} independent sources combine (noisy-OR) to {support:.2f}")
    confidence = support * (1 - against)
    if denials:
        reasons.append(f"denials weigh {against:.2f}: {support:.2f} × (1 − {against:.2f}) = {confidence:.2f}")
    confirmed = _later_on_record(fact, denied=False)
    denied = _later_on_record(fact, denied=True)
    if confirmed is not None:
        reasons.append(
            f"later confirmed on record by {confirmed.claim.attribution.speaker or 'the person'}"
            f" ({confirmed.report_date or 'date unknown'})"
        )
    if denied is not None:
        reasons.append(
            f"later denied on record by {denied.claim.attribution.speaker or 'the person'}"
            f" ({denied.report_date or 'date unknown'})"
        )
    return FactAssessment(
        fact=fact,
        confidence=round(confidence, 4),
        support=round(support, 4),
        against=round(against, 4),
        groups=groups,
        claim_confidences=confidences,
        reasons=reasons,
        confirmed_on_record=confirmed,
        denied_on_record=denied,
    )


def assess(facts: list[Fact]) -> list[FactAssessment]:
    """Every fact weighed, most confident first."""
    return sorted((assess_fact(f) for f in facts), key=lambda a: -a.confidence)


# -- how an article sources what it says -----------------------------------------------------
#
# A document's relation claims are few (two or three an article); its sourcing shows in every
# sentence.  Each sentence of the body is read as a *statement*: who stands behind it (by the
# cue words of data/attribution.toml, the people the pipeline found, the outlet table) and how
# firmly it is put, then weighed like a claim.  The profile sums them up for a reader: "14
# statements; 4 rest on anonymous sources (a source, an insider), none on record".

# A sentence: up to its end mark, with the closing quotation marks that follow it.
# A stop inside a word ("HollywoodLife.com", "3.5") does not end it.
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\w))+[.!?]*[”\"’]*")
# Shorter fragments are headings, bylines and captions, not statements.
_MIN_STATEMENT_WORDS = 4
_WORD = re.compile(r"[A-Za-z]+")
# Cues of speech that are phrases, not verbs: "according to Us Weekly", "said in a statement".
_SPEECH_PHRASE = re.compile(r"\baccording to\b|\bin a (?:joint )?statement\b", re.IGNORECASE)
_STATEMENT = re.compile(r"\bstatement\b", re.IGNORECASE)
# "she said": a pronoun subject is the last person named before it.
# How far from a speech cue its subject may sit: before it ("multiple sources close to the
# couple told"), after it ("according to a longtime friend of the pair"), and after it when
# inverted with a pronoun or name ("said she", "…,” says Ada).
_SUBJECT_BEFORE = 50
_SUBJECT_AFTER = 40
_ANONYMOUS_AFTER = 15  # "said a source close to …", "told the outlet" but not "told her friends that"
_INVERTED_AFTER = 1  # one space: "says Ada", not "reported, Ada …"
_PRONOUN_SPEAKER = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "her friend Ada Quill": a noun of the anonymous list followed this closely by a name is that
# named person, not an anonymous source.
_NAMED_AFTER = 1
# Words before a noun: "the claims", "a report", "her post" are not verbs of speech.
_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "these",
        "those",
        "this",
        "that",
        "his",
        "her",
        "their",
        "its",
        "s",
        "recent",
        "latest",
    }
)
_OPEN_QUOTES = "“\"‘'"  # a sentence that opens with one of these is quoted
# Quoted words, within one paragraph (typographic or straight double marks).
_QUOTED = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")


@dataclass(frozen=True)
class Statement:
    """One sentence of an article: who stands behind it, how firmly, and what that is worth."""

    start: int
    end: int
    text: str
    attribution: Attribution
    modality: Modality
    confidence: Confidence


def _speech_cues(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence reports speech: its speech verbs and "according to" / "in a statement".

    A speech word after a determiner is a noun ("addressed the claims", "despite a report"),
    not a verb of speech."""
    lex = attribution_lexicon()
    cues = [m.span() for m in _SPEECH_PHRASE.finditer(sentence)]
    for match in _WORD.finditer(sentence):
        if match.group(0).lower() not in lex.speech_verbs:
            continue
        before = _WORD.findall(sentence[max(0, match.start() - 20) : match.start()])
        if before and before[-1].lower() in _DETERMINERS:
            continue
        cues.append(match.span())
    return sorted(cues)


def _near(
    start: int,
    end: int,
    sentence: str,
    cues: list[tuple[int, int]],
    after: int,
    according_after: int = _SUBJECT_AFTER,
) -> bool:
    """A source at [start, end) is the subject of a cue: before it (within _SUBJECT_BEFORE
    characters), or after it within `after` characters ("said the insider"), or within
    _SUBJECT_AFTER after a phrase cue ("according to a longtime friend of the pair")."""
    for cue_start, cue_end in cues:
        according = sentence[cue_start:cue_end].lower() == "according to"
        reach = according_after if according else after
        # "according to X": the source follows the phrase, never precedes it.
        before = not according and cue_start - _SUBJECT_BEFORE <= start and end <= cue_start
        if before or 0 <= start - cue_end <= reach:
            return True
    return False


def statement_source(
    sentence: str, people: list[tuple[int, str]], earlier_person: str | None = None
) -> Attribution | None:
    """Who a sentence says is speaking, or None when it reports no one.

    `sentence` should have its quoted words blanked out (the words of a quote are what is
    said, not who says it); `people` are the person names the pipeline found outside quotes,
    as (offset in the sentence, canonical name); `earlier_person` is the last person named
    before the sentence, for "she said".  A source counts only as the subject of a speech cue:
    just before it ("a source close to the couple tells"), or just after it ("said an
    insider", "according to Us Weekly").  The order follows the attribution stage: a
    representative is on record for the person they speak for; an anonymous noun ("a source",
    "an insider", "pals") is anonymous unless a name follows it ("her friend Ada Quill"); a
    named person, or a statement, is on record; an outlet alone is that outlet's word.
    """
    lex = attribution_lexicon()
    cues = _speech_cues(sentence)
    if not cues or sentence.rstrip(' ”"’').endswith("?"):
        return None  # a question asks; it reports no one ("Should Ada keep singing?")
    found = outlet_table().find(sentence)
    outlet = found[0][2].name if found else None
    cue_words = sentence[cues[0][0] : cues[0][1]]
    subject_people = [
        (o, n) for o, n in people if _near(o, o + 1, sentence, cues, _INVERTED_AFTER, _INVERTED_AFTER)
    ]
    representative = next(
        (
            m
            for m in lex.representatives.finditer(sentence)
            if _near(*m.span(), sentence, cues, _ANONYMOUS_AFTER)
        ),
        None,
    )
    if representative:
        word = representative.group(0).lower()
        speaker = f"{people[0][1]}'s {word}" if people else word
        return Attribution("on_record", speaker=speaker, outlet=outlet, cue=cue_words)
    for anonymous in lex.anonymous.finditer(sentence):
        named = any(0 <= offset - anonymous.end() <= _NAMED_AFTER for offset, _ in people)
        if not named and _near(*anonymous.span(), sentence, cues, _ANONYMOUS_AFTER):
            return Attribution("anonymous", speaker=anonymous.group(0).lower(), outlet=outlet, cue=cue_words)
    # "According to Us Weekly, Ada …": the outlet is the source, whoever the sentence is about.
    according = [(s, e) for s, e in cues if sentence[s:e].lower() == "according to"]
    if according and any(_near(start, end, sentence, according, 0) for start, end, _ in found):
        return Attribution("outlet", outlet=outlet, cue=cue_words)
    if subject_people:
        return Attribution("on_record", speaker=subject_people[0][1], outlet=outlet, cue=cue_words)
    pronoun = any(
        _near(*m.span(), sentence, cues, _INVERTED_AFTER) for m in _PRONOUN_SPEAKER.finditer(sentence)
    )
    if pronoun and earlier_person is not None:
        return Attribution("on_record", speaker=earlier_person, outlet=outlet, cue=cue_words)
    if _STATEMENT.search(sentence):
        return Attribution("on_record", outlet=outlet, cue="statement")
    sources = [m.span() for m in lex.outlet_generic.finditer(sentence)] + [(a, b) for a, b, _ in found]
    if any(_near(start, end, sentence, cues, _ANONYMOUS_AFTER) for start, end in sources):
        return Attribution("outlet", outlet=outlet, cue=cue_words)
    return None


def statement_modality(sentence: str, kind: SourceKind) -> Modality:
    """How firmly a whole sentence is put, by the lexicon's rules for claims: a denial word
    denies; a guess or the writer's opinion speculates; a hedge word, or an anonymous source,
    hedges."""
    lex = attribution_lexicon()
    if lex.denials.search(sentence):
        return "denied"
    if lex.speculation.search(sentence) or kind == "author_opinion":
        return "speculated"
    if lex.hedges.search(sentence) or kind == "anonymous":
        return "hedged"
    return "asserted"


def _inside_quote(paragraph: str, offset: int) -> bool:
    """Whether `offset` of the paragraph is inside quotation marks (or opens one)."""
    before = paragraph[:offset]
    curly = before.count("“") - before.count("”")
    straight = before.count('"') % 2
    return curly > 0 or straight == 1 or paragraph[offset:].lstrip()[:1] in _OPEN_QUOTES


def statements(analysis: Analysis) -> list[Statement]:
    """Every sentence of the document's body, read as a statement and weighed.

    The words inside quotation marks are blanked before the source is read: they are what is
    said, not who says it.  A quoted sentence with no reporting words of its own is said by
    the nearest attributed sentence of its paragraph (before it, else after it: "“…. …,” a source says.")."""
    lex = attribution_lexicon()
    body = analysis.document.body
    doc_outlet = analysis.document.outlet
    names = {e.key: e.name for e in analysis.entities}
    people = sorted(
        (m.span.start, names.get(m.entity, m.text))
        for m in analysis.mentions
        if m.entity.startswith("person:") and m.span.comment is None and m.kind == "name"
    )
    read: list[tuple[int, int, str, Attribution | None, bool]] = []
    for paragraph in re.finditer(r"[^\n]+", body):
        text = paragraph.group(0)
        unquoted = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
        for sentence in _SENTENCE.finditer(text):
            words = sentence.group(0).strip()
            if len(words.split()) < _MIN_STATEMENT_WORDS:
                continue
            start, end = paragraph.start() + sentence.start(), paragraph.start() + sentence.end()
            words_of = unquoted[sentence.start() : sentence.end()]
            inside = [
                (offset - start, name)
                for offset, name in people
                if start <= offset < end and words_of[offset - start] != " "
            ]
            earlier = next((name for offset, name in reversed(people) if offset < start), None)
            source = statement_source(words_of, inside, earlier)
            read.append((start, end, sentence.group(0), source, _inside_quote(text, sentence.start())))
    # Quoted sentences without a clause take the speaker of their paragraph's attributed quote.
    attributions: list[Attribution | None] = [source for *_, source, _ in read]
    for i, (start, _, _, source, quoted) in enumerate(read):
        if source is not None or not quoted:
            continue
        paragraph_start = body.rfind("\n", 0, start)
        before = [j for j in range(i - 1, -1, -1) if read[j][0] > paragraph_start and read[j][3] is not None]
        after = [
            j
            for j in range(i + 1, len(read))
            if body.rfind("\n", 0, read[j][0]) == paragraph_start and read[j][3] is not None
        ]
        nearest = before[:1] or after[:1]
        if nearest:
            attributions[i] = read[nearest[0]][3]
    found: list[Statement] = []
    narration = Attribution("narration", outlet=doc_outlet)
    for (start, end, text, _, _), source in zip(read, attributions, strict=True):
        if source is None:
            opinion = lex.opinion.search(text)
            source = (
                Attribution("author_opinion", outlet=doc_outlet, cue=opinion.group(0))
                if opinion
                else narration
            )
        modality = statement_modality(text, source.source_kind)
        found.append(
            Statement(start, end, text.strip(), source, modality, weigh(source, modality, doc_outlet))
        )
    return found


@dataclass(frozen=True)
class SourcingProfile:
    """What one document's statements and claims rest on, for a reader and as a signal."""

    statements: tuple[Statement, ...]
    claim_confidences: tuple[Confidence, ...]
    outlets_named: tuple[str, ...]  # canonical names of the outlets the body names, first first
    document_outlet: str | None = None  # the publisher, when known

    def count(self, *kinds: SourceKind) -> int:
        return sum(1 for s in self.statements if s.attribution.source_kind in kinds)

    def share(self, *kinds: SourceKind) -> float:
        """Share of the statements said by sources of `kinds`."""
        return self.count(*kinds) / len(self.statements) if self.statements else 0.0

    def modality_share(self, modality: Modality) -> float:
        n = len(self.statements)
        return sum(1 for s in self.statements if s.modality == modality) / n if n else 0.0

    @property
    def attributed_share(self) -> float:
        """Share of the statements that name any source (not the writer's own voice)."""
        return self.share("on_record", "anonymous", "outlet")

    @property
    def unrelayed_anonymous(self) -> int:
        """Anonymous statements no other outlet is cited for: the publication's own unnamed
        sources ("a source tells us"), which nobody else stands behind."""
        own = normalise_name(self.document_outlet or "")
        return sum(
            1
            for s in self.statements
            if s.attribution.source_kind == "anonymous"
            and (s.attribution.outlet is None or normalise_name(s.attribution.outlet) == own)
        )

    @property
    def named_speakers(self) -> list[str]:
        """Distinct named people (or their representatives) on record, first first."""
        seen = dict.fromkeys(
            s.attribution.speaker
            for s in self.statements
            if s.attribution.source_kind == "on_record" and s.attribution.speaker
        )
        return list(seen)

    @property
    def anonymous_words(self) -> Counter[str]:
        """How the anonymous sources are called ("source": 4, "insider": 1)."""
        return Counter(
            s.attribution.speaker or "source"
            for s in self.statements
            if s.attribution.source_kind == "anonymous"
        )

    @property
    def cited_reliability(self) -> float | None:
        """Mean reliability prior of the outlets the body names; None when it names none."""
        if not self.outlets_named:
            return None
        return statistics.fmean(outlet_reliability(name) for name in self.outlets_named)

    @property
    def mean_confidence(self) -> float:
        """Mean worth of the statements (denials at their own worth); 0 without statements."""
        return statistics.fmean(s.confidence.value for s in self.statements) if self.statements else 0.0

    def summary(self) -> str:
        """One line a reader can check: what the article's statements rest on."""
        n = len(self.statements)
        if not n:
            return "no statements"
        anonymous = self.count("anonymous")
        words = ", ".join(f"{w} ×{c}" if c > 1 else w for w, c in self.anonymous_words.most_common(3))
        named = self.named_speakers
        parts = [
            f"{n} statements",
            f"{anonymous} rest on anonymous sources" + (f" ({words})" if words else ""),
            f"{len(named)} named on-record source{'s' if len(named) != 1 else ''}"
            + (f" ({', '.join(named[:3])})" if named else ""),
            f"{self.count('outlet')} attributed to other outlets",
            f"{round(100 * (1 - self.attributed_share))}% in the writer's own voice",
        ]
        hedged = sum(1 for s in self.statements if s.modality in ("hedged", "speculated"))
        parts.append(f"{hedged} hedged or speculative")
        if self.outlets_named:
            cited = dict.fromkeys(self.outlets_named)
            parts.append(
                "outlets named: " + ", ".join(_outlet_words(name).removeprefix("outlet ") for name in cited)
            )
        parts.append(f"mean statement confidence {self.mean_confidence:.2f}")
        return "; ".join(parts)


def sourcing_profile(analysis: Analysis) -> SourcingProfile:
    """What a document's statements and claims rest on (see `SourcingProfile.summary`)."""
    outlet = analysis.document.outlet
    return SourcingProfile(
        statements=tuple(statements(analysis)),
        claim_confidences=tuple(
            claim_confidence(c, outlet) for c in analysis.claims if c.span.comment is None
        ),
        outlets_named=tuple(found.name for _, _, found in outlet_table().find(analysis.document.body)),
        document_outlet=outlet,
    )
