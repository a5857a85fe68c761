"""Which person a he/she pronoun stands for, over the parse of one document.

Every name of the pronoun's sentence and the few before it is scored by named clues (gender
agreement, recency, syntactic role and parallelism, binding, cataphora, topic; weights in
`_WEIGHTS`) and the best person wins.  Genders come from first names and kinship words
(`entities._learn_gender`) and, in a second pass, from the text's own confidently resolved
pronouns (`PronounResolver.votes`).  Texts without a parse fall back to recency with gender
agreement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING, Any

from allegedly.model import Mention
from allegedly.understand.cues import relation_lexicon

if TYPE_CHECKING:
    from allegedly.understand.entities import EntityIndex

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# How far back (characters) a pronoun looks for its antecedent before falling back to recency.
_PRONOUN_WINDOW = 400
# Within this many characters and no sentence end, a pronoun takes the nearest agreeing name.
_SAME_CLAUSE = 120


class PronounResolver:
    """Pronoun answers for one `EntityIndex`, with the caches they share."""

    def __init__(self, index: EntityIndex) -> None:
        self.index = index
        self.doc = index.doc
        self.text = index.text
        self.token_starts: list[int] = []
        self.sentence_starts: list[int] = []
        # Second pass over gender: pronoun token → (person, gender) for every he/she of the text
        # resolved to a person whose gender names and kinship words never showed (see `votes`).
        self._pronoun_votes: dict[int, tuple[str, str]] | None = None
        # Answers already given: relation rules, attribution and the second "couple" reading ask
        # about the same pronouns again (keyed with the mention count, which only ever grows).
        self._resolved: dict[tuple[str, int, int], str | None] = {}
        # Person key → the signs, over all its mentions, that the "person" is a thing (see `thing_signs`).
        self._thing_signs: dict[str, frozenset[str]] | None = None

    def _opens_sentence(self, mention: Mention) -> bool:
        head = self.text[max(0, mention.span.start - 3) : mention.span.start]
        return mention.span.start == 0 or bool(re.search(r"(?:[.!?][\"”’]?\s+|\n\s*)$", head))

    def resolve(self, pronoun: str, before: int) -> str | None:
        """The person a he/she pronoun at offset `before` most likely refers to.

        Over the parse (when the index has one and a pronoun token starts at `before`): every
        name of the last few sentences is scored by `_pronoun_score` (gender agreement, recency,
        syntactic role and parallelism, binding, cataphora, topic) and the best person wins.
        Without a parse: recency with gender agreement, the nearest preceding name mention
        whose person's gender agrees; the most-mentioned agreeing person when none precedes."""
        word = pronoun.lower()
        wanted = "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None
        if wanted is None:
            return None
        memo = (word, before, len(self.index.mentions))
        if memo not in self._resolved:
            token = self._token_at(before)
            if token is not None and token.lower_ == word:
                self._resolved[memo] = self._resolve_over_parse(token, wanted)
            else:
                self._resolved[memo] = self._resolve_by_recency(wanted, before)
        return self._resolved[memo]

    def _token_at(self, offset: int) -> Any:
        """The token of the parse starting at character `offset`, if any."""
        if self.doc is None:
            return None
        if not self.token_starts:
            self.token_starts = [t.idx for t in self.doc]
        position = bisect_left(self.token_starts, offset)
        if position < len(self.token_starts) and self.token_starts[position] == offset:
            return self.doc[position]
        return None

    def votes(self) -> dict[int, tuple[str, str]]:
        """Genders learnt from the text's own pronouns: every he/she whose best candidate (first
        pass, genders from names and kinship words only) is a person of unknown gender, ahead
        of the runner-up by `_VOTE_MARGIN`, says that person is a he or a she. "When Stout is
        on top of his game" makes Stout a man for the next "her" of the paragraph."""
        if self._pronoun_votes is not None:
            return self._pronoun_votes
        self._pronoun_votes = {}
        unknown = {key for key, cluster in self.index.people.items() if cluster.gender is None}
        if not unknown or self.doc is None:
            return self._pronoun_votes
        votes: dict[int, tuple[str, str]] = {}
        for token in self.doc:
            word = token.lower_
            wanted = "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None
            if wanted is None:
                continue
            candidates = self.candidates(token)
            if not any(m.entity in unknown for m in candidates):
                continue
            scores = self._scores(_PronounContext(self, token, wanted, first_pass=True), candidates)
            ranked = sorted(scores.items(), key=lambda item: -item[1])
            if not ranked or ranked[0][0] not in unknown:
                continue
            if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < _VOTE_MARGIN:
                continue
            votes[token.i] = (ranked[0][0], wanted)
        self._pronoun_votes = votes
        return votes

    def thing_signs(self, key: str) -> frozenset[str]:
        """Signs that a "person" is a thing: a band, club, ship or place the name finder took
        for a lone name ("Flag of Convenience were formed ...", "the Oulu team").

        `tagged_thing`: the tagger labelled some mention a place, group or work and none a
        person; `untagged`: the tagger labelled none of its mentions at all; `the_name`: named
        after "the"; `not_propn`: a name whose first word the tagger reads as a common word
        ("Supporting Cable")."""
        if self._thing_signs is None:
            labels: dict[str, set[str]] = {}
            signs: dict[str, set[str]] = {}
            for mention in self.index.mentions:
                if mention.kind != "name" or not mention.entity.startswith("person:") or self.doc is None:
                    continue
                span = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                labels.setdefault(mention.entity, set()).update(t.ent_type_ for t in span)
                found = signs.setdefault(mention.entity, set())
                if span.start > 0 and self.doc[span.start - 1].lower_ == "the":
                    found.add("the_name")
                if span[0].pos_ != "PROPN":
                    found.add("not_propn")
            for person, seen in labels.items():
                if "PERSON" in seen:
                    continue
                signs[person].add("tagged_thing" if seen & _THING_LABELS else "untagged")
            self._thing_signs = {person: frozenset(found) for person, found in signs.items()}
        return self._thing_signs.get(key, frozenset())

    def _scores(self, context: _PronounContext, candidates: list[Mention]) -> dict[str, float]:
        """Each candidate person's best score; people bound by the pronoun's clause left out."""
        best: dict[str, float] = {}
        excluded: set[str] = set()
        for mention in candidates:
            found = context.features(mention)
            if found is None or found.get("bound"):
                # "Ana thanked her": Ana is not "her", wherever else she is named
                excluded.add(mention.entity)
                continue
            score = sum(_WEIGHTS[name] * value for name, value in found.items())
            best[mention.entity] = max(score, best.get(mention.entity, score))
        return {key: score for key, score in best.items() if key not in excluded}

    def _resolve_over_parse(self, pronoun: Any, wanted: str) -> str | None:
        """The best-scoring person among the names of the pronoun's sentence and the few before."""
        context = _PronounContext(self, pronoun, wanted)
        best = self._scores(context, self.candidates(pronoun))
        if best:
            return max(best, key=lambda key: best[key])
        for key in self.index.main_people(4):
            if self.index.people[key].gender == wanted:
                return key
        return None

    def candidates(self, pronoun: Any) -> list[Mention]:
        """Name mentions a pronoun token may stand for: those of its sentence (before or after
        it) and of the `_SENTENCES_BACK` sentences before."""
        sentence = pronoun.sent
        first = sentence
        for _ in range(_SENTENCES_BACK):
            if first.start == 0:
                break
            first = self.doc[first.start - 1].sent
        return [
            m
            for m in self.index.person_mentions(first.start_char, sentence.end_char)
            if m.kind == "name" and not m.span.start <= pronoun.idx < m.span.end
        ]

    def _resolve_by_recency(self, wanted: str, before: int) -> str | None:
        """Recency with gender agreement, for texts whose parse the index does not hold."""
        starts, people = self.index.sorted_mentions("person:")
        position = bisect_left(starts, before)
        window: list[Mention] = []  # agreeing names within _PRONOUN_WINDOW, nearest first
        close: list[Mention] = []  # names in the same clause that could agree
        latest_agreeing: Mention | None = None
        for mention in reversed(people[:position]):
            if mention.kind != "name":
                continue
            distance = before - mention.span.start
            gender = self.index.people[mention.entity].gender
            if distance > _PRONOUN_WINDOW and (window or latest_agreeing is not None):
                break
            if gender == wanted and latest_agreeing is None:
                latest_agreeing = mention
            if distance <= _PRONOUN_WINDOW and gender == wanted:
                window.append(mention)
            # Inside one clause the nearest name that can agree wins ("Castellane ... his
            # estranged wife"), even one whose gender the text never showed.
            if (
                distance <= _SAME_CLAUSE
                and gender in (wanted, None)
                and "." not in self.text[mention.span.end : before]
            ):
                close.append(mention)
        if close:
            return close[0].entity
        # Salience over recency within a short window: a child named in a list ("son X,
        # born ...") is rarely what the next "he" means; the story's main man usually is.
        if window:
            counts = self.index.person_counts()
            # A sentence's subject (a name opening its sentence) first, then salience, then recency.
            return max(window, key=lambda m: (self._opens_sentence(m), counts[m.entity], m.span.start)).entity
        if latest_agreeing is not None:
            return latest_agreeing.entity
        for key in self.index.main_people(4):
            if self.index.people[key].gender == wanted:
                return key
        return None


