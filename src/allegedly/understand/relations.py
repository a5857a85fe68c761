"""Claims of the CONTRACT.md vocabulary, read sentence by sentence from a parsed body.

Each rule finds a cue (data/relations.toml), the people it is about (names, pronouns,
"the couple"), an object (a person, organisation, place or work) and the time the sentence
gives; attribution and modality come from the voice the words are in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from allegedly.model import Claim, DateValue, Mention, TimeExpression
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import Attributor
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.entities import LIST_JOINT, PLURAL_PRONOUNS, EntityIndex
from allegedly.understand.family import OWNER_BEFORE_POSSESSIVE, FamilyRules
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import Person, SentenceContext

# Pronouns and "the couple": resolved to people sentence by sentence.
_PRONOUN_RE = re.compile(r"\b(he|she|his|her|him|they|their|them)\b|\bthe couple(?:['’]s)?", re.IGNORECASE)


@cache
def _description_re() -> re.Pattern[str]:
    """ "the actress", "the 34-year-old choreographer": a description standing for a person."""
    roles = relation_lexicon().roles.pattern
    return re.compile(rf"\b[Tt]he\s+(?:\d{{1,2}}-year-old\s+)?({roles})\b", re.IGNORECASE)


# Between a kinship noun and the name it introduces: "husband X", "son, X", "father, architect
# X", "mother, the Italian actress X" (a description of lowercase job words, perhaps a nationality).
_KIN_TO_NAME = re.compile(
    r"\s*,?\s*(?:(?:the|a|an|fellow)\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*(?:ist|er|or|ian|ess|ant|ent|ect|ive|ger|ist)\s+){0,2}"
)

# "met my", "met with victims", "meeting with officials": a meeting, not how two people first met.
_NOT_FIRST_MEETING = re.compile(r"(?:first\s+)?(?:met|meet|meeting)\s+(?:my|your|our|with)\b", re.IGNORECASE)

# Right before an event verb: the event did not happen ("almost split", "nearly married").
_NOT_QUITE = re.compile(r"\b(?:almost|nearly|narrowly)\s+$", re.IGNORECASE)

# Bare verbs of leaving: only an organisation straight after them is the job left.
_BARE_LEAVING = frozenset({"left", "leaves", "leaving", "quit", "quits", "quitting"})
_LEAVING_GAP = re.compile(
    r"\s*(?:(?:the|his|her|their)\s+)?(?:(?:job|position|post|role)\s+(?:at|with)\s+(?:the\s+)?)?"
)
# Between another employment cue and its organisation: a few words of the same clause
# ("joined the faculty of the ...", "worked for what is now ..."), no clause break.
_EMPLOYER_GAP = re.compile(r"(?:(?!\b(?:and|but|who|which|after|before|when|while)\b)[^.;,()]){0,45}")


@dataclass
class Extractor(FamilyRules):
    """Runs every rule over every sentence of one document's body."""

    doc: Any
    index: EntityIndex
    attributor: Attributor
    times: list[TimeExpression]
    report_date: DateValue | None
    claims: list[Claim] = field(default_factory=list)
    explicit: set[int] = field(default_factory=set)  # ids of claims dated by their own sentence
    work_years: dict[str, DateValue] = field(default_factory=dict)

    # -- people in a sentence -------------------------------------------------------------
    def _people(self, start: int, end: int, text: str) -> list[Person]:
        people = [
            Person(m.entity, m.span.start, m.span.end, "name") for m in self.index.person_mentions(start, end)
        ]
        pair = self.index.main_pair()
        for match in _description_re().finditer(text):
            described = self.index.resolve_description(match.group(1), start + match.start())
            if described is not None:
                people.append(Person(described, start + match.start(), start + match.end(), "pronoun"))
        for match in _PRONOUN_RE.finditer(text):
            offset = start + match.start()
            word = match.group(0).lower()
            if word.startswith("the couple") or word in PLURAL_PRONOUNS:
                if pair:
                    people += [
                        Person(pair[0], offset, start + match.end(), "couple"),
                        Person(pair[1], offset, start + match.end(), "couple"),
                    ]
                continue
            key = self.index.resolve_pronoun(word, offset)
            if key is not None:
                people.append(Person(key, offset, start + match.end(), "pronoun"))
        return sorted(people, key=lambda p: p.start)

    # -- rules ----------------------------------------------------------------------------
    def relation_nouns(self, ctx: SentenceContext) -> None:
        """ "her husband, X", "X's fiancé", "X and husband Y", "the couple's son, X"."""
        lex = relation_lexicon()
        for ended, table in ((False, lex.nouns), (True, lex.ex_nouns)):
            for predicate, pattern in table.items():
                for match in pattern.finditer(ctx.text):
                    cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                    named = [
                        p
                        for p in ctx.people
                        if p.via == "name"
                        and 0 <= p.start - cue_end <= 60
                        and _KIN_TO_NAME.fullmatch(doc_text(self.doc)[cue_end : p.start])
                    ][:1]
                    before = [p for p in ctx.people if 0 <= cue_start - p.end <= 6]
                    before = [self._possessor(ctx, p) for p in before]
                    if not before and predicate not in ("child", "parent"):  # never "X and daughter Y"
                        head = ctx.text[: match.start()]
                        conj = re.search(r"\band\s+(?:(?:her|his)\s+)?$", head)
                        if conj:
                            before = [p for p in ctx.people if p.end <= ctx.start + conj.start()][-1:]
                    if not named or not before:
                        continue
                    other = named[0]
                    owners = [p for p in before if p.via == "couple"] or before[-1:]
                    for owner in owners:
                        if predicate == "parent":
                            self._add(
                                ctx, other.key, "child", owner.key, cue_start=cue_start, cue_end=other.end
                            )
                        elif predicate == "child":
                            born = self._birth_date(ctx, other.end)
                            self._add(
                                ctx,
                                owner.key,
                                "child",
                                other.key,
                                cue_start=cue_start,
                                cue_end=other.end,
                                date=born,
                                explicit=born is not None,
                            )
                        else:
                            self._add(
                                ctx,
                                owner.key,
                                predicate,
                                other.key,
                                cue_start=cue_start,
                                cue_end=other.end,
                                end=self.report_date if ended else None,
                            )

    def _possessor(self, ctx: SentenceContext, person: Person) -> Person:
        """ "Meier Roe (1801–70) and his wife Sara": the "his" is the person named right before
        it (if the gender allows), whoever the pronoun resolver would pick."""
        text = doc_text(self.doc)
        word = text[person.start : person.end].lower()
        if person.via != "pronoun" or word not in ("his", "her"):
            return person
        for named in reversed(ctx.people):
            if named.via != "name" or named.end > person.start:
                continue
            if not OWNER_BEFORE_POSSESSIVE.fullmatch(text[named.end : person.start]):
                return person
            gender = self.index.people[named.key].gender if named.key in self.index.people else None
            if gender == ("f" if word == "his" else "m"):
                return person
            return Person(named.key, person.start, person.end, "pronoun")
        return person

    def symmetric_verbs(self, ctx: SentenceContext) -> None:
        """ "The couple met in 2010", "X and Y were married on D", "his affair … X and Y"."""
        lex = relation_lexicon()
        if ctx.text.rstrip().endswith("?"):
            return  # a question does not assert a relation ("why did they break up?")
        for predicate in ("spouse", "engaged", "partner", "affair", "separated", "divorced", "met"):
            for match in lex.verbs[predicate].finditer(ctx.text):
                cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                pair = self._pair_for(ctx, cue_start, cue_end)
                if pair is None:
                    continue
                if predicate == "met" and _NOT_FIRST_MEETING.match(ctx.text[match.start() :]):
                    continue
                if _NOT_QUITE.search(ctx.text[: match.start()]):
                    continue  # "she and Justin almost broke up": it did not happen
                date = self._date_near(ctx, cue_end)
                self._add(
                    ctx,
                    pair[0],
                    predicate,
                    pair[1],
                    cue_start=cue_start,
                    cue_end=cue_end,
                    date=date,
                    explicit=date is not None,
                )

    def _pair_for(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> tuple[str, str] | None:
        couple = [p for p in ctx.people if p.via == "couple" and p.start < cue_start]
        names = [p for p in ctx.people if p.via != "couple"]
        distinct: list[Person] = []
        # People named around the cue, nearest first.
        for person in sorted(names, key=lambda p: min(abs(p.start - cue_start), abs(p.start - cue_end))):
            if person.key not in {d.key for d in distinct}:
                distinct.append(person)
        if len(distinct) >= 2:
            first, second = sorted(distinct[:2], key=lambda p: p.start)
            # "married to A, B and C": items of one list after the cue are not each other's pair
            if first.start >= cue_end and LIST_JOINT.fullmatch(doc_text(self.doc)[first.end : second.start]):
                before = [p for p in names if p.end <= cue_start]
                return (before[-1].key, first.key) if before and before[-1].key != first.key else None
            return distinct[0].key, distinct[1].key
        if couple:
            return couple[0].key, couple[1].key
        return None

    def _employers_in(self, ctx: SentenceContext) -> list[Mention]:
        """Organisations, and news outlets (journalists work for them; a social platform is
        where people post, not whom they work for), in text order."""
        outlets = [
            m
            for m in self.index.mentions_of_kind("outlet:", ctx.start, ctx.end)
            if (found := outlet_table().lookup(self.index.name(m.entity))) is not None
            and found.kind != "social"
        ]
        heads = relation_lexicon().membership_heads
        organisations = [m for m in ctx.organisations if self.index.name(m.entity).split()[-1] not in heads]
        return sorted([*organisations, *outlets], key=lambda m: m.span.start)

    def job_titles(self, ctx: SentenceContext) -> None:
        """ "X is a senior editor at the Ledger", "X, professor of law at Y University",
        "The Daily Ledger columnist X": a job held at (or for) an organisation."""
        text = doc_text(self.doc)
        jobs = relation_lexicon().job_nouns.pattern
        employers = self._employers_in(ctx)
        for employer in employers:
            before = text[max(ctx.start, employer.span.start - 90) : employer.span.start]
            after = text[employer.span.end : min(ctx.end, employer.span.end + 40)]
            held_at = re.search(
                rf"\b(?:{jobs})(?:\s+(?:of|for|in)\s+[\w\s-]{{1,50}}?)?\s+(?:at|for|with)\s+(?:the\s+)?$",
                before,
                re.IGNORECASE,
            )
            # "The Ledger technology columnist Ann Roe": the outlet's staff, named after the job.
            staff = re.match(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{jobs})\s+", after)
            if held_at:
                cue_start = employer.span.start - len(before) + held_at.start()
                holders = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
                subject = self._subject_person(ctx, cue_start, holders)
                holder = subject or (holders[-1] if holders else None)
                # the holder is the clause's subject or an apposition right before the job
                if holder is None or (
                    subject is None
                    and not re.fullmatch(
                        r"(?:,\s*|\s+(?:is|was|has been|had been|became|served as|works as|worked as)\s+)"
                        r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}",
                        text[holder.end : cue_start],
                    )
                ):
                    continue
                self._add(
                    ctx,
                    holder.key,
                    "employer",
                    employer.entity,
                    cue_start=holder.start,
                    cue_end=employer.span.end,
                )
            elif staff:
                named = [p for p in ctx.people if p.via == "name" and 0 <= p.start - employer.span.end <= 40]
                if named and named[0].start == employer.span.end + staff.end():
                    self._add(
                        ctx,
                        named[0].key,
                        "employer",
                        employer.entity,
                        cue_start=employer.span.start,
                        cue_end=named[0].end,
                    )

    def employment(self, ctx: SentenceContext, recent_orgs: list[Mention]) -> None:
        """ "retired from his position at ORG", "Allegedly, he's quit." (ORG from just before)."""
        if ctx.text.rstrip().endswith("?"):
            return  # "So what happened to his position at X?" asks; it does not assert the job
        lex = relation_lexicon()
        for ended, pattern in ((True, lex.verbs["employer_end"]), (False, lex.verbs["employer"])):
            for match in pattern.finditer(ctx.text):
                cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                workers = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
                if not workers:
                    continue
                cue_word = match.group(0).lower()
                # The employer is named right after the cue: a bare verb of leaving needs its object
                # at once ("left the Ballet", not "left a bequest to the Home"); others within a clause.
                gap_rule = _LEAVING_GAP if cue_word in _BARE_LEAVING else _EMPLOYER_GAP
                orgs = [
                    m
                    for m in self._employers_in(ctx)
                    if m.span.start >= cue_end
                    and gap_rule.fullmatch(doc_text(self.doc)[cue_end : m.span.start])
                ][:1] or (recent_orgs[-1:] if ended and cue_word.startswith("quit") else [])
                if not orgs:
                    continue
                worker = self._subject_person(ctx, cue_start, workers) or workers[-1]
                quitting = (ended and match.group(0).lower() != "position at") or (
                    match.group(0).lower() == "position at"
                    and re.search(r"\b(retired|quit|left|resigned)\b", ctx.text, re.I)
                )
                date = self._date_near(ctx, cue_end)
                self._add(
                    ctx,
                    worker.key,
                    "employer",
                    orgs[0].entity,
                    cue_start=cue_start,
                    cue_end=orgs[0].span.end,
                    date=None if quitting else date,
                    end=(date or self.report_date) if quitting else None,
                    explicit=date is not None,
                )

    def residence(self, ctx: SentenceContext) -> None:
        """ "moved from NYC to LA", "lives in Paris"."""
        lex = relation_lexicon()
        moved = lex.verbs["residence_move"].search(ctx.text)
        if moved:
            cue_start = ctx.start + moved.start()
            movers = [p for p in ctx.people if p.end <= cue_start]
            couple = [p for p in movers if p.via == "couple"]
            subject = self._subject_person(ctx, cue_start, movers)
            movers = couple or ([subject] if subject else movers[-1:])
            tail = ctx.text[moved.end() :]
            to = re.search(r"\bto\s+(?:the\s+)?", tail)
            origin = re.search(r"\bfrom\s+(?:the\s+)?", tail)
            for place in ctx.places:
                rel = place.span.start - ctx.start - moved.end()
                if rel < 0:
                    continue
                date = self._date_near(ctx, cue_start)
                if (
                    to
                    and rel >= to.end() - 2
                    and (not origin or rel > origin.end() + 1 or to.start() < origin.start())
                ):
                    for mover in movers:
                        self._add(
                            ctx,
                            mover.key,
                            "residence",
                            place.entity,
                            cue_start=cue_start,
                            cue_end=place.span.end,
                            date=date or self.report_date,
                            explicit=date is not None,
                        )
                    break
        for match in lex.verbs["residence"].finditer(ctx.text):
            cue_end = ctx.start + match.end()
            before = [p for p in ctx.people if p.end <= ctx.start + match.start()]
            subject = self._subject_person(ctx, ctx.start + match.start(), before)
            residents = [subject] if subject else before[-1:]
            places = [p for p in ctx.places if 0 <= p.span.start - cue_end <= 5]
            if residents and places:
                self._add(
                    ctx,
                    residents[0].key,
                    "residence",
                    places[0].entity,
                    cue_start=ctx.start + match.start(),
                    cue_end=places[0].span.end,
                )

    def works(self, ctx: SentenceContext, recent_works: list[Mention]) -> None:
        """ "her 2018 film Vox Lux", "working on Black Swan … her roles", choreography."""
        lex = relation_lexicon()
        text = doc_text(self.doc)
        for work in ctx.works:
            before = text[max(ctx.start, work.span.start - 45) : work.span.start]
            owner = re.search(
                r"\b(her|his|[A-Z][\w]+['’]s)\s+(?:(\d{4})\s+)?(?:new\s+)?(?:film|movie|series|show|album)\s+$",
                before,
            )
            year = None
            if owner:
                year = DateValue(owner.group(2)) if owner.group(2) else None
                if year:
                    self.work_years[work.entity] = year
                people = [
                    p for p in ctx.people if p.start >= work.span.start - 45 and p.end <= work.span.start
                ]
                if people:
                    self._add(
                        ctx,
                        people[-1].key,
                        "appeared_in",
                        work.entity,
                        cue_start=work.span.start - len(before),
                        cue_end=work.span.end,
                        date=year,
                        explicit=year is not None,
                    )
                continue
            set_of = re.search(r"on the set of\s+(?:the\s+)?(?:[\w\s]{0,30})$", before)
            if set_of:
                year_expr = self._date_near(ctx, ctx.start)
                if year_expr is not None:
                    self.work_years.setdefault(work.entity, DateValue(year_expr.value[:4]))
                continue
            around = text[work.span.end : min(ctx.end, work.span.end + 90)]
            if re.search(
                r"\b(working on|starred in|stars in|role in|appeared in|cast in)\s+(?:the\s+)?$", before
            ) or re.search(r"\b(her|his)\s+(?:[\w\s]{0,40})roles?\b", around):
                people = [p for p in ctx.people if p.end <= work.span.start]
                if people:
                    self._add(
                        ctx,
                        people[-1].key,
                        "appeared_in",
                        work.entity,
                        cue_start=work.span.start,
                        cue_end=work.span.end,
                        date=self.work_years.get(work.entity),
                    )
        match = lex.verbs["choreographed"].search(ctx.text)
        if match:
            cue_start = ctx.start + match.start()
            makers = [p for p in ctx.people if p.end <= cue_start and p.via == "pronoun"] or [
                p for p in ctx.people if p.end <= cue_start
            ]
            works = ctx.works or recent_works[-1:]
            if makers and works:
                self._add(
                    ctx,
                    makers[-1].key,
                    "choreographed",
                    works[0].entity,
                    cue_start=cue_start,
                    cue_end=ctx.start + match.end(),
                    date=self.work_years.get(works[0].entity),
                )

    def ownership(self, ctx: SentenceContext) -> None:
        """ "her National Women's Soccer League team, Angel City FC", "co-founded X"."""
        for org in ctx.organisations:
            before = doc_text(self.doc)[max(ctx.start, org.span.start - 70) : org.span.start]
            owner = re.search(
                r"\b(her|his)\s+(?:[\w’'-]+\s+){0,5}team\s*,\s*$|\b(co-?founded|owns|founded)\s+$", before
            )
            if not owner:
                continue
            people = [p for p in ctx.people if p.end <= org.span.start - len(before) + owner.end()]
            if people:
                self._add(
                    ctx,
                    people[-1].key,
                    "owns",
                    org.entity,
                    cue_start=org.span.start - len(before) + owner.start(),
                    cue_end=org.span.end,
                )


