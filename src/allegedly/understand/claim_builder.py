"""How every relation rule turns what it found into a Claim: attribution, modality, evidence, dates.

The base of the rule classes (`family.FamilyRules`, `relations.Extractor`), which hold the
document, its entities, its voices and the claims made so far.
"""

from __future__ import annotations

import re
from typing import Any

from allegedly.model import Attribution, Claim, DateValue, Span, TimeExpression
from allegedly.understand.attribution import Attributor, modality_of
from allegedly.understand.entities import EntityIndex
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.sections import section_at

# Predicates whose claim holds "as of" the report when the sentence gives no time (an employer
# is "as of" only while held; a quit gives an end instead, so it is left out below).
_AS_OF_PREDICATES = frozenset({"engaged", "partner", "residence", "age", "employer"})


# Verbs that report without vouching: what tabloids, fans or "reports" claimed or speculated is
# unconfirmed ("tabloids claimed the pair had split"), unlike what they reported or confirmed.
_UNVOUCHED_CUE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|speculat\w*|rumou?r(?:s|ed)?|alleg\w*|whisper\w*|theori[sz]\w*|"
    r"gossip\w*|insist\w*)\b",
    re.IGNORECASE,
)

# Crowds the tagger may take for a named speaker ("Fans speculated ..."): no one on record.
_CROWDS = frozenset(
    {
        "fans",
        "tabloids",
        "critics",
        "reports",
        "rumors",
        "rumours",
        "insiders",
        "followers",
        "viewers",
        "readers",
        "users",
        "gossips",
        "onlookers",
    }
)


# Where one clause ends and another with its own subject begins: a semicolon, or a conjunction
# followed by a new subject ("..., and they welcomed", "but she", "after the two first met").
CLAUSE_BREAK = re.compile(
    r";|\b(?:and|but|while|whereas|although|though|before|after|when|until|since|so)\s+"
    r"(?:then\s+|later\s+|now\s+)?(?:they|he|she|we|I|the\s+(?:couple|pair|two|duo)|[A-Z][a-z]+\s+(?:has|had|is|was|were|have|and))\b"
)


# A span of years: "from 1997 to 2006", "between 2003 and 2007", "1997–2006", "2010-18".
_YEAR_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|until|till|through|and|–|-)\s+(?P<b>(?:19|20)\d\d)\b"
    r"|\b(?P<c>(?:19|20)\d\d)\s*[–—-]\s*(?P<d>(?:19|20)?\d\d)\b"
)


