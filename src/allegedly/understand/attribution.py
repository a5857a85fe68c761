"""Who stands behind each part of a text, and how firmly it is said.

The body is cut into *voices*: quoted speech with its speaker ("“…,” a source tells In
Touch"), sentences reporting a source ("multiple sources told Us Weekly that …"), blog
excerpts of another outlet ("[From In Touch Weekly]"), the writer's own opinion ("I feel
like …") and, everywhere else, the publication's narration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from allegedly.model import Attribution, Modality
from allegedly.outlets import OutletTable
from allegedly.understand.cues import attribution_lexicon
from allegedly.understand.entities import FEMALE_PRONOUNS, MALE_PRONOUNS, EntityIndex
from allegedly.understand.language import doc_text

# Straight and typographic quotation marks; a quote longer than this is a formatting
# accident (an unclosed mark), not speech.
_QUOTE_RE = re.compile(r"“([^”]{2,2000})”|\"([^\"]{2,2000})\"")
# How far after a closing quote (or before an opening one) the reporting clause may sit.
_CLAUSE_AFTER = 140
_CLAUSE_BEFORE = 160


_NEGATION = re.compile(
    r"\b(?:not|never|neither|nor|n't|didn't|doesn't|isn't|aren't|wasn't|weren't)\b(?![^.,;]*\bbut\b)",
    re.IGNORECASE,
)
# "Neither has confirmed a split": not confirmed is not denied, only unestablished.
_UNCONFIRMED = re.compile(r"\b(?:confirm(?:ed|s)?|comment(?:ed)?|address(?:ed)?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Voice:
    """A stretch of text [start, end) and who says it."""

    start: int
    end: int
    attribution: Attribution
    quoted: bool = False
    cue_span: tuple[int, int] | None = None  # the reporting verb, where the parse found it
    source_span: tuple[int, int] | None = None  # the words naming the source


@dataclass
class Attributor:
    """Answers `at(offset)`: the attribution of the words at that offset of the body."""

    voices: list[Voice]
    default: Attribution

    def at(self, offset: int) -> Attribution:
        best: Voice | None = None
        for voice in self.voices:
            if voice.start <= offset < voice.end and (
                best is None or voice.end - voice.start < best.end - best.start
            ):
                best = voice
        return best.attribution if best else self.default


def _speaker_of_clause(
    clause: str, clause_start: int, index: EntityIndex, outlets: OutletTable, inherited: Attribution | None
) -> Attribution | None:
    """Read a reporting clause ("a source tells In Touch", "she told People")."""
    lex = attribution_lexicon()
    verb = next(
        (m for m in re.finditer(r"[A-Za-z]+", clause) if m.group(0).lower() in lex.speech_verbs), None
    )
    according = re.search(r"\baccording to\b", clause, re.IGNORECASE)
    if verb is None and according is None:
        return None
    # The source is named just before the verb ("multiple sources told") or right after
    # "according to"; the outlet it spoke to follows the verb ("told Us Weekly").
    if according is not None:
        subject_start, subject_end = according.end(), min(len(clause), according.end() + 60)
    else:
        assert verb is not None
        subject_start, subject_end = max(0, verb.start() - 45), verb.start()
        if verb.start() < 4:  # inverted: "said the source", "added the insider"
            subject_start, subject_end = verb.end(), min(len(clause), verb.end() + 45)
    subject = clause[subject_start:subject_end]
    found = outlets.find(clause)
    outlet = found[0][2].name if found else None
    anonymous = lex.anonymous.search(subject)
    people = index.person_mentions(clause_start + subject_start, clause_start + subject_end)
    representative = lex.representatives.search(subject)
    cue = clause.strip(' ,.:;“”"')[:80]
    if representative and people:
        return Attribution("on_record", speaker=index.name(people[0].entity), outlet=outlet, cue=cue)
    if anonymous:
        if outlet is None and inherited is not None:
            outlet = inherited.outlet
        return Attribution("anonymous", speaker=anonymous.group(0), outlet=outlet, cue=cue)
    if people:
        return Attribution("on_record", speaker=index.name(people[-1].entity), outlet=outlet, cue=cue)
    for match in re.finditer(r"\b(he|she)\b", subject, re.IGNORECASE):
        person = index.resolve_pronoun(match.group(1), clause_start + subject_start + match.start())
        if person is not None:
            return Attribution("on_record", speaker=index.name(person), outlet=outlet, cue=cue)
    if lex.outlet_generic.search(subject) and outlet is None:
        return Attribution("outlet", cue=cue)
    if outlet is not None:
        return Attribution("outlet", outlet=outlet, cue=cue)
    return None


def _excerpts(body: str) -> list[Voice]:
    """Blog excerpts: paragraphs between the writer's opening and a "[From X]" line."""
    lex = attribution_lexicon()
    voices: list[Voice] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body)]
    last_boundary = 0  # excerpts never swallow the first paragraph: that is the writer's intro
    for i, (start, end) in enumerate(paragraphs):
        text = body[start:end]
        for pattern in lex.excerpt_close:
            match = pattern.match(text)
            if match and i > last_boundary + 1:
                outlet = match.group("outlet").strip()
                first = paragraphs[last_boundary + 1][0]
                voices.append(
                    Voice(first, start, Attribution("outlet", outlet=outlet, cue=text.strip()[:80]))
                )
            if match:
                last_boundary = i
    return voices