# -- pronouns over the parse ----------------------------------------------------------------
# How many sentences before the pronoun's own its antecedent is looked for.
_SENTENCES_BACK = 3
# A gender this sure (first-name prior plus textual evidence, see `_learn_gender`) is not
# overridden by syntax or salience.
_SURE_GENDER = 5
# A pronoun tells the gender of its unknown-gender winner only when the runner-up is this far behind.
_VOTE_MARGIN = 1.0
_OTHER_GENDER = {"m": "f", "f": "m"}
# Entity labels of the tagger that say a name is a place, a group or a work, not a person.
_THING_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "oprd"})
# Weights of the clues `_PronounContext.score` adds up for one name; picked on GAP development.
_WEIGHTS: dict[str, float] = {
    # The person's gender (first name, kinship words, earlier pronouns) agrees / disagrees.
    "agree": 0.75,
    "disagree": -6.25,
    # Each sentence between name and pronoun makes the name less likely.
    "sentence_distance": -1.25,
    # Each other name between this one and the pronoun ("nearest first").
    "intervening": -0.3,
    # Subjects are the salient people of their sentences.
    "subject": 1.5,
    # The name plays the pronoun's role (subject for "he", possessor for "his", object for "him").
    "parallel": 2.0,
    # "his"/"her" inside a clause prefers that clause's subject ("Ana met Bea at her house").
    "possessive_subject": 2.0,
    # "Ana praised her": a him/her object is never its own verb's subject or object (the
    # person is excluded outright, see `_resolve_over_parse`).
    "bound": -10.0,
    # Names in a possessive ("Ana's brother ... he") or after a preposition are side characters.
    "possessor": -1.0,
    "oblique": -4.0,
    # Names inside quotes or brackets are seldom what the narration's pronoun means.
    "quoted": -0.75,
    # A name after the pronoun is unlikely ...
    "after": -2.0,
    # ... unless the pronoun opens a fronted clause of the sentence the name is subject of
    # ("When she arrived, Ana ...", "In his youth, Bo ...").
    "cataphora": 6.5,
    # A name earlier in the pronoun's own sentence, and the nearest name before the pronoun.
    "same_sentence": 3.25,
    "nearest": 1.25,
    # A person whose gender the text never shows (a lone surname) may still be meant.
    "unknown": 0.25,
    # ... and one the text's other pronouns showed to be a he or a she (see `EntityIndex._votes`).
    "voted_agree": 1.0,
    "voted_disagree": -4.0,
    # The subject of a sentence's main verb; a name opening its sentence; a direct object.
    "main_subject": 0.0,
    "opens_sentence": 0.25,
    "object": 0.25,
    # The topic of the text: the first person named, and how often each is named (up to 5).
    "first_named": 0.75,
    "mentions": 0.45,
    # Signs that a name whose gender the text never shows is not a person at all: labelled a
    # place, group or work by the tagger; labelled nothing; after "the"; a common word first
    # (see `PronounResolver.thing_signs`).
    "tagged_thing": -0.5,
    "untagged": -1.0,
    "the_name": -2.0,
    "not_propn": -1.5,
    # The pronoun sits inside the name's own phrase ("Vane, who hoped voters would back him";
    # "recordings of Ana singing when she was two"): not bound, and close in the tree.
    "in_subtree": 1.0,
    # The name is set beside a kinship word someone else possesses ("his wife Maude"): a side
    # character of the possessor's story.
    "kin_apposed": -1.0,
    # The name is the main-clause subject of the sentence just before: the topic goes on.
    "previous_main_subject": 1.0,
}


