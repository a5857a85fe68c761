"""A comment thread summed up: counts, stance shares, civility, replies, arguments, disputes.

`summarise(document, reactions, comment_claims, body_claims)` is what the CLI and the export show
under a story.  Arguments are grouped by the cue families of data/stance.toml [arguments]; a comment
no family covers joins others that share one of its keywords.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from allegedly.model import Claim, Comment, Document, Reaction, StanceLabel
from allegedly.understand.commenter import backings, disputes
from allegedly.understand.reaction_lexicon import Lexicon, load, normalise, sentences

# How many most-replied comments the summary lists.
MOST_REPLIED = 5
# Longest example excerpt, in characters.
EXCERPT_CHARS = 160
# A keyword group needs at least this many comments; smaller ones go to "other".
MIN_KEYWORD_GROUP = 2
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
_STOP = frozenset(
    [
        "that",
        "this",
        "with",
        "what",
        "have",
        "just",
        "they",
        "them",
        "their",
        "there",
        "then",
        "than",
        "when",
        "were",
        "will",
        "would",
        "could",
        "should",
        "about",
        "because",
        "been",
        "being",
        "from",
        "into",
        "more",
        "most",
        "much",
        "only",
        "other",
        "some",
        "such",
        "very",
        "your",
        "you're",
        "it's",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "can't",
        "like",
        "know",
        "think",
        "really",
        "even",
        "also",
        "still",
        "here",
        "going",
        "want",
        "wants",
        "make",
        "makes",
        "made",
        "people",
        "thing",
        "things",
        "something",
        "anything",
        "nothing",
        "every",
        "everyone",
        "everybody",
        "article",
        "post",
        "story",
        "time",
        "year",
        "years",
        "well",
        "good",
        "great",
        "sure",
        "right",
        "yeah",
        "actually",
        "probably",
        "maybe",
    ]
)


@dataclass
class ArgumentGroup:
    """Comments on one side that make the same point."""

    label: str
    comments: list[int]
    example: str  # an excerpt of the first comment, around the words that put it here
    example_comment: int


@dataclass
class Reply:
    n: int
    author: str
    replies: int


@dataclass
class ReadersOnFact:
    """A fact of the post that readers take up (`disputed`: contradict; `backed`: repeat and
    agree with), with the comments that do and, per comment, why or in which words."""

    subject: str
    predicate: str
    object: str | None
    value: str | None
    evidence: str  # the post's words (its first statement of the fact)
    comments: list[int]
    reasons: list[str]
    # Every statement of the fact in the post: a gossip post often says it twice ("Allegedly,
    # he's quit." and later "he retired from his position"), and readers dispute the fact, not
    # one sentence of it, so the fact is listed once with all its wordings.
    post_evidence: list[str] = field(default_factory=list)


@dataclass
class ThreadSummary:
    """What a thread says, in numbers and groups; `to_dict()` is JSON-able."""

    comments: int
    declared: int | None  # "47 Responses" as the page said
    replies: int  # comments answering an earlier comment
    replies_to_author: int
    stance_counts: dict[str, dict[StanceLabel, int]] = field(default_factory=dict)
    stance_shares: dict[str, dict[StanceLabel, float]] = field(default_factory=dict)
    toxic: int = 0
    civility_rate: float = 1.0  # share of comments not toxic; 1.0 for an empty thread
    categories: dict[str, int] = field(default_factory=dict)
    most_replied: list[Reply] = field(default_factory=list)
    arguments: dict[str, dict[str, list[ArgumentGroup]]] = field(default_factory=dict)  # target → side
    disputed: list[ReadersOnFact] = field(default_factory=list)
    backed: list[ReadersOnFact] = field(default_factory=list)
    commenter_claims: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _families(side: str) -> tuple[tuple[str, Lexicon], ...]:
    table: dict[str, list[str]] = load("stance.toml")["arguments"][side]
    return tuple((label, Lexicon.of(cues)) for label, cues in table.items())


def _excerpt(text: str, words: str | None) -> str:
    """The sentence holding `words` (or the first sentence), cut to EXCERPT_CHARS."""
    found = sentences(text)
    chosen = found[0] if found else text
    if words:
        for sentence in found:
            if words in normalise(sentence):
                chosen = sentence
                break
    chosen = " ".join(chosen.split())
    return chosen if len(chosen) <= EXCERPT_CHARS else chosen[: EXCERPT_CHARS - 1].rstrip() + "…"


def _keywords(text: str, names: set[str]) -> set[str]:
    return {w.strip("'-") for w in _WORD.findall(normalise(text))} - _STOP - names


def group_arguments(
    comments: Sequence[Comment], side: str, names: set[str] | None = None
) -> list[ArgumentGroup]:
    """Comments of one side grouped: first by cue family (most used first), then by a shared keyword."""
    names = names or set()
    groups: list[ArgumentGroup] = []
    rest: list[Comment] = []
    hits: dict[str, list[tuple[Comment, str]]] = {}
    for comment in comments:
        text = normalise(comment.text)
        matched = [(label, found[0][0]) for label, lex in _families(side) if (found := lex.find(text))]
        if not matched:
            rest.append(comment)
            continue
        for label, cue in matched:
            hits.setdefault(label, []).append((comment, cue))
    placed: set[int] = set()
    for label in sorted(hits, key=lambda lab: -len(hits[lab])):
        members = [(c, cue) for c, cue in hits[label] if c.n not in placed]
        if not members:
            continue
        placed |= {c.n for c, _ in members}
        first, cue = members[0]
        groups.append(ArgumentGroup(label, [c.n for c, _ in members], _excerpt(first.text, cue), first.n))
    # Comments no family covers: the keyword most of them share, greedily.
    words = {c.n: _keywords(c.text, names) for c in rest}
    pending = list(rest)
    while pending:
        counts = Counter(w for c in pending for w in words[c.n])
        best = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=None)
        if best is None or best[1] < MIN_KEYWORD_GROUP:
            break
        sharing = [c for c in pending if best[0] in words[c.n]]
        groups.append(
            ArgumentGroup(best[0], [c.n for c in sharing], _excerpt(sharing[0].text, best[0]), sharing[0].n)
        )
        pending = [c for c in pending if c not in sharing]
    if pending:
        groups.append(
            ArgumentGroup("other", [c.n for c in pending], _excerpt(pending[0].text, None), pending[0].n)
        )
    return groups


def _in_words(said: Claim) -> str:
    """A reader's words for a fact, marked when only guessed ("He may have quit": speculated)."""
    return said.evidence if said.modality == "asserted" else f"{said.evidence} ({said.modality})"


