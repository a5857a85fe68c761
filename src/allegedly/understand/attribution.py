"""Who stands behind each part of a text, and how firmly it is said.

The body is cut into *voices*: quoted speech with its speaker ("“…,” a source tells In
Touch"), sentences reporting a source ("multiple sources told Us Weekly that …"), blog
excerpts of another outlet ("[From In Touch Weekly]"), the writer's own opinion ("I feel
like …") and, everywhere else, the publication's narration.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER, SENT_START
from spacy.strings import get_string_id

from allegedly.model import Attribution, Modality
from allegedly.outlets import OutletTable
from allegedly.understand.cues import attribution_lexicon, relation_lexicon
from allegedly.understand.entities import FEMALE_PRONOUNS, MALE_PRONOUNS, EntityIndex
from allegedly.understand.language import doc_text

# Straight and typographic quotation marks; a quote longer than this is a formatting
# accident (an unclosed mark), not speech.
_QUOTE_RE = re.compile(r"“([^”]{2,2000})”|\"([^\"]{2,2000})\"")
# How far after a closing quote (or before an opening one) the reporting clause may sit.
_CLAUSE_AFTER = 140
_CLAUSE_BEFORE = 160
# A closing mark that opens a paragraph or a word is a typo for an opening one ("”Mr. Smith is
# ...”"), and an opening mark after a word's end and before a space one for a closing one
# ("... 51 percent.“ When"): read as written they pair every later quote the wrong way round.
_STRAY_OPENING = re.compile(r"(?:^|(?<=\s))(\s*)”(?=\w)")
_STRAY_CLOSING = re.compile(r"(?<=[\w.,!?])“(?=\s|$)")


# A straight mark (or a doubled apostrophe, as some papers print quotes) opens a quote after a
# space or a bracket and before a word; anywhere else it closes one.
_STRAIGHT_MARK = re.compile(r"\"|''")
_OPENS_AFTER = " \t\n([{—–-/"
_OPENING_MARKS = "“\"'‘"


def _quote_text(body: str) -> str:
    """The body with its quotation marks made typographic, same length, for pairing them:
    straight and doubled-apostrophe marks become opening or closing curly ones by position
    ("“Done," she said" pairs with itself, not with a quote three paragraphs on), and a stray
    closing mark that opens a paragraph becomes an opening one."""
    # (each stray pattern holds its mark, and has no first character the regex engine can skip
    # ahead to: a text without the mark spares its scan)
    text = _STRAY_OPENING.sub(lambda m: m.group(1) + "“", body) if "”" in body else body
    text = _STRAY_CLOSING.sub("”", text) if "“" in text else text

    def curl(match: re.Match[str]) -> str:
        i, j = match.start(), match.end()
        opening = (i == 0 or text[i - 1] in _OPENS_AFTER) and j < len(text) and not text[j].isspace()
        mark = "“" if opening else "”"
        return mark if j - i == 1 else (" " + mark if opening else mark + " ")

    return _STRAIGHT_MARK.sub(curl, text)


def quote_spans(body: str) -> list[tuple[int, int]]:
    """Where the body's quotations lie, marks included, paired over the whole text: a quote
    whose sentence splitter cut it in two still covers its last words ("… mode. Full panic
    mode,” said Jane Doe" must not read "Full panic mode" as the speaker)."""
    return [m.span() for m in _QUOTE_RE.finditer(_quote_text(body))]


# "not" in a fixed phrase negates nothing the clause claims: "Not long after the gala, she
# split with X", "not only her co-star but her husband", "Not until 2019 did they marry".
_NOT_IN_PHRASE = (
    r"(?!\s+(?:long\s+(?:after|before|ago)|so\s+long\s+ago|only|just|least|to\s+mention"
    r"|surprisingly|until|till)\b)"
)
_NEGATION = re.compile(
    r"\b(?:not" + _NOT_IN_PHRASE + r"|never|neither|nor|n't|[a-z]+n[’']t)\b(?![^.,;]*\bbut\b)",
    re.IGNORECASE,
)
# Where a negation before a claim's cue stops reaching it: the claim starts a clause of its
# own after a colon or semicolon ("They are not: she has been married to X since 2015"), a
# sentence-internal full stop, a clause a dash opens, or a quote that closes another clause
# ('"I am not," she said. He married X'). Titles ("Mr.", "Dr.") end no clause. So does a
# conjunction that opens a clause with its own subject: "still weren't divorced when she started
# dating X", "never married Y, but she began seeing X", "did not attend after he proposed".
_NEGATION_STOP = re.compile(
    r"[:;]"
    r"|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!Mrs)[.!?](?=\s+[\"“‘'A-Z])"
    r"|[,.!?][\"”’'](?=\s)"
    r"|\b(?i:when|after|before|while|since|until|because|but|although|though|once|whereas)\s+"
    r"(?:(?i:she|he|they|we|it)\b|I\b|[A-Z][a-z]+\s)"
    r"|\b(?i:and)\s+(?:(?i:she|he|they|we)\b|I\b)"
)
# Dashes: one opens a clause ("They are not - she married X"); a pair sets off an aside
# that the negation reaches across ("She is not - despite the rumours - dating X").
_NEGATION_DASH = re.compile(r"\s[-–—]{1,2}\s|—|–(?!\d)")
# A relative clause set off by commas ("X, who has never believed in divorce, has been married
# to Y") has its own verb: a negation inside it modifies that verb, not the main clause's.
# The closing comma stays: with a quote mark after it, it still ends a quoted clause. A comma
# right after the negation interrupts the clause, not ends it: "Y, who is not, despite the
# rumours, his ex" still denies.
_RELATIVE_ASIDE = re.compile(
    r",\s+(?i:who|whom|whose|which)\b[^,;:]*(?<!\bnot)(?<!\bnever)(?<!n't)(?<!n’t)(?=,)", re.IGNORECASE
)
# A second verb joined by "and" has its own polarity when the negation is no shared auxiliary's:
# "They never married and went their separate ways" (a bare "never" on the first verb), "She is
# not married and has been dating X" (the second verb brings its own auxiliary). "has never
# married or divorced", "did not marry and divorce" share the negation and are left alone.
_OWN_AUXILIARY = r"(?i:has|have|had|is|are|was|were|will|would)\b"
_BARE_NEVER = re.compile(
    r"(?<![\w'’])(?!(?i:has|have|had|is|are|was|were|will|would|did|does|do|can|could|should|may|"
    r"might|must|be|been)\b)\w+\s+(?i:never)\s+[a-z]+\b[^,;:]*?\s(?=and\s)"
)
_SECOND_VERB = re.compile(
    r"\band\s+(?:" + _OWN_AUXILIARY + r"|(?!(?i:the|a|an|his|her|their|its|my|our|your|this|that|"
    r"these|those|then|never|not|no|he|she|they|it|we|I|you|him|them|us|me)\b)[a-z]+\b)"
)
_AUX_AND = re.compile(r"\band\s+(?=" + _OWN_AUXILIARY + r")")
# "Neither has confirmed a split": not confirmed is not denied, only unestablished.
_UNCONFIRMED = re.compile(r"\b(?:confirm(?:ed|s)?|comment(?:ed)?|address(?:ed)?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Voice:
    """A stretch of text [start, end) and who says it."""

    start: int
    end: int
    attribution: Attribution
    quoted: bool = False
    cue_span: tuple[int, int] | None = None  # the reporting verb, where the parse found it
    source_span: tuple[int, int] | None = None  # the words naming the source
    # The writer's own words inside a reporting sentence ("Dana Wilde, 30," before "said"): it
    # wins over a voice of the same extent.
    aside: bool = False


@dataclass
class Attributor:
    """Answers `at(offset)`: the attribution of the words at that offset of the body."""

    voices: list[Voice]
    default: Attribution

    def at(self, offset: int) -> Attribution:
        best: Voice | None = None
        for voice in self.voices:
            if voice.start <= offset < voice.end and (best is None or _narrower(voice, best)):
                best = voice
        return best.attribution if best else self.default


def _narrower(voice: Voice, than: Voice) -> bool:
    """Whether a voice is more specific than another: shorter, or as long and an aside."""
    length, other = voice.end - voice.start, than.end - than.start
    return length < other or (length == other and voice.aside and not than.aside)


Spans = tuple[int, int]


@dataclass(frozen=True)
class _Reading:
    """One reporting construction: who, the cue words and the source words (body offsets)."""

    attribution: Attribution
    cue: Spans | None = None
    source: Spans | None = None
    # The sentence's tokens (doc indices) that carry what the source says; None where the
    # reading cannot tell (the whole sentence is theirs).
    content: frozenset[int] | None = None


# A he/she/they pronoun (or its possessive) as a source: resolved to a person where the index can.
_PERSONAL = {
    "he": "he",
    "him": "he",
    "his": "he",
    "she": "she",
    "her": "she",
    "they": "they",
    "their": "they",
}
# Quantifiers and group words that stand for people when they are a subject ("some argue",
# "many have said", "others warned").
# Indefinite people count too: "someone asked how", "no one has claimed", "everyone agrees".
_GROUP_WORDS = frozenset(
    {"some", "many", "others", "both", "all", "most", "few", "several", "each", "none", "one"}
) | {
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "nobody",
    "anyone",
    "anybody",
}
# Relative pronouns: the source is the noun the relative clause hangs on ("Kim, who said ...").
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# A speaker named in a signature after a quote: "“...” ― Jane Doe".
_SIGNATURE = re.compile(r"^\s*[―—–]+\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})")
# A speaker label opening a line: "PAT SMITH: ...", "Smith: We will win" (transcripts, headlines).
_LABEL = re.compile(r"^\W{0,2}(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*:\s*\S")
# In a transcript (a capitalised label the document names as a person, "PENCE:"), another
# capitalised label of one or two plain words that opens at least this many lines is a speaker
# too, though the document never names them ("WALLACE: Let's start"): one such line may be a
# shouted heading ("BOTTOM LINE: ...").
_TRANSCRIPT_LABEL = re.compile(r"[A-Z]{3,}(?: [A-Z]{3,})?")
_TRANSCRIPT_TURNS = 2
# A capitalised word this short is an acronym naming a body ("ACLU argues that"); a longer
# one is a shouted word the parser took for a subject ("EXCLUSIVELY told").
_ACRONYM_MAX = 5
# How many dependency steps a participle or conjoined verb may climb to find its subject
# ("she stressed ... and said", "he attacked ..., saying ...").
_CLIMB = 3


# Between a representative and the one represented: "a rep for (the) Kim", "Kim's (longtime) rep".
_REP_FOR = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")
_REP_OF = re.compile(r"[’']s\s+(?:\w+\s+)?")


def _is_verb_word(clause: str, match: re.Match[str]) -> bool:
    """False for a speech word used as a noun: "her claims", "the reports", "a fair share"."""
    before = re.findall(r"[\w'’]+", clause[: match.start()].lower())
    if not before:
        return True
    previous = before[-1]
    lex = attribution_lexicon()
    if match.group(0)[:1].isupper():
        # "the Washington Post", "The Daily Report": a capitalised word after another inside a
        # sentence is part of a name
        words = re.findall(r"[\w'’]+", clause[: match.start()])
        if words and words[-1][:1].isupper() and not re.search(r"[.!?:;,]\s*$", clause[: match.start()]):
            return False
    return previous not in lex.noun_markers and not previous.endswith(("'s", "’s"))


def _speaker_of_clause(
    clause: str, clause_start: int, index: EntityIndex, outlets: OutletTable, inherited: Attribution | None
) -> _Reading | None:
    """Read a reporting clause ("a source tells In Touch", "she told People")."""
    lex = attribution_lexicon()
    verb = next(
        (
            m
            for m in re.finditer(r"[A-Za-z]+", clause)
            if m.group(0).lower() in lex.speech_verbs
            and _is_verb_word(clause, m)
            and not (
                m.group(0).lower().startswith(tuple(_GOING_ON_LEMMAS))
                and _GOING_ON_WITH.match(clause, m.end())
            )
        ),
        None,
    )
    according = re.search(r"\baccording to\b", clause, re.IGNORECASE)
    if verb is None and according is None:
        return None
    # The source is named just before the verb ("multiple sources told") or right after
    # "according to"; the outlet it spoke to follows the verb ("told Us Weekly").
    if according is not None:
        subject_start, subject_end = according.end(), min(len(clause), according.end() + 60)
        cue_span = (clause_start + according.start(), clause_start + according.end())
    else:
        assert verb is not None
        subject_start, subject_end = max(0, verb.start() - 45), verb.start()
        if verb.start() < 4:  # inverted: "said the source", "added the insider"
            subject_start, subject_end = verb.end(), min(len(clause), verb.end() + 45)
        cue_span = (clause_start + verb.start(), clause_start + verb.end())
    subject = clause[subject_start:subject_end]
    base = clause_start + subject_start
    found = outlets.find(clause)
    outlet = found[0][2].name if found else None
    anonymous = lex.anonymous.search(subject)
    people = index.person_mentions(base, clause_start + subject_end)
    representative = lex.representatives.search(subject)
    cue = clause.strip(' ,.:;“”"')[:80]

    def reading(attribution: Attribution, source: Spans | None) -> _Reading:
        return _Reading(attribution, cue_span, source)

    if representative:
        # The person represented sits right after "rep for" or right before "'s rep"; any other
        # name in the window is someone else ("Otis James, on Jan. 3, a rep for the couple").
        rep_start, rep_end = base + representative.start(), base + representative.end()
        represented = [
            m
            for m in people
            if _REP_FOR.fullmatch(clause[rep_end - clause_start : m.span.start - clause_start])
            or _REP_OF.fullmatch(clause[m.span.end - clause_start : rep_start - clause_start])
        ]
        if represented:
            mention = represented[0]
            return reading(
                Attribution("on_record", speaker=index.name(mention.entity), outlet=outlet, cue=cue),
                (mention.span.start, mention.span.end),
            )
        if not anonymous:
            words = subject[representative.start() :].strip(" ,;:")
            return reading(
                Attribution("on_record", speaker=words, outlet=outlet, cue=cue),
                (base + representative.start(), base + representative.start() + len(words)),
            )
    if anonymous:
        if outlet is None and inherited is not None:
            outlet = inherited.outlet
        return reading(
            Attribution("anonymous", speaker=anonymous.group(0), outlet=outlet, cue=cue),
            (base + anonymous.start(), base + anonymous.end()),
        )
    if people:
        mention = people[-1]
        return reading(
            Attribution("on_record", speaker=index.name(mention.entity), outlet=outlet, cue=cue),
            (mention.span.start, mention.span.end),
        )
    named = _known_surname(subject, index)
    if named is not None:
        key, (s, e) = named
        return reading(
            Attribution("on_record", speaker=index.name(key), outlet=outlet, cue=cue), (base + s, base + e)
        )
    for match in re.finditer(r"\b(he|she)\b", subject, re.IGNORECASE):
        person = index.resolve_pronoun(match.group(1), base + match.start())
        if person is not None:
            return reading(
                Attribution("on_record", speaker=index.name(person), outlet=outlet, cue=cue),
                (base + match.start(), base + match.end()),
            )
    generic = lex.outlet_generic.search(subject)
    if generic and outlet is None:
        return reading(Attribution("outlet", cue=cue), (base + generic.start(), base + generic.end()))
    if outlet is not None:
        s, e, _ = found[0]
        return reading(Attribution("outlet", outlet=outlet, cue=cue), (clause_start + s, clause_start + e))
    return None


# How short a surname may be and still name someone on its own ("Said Ellis:"): shorter
# capitalised words ("Mr", "Al") are titles or parts of names.
_MIN_SURNAME = 3


def _known_surname(text: str, index: EntityIndex) -> tuple[str, tuple[int, int]] | None:
    """A person the document has named in full, named again by surname alone in a reporting
    clause ("“…,” said Ellis.", "Said Ellis: “…”"), where the entity index links no mention:
    the person's key and where the surname lies in `text`."""
    verbs = attribution_lexicon().speech_verbs
    surnames: dict[str, str] = {}
    for key, entity in index.entities.items():
        parts = entity.name.split()
        if parts and parts[0].lower() in verbs:
            continue  # "Said Ellis": the tagger ran the inverted verb into the name
        if entity.kind == "person" and len(parts) > 1 and len(parts[-1]) >= _MIN_SURNAME:
            # a surname two people share names neither
            surnames[parts[-1]] = "" if parts[-1] in surnames and surnames[parts[-1]] != key else key
    for match in re.finditer(r"\b[A-Z][\w'’-]+", text):
        person = surnames.get(match.group(0))
        if person:
            return person, match.span()
    return None


def _excerpts(body: str) -> list[Voice]:
    """Blog excerpts: paragraphs between the writer's opening and a "[From X]" line."""
    lex = attribution_lexicon()
    voices: list[Voice] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body)]
    last_boundary = 0  # excerpts never swallow the first paragraph: that is the writer's intro
    for i, (start, end) in enumerate(paragraphs):
        text = body[start:end]
        for pattern in lex.excerpt_close:
            match = pattern.match(text)
            if match and i > last_boundary + 1:
                outlet = match.group("outlet").strip()
                first = paragraphs[last_boundary + 1][0]
                voices.append(
                    Voice(first, start, Attribution("outlet", outlet=outlet, cue=text.strip()[:80]))
                )
            if match:
                last_boundary = i
    return voices


# Subjects that are the writer or the reader, not a source ("I think", "you said").
_NOT_SOURCES = frozenset({"i", "we", "you", "it", "this", "that", "which", "who", "me", "us", "there"})
# Outside quotation marks, "I" and "we" are the writer (an op-ed's author, an editorial board).
_FIRST_PERSON = frozenset({"i", "we"})
# Verbs by which a document or a count shows something through its object ("polls show a
# close race", "the video shows an officer ...", "the spot features a report"): a source only
# when their subject is such a document, never a person ("he showed up", "she found a house").
_FINDING_LEMMAS = frozenset({"show", "find", "indicate", "feature", "depict", "suggest", "reveal"})


# Forms the pipeline's lemmatizer gets wrong ("hoping" → "hop"), by their word.
_LEMMA_SLIPS = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope",
    # "retweeted" → "retweete", "lambasting" → "lambast"
    "retweeted": "retweet", "retweets": "retweet", "retweeting": "retweet",
    "lambasting": "lambaste", "lambasted": "lambaste", "lambasts": "lambaste",
}  # fmt: skip