def extract_claims(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
) -> tuple[list[Claim], set[int]]:
    """All claims of one parsed body, and the ids of those dated by their own sentence.

    Twice when needed: "the couple" first means the two most-mentioned people; if the
    relations read show a different pair together, the text is read again with that pair."""
    claims, explicit = _extract_once(doc, index, attributor, times, report_date)
    couple = _couple(claims, index)
    if couple is not None and set(couple) != set(index.main_pair() or ()):
        index.couple = couple
        claims, explicit = _extract_once(doc, index, attributor, times, report_date)
    return claims, explicit


def _couple(claims: list[Claim], index: EntityIndex) -> tuple[str, str] | None:
    """The pair the text itself calls married, engaged or together, by how often it does."""
    by_name = {e.name: k for k, e in index.entities.items()}
    counts: dict[tuple[str, str], int] = {}
    for claim in claims:
        if (
            claim.predicate in ("spouse", "engaged", "partner")
            and claim.object
            and claim.modality != "denied"
        ):
            first, second = sorted((by_name.get(claim.subject, ""), by_name.get(claim.object, "")))
            if first and second:
                counts[(first, second)] = counts.get((first, second), 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda p: counts[p])
    return best[0], best[1]


def _extract_once(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
) -> tuple[list[Claim], set[int]]:
    """One reading of every sentence with every rule."""
    extractor = Extractor(doc=doc, index=index, attributor=attributor, times=times, report_date=report_date)
    previous, previous_end = "", 0
    # Work years first, so "working on Black Swan" can borrow the year "met in 2010 on the set of" gives.
    sentences = list(doc.sents)
    contexts = []
    for sent in sentences:
        start, end = sent.start_char, sent.end_char
        ctx = SentenceContext(
            text=sent.text,
            start=start,
            end=end,
            people=extractor._people(start, end, sent.text),
            times=[t for t in times if start <= t.span.start < end and t.span.comment is None],
            previous_text=previous if "\n" not in doc_text(doc)[previous_end:start] else "",
            organisations=index.mentions_of_kind("organisation:", start, end),
            places=index.mentions_of_kind("place:", start, end),
            works=index.mentions_of_kind("work:", start, end),
        )
        contexts.append(ctx)
        previous, previous_end = sent.text, end
    for ctx in contexts:
        extractor.works(ctx, [])
    extractor.claims.clear()
    extractor.explicit.clear()
    recent_orgs: list[Mention] = []
    recent_works: list[Mention] = []
    for ctx, sent in zip(contexts, sentences, strict=True):
        extractor.relation_nouns(ctx)
        extractor.children_lists(ctx)
        extractor.births(ctx)
        extractor.child_of(ctx)
        extractor.children_named_in_a_list(ctx)
        extractor.spouse_of(ctx)
        extractor.marriage_to(ctx)
        extractor.birth_dates(ctx)
        extractor.marriage_by_parse(ctx, sent)
        extractor.symmetric_verbs(ctx)
        extractor.ages(ctx)
        extractor.employment(ctx, recent_orgs)
        extractor.job_titles(ctx)
        extractor.residence(ctx)
        extractor.works(ctx, recent_works)
        extractor.ownership(ctx)
        recent_orgs = (recent_orgs + ctx.organisations)[-3:]
        recent_works = (recent_works + ctx.works)[-3:]
    couples = {
        frozenset((c.subject, c.object))
        for c in extractor.claims
        if c.predicate in ("spouse", "engaged", "partner") and c.object
    }
    # An affair is with a third person: a pair the text calls married is not the affair.
    kept = [
        c
        for c in extractor.claims
        if not (c.predicate == "affair" and frozenset((c.subject, c.object)) in couples)
    ]
    return kept, {id(c) for c in kept if id(c) in extractor.explicit}
