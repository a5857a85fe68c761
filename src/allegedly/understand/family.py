"""Family rules: children, births, birth dates, ages, marriages named in encyclopaedic prose.

A mixin of `relations.Extractor`: each rule reads one sentence (`SentenceContext`) and adds
claims through the extractor's `_add`; they live apart only to keep each module readable.
"""

from __future__ import annotations

import re
from typing import Any

from allegedly.model import DateValue
from allegedly.understand.claim_builder import ClaimBuilder
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import Person, SentenceContext

_AGE_AFTER_NAME = re.compile(r"^,\s*(\d{1,2}),")
_AGE_BEFORE_NAME = re.compile(r"(\d{1,2})-year-old\s+(?:[a-z-]+\s+){0,3}$")
_AGE_APPOSITION = re.compile(r"^,\s*(?:a|an|the)\s+(\d{1,2})-year-old\b")


# "the son of", "a daughter of", "the eldest child of": the parents follow.
_CHILD_OF = re.compile(
    r"\b(?:the|a|an|only|eldest|youngest|second|third|[a-z]+est)?\s*(?:son|daughter|child)\s+of\b",
    re.IGNORECASE,
)


# After a name, what introduces its birth date: "(born ", "(b. ", "(", ", born ", " was born on ".
_BORN_AFTER_NAME = re.compile(
    r"^\s*(?:\(\s*(?:born\s+|b\.\s*)?(?:on\s+|in\s+)?|,\s*born\s+(?:on\s+|in\s+)?|\s+was\s+born\s+(?:on\s+|in\s+)?)"
)

# "(1920 – 2001)", "(born 1963)", "(b. 1963)": life years right after a name.
_LIFE_YEARS = re.compile(r"^\s*\(\s*(?:born\s+|b\.\s*)?(\d{4})\s*(?:[–—-]\s*(?:\d{4})?\s*\)|\))")

# "three children: ", "two sons, ", "a daughter, ": a list of the children's names follows.
_CHILDREN_LIST = re.compile(
    r"\b(?:\w+\s+)?(?:children|kids|sons|daughters)\s*(?::|,|together\s*[:,]|—|–)\s*", re.IGNORECASE
)

