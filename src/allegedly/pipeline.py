"""One document through every per-document stage: read output in, Analysis out.

Pure with respect to the store: what a document means depends only on its own text and on
`Knowledge` the caller passes in (birth dates other documents gave), so documents can be
analysed in parallel processes and the result stored in one transaction.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from allegedly.model import Analysis, Claim, Comment, DateValue, Document, Published, RawDocument
from allegedly.outlets import OutletTable, outlet_table
from allegedly.read import content_hash
from allegedly.thread import link_replies, separate_thread
from allegedly.understand import entities
from allegedly.understand.attribution import build_attributor
from allegedly.understand.commenter import comment_claims
from allegedly.understand.entities import EntityIndex, find_entities
from allegedly.understand.language import DEFAULT_MODEL, TEXT_KEY, load_pipeline
from allegedly.understand.reaction import Target, assess_comment
from allegedly.understand.relations import extract_claims
from allegedly.understand.time import infer_publication_date, parse_date_string, tag_times, writes_day_first
from allegedly.understand.timeline import build_timeline

# A publication naming itself in its own voice: "Our mission at STYLECASTER is ...".
_SELF_REFERENCE = re.compile(r"\b(?:our mission at|here at|we at|at|from)\s+$", re.IGNORECASE)
_FIRST_PERSON_PLURAL = re.compile(r"\b(our|we|us)\b", re.IGNORECASE)
_SELF_NAMED = re.compile(
    r"\b(?:[Oo]ur mission at|[Hh]ere at|At)\s+(?P<name>(?:The\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    r"(?:,\s+(?:our|we)\b|\s+is\s+to\b)"
)


# Documents parsed together by spaCy's pipe: enough to batch its matrix work, small enough
# that an undated document waits little for the dated ones that date it.
BATCH_SIZE = 16


@dataclass
class Knowledge:
    """What other documents established, used to date undated ones: child → birth date."""

    births: dict[str, DateValue] = field(default_factory=dict)

    def learn(self, analysis: Analysis) -> None:
        self.learn_claims(analysis.claims)

    def learn_claims(self, claims: Iterable[Claim]) -> None:
        """Keep the most precise birth date each claim gives: "son X, born D" (a child claim)
        and "X (born D)" both date a birth."""
        for claim in claims:
            born = claim.born_person()
            if born and claim.date and claim.date.precision != "year":
                current = self.births.get(born)
                if current is None or len(claim.date.value) > len(current.value):
                    self.births[born] = claim.date


def _gender(value: str | None) -> Literal["m", "f"] | None:
    return "m" if value == "m" else "f" if value == "f" else None


# "03/02/2025": a header date whose day and month only the text's own habits tell apart.
_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\b")


def _may_hold(folded: str | None, alias: str) -> bool:
    """False only where the ASCII text whose lower case is `folded` cannot hold `alias` in any
    case: `re.IGNORECASE` matches ASCII letters only to ASCII letters and a few non-ASCII ones
    ("K" for "k", "ſ" for "s", "ı" for "i") that an ASCII text lacks."""
    return folded is None or not alias.isascii() or alias.lower() in folded


def _ascii_word_at(text: str, at: int) -> bool:
    """Whether an ASCII text has a word character (`\\w`: a letter, a digit or "_") at `at`."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _first_standing(headline: str, folded: str | None, alias: str) -> int | None:
    """Where `alias` first stands alone in `headline` (no word character on either side), in any
    case: the first match of `(?<!\\w)ALIAS(?!\\w)` under `re.IGNORECASE`. An ASCII alias in an ASCII
    headline (`folded`, its lower case) is looked for in the lower cases, where the regex
    matches the same places (its case-blind ASCII letters match only ASCII letters there): a
    regex made of each document's names costs a compile and evicts others from `re`'s cache."""
    if folded is not None and alias.isascii():
        wanted = alias.lower()
        at = folded.find(wanted)
        while at >= 0:
            if not _ascii_word_at(folded, at - 1) and not _ascii_word_at(folded, at + len(wanted)):
                return at
            at = folded.find(wanted, at + 1)
        return None
    if not _may_hold(folded, alias):
        return None
    found = re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", headline, re.IGNORECASE)
    return found.start() if found else None


