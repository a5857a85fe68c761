"""Who a sentence's words stand for: its names, pronouns and descriptions ("the actress", "the
34-year-old"), "the couple" of a heading or of the sentences before, and the people a
section is about. The rules of `relations.Extractor` ask these questions of every sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from allegedly.model import Attribution, Claim, DateValue
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.entities import _TITLE_NAME, PLURAL_PRONOUNS, _entity_cues
from allegedly.understand.family import (
    COUPLE_NOUNS,
    FamilyRules,
)
from allegedly.understand.language import doc_text
from allegedly.understand.non_persons import interjection, non_persons, title_holders
from allegedly.understand.sentence import Person, SentenceContext

# Pronouns and the words a text calls two people by ("the couple", "the pair", "the two" when
# no plural noun follows: "the two met", not "the two films"): resolved sentence by sentence.
_PRONOUN_RE = re.compile(
    r"\b(he|she|his|her|him|they|their|them)\b"
    # "the former couple", "the happy pair", "the famous couple": the same two
    r"|\bthe\s+(?:(?:former|happy|new|married|engaged|estranged|longtime|long-time|famous|celebrity"
    r"|power|royal|star|showbiz|loved-up|young"
    # "The newest couple on this list met on ...", "the golden couple", "the A-list pair"
    r"|newest|latest|golden|glamorous|adorable|smitten|reunited|hollywood|a-list|high-profile)\s+)?"
    r"(?:couple|pair|duo|twosome|lovebirds|newlyweds|exes|family|two(?!\s+[a-z]+(?:s|ren)\b))(?:['’]s)?(?![\w-])"
    # "The co-stars of the drama X dated from 2013 to 2018": the two, opening a sentence
    r"|(?<![\w-])The\s+co-?stars(?![\w-])",
    re.IGNORECASE,
)


@cache
def role_couple_re() -> re.Pattern[str]:
    """A couple named by its two roles (entities.toml `role_couples`): "the former president and
    first lady", "the Duke and Duchess", or one role and the other's tie to it, "the singer and
    her husband" (a role of relations.toml's `roles`)."""
    cues = _entity_cues()
    pairs = "|".join(r"\s+".join(map(re.escape, p.split())) for p in cues.role_couple_pairs)
    partners = "|".join(map(re.escape, cues.role_couple_partners))
    roles = relation_lexicon().roles.pattern
    return re.compile(
        rf"\bthe\s+(?:former\s+|late\s+)?(?:{pairs}"
        rf"|(?:[a-z-]+\s+)?(?:{roles})\s+and\s+(?:his|her)\s+(?:new\s+)?(?:{partners}))(?:['’]s)?(?![\w-])",
        re.IGNORECASE,
    )


# The first role of a couple named by roles: "the former president and first lady" → "president".
_ROLE_COUPLE_FIRST = re.compile(r"the\s+(?:former\s+|late\s+)?(?:[a-z-]+\s+)??([a-z-]+)\s+and\s")


@cache
def _pronoun_re() -> re.Pattern[str]:
    """`_PRONOUN_RE` and `role_couple_re` (a couple named by roles, read as "the couple")."""
    return re.compile(rf"{_PRONOUN_RE.pattern}|{role_couple_re().pattern}", re.IGNORECASE)


# The speaker's own words: "Felipe and I met in 2012", "our daughter, Ines" (a capital "I" only,
# and no "US"); read as the speaker of on-record speech (a quote, a Q&A answer), never otherwise.
_FIRST_PERSON_RE = re.compile(r"(?<![\w’'-])(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur)(?![\w’'-])")

_FIRST_PERSON_PLURAL = frozenset({"we", "us", "our"})

# "Felipe and I", "I and Felipe": the pair "we" stands for in the same sentence.
_AND_I = re.compile(r"\band\s+I\b|\bI\s+and\b")

# "I married a drummer called Ada Roe ... We got divorced": a "we" in the speaker's words is
# the person the speaker just named as a spouse or partner, before the story's couple.  The
# cue must be the speaker's own (checked by attribution) and within this many characters.
_WE_PARTNER_INTRO = re.compile(
    r"\b(?:I\s+(?:married|wed)|I(?:'m|’m|\s+am|\s+was)\s+(?:married\s+to|engaged\s+to|dating)"
    r"|[Mm]y\s+(?:ex-?|late\s+|former\s+|first\s+|second\s+)?"
    rf"{COUPLE_NOUNS})\b"
)

_WE_PARTNER_WINDOW = 400

# the name must follow the cue closely ("my husband, Ada Roe", "I married a drummer called Ada Roe")
_WE_PARTNER_NAME_GAP = 40

# "I married a drummer called Bran Tolliver" with the name not taken for a person
_CALLED_NAME = re.compile(r"\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}(?:called|named)\s+[A-Z]")

_UNNAMED_PARTNER = "-"

# A short line with no sentence end ("5. Ada Roe (2019-2023)", "And now: Ian Holt"): a heading,
# whether or not its name was read as a person's.
_UNREAD_HEADING = re.compile(r"(?:\d{1,2}[.)]\s*)?[^.!?\n]{2,60}(?<![.!?\"”])")

# "I met Thad at a party in 2013 ... We married in 2017": a "we" in the speaker's words is the
# one the speaker's own words just related them to as a couple (met, dated, married), within
# `_WE_PARTNER_WINDOW` characters before it.
_WE_RELATED_PREDICATES = frozenset({"met", "partner", "spouse", "engaged"})

# "My mother, Ada Roe, ... Mum married Ian Holt in 1990": a capitalised "Mum" / "Dad" in the
# speaker's words is the parent the speaker named just after "my mother" / "my father".
_PARENT_WORD = re.compile(r"(?<![\w’'-])(?:(?P<f>Mum|Mom|Mummy|Mommy)|(?P<m>Dad|Daddy))(?![\w’'-])")
_PARENT_CUE = {
    "f": re.compile(r"\b[Mm]y\s+(?:late\s+)?(?:mother|mum|mom)\b,?\s*"),
    "m": re.compile(r"\b[Mm]y\s+(?:late\s+)?(?:father|dad)\b,?\s*"),
}

_WE_PARTNER_STOPS = '.!?"“”'  # a sentence or quote ends between cue and name: not the one named

# An interviewer's question ("Q: You left Westcliffe last year."): "you" is the interviewee, who
# answers in the next paragraph.
_YOU_AND = re.compile(r"\byou\s+and\b|\band\s+you\b", re.IGNORECASE)

_QUESTION_LINE = re.compile(r"(?:Q|Question|INTERVIEWER)\s*[:.]\s")

_SECOND_PERSON_RE = re.compile(r"(?<![\w’'-])(?:[Yy]ou|[Yy]our)(?![\w’'-])")

# A line that only names a person heads a section about them ("Ysolde Brannigan", "2. Ysolde
# Brannigan as Agnes Pell", "Callum Ferrier (Danny)"): a cast or family explainer's headings.
# (also with an age, "Jonah Reyes, 41", or a dash and a few words, "Jonah Reyes – the drummer")
_HEADING_TAIL = re.compile(
    r"\s*(?:(?:as|plays|is)\s+[^.\n]{1,40}|\([^()\n]{1,40}\)|,\s*\d{1,2}|\s[–—-]\s+[^.!?\n]{1,40})?\s*[:?]?\s*$"
)

# (numbered "3.", "3)", "#3", "No. 3:", "Number 3:"; or a list's bullet)
_HEADING_LEAD = re.compile(
    r"^\s*(?:(?:#\s*|No\.\s*|Number\s+)?\d{1,2}(?:[.):]|\s*[–—-])?\s*|#{1,3}\s*|[-*•]\s*)?$"
)

# One name line could be a byline; a text heads sections with people only when two or more do.
_MIN_PERSON_HEADINGS = 2

# A roundup that heads each section with a couple ("Ada Roe and Ian Holt"): between the two
# names only "and" / "&".  Its other headings ("Ian Holt, solo", "Ada Roe and her mother, Bea
# Roe") are short lines that open with a name and end without a sentence's punctuation; each
# starts a new section, whose "they" and "her" belong to it, never to the couple before.
_PAIR_HEADING_JOIN = re.compile(r"\s+(?:and|&)\s+")

_SECTION_HEADING_MAX_WORDS = 8

_SENTENCE_END_CHARS = ".!?\"”’'"

# Two couple headings make a roundup (one could be a photo caption).
_MIN_PAIR_HEADINGS = 2

# A listicle's number before a heading ("3. Ada Roe and Ian Holt").
_HEADING_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")

# Right before a character's name: "He plays Agnes's wayward grandson, Danny", "Who does she
# play? Agnes Pell", "stars as Walter": the name is a role in a work, not a person of the story.
_PLAYS_BEFORE = re.compile(
    r"\b(?:plays?|playing|played|portrays?|portraying|portrayed|stars?\s+as|starring\s+as|cast\s+as)\??\s+"
    r"(?:(?!(?:with|for|at|in|on|to|by|alongside|opposite|against|and|the\s+role)\b)[\w’'-]+\s+){0,4}?"
    r"(?:[\w’'-]+,\s+)?$"
)

# "who played Tomas and Greta": the second of two roles one verb names
_PLAYED_PAIR_BEFORE = re.compile(
    r"\b(?:plays?|played|playing|portrayed|portraying)\s+[A-Z][\w’'-]*\s+and\s+$"
)

# "her sitcom character Ada Pell", "his alter ego, Dex": a role, not a person
_CHARACTER_BEFORE = re.compile(r"\b(?:character|alter\s+ego|role\s+of|role\s+as)\s*,?\s+$")

_PLAYED_RIGHT_BEFORE = re.compile(r"\b(?:plays?|played|playing|portrayed|portraying)\s+$")

# "his housekeeper, Ada Pell, played by X": the name before is a role.
_PLAYED_BY_AFTER = re.compile(r"\s*[,(]\s*(?:who\s+is\s+)?played\s+by\b", re.IGNORECASE)

# "The Ridgeport native", "the Kerry coast": a name between "the" and a lowercase noun modifies
# it (a place, a work), while a person is named without "the".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")

_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")

# How far back a description's topic is looked for, and the pronoun that leads a sentence
# ("In 2012 he was traded to ...": the sentence is about whom "he" means).
_TOPIC_SENTENCES = 3
# How far back a pronoun wrongly taken for a young child looks for the adult it means (chars)
_ADULT_LOOKBACK = 400

_LEADING_PRONOUN = re.compile(r"^\W*(?:(?:[A-Z]?[a-z]+\s+){0,3}\d{0,4},?\s*)?\b(he|she|He|She)\b")

# "These days the 36-year-old works as": an age alone standing for a person (a verb follows).
# (or closing a clause, or owning something: "a busy year for the 34-year-old.", "the 34-year-old's")
# (or "the 46-year-old Ruritania-born model": a place-made modifier, no name, follows)
_BARE_AGE_RE = re.compile(
    r"\b[Tt]he\s+\d{1,2}-year-old(?=\s+(?:[a-z]+ly\s+)?[a-z]+\b|['’]s\b|\s*[.,;!?]"
    r"|\s+[A-Z][\w’'-]*-(?:born|based|bred|raised)\s+[a-z])"
)

# "the former Mariners star", "The Dust County star": the capitalised words before the role
# (a work's title may hold small words: "The Wolf of Cedar Lane star", "the Keeping Up With the
# Marlowes star").
_DESCRIPTION_TITLE = re.compile(rf"((?:[A-Z][\w’'-]*\s+){{1,4}}|{_TITLE_NAME}\s+)$")
# 'the "Night Ward" actress', "the 'Night Ward' star": a quoted title before the role.
_QUOTED_DESCRIPTION_TITLE = re.compile(r"(?:[\"“]([^\"“”\n]{1,40})[\"”]|[‘']([^‘’'\n]{1,40})[’'])\s+$")


@cache
def description_re() -> re.Pattern[str]:
    """ "the actress", "the 34-year-old choreographer", "The Salt Harbor star", "the Emmy-winning
    actress", "the British architect": a description standing for a person."""
    roles = relation_lexicon().roles.pattern
    modifier = r"(?:[A-Z][\w’'-]*|[a-z]+-[a-z]+|former|veteran|young|longtime|famed|acclaimed|beloved)"
    return re.compile(
        rf"\b[Tt]he\s+(?:\d{{1,2}}-year-old\s+)?"
        # a quoted title of a song or a book: 'The "Gravel Lane" singer, 36,', 'the former "Gravel
        # Lane" star'
        rf"(?:(?:{modifier}\s+){{0,2}}?(?:[\"“][^\"“”\n]{{1,40}}[\"”]|[‘'][^‘’'\n]{{1,40}}[’'])\s+)?"
        rf"(?:(?:{modifier}\s+){{0,3}}?"
        # a title with small words in it ("The Wolf of Cedar Lane star", "the Real Wives of Dunmore
        # star"): the whole title, else "the Marlowes star" inside it reads as its own description
        rf"|(?:{modifier}\s+){{0,2}}?(?-i:{_TITLE_NAME})\s+)({roles})(?![\w-])"
        # "the DJ Remy Castell": a role right before a capitalised word introduces that name; it
        # is no description of someone said before, even when the tagger missed the name
        r"(?!\s+(?-i:[A-Z])[\w’'-])",
        re.IGNORECASE,
    )


# A description that is a capitalised rank ("The Crown Princess", "the Senator"): the rank's words.
_CAPITALISED_RANK = re.compile(r"[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)$")

# The age a description states: "the 36-year-old actress", "The comedian, 38,". A candidate the
# text ages otherwise by name ("Parrish, 33,") is not the one described, unless the two ages are
# a birthday apart (_AGE_SLACK).
_AGE_IN_DESCRIPTION = re.compile(r"(\d{1,2})-year-old\b")

