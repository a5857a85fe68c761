"""Deaths: who died, and when, read as internal `died` claims.

A death is read from the parse ("X died in 1984", "he passed away", "the actor, who died in
2019", "until her death", "the death of his father, X", "X's late husband, Y", "X is survived by
his wife", "was killed in a crash", "was found dead", a death notice under a headline that names
who died). The rule is part of the claims' own reading (`relations.Extractor` calls
`DeathRules.deaths` on each sentence): who died is whoever the words naming them refer to, as the
sentence's people read them for every other rule (names, he/she, "the actor"), never a guess of
its own. The claims are internal, like `born`, and kept apart from the relations
(`extract_claims` returns them beside): the timeline shows the dated ones.

The words are data: the `[deaths]` section of data/fact_dates.toml.
"""

from __future__ import annotations

import re
from typing import Any

from allegedly.model import Attribution, Claim, DateValue, Span, TimeExpression
from allegedly.understand.attribution import modality_of
from allegedly.understand.entities import EntityIndex
from allegedly.understand.fact_dates import date_rules
from allegedly.understand.language import doc_text
from allegedly.understand.referents import Referents
from allegedly.understand.sentence import Person, SentenceContext

# The internal predicate of a death: subject the person, date the death's (None when untold).
DIED = "died"

_RULES = date_rules("deaths")
_VERBS = frozenset(v.split()[0] for v in _RULES["verbs"])
_PASSIVE_VERBS = frozenset(_RULES["passive_verbs"])
_SURVIVED = frozenset(_RULES["survived"])
_NOUNS = frozenset(_RULES["nouns"])
_NOT_TOLD = frozenset(_RULES["not_told"])
_NOUN_TIES = frozenset(_RULES["noun_ties"])
_NOT_DEATHS = frozenset(_RULES["not_deaths"])
_LATE = frozenset(_RULES["late"])
_DEAD = frozenset(_RULES["dead"])
_NOTICE = re.compile(r"\b(?:" + "|".join(_RULES["notice"]) + r")\b", re.IGNORECASE)
_NOTICE_AGE = re.compile(r"\baged\s+\d{1,3}\b", re.IGNORECASE)
_HEADLINE_DEATH = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in _RULES["headline"]) + r")\b",
    re.IGNORECASE,
)
# A sentence that may tell a death (most do not: their parse is not walked).
_CUE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {w + r"\w*" for w in (*_VERBS, *_PASSIVE_VERBS, *_SURVIVED)}
            | {"died", "dying"}
            | {re.escape(w) for w in (*_NOUNS, *_LATE, *_DEAD)}
        )
    )
    + r")\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$"
)
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# The parts of the words naming someone that name someone else: the owner ("his father, X": not
# "his"), a relative clause (the death itself), a prepositional phrase ("the widow of Y").
_OTHERS = frozenset({"poss", "relcl", "acl", "prep"})


# What the death rule keeps from sentence to sentence: whether to read at all (the body holds a
# death word); the person a headline telling a death names; where the body's first sentence starts;
# who died on which date already; the deaths dated by the report alone ("X has died").
DeathState = tuple[bool, str | None, int, set[tuple[str, str | None]], set[tuple[str, str]]]