# Right before a relation's cue, a past tense: "was in a longtime relationship with", "was
# previously engaged to", "had been dating".  It held once, not as of the report, so the report's
# date does not date it.
_PAST_BEFORE_CUE = re.compile(
    r"\b(?:was|were|had\s+been|used\s+to)\s+(?:(?:previously|once|formerly|briefly|also)\s+)?(?:in\s+)?(?:an?\s+)?(?:[a-z-]+\s+)?$"
    r"|\b(?:previously|formerly|once)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


# A cue that only reports a pairing: "was briefly linked to X" is a rumour, not a romance.
_LINKED_CUE = re.compile(r"linked\s+to", re.IGNORECASE)


# A relationship-timeline listicle heads each section with a date: "2015: They meet on the set
# of X", "June 2021 — They tie the knot", "2019" (time/sections.py finds them).  A couple's claim
# in such a section (or in its heading) that the sentence itself leaves undated happened then.
# What a section's date may date: the events of a couple's story and a part in a work (the
# section's year is when it was made: "2015: They meet on the set of X ... played the lead"),
# never an age, a job or an ownership (states that outlast the section).
_HEADING_DATED = frozenset(
    {
        "met",
        "partner",
        "engaged",
        "spouse",
        "separated",
        "divorced",
        "affair",
        "child",
        "residence",
        "appeared_in",
        "choreographed",
    }
)
_HEADING_DATED_ONLY = frozenset({"appeared_in", "choreographed"})


class ClaimBuilder:
    """Claim-making shared by every rule; the concrete extractor supplies the fields."""

    doc: Any
    index: EntityIndex
    attributor: Attributor
    times: list[TimeExpression]
    report_date: DateValue | None
    claims: list[Claim]
    explicit: set[int]  # ids of claims dated by their own sentence
    named: set[int]  # ids of claims whose participants the sentence named or described

    # -- reading the parse ----------------------------------------------------------------
    def _subject_person(self, ctx: SentenceContext, offset: int, candidates: list[Person]) -> Person | None:
        """Of `candidates`, the one that is the grammatical subject of the verb at `offset`.

        "Cook, a protégé of Ansel Adams, resides in Rome": the nearest name before the verb is
        not its subject; the parse knows better. None when the parse names none of them."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = span[0]
        for _ in range(3):  # "has worked for", "joined" as xcomp: climb to the clause's verb
            if (
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                or verb.head is verb
                or verb.dep_ == "relcl"
            ):
                break
            verb = verb.head
        heads = [
            verb.head if child.lower_ in ("who", "that") and verb.dep_ == "relcl" else child
            for child in verb.children
            if child.dep_ in ("nsubj", "nsubjpass")
        ]
        if not heads and verb.dep_ == "relcl":  # "X, the protégé of Y, lives in": parsed as a
            head = verb.head  # clause on the apposition; its subject is what the apposition names
            while head.dep_ == "appos" and head.head is not head:
                head = head.head
            heads = [head]
        for head in heads:
            for person in candidates:
                if person.start <= head.idx < person.end:
                    return person
        return None

    def _subjects(self, ctx: SentenceContext, offset: int, candidates: list[Person]) -> list[Person]:
        """The subject of the verb at `offset` and the people joined to it ("Roe and Vey bought
        a house"): [] when the parse names none of `candidates`."""
        subject = self._subject_person(ctx, offset, candidates)
        if subject is None:
            return []
        head = self.doc.char_span(subject.start, subject.end, alignment_mode="expand")
        joined = [subject]
        if head is not None and len(head):
            for token in head.root.conjuncts:
                joined += [p for p in candidates if p.start <= token.idx < p.end and p.key != subject.key][:1]
        return self._joined_before(joined, candidates)

    def _joined_before(self, people: list[Person], candidates: list[Person]) -> list[Person]:
        """`people` and a name that " and " joins right before the first of them: "Marchand and
        Vecchi bought" (the parse may make the second name the only subject)."""
        if not people or people[0].via != "name":
            return people
        text = doc_text(self.doc)
        keys = {p.key for p in people}
        return [
            p
            for p in candidates
            if p.via == "name" and text[p.end : people[0].start] == " and " and p.key not in keys
        ][-1:] + people

    # -- building claims ------------------------------------------------------------------
    def _date_near(self, ctx: SentenceContext, after: int) -> DateValue | None:
        """The first date after `after` in the same clause, else the last one before it in the
        same clause: "married X, and they welcomed a daughter in March 2018" does not date the
        marriage."""
        dated = [t for t in ctx.times if t.value is not None and t.kind in ("date", "relative")]
        if not dated:
            return None
        text = doc_text(self.doc)
        following = [
            t for t in dated if t.span.start >= after and not CLAUSE_BREAK.search(text[after : t.span.start])
        ]
        if following:
            return following[0].value
        preceding = [
            t for t in dated if t.span.end <= after and not CLAUSE_BREAK.search(text[t.span.end : after])
        ]
        return preceding[-1].value if preceding else None

    def _range_after(
        self, ctx: SentenceContext, after: int
    ) -> tuple[DateValue | None, DateValue | None] | None:
        """ "from 1997 to 2006", "between 2003 and 2007", "(2010–2018)", "since 2019", "until
        2011" in the clause after `after`: (start, end); None when the clause gives no span."""
        text = doc_text(self.doc)[after : ctx.end]
        cut = CLAUSE_BREAK.search(text)
        text = text[: cut.start() if cut else len(text)][:90]
        span = _YEAR_RANGE.search(text)
        if span:
            first = span.group("a") or span.group("c")
            last = span.group("b") or span.group("d")
            if int(last) < 100:  # "1997–06"
                last = first[:2] + last
            return DateValue(first), DateValue(last)
        since = re.search(r"\bsince\s+((?:19|20)\d\d)\b", text)
        if since:
            return DateValue(since.group(1)), None
        until = re.search(r"\b(?:until|till|through)\s+((?:19|20)\d\d)\b", text)
        if until:
            return None, DateValue(until.group(1))
        return None

    def _add(
        self,
        ctx: SentenceContext,
        subject: str,
        predicate: str,
        obj: str | None,
        *,
        value: str | None = None,
        cue_start: int,
        cue_end: int,
        date: DateValue | None = None,
        end: DateValue | None = None,
        explicit: bool = False,
    ) -> None:
        if obj is not None and obj == subject:
            return
        attribution = self.attributor.at(cue_start)
        if date is None and end is None and predicate in _HEADING_DATED:
            section = section_at(doc_text(self.doc), cue_start)
            if section is not None:
                # a part in a work is dated, but it is no event of the couple's timeline
                date, explicit = section.date, predicate not in _HEADING_DATED_ONLY
        if (
            predicate in _AS_OF_PREDICATES
            and date is None
            and end is None
            and predicate not in ("employer", "age")
            and not _PAST_BEFORE_CUE.search(doc_text(self.doc)[max(ctx.start, cue_start - 40) : cue_start])
        ):
            date = self.report_date
        sentence = ctx.text.strip()
        # The evidence runs from the first mention of a participant (or the cue) to the cue's end.
        involved = [p.start for p in ctx.people if p.key in (subject, obj) and p.start < cue_end]
        evidence_start = max(ctx.start, min(cue_start, *involved) if involved else cue_start)
        evidence = (
            doc_text(self.doc)[evidence_start : max(cue_end, evidence_start)].strip()[:300] or sentence[:300]
        )
        modality = modality_of(sentence, attribution, ctx.previous_text, cue_end - ctx.start)
        if (
            modality == "asserted"
            and (
                attribution.source_kind in ("outlet", "anonymous", "commenter")
                or (attribution.speaker or "").lower() in _CROWDS
            )
            and _UNVOUCHED_CUE.search(attribution.cue or "")
        ):
            modality = "hedged"  # "tabloids claimed ...": the outlet's voice does not vouch for it
        if modality == "asserted" and _LINKED_CUE.fullmatch(doc_text(self.doc)[cue_start:cue_end]):
            modality = "hedged"  # "was linked to X": the press paired them; no one says they dated
        if predicate == "age" and modality == "denied":
            # "denied reports that the 47-year-old actress was pregnant": the age is presupposed
            # by the sentence, not what it denies
            modality = "asserted"
        claim = Claim(
            subject=self.index.name(subject),
            predicate=predicate,
            object=self.index.name(obj) if obj and obj in self.index.entities else obj,
            value=value,
            date=date,
            end=end,
            attribution=Attribution(**vars(attribution)),
            modality=modality,
            evidence=evidence,
            sentence=sentence[:1000],
            span=Span(cue_start, cue_end),
            report_date=self.report_date,
        )
        self.claims.append(claim)
        direct = {p.key for p in ctx.people if p.via != "couple"}
        if subject in direct and (obj is None or obj in direct or obj not in self.index.people):
            self.named.add(id(claim))
        if explicit:
            self.explicit.add(id(claim))
