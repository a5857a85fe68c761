"""Claims readers make in comments, and the post's claims they dispute.

A comment is read with the same sentence rules as the body (`relations._extract_once`) over an
entity index that knows the post's people: "Ben" or "he" in a comment is the post's Benjamin.
Only people the post names can carry a commenter claim; commenters' handles never become
people.  A few rules of our own cover what readers say and articles rarely do: "she's 30",
"Ben is in LA", "he was married before".  Cues live in data/thread_cues.toml, [commenter].
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from allegedly.model import Attribution, Claim, Comment, DateValue, Entity, Mention, Modality, Span
from allegedly.thread.cues import thread_cues
from allegedly.understand.attribution import Attributor, Voice, modality_of
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.entities import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    EntityIndex,
    PersonCluster,
    find_entities,
)
from allegedly.understand.reaction_lexicon import is_framed, normalise
from allegedly.understand.relations import _extract_once
from allegedly.understand.time import tag_times

# A short form of a first name ("Ben", "Nat") must have this many letters.
_MIN_SHORT_FORM = 3
# Lower-case names ("natalie") are accepted for aliases at least this long.
_MIN_LOWERCASE_ALIAS = 4
_QUOTE = re.compile(r"[\"“”](?P<q>[^\"“”\n]{3,}?)[\"“”]")
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'’-]+")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "he",
        "she",
        "his",
        "her",
        "him",
        "they",
        "them",
        "their",
        "this",
        "that",
        "it",
        "its",
        "as",
        "by",
        "from",
        "so",
        "not",
        "no",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "just",
        "about",
        "what",
        "who",
        "how",
    ]
)


@cache
def _cue(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in thread_cues()["commenter"][name])


def _any(name: str, text: str) -> re.Match[str] | None:
    for rx in _cue(name):
        found = rx.search(text)
        if found:
            return found
    return None


@dataclass
class CommentIndex(EntityIndex):
    """A comment's entities; pronouns no name in the comment explains fall back to the post's people."""

    body: EntityIndex | None = None
    private: bool = False  # the comment speaks of the writer's own family: no fallback
    unknown: set[str] = field(default_factory=set)  # people the post never names

    def resolve_pronoun(self, pronoun: str, before: int) -> str | None:
        key = super().resolve_pronoun(pronoun, before)
        if key is not None or self.body is None or self.private:
            return key
        word = pronoun.lower()
        wanted = "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None
        if wanted is None:
            return None
        for candidate in self.body.main_people(4):
            if self.body.people[candidate].gender == wanted:
                return candidate
        return None

    def main_pair(self) -> tuple[str, str] | None:
        if self.body is not None and not self.private:
            return self.body.main_pair()
        return super().main_pair()


def _vocative(text: str, start: int, end: int) -> bool:
    """ "Jo!" "Thanks, Jo." "@Jo": a name the writer addresses rather than talks about."""
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")[:1]
    if before.endswith("@"):
        return True
    opens = not before or before[-1] in ".!?…\n,:" or re.search(r"\b(?:hey|hi|yo|thanks|lol)$", before, re.I)
    return bool(after in {",", "!", ":"} and opens) or bool(
        before.endswith(",") and after in {".", "!", "?", ""}
    )


def _body_person_spans(text: str, body: EntityIndex) -> list[tuple[int, int, str]]:
    """(start, end, key) of every name of a post's person in the comment."""
    found: list[tuple[int, int, str]] = []
    names: list[tuple[str, str, bool]] = []  # (alias, key, case-insensitive)
    first_names: dict[str, set[str]] = {}
    for key, cluster in body.people.items():
        if key not in body.entities:
            continue
        for alias in cluster.aliases | {body.entities[key].name}:
            names.append((alias, key, len(alias) >= _MIN_LOWERCASE_ALIAS))
        first_names.setdefault(cluster.parts[0], set()).add(key)
    # Short forms: "Ben" for Benjamin, "Nat" for Natalie, when only one of the post's people fits.
    for token in set(re.findall(r"\b[A-Z][a-z]{2,}\b", text)):
        owners = {k for first, keys in first_names.items() if first.startswith(token) for k in keys}
        if len(owners) == 1 and len(token) >= _MIN_SHORT_FORM:
            names.append((token, next(iter(owners)), False))
    taken: list[tuple[int, int]] = []
    for alias, key, fold in sorted(names, key=lambda n: -len(n[0])):
        flags = re.IGNORECASE if fold else 0
        for m in re.finditer(rf"(?<![\w@-]){re.escape(alias)}(?![\w-])", text, flags):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), key))
    return found