def _lemma(token: Any) -> str:
    lower: str = token.lower_
    return _LEMMA_SLIPS.get(lower) or str(token.lemma_).lower()


# Verbs whose "to" clause is done, not planned: "appeared to suggest", "seemed to blame", "took
# to Twitter to accuse", "went on to say", "used the speech to attack", and what goes on being
# done ("protesters continued to call for a recount": they called, and still do). The speech
# verb of a plan, a wish or an expectation ("wants to say", "plans to announce", "is expected
# to reveal") is no voice: nothing is said yet (the aim itself is, see `_INTENTION_LEMMAS`).
_REALISED_HEADS = frozenset({"appear", "seem", "take", "go", "use", "proceed", "rush", "hasten", "continue"})
# Adjectives after "be" whose "to" clause is done by the subject: "was quick to point out",
# "was careful to note", "was able to tout" (they pointed out, noted, touted). Not the ones of
# an act held back or only hoped for ("was reluctant to say", "is eager to claim": see
# `_INTENTION_LEMMAS`), nor of a chance ("is likely to criticise").
_REALISED_ADJECTIVES = frozenset({"quick", "swift", "careful", "able", "fast", "happy", "keen", "first"})
# "continue" reports speech alone ("..., she continued."), never with the deed it goes on with
# ("she continues to trash him in interviews", "he continued dating her").
_GOING_ON_LEMMAS = frozenset({"continue"})
_GOING_ON_WITH = re.compile(r"\s+(?:to\s+[a-z]+|[a-z]+ing)\b")

# Verbs of plans and wishes: what their "to" clause says has not been said ("plans to
# announce", "wants to tell", "hopes to reveal", "is set to confirm").
_PLANNING_HEADS = frozenset(
    {"plan", "want", "hope", "intend", "aim", "wish", "expect", "prepare", "schedule", "set", "seek", "mean"}
)
# Verbs whose object did what the "to" clause says, made to: "forced Tolley to admit", "led
# Quill to concede", "prompted aides to deny" (the object's voice; "urged her to deny" or
# "pressed her to explain" say nothing of what she did).
_FORCED_TO_SPEAK = frozenset({"force", "lead", "compel", "prompt", "drive"})
# Of those, the ones whose object is the means, not the one who speaks ("used the speech to
# attack"; compare "urged her to deny").
_INSTRUMENT_HEADS = frozenset({"use"})
# Verbs whose bare or "to" clause has for its subject the one let, helped or made to act ("the
# rules allow companies to tell regulators nothing", "voters may not let columnists tell
# them", "allies would help the city make its case", "dared him to say"): an act that someone
# else permits, wishes or causes, never yet a voice of the one named.
_CAUSING_HEADS = frozenset(
    {"let", "help", "allow", "enable", "permit", "dare", "make", "force", "cause", "compel", "lead"}
)


def _bidden(verb: Any) -> bool:
    """Whether a verb's subject is only the one let, helped or made to act: a bare verb in the
    clause of a verb of causing, or in a "for X to ..." clause ("it would be improper for him
    to speak", "there is little point for the city to respond"), which supposes the act."""
    if verb.tag_ != "VB":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True
    return bool(verb.dep_ == "ccomp" and _lemma(verb.head) in _CAUSING_HEADS)


# Prepositions that give what someone is blamed, thanked or held to account for: "held Kim in
# contempt for refusing to testify", "was investigated by the board for promoting the pills".
_REASON_PREPOSITIONS = frozenset({"for"})


def _held_to_account(verb: Any) -> Any | None:
    """The one a verb holds to account other than its subject: its object, or the subject of a
    passive with its agent ("was investigated by the board"). The act it gives a reason for is
    that one's, never its subject's (a passive without an agent keeps its subject: "was fined
    for claiming")."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if objects:
        return objects[0]
    if any(c.dep_ == "agent" for c in children):
        return next((c for c in children if c.dep_ == "nsubjpass"), None)
    return None


# What opens a clause that supposes an act rather than reports one: "if the council pledged
# to cap it", "it is unclear whether the judges would rule that ...", "if they did not vote
# for her". ("Unless" is left out: "unless it wants to release them" states the aim it doubts.)
_SUPPOSING_MARKS = frozenset({"if", "whether"})


# Verbs that name a thing as something ("what she called a betrayal", "what he sees as a
# threat", "what critics describe as a giveaway").
_NAMING_LEMMAS = frozenset(
    {"call", "see", "describe", "view", "regard", "term", "dub", "label", "brand", "deem"}
)


def _names_what(verb: Any) -> bool:
    """Whether a verb names what its "what" stands for, in a phrase the writer sets inside a
    clause of their own ("look up what Dana Morrow called her secret recipe", "a season marred by
    what he called sabotage", "a speech on what she sees as the decline of the pier"): a label
    for a thing the writer speaks of, in that one's words, not a statement. News attribution
    leaves it unmarked."""
    if _lemma(verb) not in _NAMING_LEMMAS or verb.dep_ in ("ROOT", "conj"):
        return False
    what = any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    named = any(
        c.dep_ == "oprd"
        or (c.dep_ == "prep" and c.lower_ == "as")
        or (c.dep_ == "dobj" and c.lower_ != "what")
        for c in verb.children
    )
    return what and named


def _given_name(verb: Any) -> bool:
    """Whether a participle gives the name of the noun it hangs on ("His charity, called the
    Clearwater Trust, ...", "a fund known as ..."): a name, said by no one ("dubbed the mansion
    levy by critics" names who says it, and stays a voice)."""
    if _lemma(verb) not in _NAMING_LEMMAS or any(
        c.dep_ in ("agent", "auxpass", "aux") for c in verb.children
    ):
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl"):
        # (not the sentence's own verb the parser hung on a noun: "One of the aides who wrote
        # the letter called Park a fraud")
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        return not subject and not _finite_misread_as_participle(verb)
    # the participle set off by commas that the parser read as a finite verb with the noun as
    # its subject, leaving the clause's own verb without one ("His charity, called the X, will
    # own ...")
    return (
        verb.dep_ == "parataxis"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ == "oprd" for c in verb.children)
        and not any(c.dep_.startswith("nsubj") for c in verb.head.children)
    )


def _poll_share(token: Any, lemma: str) -> Any | None:
    """The share of those polled whose preference a verb states ("38 percent would pick Ruiz-Hale",
    "a majority back the bypass", "12 percent disapprove"; see `poll_shares` in
    data/attribution.toml): its subject. The tagger may read "back" as an adverb after a modal
    ("would back Ruiz-Hale")."""
    lex = attribution_lexicon()
    if lemma not in lex.preference_lemmas and token.lower_ not in lex.preference_lemmas:
        return None
    if token.pos_ not in ("VERB", "AUX") and not (token.lower_ == "back" and token.dep_ in ("ROOT", "conj")):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in lex.poll_shares:
        return None
    return subject


def _supposed(verb: Any) -> bool:
    """Whether a verb is the act an "if" or "whether" clause supposes."""
    return any(c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in verb.children)


def _as_aside_speaker(verb: Any, subject: Any) -> Any | None:
    """The speaker of an aside "as X noted" that the parser read as the sentence's subject:
    "Velmont, as one of the mayor's aides pointed out, gets no snow" parsed with "Velmont" as
    the subject of "pointed" and "as one of the aides" a preposition of the verb or of that
    subject. The speaker is the object of that "as" when the aside is set off by a comma and
    runs up to the verb ("Tolley as mayor said" is Tolley speaking in a role)."""
    for child in [*verb.children, *subject.children]:
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and subject.i < child.i < verb.i
            and child.nbor(-1).text == ","
        ):
            spoken = [g for g in child.children if g.dep_ == "pobj" and g.right_edge.i == verb.i - 1]
            if spoken:
                return spoken[0]
    return None


# Verbs that stir a feeling in their object ("the verdict worries fans", "has long
# angered neighbours", "which frustrated Kell"): news attribution counts the
# one stirred as the holder of a view of what stirs them. ("Concern" only with someone as its
# object: "the case concerns taxes" is what it is about.)
_STIRRING_LEMMAS = frozenset(
    {
        "worry", "concern", "anger", "frustrate", "alarm", "upset", "trouble", "bother", "outrage",
        "infuriate", "irk", "annoy", "dismay", "enrage", "unsettle", "rattle", "disappoint",
        "incense", "disturb",
    }
)  # fmt: skip
_ABOUT_LEMMAS = frozenset({"concern"})


def _stirred(verb: Any) -> Any | None:
    """The one a verb of `_STIRRING_LEMMAS` stirs: its object ("worries voters"), or the subject
    of its passive with what stirred them ("were unsettled by the protests"); a people noun,
    a name or an organisation (for "concern", only someone), never the writer or the reader."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        found = next((c for c in children if c.dep_ == "nsubjpass"), None)
    else:
        found = next((c for c in children if c.dep_ == "dobj"), None)
    if found is None or found.lower_ in _NOT_SOURCES:
        return None
    someone = (
        found.ent_type_ in _SOMEONE_ENTITIES or found.pos_ == "PROPN" or found.lower_ in _SOMEONE_PRONOUNS
    )
    if _lemma(verb) in _ABOUT_LEMMAS:
        return found if someone else None
    return found if someone or (found.pos_ == "NOUN" and found.tag_ == "NNS") else None


# Verbs of hearing or catching someone at it: their object, or the subject of their passive,
# is the one who speaks ("can be heard yelling that", "was caught on tape saying").
_PERCEIVING = frozenset({"hear", "overhear", "catch", "see", "film", "record", "tape"})


# How a noun that a speech gerund hangs on ("the forefront in backing", "his habit of
# questioning") stands to the verb of its clause: the object of a preposition of it ("were in
# the forefront in ...") or its object ("took the lead in ...").
_GERUND_NOUN_DEPS = frozenset({"pobj", "dobj", "attr"})


def _gerund_holder(noun: Any) -> Any | None:
    """Whose act a speech gerund after a noun's preposition is: the noun's owner ("his theme
    of questioning"), else the verb whose object, or whose preposition's object, the noun is
    ("were at the forefront in backing", "took the lead in denouncing"), to climb to its subject.
    None for a noun with no such verb ("a campaign of attacking him")."""
    if noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ not in _GERUND_NOUN_DEPS:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _speaks_in(noun: Any) -> Any | None:
    """Who speaks in a statement the clause's verb is set in: "In a statement released Friday,
    the mayor was more cautious", "the neighbours kept on with arguments that ...": the
    subject of the verb whose "in" the noun of speech follows (a noun with an owner or a "by"
    speaks for that one instead; a verb of speech, "said in a statement", is read itself)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ not in ("VERB", "AUX"):
        return None
    lex = attribution_lexicon()
    if _lemma(verb) in lex.speech_lemmas | lex.object_speech_lemmas | _SAYS_IT:
        return None  # "she said in a statement that", "as she put it in a statement": read itself
    return _subject_of(verb)


def _subject_of(token: Any) -> Any | None:
    """The source of a reporting word: its subject; the noun a relative clause or participle
    hangs on ("Kim, who said", "footage of Kim saying"); the agent of a passive ("was told by
    X"); or the subject of the verb a participle or conjoined verb depends on ("she stressed
    ... and said", "he attacked ..., saying")."""
    if (
        token.tag_ == "VBN"
        and token.dep_ == "advcl"
        and not any(c.dep_.startswith("nsubj") for c in token.children)
    ):
        # "When pressed by the moderator, she ...", "Scolded by the judge, he ...": the agent
        agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents[0] if agents else None  # "failed as predicted", "as reported": unnamed
    if _finite_misread_as_participle(token):
        return token.sent.root  # "Jo Park, the band's manager, denied the report"
    current = token
    through_preposition = False
    for _ in range(_CLIMB + 1):
        children = list(current.children)
        # Of two subjects (a misparse: "Hawaii, as one of her aides pointed out, ..."), the
        # one nearest the verb.
        # (reached through a preposition, the one nearest the gerund: "Kell, despite admitting
        # X, the victims need Y")
        near = token.i if through_preposition else current.i
        subjects = sorted((c for c in children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - near))
        if subjects:
            subject = subjects[0]
            aside = _as_aside_speaker(current, subject)
            if aside is not None:
                return aside
            if _bidden(current):
                return None  # "let editorials tell them", "for him to speak": no act of theirs
            if (
                subject.lower_ in _RELATIVE
                and current.dep_ == "relcl"
                and current.head.pos_ in ("NOUN", "PROPN")
            ):
                return current.head
            if subject.lower_ in ("which", "who") and subject.i > 0 and current.dep_ != "relcl":
                # "turned to the city police which reported ...", parsed as an adverbial
                # clause: the relative pronoun still stands for the noun right before it
                before = (
                    subject.nbor(-1) if subject.nbor(-1).text != "," or subject.i < 2 else subject.nbor(-2)
                )
                if before.pos_ in ("NOUN", "PROPN"):
                    return before
            return subject
        if any(c.dep_ == "nsubjpass" for c in children):
            agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if not agents and through_preposition:
                # "After saying her foot was swollen, she was rushed to hospital": the one rushed
                # is the one who said it
                return next(c for c in children if c.dep_ == "nsubjpass")
            return agents[0] if agents else None
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ == "PROPN":
            return current.head  # "footage of Kim saying": a name, not "a letter saying"
        if (
            current.dep_ == "acl"
            and current.tag_ == "VBG"
            and current.head.lower_ in _STATEMENT_HEADS
            and current.head.dep_ != "dobj"  # "issued a statement calling ...": the issuer's voice
        ):
            return current.head  # "in a statement announcing the pick": the statement itself
        if (
            current.dep_ == "pcomp"
            and current.head.dep_ == "prep"
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            if current.head.lower_ in _REASON_PREPOSITIONS and (held := _held_to_account(current.head.head)):
                # "suspended Kim for claiming ...": Kim's claim; "thanked Kim for backing it",
                # "was investigated by the board for promoting pills": a deed, no one's voice
                return held if _lemma(token) in attribution_lexicon().core_speech_lemmas else None
            current = current.head.head  # "began by saying", "was fined for claiming"
            through_preposition = True
            continue
        if (
            current is token
            and current.dep_ == "pcomp"
            and current.head.dep_ == "prep"
            and current.head.lower_ not in _REASON_PREPOSITIONS  # "gave them credit for speaking"
            and (held := _gerund_holder(current.head.head))
        ):
            # "his habit of questioning the budget": the owner's; "councillors were at
            # the forefront in backing it": the subject of the verb the noun hangs on
            if held.dep_ == "poss":
                return held
            current = held
            through_preposition = True
            continue
        if (
            current.dep_ == "xcomp"
            and current.head.pos_ == "ADJ"
            and current.head.lower_ in _REALISED_ADJECTIVES
            and current.head.dep_ == "acomp"
            and current.head.head.pos_ in ("VERB", "AUX")
            and any(c.tag_ == "TO" for c in current.children)
        ):
            current = current.head.head  # "was quick to point out": the subject of "was"
            continue
        if (
            current.dep_ == "xcomp"
            and _lemma(current.head) in _FORCED_TO_SPEAK
            and _lemma(token) in attribution_lexicon().speech_lemmas
            and (forced := [c for c in current.head.children if c.dep_ == "dobj"])
        ):
            return forced[0]  # "forced Tolley to admit", "led Quill to concede": theirs
        if (
            current is token
            and current.dep_ == "xcomp"
            and current.tag_ == "VBG"
            and _lemma(current.head) in _PERCEIVING
        ):
            # "she can be heard yelling that ...", "cameras caught him saying ...": the one heard
            perceived = [c for c in current.head.children if c.dep_ in ("nsubjpass", "dobj")]
            return perceived[0] if perceived else None
        realised = (
            current.dep_ == "xcomp"
            and _lemma(current.head) in _REALISED_HEADS
            and any(c.tag_ == "TO" for c in current.children)  # "to accuse", not "asking"
        )
        if current.dep_ == "xcomp" and _lemma(current.head) in _PLANNING_HEADS:
            return None  # "plans to announce", "wants to say": a plan or a wish, nothing said yet
        if (
            current.dep_ == "xcomp"
            and not realised
            and token.lemma_.lower() not in attribution_lexicon().core_speech_lemmas
        ):
            return None  # "is expected to reveal", "is likely to criticise": not yet anyone's words
        if current.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children):
            return None  # "had clashed with producers and had been warned": the one warned
        if current.dep_ in ("advcl", "xcomp", "conj") and current.head.pos_ in ("VERB", "AUX"):
            objects = [c for c in current.head.children if c.dep_ == "dobj"]
            if current.dep_ == "xcomp" and objects and _lemma(current.head) not in _INSTRUMENT_HEADS:
                return None  # "urged her to deny": the one who denies is the object, not the subject
            current = current.head
            continue
        return None
    return None


# Statements that speak through a participle hung on them ("a statement announcing the pick",
# "a letter urging the board to ..."): the statement is the source, as with "the statement
# said". (Other documents, "a video showing", stay evidence the outlet shows.)
_STATEMENT_HEADS = frozenset({"statement", "statements", "letter", "letters"})


# A party-and-district label after a name ("Sen. Ann Roe (D-Ore.)", "Ray Dunn (D)", "Jo Park
# (R-Tex.)"), closed or cut short by the parse: the source is the name before it.
_PARTY_LABEL = re.compile(r"\s*\((?:[DRI]|[A-Z][a-z]{0,3}\.?)(?:-[A-Z][\w. ]{0,20})?\)?$")


# The terms on which a source speaks, which news style sets beside its words: "who asked not
# to be named", "who spoke on condition of anonymity", "requesting anonymity". They say how the
# source spoke, not what: no voice of their own.
_UNNAMED_WORDS = frozenset({"named", "identified", "quoted"})
_ANONYMITY_WORDS = frozenset({"anonymity", "condition"})


def _asks_anonymity(token: Any) -> bool:
    """Whether a speech verb only sets the terms of a source's speech: "asked not to be named",
    "spoke on condition of anonymity", "requested anonymity"."""
    for child in token.children:
        if child.dep_ == "xcomp" and child.lower_ in _UNNAMED_WORDS:
            return True  # "asked not to be named"
        if child.dep_ in ("dobj", "prep") and (
            child.lower_ in _ANONYMITY_WORDS
            or any(g.dep_ == "pobj" and g.lower_ in _ANONYMITY_WORDS for g in child.children)
        ):
            return True  # "requested anonymity", "spoke on condition of anonymity"
    return False


def _finite_misread_as_participle(token: Any) -> bool:
    """Whether a past form the parser hung on a noun as a participle is the sentence's verb:
    the sentence has no verb of its own, only a noun phrase before it ("Jo Park, the band's
    manager, compared the tour to a circus", parsed as "Jo Park ... [who was] compared").
    It must follow the phrase's end: a comma closing an apposition ("Jo Park, the band's
    manager, compared") or a clause inside the phrase ("one of the aides who wrote the letter
    called"); "a group called the Fans" stays a name."""
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return False
    root = token.sent.root
    if root.pos_ not in ("PROPN", "NOUN", "NUM"):
        return False
    # (a party-and-district label closes a name as a comma does: "Ray Dunn (D) called ...")
    closes_phrase = token.nbor(-1).text in (",", ")") or token.head.i != root.i
    return bool(root.i < token.i and closes_phrase and any(not c.is_punct for c in token.children))


def _source_tokens(head: Any, cue: Any) -> tuple[int, int]:
    """Where the source's words lie: the head's phrase, cut before the reporting word when the
    phrase contains it (a relative clause or a participle hanging on the source)."""
    first, last = head.left_edge.i, head.right_edge.i
    if first <= cue.i <= last:
        last = head.i
        for child in head.children:  # keep an apposition or a name attached before the clause
            if child.i > head.i and child.i < cue.i and child.dep_ in ("appos", "compound", "flat", "prep"):
                # up to the reporting word: "one of the aides who wrote the letter" before "called"
                last = max(last, max(t.i for t in child.subtree if t.i < cue.i))
    return first, last


# How many words of its own ("of the museum") a verb may have before the quote it opens.
_QUOTE_LEAD = 5


def _opens_quote(token: Any, sent: Any) -> bool:
    """Whether a quotation opens right after the word ("asked, “Is it …", "chanted “No!”")."""
    doc, end = sent.doc, sent.end
    i = token.i + 1
    # "joked of the museum, “…”": a few words of the verb's own may come first
    while i < end and i - token.i <= _QUOTE_LEAD:
        word = doc[i]
        if word.text in (",", ":") or _is_opening_mark(word) or not token.is_ancestor(word):
            break
        i += 1
    while i < end and doc[i].text in (",", ":", "-", "--", "—"):
        i += 1
    return i < end and _is_opening_mark(doc[i])


def _is_opening_mark(token: Any) -> bool:
    """A quotation mark, not a word that starts with an apostrophe ("'s", "'re")."""
    return bool(token.text[:1] in _OPENING_MARKS and (token.is_quote or token.is_punct))


def _last_word(sent: Any) -> int:
    """Where a sentence's words end (exclusive), less the whitespace tokens after them: the
    parser keeps a paragraph break inside the sentence it closes, so a verb closing the
    sentence ("…,” the paper reported.") would not look last."""
    end: int = sent.end
    while end - 1 > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    return end


def _reports(token: Any, sent: Any, text_len: int, offset: int) -> bool:
    """Whether a speech verb reports something: a clause it governs or closes, a "that", or
    the quotation it opens onto."""
    return (
        _opens_quote(token, sent)
        or any(c.dep_ in ("ccomp", "parataxis") and not _semicolon_between(c, token) for c in token.children)
        or token.dep_ in ("parataxis", "ccomp")
        or _parenthetical_then_that(token, sent)
        or _addressee_then_that(token)
        or (token.i + 1 < sent.end and token.nbor(1).lower_ in ("that", ":"))  # "he continued: …"
        or (token.i + 2 >= _last_word(sent) and offset > text_len // 2)
    )


def _addressee_then_that(token: Any) -> bool:
    """Whether a speech verb's "to" addressee is followed by its "that" clause, misparsed as a
    relative clause of the addressee: "yelled to the officers that her husband was unarmed"
    (the "that" of a true relative clause is its subject or object, not its mark)."""
    return any(
        r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
        for r in g.children
    )


# How many words a parenthetical set off by commas may hold between a reporting verb and its
# "that": "In Touch reported, citing an unnamed member of the crew, that ...".
_PARENTHETICAL_MAX = 12
# How many words of a time may stand between a verb and that comma ("reported on Tuesday,").
_TIME_WORDS_MAX = 3


def _comma_after(token: Any, sent: Any) -> int | None:
    """The comma right after a verb, past a time ("reported Tuesday, citing ..."), if any."""
    i = token.i + 1
    while i < sent.end and i - token.i <= _TIME_WORDS_MAX and sent.doc[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    return i if i < sent.end and sent.doc[i].text == "," else None


def _parenthetical_then_that(token: Any, sent: Any) -> bool:
    """Whether a verb reports a "that" clause across a parenthetical set off by commas ("Page
    Six reported, citing a production source, that ...", "she said, in a statement, that ..."),
    which the parser often hangs elsewhere."""
    comma = _comma_after(token, sent)
    if comma is None:
        return False
    for later in sent.doc[comma + 1 : min(sent.end - 1, comma + 1 + _PARENTHETICAL_MAX)]:
        if later.text == ",":
            return bool(later.nbor(1).lower_ == "that")
    return False


# Prepositions through which an object speech verb reports: a call ("called for", "called
# on"), a pointer ("pointed to"), a topic ("spoke about", "warned of"), a stance ("railed
# against") or a description ("described as").
_OBJECT_PREPOSITIONS = frozenset({"for", "on", "to", "out", "about", "of", "against", "as"})
# Verbs of talking report a view only through their topic ("spoke about", "talked of", "spoke
# out against", "complained about his mic", "brags about his ratings"); "spoke to reporters" or
# "spoke at a rally" is an occasion, and "the hotel boasts a pool" no speech.
_TOPIC_VERBS = frozenset({"speak", "talk", "complain", "brag", "boast", "joke"})
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "out", "against", "on"})
# Prepositions that carry the view of one verb only: "agreed with the senator".
_OWN_PREPOSITIONS: dict[str, set[str]] = {"agree": {"with"}, "disagree": {"with"}, "side": {"with"}}
# Verbs that give a view only with their particle: "weighed in on the case", never "weighed
# the options"; "laid out her proposals", "spelled out the terms", never "laid the table".
# "Charged him with fraud" is an accusation; "charged the phone", "charged $5" are not.
_PARTICLE_ONLY: dict[str, str] = {"weigh": "in", "lay": "out", "spell": "out", "charge": "with"}
# Of those, the ones that also need what they set out: "laid out her plan", not "laid out in
# the sun".
_PARTICLE_WITH_OBJECT = frozenset({"lay", "spell", "charge"})


# The object of a phrasal verb of stance: of its last preposition ("seizing on her remarks",
# "went on about how ..."), or of the verb after its particle ("called out the mayor").
_PHRASAL_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
# Where a phrasal verb is a gerund with no subject of its own ("the choice was between going
# after him", "going after him was a mistake"): the act of no one named.
_GERUND_DEPS = frozenset({"pcomp", "csubj", "pobj"})
# Objects that are someone: a name or an organisation, a people pronoun (see
# `phrasal_stance_verbs_at_someone` in data/attribution.toml).
_SOMEONE_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SOMEONE_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"})


@cache
def _phrasal_stances() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """The phrasal verbs of stance (data/attribution.toml `phrasal_stance_verbs`, and
    `phrasal_stance_verbs_at_someone`), by the verb's lemma: the words that must follow it,
    and whether its object must be someone. "go" -> ((("after",), True), (("on", "about"), False))."""
    with resources.files("allegedly.data").joinpath("attribution.toml").open("rb") as handle:
        data = tomllib.load(handle)
    stances: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for key, someone in (("phrasal_stance_verbs", False), ("phrasal_stance_verbs_at_someone", True)):
        for phrase in data[key]:
            first, *rest = phrase.lower().split()
            stances.setdefault(first, []).append((tuple(rest), someone))
    return {first: tuple(forms) for first, forms in stances.items()}


@cache
def _phrasal_hashes() -> tuple[frozenset[int], frozenset[int]]:
    """The hashes of the lemmas that open a phrasal verb of stance ("go") and of the words that
    follow them ("after", "on", "down"), for `_word_tables` to find the phrases in the parse's
    arrays: "went home" is passed over with the other words. (A string's hash is the same in
    every vocabulary.)"""
    stances = _phrasal_stances()
    lemmas = [get_string_id(lemma) for lemma in stances]
    nexts = {get_string_id(rest[0]) for forms in stances.values() for rest, _ in forms}
    return frozenset(lemmas), frozenset(nexts)


def _is_someone(token: Any) -> bool:
    """Whether an object is someone or someone's words: a name, an organisation, a people
    pronoun, or a speech noun ("her remarks")."""
    return (
        token.ent_type_ in _SOMEONE_ENTITIES
        or token.pos_ == "PROPN"
        or token.lower_ in _SOMEONE_PRONOUNS
        or token.lower_ in attribution_lexicon().speech_nouns
    )


_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}
)