class DeathRules(Referents):
    """The death rule of the claims' reading (a part of `relations.Extractor`): its sentence loop
    calls `deaths` on each sentence, whose people are the ones every other rule read. The `died`
    claims gather apart from the relations (`died`), never read by another rule."""

    headline: str | None
    died: list[Claim]
    _death_state: DeathState | None

    def deaths(self, ctx: SentenceContext, sent: Any) -> None:
        """Every death the sentence tells, one `died` claim per person and date (dated or not)."""
        if self._death_state is None:
            text = doc_text(self.doc)
            self._death_state = (
                bool(_CUE.search(text)),
                _headline_person(self.index, self.headline),
                _first_start(self.doc),
                set(),
                set(),
            )
        cued, headed, first, seen, reported = self._death_state
        if not cued:
            return
        start, end, sentence_text = ctx.start, ctx.end, ctx.text
        if not _CUE.search(sentence_text) and not (headed and _NOTICE_AGE.search(sentence_text)):
            return
        times = [t for t in ctx.times if t.value is not None]
        deaths: list[tuple[str, DateValue | None, Any]] = []
        title = start == first and _a_title(sentence_text)
        for word, whom, kind in _death_words(sent, title=title):
            # (a subject the parser split in two, "The pop star | X was found dead": the first that
            # names someone)
            key = next((k for k in (_person_of(who, ctx.people) for who in whom) if k), None)
            if key is None and headed and _stands_for_anyone(whom[0]):
                key = headed  # an obituary's "He died on Sunday" with no one named before
            if key is None:
                continue
            date = None if kind in ("late", "survived") else _death_date(sent, word, times, kind)
            if date is None and kind == "verb" and _perfect(word) and self.report_date is not None:
                date = self.report_date  # "X has died": news as of the report
                reported.add((self.index.name(key), self.report_date.value))
            deaths.append((key, date, word))
        if not deaths and headed and _NOTICE.search(sentence_text) and _NOTICE_AGE.search(sentence_text):
            day = next((t.value for t in times if t.value and t.value.precision == "day"), None)
            if day is not None:
                deaths.append((headed, day, None))
        text = doc_text(self.doc)
        for key, date, word in deaths:
            name = self.index.name(key)
            if (name, date.value if date else None) in seen:
                continue
            seen.add((name, date.value if date else None))
            cue_start = word.idx if word is not None else start
            cue_end = cue_start + len(word.text) if word is not None else end
            attribution = self.attributor.at(cue_start)
            involved = [p.start for p in ctx.people if p.key == key and p.start < cue_end]
            evidence_start = min(cue_start, *involved) if involved else cue_start
            self.died.append(
                Claim(
                    subject=name,
                    predicate=DIED,
                    object=None,
                    value=None,
                    date=date,
                    end=None,
                    attribution=Attribution(**vars(attribution)),
                    modality=modality_of(
                        sentence_text.strip(), attribution, ctx.previous_text, cue_end - start
                    ),
                    evidence=text[evidence_start:cue_end].strip()[:300],
                    sentence=sentence_text.strip()[:1000],
                    span=Span(cue_start, cue_end),
                    report_date=self.report_date,
                )
            )

    def deaths_read(self) -> list[Claim]:
        """The `died` claims of the whole body: "X has died. ... X died on Nov. 14 at his home"
        keeps the day the text gives, not the report's."""
        reported = self._death_state[4] if self._death_state else set()
        found = self.died
        dated = {c.subject for c in found if c.date and (c.subject, c.date.value) not in reported}
        return [
            c for c in found if not (c.subject in dated and c.date and (c.subject, c.date.value) in reported)
        ]


def _a_title(sentence: str) -> bool:
    """A title line: one line, no full stop at its end ("X, Voice of the Larks, Dies at 78")."""
    return "\n" not in sentence.strip() and not sentence.rstrip().endswith((".", "!", "?"))


def _first_start(doc: Any) -> int:
    """Where the body's first sentence starts (its title line, where "X dies at 78" is news)."""
    return next((s.start_char for s in doc.sents), 0)


def _headline_person(index: EntityIndex, headline: str | None) -> str | None:
    """The person a headline telling a death names (the longest name: "X, the voice of Y, dies")."""
    if not headline or not _HEADLINE_DEATH.search(headline):
        return None
    named = [
        key for key, entity in index.entities.items() if key.startswith("person:") and entity.name in headline
    ]
    return max(named, key=lambda k: len(index.name(k))) if named else None


def _told_not(token: Any) -> bool:
    """ "nearly died", "would rather die", "if he dies", "did not die": no death told."""
    return any(c.lower_ in _NOT_TOLD for c in token.children)


def _subjects(token: Any) -> list[Any]:
    """The word naming who a death verb is about: its subject; for a relative clause ("X, who died
    in 2019") the noun it hangs on; for a second verb with no subject ("divorced in 1979 and died in
    2016") the first verb's subject."""
    whom = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if whom and whom[0].lower_ in _RELATIVE_PRONOUNS:
        return [token.head] if token.dep_ in ("relcl", "acl") else []
    if not whom and token.dep_ in ("relcl", "acl"):
        return [token.head]
    if not whom and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return whom