def _org_variants(name: str) -> set[str]:
    """ "New York City Ballet" → also "NYC Ballet", "NY Ballet", "New York Ballet"."""
    variants = {name}
    for short, full in relation_lexicon().places.items():
        for variant in list(variants):
            if full in variant:
                variants.add(variant.replace(full, short))
            if "City" in full and full in variant:
                variants.add(variant.replace(full, full.replace(" City", "")))
    variants |= {v.replace(" City ", " ") for v in variants}  # "Halvard City Ballet" → "Halvard Ballet"
    for variant in list(variants):
        for short, full in relation_lexicon().places.items():
            if full in variant:
                variants.add(variant.replace(full, short))
    return {v for v in variants if len(v) >= 4}


def comment_index(
    parsed_comment: Any, body_index: EntityIndex, handles: Collection[str] = ()
) -> CommentIndex:
    """The comment's entities: the post's people under their keys, its own places, works and organisations."""
    text: str = parsed_comment.text
    own = find_entities(parsed_comment)
    handle_words = {h.casefold() for h in handles} | {h.split()[0].casefold() for h in handles if h.split()}
    # A name addressed ("You said it, Jo!", "@Ben") is a reader spoken to, not a person talked about.
    spans = [s for s in _body_person_spans(text, body_index) if not _vocative(text, s[0], s[1])]
    # Every person of the post is known, so a pronoun may stand for one the comment never names.
    people: dict[str, PersonCluster] = {
        k: c for k, c in body_index.people.items() if k in body_index.entities
    }
    entities: dict[str, Entity] = {k: body_index.entities[k] for k in people}
    mentions: list[Mention] = []
    for start, end, key in spans:
        mentions.append(Mention(key, text[start:end], Span(start, end)))
    taken = [(s, e) for s, e, _ in spans]
    # The post's organisations under the names readers shorten them to ("NY ballet").
    for key, entity in body_index.entities.items():
        if entity.kind not in ("organisation", "outlet"):
            continue
        for variant in sorted(_org_variants(entity.name) | entity.aliases, key=len, reverse=True):
            rx = rf"(?<![\w-])(?:the\s+)?{re.escape(variant)}(?![\w-])"
            for m in re.finditer(rx, text, re.IGNORECASE):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                entities[key] = entity
                mentions.append(Mention(key, m.group(0), Span(m.start(), m.end())))
    unknown: set[str] = set()
    for mention in own.mentions:
        s, e = mention.span.start, mention.span.end
        if any(ts < e and s < te for ts, te in taken):
            continue
        if mention.entity.startswith("person:"):
            if mention.text.casefold() in handle_words or _vocative(text, s, e):
                continue  # a handle addressed, never a person of the story
            key = "unknown-" + mention.entity
            unknown.add(key)
            cluster = own.people[mention.entity]
            people[key] = replace(cluster, key=key)
            entities[key] = replace(own.entities[mention.entity], key=key)
            mentions.append(Mention(key, mention.text, mention.span))
        else:
            entities.setdefault(mention.entity, own.entities[mention.entity])
            mentions.append(mention)
        taken.append((s, e))
    return CommentIndex(
        entities=entities,
        mentions=sorted(mentions, key=lambda m: m.span.start),
        people=people,
        text=text,
        roles={},
        body=body_index,
        private=_any("private", text) is not None,
        unknown=unknown,
    )


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _sentence_of(text: str, offset: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"[.!?…]+[\"”’)]*\s*|\n+", text)]
    start = max(s for s in starts if s <= offset)
    ends = [m.end() for m in re.finditer(r"[.!?…]+[\"”’)]*|\n", text) if m.end() > offset]
    return start, (min(ends) if ends else len(text))


def _modality(sentence: str, attribution: Attribution, cue_end: int) -> Modality:
    found = modality_of(sentence, attribution, "", cue_end)
    if found != "asserted":
        return found
    head = sentence[: cue_end + 40]
    if _any("guesses", head):
        return "speculated"
    if _any("hearsay", sentence):
        return "hedged"
    return "asserted"