AGE_APPOSED = re.compile(r"\s*,\s*(\d{1,2})\s*(?:[,.;:)]|$)")

_AGE_SLACK = 1

# Below this age a description ("the 15-year-old") is a child: never a parent or a partner
# the text named before.
_GROWN_UP_AGE = 16
_ADULT_TIES = frozenset({"spouse", "engaged", "partner"})

# An age right before a name, with at most two words between ("their 4-month-old daughter Wren",
# "his 10-year-old son, Max"): the name's age (months or weeks old: not yet one).
_AGE_BEFORE_NAME = re.compile(
    r"\b(\d{1,2})-(year|month|week)s?-old\s+(?:[a-z]+\s+){0,2},?\s*$", re.IGNORECASE
)

# "the father of the 48-year-old actor, Paul": a name set off after an aged noun that hangs on
# "of" is in apposition to the noun before "of", not to the aged one.
_OF_AGED_APPOSED = re.compile(
    r"\bof\s+(?:the|his|her|their)\s+\d{1,2}-year-old\s+(?:[a-z]+\s+){0,2}?[a-z]+,\s*$"
)

# Between a name and a description that stands for it: "her teenage son Bo, after the 17-year-old".
_JUST_AFTER_NAME = re.compile(
    r"\s*,?\s*(?:after|when|as|because|while|before|since|until|once|though|although|whereas)\s+"
)

# After a description, a union with the name that follows: "The Harbour Lights star was married to Bran".
_UNION_AFTER_DESCRIPTION = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*,)?\s+(?:(?:was|is|had\s+been|has\s+been|were)\s+)?"
    r"(?:(?:first|previously|once|later|briefly|still|famously|secretly)\s+)?"
    r"(?:married\s+to|engaged\s+to|wed\s+to|dating|married|wed|divorced|split\s+from|separated\s+from)\s+"
)

# "Saint, 12 months": a baby's age after its name
_MONTHS_OLD_AFTER = re.compile(r"\s*,\s*\d{1,2}\s*(?:months?|weeks?)\b")

# A word that opens a new clause (its subject may be described again there).
_CLAUSE_WORD = re.compile(
    r"\b(?:after|when|as|because|while|before|since|until|though|although|but|and|or|who|that|which"
    r"|if|so|whereas|once)\b",
    re.IGNORECASE,
)

# Between a name and a description that is their partner: "Ada, 26, was seen kissing the ...".
_UNION_BEFORE_DESCRIPTION = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*,)?\s+(?:[a-z]+\s+){0,3}?"
    r"(?:making\s+out\s+with|kissing|smooching|dating|romancing|married\s+to|engaged\s+to|wed|married"
    r"|split\s+from|divorced|separated\s+from|broke\s+up\s+with)\s+"
)

# After "Teo and the 24-year-old singer": the two as a couple ("'s romance", "split in 2020").
_UNION_AFTER_JOINT = re.compile(
    r"(?:['’]s?\s+(?:[a-z-]+\s+)?(?:relationship|romance|marriage|engagement|wedding|split|divorce|"
    r"break-?up|love\s+story)\b"
    r"|(?:\s*,\s*\d{1,2}\s*,)?\s+(?:(?:have|had|were|are|first|finally|reportedly)\s+)*"
    r"(?:married|wed|split|divorced|dated|separated|broke\s+up|got\s+engaged|began\s+dating)\b)"
)

# An age set off after a name or description ("Kang (28)", "the forward, 32,"), not said with a
# verb ("who is 6"): the writer's aside, even inside a report or an interview's answer.
_APPOSED_AGE_CUE = re.compile(r"[,(]\s*(?:now\s+)?\d{1,2}(?!\d)\s*(?:[,).;]|$)")

# The gender a third-person pronoun shows.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

# How many heads a possessive climbs to find its clause's verb ("her" -> "ex-husband" -> "from"
# -> "separated"): deeper climbs leave the clause.
_OWNER_CLIMB = 4

# A "her" the parse takes for an object though a kinship noun follows it: "separated from her now
# ex-husband X" (an object "her" is never the clause subject: "Ada told her").
_KIN_AFTER_PRONOUN = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,2}}?(?:ex-?\s*)?(?:{COUPLE_NOUNS}"
    r"|son|daughter|child|children|kids|baby|marriage|divorce)\b"
)

# A pronoun at a person's place in a sentence (not a description standing for someone).
_PRONOUN_AT = re.compile(r"(?:he|she|his|her|him|hers|they|their|them)\b", re.IGNORECASE)

# A sentence that opens with a quotation mark (a quote, perhaps with its "he wrote"): passed over,
# at most `_QUOTES_PASSED` of them, when looking for the pair a sentence before related.
_QUOTED_SENTENCE = re.compile(r"\s*[\"“]")

_QUOTES_PASSED = 2

# "The couple" / "they" opening a sentence refer to the couple related at most this many
# characters before (about three sentences), scanning back over at most this many claims.
_RECENT_PAIR_CHARS = 400
# How often a person mentioned in passing is named at most (`_side_pair`).
_SIDE_MENTIONS = 2

_RECENT_PAIR_CLAIMS = 40

# After a parting told lately, the union before it may lie this far back (quotes between).
_RECENT_UNION_CHARS = 800

# Claims that make two people the couple a following "the two" / "they" means ("met" too: "he
# met X at drama school. The pair married in 1989").
_RECENT_PAIR_PREDICATES = frozenset({"spouse", "engaged", "partner", "divorced", "separated", "met"})

# Right before a company the tagger may take for a person: "co-founded Lumenvine", "chief
# executive of Lumenvine" (no one founds a person or is the chief executive of one).
_FOUNDED_BEFORE = re.compile(
    r"\b(?:co-?founded|cofounded|founded|co-founding|founding|chief\s+executive\s+of|CEO\s+of)\s+(?:the\s+)?$"
)

# A mention the name goes on after ("Ashcombe Records"): part of a longer name, the company's.
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")

# A pronoun the resolver tied to someone named only later falls back to the most-mentioned of
# this many people who fits it.
_MAIN_PEOPLE_LOOKED_AT = 4

# A sentence about someone's earlier union: a following "the two" is that union, not the main
# couple, even when the earlier spouse went unrecognised.
_PAST_UNION = re.compile(
    r"\b(?:previously|formerly|once)\s+(?:been\s+)?(?:married|engaged|wed)\b|\bex-(?:wife|husband|fianc[ée]e?)\b"
    r"|\b(?:first|second|third|former|late)\s+(?:wife|husband|marriage)\b"
    # "Before Roe, the singer was engaged to X. The pair ...": the union before the story's
    r"|^\s*(?:before|prior\s+to)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+[^.]*?"
    r"\b(?:was|had\s+been)\s+(?:married|engaged|dating|in\s+a\s+relationship)\b"
    r"|^\s*(?:before|prior\s+to)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,\s+[^.]*?\b(?:dated|married)\b",
    re.IGNORECASE,
)

# A union said never to have happened: "they have never married", "has never been married", "the
# two never wed", "she has never remarried".  That is no claim of a marriage, nor the denial of
# one someone made (CONTRACT.md's "denied"), so no spouse fact is read from it; unless it names
# whom ("She has never been married to X", "never married X"): that denies one marriage
# (`_UNION_OBJECT_AFTER`).
_NEVER_UNION = re.compile(
    r"\bnever\s+(?:(?:actually|officially|legally|formally|really|been|got|gotten|get)\s+)*"
    r"(?:married|marry|wed|wedded|remarried|remarry|tied\s+the\s+knot)$",
    re.IGNORECASE,
)

_UNION_OBJECT_AFTER = re.compile(
    r"\s+(?:to\s+|with\s+)?(?:(?:the|a|an|his|her)\s+)?(?:[a-z-]+\s+){0,2}?[A-Z]"
)

_MAIDEN_BEFORE = re.compile(r"\bn[ée]e\s+$")

# ("during Paris Fashion Week": an event's name, no person)
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|during)\s+$")

_WHEN_AFTER_DATE = re.compile(r",?\s+when\s+\w+\s+")

# Relations only a couple has (or had): never between a parent and a child, or two children of
# one parent ("Ohanian's late mother Anke ... the couple married", "his daughters A and B broke up").
# Under this age a person is no one's spouse, fiancé or partner.
_CHILD_AGE = 16
# A union said of a pronoun's referent, a few words on: "He was previously married to X", "she
# divorced Y" (a young child is never its subject).
_ADULT_UNION_CUE = re.compile(
    r"\s+(?:(?:was|is|had|has|been|got|gets|previously|once|first|later|then|briefly|also|secretly|quietly)\s+){0,3}"
    r"(?:married|wed|divorced|engaged)\b",
    re.IGNORECASE,
)

# Right before the subject pronoun of a relative clause on an object: "X, whom she", "X, who he".
_WHOM_BEFORE = re.compile(r",\s*(?:\d{1,2}\s*,\s*)?(?:whom|who)\s+$")
# After "his"/"her": a partner noun only an adult has ("her high-school boyfriend", "his wife").
_ADULT_PARTNER_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:husband|wife|boyfriend|girlfriend|fianc[eé]e?|ex-husband|ex-wife"
    r"|ex-boyfriend|ex-girlfriend|spouse)\b",
    re.IGNORECASE,
)

COUPLE_ONLY = frozenset({"spouse", "engaged", "partner", "divorced", "separated", "affair", "met"})

# Relations whose two sides must both be people: a name the tagger took for a person that is one
# short all-capital word ("NBA", "CEO", "MTV") is an organisation or a title, never a spouse,
# partner or parent.
_PEOPLE_ONLY = COUPLE_ONLY | {"child"}

_ACRONYM = re.compile(r"[A-Z]{2,4}")

# The words of `_PRONOUN_RE` that name a couple ("the couple", "the former pair", "the exes"),
# not "they" or "the two" (two of anything just named).
_COUPLE_NOUN = re.compile(r"\b(?:couple|pair|duo|twosome|lovebirds|newlyweds|exes)\b")

# "their divorce", "their wedding": what only a couple has ("their son" is a family's).
_UNION_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:divorce|marriage|wedding|split|break-?up|separation|engagement|romance|relationship)\b"
)

# "The former couple", "the estranged pair": a union that was, never just a meeting.
_FORMER_PAIR = re.compile(
    r"the\s+(?:(?:former|estranged|ex-)\s*(?:couple|pair|duo|lovebirds)|exes)\b", re.IGNORECASE
)


class LazySentence(SentenceContext):
    """A sentence whose people (`Extractor._people`) are worked out when a rule first asks for
    them: resolving every pronoun of every sentence is most of what reading claims costs, and
    most sentences hold no cue of any rule. The people are read as they would have been when
    the sentence was set up (`claims_seen`: how many claims existed then; the claims only grow,
    and "The Dust County star", "the two" look at them), so the answer is the same either way."""

    def __init__(self, extractor: Referents, claims_seen: int, **fields: Any) -> None:
        super().__init__(people=[], **fields)
        self._extractor = extractor
        self._claims_seen = claims_seen
        self._people: list[Person] | None = None

    @property  # type: ignore[override]
    def people(self) -> list[Person]:
        if self._people is None:
            self._people = self._extractor._people_as_of(self.start, self.end, self.text, self._claims_seen)
        return self._people

    @people.setter
    def people(self, value: list[Person]) -> None:
        self._people = value

    def named(self) -> list[Person]:
        """The people the sentence names, without resolving its pronouns when not yet done."""
        if self._people is not None:
            return [p for p in self._people if p.via == "name"]
        return self._extractor._names(self.start, self.end)

    def reread(self, claims_seen: int) -> None:
        """Read the people again, as of now (`claims_seen` claims), when next asked."""
        self._people = None
        self._claims_seen = claims_seen


def _two_named(people: list[Person], offset: int) -> bool:
    """Whether the sentence named two people by name before `offset` ("X and Y ... their")."""
    return len({p.key for p in people if p.via == "name" and p.end <= offset}) >= 2


# Between the two names of a joint subject ("Ada and Ian"), and what stands before a sentence's
# first word (a line start, a sentence end, a quote).
_JOINT_NAMES = re.compile(r"\s+(?:and|&)\s+")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"”’']?\s*|\n\s*)$")


# An interview's header: "12 January 2025 — interview by Ada Roe", "Interview: Ada Roe".
_INTERVIEW_HEADER = re.compile(r"\binterview(?:ed)?\s+by\b|^interview\s*:", re.IGNORECASE | re.MULTILINE)
_INTERVIEW_HEADER_REACH = 400
# A paragraph that is one quotation and nothing else (no "she said" outside the marks).
_QUOTED_PARAGRAPH = re.compile(r"[\"“][^\"“”]*(?:[\"“][^\"“”]*[\"”][^\"“”]*)*[\"”]", re.DOTALL)


def _role_gender(role: str) -> str | None:
    """The gender a role word shows ("actress": f, "actor": m), or None."""
    lex = relation_lexicon()
    return "f" if role.lower() in lex.female else "m" if role.lower() in lex.male else None


def _only_named_before(people: list[Person], offset: int) -> str | None:
    """The one person a sentence names before `offset` (None for none or several)."""
    keys = {p.key for p in people if p.via == "name" and p.end <= offset}
    return next(iter(keys)) if len(keys) == 1 else None


# "the teen stood up for his mum": a subject that is a child, whose "his" is that child's.
CHILD_SUBJECTS = frozenset(
    {
        "teen",
        "teenager",
        "boy",
        "girl",
        "youngster",
        "child",
        "kid",
        "tot",
        "toddler",
        "lad",
        "schoolboy",
        "schoolgirl",
    }
)
# "his son Bo", "their daughter, Ada": a name given as someone's child.
CHILD_BEFORE_NAME = re.compile(r"\b(?:son|daughter|stepson|stepdaughter|grandson|granddaughter|child),?\s+$")