def _phrasal_stance(token: Any, lemma: str) -> Any | None:
    """The last word of the phrasal verb of stance a verb opens, when the whole phrase follows
    it in the sentence and has its object ("doubled down on his attacks" -> "on"); else None."""
    forms = _phrasal_stances().get(lemma)
    # (a verb in title case, "Lind Goes After Rival", is a headline's: `_headline` reads it)
    if forms is None or token.pos_ != "VERB" or token.text[:1].isupper():
        return None
    doc = token.doc
    end = token.sent.end
    # News style sets the day right after the verb: "ruled Friday against the city".
    skip = 1 if token.i + 1 < end and doc[token.i + 1].lower_ in _DAY_WORDS else 0
    for rest, someone in forms:
        last = token.i + skip + len(rest)
        if last >= end or any(doc[token.i + 1 + skip + k].lower_ != word for k, word in enumerate(rest)):
            continue
        final = doc[last]
        objects = [c for c in final.children if c.dep_ in _PHRASAL_OBJECT_DEPS]
        if final.dep_ == "prt":
            objects += [c for c in token.children if c.dep_ == "dobj"]
        if objects and (not someone or _is_someone(objects[0])):
            return final
    return None


# Verbs of belief and knowledge, read as a source's voice ("Kim knows that the tour is over",
# "aides feel the plan will fail") only with the clause they report, since "felt comfortable"
# or "knows the area" report nothing.
_BELIEF_LEMMAS = frozenset({"think", "feel", "know", "understand", "realize", "realise", "assume", "reckon"})


# Verbs of intention, wish and refusal: news attribution counts the aim a subject states as
# that subject's voice ("she wants to triple the program", "he refuses to release his
# returns", "the campaign intends to appeal"), an epistemic claim of theirs rather than the
# writer's fact. Only with the "to" clause they govern: "wants a dog" or "declined sharply"
# states no aim.
# ("plans to" is left out: a plan is the writer's schedule as often as the subject's aim, and
# the tests of session 5 keep "plans to run again" narration.)
_INTENTION_LEMMAS = frozenset(
    {"want", "intend", "refuse", "decline", "seek", "aim", "wish", "decide", "hope", "vow", "pledge"}
)


# The forms of those verbs a voice's cue ends with, for its modality (see `modality_of`).
_AIM_WORDS = frozenset(
    {
        "want", "wants", "wanted", "wanting", "intend", "intends", "intended", "intending",
        "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining",
        "seek", "seeks", "sought", "seeking", "aim", "aims", "aimed", "aiming", "wish", "wishes",
        "wished", "wishing", "decide", "decides", "decided", "deciding",
    }
)  # fmt: skip


# Of those, the verbs whose decision may be a clause as well as a "to" clause: "the
# administrators decided she should share the prize", "the board decided that the fair would
# close" (the clause states what they resolved, as a "to" clause would); and a wish, "many
# growers wish the dam were gone" (the clause is what they wish).
_DECISION_LEMMAS = frozenset({"decide", "wish"})


def _decides_that(token: Any, lemma: str) -> bool:
    """Whether a verb of deciding governs the finite clause of what was decided."""
    return lemma in _DECISION_LEMMAS and any(
        c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not any(g.tag_ == "TO" for g in c.children)
        for c in token.children
    )


def _governs_finite_clause(token: Any) -> bool:
    """Whether a verb governs a finite clause ("surmised that the dam had failed", "envisioned
    what came next"), not a "to" clause ("figured to win") or none ("held a rally")."""
    return any(
        c.dep_ == "ccomp"
        and c.pos_ in ("VERB", "AUX")
        and c.i > token.i
        and not any(g.tag_ == "TO" for g in c.children)
        and not _semicolon_between(c, token)
        for c in token.children
    )


@cache
def _clause_only_lemmas() -> frozenset[str]:
    """The verbs of `clause_lemmas` that no other list reads (see `_governs_finite_clause`)."""
    lex = attribution_lexicon()
    others = lex.speech_lemmas | lex.object_speech_lemmas | _INTENTION_LEMMAS | _REGARD_LEMMAS
    return frozenset(lex.clause_lemmas - others - _BELIEF_LEMMAS - lex.preference_lemmas)


def _states_aim(token: Any) -> bool:
    """Whether a verb of intention governs the "to" clause of its aim ("wants to triple")."""
    return any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in token.children)


# Verbs of judging something as something: "critics see the deal as a giveaway", "the group
# viewed them as a threat", "most people would consider it improper": the subject's view of
# it, only with what they take it as ("saw the film", "considered the options" judge nothing).
_REGARD_LEMMAS = frozenset({"see", "view", "regard", "consider", "deem"})


def _regards_as(token: Any) -> bool:
    """Whether a verb of judging has an object and what it is taken as ("as a dig", or "it
    improper")."""
    children = list(token.children)
    # (an object the parser read as a clause, "see [the harbor deal] as ...", still counts)
    if not any(c.dep_ in ("dobj", "ccomp") for c in children):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children))
        or c.dep_ == "oprd"
        # "did not consider him a serious bidder", "considers the levy unfair": what it is taken
        # as, parsed as a clause with no verb of its own
        or (c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ") and any(g.dep_ == "nsubj" for g in c.children))
        for c in children
    )


# Adjectives of a view held, read as the subject's voice when they govern what the view is
# about ("are afraid that ...", "was sure he would win", "is determined to warn", "has been
# critical of the plan", "weren't concerned about the shift"): what the subject believes,
# intends or objects to, not a fact the writer asserts. "Sure" or "critical" alone ("a
# critical vote") says nothing.
_VIEW_ADJECTIVES = frozenset(
    {
        "sure", "unsure", "certain", "uncertain", "convinced", "confident", "doubtful", "afraid",
        "fearful", "worried", "concerned", "determined", "willing", "unwilling", "reluctant",
        "eager", "keen", "intent", "adamant", "hopeful", "optimistic", "pessimistic", "skeptical",
        "sceptical", "critical", "supportive", "wary", "aware",
        # a stance held in how one speaks of it: "aides were coy about whether ...", "she has
        # been vocal about the cuts"
        "coy", "vocal", "outspoken",
        # a leaning or a regard towards what it is about: "is passionate about the cause", "is
        # bearish on the market", "was dismissive of the report" ("ready" and "prepared" are
        # left out: "the city was ready to reopen" is a state the writer reports)
        "passionate", "enthusiastic", "bullish", "bearish", "dismissive", "suspicious",
        "contemptuous", "mindful", "cognizant", "leery", "ambivalent", "unconvinced", "proud",
        "ashamed", "glad",
    }
)  # fmt: skip
# Feelings, which voice a view only with the clause they are about ("were frustrated that the
# city released only part of it"): "was upset" or "angry at him" alone is a mood.
_FEELING_ADJECTIVES = frozenset(
    {"frustrated", "angry", "upset", "furious", "outraged", "incensed", "disappointed"}
)
# What a view adjective's object is introduced by: "afraid of", "sure about", "critical of".
_VIEW_PREPOSITIONS = frozenset({"of", "about", "that", "on"})


# The words of a view held that a voice's cue ends with, for its modality (see `modality_of`).
_VIEW_WORDS = (
    _VIEW_ADJECTIVES
    | _FEELING_ADJECTIVES
    | frozenset({"see", "sees", "saw", "seeing", "view", "views", "viewed", "viewing", "regard"})
    | frozenset({"regards", "regarded", "consider", "considers", "considered", "deem", "deems", "deemed"})
)
# What opens a clause that supposes a time or a case rather than reports a view.
_HYPOTHESIS = frozenset({"when", "if", "unless", "once", "whenever", "until", "before", "after"})


def _holds_view(token: Any) -> bool:
    """Whether a predicate adjective states a view with what it is about: a clause ("afraid
    that ...", "determined to ..."), a "that", or for the adjectives of a view an object."""
    low = token.lower_
    if low not in _VIEW_ADJECTIVES and low not in _FEELING_ADJECTIVES:
        return False
    predicate = token.pos_ == "ADJ" and token.dep_ == "acomp"
    # "The farmers were frustrated that ...": the same adjective parsed as a passive, no agent
    passive = (
        token.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )
    # "With party leaders worried about turnout, ...": the adjective has its holder as its own
    # subject
    absolute = (
        token.pos_ == "ADJ" and token.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in token.children)
    )
    if not (predicate or passive or absolute):
        return False
    verb = token.head if predicate else token
    opener = [c for c in verb.children if c.dep_ in ("mark", "advmod") and c.lower_ in _HYPOTHESIS]
    if verb.dep_ == "advcl" and opener:
        return False  # "when he wouldn't be worried about re-election": a time or a case supposed
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return True
    if token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "that":
        return True
    return low in _VIEW_ADJECTIVES and any(
        c.dep_ == "prep"
        and c.lower_ in _VIEW_PREPOSITIONS
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in token.children
    )


# Where a noun of stance (`stance_nouns`) stands beside its holder: the predicate of "be"
# ("who is a staunch opponent of"), an apposition ("Tolley, a vocal critic of the plan,") or
# one set before the clause whose subject holds it ("A passionate defender of the paper,
# Tolley likened ...").
_STANCE_DEPS = frozenset({"attr", "appos", "npadvmod"})
# Modifiers that make the noun a trade or a label rather than a stance: "a film critic",
# "Trump critic Mark Cuban".
_TRADE_MODIFIERS = frozenset({"compound", "nmod"})