def _death_words(sent: Any, title: bool = False) -> list[tuple[Any, list[Any], str]]:
    """The deaths a sentence tells: (the word telling it, the words naming who died, its kind).
    `title`: the sentence is the body's title line, whose present tense is news ("X dies at 78")."""
    found = []
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in _VERBS:
            if lemma == "pass" and not any(c.lower_ == "away" for c in token.children):
                continue
            if _told_not(token) or token.dep_ == "xcomp" or token.tag_ == "VBG":
                continue  # "would rather die than", "is dying to meet"
            if token.tag_ in ("VBZ", "VBP") and not title:
                continue  # "a character who dies in the finale": a story's present, not news
            whom = _subjects(token)
            if whom:
                found.append((token, whom, "verb"))
        elif token.pos_ in ("VERB", "AUX") and lemma in _PASSIVE_VERBS | _SURVIVED:
            if _told_not(token) or not any(c.dep_ == "auxpass" for c in token.children):
                continue  # "X killed Y" is left alone; "was killed in a crash" is a death
            if lemma in _SURVIVED and not any(c.dep_ == "agent" for c in token.children):
                continue
            who = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if who is not None and who.lower_ in _RELATIVE_PRONOUNS:
                who = token.head if token.dep_ in ("relcl", "acl") else None
            if who is not None:
                found.append((token, [who], "survived" if lemma in _SURVIVED else "verb"))
        elif token.pos_ == "NOUN" and lemma in _NOUNS and token.dep_ != "compound":
            if token.head.lemma_.lower() in _NOT_DEATHS or _told_not(token.head):
                continue  # "faked his death", "feared death"
            who = next((c for c in token.children if c.dep_ == "poss"), None)
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                who = next((c for c in of.children if c.dep_ == "pobj"), who)
            if who is not None:
                found.append((token, [who], "noun"))
        elif token.lower_ in _LATE and token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
            found.append((token, [token.head], "late"))  # "the late X", "her late husband, X"
        elif token.lower_ in _DEAD and token.dep_ in ("acomp", "oprd") and not _told_not(token.head):
            whom = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if whom:
                found.append((token, whom, "dead"))  # "X is dead", "was found dead"
    return found


def _person_of(who: Any, people: list[Person]) -> str | None:
    """Whom the words naming who died refer to: a he/she as the resolver read it; else a person
    the phrase itself holds ("his father, X": X, not "his"; "the actor": whom it stands for)."""
    if who.pos_ == "PRON":
        return next((p.key for p in people if p.start == who.idx), None)
    others = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in who.children
        if c.dep_ in _OTHERS
    ]
    left, right = who.left_edge.idx, who.right_edge.idx + len(who.right_edge.text)
    inside = [
        p
        for p in people
        if left <= p.start < right and p.via != "couple" and not any(a <= p.start < b for a, b in others)
    ]
    head = [p for p in inside if p.start <= who.idx < p.end]
    if (
        head
        and head[0].end - head[0].start == len(who.text)
        and any(_ORDINAL.match(c.text) for c in who.children)
    ):
        return None  # "the death of the 5th Earl": a title's holder, not a person named "Duke"
    if head:
        return head[0].key  # the phrase's head word is the name or the description
    named = [p for p in inside if p.via == "name"] or inside
    return named[0].key if named else None


def _stands_for_anyone(who: Any) -> bool:
    """A he/she or a description ("the actor"), which a headline's person may be."""
    return who.lower_ in ("he", "she") or (
        who.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in who.children)
    )


def _governor(token: Any) -> Any:
    """The verb a token hangs from (itself when a verb), or the sentence's root."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _death_date(sent: Any, word: Any, times: list[TimeExpression], kind: str) -> DateValue | None:
    """The date of the clause a death word stands in: a date hanging from the same verb ("died in
    1984"; for a noun only after a tie: "in 2015 on the death of his father", not "married in
    2010, after the death of her father"), or from the noun itself ("her death in 2019")."""
    tied = kind != "noun" or (word.head.lower_ in _NOUN_TIES)
    verb = _governor(word)
    for time in times:
        if time.kind not in ("date", "relative") or time.value is None:
            continue
        token = next((t for t in sent if t.idx <= time.span.start < t.idx + len(t.text)), None)
        if token is None:
            continue
        if (tied and _governor(token).i == verb.i) or (
            kind == "noun" and any(a.i == word.i for a in token.ancestors)
        ):
            return time.value
    return None


def _perfect(verb: Any) -> bool:
    """ "has died", "have passed away": the present perfect, a death that is news now."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