# Subjects that are the writer or the reader, not a source ("I think", "you said").
_NOT_SOURCES = frozenset({"i", "we", "you", "it", "this", "that", "which", "who"})


def _parsed_reporting(
    sent: Any, index: EntityIndex, outlets: OutletTable, inherited: Attribution | None
) -> list[tuple[Attribution, tuple[int, int], tuple[int, int]]]:
    """A reporting verb found through the parse: its subject is the source.

    "She said the plan would work", "..., the senator added.", "Police say the car ...":
    the verb must have a subject and report something (a clause it governs, or the clause it
    closes), and must sit outside quotation marks.  Every such verb of the sentence counts,
    in sentence order ("X told police that Y had said ...")."""
    lex = attribution_lexicon()
    found: list[tuple[Attribution, tuple[int, int], tuple[int, int]]] = []
    text: str = sent.text
    quoted = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
    for token in sent:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in lex.speech_lemmas:
            continue
        offset = token.idx - sent.start_char
        if any(s <= offset < e for s, e in quoted):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        reports = (
            any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in token.children)
            or token.dep_ in ("parataxis", "ccomp")
            or (token.i + 1 < sent.end and token.nbor(1).lower_ == "that")
            or (token.i + 2 >= sent.end and offset > len(text) // 2)
        )
        # The core verbs of speech report whatever they govern ("she told reporters", "he said so").
        if not subjects or not (reports or token.lemma_.lower() in lex.core_speech_lemmas):
            continue
        subject = subjects[0]
        if subject.lower_ in _NOT_SOURCES:
            continue
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        words = sent.doc[subject.left_edge.i : subject.right_edge.i + 1].text
        cue = f"{words} {token.text}"[:80]
        spans = ((token.idx, token.idx + len(token.text)), (start, end))
        outlet_found = outlets.find(sent.doc[token.i : sent.end].text) or outlets.find(words)
        outlet = outlet_found[0][2].name if outlet_found else None
        if lex.anonymous.search(words):
            found.append(
                (
                    Attribution(
                        "anonymous",
                        speaker=lex.anonymous.search(words).group(0),  # type: ignore[union-attr]
                        outlet=outlet or (inherited.outlet if inherited else None),
                        cue=cue,
                    ),
                    *spans,
                )
            )
            continue
        people = index.person_mentions(start, end)
        if people:
            found.append(
                (
                    Attribution("on_record", speaker=index.name(people[-1].entity), outlet=outlet, cue=cue),
                    *spans,
                )
            )
            continue
        if subject.lower_ in ("he", "she"):
            person = index.resolve_pronoun(subject.lower_, subject.idx)
            if person is not None:
                found.append(
                    (Attribution("on_record", speaker=index.name(person), outlet=outlet, cue=cue), *spans)
                )
                continue
            continue
        if outlets.find(words):
            found.append((Attribution("outlet", outlet=outlets.find(words)[0][2].name, cue=cue), *spans))
            continue
        if subject.pos_ in ("PROPN", "NOUN"):
            # An organisation or a group speaking in its own name ("police", "the network").
            found.append((Attribution("on_record", speaker=words, outlet=outlet, cue=cue), *spans))
            continue
    return found