def _stance_of(token: Any) -> tuple[Any, int, Any] | None:
    """The holder of a stance a noun names, where its cue starts, and its "of": "Kaine, who is
    a staunch opponent of the death penalty" (the cue from "is"), "Tolley, a critic of the
    plan," (from "a"). None without "of" and what follows it, or away from its holder."""
    if token.dep_ not in _STANCE_DEPS or any(c.dep_ in _TRADE_MODIFIERS for c in token.children):
        return None
    of = next(
        (
            c
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ),
        None,
    )
    if of is None:
        return None
    verb = token.head
    if token.dep_ == "attr":
        if _lemma(verb) != "be":
            return None
        holder = _subject_of(verb)
        # (the cue opens at the verb and its auxiliaries: "has been a consistent supporter of")
        start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i])
        if holder is not None and holder.i >= start:
            return None  # "is he a critic of ...?": a question, no stance stated
        return (holder, start, of) if holder is not None else None
    if token.dep_ == "appos":
        # the subject of a clause, described as it acts ("Tolley, a critic of the plan, spoke");
        # a name further in ("the homeland of Ivo Brandt, another critic of the deal") is only
        # described
        subject = verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("PROPN", "NOUN")
        holder = verb if subject else None
    else:
        # set before the clause: the subject of the verb it modifies, after it
        holder = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > token.i), None)
    return (holder, token.left_edge.i, of) if holder is not None else None


def _reports_through_object(token: Any) -> bool:
    """Whether an object speech verb has what it reports: an object, a clause, a complement,
    or the preposition of a call or a topic ("called for", "called on", "pointed to", "spoke
    about", "warned of", "railed against", "described as")."""
    lemma = _lemma(token)
    if lemma in _PARTICLE_ONLY:
        particle = any(
            c.dep_ in ("prt", "prep") and c.lower_ == _PARTICLE_ONLY[lemma] for c in token.children
        )
        if lemma in _PARTICLE_WITH_OBJECT:
            return particle and any(c.dep_ == "dobj" for c in token.children)
        return particle
    topic_only = lemma in _TOPIC_VERBS
    prepositions = (
        _TOPIC_PREPOSITIONS if topic_only else _OBJECT_PREPOSITIONS | _OWN_PREPOSITIONS.get(lemma, set())
    )
    for child in token.children:
        if child.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "dative") and not topic_only:
            return True
        if child.dep_ == "agent" and not topic_only:
            return True  # a passive with its source: "was criticised by her aides"
        if child.dep_ in ("prep", "prt") and child.lower_ in prepositions:
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
                continue  # "spoke on Sunday": a time, not a topic
            return True
    return False


def _classify_source(
    head: Any,
    span: tuple[int, int],
    words: str,
    index: EntityIndex,
    outlets: OutletTable,
    outlet: str | None,
    inherited: Attribution | None,
    cue: str,
    narration: Attribution,
    reports_clause: bool = False,
) -> Attribution | None:
    """What kind of source a phrase is: anonymous, a named person, a pronoun, an outlet, a
    document (the outlet narrates, citing it), or an organisation, group or description
    speaking in its own name ("the company", "officials", "the president")."""
    lex = attribution_lexicon()
    low = head.lower_
    if low == "it" and reports_clause:
        # "It says the campaign broke the law", "it called for new bases", "it shows an officer
        # ...": a letter, a report, a body named before; the outlet narrates, citing it.
        return Attribution("narration", outlet=narration.outlet, cue=cue)
    if low in _FIRST_PERSON and reports_clause:
        # "I know the returns are audited", "we believe the plan fails": the writer's own view,
        # with the writer named as its source.
        return Attribution("author_opinion", outlet=narration.outlet, cue=cue)
    if low in _NOT_SOURCES:
        return None
    start, end = span
    people = index.person_mentions(start, end)
    named_head = next((m for m in people if m.span.start <= head.idx < m.span.end), None)
    anonymous = lex.anonymous.search(words)
    named_appos = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)
    if anonymous and (
        named_appos or (head.pos_ == "PROPN" and not anonymous.start() <= head.idx - start < anonymous.end())
    ):
        anonymous = None  # "her friend Jane Doe": a friend who is named is on record
    shouted = head.text.isupper() and len(head.text) > _ACRONYM_MAX and len(words.split()) == 1
    if head.ent_type_ in ("DATE", "TIME") or (shouted and not people):
        return None  # "Jan. 10, which revealed", "EXCLUSIVELY told": a misparse, not a source
    if people and named_head is None and lex.representatives.search(words):
        # "Kim's rep", "a spokesperson for Kim": on record for the person represented.
        return Attribution("on_record", speaker=index.name(people[0].entity), outlet=outlet, cue=cue)
    if anonymous and named_head is None:
        return Attribution(
            "anonymous",
            speaker=anonymous.group(0),
            outlet=outlet or (inherited.outlet if inherited else None),
            cue=cue,
        )
    if people:
        person = named_head or people[-1]
        return Attribution("on_record", speaker=index.name(person.entity), outlet=outlet, cue=cue)
    if low in _PERSONAL:
        pronoun = _PERSONAL[low]
        person_key = index.resolve_pronoun(pronoun, head.idx) if pronoun != "they" else None
        speaker = index.name(person_key) if person_key is not None else None
        return Attribution("on_record", speaker=speaker, outlet=outlet, cue=cue)
    named = [n for n in outlets.find(words) if not _common_noun_title(head, start, n[0], n[1])]
    part = _of_part(head)  # "one of the polls" is a poll
    document = part.lower_ in lex.evidence_nouns or part.lemma_.lower() in lex.evidence_nouns
    if document and named and all(n[0] > head.idx - start for n in named):
        # "court documents obtained by the Ledger": a document, whoever holds it; the outlet
        # narrates, citing it
        return Attribution("narration", outlet=narration.outlet, cue=cue)
    if named:
        return Attribution("outlet", outlet=named[0][2].name, cue=cue)
    generic = lex.outlet_generic.search(words)
    # "reports say", "the magazine claimed": the head word is the generic outlet noun
    if generic and generic.start() <= head.idx - start < generic.end():
        earlier = inherited.outlet if inherited is not None and inherited.source_kind == "outlet" else None
        return Attribution("outlet", outlet=outlet or earlier, cue=cue)
    if document:
        return Attribution("narration", outlet=narration.outlet, cue=cue)
    if head.pos_ in ("NOUN", "PROPN") or low in _GROUP_WORDS:
        return Attribution(
            "on_record", speaker=_described_speaker(head, index) or words, outlet=outlet, cue=cue
        )
    return None


def _described_speaker(head: Any, index: EntityIndex) -> str | None:
    """ "'I married him in 2019,' the 34-year-old actress said": the person a description
    speaking stands for (`EntityIndex.resolve_description`), so that the quote's "I" and "my"
    are theirs; None for a group or a description no one was given ("the neighbours")."""
    if head.tag_ in ("NNS", "NNPS") or not any(c.lower_ == "the" for c in head.children if c.dep_ == "det"):
        return None
    if any(c.like_num or "-year-old" in c.lower_ for c in head.subtree):
        return None  # "the 40-year-old actress": an age the resolver here cannot weigh
    if not relation_lexicon().roles.fullmatch(head.lower_):
        return None
    key = index.resolve_description(head.lower_, head.idx)
    return index.name(key) if key is not None and key in index.entities else None


# What follows a common noun but never a publication's title: "people familiar with the
# talks", "people close to her", "people who know the couple".
_POST_MODIFIERS = frozenset({"amod", "prep", "relcl", "acl"})


def _common_noun_title(head: Any, start: int, found_start: int, found_end: int) -> bool:
    """Whether an outlet found in a source phrase is only its head word read as a common noun
    with a modifier after it ("People familiar with the plans said": people, not the magazine
    People, which "People reported" or "told People" still name)."""
    head_start = head.idx - start
    return (
        (found_start, found_end) == (head_start, head_start + len(head.text))
        and head.pos_ == "NOUN"
        and any(c.dep_ in _POST_MODIFIERS and c.i > head.i for c in head.children)
    )


# Counts whose findings "in" cites ("in the new poll", "in two surveys"): a poll holds its
# figures as a document holds its words. Other documents ("in a statement", "in the video")
# only set the scene of someone speaking, so they are left to the verb.
_COUNT_NOUNS = frozenset({"poll", "survey", "study", "census"})
# Words naming a part or a collection of what "of" follows them with ("one of the polls", "the
# series of portraits"): the noun after "of" is what speaks or shows.
_PART_WORDS = frozenset({"one", "some", "each", "any", "all", "most", "series", "set", "collection", "batch"})