def _story_people(index: EntityIndex, headline: str | None) -> list[str]:
    """The post's main people: whoever the headline names first, then the most mentioned. A
    shouted headline ("KENZIE SAID YES") names people in capitals: matched regardless of case."""
    people = index.main_people(3)[:2]
    folded = headline.lower() if headline and headline.isascii() else None

    def headline_position(key: str) -> int:
        if not headline:
            return len(people)
        positions = [
            at
            for alias in index.entities[key].aliases
            if (at := _first_standing(headline, folded, alias)) is not None
        ]
        return min(positions) if positions else 10_000

    return sorted(people, key=headline_position)


def _with_text(doc: Any, text: str) -> Any:
    """The parse of `text`, its text (`language.doc_text`) known: spaCy's tokens keep every
    character, so the parse's text is `text`, and need not be rebuilt from every token."""
    doc.user_data.setdefault(TEXT_KEY, text)
    return doc


class Pipeline:
    """Reads meaning out of documents with one loaded spaCy pipeline."""

    def __init__(self, model: str = DEFAULT_MODEL, outlets: OutletTable | None = None) -> None:
        self.model = model
        self.nlp = load_pipeline(model)
        self.outlets = outlets or outlet_table()
        # The name-gender table takes ~0.6 s to read: read it with the model, not inside the
        # first document that happens to need it (a batch's latency, not its total, changes).
        entities.preload()
        # The model and the tables are read for good: moved out of the garbage collector's
        # generations, they are no longer walked by every full collection, which the rules'
        # many small objects set off (~6 % of the understanding's time on 100 celebrity
        # documents). Frozen objects are still freed when nothing refers to them; only a
        # reference cycle among what exists now would stay.
        gc.freeze()

    def _outlet(self, raw: RawDocument, body: str) -> str | None:
        for hint in (raw.site_name, raw.url):
            found = self.outlets.lookup(hint)
            if found is not None:
                return found.name
        if raw.site_name:
            return raw.site_name
        for start, _, outlet in self.outlets.find(body):
            if _SELF_REFERENCE.search(body[max(0, start - 20) : start]) and _FIRST_PERSON_PLURAL.search(
                body[max(0, start - 20) : start + 120]
            ):
                return outlet.name
        # A publication missing from the table still names itself: "At The Scoopline, our editors".
        match = _SELF_NAMED.search(body)
        if match:
            known = self.outlets.lookup(match.group("name"))
            return known.name if known else match.group("name")
        return None

    def _published(self, raw: RawDocument, body: str, knowledge: Knowledge) -> Published:
        if raw.published_raw:
            # the text's own date order is read only for a numeric date either order allows
            ambiguous = _NUMERIC_DATE.match(raw.published_raw.strip()) is not None
            parsed = parse_date_string(raw.published_raw, day_first=ambiguous and writes_day_first(body))
            if parsed is not None:
                return Published(parsed, raw.published_source)
        inferred = infer_publication_date(body, knowledge.births)
        return inferred or Published(None, "none", "no date in the header, metadata or content")

    def analyse(self, raw: RawDocument, knowledge: Knowledge | None = None) -> Analysis:
        """Everything one document says, with every claim attributed and dated."""
        document = self.prepare(raw, knowledge or Knowledge())
        return self._understand(document, _with_text(self.nlp(document.body), document.body))

    def prepare(self, raw: RawDocument, knowledge: Knowledge) -> Document:
        """The read document with its thread separated, outlet and publication date known."""
        if raw.comments is None:
            split = separate_thread(raw.text)
            body, raw_comments, declared = split.body, split.comments, split.declared_count
        else:
            body, raw_comments, declared = raw.text, raw.comments, None
        outlet = self._outlet(raw, body)
        published = self._published(raw, body, knowledge)
        post_authors = {name for name in (raw.author, outlet) if name}
        found = self.outlets.lookup(outlet) if outlet else None
        if found is not None:
            post_authors |= set(found.aliases)
        comments: list[Comment] = link_replies(raw_comments, post_authors)
        document = Document(
            path=raw.path,
            file_name=raw.file_name,
            format=raw.format,
            headline=raw.headline,
            body=body,
            url=raw.url,
            author=raw.author,
            site_name=raw.site_name,
            outlet=outlet,
            published=published,
            comments=comments,
            declared_comment_count=declared,
            content_hash=content_hash(raw),
            warnings=list(raw.warnings),
        )
        return document

    def _understand(self, document: Document, parsed: Any) -> Analysis:
        outlets = self.outlets.including(document.outlet)
        index = find_entities(parsed, outlets)
        anchor = document.published.date
        times = tag_times(document.body, anchor)
        attributor = build_attributor(parsed, index, outlets, document.outlet)
        claims, explicit, deaths = extract_claims(parsed, index, attributor, times, anchor, document.headline)
        analysis = Analysis(
            document=document,
            entities=list(index.entities.values()),
            mentions=index.mentions,
            times=times,
            claims=claims,
        )
        analysis.timeline = build_timeline(analysis, explicit, parsed, deaths)
        # Readers' own claims join after the timeline: a comment is a claim, not an event.
        analysis.claims += self._commenter_claims(document, index, anchor)
        targets = [
            Target(
                name=index.name(key),
                aliases=set(index.entities[key].aliases),
                gender=_gender(index.people[key].gender),
                main=i == 0,
            )
            for i, key in enumerate(_story_people(index, document.headline))
        ]
        analysis.reactions = [assess_comment(c, targets, document.body) for c in document.comments]
        return analysis

    def _commenter_claims(
        self, document: Document, index: EntityIndex, anchor: DateValue | None
    ) -> list[Claim]:
        if not document.comments:  # (spaCy's pipe costs something even with nothing to parse)
            return []
        handles = [c.author for c in document.comments]
        claims: list[Claim] = []
        parsed_comments = self.nlp.pipe(c.text for c in document.comments)
        for comment, parsed in zip(document.comments, parsed_comments, strict=True):
            claims += comment_claims(comment, parsed, index, anchor, handles)
        return claims

    def analyse_stream(
        self,
        raws: Iterable[RawDocument],
        knowledge: Knowledge | None = None,
        batch_size: int = BATCH_SIZE,
        on_error: Callable[[RawDocument, Exception], None] | None = None,
    ) -> Iterator[tuple[RawDocument, Analysis]]:
        """Analyses in batches through spaCy's `pipe` (faster than one call per document).

        Dated documents first, so that undated ones can be dated from what those established;
        `knowledge` learns from each analysis as it is yielded. With `on_error`, a document whose
        understanding fails is handed to it and left out, and the others go on (an ingest of
        500 files should not stop at the 300th); without it the error propagates."""
        knowledge = knowledge or Knowledge()
        items = list(raws)
        for group in ([r for r in items if r.published_raw], [r for r in items if not r.published_raw]):
            for start in range(0, len(group), batch_size):
                batch: list[tuple[RawDocument, Document]] = []
                for raw in group[start : start + batch_size]:
                    try:
                        batch.append((raw, self.prepare(raw, knowledge)))
                    except Exception as error:
                        if on_error is None:
                            raise
                        on_error(raw, error)
                parsed = self.nlp.pipe(document.body for _, document in batch)
                for (raw, document), doc in zip(batch, parsed, strict=True):
                    try:
                        analysis = self._understand(document, _with_text(doc, document.body))
                    except Exception as error:
                        if on_error is None:
                            raise
                        on_error(raw, error)
                        continue
                    knowledge.learn(analysis)
                    yield raw, analysis

    def analyse_many(self, raws: Iterable[RawDocument], knowledge: Knowledge | None = None) -> list[Analysis]:
        """Every document analysed, in input order (see `analyse_stream` for the order of work)."""
        items = list(raws)
        results = {id(raw): analysis for raw, analysis in self.analyse_stream(items, knowledge)}
        return [results[id(r)] for r in items]