def _fronted_phrase_end(sent: Any) -> int | None:
    """Where the main clause starts after a phrase set before it by a comma ("After his split
    from Ada Roe, the actor moved to Oslo": at "the actor"): the one named in that phrase is not
    what the sentence is about. None when the sentence opens with its subject."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= root.i:
        return None
    start = subject.left_edge
    if start.i <= sent.start + 1 or start.nbor(-1).text != ",":
        return None
    opener = sent[0]
    if opener.pos_ not in ("VERB", "ADP", "SCONJ", "ADV", "AUX"):
        return None  # "Ada Roe, the actress, ...": an apposition, not a phrase before the subject
    return int(start.idx)


def not_a_person(name: str) -> bool:
    """A name no person bears: one short all-capital word ("NBA", "MTV")."""
    return bool(_ACRONYM.fullmatch(name))


def are_kin(claims: list[Claim], first: str, second: str) -> bool:
    """Whether the claims make the two people parent and child, or children of one parent."""
    parents: dict[str, set[str]] = {}
    for claim in claims:
        if claim.predicate != "child" or not claim.object or claim.modality == "denied":
            continue
        if {claim.subject, claim.object} == {first, second}:
            return True
        if claim.object in (first, second):
            parents.setdefault(claim.object, set()).add(claim.subject)
    return bool(parents.get(first, set()) & parents.get(second, set()))


def _coupled(claims: list[Claim], first: str, second: str) -> bool:
    """Whether the claims so far make the two people a couple (married, engaged or partners)."""
    return any(
        claim.predicate in ("spouse", "engaged", "partner")
        and claim.modality != "denied"
        and {claim.subject, claim.object} == {first, second}
        for claim in claims
    )


# Relations that make two people "the couple" of a text: together, or parting (a divorce story's
# couple is the pair divorcing).
COUPLE_PREDICATES = frozenset({"spouse", "engaged", "partner", "divorced", "separated"})


class Referents(FamilyRules):
    """The people a sentence is about, however it names them; the concrete extractor supplies
    the fields."""

    work_years: dict[str, DateValue]
    _keys_by_name: dict[str, str] | None
    _heading_cache: list[tuple[int, str]] | None
    _pair_section_cache: list[tuple[int, tuple[str, str] | None]] | None
    _character_cache: frozenset[str] | None
    _claims_before: list[Claim] | None = None
    died: list[Claim]  # the deaths told so far (`DeathRules`): "the late singer" is one of them
    _name_ages: dict[str, set[int]] | None
    _aged_at: list[tuple[int, str, int]]  # (offset, person, age said)
    _first_name_cache: dict[str, int] | None
    _sentence_cache: tuple[list[Any], list[int]] | None
    # whom the descriptions of a sentence stood for: (sentence start, claims seen) -> its people
    _described_cache: dict[tuple[int, int], list[Person]] | None = None
    # a bare title taken for a person ("Duke") -> the one the text gave that title to
    _title_cache: dict[str, str] | None = None

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
        """A claim, unless its two sides cannot bear it: an acronym for a person, or a couple's
        relation between a parent and a child (or two children of one parent)."""
        if (
            predicate == "spouse"
            and _NEVER_UNION.search(doc_text(self.doc)[max(ctx.start, cue_end - 60) : cue_end])
            and not _UNION_OBJECT_AFTER.match(doc_text(self.doc), cue_end)
        ):
            return  # "they have never married": no marriage, and no one's claim of one denied
        if obj is not None and predicate in _PEOPLE_ONLY:
            if not_a_person(self.index.name(subject)) or not_a_person(self.index.name(obj)):
                return
            if predicate in COUPLE_ONLY and are_kin(
                self.claims, self.index.name(subject), self.index.name(obj)
            ):
                return
            if predicate in COUPLE_ONLY and predicate != "met" and self._a_young_child(subject, obj):
                return  # "their daughter, Ada, 5. Last year she got engaged to X": "she" is not Ada
            if predicate == "child" and _coupled(self.claims, self.index.name(subject), self.index.name(obj)):
                # "X is Ana's husband. They have a son, Xavier, six.": a child's first name the
                # resolver joined to the other parent's full name; one's partner is not one's child
                return
        added = len(self.claims)
        super()._add(
            ctx,
            subject,
            predicate,
            obj,
            value=value,
            cue_start=cue_start,
            cue_end=cue_end,
            date=date,
            end=end,
            explicit=explicit,
        )
        if (
            predicate == "age"
            and len(self.claims) > added
            and self.claims[-1].attribution.source_kind in ("on_record", "anonymous")
            and _APPOSED_AGE_CUE.search(doc_text(self.doc)[max(0, cue_start - 3) : cue_end + 1])
            and not self._quoted(cue_start)
        ):
            # "denied reports that Kang (28) is dating Yoon (26)", "X, 30, said": an age told with
            # a name outside a quotation is the writer's own, whoever the sentence reports (a
            # passage relayed from another outlet keeps that outlet's voice)
            self.claims[-1].attribution = Attribution(**vars(self.attributor.default))
            self.claims[-1].modality = "asserted"

    def _adult_named_before(self, offset: int, gender: str | None, child: str) -> str | None:
        """The last person of `gender` named in the few hundred characters before `offset` who is neither
        `child` nor another young child."""
        excluded = self._characters()
        for mention in reversed(self.index.person_mentions(max(0, offset - _ADULT_LOOKBACK), offset)):
            key = mention.entity
            known = self.index.people[key].gender if key in self.index.people else None
            if key == child or key in excluded or gender is None or known != gender:
                continue
            if not self._young_child_before(key):
                return key
        return None

    def _young_child_before(self, key: str) -> bool:
        """`_a_young_child` by every claim of the sentences read so far (a sentence's people may be
        read as of fewer claims)."""
        if self._claims_before is None:
            return self._a_young_child(key)
        seen = self.claims
        self.claims = self._claims_before
        try:
            return self._a_young_child(key)
        finally:
            self.claims = seen

    def _quoted(self, offset: int) -> bool:
        """Whether `offset` lies inside someone's direct quotation."""
        return any(v.quoted and v.start <= offset < v.end for v in self.attributor.voices)

    def _a_young_child(self, *keys: str) -> bool:
        """Whether the text gives one of these people a child's age (`_CHILD_AGE`), or a birth
        (as someone's child) fewer than that many years before the report ("His son, Huck, who
        turned 10 in April")."""
        names = {self.index.name(k) for k in keys}
        report_year = int(self.report_date.value[:4]) if self.report_date is not None else None
        return any(
            (
                c.predicate == "age"
                and c.subject in names
                and (c.value or "").isdigit()
                and int(c.value or 0) < _CHILD_AGE
            )
            or (
                c.predicate == "child"
                and c.object in names
                and c.date is not None
                and report_year is not None
                and c.date.value[:4].isdigit()
                and 0 <= report_year - int(c.date.value[:4]) < _CHILD_AGE
            )
            for c in self.claims
        )

    # -- people in a sentence -------------------------------------------------------------
    def _people(self, start: int, end: int, text: str) -> list[Person]:
        """Everyone a sentence refers to (names, pronouns, descriptions, "the couple", a speaker's
        "I"), less the characters of works ("He plays Agnes's grandson, Danny")."""
        characters = self._characters()
        referred = self._referred(start, end, text)
        # "the couple" is two people or no one: a pair with a character in it is dropped whole
        broken = {p.start for p in referred if p.via == "couple" and p.key in characters}
        return [
            p for p in referred if p.key not in characters and not (p.via == "couple" and p.start in broken)
        ]

    def _people_as_of(self, start: int, end: int, text: str, claims_seen: int) -> list[Person]:
        """`_people` as it would have read the sentence when only the first `claims_seen` claims
        had been made (claims are only ever appended, so those are the claims there were)."""
        if claims_seen == len(self.claims):
            return self._people(start, end, text)
        made = self.claims
        self.claims = made[:claims_seen]
        # the claims of the sentences before this one, which a pronoun may still weigh (a child's
        # age told there); never those of this sentence or later ones
        self._claims_before = [c for c in made if c.span.start < start]
        try:
            return self._people(start, end, text)
        finally:
            self.claims = made
            self._claims_before = None

    def _names(self, start: int, end: int) -> list[Person]:
        """The named people of `_people` (the same list less pronouns, descriptions, "the couple")."""
        characters = self._characters()
        text = doc_text(self.doc)
        named = [
            Person(m.entity, m.span.start, m.span.end, "name")
            for m in self.index.person_mentions(start, end)
            if m.entity not in characters
            and not interjection(text, m)
            and not _MAIDEN_BEFORE.search(text[max(0, m.span.start - 6) : m.span.start])
        ]
        return sorted(self._title_holders(named), key=lambda p: p.start)

    def _named(self, ctx: SentenceContext) -> list[Person]:
        return ctx.named() if isinstance(ctx, LazySentence) else super()._named(ctx)

    def _characters(self) -> frozenset[str]:
        """People every mention of whom is a role someone plays, never a person acting or named
        otherwise: "Who does she play? Agnes Pell", "He plays Agnes's estranged brother, Walter";
        and "people" only ever named as a modifier ("The Ridgeport native", "the Kerry coast"),
        which are places or works the tagger took for names; and companies someone founded or
        runs ("co-founded Lumenvine")."""
        if self._character_cache is None:
            text = doc_text(self.doc)
            played: set[str] = set()
            other: set[str] = set()
            companies: set[str] = set()
            roles: set[str] = set()
            for mention in self.index.person_mentions(0, len(text)):
                if _FOUNDED_BEFORE.search(
                    text[max(0, mention.span.start - 30) : mention.span.start]
                ) and not _NAME_GOES_ON.match(text, mention.span.end):
                    companies.add(mention.entity)  # "co-founded Lumenvine": a company, not a person
                sentence_start = max(
                    text.rfind(".", 0, mention.span.start), text.rfind("\n", 0, mention.span.start)
                )
                before = text[max(sentence_start + 1, mention.span.start - 60) : mention.span.start]
                after = text[mention.span.end : mention.span.end + 30]
                modifier = _THE_BEFORE.search(before) and _NOUN_AFTER.match(after)
                role = (
                    _PLAYS_BEFORE.search(before)
                    or _PLAYED_BY_AFTER.match(after)
                    or _PLAYED_PAIR_BEFORE.search(before)
                    or _CHARACTER_BEFORE.search(before)
                )
                (played if role or modifier else other).add(mention.entity)
                if _PLAYED_PAIR_BEFORE.search(before) or _PLAYED_RIGHT_BEFORE.search(before):
                    roles.add(mention.entity)
            # "played Tomas and Greta": a first name alone said to be played is a role throughout
            single = {k for k in roles if " " not in self.index.name(k)}
            # pets, peoples ("Cambodians"), countries in a list of places (`non_persons`)
            self._character_cache = frozenset(
                (played - other) | companies | single | non_persons(self.doc, self.index)
            )
        return self._character_cache

    def _referred(self, start: int, end: int, text: str) -> list[Person]:
        def of_age(key: str | None, age: int | None) -> str | None:
            return self._of_age(key, age, before=start)  # only earlier sentences' ages count

        people = [
            Person(m.entity, m.span.start, m.span.end, "name")
            for m in self.index.person_mentions(start, end)
            if not interjection(doc_text(self.doc), m)  # "Alas, she ...": no one
            # "Ada Roe (née Vey)": a maiden name is Ada's, never the Vey the text names elsewhere
            and not _MAIDEN_BEFORE.search(doc_text(self.doc)[max(0, m.span.start - 6) : m.span.start])
        ]
        described_here: set[str] = set()
        # where a description with a role word starts
        role_described = {start + m.start() for m in description_re().finditer(text)}
        # descriptions and bare ages in the order the sentence gives them ("the 46-year-old
        # Ruritania-born model ... as the billionaire, 70,": two people, the first read first)
        found = [(m.start(), False, m) for m in description_re().finditer(text)]
        found += [(m.start(), True, m) for m in _BARE_AGE_RE.finditer(text)]
        for _, bare, match in sorted(found, key=lambda f: (f[0], f[1])):
            if bare:
                offset = start + match.start()
                if any(p.start <= offset < p.end for p in people) or offset in role_described:
                    continue  # (a role no one fits, "the 29-year-old actress": not a bare age either)
                age = self._description_age(match.group(0), start + match.end())
                # "The 51-year-old ... as the guitarist of": a description later in the sentence
                # is the same person, no one else the age could be
                topic = self._topic_before(
                    offset, {p.key for p in people if p.via == "name" or p.end <= offset}
                )
                described = (
                    of_age(self._section_pair_member(offset, people), age)
                    or of_age(self._section_person(offset, None), age)
                    # "her teenage son Bo, after the 17-year-old was caught": the name it follows
                    or of_age(self._name_just_before(people, offset), age)
                    or of_age(self._union_partner(people, offset, start + match.end()), age)
                    # the topic when the text aged them so; else the one it aged so ("The 23-year-old
                    # ... in Adam's film ... the 24-year-old"), before a topic it never aged
                    or (
                        topic
                        if topic is not None
                        and age is not None
                        and self._known_ages(topic, start)
                        and of_age(topic, age)
                        else None
                    )
                    or self._aged_fit(offset, age, start)
                    or of_age(topic, age)
                    # "Ada let her son Bo stay ... when the 14-year-old would not": her one child
                    or of_age(self._only_child(topic, age, start), age)
                    or self._aged_before(offset, age)
                )
                if described is not None and described in described_here:
                    # "The actress, 26, and the 47-year-old": two people, the other of the pair
                    described = self._other_of_pair(described, offset)
                if described is not None:
                    described_here.add(described)
                    people.append(Person(described, offset, start + match.end(), "pronoun"))
                continue
            offset = start + match.start()
            age = self._description_age(match.group(0), start + match.end())
            described = (
                of_age(self._section_pair_member(offset, people), age)
                or self._late_described(match.group(0), match.group(1), offset)
                or of_age(self._tied_to_title(text[: match.start(1)][match.start() :]), age)
                or of_age(self._titled_person(match.group(0), offset), age)
                or of_age(self._section_person(offset, None), age)
                or of_age(self._section_person_past_subject(people, offset, match.group(1)), age)
                # "her teenage son Bo, after the 17-year-old was", "Teo and the singer's romance"
                or self._of_gender(of_age(self._name_just_before(people, offset), age), match.group(1))
                or self._of_gender(
                    of_age(self._union_partner(people, offset, start + match.end()), age), match.group(1)
                )
                # "X stems from a place where people support Y. And yet, the 52-year-old actor
                # can't ...": a description opening its sentence is the topic before, of its gender
                or (
                    self._of_gender(
                        of_age(self._topic_before(offset, {p.key for p in people}), age), match.group(1)
                    )
                    if age is not None and not any(p.start < offset for p in people)
                    else None
                )
                # "She dated the producer Lena Roe. ... Since then, the actress has": the topic
                # before (of the role's gender) ahead of the last one named of that gender
                or self._gendered_topic(offset, people, match.group(1), age)
                or self._of_gender(
                    of_age(self._described_before(match.group(1), offset), age), match.group(1)
                )
                # "the actress" is never a man the story is about
                or self._of_gender(
                    of_age(self._topic_before(offset, {p.key for p in people}), age), match.group(1)
                )
                or self._aged_before(offset, age)
                # "watching Ada Roe tour this summer ... the 27-year-old singer's mother is": the
                # one person the sentence named before an aged description, when no one else fits
                # (not the sentence's opening subject: "Ada admitted the night with the
                # 27-year-old actress was wild" is someone else)
                or (
                    self._of_gender(of_age(_only_named_before(people, offset), age), match.group(1))
                    if age is not None and not self._opens_sentence(people, start)
                    else None
                )
            )
            if described is None and age is not None and not described_here:
                # "... with his now wife Ada Roe. The 40-year-old actress said": the last one named
                # before whom role and age fit, when the topic and the description's resolver fail
                described = self._recent_fit(offset, match.group(1), age, {p.key for p in people}, start)
            if described is not None and self._young_child_before(described):
                described = None  # "the Glamsquad star", "the rapper" is no young child
            if described is not None and self._subject_of_own_clause(people, described, start, offset):
                described = None  # "Ada admitted the night with the 27-year-old actress": not Ada
            named_later = {m.entity for m in self.index.person_mentions(offset, end)}
            if described is None and len(described_here) == 1 and age is not None:
                # "The Sunday Roast presenter, 41, and the 29-year-old star": a second description
                # that fits no one else is the other of the couple the first one belongs to (not
                # one the sentence names after it: "the 61-year-old star's closet ... her daughter Ada")
                described = self._of_gender(
                    of_age(self._other_of_pair(next(iter(described_here)), offset), age), match.group(1)
                )
                if described in named_later:
                    described = None
            if described is None and age is not None and described_here:
                described = self._recent_fit(
                    offset, match.group(1), age, {p.key for p in people} | named_later, start
                )
            if described is not None:
                described = self._in_section(described, offset, None)
            if described is not None and described in described_here:
                # "The singer, 31, and the Harrow Street actor, 35, ended their relationship":
                # two descriptions in one sentence are two people: the other of the pair
                described = self._other_of_pair(described, offset)
            if described is not None:
                described_here.add(described)
                people.append(Person(described, offset, start + match.end(), "pronoun"))
        for match in _pronoun_re().finditer(text):
            offset = start + match.start()
            word = match.group(0).lower()
            if word.startswith("the") and " and " in word:
                # "the singer and her husband", "the Duke and Duchess": a couple the text already
                # made one, else no one (never merely the last two people named)
                first_role = _ROLE_COUPLE_FIRST.match(word)
                couple = self._role_couple(people, offset, first_role.group(1) if first_role else "")
                if any(re.match(r"the\s", m.group(0), re.I) for m in _PRONOUN_RE.finditer(text, match.end())):
                    # "The Earl and Countess will host a dinner for the couple": the sentence's
                    # couple is the other one it names
                    couple = None
                if couple is not None:
                    people += [
                        Person(couple[0], offset, start + match.end(), "couple"),
                        Person(couple[1], offset, start + match.end(), "couple"),
                    ]
                continue
            if word.startswith("the") or word in PLURAL_PRONOUNS:
                pair = self._pair_named_before(people, offset)
                owners = list(dict.fromkeys(p.key for p in people if p.via == "couple" and p.end <= offset))
                if word.startswith("the family") and len(owners) == 2:
                    # "Their twin daughters, A and B, were born in 2021, and the family lives in X":
                    # the family is the couple "their" stood for, not the children named
                    pair = owners[0], owners[1]
                section = self._pair_section(offset)
                if section is not None and section[1] is not None and not _two_named(people, offset):
                    # a roundup's "they" is its section's couple ("Ada Roe and Ian Holt")
                    pair = section[1]
                if pair is None and not any(p.end <= offset for p in people):
                    # "X was previously married to Y. The two wed in 2011": the pair just related
                    if self._past_union_before(offset):
                        # "X was previously married to Y. The two wed in 2011": that union only
                        pair = self._pair_of_sentence_before(offset)
                        if pair is None:
                            continue  # someone's earlier spouse we could not name: never the main couple
                    # "After the way their divorce unfolded, Ada and Ian are ...": the pair named after
                    pair = pair or self._pair_named_after(people, offset) or self._recent_pair(offset)
                    if pair is None and word.startswith("the") and not word.startswith("the family"):
                        pair = self._pair_of_sentence_before(offset)
                        if pair is not None and "couple" in word:
                            # ("the two" is the two just named, whoever they are)
                            pair = self._couple_of_either(*pair) or pair
                if pair is None and _COUPLE_NOUN.search(word) and not _two_named(people, offset):
                    # "Besides Bo, the former couple also share two daughters": a child named
                    # before "the couple" leaves it the couple the text just related, not the
                    # two people the story mentions most
                    pair = self._recent_pair(offset)
                if (
                    pair is not None
                    and pair[0] != pair[1]
                    and self._kin_pair(pair)
                    and not _two_named(people, offset)
                ):
                    # "X's father, the singer Y, sang at the reception. Their twins were born in
                    # 2014": a parent and child just named are not the couple a "their" means, but
                    # the child's couple when the story is about it; two siblings' "they" is no one's
                    pair = self._couple_of_kin(pair)
                    if pair is None:
                        continue
                if section is None:
                    main = self.index.main_pair()
                    if (
                        pair is None
                        and main is not None
                        and (_COUPLE_NOUN.search(word) or _UNION_AFTER.match(text, match.end()))
                        and self._kin_pair(main)
                    ):
                        # "their divorce", "the former couple" when the story's two most-named
                        # people are a mother and her son: never that pair
                        main = None
                    pair = pair or main
                if pair:
                    people += [
                        Person(pair[0], offset, start + match.end(), "couple"),
                        Person(pair[1], offset, start + match.end(), "couple"),
                    ]
                continue
            key = self._section_person(offset, PRONOUN_GENDER.get(word)) or self.index.resolve_pronoun(
                word, offset
            )
            if key is not None:
                key = self._past_interjection(key, word, offset)
            if key is not None and (key in self._characters() or self._first_named(key) > offset):
                # the resolver chose a character or a place taken for a name, or someone the text
                # names only later ("His ex-wife, a surgeon named Ada Roe"): the topic instead
                gender = PRONOUN_GENDER.get(word)
                key = self._topic_before(offset, set(), gender) or self._main_person_before(offset, gender)
            if key is not None:
                key = self._in_section(key, offset, PRONOUN_GENDER.get(word))
            if word in ("he", "she", "him"):
                # "The 52-year-old singer said in 2011 she met ...": the description before it
                key = self._subject_described(people, offset, word) or key
            if word in ("his", "her"):
                key = self._clause_subject_owner(people, offset, word) or key
            if (
                key is not None
                and word in ("he", "she")
                and _ADULT_UNION_CUE.match(text, match.end())
                and self._young_child_before(key)
            ):
                # "His son, Huck, who turned 10 in April, ... He was previously married to X": a
                # young child is never the one married; the text's main person of that gender is
                key = self._adult_named_before(offset, PRONOUN_GENDER.get(word), key) or key
            if (
                key is not None
                and word in ("his", "her")
                and _ADULT_PARTNER_NOUN.match(text, match.end())
                and self._young_child_before(key)
            ):
                # "Bea is Ada's daughter with her college boyfriend, X": a young child has no
                # boyfriend or husband; the adult of that gender named before has
                key = self._adult_named_before(offset, PRONOUN_GENDER.get(word), key) or key
            if key is not None:
                people.append(Person(key, offset, start + match.end(), "pronoun"))
        people = self._description_by_relative_pronoun(people, start, text, role_described)
        people += self._first_person(start, text, people)
        return sorted(self._title_holders(people), key=lambda p: p.start)

    def _description_by_relative_pronoun(
        self, people: list[Person], start: int, text: str, role_described: set[int]
    ) -> list[Person]:
        """ "In 2013 the singer married the producer X, whom she had started dating in 2011": the
        "she" of a "whom" clause on the description's object is the description's own person; a
        description read as someone of the other gender (the topic before) is that pronoun's
        person instead, when the sentence does not name them."""
        named = {p.key for p in people if p.via == "name"}
        for i, person in enumerate(people):
            if person.via != "pronoun" or person.start not in role_described:
                continue
            known = self.index.people[person.key].gender if person.key in self.index.people else None
            if known is None or _role_gender(text[person.start - start : person.end - start].split()[-1]):
                continue  # (a gendered role, "the actress", was read by its gender already)
            for j, later in enumerate(people):
                word = doc_text(self.doc)[later.start : later.end].lower()
                if (
                    later.via != "pronoun"
                    or later.start <= person.end
                    or word not in ("he", "she")
                    or PRONOUN_GENDER[word] == known
                    or not _WHOM_BEFORE.search(text[: later.start - start])
                ):
                    continue
                # (a "she" already read as the description's man: the story's main woman)
                key = (
                    later.key
                    if later.key != person.key
                    else self._main_person_before(person.start, PRONOUN_GENDER[word])
                )
                if (
                    key is None
                    or key in named
                    or key not in self.index.people
                    or self.index.people[key].gender != PRONOUN_GENDER[word]
                ):
                    continue
                people[i] = Person(key, person.start, person.end, "pronoun")
                people[j] = Person(key, later.start, later.end, "pronoun")
                break
        return people

    def _title_holders(self, people: list[Person]) -> list[Person]:
        """ "the Duke" read as the person the text gave that title to ("Ivo Roe, the 9th Duke of
        X"), a pronoun the resolver tied to the title too (`non_persons.title_holders`)."""
        if self._title_cache is None:
            self._title_cache = title_holders(self.index, doc_text(self.doc))
        if not self._title_cache:
            return people
        return [
            Person(self._title_cache[p.key], p.start, p.end, p.via) if p.key in self._title_cache else p
            for p in people
        ]

    def _past_interjection(self, key: str, word: str, offset: int) -> str | None:
        """ "Alas, while she was filming, her ...": when the resolver's choice was last "named"
        by an interjection the tagger took for a surname, whom the pronoun meant before it."""
        text = doc_text(self.doc)
        paragraph = text.rfind("\n", 0, offset) + 1
        mentions = [m for m in self.index.person_mentions(paragraph, offset) if m.entity == key]
        if not mentions or not interjection(text, mentions[-1]):
            return key
        return self.index.resolve_pronoun(word, mentions[-1].span.start)

    def _subject_described(self, people: list[Person], offset: int, word: str) -> str | None:
        """ "The 52-year-old singer said in 2011 she met X": a "he"/"she" after a description
        of its own sentence (not a possessor: "The actress's mother said she") is the one
        described, when its gender fits and no name of that gender comes between."""
        text = doc_text(self.doc)
        gender = PRONOUN_GENDER[word]
        lex = relation_lexicon()
        for person in reversed([p for p in people if p.end <= offset]):
            known = self.index.people[person.key].gender if person.key in self.index.people else None
            if person.via == "name":
                if known in (None, gender) or word not in ("he", "she"):
                    return None  # a name between: the resolver's to weigh
                continue
            said = text[person.start : person.end]
            if (
                person.via != "pronoun"
                or said[:4].lower() != "the "
                or text[person.end : person.end + 1] in ("'", "’")
            ):
                continue
            role = said.split()[-1].lower()
            role_gender = "f" if role in lex.female else "m" if role in lex.male else None
            if (role_gender or known) == gender:
                return person.key
            return None
        return None

    def _name_just_before(self, people: list[Person], offset: int) -> str | None:
        """ "the couple argued over their teenage son Bo, after the 17-year-old was caught": a
        description right after a name, with only a subordinating word between, is that name."""
        named = [p for p in people if p.via == "name" and p.end <= offset]
        if not named:
            return None
        last = named[-1]
        if not _JUST_AFTER_NAME.fullmatch(doc_text(self.doc)[last.end : offset]):
            return None
        return last.key

    def _union_partner(self, people: list[Person], offset: int, end: int) -> str | None:
        """ "The Harbour Lights star was married to Bran", "Teo and the 24-year-old singer's romance": a
        description joined in a union to a name is the one partner the text gave that name
        before (spouse, fiancé or partner; none denied), when the sentence names no one else."""
        text = doc_text(self.doc)
        named = [p for p in people if p.via == "name"]
        other: Person | None = None
        after = _UNION_AFTER_DESCRIPTION.match(text, end)
        if after is not None:
            other = next((p for p in named if p.start == after.end()), None)
        elif (
            named
            and named[-1].end <= offset
            and _UNION_BEFORE_DESCRIPTION.fullmatch(text[named[-1].end : offset])
        ):
            other = named[-1]  # "Ada, 26, was seen kissing the 47-year-old director"
        elif (
            named
            and named[-1].end <= offset
            and _JOINT_NAMES.fullmatch(text[named[-1].end : offset])
            and _UNION_AFTER_JOINT.match(text, end)
        ):
            other = named[-1]
        if other is None or len({p.key for p in named}) != 1:
            return None
        name = self.index.name(other.key)
        claims = self._claims_before if self._claims_before is not None else self.claims
        partners = {
            c.object if c.subject == name else c.subject
            for c in claims
            if c.predicate in ("spouse", "engaged", "partner")
            and c.modality != "denied"
            and c.object
            and c.span.end <= offset
            and name in (c.subject, c.object)
        }
        keys = self._person_keys()
        found = {keys[p] for p in partners if p in keys and keys[p] != other.key}
        return found.pop() if len(found) == 1 else None

    def _recent_fit(
        self, offset: int, role: str, age: int, named_here: set[str], sentence_start: int
    ) -> str | None:
        """The last person the sentence before names (not named in the description's own) whom
        the role's gender and the age fit (`_of_gender`, `_of_age`), no child."""
        excluded = self._characters()
        # (the sentence before only: further back, a description fits too many)
        for sent in self._sentences_before(sentence_start)[-1:]:
            for mention in reversed(self.index.person_mentions(sent.start_char, min(sent.end_char, offset))):
                key = mention.entity
                if key in excluded or key in named_here or mention.span.start >= sentence_start:
                    continue
                if (
                    _MONTHS_OLD_AFTER.match(doc_text(self.doc), mention.span.end)
                    or self._young_child_before(key)
                    or (self._child_named(key) and not self._known_ages(key, sentence_start))
                ):
                    continue  # "kids North, 3, and Saint ... the rapper, 39": no child
                role_gender = _role_gender(role)
                known = self.index.people[key].gender if key in self.index.people else None
                if role_gender is not None and known != role_gender:
                    continue  # a gendered role goes to one the text gendered so
                if self._of_age(key, age, before=sentence_start) is not None:
                    return key
        return None

    def _subject_of_own_clause(self, people: list[Person], key: str, start: int, offset: int) -> bool:
        """Whether `key` is the name opening the sentence (at `start`) and the description at
        `offset` comes later in its clause, set off by no comma ("Ada admitted the night with the
        actress": a subject is not described again in its own clause; "Ada, the actress," is)."""
        text = doc_text(self.doc)
        first = next((p for p in people if p.via == "name"), None)
        if first is None or first.key != key or text[start : first.start].strip(" \"“'‘"):
            return False
        between = text[first.end : offset]
        # (a possessor is no subject, "Ada's agent denied that the actress"; a new clause may
        # describe its subject again, "Ada and Ian split after the 51-year-old actor made")
        return (
            len(between.split()) >= 2
            and not re.search(r"[,;:(\-–—'’]", between)
            and not _CLAUSE_WORD.search(between)
        )

    def _opens_sentence(self, people: list[Person], start: int) -> bool:
        """Whether the sentence starting at `start` opens with a name."""
        text = doc_text(self.doc)
        return any(p.via == "name" and not text[start : p.start].strip(" \"“'‘") for p in people)

    def _child_named(self, key: str) -> bool:
        """Whether a claim so far makes `key` someone's child."""
        name = self.index.name(key)
        return any(c.predicate == "child" and c.object == name for c in self.claims)

    def _late_described(self, description: str, role: str, offset: int) -> str | None:
        """ "The late singer's widower": the one person named before `offset` whose death the
        text has told (a `died` claim), of the role's gender; None where none or several."""
        if not re.search(r"\blate\s", description, re.IGNORECASE):
            return None
        dead = {c.subject for c in self.died}
        keys = self._person_keys()
        found = {keys[name] for name in dead if name in keys and self._first_named(keys[name]) <= offset}
        found = {k for k in found if self._of_gender(k, role) is not None}
        return found.pop() if len(found) == 1 else None

    def _described_before(self, role: str, offset: int) -> str | None:
        """`resolve_description`, never someone the text names only after `offset`: "the
        hockey player popped the question" is not the rugby player a later paragraph names."""
        key = self.index.resolve_description(role, offset)
        return key if key is None or self._first_named(key) <= offset else None

    def _description_age(self, description: str, end: int) -> int | None:
        """The age a description states: "the 36-year-old actress", "The comedian, 38,"."""
        inside = _AGE_IN_DESCRIPTION.search(description)
        if inside:
            return int(inside.group(1))
        apposed = AGE_APPOSED.match(doc_text(self.doc)[end : end + 8])
        return int(apposed.group(1)) if apposed else None

    def _ages_by_name(self) -> dict[str, set[int]]:
        """The ages the text gives each person by name ("Parrish, 33,"), anywhere in the body."""
        if self._name_ages is None:
            text = doc_text(self.doc)
            self._name_ages = {}
            self._aged_at = []
            for mention in self.index.person_mentions(0, len(text)):
                said = AGE_APPOSED.match(text[mention.span.end : mention.span.end + 8])
                lead = _AGE_BEFORE_NAME.search(text[max(0, mention.span.start - 40) : mention.span.start])
                if lead is not None and _OF_AGED_APPOSED.search(
                    text[max(0, mention.span.start - 60) : mention.span.start]
                ):
                    lead = None  # "the father of the 48-year-old actor, Paul": Paul is the father
                age = int(said.group(1)) if said else None
                if age is None and lead is not None:
                    # "their 4-month-old daughter Wren" is not yet one: age 0
                    age = int(lead.group(1)) if lead.group(2).lower() == "year" else 0
                if age is not None:
                    self._name_ages.setdefault(mention.entity, set()).add(age)
                    self._aged_at.append((mention.span.start, mention.entity, age))
        return self._name_ages

    def _aged_before(self, offset: int, age: int | None) -> str | None:
        """ "Voss, 29, and Penhale, 38, ... The 38-year-old": when no one the other rules offer
        has the description's age, the one person named before it with that age by name."""
        if age is None:
            return None
        self._ages_by_name()
        aged = {key for at, key, said in self._aged_at if at < offset and said == age}
        return next(iter(aged)) if len(aged) == 1 else None

    def _child_in_sentence(self, ctx: SentenceContext, key: str) -> bool:
        """Whether this sentence has already made `key` someone's child."""
        name = self.index.name(key) if key in self.index.entities else key
        return any(
            c.predicate == "child" and c.object == name and ctx.start <= c.span.start < ctx.end
            for c in self.claims
        )

    def _of_gender(self, key: str | None, role: str) -> str | None:
        """`key`, unless the role word's gender ("actress", "actor", "husband") clashes with the
        one the person is known to have (a guess by topic; an unknown gender never clashes)."""
        if key is None:
            return key
        lex = relation_lexicon()
        person = self.index.people.get(key)
        gender = person.gender if person is not None else None
        if role.lower() in lex.female:
            return None if gender == "m" else key
        if role.lower() in lex.male:
            return None if gender == "f" else key
        return key

    def _of_age(self, key: str | None, age: int | None, before: int = 0) -> str | None:
        """`key`, unless a description's age ("the 36-year-old") clashes with every age the
        text gives that person by name, or that descriptions before `before` gave them: then
        someone else is described."""
        if key is None or age is None:
            return key
        if age < _GROWN_UP_AGE and self._grown_up(key, before):
            return None  # "the 14-year-old would not visit his mother": not the mother named before
        known = self._known_ages(key, before)
        if not known or any(abs(age - k) <= _AGE_SLACK for k in known):
            return key
        return None

    def _gendered_topic(self, offset: int, people: list[Person], role: str, age: int | None) -> str | None:
        """The topic before a gendered description ("the actress") when its gender is the role's."""
        gender = _role_gender(role)
        if gender is None:
            return None
        key = self._topic_before(offset, {p.key for p in people}, gender)
        if key is None or key not in self.index.people or self.index.people[key].gender != gender:
            return None
        return self._of_age(key, age, before=offset)

    def _only_child(self, key: str | None, age: int | None, before: int) -> str | None:
        """The one child claims told before `before` give `key`, when a child's age ("the
        15-year-old") describes no parent."""
        if key is None or age is None or age >= _GROWN_UP_AGE:
            return None
        name = self.index.name(key) if key in self.index.entities else key
        claims = self._claims_before if self._claims_before is not None else self.claims
        children = {
            c.object
            for c in claims
            if c.predicate == "child" and c.subject == name and c.object and c.span.end <= before
        }
        keys = self._person_keys()
        found = {keys[child] for child in children if child in keys}
        return found.pop() if len(found) == 1 and len(children) == 1 else None

    def _grown_up(self, key: str, before: int) -> bool:
        """Whether claims told before `before` make `key` a parent or a spouse, fiancé(e) or
        partner: someone no child's age ("the 15-year-old") describes."""
        name = self.index.name(key) if key in self.index.entities else key
        claims = self._claims_before if self._claims_before is not None else self.claims
        return any(
            c.span.end <= before
            and c.modality != "denied"
            and (
                (c.predicate == "child" and c.subject == name)
                or (c.predicate in _ADULT_TIES and name in (c.subject, c.object))
            )
            for c in claims
        )

    def _known_ages(self, key: str, before: int) -> set[int]:
        """The ages the text gives `key` by name anywhere, and those earlier sentences (ending by
        `before`) gave them through descriptions ("The choreographer, 33,", "The 23-year-old")."""
        known = set(self._ages_by_name().get(key, ()))
        name = self.index.name(key) if key in self.index.entities else key
        # (a sentence read as of fewer claims still weighs every age told before it)
        claims = self._claims_before if self._claims_before is not None else self.claims
        known |= {
            int(c.value or 0)
            for c in claims
            if c.predicate == "age"
            and c.subject == name
            and (c.value or "").isdigit()
            and c.span.end <= before
        }
        return known

    def _aged_fit(self, offset: int, age: int | None, before: int) -> str | None:
        """ "The 23-year-old ... Adam's film ... the 24-year-old was seen": the one person named
        before `offset` whose age, as the text gave it, is the description's (a birthday's slack
        allowed); exact ages first."""
        if age is None:
            return None
        for slack in (0, _AGE_SLACK):
            fits = {
                key
                for key in self._first_names_before(offset)
                if key not in self._characters()
                and any(abs(age - k) <= slack for k in self._known_ages(key, before))
            }
            if fits:
                return next(iter(fits)) if len(fits) == 1 else None
        return None

    def _first_names_before(self, offset: int) -> list[str]:
        """The people the body names before `offset`."""
        self._first_named("")
        assert self._first_name_cache is not None
        return [key for key, at in self._first_name_cache.items() if at < offset]

    def _clause_subject_owner(self, people: list[Person], offset: int, word: str) -> str | None:
        """ "Ada Roe separated from her ex-husband Ian Holt": a "his"/"her" inside the clause whose
        subject is a name of this sentence, with no other name between them, is that subject's
        (when its gender allows), whoever the pronoun resolver would pick."""
        text = doc_text(self.doc)
        # a name, or a description standing for one ("The actor's star has risen since his
        # breakout"), never a pronoun (left to the resolver)
        names = [
            p
            for p in people
            if p.end <= offset
            and (p.via == "name" or (p.via == "pronoun" and not _PRONOUN_AT.match(text, p.start)))
        ]
        if not names:
            return None  # no name before it in the sentence: most possessives, left to the resolver
        token = self.doc.char_span(offset, offset + len(word), alignment_mode="expand")
        if token is None or not len(token):
            return None
        if token[0].dep_ != "poss" and not (
            word == "her" and _KIN_AFTER_PRONOUN.match(doc_text(self.doc), token.end_char)
        ):
            return None
        verb = token[0].head
        for _ in range(_OWNER_CLIMB):
            # (a subject after the pronoun is a misparse's: "since his breakout in X" read as a
            # clause whose subject is "breakout"; the climb goes on to the one before it)
            if (
                any(c.dep_ in ("nsubj", "nsubjpass") and c.idx < offset for c in verb.children)
                or verb.head.i == verb.i
            ):
                break
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < offset]
        if not subjects:
            return None
        # the subject, or its possessor: "The actor's star ... his breakout"
        owning = [subjects[0], *(c for c in subjects[0].children if c.dep_ == "poss")]
        owner = next((p for p in names if any(p.start <= t.idx < p.end for t in owning)), None)
        if owner is None:
            return self._described_child(names, subjects[0], word)
        if names[-1].key != owner.key:
            return None  # another name comes between: not sure
        gender = self.index.people[owner.key].gender if owner.key in self.index.people else None
        if gender == ("f" if word == "his" else "m"):
            return None
        return owner.key

    def _described_child(self, names: list[Person], subject: Any, word: str) -> str | None:
        """ "X snapped at his son Bo while the teen stood up for his mum": a "his"/"her" whose
        clause's subject is "the teen" / "the boy" is the child the sentence named last before
        it as someone's son or daughter (when the gender allows)."""
        if subject.lower_ not in CHILD_SUBJECTS or not any(
            c.lower_ == "the" for c in subject.children if c.dep_ == "det"
        ):
            return None
        text = doc_text(self.doc)
        child = next(
            (
                p
                for p in reversed(names)
                if p.via == "name" and CHILD_BEFORE_NAME.search(text[max(0, p.start - 30) : p.start])
            ),
            None,
        )
        if child is None or child.end > subject.idx:
            return None
        gender = self.index.people[child.key].gender if child.key in self.index.people else None
        return None if gender == ("f" if word == "his" else "m") else child.key

    def _resolved(self, pronoun: str, offset: int) -> str | None:
        """`resolve_pronoun`, never someone the text names only after `offset`."""
        key = self.index.resolve_pronoun(pronoun, offset)
        if key is None or self._first_named(key) <= offset:
            return key
        gender = PRONOUN_GENDER.get(pronoun)
        return self._topic_before(offset, set(), gender) or self._main_person_before(offset, gender)

    def _main_person_before(self, offset: int, gender: str | None) -> str | None:
        """The most-mentioned person named before `offset` whom a pronoun of `gender` may mean."""
        for key in self.index.main_people(_MAIN_PEOPLE_LOOKED_AT):
            known = self.index.people[key].gender if key in self.index.people else None
            # a fallback must be sure of the gender: "his" never falls to a woman the text did not gender
            if self._first_named(key) <= offset and (gender is None or known == gender):
                return key
        return None

    def _first_named(self, key: str) -> int:
        """Where the body first names `key` (0 for someone it never names, e.g. the headline's)."""
        if self._first_name_cache is None:
            first: dict[str, int] = {}
            for mention in self.index.sorted_mentions("person:")[1]:
                first.setdefault(mention.entity, mention.span.start)
            self._first_name_cache = first
        return self._first_name_cache.get(key, 0)

    def _speaker_key(self, offset: int) -> str | None:
        """The person whose on-record words stand at `offset` (a quote, a Q&A answer), if any."""
        attribution = self.attributor.at(offset)
        if attribution.source_kind != "on_record" or not attribution.speaker:
            return self._interviewee(offset) if attribution.source_kind == "narration" else None
        return self._person_keys().get(attribution.speaker)

    def _interviewee(self, offset: int) -> str | None:
        """In an interview ("interview by X" in its header) told as topics and answers, a whole
        paragraph in quotation marks with no speaker named is the interviewee's answer: the
        person the body names first (the one the introduction presents)."""
        text = doc_text(self.doc)
        if not _INTERVIEW_HEADER.search(text[:_INTERVIEW_HEADER_REACH]):
            return None
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        paragraph = text[start : end if end != -1 else len(text)].strip()
        if not _QUOTED_PARAGRAPH.fullmatch(paragraph):
            return None
        header = _INTERVIEW_HEADER.search(text[:_INTERVIEW_HEADER_REACH])
        after = text.find("\n", header.end()) if header else -1
        first = self.index.person_mentions(after + 1 if after != -1 else 0, len(text))[:1]
        return first[0].entity if first else None  # (never the interviewer the header names)

    def _person_keys(self) -> dict[str, str]:
        if self._keys_by_name is None:
            self._keys_by_name = {
                self.index.name(k): k for k in self.index.people if k in self.index.entities
            }
        return self._keys_by_name

    def _first_person(self, start: int, text: str, people: list[Person]) -> list[Person]:
        """ "I", "my", "we", "our" in a speaker's own words; "you" in an interviewer's question.
        "We" is the speaker and the one person the sentence joins to "I" ("Felipe and I"), else
        the speaker's half of the text's couple; never a guess beyond those."""
        found: list[Person] = []
        for match in _FIRST_PERSON_RE.finditer(text):
            offset = start + match.start()
            speaker = self._speaker_key(offset)
            if speaker is None:
                continue
            if match.group(0).lower() not in _FIRST_PERSON_PLURAL:
                found.append(Person(speaker, offset, start + match.end(), "pronoun"))
                continue
            partner = None
            joined = _AND_I.search(text)
            if joined:
                near = [
                    p
                    for p in people
                    if p.via == "name" and p.key != speaker and abs(p.start - (start + joined.start())) <= 30
                ]
                partner = near[0].key if near else None
            if partner is None:
                partner = self._you_and_asked(speaker, offset)
            if partner is None:
                partner = self._and_i_before(speaker, offset)
            if partner is None:
                partner = self._named_partner_before(speaker, offset)
                if partner == _UNNAMED_PARTNER:
                    continue  # the speaker's spouse the tagger did not take for a person: not the couple
            if partner is None:
                partner = self._related_by_speaker(speaker, offset)
            pair = self.index.main_pair()
            if partner is None and pair is not None and speaker in pair:
                partner = pair[1] if speaker == pair[0] else pair[0]
            if partner is not None:
                found += [
                    Person(speaker, offset, start + match.end(), "couple"),
                    Person(partner, offset, start + match.end(), "couple"),
                ]
        for match in _PARENT_WORD.finditer(text):
            offset = start + match.start()
            speaker = self._speaker_key(offset)
            gender = "f" if match.group("f") else "m"
            parent = self._named_parent(speaker, offset, gender) if speaker else None
            if parent is not None:
                found.append(Person(parent, offset, start + match.end(), "pronoun"))
        text_all = doc_text(self.doc)
        line_start = text_all.rfind("\n", 0, start) + 1
        if _QUESTION_LINE.match(text_all[line_start : line_start + 20]):
            after = re.search(r"\n\s*\S", text_all[start:])
            answerer = self._speaker_key(start + after.end() + 20) if after else None
            if answerer is not None:
                for match in _SECOND_PERSON_RE.finditer(text):
                    found.append(Person(answerer, start + match.start(), start + match.end(), "pronoun"))
        return found

    def _you_and_asked(self, speaker: str, offset: int) -> str | None:
        """The person the question just before an answer joins to "you" ("People still ask about
        you and Ada Roe." / "A: We dated in 2011": "we" is the speaker and Ada Roe)."""
        text_all = doc_text(self.doc)
        answer_start = text_all.rfind("\n", 0, offset) + 1
        question_end = text_all.rfind("\n", 0, max(0, answer_start - 1))
        while question_end > 0 and not text_all[question_end + 1 : answer_start].strip():
            question_end = text_all.rfind("\n", 0, question_end)
        question_start = question_end + 1
        question_stop = text_all.find("\n", question_start)
        question_stop = len(text_all) if question_stop < 0 else question_stop
        if not _QUESTION_LINE.match(text_all, question_start):
            return None
        line = text_all[question_start:question_stop]
        joined = _YOU_AND.search(line)
        if joined is None:
            return None
        near = [
            m.entity
            for m in self.index.person_mentions(question_start, question_stop)
            if m.entity != speaker
            and (
                0 <= m.span.start - (question_start + joined.end()) <= 1
                or 0 <= question_start + joined.start() - m.span.end <= 1
            )
        ]
        return near[0] if near else None

    def _and_i_before(self, speaker: str, offset: int) -> str | None:
        """The person the speaker's words earlier in the same paragraph joined to "I" ("Alban and I
        married in 2005. We separated in 2014": "we" is the speaker and Alban), the latest such."""
        text_all = doc_text(self.doc)
        paragraph_start = text_all.rfind("\n", 0, offset) + 1
        found: str | None = None
        for joined in _AND_I.finditer(text_all, paragraph_start, offset):
            if self._speaker_key(joined.start()) != speaker:
                continue
            around = self.index.person_mentions(
                max(0, joined.start() - 60), min(len(text_all), joined.end() + 60)
            )
            for mention in around:
                if mention.entity == speaker:
                    continue
                before = 0 <= joined.start() - mention.span.end <= 1
                after = 0 <= mention.span.start - joined.end() <= 1
                if before or after:
                    found = mention.entity
        return found

    def _named_partner_before(self, speaker: str, offset: int) -> str | None:
        """The person the speaker's own words just before `offset` name as a spouse or partner
        ("I married a drummer called Ada Roe", "my ex-husband, Ian Holt"); the latest such.
        `_UNNAMED_PARTNER` when the cue names someone by a capitalised name that is no person
        mention (the tagger took it for something else): a "we" then is not the story's couple."""
        text_all = doc_text(self.doc)
        window_start = max(0, offset - _WE_PARTNER_WINDOW)
        found: str | None = None
        for cue in _WE_PARTNER_INTRO.finditer(text_all, window_start, offset):
            cue_end = cue.end()
            if self._speaker_key(cue.start()) != speaker:
                continue
            gap_end = min(offset, cue_end + _WE_PARTNER_NAME_GAP)
            named = self.index.person_mentions(cue_end, gap_end)
            if not named or any(ch in text_all[cue_end : named[0].span.start] for ch in _WE_PARTNER_STOPS):
                if _CALLED_NAME.match(text_all, cue_end, gap_end):
                    found = _UNNAMED_PARTNER
                continue
            if named[0].entity != speaker:
                found = named[0].entity
        return found

    def _related_by_speaker(self, speaker: str, offset: int) -> str | None:
        """The person the speaker's own words just before `offset` related to them as a couple
        ("I met Thad at a party in 2013. We married in 2017"), the latest such claim."""
        name = self.index.name(speaker)
        keys = self._person_keys()
        # (the claims of the sentences before, as a pronoun weighs them: see `_people_as_of`)
        claims = self._claims_before if self._claims_before is not None else self.claims
        for claim in reversed(claims):
            if claim.span.end > offset:
                continue
            if offset - claim.span.end > _WE_PARTNER_WINDOW:
                break
            if (
                claim.predicate not in _WE_RELATED_PREDICATES
                or claim.modality == "denied"
                or claim.object is None
                or name not in (claim.subject, claim.object)
                or self._speaker_key(claim.span.start) != speaker
            ):
                continue
            other = claim.object if claim.subject == name else claim.subject
            if other in keys and other != name and not are_kin(claims, name, other):
                return keys[other]
        return None

    def _named_parent(self, speaker: str, offset: int, gender: str) -> str | None:
        """The person the speaker's words before `offset` named right after "my mother" /
        "my father" (`gender` f / m), the latest such."""
        text_all = doc_text(self.doc)
        found: str | None = None
        for cue in _PARENT_CUE[gender].finditer(text_all, max(0, offset - _WE_PARTNER_WINDOW), offset):
            if self._speaker_key(cue.start()) != speaker:
                continue
            named = self.index.person_mentions(cue.end(), min(offset, cue.end() + 2))
            if named and named[0].span.start == cue.end() and named[0].entity != speaker:
                found = named[0].entity
        return found

    def _headings(self) -> list[tuple[int, str]]:
        """(end of the heading line, person) for each line that only names a person; none
        unless at least two such lines head sections (one could be a byline)."""
        if self._heading_cache is None:
            text = doc_text(self.doc)
            found: list[tuple[int, str]] = []
            for mention in self.index.person_mentions(0, len(text)):
                if len(mention.text.split()) < 2:
                    continue
                line_start = text.rfind("\n", 0, mention.span.start) + 1
                line_end = text.find("\n", mention.span.end)
                line_end = len(text) if line_end < 0 else line_end
                if _HEADING_LEAD.match(text[line_start : mention.span.start]) and _HEADING_TAIL.match(
                    text[mention.span.end : line_end]
                ):
                    found.append((line_end, mention.entity))
            self._heading_cache = found if len({k for _, k in found}) >= _MIN_PERSON_HEADINGS else []
        return self._heading_cache

    def _pair_sections(self) -> list[tuple[int, tuple[str, str] | None]]:
        """(end of the heading line, the couple it names or None) for each heading of a roundup
        that heads its sections with couples (`_PAIR_HEADING_JOIN`); none in other texts.  A
        heading is a line of its own paragraph, short, capitalised, without a sentence's end (a
        name the tagger missed still heads a section, of no couple)."""
        if self._pair_section_cache is None:
            text = doc_text(self.doc)
            found: list[tuple[int, tuple[str, str] | None]] = []
            line_start = 0
            for line in text.split("\n"):
                line_end = line_start + len(line)
                # "3. Ada Roe and Ian Holt": a listicle's number leads the heading
                words = _HEADING_NUMBER.sub("", line, count=1).split()
                if (
                    words
                    and words[0][:1].isupper()
                    and len(words) <= _SECTION_HEADING_MAX_WORDS
                    and line.rstrip()[-1:] not in _SENTENCE_END_CHARS
                    and text[max(0, line_start - 2) : line_start] in ("", "\n", "\n\n")
                    and text[line_end : line_end + 2] in ("", "\n", "\n\n")
                ):
                    found.append((line_end, self._heading_couple(text, line_start, line_end)))
                line_start = line_end + 1
            self._pair_section_cache = found if sum(1 for _, p in found if p) >= _MIN_PAIR_HEADINGS else []
        return self._pair_section_cache

    def _heading_couple(self, text: str, start: int, end: int) -> tuple[str, str] | None:
        """The two people a heading line names, when it is just "A and B" / "A & B"."""
        mentions = self.index.person_mentions(start, end)
        if len(mentions) != 2 or mentions[0].entity == mentions[1].entity:
            return None
        first, second = mentions
        if (
            not _HEADING_LEAD.match(text[start : first.span.start])
            or text[second.span.end : end].strip(" :")
            or not _PAIR_HEADING_JOIN.fullmatch(text[first.span.end : second.span.start])
        ):
            return None
        return first.entity, second.entity

    def _pair_section(self, offset: int) -> tuple[int, tuple[str, str] | None] | None:
        """The roundup section `offset` lies in (heading end, its couple), if the text has them."""
        sections = self._pair_sections()
        if not sections:
            return None
        at = bisect.bisect_right([end for end, _ in sections], offset)
        return sections[at - 1] if at else None

    def _other_of_pair(self, key: str, offset: int) -> str | None:
        """The other half of the couple the sentence before related (or the story's couple),
        when `key` is one of it; else no one."""
        pair = self._pair_of_sentence_before(offset) or self.index.main_pair()
        if pair is None or key not in pair:
            return None
        return pair[1] if pair[0] == key else pair[0]

    def _heading_people(self, heading_end: int) -> list[str]:
        """The people a roundup's heading line names, in order."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, heading_end) + 1
        keys: list[str] = []
        for mention in self.index.person_mentions(start, heading_end):
            if mention.entity not in keys:
                keys.append(mention.entity)
        return keys

    def _section_pair_member(self, offset: int, people: list[Person]) -> str | None:
        """In a roundup's section, a description ("The Pale Ridge director and the Italian
        actress") is one its heading names (its couple first): the first the sentence has not
        yet given."""
        section = self._pair_section(offset)
        if section is None:
            return None
        heading_end, pair = section
        given = {p.key for p in people if p.end <= offset}
        heading = list(pair) if pair is not None else self._heading_people(heading_end)
        return next((key for key in heading if key not in given), None)

    def _section_other(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> list[Person]:
        """In a roundup's couple section, "his wife of 45 years" that names no one is the other
        of the heading's couple, when "his" is one of it."""
        section = self._pair_section(cue_start)
        if section is None or section[1] is None:
            return []
        pair = section[1]
        owners = [
            p for p in ctx.people if p.via != "couple" and 0 <= cue_start - p.end <= 6 and p.key in pair
        ]
        if not owners:
            return []
        other = pair[1] if owners[-1].key == pair[0] else pair[0]
        return [Person(other, cue_end, cue_end, "name")]

    def _in_section(self, key: str, offset: int, gender: str | None) -> str | None:
        """In a roundup, "her" is someone of its own section (the heading's people or one named
        in it before): one of the heading's couple of that gender when the resolver reached
        back into another section, else no one."""
        section = self._pair_section(offset)
        if section is None:
            return key
        heading_end, pair = section
        text = doc_text(self.doc)
        heading_start = text.rfind("\n", 0, heading_end) + 1
        if key in {m.entity for m in self.index.person_mentions(heading_start, offset)}:
            return key
        if pair is None or gender is None:
            return None
        fits = [k for k in pair if k in self.index.people and self.index.people[k].gender == gender]
        return fits[0] if len(fits) == 1 else None

    def _section_person(self, offset: int, gender: str | None) -> str | None:
        """Under a heading that names a person, a pronoun or description that opens its paragraph
        (no one else named before it there) is that person, when the gender allows."""
        headings = [(end, key) for end, key in self._headings() if end <= offset]
        if not headings:
            return None
        heading_end, key = headings[-1]
        text = doc_text(self.doc)
        paragraph = max(text.rfind("\n", 0, offset) + 1, heading_end)
        characters = self._characters()
        if any(m.entity not in (key, *characters) for m in self.index.person_mentions(paragraph, offset)):
            return None
        known = self.index.people[key].gender if key in self.index.people else None
        if gender is None or known in (None, gender):
            return key
        # The gender the text gave the heading's person may come from pronouns read wrongly; it
        # is the section's person unless someone of that gender was named in the section before.
        others = {
            m.entity
            for m in self.index.person_mentions(heading_end, offset)
            if m.entity not in (key, *characters)
        }
        if any(k in self.index.people and self.index.people[k].gender in (None, gender) for k in others):
            return None
        return key

    def _section_person_past_subject(self, people: list[Person], offset: int, role: str) -> str | None:
        """In a list of someone's exes headed by one person each ("3. Ada Roe (2016-2018)"), a
        description is the section's person even after the list's own subject, named before the
        first heading, came up in the paragraph ("Ian's first serious girlfriend. The Polish
        cellist proposed in 2017"; "Ian began dating the footballer in 2019"): unless the text
        gave that role to someone else before, or its gender clashes."""
        headings = [(end, key) for end, key in self._headings() if end <= offset]
        if not headings:
            return None
        heading_end, key = headings[-1]
        intro = {m.entity for m in self.index.person_mentions(0, self._headings()[0][0])}
        if key in intro or any(p.key == key for p in people if p.start < offset):
            return None
        text = doc_text(self.doc)
        paragraph = max(text.rfind("\n", 0, offset) + 1, heading_end)
        if any(_UNREAD_HEADING.fullmatch(line.strip()) for line in text[heading_end:paragraph].split("\n")):
            return None  # a later heading the tagger did not read as a person's: whose section is unknown
        allowed = {key, *intro, *self._characters()}
        if any(m.entity not in allowed for m in self.index.person_mentions(paragraph, offset)):
            return None
        earlier = self._described_before(role, offset)
        if earlier is not None and earlier != key:
            return None  # "the Cork-born singer ... the model and the singer": the list's subject
        return self._of_gender(key, role)

    def _tied_to_title(self, before_role: str) -> str | None:
        """ "The Dust County star", "the former Mariners star": the one person an earlier claim
        ties to a work or club of that name (appeared_in, employer)."""
        quoted = _QUOTED_DESCRIPTION_TITLE.search(before_role)
        title = _DESCRIPTION_TITLE.search(before_role)
        if quoted:
            named = quoted.group(1) or quoted.group(2)
        elif title:
            named = title.group(1)
        else:
            return None
        words = [w for w in named.split() if w not in relation_lexicon().not_titles]
        if not words:
            return None
        name = " ".join(words)
        tied = {
            claim.subject
            for claim in self.claims
            if claim.predicate in ("appeared_in", "employer")
            and claim.object
            and (claim.object == name or claim.object.endswith(" " + name))
        }
        if len(tied) != 1:
            return None
        return self._person_keys().get(tied.pop())

    def _titled_person(self, description: str, offset: int) -> str | None:
        """ "The Crown Princess, 33," "the Senator": a capitalised rank is the one person the text
        named earlier right after that same rank ("Crown Princess Ada of X", "Senator Bo Roe")."""
        title = _CAPITALISED_RANK.match(description)
        if title is None:
            return None
        text = doc_text(self.doc)
        rank = re.compile(rf"(?<![\w’'-]){re.escape(title.group(1))}\s+$")
        holders = {
            m.entity
            for m in self.index.person_mentions(0, offset)
            if rank.search(text[max(0, m.span.start - len(title.group(1)) - 3) : m.span.start])
        }
        return holders.pop() if len(holders) == 1 else None

    def _topic_before(self, offset: int, named_here: set[str], gender: str | None = None) -> str | None:
        """Whom a description the text never tied to a name ("The Salt Harbor star, 41,") most
        likely stands for: the first person the closest earlier sentence names (its topic), unless
        the description's own sentence names that person ("The singer met Roe": not Roe). Up to
        three sentences back; a sentence led by "he"/"she" has the person that pronoun means."""
        excluded = self._characters()
        for sent in reversed(self._sentences_before(offset)[-_TOPIC_SENTENCES:]):
            fronted = _fronted_phrase_end(sent)
            first = [
                m
                for m in self.index.person_mentions(fronted or sent.start_char, sent.end_char)
                if m.entity not in excluded
            ][:1]
            if fronted is not None:
                subject = self._fronted_subject(sent, fronted, first, gender)
                if subject is not None:
                    if subject in excluded:
                        continue
                    return subject if subject not in named_here else None
                first = [
                    m
                    for m in self.index.person_mentions(sent.start_char, sent.end_char)
                    if m.entity not in excluded
                ][:1]
            lead = _LEADING_PRONOUN.match(sent.text)
            lead_gender = PRONOUN_GENDER.get(lead.group(1).lower()) if lead else None
            if gender is not None and lead_gender not in (None, gender):
                lead = None  # "She lives in Oslo." is no topic for a "his"
            described = self._leading_description(sent, first[0].span.start if first else sent.end_char)
            if described is not None and (not lead or sent.start_char + lead.start(1) > described[0]):
                # "Then the 24-year-old was seen in Soho.": the one that description stood for
                described_key = described[1]
                known = (
                    self.index.people[described_key].gender if described_key in self.index.people else None
                )
                if described_key not in excluded and (gender is None or known in (None, gender)):
                    return described_key if described_key not in named_here else None
            if lead and (not first or first[0].span.start > sent.start_char + lead.end()):
                key = self.index.resolve_pronoun(lead.group(1).lower(), sent.start_char + lead.start(1))
                if key is not None and key not in excluded:
                    return key if key not in named_here else None
            if first:
                key = first[0].entity
                known = self.index.people[key].gender if key in self.index.people else None
                if gender is not None and known not in (None, gender):
                    continue
                return key if key not in named_here else None
        return None

    def _fronted_subject(self, sent: Any, fronted: int, first: list[Any], gender: str | None) -> str | None:
        """Whom the main clause after a fronted phrase ("After his breakup with Ada Roe,
        the 35-year-old actor ...") is about: the one its description or "he"/"she" subject
        stands for, else the first it names; None when it names and describes no one."""
        described = self._leading_description(sent, first[0].span.start if first else sent.end_char)
        if described is not None and described[0] >= fronted:
            key = described[1]
            known = self.index.people[key].gender if key in self.index.people else None
            return key if gender is None or known in (None, gender) else None
        # ("^" anchors at the string's start only: match the main clause on its own)
        lead = _LEADING_PRONOUN.match(doc_text(self.doc)[fronted : sent.end_char])
        if lead is not None and (not first or first[0].span.start > fronted + lead.end()):
            if gender is not None and PRONOUN_GENDER.get(lead.group(1).lower()) != gender:
                return None
            return self.index.resolve_pronoun(lead.group(1).lower(), fronted + lead.start(1))
        if first:
            named: str = first[0].entity
            known = self.index.people[named].gender if named in self.index.people else None
            return named if gender is None or known in (None, gender) else None
        return None

    def _leading_description(self, sent: Any, before: int) -> tuple[int, str] | None:
        """Where a description ("the 24-year-old", "The Lanterns singer") stands in `sent` before
        `before` (its first name), and whom it was read to stand for; None when none does."""
        starts = [m.start() for m in description_re().finditer(sent.text)]
        starts += [m.start() for m in _BARE_AGE_RE.finditer(sent.text)]
        starts = [sent.start_char + at for at in starts]
        if not starts or min(starts) >= before:
            return None
        if self._described_cache is None:
            self._described_cache = {}
        cache_key = (sent.start_char, len(self.claims))
        if cache_key not in self._described_cache:
            self._described_cache[cache_key] = self._people(sent.start_char, sent.end_char, sent.text)
        text = doc_text(self.doc)
        described = {
            p.start: p.key
            for p in self._described_cache[cache_key]
            # (a possessor is no topic: "The midfielder's brother, Diego, 21, plays ...")
            if p.via == "pronoun" and text[p.end : p.end + 1] not in ("'", "’")
        }
        keys = {described[at] for at in starts if at in described}
        if len(keys) != 1 or min(starts) not in described:
            # "While the director beamed, the actress looked down": two described, no one topic
            return None
        return min(starts), keys.pop()

    def _sentences_before(self, offset: int) -> list[Any]:
        """The body's sentences that end by `offset`, in order (the list is made once per body)."""
        if self._sentence_cache is None:
            sentences = list(self.doc.sents)
            self._sentence_cache = (sentences, [s.end_char for s in sentences])
        sentences, ends = self._sentence_cache
        return sentences[: bisect.bisect_right(ends, offset)]

    def _pair_named_before(self, people: list[Person], offset: int) -> tuple[str, str] | None:
        """ "Strand has since married Lomax, and they welcomed a daughter": "they" (or "the
        pair") are the two people the same sentence named before it, when it named exactly two."""
        named: list[str] = []
        text = doc_text(self.doc)
        for person in people:
            if (
                person.via == "name"
                and person.end <= offset
                and person.key not in named
                # "the couple live in Margate with their daughter": a place taken for a name
                and not LOCATIVE_BEFORE.search(text[max(0, person.start - 12) : person.start])
            ):
                named.append(person.key)
        if len(named) == 2:
            return named[0], named[1]
        if len(named) > 2:
            # "Ada and Ian dated for three years before she met Teo, and they split in 2020":
            # the two the sentence opened with as its joint subject
            first = [p for p in people if p.via == "name" and p.end <= offset][:2]
            if (
                len(first) == 2
                and first[0].key != first[1].key
                and _JOINT_NAMES.fullmatch(text[first[0].end : first[1].start])
                and _OPENS_SENTENCE.search(text[max(0, first[0].start - 3) : first[0].start])
            ):
                return first[0].key, first[1].key
            return None
        # "He was married to the actress X from 1999 to 2010, and they share a son": a pronoun
        # and a name, when they are the only two people the sentence gave before
        referred: list[str] = []
        for person in people:
            if person.via in ("name", "pronoun") and person.end <= offset and person.key not in referred:
                referred.append(person.key)
        if len(referred) == 2 and named:
            return referred[0], referred[1]
        if (
            len(named) == 1
            and len(referred) == 1
            and offset - max(p.end for p in people if p.key == named[0]) <= 60
        ):
            # "Cole gave birth to their second child": the one named and the partner the text
            # gave her before (a roundup's second couple, not the story's main pair)
            partnered = self._partnered_pair(named[0], offset)
            if partnered is not None:
                return partnered
        # "The couple announced their separation": "their" is the couple the sentence opened with
        couple: list[str] = []
        for person in people:
            if person.via == "couple" and person.end <= offset and person.key not in couple:
                couple.append(person.key)
        if len(couple) == 2 and not named:
            return couple[0], couple[1]
        return self._section_couple(offset) if not named else None

    def _pair_named_after(self, people: list[Person], offset: int) -> tuple[str, str] | None:
        """ "After the way their divorce unfolded, it is a relief that Ada and Ian are talking": a
        "their" no one named before in its sentence is the two people the sentence joins with
        "and" after it, when it names no one else."""
        named = [p for p in people if p.via == "name" and p.start > offset]
        keys = list(dict.fromkeys(p.key for p in named))
        if len(keys) != 2 or len(named) != 2:
            return None
        text = doc_text(self.doc)
        if (
            not _JOINT_NAMES.fullmatch(text[named[0].end : named[1].start])
            or "," not in text[offset : named[0].start]
        ):
            return None
        # the pair is a later clause's subject ("..., Ada and Ian are talking"), never the
        # pronoun's own words ("Their twins, Bo and Cy, were born"; "their son with Ada and Ian")
        span = self.doc.char_span(named[0].start, named[0].end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return keys[0], keys[1]

    def _partnered_pair(self, key: str, offset: int) -> tuple[str, str] | None:
        """`key` and the one person an earlier claim made their spouse, fiancé or partner (the
        latest such claim, none denied or ended), when the text's main pair is not theirs."""
        main = self.index.main_pair()
        if main is not None and key in main:
            return None
        keys = self._person_keys()
        name = self.index.name(key)
        for claim in reversed(self.claims):
            if (
                claim.predicate in ("spouse", "engaged", "partner")
                and claim.span.end <= offset
                and claim.modality != "denied"
                and claim.end is None
                and name in (claim.subject, claim.object)
                and claim.subject in keys
                and claim.object in keys
                and claim.subject != claim.object
            ):
                other = claim.object if claim.subject == name else claim.subject
                return key, keys[other]
        return None

    def _role_couple(self, people: list[Person], offset: int, role: str) -> tuple[str, str] | None:
        """The couple "the actor and his wife" or "the former president and first lady" names:
        among the pairs earlier claims made spouses, fiancés or partners (not denied, not ended),
        the latest one of whom the text wrote the first role right before a name ("former
        president Aldo Roe", "singer Ada Vey"), else the one the description at `offset` stands
        for, else the text's main pair, else the latest pair."""
        keys = self._person_keys()
        couples: list[tuple[str, str]] = []
        for claim in reversed(self.claims):
            if (
                claim.predicate in ("spouse", "engaged", "partner")
                and claim.span.end <= offset
                and claim.modality != "denied"
                and claim.end is None
                and claim.subject in keys
                and claim.object in keys
                and claim.subject != claim.object
            ):
                couples.append((keys[claim.subject], keys[claim.object]))
        if not couples:
            return None
        text = doc_text(self.doc)
        role_before = re.compile(
            rf"(?<![\w-]){re.escape(role)}\s+(?:of\s+[A-Z][\w’'-]*,?\s+)?$", re.IGNORECASE
        )
        titled = (
            {
                m.entity
                for m in self.index.person_mentions(0, offset)
                if role_before.search(text, max(0, m.span.start - 40), m.span.start)
            }
            if role
            else set()
        )
        titled_pair = next((pair for pair in couples if titled & set(pair)), None)
        if titled_pair is not None:
            return titled_pair
        described = {p.key for p in people if p.start == offset and p.via == "pronoun"}
        if described:
            return next((pair for pair in couples if described & set(pair)), None)
        main = self.index.main_pair()
        return next((pair for pair in couples if main is not None and set(pair) == set(main)), couples[0])

    def _pair_of_sentence_before(self, offset: int) -> tuple[str, str] | None:
        """ "Before Holloway, Quenby dated the musician Fabian Crewe. The two split in 2019": a
        sentence that opens with "the two" / "the pair" / "the couple" goes on about the couple the
        sentence right before it related (one couple claim's pair), or the only two people it
        named; not about the article's main couple.  Only within one paragraph.  Quoted
        sentences in between that relate no pair are passed over ("X and his wife Y have
        separated. 'We remain a family,' he wrote. The couple, who ...")."""
        text = doc_text(self.doc)
        before = self._sentences_before(offset)
        end = offset
        for sent in reversed(before[-_QUOTES_PASSED - 1 :]):
            if "\n" in text[sent.start_char + len(sent.text.rstrip()) : end]:
                return None  # a new paragraph: not the same story
            pair = self._pair_of_sentence(sent)
            if pair is not None or not _QUOTED_SENTENCE.match(sent.text):
                return pair
            end = sent.start_char
        return None

    def _pair_of_sentence(self, sent: Any) -> tuple[str, str] | None:
        """The one couple a sentence relates, or the only two people it names."""
        keys = self._person_keys()
        pairs = {
            frozenset((keys[c.subject], keys[c.object]))
            for c in self.claims
            if c.predicate in COUPLE_PREDICATES
            and sent.start_char <= c.span.start < sent.end_char
            and c.object in keys
            and c.subject in keys
            and c.subject != c.object
        }
        if len(pairs) == 1:
            first, second = sorted(pairs.pop())
            return first, second
        named: list[str] = []
        for mention in self.index.person_mentions(sent.start_char, sent.end_char):
            if mention.entity not in named and mention.entity not in self._characters():
                named.append(mention.entity)
        lead = _LEADING_PRONOUN.match(sent.text)
        if len(named) == 1 and lead:
            # "After the divorce he spent two years with the chef X. The pair dated ...": the
            # person "he" opens with and the one named
            key = self._resolved(lead.group(1).lower(), sent.start_char + lead.start(1))
            if key is not None and key != named[0]:
                return key, named[0]
        return (named[0], named[1]) if len(named) == 2 else None

    def _kin_pair(self, pair: tuple[str, str]) -> bool:
        """Whether the claims of the sentences before make the two parent and child (or two
        children of one parent): no couple."""
        claims = self._claims_before if self._claims_before is not None else self.claims
        return are_kin(claims, self.index.name(pair[0]), self.index.name(pair[1]))

    def _couple_of_either(self, first: str, second: str) -> tuple[str, str] | None:
        """ "X and Y married in 2015. A tabloid claimed Y had grown close to Z. The couple now
        live in ...": two named people no claim couples, one of whom the claims so far couple
        with a third (and the other with no one): "the couple" is that established couple."""
        names = {self.index.name(first): first, self.index.name(second): second}
        if _coupled(self.claims, *names):
            return None
        keys = self._person_keys()
        partners: dict[str, set[str]] = {name: set() for name in names}
        for claim in self.claims:
            if claim.predicate not in ("spouse", "engaged", "partner") or claim.modality != "asserted":
                continue
            for one, other in ((claim.subject, claim.object), (claim.object, claim.subject)):
                if one in partners and other in keys and other not in names:
                    partners[one].add(keys[other])
        coupled = [(names[name], found) for name, found in partners.items() if found]
        if len(coupled) != 1 or len(coupled[0][1]) != 1:
            return None
        return coupled[0][0], next(iter(coupled[0][1]))

    def _recent_pair(self, offset: int) -> tuple[str, str] | None:
        """ "The pair married in 1989. Their son ... The couple separated in 1997": a sentence that
        opens with "the couple" / "they" goes on about the last couple the text related before it
        (a couple claim, or how two met), when that was lately (`_RECENT_PAIR_CHARS`) and no one
        else was named since."""
        keys = self._person_keys()
        best: tuple[int, tuple[str, str], str] | None = None
        # the latest union (not a parting) among them: "she met Ian on set ... until he announced
        # his separation from Ada. || The couple now have six children": the new pair
        union: tuple[int, tuple[str, str], str] | None = None
        # "the former couple": two who were together, not merely two who met
        former = bool(_FORMER_PAIR.match(doc_text(self.doc), offset))
        for seen, claim in enumerate(reversed(self.claims)):
            if seen > _RECENT_PAIR_CLAIMS:
                break
            if (
                claim.predicate not in _RECENT_PAIR_PREDICATES
                or (former and claim.predicate == "met")
                or claim.span.end > offset
                or offset - claim.span.end > _RECENT_UNION_CHARS
                or claim.subject not in keys
                or claim.object not in keys
                or claim.subject == claim.object
            ):
                continue
            if are_kin(self.claims, claim.subject, claim.object):
                continue  # "his late mother Anke ... the couple": a parent and child are no couple
            if (best is None or claim.span.end > best[0]) and offset - claim.span.end <= _RECENT_PAIR_CHARS:
                best = (claim.span.end, (keys[claim.subject], keys[claim.object]), claim.predicate)
            if claim.predicate not in ("divorced", "separated") and (
                union is None or claim.span.end > union[0]
            ):
                union = (claim.span.end, (keys[claim.subject], keys[claim.object]), claim.predicate)
        if best is None:
            return None
        since, pair, predicate = best
        parted: set[str] = set()
        if (
            predicate in ("divorced", "separated")
            and not former
            and union is not None
            and set(union[1]) != set(pair)
            and set(union[1]) & set(pair)
            and not self._parted_pair(union[1])
            and "\n" in doc_text(self.doc)[since:offset]
        ):
            # one of the parted pair and the one they are with now (the other parted may come up:
            # "... until he announced his separation from Ada")
            parted = set(pair)
            since, pair, predicate = union
        if predicate in ("divorced", "separated") and "\n" in doc_text(self.doc)[since:offset] and not former:
            # "X and Y divorced in 2013. || In 2019 the couple went into business": a new
            # paragraph after a parting goes back to the story's couple (but "the exes" and
            # "the former couple" are that parted pair)
            return None
        if "\n" in doc_text(self.doc)[since:offset] and not former and self._side_pair(pair):
            # "..., and Echeverri, who has been married to X since 2012, threatened to sue. || The
            # couple announced their separation": a new paragraph's couple is the story's, not two
            # people mentioned in passing
            return None
        allowed = set(pair) | self._characters() | parted
        for mention in self.index.person_mentions(since, offset):
            if mention.entity in allowed:
                continue
            # "Their son, Crispin, was born in 1991": the couple's own children may come up
            children = {
                keys[c.object]
                for c in self.claims[-_RECENT_PAIR_CLAIMS:]
                if c.predicate == "child" and keys.get(c.subject) in pair and c.object in keys
            }
            if mention.entity not in children:
                return None  # someone else came up since: not plainly that couple
            allowed |= children
        return pair

    def _couple_of_kin(self, pair: tuple[str, str]) -> tuple[str, str] | None:
        """For a parent and child read as a couple: the story's main pair, when it holds one of
        the two and is no kin pair itself; else None."""
        claims = self._claims_before if self._claims_before is not None else self.claims
        names = {self.index.name(pair[0]), self.index.name(pair[1])}
        if not any(c.predicate == "child" and {c.subject, c.object} == names for c in claims):
            return None  # two children of one parent
        main = self.index.main_pair()
        if main is None or not set(main) & set(pair) or self._kin_pair(main):
            return None
        return main

    def _side_pair(self, pair: tuple[str, str]) -> bool:
        """Whether `pair` is two people the text names only in passing (at most twice each) while
        its main pair is another couple, both of whom it names far more often."""
        main = self.index.main_pair()
        if main is None or set(main) & set(pair) or self._kin_pair(main):
            return False
        counts: dict[str, int] = {}
        for mention in self.index.person_mentions(0, len(doc_text(self.doc))):
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
        side = max(counts.get(pair[0], 0), counts.get(pair[1], 0))
        return (
            side <= _SIDE_MENTIONS
            and min(counts.get(main[0], 0), counts.get(main[1], 0)) >= 2 * _SIDE_MENTIONS
        )

    def _parted_pair(self, pair: tuple[str, str]) -> bool:
        """Whether a claim so far parts the two (a divorce or a split) or ends their union."""
        names = {self.index.name(pair[0]), self.index.name(pair[1])}
        return any(
            {c.subject, c.object} == names
            and (
                c.predicate in ("divorced", "separated")
                or (c.predicate in COUPLE_PREDICATES and c.end is not None)
            )
            for c in self.claims
        )

    def _past_union_before(self, offset: int) -> bool:
        """Whether the sentence before `offset` (same paragraph) tells of an earlier marriage or
        relationship ("Hale was previously married to the musician X", "His ex-wife ...")."""
        text = doc_text(self.doc)
        head = text[max(0, offset - _RECENT_PAIR_CHARS) : offset]
        cut = max(head.rfind("\n\n"), head.rfind(". ", 0, max(0, len(head.rstrip()) - 1)))
        return bool(_PAST_UNION.search(head[cut + 1 :] if cut >= 0 else head))

    def _section_couple(self, offset: int) -> tuple[str, str] | None:
        """Under a heading that names a person, "the pair" and "they" are that person and the
        one the section last said they are with ("Ferrier has been dating X ... the pair met")."""
        headings = [key for end, key in self._headings() if end <= offset]
        if not headings:
            return None
        heading = headings[-1]
        name = self.index.name(heading)
        for claim in reversed(self.claims):
            if (
                claim.predicate in ("spouse", "engaged", "partner")
                and claim.object
                and name
                in (
                    claim.subject,
                    claim.object,
                )
            ):
                other = self._person_keys().get(claim.object if claim.subject == name else claim.subject)
                if other is not None:
                    return heading, other
        return None

    def _couple_owners(self, ctx: SentenceContext, at: int, couple: list[Person]) -> list[Person]:
        """Who "the couple's" stands for before a thing they own: the clause's named subject and
        the one spouse or partner the text gave it, when that subject is not of the couple taken."""
        named = [p for p in ctx.people if p.via == "name" and p.end <= at]
        subject = self._subject_person(ctx, at, named) or (named[-1] if named else None)
        if subject is None or subject.key in {p.key for p in couple}:
            return couple
        others = self._partner_of(subject.key)
        if len(others) != 1:
            return couple
        return [subject, Person(others[0], at, at, "couple")]

    def _when_date_before(self, ctx: SentenceContext, cue_start: int) -> DateValue | None:
        """The date a "when" clause hangs on: "since 2017, when he joined from X" (the move's date)."""
        text = doc_text(self.doc)
        for time in reversed(ctx.times):
            if time.span.end <= cue_start and _WHEN_AFTER_DATE.fullmatch(text[time.span.end : cue_start]):
                return self._value_of(time)
        return None