def _of_part(token: Any) -> Any:
    """The noun a part stands for: "polls" in "one of the polls", "two of the surveys"; what a
    collection holds: "portraits" in "the series of portraits"."""
    if token.lower_ in _PART_WORDS or token.like_num:
        return next(
            (
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            token,
        )
    return token


@cache
def _trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words and the lemmas that can open a construction `_parsed_reporting` reads: a token
    with neither ("the", "campaign", "Tuesday") is passed over before its parse is consulted."""
    lex = attribution_lexicon()
    words = {"according", "in"} | _CITING_WORDS | _headline_verbs() | lex.speech_nouns | set(_LEMMA_SLIPS)
    words |= _VIEW_ADJECTIVES | _FEELING_ADJECTIVES
    words |= lex.stance_nouns
    lemmas = lex.speech_lemmas | lex.object_speech_lemmas | _LIGHT_SPEECH_VERBS | _WRITING_VERBS | _SAYS_IT
    lemmas |= _INTENTION_LEMMAS
    lemmas |= _REGARD_LEMMAS
    lemmas |= _STIRRING_LEMMAS
    lemmas |= lex.preference_lemmas
    lemmas |= lex.clause_lemmas
    return frozenset(words), frozenset(lemmas)


@cache
def _phrasal_only() -> frozenset[str]:
    """The lemmas that open a construction only as a phrasal verb of stance ("go", "take",
    "come"): when the phrase is not there, nothing else is read from them."""
    lex = attribution_lexicon()
    others = lex.speech_lemmas | lex.object_speech_lemmas | _LIGHT_SPEECH_VERBS | _WRITING_VERBS | _SAYS_IT
    others |= _INTENTION_LEMMAS | _REGARD_LEMMAS | lex.clause_lemmas | {"make"}
    return frozenset(set(_phrasal_stances()) - others)


# Whether a word's hash (of its lower-case form or its lemma) passes the word test of
# `reading_words`, or is a form of `speech_verbs`: the answers hold for every document (the
# hashes are the vocabulary's), so each distinct word is looked up once per process.
# Each table: the hashes tested so far, and those that passed (set operations, not a loop over
# every distinct word of every document).
_TRIGGER_WORD: tuple[set[int], set[int]] = (set(), set())
_TRIGGER_LEMMA: tuple[set[int], set[int]] = (set(), set())
_SPEECH_VERB_WORD: tuple[set[int], set[int]] = (set(), set())


def _known(cache: tuple[set[int], set[int]], ids: list[int], test: Any, strings: Any) -> set[int]:
    """Of the hashes `ids`, those whose string passes `test`, each decided once."""
    seen, passed = cache
    hashes = set(ids)
    new = hashes - seen
    if new:
        passed.update(h for h in new if test(strings[h]))
        seen |= new
    return hashes & passed


def _word_tables(doc: Any) -> tuple[list[int], list[int]]:
    """The indices of the document's words that may open a construction `_parsed_reporting`
    reads (see `_trigger_words`), and of those that are a form of `speech_verbs`, in order:
    read from the parse's arrays, with the test made once per distinct word."""
    if not len(doc):
        return [], []
    words, lemmas = _trigger_words()
    verbs = attribution_lexicon().speech_verbs
    table = doc.to_array([LOWER, LEMMA])
    strings = doc.vocab.strings
    # (set lookups over the arrays as lists: a document's thousand words cost less so than
    # through numpy's sorting membership tests)
    lowers, lemma_of = table[:, 0].tolist(), table[:, 1].tolist()
    lower_ids = _known(_TRIGGER_WORD, lowers, words.__contains__, strings)
    lemma_ids = _known(_TRIGGER_LEMMA, lemma_of, lambda w: w.lower() in lemmas, strings)
    verb_ids = _known(_SPEECH_VERB_WORD, lowers, verbs.__contains__, strings)
    phrasal_lemmas, next_words = _phrasal_hashes()
    last = len(lowers) - 1
    # (a phrasal verb's lemma counts only with its next word after it: "went after", not "went")
    hits = [
        i
        for i, (lower, lemma) in enumerate(zip(lowers, lemma_of, strict=True))
        if lower in lower_ids
        or lemma in lemma_ids
        or (lemma in phrasal_lemmas and i < last and lowers[i + 1] in next_words)
    ]
    return hits, [i for i, lower in enumerate(lowers) if lower in verb_ids]


def reading_words(doc: Any) -> list[int]:
    """The indices of the words of a parsed document that may open a construction
    `_parsed_reporting` reads (see `_trigger_words`), in order: the test is made once per
    distinct word and lemma, not once per token."""
    return _word_tables(doc)[0]


def _parsed_reporting(
    sent: Any,
    index: EntityIndex,
    outlets: OutletTable,
    inherited: Attribution | None,
    narration: Attribution | None = None,
    quoted_spans: list[tuple[int, int]] | None = None,
    candidates: list[int] | None = None,
) -> list[_Reading]:
    """Reporting constructions found through the parse; their subject or agent is the source.

    "She said the plan would work", "..., the senator added.", "Police say the car ...",
    "according to the police", "a poll shows that", "critics argue", "the company's claim that":
    the word must have a source and report something (a clause it governs, the clause it
    closes, or for verbs like "slammed" and "cited" an object), and must sit outside quotation
    marks.  Every such construction of the sentence counts, in sentence order ("X told police
    that Y had said ...").  Only the words of `candidates` (`reading_words` of the document,
    made once per document) are looked at."""
    lex = attribution_lexicon()
    narration = narration or Attribution("narration")
    found: list[_Reading] = []
    reporting: list[Any] = []  # the words of `found`, to tell a nested report from a new one
    # Of those, the phrasal verbs of stance: what they take on ("seizing upon a report that ...")
    # is no part of their voice, so a report inside keeps its own.
    stances: set[int] = set()
    body = doc_text(sent.doc)
    text = body[sent.start_char : sent.end_char]
    if quoted_spans is None:  # the sentence alone: pair its own marks
        quoted_spans = [(sent.start_char + s, sent.start_char + e) for s, e in quote_spans(text)]
    # (the spans are in order and never overlap: those that reach into the sentence, by bisection)
    first_quote = bisect_right(quoted_spans, sent.start_char, key=lambda q: q[1])
    quoted = quoted_spans[first_quote : bisect_left(quoted_spans, sent.end_char, key=lambda q: q[0])]

    def outside(token: Any) -> bool:
        return not any(s <= token.idx < e for s, e in quoted)

    if candidates is None:
        candidates = reading_words(sent.doc)
    doc = sent.doc
    for i in candidates[bisect_left(candidates, sent.start) : bisect_left(candidates, sent.end)]:
        token = doc[i]
        if not outside(token):
            continue
        lemma = _lemma(token)
        offset = token.idx - sent.start_char
        head: Any | None = None
        reports = False
        misread = False
        swallowed = False
        named_outlet: tuple[int, int] | None = None
        cue_start = token.idx
        cue_end = token.idx + len(token.text)
        stance_first: int | None = None  # where the cue of a noun of stance starts
        # the word whose own clause carries the content, where it is not the cue itself
        reach: Any | None = None
        owned: frozenset[int] | None = None  # what an "own admission" covers
        if found and _cites_for(token, reporting[-1]):
            # "Page Six reported, citing an unnamed production source, that ...": one report, by
            # the outlet, resting on the source it cites
            found[-1] = _citing(found[-1], token, sent)
            continue
        phrase_end = _phrasal_stance(token, lemma)
        if phrase_end is None and lemma in _phrasal_only() and token.lower_ not in _trigger_words()[0]:
            continue  # "went home", "took a break": no phrase of stance
        if phrase_end is not None and (_supposed(token) or token.dep_ in _GERUND_DEPS):
            continue  # "if the board signs off on it": a case; "between going after him": no one's act
        if phrase_end is not None:
            # "the campaign is seizing on her remarks", "Lind doubled down on his attacks": a
            # stance said through the whole phrase, the phrase its cue
            head = _subject_of(token)
            cue_end = phrase_end.idx + len(phrase_end.text)
            reports = True
        elif token.lower_ == "according" and token.i + 1 < sent.end and token.nbor(1).lower_ == "to":
            objects = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            head = objects[0] if objects else None
            cue_end = token.nbor(1).idx + len(token.nbor(1).text)
        elif token.lower_ == "in" and token.dep_ == "prep":
            # "In the latest Ledger poll, Lind leads by four", "gains in recent surveys": a count
            # the outlet cites, as with "according to"
            head = next(
                (c for c in token.children if c.dep_ == "pobj" and _lemma(_of_part(c)) in _COUNT_NOUNS), None
            )
            reports = head is not None
        elif token.pos_ == "NOUN" and _misread_verb(token, sent):
            # "Trump charges that ...", "..., the candidate's former doctor maintains.": a
            # third-person verb the tagger read as a plural noun, its subject as a modifier
            head = [c for c in token.children if c.dep_ == "compound" and c.i < token.i][-1]
            misread = True
        elif token.pos_ == "NOUN" and token.lower_ in lex.stance_nouns:
            # "Kaine, who is a staunch opponent of the death penalty", "Tolley, a vocal critic of
            # the plan,": a stance its holder states, the copula or the phrase its cue
            if (held := _stance_of(token)) is None:
                continue
            head, stance_first, stance_of = held
            cue_start = sent.doc[stance_first].idx
            cue_end = stance_of.idx + len(stance_of.text)
            reports = True
        elif (
            token.pos_ == "NOUN"
            and token.lower_ in lex.speech_nouns
            # "a statement from the palace said": the verb's reading covers it
            and not (token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in lex.speech_lemmas)
        ):
            # "the company's claim that", "a statement from the palace", "allegations by a former aide"
            owners = [c for c in token.children if c.dep_ == "poss"]
            by = [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # Only with the claim it reports ("his claim that ..."): "his remarks" alone is a topic.
            # "Her comments on the ruling", "his claims about the deal": a topic stands for it.
            said = (
                any(c.dep_ in ("acl", "ccomp") for c in token.children)
                or (token.i + 1 < sent.end and token.nbor(1).lower_ == "that")
                or any(
                    c.dep_ == "prep"
                    and c.lower_ in ("about", "on")
                    and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
                    for c in token.children
                )
            )
            own = (
                token.dep_ == "pobj"
                and token.head.lower_ == "by"
                and any(c.lower_ == "own" for c in token.children)
            )
            said = said or own  # "By Kim's own admission, ...": the clause is what she admitted
            if owners and own:
                # (what was admitted is the clause the "by" phrase is set in, less that phrase:
                # "..., where he became a star and, by his own admission, learned to defend")
                aside = token.head
                owned = frozenset(t.i for t in aside.head.subtree) - {t.i for t in aside.subtree}
            # "Kim claims that ...", parsed as a noun with "Kim" as its compound: a verb after all.
            named = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            misparsed = named if token.dep_ == "ROOT" and said and token.tag_ == "NNS" else []
            head = (by or (owners if said else []) or misparsed or [None])[0]
            if head is None and not owners:
                head = _speaks_in(token)
                reach = token.head.head if head is not None else None  # the verb it is set in
        elif _holds_view(token):
            # "Many aides are afraid that ...", "she was sure he would win", "he is determined to
            # warn them", "Jo has been critical of the plan": a view the subject holds
            head = (
                _subject_of(token.head)
                if token.dep_ == "acomp"
                else next(c for c in token.children if c.dep_ in ("nsubjpass", "nsubj"))
            )
            reports = True
        elif token.pos_ == "VERB" and lemma in _STIRRING_LEMMAS and (stirred := _stirred(token)) is not None:
            # "That worries fans", "business leaders have been unsettled by the
            # protests": a feeling the one stirred holds towards what stirs it
            head = stirred
            reports = True
        elif token.pos_ in ("VERB", "AUX") and _says_it(token, lemma):
            head = _subject_of(token)  # "as the senator put it, ...": an idiom of speech
        elif token.pos_ == "VERB" and (
            (lemma in _LIGHT_SPEECH_VERBS and _speech_object(token) and not _made_before(token, lemma))
            or (lemma in _WRITING_VERBS and _speech_object(token, _WRITTEN_OBJECTS))
        ):
            # "she delivered a message", "he made the remarks", "they sent a letter"
            head = _subject_of(token)
            reports = True
        elif token.pos_ == "VERB" and lemma == "make" and (clear := _makes_clear(token)) is not None:
            head = _subject_of(token)  # "Ham made it clear he had misgivings": a stated view
            cue_end = clear.idx + len(clear.text)
            reports = True
        elif (share := _poll_share(token, lemma)) is not None:
            head = share  # "38 percent would pick Ruiz-Hale": the answer of those polled
            reports = True
        elif token.pos_ in ("VERB", "AUX") and (
            lemma in lex.speech_lemmas
            or lemma in lex.object_speech_lemmas
            or lemma in _INTENTION_LEMMAS
            or lemma in _REGARD_LEMMAS
            or lemma in _clause_only_lemmas()
        ):
            if lemma in _GREETING_LEMMAS and _greets_someone(token):
                continue  # "welcomed a son", "welcomed Rafferty": a birth or a guest, not a view
            if token.dep_ == "pcomp" and token.head.lower_ == "without":
                continue  # "it goes without saying that", "left without saying a word": unsaid
            if _asks_anonymity(token):
                continue  # "an official, who asked not to be named, said ...": the terms, not a voice
            if _names_what(token) or _given_name(token):
                continue  # "marred by what he called sabotage", "a charity, called X,": names
            if _supposed(token):
                continue  # "if the council pledged to ...", "whether the judge would rule": a case
            if lemma in _GOING_ON_LEMMAS and any(c.dep_ == "xcomp" for c in token.children):
                continue  # "as she continues to trash him, he ...": a deed going on, unsaid
            if lemma in lex.counting_lemmas and _counts(token):
                continue  # "the fees add up to $900", "the plan would add $84 billion": a sum
            if any(
                c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.unspoken_phrasals for c in token.children
            ):
                continue  # "the donors backed out", "she called in to the show": no view stated
            if lemma not in lex.core_speech_lemmas and _impersonally_reported(token):
                continue  # "it was reported that the cables had snapped": what no one is said to say
            reports = _reports(token, sent, len(text), offset)
            if lemma in _BELIEF_LEMMAS:
                # "she knows that ...": only the clause itself, never "felt comfortable"
                reports = any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in token.children)
            if lemma in _clause_only_lemmas():
                # "the panel surmised that ...": only with the clause, never "held a rally"
                reports = _governs_finite_clause(token)
            if lemma in _INTENTION_LEMMAS:
                # "she wants to triple the program", "he refuses to release them": the aim it
                # states; "Kim declined." or "whatever he wanted" states none
                speech = lemma in lex.speech_lemmas or lemma in lex.object_speech_lemmas
                reports = (reports and speech) or _states_aim(token) or _decides_that(token, lemma)
            if lemma in _REGARD_LEMMAS and lemma not in lex.speech_lemmas:
                reports = _regards_as(token)  # "critics see the deal as a giveaway"
            through_object = (
                lemma in lex.object_speech_lemmas
                and _reports_through_object(token)
                # "Congress should enact a law", "she would impose a surcharge": a wish or a
                # plan, not yet anyone's act
                and not (lemma not in lex.speech_lemmas and _supposing_modal(token))
            )
            finding = lemma in _FINDING_LEMMAS and any(c.dep_ == "dobj" for c in token.children)
            if not (reports or through_object or finding or lemma in lex.core_speech_lemmas):
                continue
            named_outlet = _outlet_before(token, sent, outlets)
            head = sent.doc[named_outlet[1]] if named_outlet else _subject_of(token)
            if head is None and reports:
                head = _swallowed_name(token, index)
                swallowed = head is not None
            if not (reports or through_object or lemma in lex.core_speech_lemmas) and not (
                head is not None and _is_document(head)
            ):
                continue  # "he showed a photo": a deed; "the photo shows him": a source
            reports = reports or through_object or finding
        if head is not None and (head.lower_ in lex.evidence_nouns or head.lower_ in lex.speech_nouns):
            # "a statement from her rep said", "a report by the network found": the one behind it
            behind = [
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("by", "from")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            head = behind[0] if behind else head
        if text[:2].isupper() and text[1:2].isupper():  # (a dateline opens in capitals)
            head = _past_dateline(head, token, sent, text)
        if head is None or not outside(head):
            continue
        hosts = [r for r in reporting if r.i not in stances] if stances else reporting
        outer = _second_act_of(token, hosts) if reports else None
        if outer is not None:
            # "Perdue said he didn't believe X, arguing that Y": the outer speaker's second act,
            # with the outer source's words
            said = found[reporting.index(outer)]
            source = sent.doc.char_span(*said.source) if said.source else None
            content = _content_of(token, lemma, sent, (source.start, source.end - 1)) if source else None
            found.append(_Reading(said.attribution, (token.idx, cue_end), said.source, content))
            reporting.append(token)
            continue
        if head.lower_ in _PERSONAL and any(_reported_by(token, r) for r in hosts):
            continue  # "Kim said she thinks ...": one voice, the outer one
        if lemma not in lex.core_speech_lemmas and any(_reported_by(token, r) for r in hosts):
            # "Her rep said Kim called Jo on Friday", "he said the union expected ...": a deed or
            # an attitude inside someone's report is part of what they said, not a new voice.
            continue
        first, last = _source_tokens(head, token)
        if token.lower_ == "according":
            last = _before_run_on_subject(head, last)
        if misread:
            first, last = _misread_subject_start(token), token.i - 1  # the whole phrase
        if swallowed:
            first, last = _name_start(head, index), head.i  # the name, not the phrase it closes
        if named_outlet:
            first, last = named_outlet
        while first < head.i and (not outside(sent.doc[first]) or sent.doc[first].is_punct):
            first += 1  # the phrase starts after the quote it follows
        # "an aide who said", "protesters, who marched and called for": the noun and its "who"
        relative = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE] or [
            t
            for t in sent.doc[head.i + 1 : token.i]
            if t.dep_ == "nsubj"
            and t.lower_ in _RELATIVE
            and t.head.dep_ == "relcl"
            and t.head.head.i == head.i
        ]
        if relative and head.i < relative[0].i:
            last = max(last, relative[0].i)  # "an aide who said": the noun and its "who"
        doc = sent.doc
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        label = _PARTY_LABEL.search(body, start, end)
        if label is not None and label.start() > start:
            end = label.start()  # "Sen. Ann Roe (D-Ore.)": the name, not its label
        words = body[start:end]
        cue = f"{words} {token.text}"[:80]
        outlet_found = outlets.find(body[token.idx : sent.end_char]) or [
            n for n in outlets.find(words) if not _common_noun_title(head, start, n[0], n[1])
        ]
        outlet = outlet_found[0][2].name if outlet_found else None
        attribution = _classify_source(
            head, (start, end), words, index, outlets, outlet, inherited, cue, narration, reports
        )
        if attribution is not None:
            content = _content_of(token, lemma, sent, (first, last))
            if owned is not None:
                content = owned
            elif reach is not None:
                content = _content_of(reach, _lemma(reach), sent, (first, last))
            elif token.pos_ == "ADJ" and token.dep_ == "advcl":
                # "With leaders worried about X, Kim ...": only the adjective's phrase is theirs
                content = frozenset(t.i for t in token.subtree) - set(range(first, last + 1))
            if stance_first is not None:
                # what the stance is towards is its content; the rest of the sentence is the
                # writer's ("Tolley, a critic of the plan, spoke to the council")
                content = frozenset(range(stance_first, token.right_edge.i + 1))
            found.append(_Reading(attribution, (cue_start, cue_end), (start, end), content))
            reporting.append(token)
            if phrase_end is not None:
                stances.add(token.i)
    # An attitude, or speech yet to happen, inside another's report is part of what the outer
    # source said ("Kim confirmed the split, her rep said", "the campaign says she will
    # announce a plan"), whichever comes first in the sentence, and so is speech the report
    # relays ("the paper wrote that Mila had claimed ..."), unless the report is an account
    # given to someone ("Ivo told police that Mila had said ...") or a clause with its own
    # subject is run on to it ("..., and when pressed, Kim replied").  A "that" clause the parser made
    # the sentence's root ("X continues to insist, most recently ..., that he wants ...") holds
    # nothing: it is what the words before it report.
    return [
        reading
        for reading, token in zip(found, reporting, strict=True)
        if not (
            any(
                (_said_within(token, other) or _said_around(token, other))
                and (
                    _lemma(token) not in lex.core_speech_lemmas
                    or _unrealised(token)
                    or not (_conjoined_below(token, other) or _quote_tag(token) or _told_someone(other))
                )
                for other in reporting
                if other is not token and other.i not in stances and not _complement_as_root(other)
            )
            # "According to the gazette, Kim said ...": what Kim said is the gazette's account
            or any(c.lower_ == "according" and c.dep_ == "prep" and c in reporting for c in token.children)
        )
    ]


def _conjoined_below(token: Any, reporter: Any) -> bool:
    """Whether a clause with its own subject, conjoined to another, stands between `token` and
    the report it sits in ("X said the plan works, and when asked, Kim replied ...": a second
    sentence run on; "X says Kim promised to stay and said ..." is still X's report)."""
    current = token
    while current.head.i != current.i and current.i != reporter.i:
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return True
        current = current.head
    return False


def _told_someone(reporter: Any) -> bool:
    """Whether a report is an account given to someone ("Ivo told police that Mila had said
    ...", "she informed the court that ..."): the acts of speech it recounts are events of that
    account and keep their own voices, where a report to no one ("the paper wrote that Mila had
    claimed ...") carries the words it relays as its own."""
    return any(
        c.dep_ in ("dative", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in reporter.children
    )


def _quote_tag(token: Any) -> bool:
    """Whether a verb of speech tags the quote that closes right before its clause ("”
    she said, but ..."), which the parser may have hung on a later report."""
    left = token.left_edge.i
    return left > 0 and token.i - left <= 3 and token.doc[left - 1].text in ("”", "''", '"')


def _counts(token: Any) -> bool:
    """Whether a verb that may report speech is summing instead: it takes "up" as its particle
    or an amount as its object ("the fees add up to $900", "the plan adds $84 billion", "the
    rule added 3 percent to the bill")."""
    for child in token.children:
        if child.dep_ == "prt" and child.lower_ == "up":
            return True
        if child.dep_ == "dobj" and any(
            t.tag_ == "CD" or t.tag_ == "$" or t.lower_ in ("percent", "%") for t in child.subtree
        ):
            return True
    return False


def _complement_as_root(token: Any) -> bool:
    """Whether a verb is a "that" clause the parser took for the root of its sentence."""
    return token.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


# Belief verbs a report may carry: a participle set off after one ("said he didn't believe
# X, arguing that Y") is a second act of the one who said it, not part of the belief.
_SECOND_ACT_HOSTS = _BELIEF_LEMMAS | {"believe", "doubt", "expect", "fear", "hope"}


def _before_run_on_subject(head: Any, last: int) -> int:
    """Where the source of "according to" ends when the parser ran the clause's subject into it
    as an apposition ("According to a source close to the host, Kim and Jo started dating":
    the phrase after the comma is followed by the verb): before that comma."""
    doc = head.doc
    if last + 1 >= len(doc) or doc[last + 1].pos_ not in ("VERB", "AUX"):
        return last
    comma = next((t.i for t in doc[head.i + 1 : last + 1] if t.text == ","), None)
    return comma - 1 if comma is not None and comma > head.i else last


def _second_act_of(token: Any, reporting: list[Any]) -> Any | None:
    """The reporting verb whose speaker a participle set off by a comma speaks for, when the
    parser hung it on the clause that report reports: "said he didn't believe those
    characterizations did Romney in, arguing that ...", "said the plan had failed, suggesting
    that ..." (for a clause said, only a participle of speech reaches here)."""
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i < 1 or token.nbor(-1).text != ",":
        return None
    host = token.head
    if host.dep_ != "ccomp" or host.i > token.i:
        return None
    outer = next((r for r in reporting if r.i == host.head.i and r.i < token.i), None)
    if outer is None:
        return None
    # After a belief, any act; after what was said ("said the city needed calm, announcing a
    # curfew", "said the plan had failed, suggesting that ..."), an act of speech of its own
    # (the participle's words are the speaker's, not the reported clause's subject's).
    if _lemma(host) in _SECOND_ACT_HOSTS or _lemma(outer) in attribution_lexicon().core_speech_lemmas:
        return outer
    return None


def _outlet_before(token: Any, sent: Any, outlets: OutletTable) -> tuple[int, int] | None:
    """The tokens of a publication's name that opens a reporting verb's clause when the parser
    gave the verb no subject of its own ("In Touch reported, citing ..., that ...", read as a
    preposition and its object): the name must run from the clause's start (the sentence's, or
    after a comma) to the verb."""
    if token.i == sent.start or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    first = token.i - 1
    while first > sent.start and not sent.doc[first - 1].is_punct:
        first -= 1
    phrase = sent.doc[first : token.i]
    for start, end, _ in outlets.find(phrase.text):
        if start == 0 and end == len(phrase.text):
            return first, token.i - 1
    return None


# A dateline opening a news story: "WASHINGTON (AP) —", "LOS ANGELES, Sept. 28 (UPI) —". The
# parser often makes it the subject of the first verb; it names where the story was filed, never
# who speaks.
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,}(?:,[^—–\n]{0,30})?(?:\s*\([\w .-]+\))?\s*(?:—|–|--?)\s")


def _dateline_end(sent: Any, text: str) -> int | None:
    """Where the dateline opening a sentence (whose text is `text`) ends, a body offset."""
    match = _DATELINE.match(text)
    return None if match is None else sent.start_char + match.end()


def _name_after_dateline(sent: Any, end: int) -> Any | None:
    """The last word of the name that follows a sentence's dateline ("WASHINGTON -- President
    Obama, ..."), or None where something else follows ("LOS ANGELES (UPI) — In a clip")."""
    doc = sent.doc
    i = next((t.i for t in sent if t.idx >= end), sent.end)
    last = None
    while i < sent.end and doc[i].pos_ == "PROPN":
        last, i = doc[i], i + 1
    return last


def _past_dateline(head: Any | None, token: Any, sent: Any, text: str) -> Any | None:
    """The source of a reporting word once the dateline opening its sentence is set aside: the
    parser makes the dateline the subject ("LOS ANGELES (UPI) — ... shows"), or hangs the
    name after it on the dateline and leaves the verb none ("WASHINGTON -- President Obama,
    opening the museum, said ..."). The name after the dateline is then the source, when it
    comes before the verb; else there is none. A source outside the dateline stays."""
    end = _dateline_end(sent, text)
    if end is None or (head is not None and head.idx >= end):
        return head
    name = _name_after_dateline(sent, end)
    if name is None or name.i >= token.i or (head is None and name.head.idx >= end):
        return None
    return name


# Participles that name what a report rests on: "reported, citing ...", "claimed, quoting ...".
_CITING_WORDS = frozenset({"citing", "quoting"})


def _cites_for(token: Any, reporter: Any) -> bool:
    """Whether "citing ..." ("quoting ...") is set off right after a reporting verb: "reported,
    citing X, that", "reported Tuesday, citing X, that"."""
    return bool(
        token.lower_ in _CITING_WORDS
        and reporter.i < token.i
        and _comma_after(reporter, token.sent) == token.i - 1
    )


# Words that make what a report cites an unnamed source: "citing an unnamed crew member",
# "citing anonymous sources" (besides the nouns of `anonymous_nouns`).
_UNNAMED = re.compile(r"\b(?:unnamed|unidentified|anonymous)\b", re.IGNORECASE)


def _citing(reading: _Reading, token: Any, sent: Any) -> _Reading:
    """A report's reading once the source it cites is known: an unnamed source makes it the
    anonymous source's word, carried by the outlet; anything else (a document, a named person
    the outlet quotes) leaves it the outlet's."""
    end = token.i + 1
    while end < sent.end and sent.doc[end].text != ",":
        end += 1
    cited = sent.doc[token.i + 1 : end]
    if cited and cited[0].lower_ in ("a", "an", "the", "two", "several", "multiple"):
        cited = cited[1:]
    words = cited.text
    anonymous = attribution_lexicon().anonymous.search(words) or _UNNAMED.search(words)
    if not anonymous or any(t.pos_ == "PROPN" for t in cited):
        return reading
    before = reading.attribution
    attribution = Attribution(
        "anonymous", speaker=words, outlet=before.outlet, cue=f"{before.cue or ''}, citing {words}"[:80]
    )
    return _Reading(attribution, reading.cue, reading.source, reading.content)


def _impersonally_reported(token: Any) -> bool:
    """Whether a verb heads the clause of a report that names no one ("it was reported that the
    cables had snapped", "it is believed the singer feared ...", "it was alleged that Park had
    criticized ..."): what it tells is the content of that report, not a voice of its own."""
    reporter = token.head
    return (
        token.dep_ == "ccomp"
        and reporter.i != token.i
        and _lemma(reporter) in attribution_lexicon().speech_lemmas
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in reporter.children)
    )