def _person_before(index: CommentIndex, text: str, offset: int) -> tuple[str, int, int] | None:
    """The person (key, start, end) named or pronounced right before `offset`, in its sentence."""
    start, _ = _sentence_of(text, offset)
    named = [m for m in index.mentions if m.entity in index.people and start <= m.span.start < offset]
    pronouns = [p for p in _PRONOUN.finditer(text, start, offset) if p.group(0).lower() in ("he", "she")]
    last_name = named[-1] if named else None
    last_pronoun = pronouns[-1] if pronouns else None
    if last_pronoun is not None and (last_name is None or last_pronoun.start() > last_name.span.start):
        key = index.resolve_pronoun(last_pronoun.group(0), last_pronoun.start())
        return (key, last_pronoun.start(), last_pronoun.end()) if key else None
    if last_name is not None:
        return last_name.entity, last_name.span.start, last_name.span.end
    return None


@dataclass
class _Draft:
    subject: str
    predicate: str
    object: str | None
    value: str | None
    start: int
    end: int
    end_date: DateValue | None = None


def _own_rules(index: CommentIndex, text: str, report_date: DateValue | None) -> list[_Draft]:
    """Ages, being somewhere, an earlier marriage: what readers say that articles phrase otherwise."""
    drafts: list[_Draft] = []
    people = [m for m in index.mentions if m.entity in index.people]
    refs = [(m.entity, m.span.start, m.span.end) for m in people]
    for p in _PRONOUN.finditer(text):
        if p.group(0).lower() in ("he", "she"):
            key = index.resolve_pronoun(p.group(0), p.start())
            if key is not None:
                refs.append((key, p.start(), p.end()))
    places = [m for m in index.mentions if m.entity.startswith("place:")]
    for key, start, end in sorted(refs, key=lambda r: r[1]):
        after = text[end : end + 80].replace("’", "'")
        for rx in _cue("age"):
            m = rx.match(after)
            if m and 10 <= int(m.group("age")) <= 99:
                drafts.append(_Draft(key, "age", None, m.group("age"), start, end + m.end()))
                break
        for rx in _cue("married_before"):
            m = rx.match(after)
            if m:
                drafts.append(_Draft(key, "spouse", None, None, start, end + m.end(), end_date=report_date))
                break
        for place in places:
            gap = text[end : place.span.start].replace("’", "'")
            if place.span.start > end and any(rx.match(gap) for rx in _cue("residence")):
                drafts.append(_Draft(key, "residence", place.entity, None, start, place.span.end))
                break
    return drafts


def comment_claims(
    comment: Comment,
    parsed_comment: Any,
    body_index: EntityIndex,
    report_date: DateValue | None,
    handles: Collection[str] = (),
) -> list[Claim]:
    """What one comment asserts about the post's people, attributed to its writer.

    `parsed_comment` is the comment's text parsed by the same spaCy pipeline as the body;
    `handles` are the thread's commenter names (addressed names are never people)."""
    text = comment.text
    index = comment_index(parsed_comment, body_index, {comment.author, *handles})
    attribution = Attribution(source_kind="commenter", speaker=comment.author)
    quotes = _quoted(text)
    voices = [
        Voice(s, e, Attribution(source_kind="commenter", speaker=comment.author, cue="quoted"))
        for s, e in quotes
    ]
    attributor = Attributor(voices, attribution)
    times = tag_times(text, report_date)
    claims, _ = _extract_once(parsed_comment, index, attributor, times, report_date)
    drafts = [
        _Draft(_key(index, c.subject), c.predicate, c.object, c.value, c.span.start, c.span.end, c.end)
        for c in claims
    ]
    dated = {(c.span.start, c.span.end, c.predicate): c.date for c in claims}
    drafts += [d for d in _own_rules(index, text, report_date) if not _covered(d, drafts)]
    out: list[Claim] = []
    seen: set[tuple[str, str, str | None, str | None]] = set()
    for draft in drafts:
        claim = _finish(draft, index, text, comment, attribution, quotes, dated, report_date)
        if claim is None:
            continue
        key = (claim.subject, claim.predicate, claim.object, claim.value)
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return out


def _known_object(key: str, index: CommentIndex) -> bool:
    """A person or organisation the post names, a place, or a work or organisation that reads as one."""
    body = index.body
    if key in index.unknown or body is None:
        return False
    if key.startswith("person:"):
        return key in body.people
    if key in body.entities or key.startswith(("place:", "work:")):
        return True
    words = index.entities[key].name.split() if key in index.entities else []
    return bool(words) and words[-1] in relation_lexicon().org_heads