# Between two names of a list: a comma or "and", and perhaps names the tagger did not mark.
_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:[A-Z][\w'’-]+\s*(?:,|and|,\s*and)\s*)*")

# "the wife of", "widow of", "the former husband of": the spouse follows.
_SPOUSE_OF = re.compile(
    r"\b(?:the\s+|a\s+)?((?:former\s+|ex-)?(?:wife|husband|widow|widower|spouse))\s+of\b", re.IGNORECASE
)


class FamilyRules(ClaimBuilder):
    """Rules about who is whose child or spouse, and when people were born."""

    def _birth_date(self, ctx: SentenceContext, after: int) -> DateValue | None:
        tail = doc_text(self.doc)[after : ctx.end]
        if re.match(r"^\s*,?\s*(?:who\s+was\s+)?born\b", tail):
            return self._date_near(ctx, after)
        return None

    def children_lists(self, ctx: SentenceContext) -> None:
        """ "They share two children, son X, born D1, and daughter Y, born D2"."""
        lex = relation_lexicon()
        if not re.search(r"\b(children|kids|sons|daughters|son|daughter)\b", ctx.text, re.I):
            return
        matches = list(lex.nouns["child"].finditer(ctx.text))
        if not matches:
            return
        list_start = ctx.start + matches[0].start()
        subjects = [p for p in ctx.people if p.end <= list_start]
        for match in matches:
            cue_end = ctx.start + match.end()
            named = [p for p in ctx.people if p.via == "name" and 0 <= p.start - cue_end <= 3]
            owners_direct = [p for p in ctx.people if 0 <= ctx.start + match.start() - p.end <= 6]
            if not named or owners_direct:
                continue  # possessive forms are handled by relation_nouns
            parents = [p for p in subjects if p.key != named[0].key]
            couple = [p for p in parents if p.via == "couple"]
            parents = couple or parents[:1]
            born = self._birth_date(ctx, named[0].end)
            for parent in parents:
                self._add(
                    ctx,
                    parent.key,
                    "child",
                    named[0].key,
                    cue_start=ctx.start + match.start(),
                    cue_end=named[0].end,
                    date=born,
                    explicit=born is not None,
                )

    def birth_dates(self, ctx: SentenceContext) -> None:
        """ "X (born 13 March 1963)", "X (1920 – 2001)", "X was born on D", "son X, born D"."""
        text = doc_text(self.doc)
        for person in ctx.people:
            if person.via != "name":
                continue
            after = text[person.end : min(ctx.end, person.end + 60)]
            years = _LIFE_YEARS.match(after)
            if years:  # "(1920 – 2001)", "(b. 1963)": a bare year the tagger leaves alone
                born: DateValue = DateValue(years.group(1))
                self._add(
                    ctx,
                    person.key,
                    "born",
                    None,
                    value=str(born),
                    cue_start=person.start,
                    cue_end=person.end + years.end(),
                    date=born,
                    explicit=True,
                )
                continue
            cue = _BORN_AFTER_NAME.match(after)
            if not cue:
                continue
            at = person.end + cue.end()
            dates = [
                t
                for t in ctx.times
                if t.value is not None and t.kind == "date" and at <= t.span.start <= at + 3
            ]
            if dates and dates[0].value is not None:
                born = dates[0].value
                self._add(
                    ctx,
                    person.key,
                    "born",
                    None,
                    value=str(born),
                    cue_start=person.start,
                    cue_end=dates[0].span.end,
                    date=born,
                    explicit=True,
                )

    def spouse_of(self, ctx: SentenceContext) -> None:
        """ "X, the wife of Y", "X, widow of Y": X and Y are (or were) married."""
        for match in _SPOUSE_OF.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            before = [p for p in ctx.people if p.via == "name" and p.end <= cue_start]
            after = [p for p in ctx.people if p.via == "name" and cue_end <= p.start <= cue_end + 40]
            if before and after:
                ended = match.group(1).lower().startswith(("widow", "ex", "former"))
                self._add(
                    ctx,
                    before[-1].key,
                    "spouse",
                    after[0].key,
                    cue_start=cue_start,
                    cue_end=after[0].end,
                    end=self.report_date if ended else None,
                )

    def marriage_by_parse(self, ctx: SentenceContext, sent: Any) -> None:
        """ "X married Y", "X married the architect Y", "X was married to Y": the verb's subject
        and its object, not merely the nearest names."""
        for token in sent:
            if token.lemma_.lower() not in ("marry", "wed") or token.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            objects = [c for c in token.children if c.dep_ == "dobj"]
            objects += [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in ("to", "with")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if not subjects or not objects:
                continue
            first = self._person_in(ctx, subjects[0])
            second = self._person_in(ctx, objects[0])
            if first and second and first != second:
                date = self._date_near(ctx, token.idx + len(token.text))
                self._add(
                    ctx,
                    first,
                    "spouse",
                    second,
                    cue_start=token.idx,
                    cue_end=token.idx + len(token.text),
                    date=date,
                    explicit=date is not None,
                )

    def _person_in(self, ctx: SentenceContext, head: Any) -> str | None:
        """The person a noun phrase (its head token's subtree) names or stands for."""
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        inside = [p for p in ctx.people if start <= p.start < end and p.via != "couple"]
        return inside[-1].key if inside else None

    def children_named_in_a_list(self, ctx: SentenceContext) -> None:
        """ "They have three children: Ana, Ben and Cy", "with whom he had two sons, Ari and Eli"."""
        match = _CHILDREN_LIST.search(ctx.text)
        if not match:
            return
        list_start = ctx.start + match.end()
        parents = [p for p in ctx.people if p.end <= ctx.start + match.start()]
        couple = [p for p in parents if p.via == "couple"]
        chosen = couple or [p for p in parents if p.via != "couple"][-2:]
        tail = doc_text(self.doc)[list_start : ctx.end]
        stop = re.search(r"[.;(]|\b(?:who|which|born)\b", tail)
        end = list_start + (stop.start() if stop else len(tail))
        named = [p for p in ctx.people if p.via == "name" and list_start <= p.start < end]
        # Only a list of names right after the colon counts: "children together, but X and Y ..." is not one.
        children: list[Person] = []
        text = doc_text(self.doc)
        for person in named:
            gap = text[(children[-1].end if children else list_start) : person.start]
            if not _LIST_GAP.fullmatch(gap if children else ", " + gap):
                break
            children.append(person)
        for child in children:
            for parent in chosen:
                if parent.key != child.key:
                    self._add(
                        ctx,
                        parent.key,
                        "child",
                        child.key,
                        cue_start=ctx.start + match.start(),
                        cue_end=child.end,
                    )

    def child_of(self, ctx: SentenceContext) -> None:
        """ "X, the son of A and B", "X is the daughter of A": A (and B) are X's parents."""
        for match in _CHILD_OF.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            children = [p for p in ctx.people if p.via == "name" and p.end <= cue_start]
            parents = [p for p in ctx.people if p.via == "name" and cue_end <= p.start <= cue_end + 60]
            if not children or not parents:
                continue
            between = doc_text(self.doc)[parents[0].end : parents[1].start] if len(parents) > 1 else ""
            chosen = parents[:2] if re.fullmatch(r"\s+and\s+", between) else parents[:1]
            for parent in chosen:
                self._add(ctx, parent.key, "child", children[0].key, cue_start=cue_start, cue_end=parent.end)

    def births(self, ctx: SentenceContext) -> None:
        """ "gave birth to the couple's son, X, in June" / "welcomed daughter X"."""
        lex = relation_lexicon()
        for match in lex.verbs["birth"].finditer(ctx.text):
            cue_start = ctx.start + match.start()
            mothers = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"][-1:]
            children = [p for p in ctx.people if p.start > cue_start and p.via == "name"]
            if not children or not mothers:
                continue
            child = children[0]
            between = doc_text(self.doc)[cue_start : child.start]
            couple = "couple" in between
            parents = [mothers[0].key]
            pair = self.index.main_pair()
            if couple and pair:
                parents = list(pair)
            date = self._date_near(ctx, child.end)
            for parent in parents:
                if parent != child.key:
                    self._add(
                        ctx,
                        parent,
                        "child",
                        child.key,
                        cue_start=cue_start,
                        cue_end=child.end,
                        date=date,
                        explicit=date is not None,
                    )

    def ages(self, ctx: SentenceContext) -> None:
        """ "X, 34,", "30-year-old X", "X, a 25-year-old climate activist"."""
        text = doc_text(self.doc)
        for person in ctx.people:
            if person.via != "name":
                continue
            after = text[person.end : person.end + 60]
            before = text[max(ctx.start, person.start - 60) : person.start]
            match = (
                _AGE_AFTER_NAME.match(after)
                or _AGE_APPOSITION.match(after)
                or _AGE_BEFORE_NAME.search(before)
            )
            if not match:
                continue
            if match.re is _AGE_BEFORE_NAME:
                cue_start, cue_end = person.start - len(before) + match.start(), person.end
            else:
                cue_start, cue_end = person.start, person.end + match.end()
            # An age holds as of the report, unless the sentence dates it with a year of its own.
            own = [t for t in ctx.times if t.value is not None and re.search(r"\b\d{4}\b", t.text)]
            date = own[0].value if own else self.report_date
            self._add(
                ctx,
                person.key,
                "age",
                None,
                value=match.group(1),
                cue_start=cue_start,
                cue_end=cue_end,
                date=date,
            )