def _by_fact(found: Sequence[tuple[Claim, Claim, str]]) -> list[ReadersOnFact]:
    """One entry per fact of the post readers take up, however many of its sentences state it."""
    by_fact: dict[tuple[str, str, str | None, str | None], ReadersOnFact] = {}
    for said, body, reason in found:
        key = (body.subject, body.predicate, body.object, body.value)
        entry = by_fact.setdefault(
            key, ReadersOnFact(body.subject, body.predicate, body.object, body.value, body.evidence, [], [])
        )
        if body.evidence not in entry.post_evidence:
            entry.post_evidence.append(body.evidence)
        if said.span.comment is not None and said.span.comment not in entry.comments:
            entry.comments.append(said.span.comment)
            entry.reasons.append(reason)
    return list(by_fact.values())


def summarise(
    document: Document,
    reactions: Sequence[Reaction],
    comment_claims: Sequence[Claim],
    body_claims: Sequence[Claim] = (),
) -> ThreadSummary:
    """The thread of one analysed document summed up; shares per target sum to 1 when it has comments."""
    comments = document.comments
    summary = ThreadSummary(
        comments=len(comments),
        declared=document.declared_comment_count,
        replies=sum(1 for c in comments if c.reply_to is not None),
        replies_to_author=sum(1 for c in comments if c.reply_to_author),
        commenter_claims=len(comment_claims),
    )
    by_n = {c.n: c for c in comments}
    sides: dict[str, dict[str, list[Comment]]] = {}
    for reaction in reactions:
        for stance in reaction.stances:
            counts = summary.stance_counts.setdefault(stance.target, {"pro": 0, "con": 0, "neutral": 0})
            counts[stance.label] += 1
            if stance.label != "neutral" and reaction.comment in by_n:
                sides.setdefault(stance.target, {}).setdefault(stance.label, []).append(
                    by_n[reaction.comment]
                )
    for target, counts in summary.stance_counts.items():
        total = sum(counts.values())
        summary.stance_shares[target] = {k: round(v / total, 3) for k, v in counts.items()}
    summary.toxic = sum(1 for r in reactions if r.toxic)
    if reactions:
        summary.civility_rate = round(1 - summary.toxic / len(reactions), 3)
    summary.categories = dict(Counter(c for r in reactions for c in r.categories))
    replied = Counter(c.reply_to for c in comments if c.reply_to is not None)
    summary.most_replied = [
        Reply(n, by_n[n].author if n in by_n else "", count)
        for n, count in sorted(replied.items(), key=lambda kv: (-kv[1], kv[0]))[:MOST_REPLIED]
    ]
    for target, by_side in sides.items():
        names = {w.lower() for w in target.split()}
        summary.arguments[target] = {
            side: group_arguments(by_side[side], side, names) for side in ("pro", "con") if side in by_side
        }
    summary.disputed = _by_fact(disputes(comment_claims, body_claims, comments))
    # A fact some readers dispute and others repeat is in both lists: readers split on it.
    backed = backings(comment_claims, body_claims)
    summary.backed = _by_fact([(said, body, _in_words(said)) for said, body in backed])
    return summary