# Auxiliaries of speech that has not happened: "she will announce", "it would tell".
_UNREALISED_AUX = frozenset({"will", "'ll", "’ll", "would", "could", "might", "may", "should", "can"})


# Modals that make an act a wish, a plan or a guess: "should enact", "would impose".
_SUPPOSING_MODALS = frozenset({"would", "should", "could", "might", "may", "'d", "’d"})


def _supposing_modal(token: Any) -> bool:
    """Whether a verb's act is only wished, planned or guessed at ("should enact")."""
    return any(c.dep_ == "aux" and c.lower_ in _SUPPOSING_MODALS for c in token.children)


def _unrealised(token: Any) -> bool:
    """Whether a verb speaks of speech yet to happen: a modal's or a "to" infinitive."""
    return any(c.dep_ == "aux" and (c.lower_ in _UNREALISED_AUX or c.tag_ == "TO") for c in token.children)


# Verbs whose object is itself what is said ("announced the split", "denied the affair",
# "confirmed their engagement", "cited irreconcilable differences"). Of every other speech
# verb the object is a topic or a thing handed over ("welcomed a son", "posted a photo of her
# daughter", "asks for custody of the children", "praised her husband"): the facts inside it
# are the writer's description, not the speaker's words.
_PROPOSITIONAL_OBJECT_LEMMAS = frozenset(
    {
        "announce", "confirm", "deny", "reveal", "disclose", "acknowledge", "admit", "report",
        "allege", "claim", "dispute", "refute", "rebut", "contradict", "reject", "detail",
        "describe", "cite", "publish", "concede", "document",
    }
)  # fmt: skip
# An indirect question opened by one of these is a topic, not a statement: "described what it
# was like working on the film", "explained why she left" presuppose what they ask about.
# ("whether" and "if" are left out: "asked whether they had split" asserts nothing at all.)
_WH_TOPIC = frozenset({"what", "how", "why", "when", "where"})
# Adjuncts before the source that set the scene of a report, not its content: "In the filing,
# she asks", "When the news broke ..., sources told", "After the show, he said".
_SCENE_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})
# Words that make a scene hearsay: "When word of his affair spread, sources said ..." reports the
# affair as news, which the writer does not assert; the sources' voice covers it.
_HEARSAY_NOUNS = frozenset(
    {"news", "report", "reports", "rumor", "rumors", "rumour", "rumours", "word", "speculation",
     "claim", "claims", "allegation", "allegations", "gossip", "whispers"}
)  # fmt: skip


def _hearsay(phrase: Any) -> bool:
    return any(t.lower_ in _HEARSAY_NOUNS for t in phrase.subtree)


# Subjects that make a conjoined verb a clause of its own.
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Clauses a speech verb reports: what they govern is the content.
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp"})


def _content_of(token: Any, lemma: str, sent: Any, source: tuple[int, int]) -> frozenset[int] | None:
    """The tokens that carry what a reporting word reports: the verb's own clause, less its
    source phrase ("Dana Wilde, 30, said ..." — the age is the writer's), the scene set before
    the source ("When the news broke in May, sources said ..."), indirect questions ("described
    what it was like working on X") and, for a verb that reports only a topic, its object
    ("welcomed a son", "posted a photo of their daughter"). Everything else in the sentence —
    a clause joined to it ("They bought a house, and she posted photos"), the clause it is
    an adjunct of ("He shared the photo, adding: ...") — is narration. None where the verb's
    reach cannot be read from the parse (a noun, "according to", a verb closing the sentence
    or set off after its content: "Kim is pregnant, a source said")."""
    if token.pos_ not in ("VERB", "AUX") or token.lower_ == "according":
        return None  # (the tagger reads "According" opening a sentence as a verb)
    first, last = source
    if (
        token.dep_ == "parataxis"
        or token.i + 2 >= _last_word(sent)
        or (
            token.dep_ == "ROOT"
            and any(
                c.dep_ == "ccomp" and c.i < token.i and not _semicolon_between(c, token)
                for c in token.children
            )
        )
    ):
        return None  # "..., the doctor maintains.": the clause before it is the content
    if token.dep_ == "advcl" and token.head.i > token.i and not any(c.dep_ == "mark" for c in token.children):
        return None  # "Her rep confirmed to People she was fine", misparsed with "was" as head
    tokens = {t.i for t in token.subtree}
    tokens -= set(range(first, last + 1))
    # "She has dated Kim since 2022; the couple posted a photo": a clause a semicolon parts
    # from the verb is a statement of its own, whatever the parser hung it on.
    parted = [c for c in token.children if c.dep_ in _CLAUSE_DEPS and _semicolon_between(c, token)]
    for child in parted:
        tokens -= {t.i for t in child.subtree}
    # "The couple announced their separation in 2021, and their divorce was finalized the
    # following year": a clause joined after the verb with a subject of its own is the
    # writer's next statement, not part of what was announced.
    for child in token.children:
        if (
            child.dep_ == "conj"
            and child.i > token.i
            and any(g.dep_ in _OWN_SUBJECTS for g in child.children)
        ):
            tokens -= {t.i for t in child.subtree}
    before_source = min(first, token.i)
    for child in token.children:
        if child.dep_ in _SCENE_DEPS and child.i < before_source and not _hearsay(child):
            tokens -= {t.i for t in child.subtree}
        if child.dep_ == "ccomp" and child.left_edge.lower_ in _WH_TOPIC:
            tokens -= {t.i for t in child.subtree}
    clauses = any(c.dep_ in _CLAUSE_DEPS and c not in parted for c in token.children) or _opens_quote(
        token, sent
    )
    clauses = clauses or (token.i + 1 < sent.end and token.nbor(1).lower_ in ("that", ":"))
    if not clauses and lemma not in _PROPOSITIONAL_OBJECT_LEMMAS | _LIGHT_SPEECH_VERBS | _REGARD_LEMMAS:
        return frozenset()  # "posted a photo of their daughter": a topic, no statement of fact
    return frozenset(tokens)


# Verbs that make an act of speech of their object ("delivered a message", "made the remarks",
# "issued a warning", "raised questions about"): the subject speaks through it.
_LIGHT_SPEECH_VERBS = frozenset(
    {"make", "deliver", "give", "issue", "offer", "raise", "unleash", "fire", "pen"}
)
# Verbs that put out a position in writing ("released a letter", "sent a letter to the
# board", "will present her proposals"), only with such a writing as their object: "sent the
# case back", "sends a clear message", "released an album" put out no one's words.
_WRITING_VERBS = frozenset({"release", "send", "present"})
_WRITTEN_OBJECTS = frozenset(
    {"letter", "letters", "statement", "statements", "proposal", "proposals", "plan", "ad", "ads"}
)
# Objects that are speech: "a statement", "a speech", "remarks", "a warning", "questions".
_SPEECH_OBJECTS = frozenset(
    {
        "statement", "speech", "remark", "remarks", "comment", "comments", "message", "reference",
        "claim", "claims", "accusation", "accusations", "criticism", "attack", "attacks", "question",
        "questions", "warning", "warnings", "apology", "announcement", "plea", "appeal", "argument",
        "pitch", "case", "promise", "pledge", "vow", "tweet", "tweets", "address", "interview",
        "testimony", "assurance", "assurances", "prediction", "proof", "endorsement", "rebuttal",
        "retort", "joke", "jokes", "quip", "insult", "insults", "threat", "threats",
        # counsel and judgement given in words: "offered some pointed advice", "gave their
        # assessments", "offered his views on"
        "advice", "assessment", "assessments", "opinion", "opinions", "views", "thoughts",
        # a position set down in writing: "offered a proposal", "penned a letter"
        "letter", "letters", "proposal", "proposals",
    }
)  # fmt: skip


# "made it clear (that) ...", "has made clear that ...": the subject states what follows. The
# words that may carry "clear" under "make", and the clause it must report (without one,
# "made it clear of debris" or "made the path clear" states nothing).
_CLEAR_WORDS = frozenset({"clear", "plain"})
_CLEAR_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod"})
_CLAUSE_DEPS_OF_CLEAR = frozenset({"ccomp", "advcl"})


def _makes_clear(token: Any) -> Any | None:
    """The word "clear" of "made it clear that ..." under a "make", where a clause is reported."""
    clear = next((c for c in token.children if c.lower_ in _CLEAR_WORDS and c.dep_ in _CLEAR_DEPS), None)
    if clear is None:
        return None
    clauses = [
        c
        for w in (clear, token)
        for c in w.children
        if c.dep_ in _CLAUSE_DEPS_OF_CLEAR and c.i > clear.i and c.pos_ in ("VERB", "AUX")
    ]
    return clear if clauses else None


