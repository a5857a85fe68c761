"""The items that flow between stages, written once.

read ─► thread ─► understand ─► store ─► present.  Each stage takes the item on its left
and returns the one on its right; nothing here knows about spaCy or SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["year", "month", "day"]
DateSource = Literal["header", "metadata", "inferred", "none"]
EntityKind = Literal["person", "organisation", "outlet", "work", "place"]
SourceKind = Literal["narration", "author_opinion", "on_record", "anonymous", "outlet", "commenter"]
Modality = Literal["asserted", "hedged", "speculated", "denied"]
StanceLabel = Literal["pro", "con", "neutral"]

# The vocabulary of the evaluation view (CONTRACT.md).
CONTRACT_PREDICATES: tuple[str, ...] = (
    "spouse",
    "engaged",
    "partner",
    "affair",
    "separated",
    "divorced",
    "met",
    "child",
    "employer",
    "residence",
    "appeared_in",
    "choreographed",
    "owns",
    "age",
)
# Everything the store keeps: the contract's vocabulary, plus a person's date of birth
# ("born", its value the date), which dates ages and children.
PREDICATES: tuple[str, ...] = (*CONTRACT_PREDICATES, "born")
# Relations that read the same in both directions (CONTRACT.md).
SYMMETRIC_PREDICATES = frozenset({"spouse", "engaged", "partner", "affair", "separated", "divorced", "met"})

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, order=True)
class DateValue:
    """A calendar date known to a precision: "2011", "2011-06" or "2011-06-17"."""

    value: str

    def __post_init__(self) -> None:
        if not _DATE_RE.match(self.value):
            raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {self.value!r}")

    @property
    def precision(self) -> Precision:
        return {4: "year", 7: "month", 10: "day"}[len(self.value)]  # type: ignore[return-value]

    @property
    def year(self) -> int:
        return int(self.value[:4])

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Published:
    """When a document was published, and how we know."""

    date: DateValue | None
    source: DateSource = "none"
    note: str | None = None  # how it was inferred, in words a user can check


@dataclass
class RawComment:
    """A reader comment as a reader found it (before reply links are resolved)."""

    n: int  # 1-based position in the thread
    author: str
    text: str
    timestamp: str | None = None
    parent_n: int | None = None  # explicit nesting from markup or JSON, when given


@dataclass
class RawDocument:
    """What a reader hands on: text and metadata, nothing interpreted yet."""

    path: str  # where it came from (file path, or path#line for JSON Lines)
    file_name: str  # basename of the input file (the eval view's key)
    format: Literal["text", "html", "jsonl"]
    text: str  # main text; for plain text, everything after the header lines
    headline: str | None = None
    url: str | None = None
    author: str | None = None
    site_name: str | None = None
    published_raw: str | None = None  # as the page or header gave it
    published_source: DateSource = "none"
    comments: list[RawComment] | None = None  # None: not separated yet (thread stage does it)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Comment:
    """One reader comment, with its reply link resolved."""

    n: int
    author: str
    text: str
    timestamp: str | None = None
    reply_to: int | None = None  # number of the earlier comment it answers
    reply_to_author: bool = False  # it answers the post's writer ("yo Bijou", "you said it all VR")
    reply_cue: str | None = None  # the words that showed the link ("@Maya", "#11 Embertine")


@dataclass
class Document:
    """A document with its thread separated: the unit that is understood and stored."""

    path: str
    file_name: str
    format: Literal["text", "html", "jsonl"]
    headline: str | None
    body: str  # the post or article, without the comment thread
    url: str | None
    author: str | None
    site_name: str | None
    outlet: str | None  # canonical outlet name when known
    published: Published
    comments: list[Comment] = field(default_factory=list)
    declared_comment_count: int | None = None  # "47 Responses" as the page says
    content_hash: str = ""  # identity: sha256 of the normalised input content
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Span:
    """A character span of the body (comment is None) or of one comment's text."""

    start: int
    end: int
    comment: int | None = None


@dataclass
class Entity:
    """One real-world thing inside one document."""

    key: str  # document-local id, e.g. "person:ada-roe"
    name: str  # canonical (longest full) name
    kind: EntityKind
    aliases: set[str] = field(default_factory=set)


@dataclass
class Mention:
    entity: str  # Entity.key
    text: str
    span: Span
    kind: Literal["name", "pronoun", "description"] = "name"


@dataclass
class TimeExpression:
    """A temporal expression and, where it can be normalised, its value."""

    text: str
    span: Span
    kind: Literal["date", "duration", "age", "set", "relative"]
    value: DateValue | None  # None when it cannot be placed on a calendar
    anchor: str | None = None  # what it was resolved against ("publication", "2023-06")


@dataclass
class Attribution:
    """Who stands behind a claim."""

    source_kind: SourceKind
    speaker: str | None = None  # a named person, or a description ("an insider")
    outlet: str | None = None  # the publication the source spoke to or that reported it
    cue: str | None = None  # "a source tells", "according to", "allegedly"


@dataclass
class Claim:
    """One assertion in one place."""

    subject: str  # entity name
    predicate: str  # one of PREDICATES
    object: str | None  # entity name, or None when value is used
    value: str | None  # literal object (an age)
    date: DateValue | None  # event time: began / happened / held
    end: DateValue | None
    attribution: Attribution
    modality: Modality
    evidence: str  # the words that carry the claim
    sentence: str
    span: Span
    report_date: DateValue | None = None  # the document's publication date

    def born_person(self) -> str | None:
        """Whose birth this claim's date is: the child of a `child` claim ("son X, born D"),
        the subject of a `born` claim ("X (born D)"); None for every other claim."""
        if self.predicate == "child":
            return self.object
        if self.predicate == "born":
            return self.subject
        return None


@dataclass
class TimelineEvent:
    date: DateValue
    participants: list[str]
    summary: str
    span: Span | None = None


@dataclass
class Stance:
    target: str
    label: StanceLabel
    score: float = 0.0  # signed strength, > 0 pro


@dataclass
class Reaction:
    """How one comment reacts: stance toward the post's people, incivility."""

    comment: int
    stances: list[Stance] = field(default_factory=list)
    toxic: bool = False
    categories: list[str] = field(default_factory=list)  # insult, profanity, identity_attack, ...


@dataclass
class Analysis:
    """Everything understood about one document: what the store writes in one transaction."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