def _key(index: CommentIndex, name: str) -> str:
    return next((k for k, e in index.entities.items() if e.name == name), name)


def _covered(draft: _Draft, drafts: list[_Draft]) -> bool:
    return any(d.subject == draft.subject and d.predicate == draft.predicate for d in drafts)


def _finish(
    draft: _Draft,
    index: CommentIndex,
    text: str,
    comment: Comment,
    attribution: Attribution,
    quotes: list[tuple[int, int]],
    dated: dict[tuple[int, int, str], DateValue | None],
    report_date: DateValue | None,
) -> Claim | None:
    """The claim a draft makes, or None when no one the post names carries it or it is not the writer's."""
    body = index.body
    if body is None or draft.subject not in body.people:
        return None  # nobody the post knows: a commenter claim needs a known person
    obj_key = _key(index, draft.object) if draft.object else None
    if obj_key is not None and not _known_object(obj_key, index):
        return None
    if any(s <= draft.start < e for s, e in quotes):
        return None  # quoting the article or another reader, not claiming
    s_start, s_end = _sentence_of(text, draft.start)
    sentence = text[s_start:s_end].strip()
    if (
        sentence.endswith("?")
        or is_framed("sarcasm", normalise(sentence))
        or is_framed("mention", normalise(sentence))
    ):
        return None
    if _any("irrealis", text[s_start : draft.end].replace("’", "'")):
        return None  # "if they break up", "he'll probably …": not a claim about what is
    modality = _modality(text[s_start:s_end], attribution, draft.end - s_start)
    date = dated.get((draft.start, draft.end, draft.predicate))
    if date is None and draft.predicate in ("age", "residence"):
        date = report_date
    obj_name = index.entities[obj_key].name if obj_key and obj_key in index.entities else draft.object
    return Claim(
        subject=body.name(draft.subject),
        predicate=draft.predicate,
        object=obj_name,
        value=draft.value,
        date=date,
        end=draft.end_date,
        attribution=Attribution(**vars(attribution)),
        modality=modality,
        evidence=text[draft.start : max(draft.end, draft.start)].strip()[:300] or sentence[:300],
        sentence=sentence[:1000],
        span=Span(draft.start, draft.end, comment=comment.n),
        report_date=report_date,
    )


# -- disputes ---------------------------------------------------------------------------------


def _ended(claim: Claim) -> bool:
    words = f"{claim.evidence} {claim.sentence}"
    return claim.end is not None or _any("ended_job", words) is not None


def _ongoing(claim: Claim) -> bool:
    return claim.end is None and _any("ended_job", claim.evidence) is None and claim.modality != "denied"


def _same(a: Claim, b: Claim) -> bool:
    return a.subject == b.subject and a.predicate == b.predicate and a.object == b.object


def _contradiction(said: Claim, body: Claim) -> str | None:
    """Why a commenter's claim contradicts a body claim, or None."""
    if said.predicate == "employer" and _same(said, body) and _ongoing(said) and _ended(body):
        return (
            f"the post says {body.subject} left {body.object}; "
            f"the commenter says {said.subject} still works for it ({said.evidence!r})"
        )
    if (
        said.predicate == "employer"
        and _same(said, body)
        and said.end is not None
        and body.end is None
        and not _ended(body)
    ):
        return (
            f"the commenter says {said.subject} left {said.object}; the post says {said.subject} works there"
        )
    if (
        said.predicate == "age"
        and body.predicate == "age"
        and said.subject == body.subject
        and said.value != body.value
        and said.report_date == body.report_date
    ):
        return f"the post gives {body.subject}'s age as {body.value}; the commenter says {said.value}"
    if (
        _same(said, body)
        and said.value == body.value
        and said.modality == "denied"
        and body.modality != "denied"
    ):
        return f"the commenter denies that {body.subject} {body.predicate} {body.object or body.value}"
    return None


def _content_words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _STOP}


def _names_subject(comment: Comment, subject: str) -> bool:
    parts = [p for p in subject.split() if len(p) >= _MIN_SHORT_FORM]
    words = {w.lower() for w in _WORD.findall(comment.text) if len(w) >= _MIN_SHORT_FORM}
    return any(p.lower().startswith(w) for p in parts for w in words)


def _topic_words(claim: Claim) -> set[str]:
    topics: dict[str, list[str]] = thread_cues()["commenter"]["topics"]
    words = {w.lower() for w in topics.get(claim.predicate, [])}
    return words | _content_words(claim.object or "") | ({claim.value} if claim.value else set())