def _speech_object(token: Any, nouns: frozenset[str] = _SPEECH_OBJECTS) -> bool:
    """Whether a light verb's object is speech (one of `nouns`): its noun, or "a flurry of
    tweets"."""
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        words = [child] + [
            g for c in child.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        if any(w.lower_ in nouns or w.lemma_.lower() in nouns for w in words):
            return True
    return False


def _made_before(token: Any, lemma: str) -> bool:
    """Whether "made" points back at words the text has already given: "Kell made the remarks
    at a rally", "she made this pledge on Monday" (a bare noun after "the" or "this", nothing
    of its own after it) tell where and when, and state nothing new. ("Made the case for",
    "made the following comment", "made a pledge" still speak.)"""
    if lemma != "make" or any(
        c.dep_ in ("ccomp", "xcomp")
        or (c.dep_ == "prep" and c.lower_ in ("for", "against", "about", "of", "to"))
        for c in token.children
    ):
        return False  # "made the case for a bridge", "made the point to them that ...": what it says
    for child in token.children:
        if child.dep_ != "dobj":
            continue
        dets = [c for c in child.children if c.dep_ == "det"]
        own = [c for c in child.children if c.dep_ in ("prep", "acl", "relcl", "amod", "compound", "ccomp")]
        return bool(dets) and dets[0].lower_ in ("the", "this", "these", "those") and not own
    return False


# Verbs of a stated position ("welcomed the ruling") that are a deed when their object is a
# person: "welcomed a son" (a birth), "welcomed their daughter, Blythe", "welcomed the guests".
_GREETING_LEMMAS = frozenset({"welcome"})
# Nouns for a newborn or a guest as such an object.
_PERSON_NOUNS = frozenset(
    {
        "son", "daughter", "baby", "boy", "girl", "child", "children", "kid", "twins", "twin",
        "newborn", "infant", "firstborn", "babies", "guest", "guests", "visitor", "visitors",
    }
)  # fmt: skip


def _greets_someone(token: Any) -> bool:
    """Whether a verb's object is a person: a name, a pronoun or a word for a child or a guest."""
    return any(
        c.dep_ == "dobj"
        and (c.ent_type_ == "PERSON" or c.pos_ in ("PROPN", "PRON") or c.lemma_.lower() in _PERSON_NOUNS)
        for c in token.children
    )


# Verbs that report speech only with "it" as their object and a manner: "as the senator put
# it", "she put it bluntly" (never "he put it on the table").
_SAYS_IT = frozenset({"put"})


def _says_it(token: Any, lemma: str) -> bool:
    if lemma not in _SAYS_IT or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return False
    return any(
        c.lower_ == "as" or (c.dep_ == "advmod" and c.lower_.endswith("ly") and c.i > token.i)
        for c in token.children
    )


def _swallowed_name(token: Any, index: EntityIndex) -> Any | None:
    """The subject of a reporting verb that the parser gave none, where a person's name or a
    plural noun right before it closes another phrase ("In a meeting with the board of the
    Ledger Jo Park said that ...", where a comma is missing; "the $20 million experts say it
    costs"): that word."""
    if (
        token.dep_ not in ("ROOT", "dep")
        or token.i == 0
        or not any(c.dep_ == "ccomp" for c in token.children)
    ):
        return None
    before = token.nbor(-1)
    if before.dep_ not in ("pobj", "dobj", "compound"):
        return _appositive_name(token, index)
    if before.tag_ == "NNS":
        return before  # "the $20 million experts say it costs": a group, read as a phrase's end
    if before.pos_ != "PROPN":
        return None
    people = index.person_mentions(before.idx, before.idx + len(before.text))
    # a name the tagger ran into the phrase ("the Ledger Park") is still a person's surname
    known = any(e.kind == "person" and e.name.split()[-1] == before.text for e in index.entities.values())
    return before if people or known else None


# How the parser hangs a name set off by commas on the phrase before it.
_SET_OFF = frozenset({"conj", "appos"})


def _appositive_name(token: Any, index: EntityIndex) -> Any | None:
    """A person's name, set off with its apposition, that the parser hung on the phrase before
    it ("In a talk in Lisbon, Jo Park, the band's manager, firmly told ...", read as "Lisbon,
    Jo Park"): the name whose phrase ends right before the verb (less adverbs) and a comma."""
    end = token.i - 1
    while end > token.sent.start and token.doc[end].dep_ == "advmod":
        end -= 1
    if token.doc[end].text != "," or end - 1 <= token.sent.start:
        return None
    current = token.doc[end - 1]  # the phrase's last word; the comma may hang on either side
    while current.i != token.i and current.right_edge.i in (end - 1, end):
        people = index.person_mentions(current.left_edge.idx, current.idx + len(current.text))
        if current.pos_ == "PROPN" and people and current.dep_ in _SET_OFF:
            return current
        current = current.head
    return None


def _name_start(token: Any, index: EntityIndex) -> int:
    """Where the person's name ending at a token begins: for a name the parser set off as a
    conjunct or an apposition ("Lisbon, Jo Park, the band's manager,"), the whole mention; for
    a name run into the phrase before it ("the Harbor Gazette Park"), only what the index
    names on its own."""
    end = token.idx + len(token.text)
    start = token.left_edge.idx if token.dep_ in _SET_OFF else token.idx
    people = [m for m in index.person_mentions(start, end) if m.span.start <= token.idx < m.span.end]
    first: int = token.i
    if people:
        while first > 0 and token.doc[first - 1].idx >= people[0].span.start:
            first -= 1
    return first


def _misread_verb(token: Any, sent: Any) -> bool:
    """Whether a plural noun heading its sentence is a speech verb's third-person form with
    its subject as a modifier ("Trump charges that", "the senator counters that", "…, the
    former doctor maintains."): it must report a clause ("that" after it, or the clause
    before it when it closes the sentence)."""
    if token.tag_ != "NNS" or token.dep_ != "ROOT" or token.lower_ not in _headline_verbs():
        return False
    if not any(c.dep_ == "compound" and c.i == token.i - 1 for c in token.children):
        return False
    if token.i + 1 < sent.end and token.nbor(1).lower_ == "that":
        return True
    first = _misread_subject_start(token)
    closes: bool = token.i + 2 >= _last_word(sent)
    return closes and first > sent.start and sent.doc[first - 1].text == ","


# What may modify a noun the tagger made of a verb: its subject's words ("the candidate's
# former doctor maintains").
_SUBJECT_MODIFIERS = frozenset({"compound", "poss", "amod", "det", "nmod", "nummod"})


def _misread_subject_start(token: Any) -> int:
    """Where the subject of a verb read as a noun begins: its first modifier's phrase."""
    starts: list[int] = [
        c.left_edge.i for c in token.children if c.i < token.i and c.dep_ in _SUBJECT_MODIFIERS
    ]
    fallback: int = token.i - 1
    return min(starts, default=fallback)


def _is_document(head: Any) -> bool:
    """Whether a subject is a document, a count or a recording ("polls", "the video", "it")."""
    evidence = attribution_lexicon().evidence_nouns
    return head.lower_ == "it" or head.lower_ in evidence or head.lemma_.lower() in evidence


def _said_within(token: Any, reporter: Any) -> bool:
    """Whether `token` lies inside the clause that `reporter` reports as its content (its
    "that" clause or its "to" clause), not in a clause that sets its scene ("When pressed,
    she replied", "Citing the poll, he accused ...")."""
    current = token
    while current.head.i != current.i:
        scene = any(g.dep_ == "mark" for g in current.children) or current.tag_ == "VBG"
        if current.dep_ in ("advcl", "relcl", "acl") and current.head.i != reporter.i and scene:
            return False
        if current.head.i == reporter.i:
            return current.dep_ in ("ccomp", "xcomp") and not _semicolon_between(current, reporter)
        current = current.head
    return False


# What a parenthetical "X said" would report itself if it had it.
_REPORTED_DEPS = frozenset({"ccomp", "dobj", "xcomp", "attr", "oprd"})


def _said_around(token: Any, reporter: Any) -> bool:
    """Whether `token` lies in the clause a parenthetical report is set in, which is what that
    report says: "At the time, Ilse Marrow said, she wanted to quit", "The landlord, she said,
    ignored the tenants" (the parser hangs "said" on the clause's verb, not the clause on "said")."""
    if reporter.dep_ != "parataxis" or reporter.i == token.i:
        return False
    # a bare "X said" set off by a comma, reporting nothing of its own ("I hope America says,
    # 'Thank you'" is a second clause with its own words)
    if any(c.dep_ in _REPORTED_DEPS for c in reporter.children):
        return False
    left = reporter.left_edge.i
    if reporter.doc[left].text != "," and (left == 0 or reporter.doc[left - 1].text != ","):
        return False
    host = reporter.head
    current = token
    while True:
        if current.i == host.i:
            return True
        if current.head.i == current.i or current.i == reporter.i:
            return False
        scene = any(g.dep_ == "mark" for g in current.children) or current.tag_ == "VBG"
        if current.dep_ in ("advcl", "relcl", "acl") and scene:
            return False
        current = current.head


def _semicolon_between(clause: Any, reporter: Any) -> bool:
    """Whether a semicolon parts a clause from the verb the parser hung it on: "She spoke about
    X; he called Y; and she addressed Z" are three acts, not one reporting the others."""
    low, high = sorted((clause.i, reporter.i))
    return any(t.text == ";" and t.head.i in (clause.i, reporter.i) for t in clause.doc[low:high])


def _reported_by(token: Any, reporter: Any) -> bool:
    """Whether `token` lies inside the clause that `reporter` reports."""
    current = token
    while current.head.i != current.i:
        # "X said the work ..., though she noted ...": a clause opened by its own conjunction is
        # the writer's aside, not part of what X said
        if current.dep_ == "advcl" and any(g.dep_ == "mark" for g in current.children):
            return False
        if current.head.i == reporter.i:
            if current.dep_ == "advcl" and current.tag_ == "VBG" and current.i > reporter.i:
                return False  # "he said, adding that ...": a second act of the same speaker
            return current.dep_ in ("ccomp", "xcomp", "advcl") and not _semicolon_between(current, reporter)
        current = current.head
    return False


# A Q:/A: interview: "Q:" (or "Question:") and "A:" (or "Answer:") open at least
# `_TRANSCRIPT_TURNS` lines each; the answers are the interviewee's, the person the text names
# first before its first question (the introduction: "X, 38, runs three restaurants ...").
_QUESTION_LABEL = re.compile(r"^\W{0,2}(?:Q|Question)\s*:", re.MULTILINE)
_ANSWER_LABEL = re.compile(r"^\W{0,2}(?:A|Answer)\s*:", re.MULTILINE)
_ANSWER_LABELS = frozenset({"a", "answer"})


def _interviewee(body: str, index: EntityIndex) -> str | None:
    """The person who answers a Q:/A: interview's questions, if `body` is one."""
    questions = list(_QUESTION_LABEL.finditer(body))
    if len(questions) < _TRANSCRIPT_TURNS or len(_ANSWER_LABEL.findall(body)) < _TRANSCRIPT_TURNS:
        return None
    named = index.person_mentions(0, questions[0].start())
    return named[0].entity if named else None


def _speaker_labels(
    body: str, index: EntityIndex, outlets: OutletTable, narration: Attribution | None = None
) -> list[Voice]:
    """Lines opened by a speaker's name and a colon: "SMITH: We will win.", "Smith: I'm out".

    The name must be a person the document names (a capitalised label such as "JONES" counts
    when the document names a Jones elsewhere) or an outlet; labels like "UPDATE:" never count."""
    lex = attribution_lexicon()
    voices: list[Voice] = []
    surnames = {
        part.lower(): key
        for key, entity in index.entities.items()
        if entity.kind == "person"
        for part in entity.name.split()
        if len(part) > 2
    }
    # Capitalised labels the document names no one by ("WALLACE:"), with their lines: a
    # transcript's speakers once another label in it is a person the document names.
    unnamed: dict[str, list[tuple[int, int, int]]] = {}
    transcript = False
    interviewee = _interviewee(body, index)
    for line in re.finditer(r"[^\n]+", body):
        match = _LABEL.match(line.group(0))
        if match is None:
            continue
        name = match.group("name")
        if interviewee is not None and name.lower() in _ANSWER_LABELS:
            # a bare "A:" in a Q:/A: interview: the interviewee answers
            start = line.start() + match.start("name")
            colon = body.index(":", start)
            speaker = Attribution("on_record", speaker=index.name(interviewee), cue=f"{name}:")
            voices.append(Voice(colon + 1, line.end(), speaker, cue_span=(colon, colon + 1)))
            continue
        if name.lower() in lex.line_labels or name.split()[0].lower() in lex.line_labels:
            continue
        start, end = line.start() + match.start("name"), line.start() + match.end("name")
        # "Said Ellis: “…”": an inverted reporting verb before the speaker's name is the cue.
        verb: tuple[int, int] | None = None
        first_word = name.split()[0]
        if len(name.split()) > 1 and first_word.lower() in lex.speech_verbs:
            verb = (start, start + len(first_word))
            name = name[len(first_word) :].lstrip()
            start = end - len(name)
        people = index.person_mentions(start, end)
        # The whole label must be the name: "Jane Doe: I'm done", not "Jane Doe Wedding Rumors:".
        key = (
            people[-1].entity
            if people and people[0].span.start == start and people[-1].span.end >= end - 2
            else None
        )
        if key is None and (name.isupper() or verb is not None) and len(name.split()) <= 2:
            key = surnames.get(name.split()[-1].lower())
        attribution: Attribution | None = None
        if name.lower() in lex.evidence_nouns:
            # "Poll: Clinton and Rivera tied": a headline citing a count; the outlet narrates it.
            outlet_of = narration.outlet if narration else None
            attribution = Attribution("narration", outlet=outlet_of, cue=f"{name}:")
        elif key is not None:
            attribution = Attribution("on_record", speaker=index.name(key), cue=f"{name}:")
        elif outlets.find(name) and outlets.find(name)[0][1] - outlets.find(name)[0][0] == len(name):
            attribution = Attribution("outlet", outlet=outlets.find(name)[0][2].name, cue=f"{name}:")
        if attribution is None:
            if name.isupper() and _TRANSCRIPT_LABEL.fullmatch(name) and verb is None:
                unnamed.setdefault(name, []).append((start, end, line.end()))
            continue
        transcript = transcript or (key is not None and name.isupper())
        colon = body.index(":", end)
        voices.append(
            Voice(
                colon + 1,
                line.end(),
                attribution,
                cue_span=verb or (colon, colon + 1),
                source_span=(start, end),
            )
        )
    if transcript:
        for name, lines in unnamed.items():
            if len(lines) < _TRANSCRIPT_TURNS:
                continue
            for start, end, line_end in lines:
                colon = body.index(":", end)
                attribution = Attribution("on_record", speaker=name.title(), cue=f"{name}:")
                voices.append(
                    Voice(
                        colon + 1,
                        line_end,
                        attribution,
                        cue_span=(colon, colon + 1),
                        source_span=(start, end),
                    )
                )
        voices.sort(key=lambda v: v.start)
    return voices


# A headline in title case ("Vera Lind Slams Critics Over Tour", "New Poll Shows Lind Ahead",
# "Tour Is Over, Former Manager Says"): the parser reads its capitalised verbs as names, so the
# speech verb is found by form. At least this share of its words must be capitalised.
_TITLE_CASE_SHARE = 0.7
_HEADLINE_WORD = re.compile(r"[\w'’-]+")


@cache
def _headline_stances() -> dict[str, frozenset[tuple[str, ...]]]:
    """Headline-only verbs of stance (data/attribution.toml `headline_verbs`), by first word,
    with the words that must follow it: "hits" -> {("back",), ("out",)}, "rips" -> {()}.
    Forms of both persons ("rips", "rip")."""
    with resources.files("allegedly.data").joinpath("attribution.toml").open("rb") as handle:
        phrases: list[str] = tomllib.load(handle)["headline_verbs"]
    stances: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        first, *rest = phrase.lower().split()
        stances.setdefault(first, set()).add(tuple(rest))
    return {first: frozenset(rests) for first, rests in stances.items()}


# A headline gives a plural subject the bare form ("Farmers Share Their Thoughts", "Black
# Lawmakers Rip Mayor"): read only after a source whose last word is plural, and only for the
# core speech verbs and the headline verbs, since "Stocks Show Gains" and "Schools Press Ahead"
# are no one speaking.
_PLURAL_SOURCE = re.compile(r"[a-z][a-rt-z]s$")


@cache
def _headline_verbs() -> frozenset[str]:
    """Third-person forms of the speech lemmas: "says", "slams", "denies", "urges"."""
    lex = attribution_lexicon()
    forms: set[str] = set()
    for lemma in lex.speech_lemmas | lex.object_speech_lemmas:
        forms.add(lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else lemma + "s")
        if lemma.endswith(("s", "sh", "ch", "x", "z")):
            forms.add(lemma + "es")
    return frozenset(forms)


def _headline(
    body: str, index: EntityIndex, outlets: OutletTable, narration: Attribution, doc: Any = None
) -> list[Voice]:
    """The speaker of a title-case headline on the body's first line: the capitalised words
    before its speech verb ("Vera Lind Slams ..."), or after the last comma when the verb ends
    it ("..., Former Manager Says"). Only a named person, an outlet, an anonymous source or a
    cited document counts, so "Power Plant Rules Face Test" is no one speaking."""
    line = re.match(r"[^\n]+", body)
    if line is None:
        return []
    quoted = _headline_quote(line, index)
    if quoted is not None:
        return [quoted]
    words = list(_HEADLINE_WORD.finditer(line.group(0)))
    if len(words) < 3:
        return []
    if sum(w.group(0)[:1].isupper() for w in words) < _TITLE_CASE_SHARE * len(words):
        sentence = _sentence_headline(line, words, index, outlets, doc)
        return [sentence] if sentence is not None else []
    lex = attribution_lexicon()
    verbs = _headline_verbs()
    core = frozenset(v for v in verbs if v[:-1] in lex.core_speech_lemmas or v[:-2] in lex.core_speech_lemmas)
    text = line.group(0)
    stances = _headline_stances()
    for n, word in enumerate(words):
        lower = word.group(0).lower()
        if n == 0 or not word.group(0)[:1].isupper():
            continue
        after = [w.group(0).lower() for w in words[n + 1 :]]
        stance = any(tuple(after[: len(rest)]) == rest for rest in stances.get(lower, ()))
        bare = lower in lex.core_speech_lemmas or (stance and not lower.endswith("s"))
        plural = bare and _PLURAL_SOURCE.search(words[n - 1].group(0)) is not None
        if lower not in verbs and not stance and not plural:
            continue
        clause_start = max(text.rfind(":", 0, word.start()), text.rfind(",", 0, word.start())) + 1
        source = text[clause_start : word.start()].strip(" ‘’'\"“”")
        if not source or len(source.split()) > 6:
            continue
        start = clause_start + text[clause_start:].index(source)
        end = start + len(source)
        # the name must end the phrase: "Obama Power Plant Rules Face ..." is a plant's rules
        people = [m for m in index.person_mentions(start, end) if m.span.end >= end - 1]
        named = outlets.find(source)
        cue = f"{source} {word.group(0)}"
        attribution: Attribution | None = None
        said = word.group(0).lower() in core
        if lex.anonymous.search(source):
            attribution = Attribution("anonymous", speaker=source, cue=cue)
        elif source.split()[-1].lower() in lex.evidence_nouns:
            attribution = Attribution("narration", outlet=narration.outlet, cue=cue)
        elif people:
            attribution = Attribution("on_record", speaker=index.name(people[-1].entity), cue=cue)
        elif named:
            attribution = Attribution("outlet", outlet=named[0][2].name, cue=cue)
        elif said or (plural and lower not in verbs):
            # "Retired General Reveals ...", "..., Former Team Doctor Says"; a group speaking
            # in the bare form ("Black Lawmakers Rip Mayor", "Twelve Farmers Share ...")
            attribution = Attribution("on_record", speaker=source, cue=cue)
        if attribution is not None:
            return [
                Voice(line.start(), line.end(), attribution, cue_span=word.span(), source_span=(start, end))
            ]
    return []


def _sentence_headline(
    line: re.Match[str], words: list[re.Match[str]], index: EntityIndex, outlets: OutletTable, doc: Any
) -> Voice | None:
    """The speaker of a headline in sentence case that opens with a person the document names,
    or an outlet, right before a speech verb: "Tolliver questions the fairness of the judges;".
    The parser may read the name as a modifier there ("Tolliver" as an adverb); where it reads
    it as the verb's subject, its own reading stands, so the voice is not counted twice."""
    text = line.group(0)
    people = index.person_mentions(line.start(), line.end())
    found = outlets.find(text)
    if people and people[0].span.start == line.start():
        source_end = people[0].span.end
        speaker, outlet = index.name(people[0].entity), None
    elif found and found[0][0] == 0:
        source_end = line.start() + found[0][1]
        speaker, outlet = None, found[0][2].name
    else:
        return None
    verb = next((w for w in words if line.start() + w.start() >= source_end), None)
    if verb is None or text[source_end - line.start() : verb.start()].strip():
        return None
    lower = verb.group(0)
    after = [w.group(0).lower() for w in words[words.index(verb) + 1 :]]
    stance = any(tuple(after[: len(rest)]) == rest for rest in _headline_stances().get(lower, ()))
    if not after or not lower.islower() or (lower not in _headline_verbs() and not stance):
        return None
    cue_span = (line.start() + verb.start(), line.start() + verb.end())
    if doc is not None:
        tokens = doc.char_span(line.start(), source_end, alignment_mode="expand")
        head = doc.char_span(*cue_span, alignment_mode="expand")
        if (
            tokens is not None
            and head is not None
            and any(t.dep_.startswith("nsubj") and t.head.i == head[0].i for t in tokens)
        ):
            return None
    cue = f"{text[: source_end - line.start()]} {lower}"
    attribution = Attribution("on_record" if speaker else "outlet", speaker=speaker, outlet=outlet, cue=cue)
    return Voice(
        line.start(), line.end(), attribution, cue_span=cue_span, source_span=(line.start(), source_end)
    )


# A headline that gives a person's words after a colon: "Obama on Climate Change: The Trends
# Are 'Terrifying'", "A lesson from Loretta Lynch: 'Be the voice ...'". The words after the
# colon must hold a quotation mark.
_HEADLINE_QUOTE = re.compile(r"(?P<label>[^:\n]{3,80}?)\s*:\s+(?P<rest>[^\n]*[‘“'\"][^\n]*)")


def _headline_quote(line: re.Match[str], index: EntityIndex) -> Voice | None:
    """The speaker of a headline quoting a person after a colon: a person named at the start or
    the end of the words before it (a label that is the name alone is `_speaker_labels`')."""
    match = _HEADLINE_QUOTE.fullmatch(line.group(0))
    if match is None:
        return None
    start, end = line.start() + match.start("label"), line.start() + match.end("label")
    label = match.group("label").rstrip(" .,")
    people = index.person_mentions(start, end)
    edge = [m for m in people if m.span.start == start or m.span.end >= start + len(label)]
    if not edge or (len(people) == 1 and people[0].span.start == start and people[0].span.end >= end - 1):
        return None
    mention = edge[0]
    colon = line.start() + match.end("label") + line.group(0)[match.end("label") :].index(":")
    attribution = Attribution("on_record", speaker=index.name(mention.entity), cue=f"{label}:"[:80])
    return Voice(
        colon + 1,
        line.end(),
        attribution,
        cue_span=(colon, colon + 1),
        source_span=(mention.span.start, mention.span.end),
    )


def _signature(after: str, after_start: int, index: EntityIndex) -> _Reading | None:
    """A quote signed with a dash: "“...” ― Jane Doe"."""
    match = _SIGNATURE.match(after)
    if match is None:
        return None
    start, end = after_start + match.start("name"), after_start + match.end("name")
    people = index.person_mentions(start, end)
    speaker = index.name(people[0].entity) if people else match.group("name").strip()
    dash = after_start + len(after) - len(after.lstrip())
    return _Reading(Attribution("on_record", speaker=speaker, cue="―"), (dash, dash + 1), (start, end))


# How far before a reporting pronoun a speaker named outside quotes is looked for, once the
# person the pronoun resolved to turns out to be someone only a quotation speaks of.
_SPEAKER_LOOKBACK = 3000
# He/she pronouns and their genders, for a speaker looked for outside quotes.
_PRONOUN_GENDER = {"he": "m", "she": "f"}


@dataclass
class _Quoted:
    """Where a body's quotations lie and which people are named outside them, for the speaker
    of a he/she pronoun (see `_outside_quote_speaker`)."""

    body: str
    index: EntityIndex
    spans: list[tuple[int, int]]
    starts: list[int] = field(init=False)
    # person name → where it is first named outside quotation marks
    first_outside: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [s for s, _ in self.spans]
        self.first_outside = {}
        for mention in self.index.person_mentions(0, len(self.body)):
            if not self.inside(mention.span.start):
                self.first_outside.setdefault(self.index.name(mention.entity), mention.span.start)

    def inside(self, offset: int) -> bool:
        at = bisect_left(self.starts, offset + 1) - 1
        return at >= 0 and offset < self.spans[at][1]

    def reaching(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotations that reach into [start, end)."""
        first = max(0, bisect_left(self.starts, start) - 1)
        return [q for q in self.spans[first : bisect_left(self.starts, end)] if q[1] > start]


def _outside_quote_speaker(reading: _Reading, quotes: list[tuple[int, int]], quoted: _Quoted) -> _Reading:
    """A he/she source resolved to someone a quotation only speaks of: in "“I married a drummer
    called Bran Tolliver,” she says" the speaker is the "I", never the man named inside, though
    his is the last name before the pronoun; nor is it anyone the text names only inside quotes.
    The speaker is then the nearest person of the pronoun's gender (or of none known) named
    outside quotation marks before the pronoun, and no one where there is none."""
    source = reading.source
    attribution = reading.attribution
    if source is None or attribution.source_kind != "on_record":
        return reading
    gender = _PRONOUN_GENDER.get(quoted.body[source[0] : source[1]].lower())
    if gender is None:
        return reading
    index = quoted.index
    named = {index.name(m.entity) for s, e in quotes for m in index.person_mentions(s, e)}
    speaker = attribution.speaker
    if speaker is None and not named:
        return reading
    if (
        speaker is not None
        and speaker not in named
        and quoted.first_outside.get(speaker, source[0]) < source[0]
    ):
        return reading
    found: str | None = None
    for mention in reversed(index.person_mentions(max(0, source[0] - _SPEAKER_LOOKBACK), source[0])):
        name = index.name(mention.entity)
        cluster = index.people.get(mention.entity)
        if quoted.inside(mention.span.start) or name in named:
            continue  # named inside a quotation: someone the speaker talks about
        if cluster is None or cluster.gender in (gender, None):
            found = name
            break
    if found == speaker:
        return reading
    fixed = Attribution(
        attribution.source_kind, speaker=found, outlet=attribution.outlet, cue=attribution.cue
    )
    return _Reading(fixed, reading.cue, reading.source, reading.content)


# Where the reporting clause after a closing quote ends: a sentence's end (not the full stop
# of a title before a name, '…,” said Sen. Ann Roe', '…” her niece, state Del. Mara Quint,
# shouted'), a line break or the next opening mark. (The end mark is looked for first: most
# places have none, and the titles need not be tried there.)
CLAUSE_AFTER_END = re.compile(
    r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bLt\.)(?<!\bMrs\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bDel\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\bSgt\.)"
    r"(?<!\bRev\.)(?<!\bCapt\.)(?<!\bProf\.)\s|\n|“"
)
# A nickname in quotes inside a name: 'Marcia “Cia” Price', 'Jo "Bear" Park'.
_NICKNAME = re.compile(r"[A-Z][\w.'’-]{0,15}")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z]")


def _is_nickname(body: str, start: int, end: int) -> bool:
    """Whether the quotation [start, end) is a one-word nickname between a first name and a
    surname."""
    return bool(
        _NICKNAME.fullmatch(body, start + 1, end - 1)
        and _NAME_BEFORE.search(body[max(0, start - 20) : start])
        and _NAME_AFTER.match(body, end)
    )


def _within(readings: list[_Reading], start: int, end: int) -> list[_Reading]:
    return [r for r in readings if r.cue is not None and start <= r.cue[0] < end]


def _sentences(doc: Any) -> list[Any]:
    """The parse's sentences, as `doc.sents` gives them, read from its sentence-start array:
    `doc.sents` first walks every token of the document to check that the parse marks them."""
    if not len(doc) or "sents" in doc.user_hooks:
        return list(doc.sents) if len(doc) else []
    flags = doc.to_array(SENT_START)
    cuts = [0, *(int(i) + 1 for i in numpy.flatnonzero(flags[1:] == 1)), len(doc)]
    return [doc[a:b] for a, b in pairwise(cuts)]


# build_attributor's patterns, compiled once (not looked up in `re`'s cache per sentence and quote):
# "according to", a reporting signal outside quotes, the start of the clause before a quote and
# a clause that opens onto it with a comma or colon.
_ACCORDING_TO = re.compile(r"\baccording to\b", re.I)
_REPORT_SIGNAL = re.compile(r"\baccording to\b|\b(?:said|says|told|tells)\s+(?:that\b|[A-Z])")
_CLAUSE_START = re.compile(r"[.!?”]\s|\n")
_OPENS_ONTO_QUOTE = re.compile(r"[,:]\s*$")


def build_attributor(
    doc: Any, index: EntityIndex, outlets: OutletTable, doc_outlet: str | None
) -> Attributor:
    """Assign a voice to every part of a parsed body text."""
    body: str = doc_text(doc)
    lex = attribution_lexicon()
    narration = Attribution("narration", outlet=doc_outlet)
    voices = _excerpts(body)
    for voice in list(voices):
        found = outlets.find(voice.attribution.outlet or "")
        if found:
            voices[voices.index(voice)] = Voice(
                voice.start,
                voice.end,
                Attribution("outlet", outlet=found[0][2].name, cue=voice.attribution.cue),
            )
    excerpt_of = Attributor(list(voices), narration)
    voices.extend(_speaker_labels(body, index, outlets, narration))
    voices.extend(_headline(body, index, outlets, narration, doc))

    # Sentences that report a source outside quotes: "multiple sources told Us Weekly that ...".
    previous: Attribution | None = None
    # (the quotes are paired once: the spans here, the quoted speech below)
    quote_matches = list(_QUOTE_RE.finditer(_quote_text(body)))
    quoted_spans = [m.span() for m in quote_matches]  # = quote_spans(body)
    readings: list[_Reading] = []  # every reporting construction the parse found, for the quotes
    # The parsed text with every quoted stretch blanked (offsets kept), made once.
    blanked = list(body)
    for s, e in quoted_spans:
        blanked[s:e] = " " * (e - s)
    unquoted_text = "".join(blanked)
    candidates, speech_verb_words = _word_tables(doc)
    quoted = _Quoted(body, index, quoted_spans)
    for sent in _sentences(doc):
        unquoted = unquoted_text[sent.start_char : sent.end_char]
        inherited = previous or excerpt_of.at(sent.start_char)
        parsed = _parsed_reporting(sent, index, outlets, inherited, narration, quoted_spans, candidates)
        # (the quotes that reach into the sentence: the splitter may cut one short of its end)
        in_quotes = quoted.reaching(sent.start_char, sent.end_char)
        parsed = [_outside_quote_speaker(r, in_quotes, quoted) for r in parsed]
        readings.extend(parsed)
        # A source speaking outranks a document the narration cites in the same sentence.
        voices.extend(
            Voice(sent.start_char, sent.end_char, r.attribution, cue_span=r.cue, source_span=r.source)
            for r in sorted(parsed, key=lambda r: r.attribution.source_kind == "narration")
        )
        sourced = [r for r in parsed if r.attribution.source_kind != "narration"]
        if sourced:
            voices.extend(_narrated_rest(sent, sourced, quoted_spans, excerpt_of.at(sent.start_char)))
            previous = sourced[0].attribution
            continue
        # (the word test first: it is cheap, and most words fail it; the signals, a scan of the
        # outlets' names among them, only for a sentence with a cue)
        has_cue = bisect_left(speech_verb_words, sent.start) < bisect_left(
            speech_verb_words, sent.end
        ) or _ACCORDING_TO.search(unquoted)
        if has_cue and (
            outlets.find(unquoted)
            or lex.anonymous.search(unquoted)
            or lex.representatives.search(unquoted)
            or _REPORT_SIGNAL.search(unquoted)
        ):
            clause = _speaker_of_clause(unquoted, sent.start_char, index, outlets, inherited)
            if clause is not None:
                clause = _outside_quote_speaker(clause, in_quotes, quoted)
            if clause is not None:
                voices.append(
                    Voice(
                        sent.start_char,
                        sent.end_char,
                        clause.attribution,
                        cue_span=clause.cue,
                        source_span=clause.source,
                    )
                )
                voices.extend(_narrated_rest(sent, [clause], quoted_spans, excerpt_of.at(sent.start_char)))
                previous = clause.attribution
                continue
        opinion = lex.opinion.search(unquoted)
        if opinion and not parsed and excerpt_of.at(sent.start_char).source_kind == "narration":
            opinion_of = Attribution("author_opinion", outlet=doc_outlet, cue=opinion.group(0))
            voices.append(Voice(sent.start_char, sent.end_char, opinion_of))

    # Quoted speech: the reporting clause after the closing mark, else before the opening one.
    last_quote: Attribution | None = None
    last_quote_end = -1  # where the last quoted voice ends
    for match in quote_matches:
        start, end = match.span()
        after_end = min(len(body), end + _CLAUSE_AFTER)
        if _is_nickname(body, start, end):
            continue  # "Mara “Mimi” Quint": part of a name, not speech
        after = body[end:after_end]
        clause_end = CLAUSE_AFTER_END.search(after)  # (the first piece of its split)
        after = after[: clause_end.start()] if clause_end else after
        before_start = max(0, start - _CLAUSE_BEFORE)
        before = _CLAUSE_START.split(body[before_start:start])[-1]
        inherited = last_quote or excerpt_of.at(start)
        reading: _Reading | None = None
        # "Jo asked, “Is it over?” Critics said ...": a clause that opens onto the quote with a
        # comma or colon is its own, unless the quote ends on a comma that hands over to the
        # clause after it ("“It is over,” Jo said").
        if _OPENS_ONTO_QUOTE.search(before) and match.group(0)[-2:-1] != ",":
            sourced = [
                r
                for r in _within(readings, start - len(before), start)
                if r.attribution.source_kind != "narration" and r.cue is not None and r.cue[1] > start - 30
            ]
            reading = sourced[-1] if sourced else None
        if reading is None and after.strip():
            reading = _signature(after, end, index)
            sourced = [
                r
                for r in _within(readings, end, end + len(after))
                if r.attribution.source_kind != "narration"
            ]
            reading = reading or (sourced[0] if sourced else None)
            reading = reading or _speaker_of_clause(after, end, index, outlets, inherited)
        if reading is None and before.strip():
            sourced = [
                r
                for r in _within(readings, start - len(before), start)
                if r.attribution.source_kind != "narration"
            ]
            reading = sourced[-1] if sourced else None
            reading = reading or _speaker_of_clause(before, start - len(before), index, outlets, inherited)
        if reading is None:
            # A quote with no clause of its own continues the last speaker of the paragraph;
            # a short one only where it opens a sentence ('...," she said. "No doubt at all."'),
            # else it is a phrase in scare quotes ("focus on her career"), not speech.
            continues = body.rfind("\n", 0, start) < last_quote_end
            long_or_opening = len(match.group(0)) >= _SCARE_QUOTE_MAX or _opens_sentence(body, start)
            if last_quote is not None and continues and long_or_opening:
                voices.append(Voice(start, end, last_quote, quoted=True))
                last_quote_end = end
            continue
        reading = _outside_quote_speaker(reading, [(start, end)], quoted)
        voices.append(
            Voice(
                start, end, reading.attribution, quoted=True, cue_span=reading.cue, source_span=reading.source
            )
        )
        last_quote_end = end
        last_quote = reading.attribution
    return Attributor(voices, narration)


def _named(token: Any) -> set[int]:
    """A name's own words ("Dana Wilde") or a description's ("the reality star"), where an age
    hangs on it: an age claim is read there ("Dana Wilde, 30,") and belongs to the writer as
    the age does."""
    if token.pos_ == "NOUN":  # "The reality star, 39,": the description up to its noun
        return set(range(token.left_edge.i, token.i + 1))
    if token.pos_ != "PROPN":
        return set()
    return {token.i} | {c.i for c in token.children if c.dep_ in ("compound", "flat") and c.i < token.i}


def _descriptions(sent: Any) -> set[int]:
    """The tokens of the writer's own epithets for a person: an age set beside a name ("Dana
    Wilde, 30,", "the 38-year-old actress") or a title before a role ("the Salt Harbor star",
    "his Night Shift co-star"). News style adds them to whatever a source is reported to have
    said, so they are narration even inside the report."""
    found: set[int] = set()
    for token in sent:
        if token.dep_ == "appos" and token.like_num and not any(True for _ in token.children):
            found |= {token.i} | _named(token.head)
        elif token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children):
            # "a 38-year-old actress": the phrase up to its noun, and the name it describes
            if token.dep_ == "amod":
                found |= set(range(token.head.left_edge.i, token.head.i + 1))
                if token.head.dep_ == "appos":
                    found |= _named(token.head.head)
            found |= {t.i for t in token.subtree}
        elif (
            token.dep_ == "compound"
            and token.pos_ == "PROPN"
            and token.head.pos_ == "NOUN"
            and token.head.i > token.i
            and any(c.dep_ in ("det", "poss") for c in token.head.children)
        ):
            # "the Heat Check host", "his Night Shift co-star": the title, the role and its owner
            found |= {t.i for t in token.subtree} | {token.head.i}
            found |= {c.i for c in token.head.children if c.dep_ in ("det", "poss") and c.i < token.i}
    return found


def _narrated_rest(
    sent: Any, sourced: list[_Reading], quoted_spans: list[tuple[int, int]], narration: Attribution
) -> list[Voice]:
    """Narration voices over the stretches of a reporting sentence that no source says: the
    source's own description ("Dana Wilde, 30,"), the scene, a clause beside the report. Each
    is shorter than the sentence's voice, so it wins there; quotations keep their own voice."""
    said: set[int] = set()
    for reading in sourced:
        said |= {t.i for t in sent} if reading.content is None else reading.content
    said -= _descriptions(sent)
    voices: list[Voice] = []
    run: list[Any] = []

    def close() -> None:
        words = [t for t in run if not (t.is_punct or t.is_space)]
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            voices.append(Voice(start, end, narration, aside=True))
        run.clear()

    # Only the quotations that reach into the sentence can hold one of its words.
    # (in order and never overlapping: found by bisection)
    first_quote = bisect_right(quoted_spans, sent.start_char, key=lambda q: q[1])
    quoted = quoted_spans[first_quote : bisect_left(quoted_spans, sent.end_char, key=lambda q: q[0])]
    for token in sent:
        if token.i in said or any(s <= token.idx < e for s, e in quoted):
            close()
        else:
            run.append(token)
    close()
    return voices


# A quotation shorter than this (marks included) with no reporting clause of its own is a
# phrase in scare quotes unless it opens a sentence of a speaker's paragraph.
_SCARE_QUOTE_MAX = 40
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s*$")


def _opens_sentence(body: str, start: int) -> bool:
    """Whether a quotation at `start` opens a sentence: a full stop (or a quote closing on one)
    comes right before it, not a word ("He called it “a sham.”")."""
    return bool(_SENTENCE_END.search(body[max(0, start - 4) : start]))


# Where a clause after the claim's cue ends: what follows it qualifies something else.
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|so|while|although|though|whereas|because)\b")