def _name_head(doc: Any, mention: Mention) -> Any:
    """The syntactic head of a name mention ("Ana" of "Ana Vey")."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governor(token: Any) -> Any:
    """The nearest verb (or the root) above a token."""
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _role(token: Any) -> str:
    """subject, object, possessor, oblique or other; a conjunct ("Ana and Bea") takes its head's."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    dep = token.dep_
    if dep in SUBJECT_DEPS:
        return "subject"
    if dep in _OBJECT_DEPS:
        return "object"
    if dep == "poss":
        return "possessor"
    if dep == "pobj":
        return "oblique"
    return "other"


def _clause_subject(verb: Any) -> Any:
    """The subject of a verb's clause, climbing through subjectless xcomp/conj verbs."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "relcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


class _PronounContext:
    """What one pronoun's resolution needs to score every candidate name."""

    def __init__(
        self, resolver: PronounResolver, pronoun: Any, wanted: str, first_pass: bool = False
    ) -> None:
        self.resolver = resolver
        index = resolver.index
        self.doc = resolver.doc
        self.pronoun = pronoun
        self.wanted = wanted
        self.role = _role(pronoun)
        self.possessive = pronoun.dep_ == "poss" or pronoun.lower_ in ("his", "hers")
        self.reflexive = pronoun.lower_.endswith("self")
        self.verb = _governor(pronoun)
        subject = _clause_subject(self.verb)
        self.subject = subject.i if subject is not None else None
        self.counts = index.person_counts()
        self.starts, people = index.sorted_mentions("person:")
        self.first_named = people[0].entity if people else None
        if not resolver.sentence_starts:
            resolver.sentence_starts = [sent.start for sent in self.doc.sents]
        self.sentence_starts = resolver.sentence_starts
        self.sentence = pronoun.sent
        # What the text's other pronouns say of people of unknown gender (not this pronoun's
        # own say: it would only repeat this resolution).
        self.voted: dict[str, Counter[str]] = {}
        if not first_pass:
            for i, (key, gender) in resolver.votes().items():
                if i != pronoun.i:
                    self.voted.setdefault(key, Counter())[gender] += 1

    def score(self, mention: Mention) -> float | None:
        """The weighted sum of the clues for one name; None for a name that cannot be meant."""
        found = self.features(mention)
        if found is None:
            return None
        return sum(_WEIGHTS[name] * value for name, value in found.items())

    def features(self, mention: Mention) -> dict[str, float] | None:
        """The clues for and against one name mention as the pronoun's antecedent; None for a
        name that cannot be it (no token in the parse, a person surely of the other gender)."""
        head = _name_head(self.doc, mention)
        if head is None:
            return None
        pronoun = self.pronoun
        found: dict[str, float] = {}
        cluster = self.resolver.index.people.get(mention.entity)
        gender = cluster.gender if cluster is not None else None
        if gender == self.wanted:
            found["agree"] = 1
        elif gender is not None and cluster is not None:
            found["disagree"] = 1
            if abs(cluster.male - cluster.female) >= _SURE_GENDER:
                return None  # "his" is never a woman the text has shown to be one
        role = _role(head)
        if head.i > pronoun.i:
            found["after"] = 1
            if (
                head.sent.start == self.sentence.start
                and role == "subject"
                and pronoun.i in {t.i for t in head.head.subtree}
                and pronoun.i not in {t.i for t in head.subtree}
            ):
                found["cataphora"] = 1
        else:
            if head.sent.start != self.sentence.start:
                found["sentence_distance"] = bisect_right(self.sentence_starts, pronoun.i) - bisect_right(
                    self.sentence_starts, head.i
                )
            else:
                found["same_sentence"] = 1
            between = bisect_left(self.starts, pronoun.idx) - bisect_right(self.starts, mention.span.start)
            found["intervening"] = max(0, between)
            if between <= 0:
                found["nearest"] = 1
        if gender is None:
            voted = self.voted.get(mention.entity)
            if voted and voted[self.wanted] > voted[_OTHER_GENDER[self.wanted]]:
                found["voted_agree"] = 1
            elif voted and voted[self.wanted] < voted[_OTHER_GENDER[self.wanted]]:
                found["voted_disagree"] = 1
            else:
                found["unknown"] = 1
            for sign in self.resolver.thing_signs(mention.entity):
                found[sign] = 1
        if role == "subject":
            found["subject"] = 1
            if _governor(head).dep_ == "ROOT":
                found["main_subject"] = 1
        if mention.span.start == head.sent.start_char:
            found["opens_sentence"] = 1
        if role == "object":
            found["object"] = 1
        if role == self.role:
            found["parallel"] = 1
        if role == "possessor":
            found["possessor"] = 1
        elif role == "oblique":
            found["oblique"] = 1
        if self.possessive and self.subject is not None and head.i == self.subject:
            found["possessive_subject"] = 1
        if (
            not self.possessive
            and not self.reflexive
            and role in ("subject", "object")
            and _governor(head).i == self.verb.i
        ):
            found["bound"] = 1
        if _quoted(self.resolver.text, mention.span.start, head.sent.start_char):
            found["quoted"] = 1
        if mention.entity == self.first_named:
            found["first_named"] = 1
        found["mentions"] = min(5, self.counts[mention.entity])
        if head.i < pronoun.i and _dominates(head, pronoun):
            found["in_subtree"] = 1
        if _kin_apposed(head):
            found["kin_apposed"] = 1
        if role == "subject" and head.sent.start != self.sentence.start and self._previous_main(head):
            found["previous_main_subject"] = 1
        return found

    def _previous_main(self, head: Any) -> bool:
        """Is the name the main-clause subject of the sentence just before the pronoun's?"""
        return bool(head.sent.end == self.sentence.start and _governor(head).dep_ == "ROOT")