def build_attributor(
    doc: Any, index: EntityIndex, outlets: OutletTable, doc_outlet: str | None
) -> Attributor:
    """Assign a voice to every part of a parsed body text."""
    body: str = doc_text(doc)
    lex = attribution_lexicon()
    narration = Attribution("narration", outlet=doc_outlet)
    voices = _excerpts(body)
    for voice in list(voices):
        found = outlets.find(voice.attribution.outlet or "")
        if found:
            voices[voices.index(voice)] = Voice(
                voice.start,
                voice.end,
                Attribution("outlet", outlet=found[0][2].name, cue=voice.attribution.cue),
            )
    excerpt_of = Attributor(list(voices), narration)

    # Sentences that report a source outside quotes: "multiple sources told Us Weekly that ...".
    previous: Attribution | None = None
    for sent in doc.sents:
        text = sent.text
        unquoted = _QUOTE_RE.sub(lambda m: " " * len(m.group(0)), text)
        has_cue = re.search(r"\baccording to\b", unquoted, re.I) or any(
            t.lower_ in lex.speech_verbs for t in sent if not _QUOTE_RE.search(t.text)
        )
        signal = (
            outlets.find(unquoted)
            or lex.anonymous.search(unquoted)
            or lex.representatives.search(unquoted)
            or re.search(r"\baccording to\b|\b(?:said|says|told|tells)\s+(?:that\b|[A-Z])", unquoted)
        )
        if has_cue and signal:
            clause = _speaker_of_clause(
                unquoted, sent.start_char, index, outlets, previous or excerpt_of.at(sent.start_char)
            )
            if clause is not None:
                voices.append(Voice(sent.start_char, sent.end_char, clause))
                previous = clause
                continue
        parsed = _parsed_reporting(sent, index, outlets, previous or excerpt_of.at(sent.start_char))
        if parsed:
            voices.extend(
                Voice(sent.start_char, sent.end_char, found, cue_span=cue, source_span=source)
                for found, cue, source in parsed
            )
            previous = parsed[0][0]
            continue
        opinion = lex.opinion.search(unquoted)
        if opinion and excerpt_of.at(sent.start_char).source_kind == "narration":
            opinion_of = Attribution("author_opinion", outlet=doc_outlet, cue=opinion.group(0))
            voices.append(Voice(sent.start_char, sent.end_char, opinion_of))

    # Quoted speech: the reporting clause after the closing mark, else before the opening one.
    last_quote: Attribution | None = None
    for match in _QUOTE_RE.finditer(body):
        start, end = match.span()
        after_end = min(len(body), end + _CLAUSE_AFTER)
        after = re.split(r"(?<=[.!?])\s|\n|“", body[end:after_end])[0]
        before_start = max(0, start - _CLAUSE_BEFORE)
        before = re.split(r"[.!?”]\s|\n", body[before_start:start])[-1]
        inherited = last_quote or excerpt_of.at(start)
        speaker = _speaker_of_clause(after, end, index, outlets, inherited) if after.strip() else None
        if speaker is None and before.strip():
            speaker = _speaker_of_clause(before, start - len(before), index, outlets, inherited)
        if speaker is None and len(match.group(0)) < 40:
            continue  # a short phrase in scare quotes ("focus on her career"), not speech
        if speaker is None:
            # A quote with no clause of its own continues the last speaker of the paragraph.
            paragraph_start = body.rfind("\n", 0, start)
            speaker = last_quote if last_quote and paragraph_start < _last_quote_end(voices) else None
        if speaker is None:
            continue
        voices.append(Voice(start, end, speaker, quoted=True))
        last_quote = speaker
    return Attributor(voices, narration)


def _last_quote_end(voices: list[Voice]) -> int:
    quoted = [v.end for v in voices if v.quoted]
    return max(quoted) if quoted else -1


def modality_of(
    sentence: str, attribution: Attribution, context: str = "", cue_end: int | None = None
) -> Modality:
    """Denied, speculated, hedged or asserted, from the sentence's own words and its source.

    `context` is the preceding sentence: "Allegedly, he's quit." hedges what it sums up."""
    lex = attribution_lexicon()
    if lex.denials.search(sentence):
        return "denied"
    # "is not in a relationship with", "has never dated": the claim is negated where it is made.
    window = sentence[max(0, cue_end - 60) : cue_end] if cue_end is not None else ""
    if window and _NEGATION.search(window):
        return "hedged" if _UNCONFIRMED.search(window) else "denied"
    # Guesses later in the sentence qualify the content, not the claim ("... thought it could be").
    head = sentence if cue_end is None else sentence[: cue_end + 40]
    if lex.speculation.search(head) or attribution.source_kind == "author_opinion":
        return "speculated"
    if lex.hedges.search(sentence) or attribution.source_kind == "anonymous":
        return "hedged"
    if context and re.match(r"^\W*(allegedly|reportedly|apparently|supposedly)\b", context, re.I):
        return "hedged"
    return "asserted"


def pronoun_gender(word: str) -> str | None:
    lowered = word.lower()
    if lowered in MALE_PRONOUNS:
        return "m"
    if lowered in FEMALE_PRONOUNS:
        return "f"
    return None