def _rejections(
    comments: Iterable[Comment], body_claims: Sequence[Claim], said_by: dict[int, list[Claim]]
) -> list[tuple[Claim, Claim, str]]:
    """ "This is a bogus article … he's still working": a rejection cue plus a body claim it touches.

    The cue's sentence and the next must name the claim's object or a word of its predicate, and
    the comment must not itself repeat the claim."""
    found: list[tuple[Claim, Claim, str]] = []
    for comment in comments:
        text = comment.text.replace("’", "'")
        cue = _any("rejections", text)
        if cue is None or _QUOTE.search(text[max(0, cue.start() - 40) : cue.end() + 1]):
            continue
        s_start, s_end = _sentence_of(text, cue.start())
        _, next_end = _sentence_of(text, min(len(text) - 1, s_end + 1)) if s_end < len(text) else (0, s_end)
        window = _content_words(text[s_start:next_end]) | {
            w.lower() for w in _WORD.findall(text[s_start:next_end])
        }
        own = said_by.get(comment.n, [])
        for body in body_claims:
            if body.attribution.source_kind == "commenter" or body.modality == "denied":
                continue
            if any(_same(c, body) and c.value == body.value and _agrees(c, body) for c in own):
                continue  # the reader repeats this one ("Ben is in LA")
            touches = _names_subject(comment, body.subject) or any(c.subject == body.subject for c in own)
            overlap = window & _topic_words(body)
            if not touches or not overlap:
                continue
            denial = Claim(
                subject=body.subject,
                predicate=body.predicate,
                object=body.object,
                value=body.value,
                date=None,
                end=None,
                attribution=Attribution(source_kind="commenter", speaker=comment.author, cue=cue.group(0)),
                modality="denied",
                evidence=comment.text[cue.start() : cue.end()],
                sentence=comment.text[s_start:s_end].strip()[:1000],
                span=Span(cue.start(), cue.end(), comment=comment.n),
                report_date=body.report_date,
            )
            reason = (
                f"the commenter calls the post {cue.group(0)!r} about {body.subject} "
                f"({', '.join(sorted(overlap)[:4])})"
            )
            found.append((denial, body, reason))
    return found


def _agrees(said: Claim, body: Claim) -> bool:
    if said.modality == "denied":
        return False
    if said.predicate == "employer":
        return _ended(said) == _ended(body)
    return True


def backings(comment_claims: Sequence[Claim], body_claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """(commenter claim, body claim) for each body claim a reader repeats and agrees with ("Ben is
    in LA now"): the same fact, the same value, an ended job against an ended job, never a denial.

    A reader's word backs nothing as evidence; it shows which of the post's claims readers take up."""
    found: list[tuple[Claim, Claim]] = []
    for said in comment_claims:
        if said.span.comment is None or said.modality == "denied":
            continue
        for body in body_claims:
            if body.attribution.source_kind == "commenter" or body.modality == "denied":
                continue
            if _same(said, body) and said.value == body.value and _agrees(said, body):
                found.append((said, body))
    return found


def disputes(
    comment_claims: Sequence[Claim], body_claims: Sequence[Claim], comments: Iterable[Comment] = ()
) -> list[tuple[Claim, Claim, str]]:
    """(commenter claim, body claim, reason) for each body claim a reader contradicts.

    A contradiction is a claim of the same kind that cannot hold with the body's (still employed
    against "quit", another age, a denial); with `comments`, a comment rejecting the post ("bogus
    article", "not true") disputes the body claims about the people and things it names, and the
    first element is then a denial made for it (modality "denied", span in that comment)."""
    found: list[tuple[Claim, Claim, str]] = []
    seen: set[tuple[int | None, int]] = set()
    for said in comment_claims:
        for body in body_claims:
            if body.attribution.source_kind == "commenter":
                continue
            reason = _contradiction(said, body)
            if reason and (said.span.comment, id(body)) not in seen:
                seen.add((said.span.comment, id(body)))
                found.append((said, body, reason))
    said_by: dict[int, list[Claim]] = {}
    for claim in comment_claims:
        if claim.span.comment is not None:
            said_by.setdefault(claim.span.comment, []).append(claim)
    for denial, body, reason in _rejections(comments, body_claims, said_by):
        if (denial.span.comment, id(body)) not in seen:
            seen.add((denial.span.comment, id(body)))
            found.append((denial, body, reason))
    return found