def _ancestors(token: Any) -> list[Any]:
    """The token and its heads up to the root of its sentence."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _dominates(head: Any, token: Any) -> bool:
    """Does the phrase of `head` (a name) contain `token` ("Vane, who hoped voters would back
    him"; "recordings of Ana singing when she was two")?"""
    return any(t.i == head.i for t in _ancestors(token)[1:])


def _kin_apposed(head: Any) -> bool:
    """Is the name set beside a kinship word someone else possesses ("his wife Maude",
    "Margaret, her elder daughter")? Such a name is the possessor's relative."""
    kin = _kin_words()
    for token in (head.head, *head.children):
        if token.i != head.i and token.lower_ in kin and any(c.dep_ == "poss" for c in token.children):
            return True
    return False


@cache
def _kin_words() -> frozenset[str]:
    """Kinship and gendered role words of the relation lexicon ("wife", "son", "actress")."""
    lex = relation_lexicon()
    return lex.male | lex.female


def _quoted(text: str, start: int, floor: int) -> bool:
    """Is `start` inside quotes or brackets opened since `floor` (its sentence's start)?"""
    before = text[floor:start]
    curly = before.count("“") - before.count("”")
    latex = before.count("``") - before.count("''")
    return curly > 0 or latex > 0 or before.count('"') % 2 == 1 or before.count("(") > before.count(")")
