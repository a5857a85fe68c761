"""How every relation rule turns what it found into a Claim: attribution, modality, evidence.

The base of the rule classes (`family.FamilyRules`, `relations.Extractor`), which hold the
document, its entities, its voices and the claims made so far. Which dates a claim gets is
`fact_dates`' job (`FactDates`, the base of this class).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from allegedly.model import Attribution, Claim, DateValue, Span, TimeExpression
from allegedly.understand.attribution import Attributor, modality_of
from allegedly.understand.cues import cue_list, relation_lexicon
from allegedly.understand.entities import EntityIndex
from allegedly.understand.fact_dates import COUPLE_EVENTS, FactDates
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.lexicon import lexicon as time_lexicon

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

# "came to be a modern X and Y", "the new X and Y": names that only compare (see relations.toml)
_COMPARED_NAMES = re.compile(
    rf"\b{cue_list('comparison_openers')}\s+((?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*"
    r"(?:\s+(?:and|&)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)?)"
)
# A cue that only reports a pairing: "was briefly linked to X" is a rumour, not a romance.
_LINKED_CUE = re.compile(r"linked\s+(?:to|with)", re.IGNORECASE)
# A divorce asked for, not granted: "filed for divorce", "is filing for divorce" (ends no marriage).
_FILED_FOR_DIVORCE = re.compile(r"\bfil(?:ed|es|ing)\s+for\b", re.IGNORECASE)
# A modal right before a divorce's cue: "she'd divorce me", "would divorce him", "could divorce".
_MODAL_BEFORE = re.compile(r"(?:['’]d|\b(?:would|could|might|should|will|may))\s+(?:\w+\s+)?$", re.IGNORECASE)
# After a divorce's cue and date, how long the marriage lasted: "in 2023 after five years of marriage".
_YEARS_WED_AFTER = re.compile(r"^[^.;]{0,30}?\bafter\s+(\w+)\s+years\s+of\s+marriage\b", re.IGNORECASE)


# What a clause is when it only supposes: "If we ever get married, ...", "unless they divorce",
# "asked whether they had split". A relation said there is no claim at all.
_SUPPOSING_MARKS = frozenset({"if", "unless", "whether", "lest"})
# An auxiliary that opens a clause before its subject, the clause then ending at a comma,
# supposes too: "Should they split, ...", "Were they to marry, ...", "Had they married, ...".
_INVERTED_CONDITIONAL = frozenset({"should", "were", "had"})
# A modal whose clause has a supposing clause of its own: "she would marry him if he asked",
# "Had it not been for the pandemic, they would have married in 2020".
_CONDITIONAL_MODALS = frozenset({"would", "could", "might"})


def supposed_only(token: Any) -> bool:
    """Whether `token` (a claim's cue) stands in a clause that only supposes: an if/unless/
    whether clause, an inverted conditional, or a modal clause that an if-clause conditions.
    The main clause of "If you missed it, they married in June" is not: its "if" marks the
    other clause."""
    for node in (token, *token.ancestors):
        children = list(node.children)
        if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in children) and any(
            c.dep_ in ("advcl", "ccomp")  # the parser often takes an opening clause for a ccomp
            and (
                any(m.dep_ == "mark" and m.lower_ in _SUPPOSING_MARKS for m in c.children)
                or _inverted_conditional(c, list(c.children))
            )
            for c in children
        ):
            return True
        if node.dep_ != "ROOT" and _inverted_conditional(node, children):
            return True
    return False


# A sentence is prose, not a title-case headline ("Singer Files for Divorce From Actor", whose
# cue is capitalised), when most of its other verbs, nouns, adjectives and adverbs are lower case.
_CONTENT_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ", "ADV"})
_PROSE_LOWER_SHARE = 0.5
# Cue words that also open titles of shows, films and events ("Married to Marlowe", "the Met
# Gala", "Divorce Court"); a rank before a name ("King Aldo and Queen Mira") is no such title.
_TITLE_PRONE_CUES = frozenset(
    {
        "married",
        "marry",
        "marriage",
        "met",
        "meet",
        "wed",
        "wedding",
        "divorce",
        "divorced",
        "engaged",
        "dating",
        "date",
        "split",
        "affair",
        "love",
        "lovers",
        "husband",
        "husbands",
        "wife",
        "wives",
    }
)


def in_a_title(cue: Any) -> bool:
    """Whether a cue is a word of a work's title inside a prose sentence: "On Married to
    Marlowe, he plays ..." names a show, it says nobody married. A capitalised cue word that
    does not open its sentence, in a sentence written in lower case, is such a word."""
    first = cue[0]
    if not first.text[:1].isupper() or first.is_sent_start or first.lower_ not in _TITLE_PRONE_CUES:
        return False
    if len(first.text) > 1 and first.text.isupper():
        return False  # "she is ENGAGED": a word in capitals in lower-case prose is emphasis, no title
    before = first.doc[first.i - 1]
    if before.is_punct and before.text in {'"', "\u201c", ":", "(", "\u2018", "'"}:
        return False  # a quote or a list item starts there
    cue_tokens = {t.i for t in cue}
    words = [t for t in first.sent if t.is_alpha and t.pos_ in _CONTENT_POS and t.i not in cue_tokens]
    lower = sum(1 for t in words if t.text.islower())
    return bool(words) and lower / len(words) > _PROSE_LOWER_SHARE


def _inverted_conditional(node: Any, children: list[Any]) -> bool:
    subject = next((c.i for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opener = node.left_edge
    after = node.right_edge.i + 1
    return (
        subject is not None
        and opener.dep_ in ("aux", "auxpass")
        and opener.head.i == node.i
        and opener.lower_ in _INVERTED_CONDITIONAL
        and opener.i < subject
        and after < len(node.doc)
        and node.doc[after].text == ","
    )


# What a sentence says that is no report of the people's own lives (`not_reported`):
# a question ("Could she be the one who moved to Porto?") asks, it does not tell;
_QUESTION_END = re.compile(r"\?[\s\"'\u201d\u2019)]*$")
# ... unless the question is a clause of its own after the cue's, set off by a colon or a
# semicolon: "seen kissing his girlfriend X, and fans have one question: who is she?" tells.
_QUESTION_OWN_CLAUSE = re.compile(r"[:;][^:;]*\?[\s\"'\u201d\u2019)]*$")
# An age said beside a name or in a description ("Ivo Roe, 38,", "the 38-year-old"), not as the
# question's point ("Is Ivo Roe 38?").
_PRESUPPOSED_AGE = re.compile(r",\s*(?:now\s+)?\w+\s*(?:[,;.!?)]|[-–—]|$)|-year-old\b")
# a joke ("jokes that she and X had a secret fling") is said not to be true;
_JOKE_BEFORE = re.compile(r"\b(?:jok(?:e|es|ed|ing)|quipp?(?:s|ed|ing)?)\s+(?:that|about)\b", re.IGNORECASE)
# what people at large assume ("People assume Jory and I are dating", "Everyone thought we were
# married") is a belief the sentence reports, not a fact (the next words usually deny it);
_CROWD_BELIEF_BEFORE = re.compile(
    r"\b(?:people|everyone|everybody|fans|viewers|the\s+public|many|some)\s+(?:still\s+|just\s+|always\s+)?"
    r"(?:assum(?:e|es|ed)|think|thought|believ(?:e|es|ed)|presum(?:e|es|ed)|suppos(?:e|es|ed)|imagin(?:e|es|ed))\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)
# as is what fans read into a post ("Fans read the post as a hint that her romance with X began
# before their split");
_READ_AS_HINT_BEFORE = re.compile(
    r"\b(?:read|took|take|saw|see|interpret\w*)\s+(?:[\w’'-]+\s+){0,3}as\s+(?:a\s+)?"
    r"(?:hint|sign|clue|nod|confirmation|proof)\s+(?:that\b)?[^.;:!?]*$",
    re.IGNORECASE,
)
# a generic "you" ("sounds like a bad idea until you meet him") is no one in particular;
_GENERIC_YOU_BEFORE = re.compile(r"\b(?:until|when|once|if|after|before|unless)\s+you\s+$", re.IGNORECASE)
# roles: "his daughter, played by X, falls in love with the gardener, played by Y", "X plays a
# landowner who falls for his housekeeper" tell of the characters, not the actors;
_ROLE_VERBS = cue_list("role_verbs")
_ROLE_BEFORE = re.compile(
    rf"\bplayed\s+by\b|\b{_ROLE_VERBS}\s+(?:a|an|the|two|his|her)\s+[^.;]*\bwho\s+[^.;]*$"
    # "Vera's character falls in love with a fisherman, played by Hugo"
    r"|(?:['’]s|\b(?:his|her|their))\s+(?:on-?screen\s+)?characters?\s+(?:[^.;,]*\s)?$"
    # "Its latest film stars both of them as a divorcing couple", "cast the pair as newlyweds"
    r"|\b(?:stars?|starring|starred|casts?|casting)\s+(?:[\w’'-]+\s+){1,6}?as\s+(?:(?:a|an|the|two)\s+)?[^.;,]{0,40}$",
    re.IGNORECASE,
)
# and a union on screen: "The couple are married in the series finale", "wed on screen".
_ON_SCREEN_AFTER = re.compile(
    # (a bare "got engaged in the finale" may be a reality show's real engagement)
    r"\s+(?:in|during)\s+(?:the\s+)?(?:series|season|show(?:['\u2019]s)?|film(?:['\u2019]s)?)\s+"
    r"(?:finale|premiere|episode|sequel|storyline|plot)\b"
    r"|\s+(?:in\s+the\s+)?(?:storyline|plot)\b|\s+on[- ]screen\b",
    re.IGNORECASE,
)
# Romance that is someone else's or no one's in particular: "she approved of the new romance"
# (the ex of one of them; "approved of their romance" may be the pair's own), "better at
# parenting than at being married" (a state, not a union);
_OTHERS_ROMANCE_BEFORE = re.compile(
    r"\b(?:approv(?:e|es|ed|ing)|bless(?:es|ed|ing)?)\s+(?:of\s+)?the\s+new\s+$", re.IGNORECASE
)
_OTHERS_ROMANCE_NOUN = re.compile(r"(?:romance|relationship)\b", re.IGNORECASE)
_BEING_BEFORE = re.compile(r"\b(?:at|than)\s+(?:at\s+)?being\s+$", re.IGNORECASE)
# A union only pretended: "who he famously 'fake married' in a challenge", "their mock wedding",
# "a pretend engagement for the cameras" (quote marks may wrap the words).
_PRETEND_BEFORE = re.compile(r"\b(?:fake|pretend|mock|faux)[\s-]*[\"“'‘]?\s*$", re.IGNORECASE)
_ROMANCE_NAMED_AFTER = re.compile(r"\s+(?:between|with)\s")  # "approved of the romance between X and Y"
_ROMANCE = frozenset({"spouse", "partner", "engaged", "affair", "divorced", "separated"})


def not_reported(sentence: str, cue_at: int, cue_end: int, predicate: str) -> bool:
    """Whether the cue at `cue_at`..`cue_end` (offsets in `sentence`) stands in a question, a
    joke, a generic "you" clause or a role played: no report of a fact about real people."""
    if not 0 <= cue_at <= len(sentence):
        return bool(_QUESTION_END.search(sentence))  # a cue another sentence gave
    before = sentence[:cue_at]
    if (
        (_QUESTION_END.search(sentence) and not _QUESTION_OWN_CLAUSE.search(sentence, cue_end))
        or _JOKE_BEFORE.search(before)
        or _GENERIC_YOU_BEFORE.search(before)
        or _CROWD_BELIEF_BEFORE.search(before)
        or _READ_AS_HINT_BEFORE.search(before)
    ):
        return True
    return predicate in _ROMANCE and bool(
        _ROLE_BEFORE.search(before)
        or _BEING_BEFORE.search(before)
        or _PRETEND_BEFORE.search(before)
        or (
            _OTHERS_ROMANCE_BEFORE.search(before)
            and _OTHERS_ROMANCE_NOUN.match(sentence, cue_at)
            and not _ROMANCE_NAMED_AFTER.match(sentence, cue_end)
        )
        or _ON_SCREEN_AFTER.match(sentence, cue_end)
    )


# The plan adverbs of relations.toml ("finally", "officially", ...): "before they finally get married".
_PLAN_ADVERBS = cue_list("plan_adverbs")


@cache
def _not_yet_re() -> re.Pattern[str]:
    """A wish, plan or future right before a verb (`not_yet` in data/relations.toml)."""
    words = relation_lexicon().verbs["not_yet"].pattern
    # "she's gonna bed and wed him", "plan to settle down and marry": a second verb of the same wish
    also = r"(?:[a-z]+\s+(?:down\s+)?(?:and|or)\s+)?"
    return re.compile(
        rf"{words}\s+(?:(?:get|be|finally|officially|soon|eventually|one\s+day|a|an|another)\s+)*{also}$",
        re.IGNORECASE,
    )


# "far too sensible to get married", "too young to marry": what is ruled out has not happened.
_TOO_TO = re.compile(r"\btoo\s+(?:[a-z]+\s+){1,2}to\s+(?:get\s+|be\s+)?$", re.IGNORECASE)
# A wish or a time still to come that names the people between its words and the verb: "can't
# wait for X and Y to break up", "fans want the two to get married", "before they get married"
# (present tense: a wedding not yet held; "before they got married" may tell a real one).
_WISHED_ON_OTHERS = re.compile(
    # "fans have called for them to start dating", "begged the pair to get back together"
    r"\b(?:wait(?:ing)?\s+for|want(?:s|ed)?|urg(?:e|es|ed|ing)|need(?:s|ed)?|expect(?:s|ed)?"
    r"|call(?:s|ed|ing)?\s+for|begg?(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|root(?:s|ed|ing)?\s+for)\s+"
    r"(?:[\w’'.-]+\s+){1,6}to\s+(?:(?:get|finally|officially|soon|start|begin)\s+)*$"
    # "would love for her to move to Portland": a wish for someone else's move
    r"|\b(?:would|['’]d)\s+(?:love|like|prefer)\s+for\s+(?:[\w’'.-]+\s+){1,4}to\s+$"
    r"|\bbefore\s+(?:they|we|you|he|she|[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)\s+"
    rf"(?:{_PLAN_ADVERBS}\s+)?(?:get|gets)\s+$"
    # "they would like to buy a house before they got married", "she wanted to finish her degree
    # before they got married": a wish in the same clause makes even the past tense a plan
    r"|\b(?:want(?:s|ed)?|(?:would|['’]d)\s+(?:like|love|prefer)|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?"
    r"|wish(?:es|ed)?|intend(?:s|ed)?)\s+to\b[^.;,\"“”]{0,50}?\bbefore\s+"
    r"(?:they|we|you|he|she|[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)\s+"
    rf"(?:{_PLAN_ADVERBS}\s+)?(?:get|gets|got)\s+$",
    re.IGNORECASE,
)


class ClaimBuilder(FactDates):
    """Claim-making shared by every rule; the concrete extractor supplies the fields."""

    doc: Any
    index: EntityIndex
    attributor: Attributor
    times: list[TimeExpression]
    report_date: DateValue | None
    claims: list[Claim]
    explicit: set[int]  # ids of claims dated by their own sentence
    named: set[int]  # ids of claims whose participants the sentence named or described

    def _not_yet(self, ctx: SentenceContext, at: int) -> bool:
        """Whether a wish, plan or future stands right before the verb at `at` (sentence
        offset): "want to get married", "plan to wed", "will tie the knot", "can't wait for X
        and Y to break up", "before they get married"."""
        return bool(
            _not_yet_re().search(ctx.text[max(0, at - 40) : at])
            or _WISHED_ON_OTHERS.search(ctx.text[max(0, at - 80) : at])
            or _TOO_TO.search(ctx.text[max(0, at - 40) : at])
        )

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
                or verb.head.i == verb.i  # the root (a new Token each access: compare indices)
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
            while head.dep_ == "appos" and head.head.i != head.i:
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

    def _only_compared(self, ctx: SentenceContext, subject: str, obj: str | None) -> bool:
        """Whether `subject` or `obj` is first named in this sentence inside a comparison ("a
        modern X and Y, as fans call them"), and not by a pronoun before it."""
        spans = [(ctx.start + m.start(1), ctx.start + m.end(1)) for m in _COMPARED_NAMES.finditer(ctx.text)]
        if not spans:
            return False
        for key in (subject, obj):
            # (a "their" the resolver read as the pair with that name counts for nothing)
            mentions = [p for p in ctx.people if p.key == key and p.via == "name"]
            if mentions and any(a <= mentions[0].start < b for a, b in spans):
                return True
        return False

    def _owner_not_child(self, ctx: SentenceContext, key: str, cue_start: int) -> str:
        """ "his marriage to X, with whom he had daughters A and B, broke up, due to his
        relationship with Y": a "his" read as a child the sentence just named (B) is the one an
        earlier "his" of the sentence stood for, the children's parent."""
        name = self.index.name(key) if key in self.index.entities else key
        if not any(
            c.predicate == "child" and c.object == name and ctx.start <= c.span.start < ctx.end
            for c in self.claims
        ):
            return key
        text = doc_text(self.doc)
        mine = [p for p in ctx.people if p.key == key and p.start < cue_start]
        if not mine or mine[-1].via != "pronoun":
            return key
        word = text[mine[-1].start : mine[-1].end].lower()
        if word not in ("his", "her", "he", "she"):
            return key
        same = {"his": ("his", "he"), "he": ("his", "he"), "her": ("her", "she"), "she": ("her", "she")}[word]
        earlier = [
            p
            for p in ctx.people
            if p.via == "pronoun"
            and p.start < mine[-1].start
            and p.key != key
            and text[p.start : p.end].lower() in same
        ]
        return earlier[0].key if earlier else key

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
        cue = self.doc.char_span(cue_start, max(cue_end, cue_start + 1), alignment_mode="expand")
        if (
            cue is not None
            and len(cue)
            and (supposed_only(cue.root) or (predicate in COUPLE_EVENTS and in_a_title(cue)))
        ):
            return  # "If they marry next year, ...": a supposition, not a report of a relation
        sentence_read = ctx.text
        if predicate == "age" and _PRESUPPOSED_AGE.search(doc_text(self.doc)[cue_start:cue_end]):
            # "Can you imagine Ivo Roe, 38, not being the dad?": an age in apposition (or "the
            # 38-year-old") is taken for granted by a question, not asked by it
            sentence_read = _QUESTION_END.sub(lambda m: "." + m.group(0)[1:], ctx.text)
        if not_reported(sentence_read, cue_start - ctx.start, cue_end - ctx.start, predicate):
            return  # "Could she be the one who moved?", "jokes that they had a fling", a role
        if predicate in COUPLE_EVENTS and self._only_compared(ctx, subject, obj):
            return  # "she and X came to be a modern Y and Z": Y and Z are no one's partners
        if predicate in ("spouse", "partner", "engaged", "affair") and obj is not None:
            subject, obj = (
                self._owner_not_child(ctx, subject, cue_start),
                self._owner_not_child(ctx, obj, cue_start),
            )
            if subject == obj:
                return
        attribution = self.attributor.at(cue_start)
        obj_name = self.index.name(obj) if obj and obj in self.index.entities else obj
        keys = frozenset(k for k in (subject, obj) if k)
        date, end, explicit = self._claim_dates(
            ctx, subject, predicate, obj, cue_start, cue_end, date, end, explicit, obj_name, keys
        )
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
        self._supersede_earlier(claim)
        self.claims.append(claim)
        direct = {p.key for p in ctx.people if p.via != "couple"}
        if subject in direct and (obj is None or obj in direct or obj not in self.index.people):
            self.named.add(id(claim))
        if explicit:
            self.explicit.add(id(claim))

    def imply_marriages(self) -> None:
        """After the whole text is read: each divorce of a pair the text never calls married tells
        that they were (`_married_before_divorce`)."""
        for claim in list(self.claims):
            if claim.predicate == "divorced" and claim.object is not None and claim.modality != "denied":
                self._married_before_divorce(claim)

    def _married_before_divorce(self, divorce: Claim) -> None:
        """A divorce is of a marriage: "filed for divorce from X in May" tells that the two were
        spouses, with no wedding date (a final divorce's date ends the marriage; a filing ends
        nothing). Added once per pair, and only where the text gives no spouse claim of theirs."""
        pair = {divorce.subject, divorce.object}
        if any(c.predicate == "spouse" and {c.subject, c.object} == pair for c in self.claims):
            return
        text = doc_text(self.doc)
        before = text[max(0, divorce.span.start - 30) : divorce.span.start]
        if _MODAL_BEFORE.search(before):
            return  # "If I did, she'd divorce me": a divorce imagined, of no marriage the text tells
        filed = _FILED_FOR_DIVORCE.search(before + text[divorce.span.start : divorce.span.end]) is not None
        # "who divorced in 2023 after five years of marriage": married about 2018
        began = None
        lasted = _YEARS_WED_AFTER.search(text[divorce.span.end : divorce.span.end + 80])
        years = time_lexicon().number(lasted.group(1)) if lasted else None
        year = divorce.date.value[:4] if divorce.date is not None else ""
        if years is not None and years[0] == years[1] and year.isdigit():
            began = DateValue(str(int(year) - years[0]))
        # (the divorce's own source, modality and evidence, as a marriage that began and ended)
        ended = None if filed else divorce.date
        self.claims.append(replace(divorce, predicate="spouse", value=None, date=began, end=ended))