# Nouns of rumour, which hedge what they say is rumoured ("sparked rumors that they had
# split"), and a time clause right after one: the rumour's occasion ("sparked wedding rumors
# over the weekend when Kim, 29, was photographed ..."), which the writer states as fact.
_RUMOUR_NOUN = re.compile(r"^(?:rumou?rs?|speculation|gossip|whispers)$", re.IGNORECASE)
_OCCASION_AFTER = re.compile(r"^[^.;:\"“”]{0,30}?\b(?:when|after|as|while|once)\b", re.IGNORECASE)


# A preposition that makes a noun of rumour the scene set before a clause ("After months of
# rumours, they made their debut", "Amid speculation, she shared a photo"): the clause that
# follows the comma is the writer's.
_SCENE_BEFORE = re.compile(
    r"\b(?:after|amid|amidst|despite|following)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)


def _hedges_claim(scope: str, cue_end: int | None) -> bool:
    """Whether a hedge word in the claim's scope qualifies the claim. A noun of rumour before it
    does not when the claim lies in the time clause that tells the rumour's occasion, or after
    the comma closing a phrase that sets the scene; a hedge after a description set off by
    commas ("The star, 39, allegedly had ...") qualifies the verb, not the description."""
    for hedge in attribution_lexicon().hedges.finditer(scope):
        if cue_end is not None and hedge.end() <= cue_end and _RUMOUR_NOUN.match(hedge.group(0)):
            between = scope[hedge.end() : cue_end]
            if _OCCASION_AFTER.match(between):
                continue
            phrase = between.split(",")[0]  # the scene's own words, up to its comma
            if (
                _SCENE_BEFORE.search(scope[: hedge.start()])
                and phrase != between
                and not _THAT.search(phrase)
            ):
                continue
        if cue_end is not None and hedge.start() >= cue_end and scope[:cue_end].rstrip().endswith(","):
            continue
        return True
    return False


def _negation_scope(window: str) -> str:
    """The part of the window before a claim's cue that a negation in it still governs: the
    words after the last clause stop (see `_NEGATION_STOP`, `_NEGATION_DASH`)."""
    last = 0
    for stop in _NEGATION_STOP.finditer(window):
        last = stop.end()
    dashes = [d.end() for d in _NEGATION_DASH.finditer(window, last)]
    if len(dashes) % 2:
        last = dashes[-1]
    scope = window[last:]
    # A negation in a relative aside stays there; blank it out, keeping the offsets.
    scope = _RELATIVE_ASIDE.sub(_blank, scope)
    return scope[_second_verb_start(scope) :]


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _second_verb_start(scope: str) -> int:
    """Where a verb joined by "and" after a negated one starts its own clause, or 0: the
    negation before the "and" is not its (see `_BARE_NEVER`, `_SECOND_VERB`)."""
    start = 0
    for conj in _AUX_AND.finditer(scope):
        if _NEGATION.search(scope, start, conj.start()):
            start = conj.start()
    nevers = list(_BARE_NEVER.finditer(scope, start))
    if nevers and _SECOND_VERB.match(scope, nevers[-1].end()):
        start = nevers[-1].end()
    return start


def modality_of(
    sentence: str, attribution: Attribution, context: str = "", cue_end: int | None = None
) -> Modality:
    """Denied, speculated, hedged or asserted, from the sentence's own words and its source.

    `context` is the preceding sentence: "Allegedly, he's quit." hedges what it sums up."""
    lex = attribution_lexicon()
    if lex.denials.search(sentence):
        return "denied"
    # "is not in a relationship with", "has never dated": the claim is negated where it is made.
    # A relative aside is blanked over the whole sentence: the window may cut off its ", who".
    before = _RELATIVE_ASIDE.sub(_blank, sentence[:cue_end]) if cue_end is not None else ""
    window = before[max(0, cue_end - 60) : cue_end] if cue_end is not None else ""
    if cue_end is not None and cue_end > 60 and before[cue_end - 61 : cue_end - 60].isalnum():
        window = re.sub(r"^\w+", "", window)  # a word the window cuts ("k|not") is no "not"
    window = _negation_scope(window)
    if window and _NEGATION.search(window):
        return "hedged" if _UNCONFIRMED.search(window) else "denied"
    # Guesses later in the sentence qualify the content, not the claim ("... thought it could be").
    head = sentence if cue_end is None else sentence[: cue_end + 40]
    if lex.speculation.search(head) or attribution.source_kind == "author_opinion":
        return "speculated"
    # A source's aim is not yet a fact ("she wants to triple the program"), and a view a
    # source holds ("aides are afraid that ...", "critics see it as a giveaway") is theirs,
    # not established.
    held = (attribution.cue or "").rsplit(" ", 1)[-1].lower()
    if attribution.source_kind not in ("narration", "author_opinion") and held:
        if held in _AIM_WORDS:
            return "speculated"
        if held in _VIEW_WORDS:
            return "hedged"
    # A hedge qualifies the clause it stands in: "have been married a year, so the inevitable
    # pregnancy rumors will begin" does not hedge the marriage.
    scope = sentence
    if cue_end is not None:
        tail = sentence[cue_end : cue_end + 60]
        cut = _CLAUSE_BREAK.search(tail)
        scope = sentence[:cue_end] + tail[: cut.start() if cut else 40]
    if _hedges_claim(scope, cue_end) or attribution.source_kind == "anonymous":
        return "hedged"
    if context and re.match(r"^\W*(allegedly|reportedly|apparently|supposedly)\b", context, re.I):
        return "hedged"
    return "asserted"


def pronoun_gender(word: str) -> str | None:
    lowered = word.lower()
    if lowered in MALE_PRONOUNS:
        return "m"
    if lowered in FEMALE_PRONOUNS:
        return "f"
    return None
