"""Family rules: children, births, birth dates, ages, marriages named in encyclopaedic prose.

A mixin of `relations.Extractor`: each rule reads one sentence (`SentenceContext`) and adds
claims through the extractor's `_add`; they live apart only to keep each module readable.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from allegedly.model import DateValue
from allegedly.understand.claim_builder import ClaimBuilder
from allegedly.understand.cues import cue_list, relation_lexicon
from allegedly.understand.entities import LIST_JOINT
from allegedly.understand.language import doc_text
from allegedly.understand.non_persons import non_persons
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.lexicon import UNICODE_CASE_EXTRAS

# Those lists, read once (see data/relations.toml).
COUPLE_NOUNS = cue_list("couple_nouns")
CO_PARENT_NOUNS = cue_list("co_parent_nouns")
UNNAMED_KIN = cue_list("unnamed_kin")
KIN_ADJECTIVES = cue_list("kin_adjectives")
ROLE_VERBS = cue_list("role_verbs")
UNION_NOUNS = cue_list("union_nouns")
# A year of the two centuries the news is about ("since 2015", "in 1998").
YEAR = r"(?:19|20)\d\d"

# Between a kinship noun and the name it introduces: "husband X", "son, X", "father, architect
# X", "mother, the Italian actress X" (a description of lowercase job words, perhaps a nationality).
KIN_TO_NAME = re.compile(
    # "her son from that marriage, Oliver": the union the kin comes from may stand between
    # (or "her son from a previous marriage, the broadcaster X")
    r"(?:\s+from\s+(?:that|this|the|his|her|their|a|an)\s+(?:(?:first|second|previous|earlier)\s+)?"
    rf"{UNION_NOUNS})?"
    # "his second wife was the actress X", "his ex-wife, a pediatric surgeon named X", "her first
    # husband, a banker, was X": a copula or a described apposition before the name
    r"(?:\s+(?:was|is)\s+"
    r"|\s*,\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:named|called)\s+"
    r"|\s*,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*(?:was|is)\s+)?"
    # ("her fiancé, NBA player X": an acronym may lead the trade)
    r"\s*,?\s*(?:(?:the|a|an|fellow)\s+)?(?:[A-Z][a-z]+\s+|[A-Z]{2,5}\s+)?"
    # "his father was the jockey X", "her mother, the retired sea captain X": after an article,
    # one to three words of any trade (never a preposition: "a friend of X" is no kin; never a verb of the
    # main clause: "Before meeting his wife, the drummer dated X" names no wife)
    r"(?:(?:(?<=\bthe\s)|(?<=\ban\s)|(?<=\ba\s))(?:(?!(?:of|to|with|for|from|by|and|or|in|at|on|who|that|whose"
    r"|dated|married|wed|met|divorced|dumped|kissed|romanced|joined|left|said|told|has|had|was|is)\b)[a-z][\w-]*\s+){1,3})?"
    # "her daughter, 4-year-old X": the child's age before the name
    r"(?:\d{1,2}-(?:year|month|week)-old\s+)?"
    # "the jewelry designer X", "the fashion model X": one word of trade before the job word
    # (never a preposition: "is son of actor X" names the parent, not a son)
    r"(?:(?!(?:of|to|with|for|from|by|and|or|in|at|on)\s)[a-z][\w-]*\s+(?=[a-z][\w-]*(?:ist|er|or|ian|ess|ant|ent|ect|ive|ger)\s+$))?"
    r"(?:(?:[a-z][\w-]*(?:ist|er|or|ian|ess|ant|ent|ect|ive|ger|ist)|model|chef|star|host|pilot|coach|agent|DJ"
    # ("his girlfriend, midwife Ada Vey")
    r"|midwife|nurse|surgeon|medic|paramedic|vet|physio|barista|poet|mechanic|cook)\s+){0,2}"
    # "her husband Dr. Karl Boone", "his wife, Lady Ada Roe": a title before the name
    r"(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lady|Lord|Prof|Rev)\.?\s+)?"
)

# A child's age after a name may be written in words ("North, four,", "their son Bram, seven,"):
# one to nineteen only, the words that name an exact age ("twenty-something" is no age).
_AGE_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# (longest first, so that "seventeen" is not read as "seven")
_AGE_WORD = "|".join(sorted(_AGE_WORDS, key=len, reverse=True))
# "X, 34, said", "daughter Ines, 3." (the age may close the sentence); "Paulo, two," in words.
# "Reginald Ashcombe, now 88, founded ...": "now" before the age changes nothing.
# (the closing comma may be dropped before "and" and the next of a list of kin: "son Dylan, 15
# and daughter Ivy, 12", "Ada, 15 and Bea, 12")
_AGE_AFTER_NAME = re.compile(
    # ("Roe, 39 - who was ...", "James Roe, 36!": a dash or an exclamation closes it too)
    rf"^,\s*(?:now\s+)?(\d{{1,2}}|{_AGE_WORD})(?:,|[.;)!?](?!\d)|\s+[-–—]\s|$"
    r"|\s+and\s+(?=(?:(?:his|her|their)\s+)?(?:son|daughter|sons|daughters|twins?|baby)\b|[A-Z][a-z]))"
)

# "Ada Roe 53, and former husband Ben Vey 41": a two-digit age right after a name with no comma
# before it (a caption's or a tabloid's shorthand), closing a clause or the sentence.
_AGE_BARE_AFTER_NAME = re.compile(r"^\s([1-9]\d)(?=\s*(?:,\s|[.;)](?!\d)|$))")


def _age_value(said: str) -> str:
    """An age as digits: "4" -> "4", "four" -> "4"."""
    return str(_AGE_WORDS[said.lower()]) if said.lower() in _AGE_WORDS else said


# "30-year-old X", "their 3-year-old daughter, Lux", "the 29-year-old model X"; in words before
# twins ("his six-year-old twins, Ada and Bea") and in a headline's capitals ("Why 88-Year-Old X Quit").
_AGE_BEFORE_NAME = re.compile(
    rf"(?<![\w-])(\d{{1,2}}|(?i:{_AGE_WORD}))-[Yy]ear-[Oo]ld((?:\s+[a-z-]+){{0,3}})(?:,\s*|\s+)$"
)
# "the uncle of the 30-year-old singer, Ivo": the name set off after an aged noun that hangs on
# "of" after a kin noun is apposed to the kin (the uncle), so the age is not the name's
# (not so after a thing: "a photo of their 3-year-old son, Ivo" is Ivo's age).
_OF_AGED_APPOSED = re.compile(
    r"\b(?:father|mother|dad|mum|mom|parents?|son|daughter|brother|sister|uncle|aunt|cousin|nephew|niece"
    r"|grandfather|grandmother|grandson|granddaughter|wife|husband|widow|widower)\s+"
    r"of\s+(?:the|his|her|their)\s+\d{1,2}-year-old\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s*$"
)
# "He was 82.", "She is 41, and ...", "Roe, who turned 50 in May": an age said with a copula.
# "Ignatius, who is now 4.": a relative clause and "now" (as of the report).
# "Mateo, who turned three in August": after a name, an age in words, and the month or year it came.
_AGE_COPULA = re.compile(
    r"^(?:\s*,\s*who(?:\s+was\s+born\s[^.;,]{0,40}?\s+and)?)?\s+(?:is|was|turned|turns|had\s+just\s+turned|(?:today|now)\s+has(?=\s+\d{1,2}\s+years?\b))\s+"
    rf"(now\s+)?(\d{{1,2}}|(?<=turned\s)(?:{_AGE_WORD}))"
    r"(?:\s+years?\s+old|(?<=has\s\d)\s+years?|(?<=has\s\d\d)\s+years)?"
    # ("Otis is 12 now and adores her": "now" after the age too; "Tiago, who is 19 and studies
    # law": a second verb or word joined by "and"; "who today has 16 years": a translated age)
    r"(?=\s*[.;,]|\s+(?:when|at\s+the\s+time|now)\b|\s+in\s+(?:[A-Z][a-z]+|\d{4})\b"
    r"|\s+and\s+(?!(?:a|an|the|half|one|two|three|four|five|six|seven|eight|nine)\b)[a-z]+\b(?!-))"
)
# A name apposed to a possessed noun ("Our daughter, Sunna, is 14"): the comma that closes it.
_POSSESSED_NOUN_BEFORE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*,\s*$"
)
_APPOSITION_CLOSE = re.compile(r"\s*,(?=\s+(?:is|was)\s)")
_AGE_DESCRIPTION = re.compile(r"[Tt]he\s+(\d{1,2})-year-old\b")
# An age in a present relative clause, which may go on with "and": "Tiago, who is 19 and
# studies law", "who was born in 2001 and is now 23" (not "Kit was 22 and working as a waiter").
_PRESENT_RELATIVE_AGE = re.compile(
    r"\s*,\s*who\s+(?:was\s+born\s[^.;,]*?\s+and\s+)?(?:is|turned|turns|today\s+has|now\s+has)\s"
)
# Right before a person and a copula age of a past moment: "since she was 23", "when he was 9".
_PAST_AGE_BEFORE = re.compile(r"\b(?:since|when|until|till|ever\s+since)\s+$", re.IGNORECASE)
# "Ada, 12, Bea, 10, Cy and Dov, 7": after a list of children each with an age, two names joined
# by "and" and one age are twins of that age.
_AGED_LIST_BEFORE = re.compile(
    rf"[A-Z][\w’'-]*,\s*(?:\d{{1,2}}|{_AGE_WORD}),\s*[A-Z][\w’'-]*,\s*(?:\d{{1,2}}|{_AGE_WORD}),\s*(?:and\s+)?$"
)
# "They are the parents of twins, Ada and Bea, 7": twins share the age said after the second
_TWINS_BEFORE = re.compile(r"\btwins?\s*,?\s*(?:(?:sons?|daughters?|boys?|girls?)\s*,?\s*)?$", re.IGNORECASE)
_TWIN_JOINT = re.compile(r"\s+(?:and|&)\s+")
# "pregnant at 48 years old", "aged 48", "at age 48": the clause's subject is that old.
# Two described ages opening a sentence: "The actor, 36, and the singer-songwriter, 31, ...".
# Or the second later in the clause: "The Long Harbour star, 33, proposed to the Swedish model, 29,";
# or both ages before the nouns: "The 34-year-old singer and her 29-year-old boyfriend".
_TWO_DESCRIBED_AGES = (
    re.compile(
        r"\s*The\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s*(\d{1,2}),\s*(?:[^.!?;\d]{0,80}?\s)?the\s+"
        r"(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s*(\d{1,2})(?=\s*[,.;]|\s*$)"
    ),
    re.compile(
        r"\s*The\s+(\d{1,2})-year-old\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s*,?\s+(?:[^.!?;\d]{0,80}?\s)?"
        r"(?:the|her|his)\s+(\d{1,2})-year-old\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?![\w-]|\s+[A-Z])"
    ),
)
_AGE_AT = re.compile(
    r"\b(?:at\s+(?:the\s+age\s+of\s+|age\s+)?(\d{1,2})\s+years?\s+old|aged\s+(\d{1,2})"
    # "X, the voice of the Larks, dies at 78": the age at death
    # ("died May 3 at age 78", "died on 3 May, 2019, aged 78": a date between)
    r"|(?:dies|died|dead)\s+(?:on\s+\w+\s+|peacefully\s+|suddenly\s+"
    r"|(?:on\s+)?(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?,?\s+)?"
    r"(?:at|aged)\s+(?:the\s+age\s+of\s+|age\s+)?(\d{1,2})"
    # "announced his retirement on Friday at the age of 36": read only with a recent time (see `ages`)
    r"|at\s+the\s+age\s+of\s+(\d{1,2})(?!\s*(?:years|-))"
    r")\b"
)
# "At 41, Ana Roe is ...", "At 41 years, Ana Roe is ...": an opening age, then its holder and a
# present tense (the age now); a past tense ("At 19, she moved to London") is an age then.
# Before a name inside a relative clause set off by commas ("A, whose real name is "): the name
# is not the subject of the main clause that goes on after the clause's closing comma.
_IN_RELATIVE_CLAUSE = re.compile(r",\s*(?:whose|who)\b[^,]*$")
# After a name, its possessive and a noun before the cue's verb: the noun is the clause's subject.
_POSSESSED_SUBJECT = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*$")
_AGE_OPENING = re.compile(r"\W*At\s+(?:age\s+)?(\d{1,2})(?:\s+years(?:\s+old|\s+of\s+age)?)?\s*,\s*")
_PRESENT_AFTER_OPENING_AGE = re.compile(r"\s+(?:is|has|remains|feels|lives|says|looks|seems)\b")
# "twins, Ada and Bea, who are 6": a plural copula after two names joined by "and" ages both.
_AGE_OF_TWO = re.compile(rf"^\s*,\s*who\s+are\s+(?:now\s+)?(\d{{1,2}}|{_AGE_WORD})\b")
# "daughters, Ada and Bea, who are 6 and 3": two ages, in the names' order.
_AGES_OF_TWO = re.compile(
    rf"^\s*,\s*who\s+are\s+(?:now\s+)?(\d{{1,2}}|{_AGE_WORD})\s+and\s+(\d{{1,2}}|{_AGE_WORD})\b(?!\s*-)"
)
# "Ada, who was born in July 2009 and has just turned 16": an age reached by the report's time.
# ("Ada, who was born on Valentine's Day 2019 and turned 6 last month": a past tense with a
# recent time after it says the same)
_AGE_JUST_TURNED = re.compile(
    rf"^\s*,\s*who\s+(?:[^.;,]{{0,40}}?\s+and\s+)?(?:(?:has|have)\s+(?:just\s+|now\s+|recently\s+)?turned\s+"
    rf"(\d{{1,2}}|{_AGE_WORD})\b|(?:just\s+|recently\s+)?turned\s+(\d{{1,2}}|{_AGE_WORD})"
    r"(?=\s+(?:last|this)\s+(?:week|weekend|month)\b))"
)
# ", who just turned seven" (no "has"; "twins A and B, who just turned seven": both)
_AGE_WHO_JUST_TURNED = re.compile(rf"^\s*,\s*who\s+(?:just|recently)\s+turned\s+(\d{{1,2}}|{_AGE_WORD})\b")
# After "turned 40 yesterday", the birth date in brackets: " yesterday (".
_BIRTH_IN_BRACKETS = re.compile(r"\s*(?:\w+\s+){0,2}\(\s*(?:born\s+|b\.\s*)?")
# "X turned 30 on Sunday", "X, our favourite chef, turned 30 this week": a birthday just past
_AGE_TURNED_LATELY = re.compile(
    r"^(?:\s*,\s*(?:our|the|a|an|his|her)\s+[^,.;()]{1,60},)?\s+(?:has\s+)?(?:just\s+)?turned\s+"
    rf"(\d{{1,2}}|{_AGE_WORD})(?=\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this)\s+(?:week|weekend|month)|today|yesterday)\b)"
)
# "Ada and Bea, who were born in 2012 and celebrated their 13th birthday this spring": an age
# reached by the report's time ("their": both names joined by "and").
_AGE_BIRTHDAY = re.compile(
    r"^\s*,\s*who\s+(?:[^.;,]{0,50}?\s+and\s+)?(?:has\s+|have\s+)?(?:just\s+|recently\s+)?"
    r"celebrated\s+(?:his|her|their)\s+(\d{1,2})(?:st|nd|rd|th)\s+birthday\b"
)
# A birthday being celebrated, and its owner: "rang in her 22nd birthday", "celebrated her husband
# X's 38th birthday", "fresh off his 43rd birthday", "threw a party for her 30th birthday" (an age
# reached now; never "on her 21st birthday", a moment told in passing, nor a past year's).
_BIRTHDAY_CELEBRATED = re.compile(
    r"\b(?:celebrat(?:ed|es|ing|e)|r(?:a|i)ng(?:s|ing)?\s+in|mark(?:ed|s|ing)|toast(?:ed|s|ing)|fresh\s+off"
    r"|(?:threw|throws|throwing|hosted|hosts|hosting)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:party|bash)\s+for)"
    r"\s+(?P<owner>(?:his|her|their)\s+|(?:(?:his|her|their)\s+\w+\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*[’']s\s+)"
    r"(?P<n>\d{1,2})(?:st|nd|rd|th)\s+birthday\b"
)
# A sentence that opens on more children, born after one told before: "Sons B and C followed in
# 2019 and 2022", "A son, D, arrived in 2020", "Twins E and F came along in 2021".
_LATER_CHILDREN = re.compile(
    r"^\s*(?P<kin>(?:(?:a|another|a\s+second|a\s+third)\s+(?:son|daughter|boy|girl|baby)"
    r"|(?:two\s+|three\s+)?(?:sons|daughters|twins|boys|girls))\b)[^.;]{1,80}?"
    r"(?=\b(?:followed|arrived|came\s+along|were\s+born|was\s+born)\b)",
    re.IGNORECASE,
)
# "Kang Min-jae (28) is dating Yoon Ha-eun (26)": an age in brackets right after a name.
_AGE_IN_BRACKETS = re.compile(r"^\s*\((\d{1,2})\)(?![\w-])")
# (not when a name follows the age: "X and Y, the 36-year-old Kara Roe ..." is Kara's age)
_AGE_APPOSITION = re.compile(r"^,\s*(?:a|an|the)\s+(\d{1,2})-year-old\b(?!\s+[A-Z][\w’'-]+\s+[A-Z])")
# A verb right after "the N-year-old": the description is its clause's subject, not in apposition
# to the name before ("Once wed to A and B, the 36-year-old is thrilled": not B's age).
_VERB_AFTER_AGE = re.compile(
    r"\s+(?:is|isn[’']t|was|wasn[’']t|has|hasn[’']t|had|hadn[’']t|will|won[’']t|would|wouldn[’']t"
    r"|can|can[’']t|could|couldn[’']t|does|doesn[’']t|did|didn[’']t|says|said|told|added)\b"
)
# What an age said of a pronoun or a description needs ("he was 82", "The Salt Harbor star, 41,",
# "the 47-year-old actress", or `_AGE_AT`), read up to `_COPULA_AGE_REACH` past the sentence as
# `_AGE_COPULA` is: without it only names can be given an age, and `ages` leaves the sentence's
# pronouns unresolved (most of the cost of reading a sentence).
# (The second comma form is `_AGE_AFTER_NAME` cut short by its 10-character window, where `$` can
# end the age in the middle of a longer number: only after that much space.)
_AGE_OF_REFERENCE = re.compile(
    r"(?:is|was|turned|turns)\s+(?:now\s+)?\d{1,2}(?!\d)|,\s*(?:now\s+)?\d{1,2}(?!\d)|,[\snow]{6,}\d|-year-old"
)
_COPULA_AGE_REACH = 40
# Every match of `_AGE_AT` holds a digit, and every one of `_AGE_OF_REFERENCE` a digit or
# "-year-old": a text with neither spares their searches (most sentences hold no digit, and
# neither pattern has a first character the regex engine can skip ahead to).
_DIGIT = re.compile(r"\d")


# "the son of", "a daughter of", "the eldest child of": the parents follow.
# "the eldest of five children of", "the second of three sons of": one child of them (see
# `_ONE_OF_CHILDREN`).
_CHILD_OF = re.compile(
    r"\b(?:(?:the\s+)?(?:[a-z]+est|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"youngest|eldest|oldest)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:children|sons|daughters)\s+of\b"
    r"|(?:the|a|an|only|eldest|youngest|second|third|[a-z]+est)?\s*(?:son|daughter|child|children|sons|daughters)\s+of\b)",
    re.IGNORECASE,
)
# "a daughter of my own", "a son of her own": one's own child, no parents named.
_OF_ONES_OWN = re.compile(r"\s+(?:my|his|her|their|your|our)\s+own\b", re.IGNORECASE)
# The words every `_CHILD_OF` match ends with ("son of", "children of").
_KIN_OF = re.compile(r"(?:son|daughter|child|children|sons|daughters)\s+of\b", re.IGNORECASE)
# "the eldest of five children of": a single child, though the noun is plural.
_ONE_OF_CHILDREN = re.compile(
    r"\bof\s+(?:the\s+)?(?:[a-z]+\s+)?(?:children|sons|daughters)\s+of$", re.IGNORECASE
)


# "A married B in 1991, and Cy is the younger of their two children": the child after a name,
# the owners a possessive (see `one_of_their_children`).
_ONE_OF_THEIR = re.compile(
    r"\s+(?:is|was)\s+(?:the\s+)?(?:younger|elder|older|youngest|eldest|oldest|middle|second|third|only)"
    r"(?:\s+(?:child|son|daughter))?\s+of\s+(?P<owner>their|his|her)\s+(?:[a-z]+\s+)?"
    r"(?:children|sons|daughters|kids|boys|girls)\b"
)
# "His parents are A and B", "Ana's Greek parents were A and B": the owner's parents follow.
# (or in apposition: "Her parents, A and B, were there", "Ana Roe's parents, A, a banker, and B")
_APOSTROPHE_S = ("'s", "’s")
_OWNER_TO_PARENTS = re.compile(
    r"(?:his|her|[^\s,;]+['’]s)\s+parents(?:\s+(?:are|were)\s+|\s*,\s*)", re.IGNORECASE
)
_TITLE_GAP = re.compile(r"\s{0,3}(?:(?:Lady|Lord|Sir|Dame|Dr|Prince|Princess|Queen|King)\.?\s+)?")
# A parent's trade in apposition before the name: "parents, retired diplomat A", "the banker A".
_TRADE_GAP = re.compile(r"\s{0,3}(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,3}")
_PARENTS_ARE = re.compile(r"\b(?:[\w’'-]+\s+){1}(?:[A-Za-z-]+\s+)?parents(?:\s+(?:are|were)\s+|\s*,\s*)")

# Between the owner and "marriage": "His first marriage, to X", "her brief marriage to X".
# ("her 2015 wedding to X", "his brief 2009 marriage to X": the union's year may come first, and
# then dates it)
_OWNER_TO_UNION = re.compile(
    r"(?:['’]s)?\s+(?:(?:first|second|third|fourth|fifth|previous|earlier|brief|short-lived|own|[a-z]+-year"
    rf"|(?P<year>{YEAR}))\s+){{1,2}}"
)
# "His first marriage, to X, began in 1956 and ended in divorce in 1964": the union's own years.
# ("..., lasted from 1990 to 1998": both years at once)
_UNION_BEGAN = re.compile(
    r"^\s*,?\s*(?:(?:began|started)\s+in\s+((?:1[89]|20)\d\d)"
    r"(?:\s+and\s+ended\b[^.;]{0,30}?\bin\s+((?:1[89]|20)\d\d))?"
    r"|lasted\s+from\s+((?:1[89]|20)\d\d)\s+(?:to|until)\s+((?:1[89]|20)\d\d))"
)
# "His brief marriage to X ended in 2009", "... ended in divorce in 2009": the union's end only.
_UNION_ENDED = re.compile(
    r"^\s*,?\s*(?:was\s+)?ended\s+(?:in\s+(?:a\s+)?divorce\s+)?in\s+((?:1[89]|20)\d\d)\b"
)
# After "her wedding to X": a wedding not (yet) held ("was called off", "was postponed", "will take
# place in June", "is set for May") makes no spouses.
_WEDDING_NOT_HELD = re.compile(
    r"^\s*,?\s*(?:(?:was|were|has\s+been|had\s+been|is|are|will\s+be|would\s+have\s+been)\s+"
    r"(?:called\s+off|cancell?ed|postponed|delayed|scrapped|set\s+for|planned|scheduled|slated)\b"
    r"|will\b|would\b|is\s+(?:to|going\s+to)\b)",
    re.IGNORECASE,
)
# "his marriage to", "her marriages to", "Ana's wedding to": the spouse (or spouses) follow.
_MARRIAGE_TO = re.compile(
    # "her second marriage, to the sculptor X": a described spouse after a comma too
    # (the description's words are lowercase: "the actress Rosa Kint" leaves the name to match)
    # ("to the Norwegian model X": a nationality may lead the description)
    # ("her own marriage to the DJ X": an acronym of a trade before the name)
    # ("her five-year marriage with X": "with" after a marriage, never after a wedding, which is
    # held "with" its guests)
    r"\b(?:marriages?\s*,?\s+(?:to|with)|wedding\s*,?\s+to)\s+(?:(?:the|a|an)\s+(?:(?-i:[A-Z])[a-z]+\s+(?=(?-i:[a-z]))|(?-i:[A-Z]{2,5})\s+(?=(?-i:[A-Z])))?"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,3}|(?:actor|actress|singer)\s+)?",
    re.IGNORECASE,
)

# "the father of", "a mother of", "X (father of Y)": the children follow.
# ("is the proud mom of Rafe, 6", "a doting dad of two: A and B": the homely words too)
_PARENT_OF = re.compile(
    r"(?:\b(?:the|a|an)\s+|\(\s*)(?:(?:proud|biological|real|doting|devoted|loving)\s+)?"
    r"(?:father|mother|dad|mum|mom|parents?)\s+of\s+"
    # "The couple, who are parents of A and B": the plural with no article after its copula
    r"|\b(?:are|were)\s+(?:(?:proud|doting)\s+)?parents\s+of\s+"
    # "He is also father to Ilse, 11", "she is mother to two sons, A and B"
    # ("he's a wonderful father to Otis": a contracted copula, a word of praise)
    # ("Jensen is already dad to son Reggie": "already" or "now" before the noun)
    r"|(?:\b(?:is|was|became)|['’]s)\s+(?:(?:also|already|now)\s+)?(?:a\s+)?"
    r"(?:(?:proud|wonderful|great|good|loving|devoted|doting|brilliant|amazing|fantastic|hands-on)\s+)?"
    r"(?:father|mother|dad|mum|mom)\s+to\s+"
    # "the pair divorced in 2018 and share custody of Boone": the two are Boone's parents
    r"|\b(?:share|shares|shared|sharing)\s+(?:joint\s+)?custody\s+of\s+",
    re.IGNORECASE,
)

_PARENT_OF_WORDS = ("father", "mother", "parent", "dad", "mum", "mom", "custody")  # in every match
_CHILDREN_LIST_WORDS = ("children", "kids", "sons", "daughters")  # in every `_CHILDREN_LIST` match


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive pattern every match of which holds one of `words` (lowercase
    ASCII) may match in `text`: a cheap test that spares its slow search. (A character the regex
    engine takes for an ASCII letter, `UNICODE_CASE_EXTRAS`, always passes.)"""
    lowered = text.lower()
    return any(w in lowered for w in words) or any(c in text for c in UNICODE_CASE_EXTRAS)


# A count after "mother of" that names no child: "wondered whether the mother of two had spoken to X"
# (the description's count, then the sentence goes on; "the father of three, A, B and C" and "the
# mother of two sons, A and B" name them).
_COUNT_ONLY = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?!\s*(?:,|:|—|–|-|\(|"
    r"(?:young\s+|grown\s+|adult\s+|little\s+)?(?:children|kids|sons|daughters|boys|girls)\b))",
    re.IGNORECASE,
)
# "left the mother of his three sons, X", "married the father of her son, X": read right
# before the child noun, the name after that noun is the other parent, no child. (Only after a
# verb or a preposition: "X, the mother of his son, Kit," names the son.)
PARENT_OF_KIN = re.compile(
    r"\b(?:from|with|to|by|for|and|married|marry|divorced|dated|left|leaves|wed)\s+(?:the\s+)?"
    r"(?:mother|father|mom|mum|dad|parents?)\s+of\s+(?:his|her|their|[A-Z][\w’'-]*['’]s?)\s+"
    r"(?:(?:two|three|four|five|six|eldest|oldest|youngest|only|first|newborn|baby|twin)\s+)?$",
    re.IGNORECASE,
)
# The same up to a name after the child noun: "left the mother of his three sons, X,".
_PARENT_OF_KIN_NAME = re.compile(
    PARENT_OF_KIN.pattern.removesuffix("$")
    + r"(?:children|kids|sons|daughters|son|daughter|child|baby|twins)\s*,\s*$",
    re.IGNORECASE,
)

# A sentence that opens with the birth: "Born in Lisbon to A and B, Roe ...".
_FRONTED_BORN = re.compile(r"\s*Born\b")
# A verb right after a name (a lowercase word not a conjunction or preposition).
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|the|a|an|of|in|on|at|to|with|who|whom|which)\b)[a-z]+(?:ed|s)?\b")
# "was born in Leeds, England, to": the parents follow "to" (a place may come between);
# "born of A" names the mother in older and encyclopaedic prose.
# How many of the people the text names most a misread "she" may stand for instead.
_STORY_PEOPLE = 3
# ("born in December of that year": a month's year, no parent)
_BORN_TO = re.compile(
    r"\b[Bb]orn\b(?:\s+(?:in|at|on)\s+[^.;()]{1,60}?)?,?\s+"
    r"(?:to|of(?!\s+(?:that|this|the\s+same|the\s+following|the\s+next|last|next)\s+year))\b"
)

# Between the one named and "the son of" of a relative clause: "A, who was the son of B": A is
# the son, not the sentence's subject ("He was born in Leeds, the son of A, who was the son of B").
_RELATIVE_KIN = re.compile(r"\s*,?\s*who\s+(?:was|is)(?:\s+also)?\s*")

# Between a pronoun and "the daughter of" it is said to be: "she happened to be the daughter of".
_PRONOUN_COPULA = re.compile(r"\s+(?:was|is|(?:happened|seemed|proved|turned\s+out)\s+to\s+be)\s*")

# After the parents of "X was born to A and B" / "X, the son of A", a sibling of X in a later
# clause of the same sentence: "...; his sister, Ana Roe, is an actress". A full sibling shares
# both parents; "half-sister" or "stepbrother" does not match (they share one or none).
_SIBLING_AFTER_PARENTS = re.compile(
    r"\s*(?:;|,)\s*(?:(?:and|while|whereas)\s+)?(?P<owner>his|her)\s+"
    r"(?:(?:younger|older|elder|big|little|twin|only|full)\s+)?(?:brothers?|sisters?|siblings?)\s*,?\s*"
)

# Between a plural subject and "the children of": a copula ("A and his twin B were the children of").
_PLURAL_COPULA = re.compile(r"\s+(?:were|are)(?:\s+both|\s+all)?\s*")
# Or an apposition: "A and B (third and fourth sons of C)", "A and B, the sons of C".
_PLURAL_APPOSITION = re.compile(r"\s*(?:\(|,)\s*(?:[a-z]+\s*){0,4}")
# Between two names of a joint subject: "A and B", "A (Sanskrit: ...) and his twin brother B".
_JOINT_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()]{0,40}\))?\s*(?:,|,?\s+and)\s+(?:(?:his|her)\s+(?:[a-z-]+\s+){0,3})?"
)

# A seat after a name, part of it: "John of Ely", "Louis de Vey".
_SEAT = r"(?:\s+(?:of|de|von)\s+[A-Z][\w’'-]+)?"

# "Lord of Beauvoir", "comte de Martigny (1678–1733)", "Duke of Anjou": a rank and its seat.
_RANK_APPOSITION = (
    r"(?!(?:son|daughter|child|wife|husband|widow|father|mother|brother|sister)\b)"
    r"(?:[\w’'-]+\s+){1,2}(?:of|de|du|von|d’)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\s*\([^()]{1,30}\))?"
)

# Between two parents: "and", perhaps with the second parent's description ("and the actor ");
# an apposition on the first parent may come before it ("A, a Zambian engineer, and B").
# Life years in brackets may follow the first ("A (1820–88) and his wife B").
# A style of rank may stand as the apposition: "John of Ely, Lord of Beauvoir and Ann Roe",
# "Louis du Han, comte de Martigny (1678–1733) and his wife Ann" (not a kinship: "A, son of B, and C").
_PARENTS_GAP = re.compile(
    # ("her brothers, Omid, 14, and Nils, 11": an age after a name)
    r"\.?" + _SEAT + r"(?:\s*\([^()]{1,30}\))?(?:\s*,\s*\d{1,2}(?![\d,.]*\d))?"
    r"(?:,\s*(?:(?:a|an|the)\s+[\w\s’'-]{1,40}?|" + _RANK_APPOSITION + r"))?,?\s+and\s+"
    # ("and a Welsh schoolteacher, B": a nationality after the article, a comma before the name)
    r"(?:(?:the|a|an|his|her)\s+(?:[A-Z][a-z]+\s+)?)?(?:(?!of\b)[a-z][\w-]*\s+){0,4}(?:(?!of\b)[a-z][\w-]*,?\s+)?"
    # ("A, a retired pilot, and his wife, B": a spouse's noun apposed to the next name)
    # ("A and her husband, the banker B")
    rf"(?:{COUPLE_NOUNS},\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}})?"
)
# Between a person and the "his"/"her" of "A (1801–70) and his wife B", "King A of Spain, his
# wife, B": the possessive is that person's, whoever the pronoun resolver would pick.
OWNER_BEFORE_POSSESSIVE = re.compile(
    # "Kelly Marsh, 36, and her husband X": an age after the name
    _SEAT + r"(?:\s*\([^()]{1,40}\)|\s*,\s*\d{1,2}(?=\s*,))?"
    r"(?:,\s*" + _RANK_APPOSITION + r")?"
    # a job as apposition: "his step-brother Quenu, a butcher and his wife Lisa"
    r"(?:,\s*(?:a|an|the)\s+[a-z][a-z -]{0,30}?)?(?:\s*,\s*|,?\s+and\s+)"
)
# Between a full name and the "his"/"her" of a companion: "the tennis player A Roe with his
# girlfriend, the model B", "A Roe, joined by her husband B" (a lone word before "with" may be a
# title's: "made Mr and Mrs Smith with his wife").
WITH_BEFORE_POSSESSIVE = re.compile(
    r",?\s+(?:(?:arrived|came|attended|posed)\s+)?(?:with|alongside|(?:accompanied|joined)\s+by)\s+"
)

# After a name (outside brackets), what introduces its birth date: ", born ", " was born ".
_BORN_AFTER_NAME = re.compile(r"^\s*(?:,\s*(?:who\s+was\s+)?(?:born|b\.)\s*|\s+(?:was|is)\s+born\s+)")
# After a pronoun only the verb counts: "She was born in Leeds in 1977".
_BORN_VERB_AFTER_PRONOUN = re.compile(r"^\s+was\s+born\s+")
# Anywhere in a sentence: without it no pronoun there is born, and `birth_dates` reads names only.
_BORN_VERB_ANYWHERE = re.compile(r"\swas\s+born\s")
# Between a child just welcomed and its other parent: "welcomed Rafferty, her first child, with
# her boyfriend, restaurateur Julian Markovic", "had a son, Leo, with the actor Ben Vey".
_WITH_OTHER_PARENT = re.compile(
    r"(?:\s*,\s*(?:her|his|their)\s+[a-z -]{1,30})?,?\s+with\s+(?:(?:her|his|the)\s+)?(?:[a-z-]+,?\s+){0,3}"
)
# Right after a mother's name, her maiden name: "Ruth Roe (née Ott)", "Ruth Roe, née Ott".
_MAIDEN_NAME_AFTER = re.compile(r"\s*[(,]?\s*(?:née|nee)\s")
# Inside brackets after a name: "born" or "b." introduces the birth date.
_BORN_WORD = re.compile(r"(?:^|[\s;,])(?:born|b\.)\s*")
# "(D1 – D2)": the first date of a life span is followed by a dash, and a year after it.
_LIFE_RANGE_DASH = re.compile(r"[–—-][^()]*?\b\d{3,4}\b")
# Letters after a name before its brackets: "X, OBE (born ...)", "X Jr. (born ...)", "X III (".
_NAME_SUFFIX = re.compile(
    r"^(?:,?\s*(?:[A-Z]{2,5}|Jr\.?|Sr\.?|[IVX]{1,4}|\d+(?:st|nd|rd|th)\s+[A-Z][a-z]+)\b\.?)+(?=,?\s*\()"
    # honours and orders: "X, Commendatore OSSI, T.C, (born ..."
    r"|^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}){1,3},?(?=\s*\()"
    # a rank and its seat: "Louis du Han, comte de Martigny (1678–1733)"
    r"|^,\s*(?:[a-z]+\s+){1,2}(?:of|de|du|von)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},?(?=\s*\()"
    # a birth name: "Eva Roe-Vey, née Vey (18 December 1931 – ...)"
    r"|^,?\s*(?:née|nee)\s+[^\W\d_][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,?(?=\s*\()"
)
# Places before a life span's first date: "(San Fernando, Chile, August 29, 1869 – ...)".
_LEADING_PLACE = re.compile(r"(?:[A-Z][^\W\d]*(?:[\s-]+[A-Z][^\W\d]*){0,3},\s*){1,3}")

# "(1920 – 2001)", "(born 1963)", "(b. 1963)", "(1859 in London – 1932)": life years right
# after a name, perhaps after a pronunciation or another spelling ("(; Foma Dvorzhetsky; 1859–1920)").
# A bare "(2012)" after a name dates a work or an event, not a birth.
_LIFE_YEARS = re.compile(
    r"^,?\s*\(\s*(?:[^();]{0,60};\s*){0,2}(?:(?:born\s+|b\.\s*)(\d{4})\s*(?:[–—-]\s*(?:\d{4})?\s*)?\)"
    r"|(?:c\.\s*|ca\.\s*|circa\s+|about\s+)?(\d{4})(?:\s+(?:in\s+)?[A-Z][^()–—\d]{0,40}?)?\s*[–—-]([^()]{0,40})\))"
)
# A life is longer than this many years: "(1946-1950)" after a name in a list of a school's
# pupils is their time there, not their life.
_SHORTEST_LIFE_SPAN = 15

# "three children: ", "two sons, ", "a daughter, ": a list of the children's names follows;
# "three children with Ana Roe: " names the other parent first.
# A birth year in brackets after a child's name: "(born 1964)", "(b. 1967)", "(1971)".
_BORN_BRACKET = re.compile(r"\s*\((?:born\s+|b\.\s*)?(?:[A-Z][a-z]+\s+)?\d{4}\)")


def _blank(match: re.Match[str]) -> str:
    """A match's text as as many spaces (offsets after it stay where they were)."""
    return " " * len(match.group(0))


_CHILDREN_LIST = re.compile(
    r"\b(?:\w+\s+)?(?:children|kids|sons|daughters)"
    r"(?:\s+(?:together\s+)?with\s+(?P<with>[^:,;.()]{1,60}?))?"
    # ("two children from his first marriage, Ada and Bea": an earlier union naming no one else)
    r"(?P<earlier>\s+from\s+(?:(?:a|an|his|her|their)\s+(?:(?:previous|earlier|former|first|past|prior)\s+)?"
    r"(?:marriage|relationship|union)|before))?"
    r"(?:\s*(?::|,|together\s*[:,—–]|—|–)|\s+(?:include|includes|included|are|were|was)\b"
    # "custody of their three children is being settled - A, 15, B, 13": a short clause, a dash
    r"|(?:\s+(?-i:[a-z][a-z’']*)){1,4}\s+[-—–](?=\s))\s*",
    re.IGNORECASE,
)

# A kin noun inside a list of children, before the name it gives: "three children with Y: sons
# A and B, and daughter C" (the list is of the children all the same).
# ("A, 11, and nine-year-old twins B and C": the twins' age may lead the noun)
_KIN_IN_LIST = re.compile(
    rf"\s*(?:(?:\d{{1,2}}|{_AGE_WORD})-year-old\s+)?"
    r"(?:sons?|daughters?|twins|twin\s+(?:sons|daughters|boys|girls))\s+(?=[A-Z]|$)"
)
# A possessive's children named right after the noun, with no colon or comma: "wrote of her children
# A, 16, B, 13, and C", "Ana Roe's kids Bo and Cy" (the owner is the possessive's alone).
_POSSESSED_CHILDREN = re.compile(
    r"\b(?P<owner>his|her|their|[A-Z][\w’'-]*['’]s)\s+(?:(?:[a-z]+|\d{1,2})\s+)?(?:children|kids)\s+(?=[A-Z][a-z])"
)

# A children's list whose names each take a clause: "Ada, born in 2014, and Bea, who arrived
# in July 2018", "Teo, who is 6, and Ned, who is 3" (the clause never holds a comma).
_CLAUSE_LIST = re.compile(
    r"\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,\s*(?:who\s|born\s)[^,;.()]{1,40},\s*(?:and\s+)?[A-Z]"
)
_CLAUSE_GAP = re.compile(r"\s*,\s*(?:who\s|born\s)[^,;.()]{1,40},\s*(?:and\s+)?")
# After a children's noun, one of them named alone: "three children, the eldest of whom, Nell".
_ONE_OF_WHOM = re.compile(r"the\s+(?:eldest|oldest|youngest)\s+of\s+whom\s*,?\s*")

# Between two names of a list: a comma or "and", and perhaps names the tagger did not mark;
# each name perhaps with an age ("three children: Ada, 16, Bea, 13, and Cy, 9").
_LIST_GAP = re.compile(
    rf"(?:\s*,\s*(?:\d{{1,2}}|{_AGE_WORD})\b)?\s*(?:,|and|,\s*and)\s*"
    rf"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}(?:\s*,\s*(?:\d{{1,2}}|{_AGE_WORD})\b)?\s*(?:,|and|,\s*and)\s*)*"
    # "two children: the screenwriter Ana Roe, 35, and the barrister Ben Roe, 31": a trade before a name
    r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,2})?"
)

# "the wife of", "widow of", "the former husband of": the spouse follows.
_SPOUSE_OF = re.compile(
    r"\b(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|fifth|last|late|only)\s+)?"
    r"((?:former\s+|ex-)?(?:wife|husband|widow|widower|spouse))\s+of\b",
    re.IGNORECASE,
)
_SPOUSE_OF_WORDS = ("wife", "husband", "widow", "spouse")  # one of them is in every match
# Between a person and "the wife of": an apposition or a copula ("X, the wife of", "X was the wife of").
_SPOUSE_OF_GAP = re.compile(r"\s*,\s*|\s+(?:is|was|became|remained)\s+")


# After a child's name, what says the child was born: ", born", " (born", ", was born",
# ", who arrived", " arrived", ", who came along", "(b.".
_BORN_AFTER_CHILD = re.compile(
    r"^\s*(?:,\s*|\(\s*)?(?:who\s+)?(?:was\s+|were\s+)?(?:born|b\.|arrived|came\s+along|joined\s+the\s+family)\b"
)


# An age said with a name in a sentence about a recent event ("when the affair broke in June
# 2023, X, 25, ...") is the age then; about an event years back ("Arden, 44, founded his firm in
# 2005") it is the age at the time of writing.  Recent: this many years before the report.
_RECENT_EVENT_YEARS = 1


# "from a previous relationship with", "from her first marriage to": the other parent follows.
_FROM_EARLIER_UNION = re.compile(
    # ("a son, Felix, from his relationship with X": the union need not be called earlier)
    r"\bfrom\s+(?:a|an|his|her|their)\s+(?:(?:previous|earlier|former|first|past|prior)\s+)?"
    rf"{UNION_NOUNS}\s*,?\s+(?:with|to)\b",  # "from her first marriage, to X"
    re.IGNORECASE,
)


# Between a list of children and the union they come from ("A and B, from her first marriage").
_UNION_GAP = re.compile(r"\s*,?\s*")
# After a possessed child noun: "with" the other parent, then the child's name ("her son with
# Teo Vale, Ivo Vale").
_CHILD_WITH = re.compile(
    r"\s+(?:together\s+)?with\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3})?"
    r"(?P<other>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*,\s*"
)
# Between a plural child noun and the first name the tagger knew of its list: a colon or a
# comma, perhaps first-name items it missed with their ages ("three children: Hollis, 16, Ada, 13").
# ("have a daughter together, Ottilie": "together" may stand before the comma; "have three
# children, the eldest of whom, Nell, is at university": the one child the list names)
_TO_FIRST_CHILD = re.compile(
    # ("two children from his first marriage, Ada and Bea", "a son from before, Tiago": an
    # earlier union that names no other parent)
    r"(?:\s+from\s+(?:(?:a|an|his|her|their)\s+(?:(?:previous|earlier|former|first|past|prior)\s+)?"
    r"(?:marriage|relationship|union)|before))?"
    r"(?:\s+together)?\s*[:,]?\s*(?:the\s+(?:eldest|oldest|youngest)\s+of\s+whom\s*,?\s*)?"
    rf"(?:[A-Z][a-z]+\s*,\s*(?:\d{{1,2}}|{_AGE_WORD})\s*,\s*(?:and\s+)?){{0,3}}"
)
# Between the two names of a joint subject: "Ana Vey and Ben Roe have", "Ana and her husband Ben
# Roe have" (the spouse's noun between keeps them one pair of parents).
# ("Ivo Roe and his ex, model Ada Vey, share a son": a former partner, perhaps described, too)
_JOINT_PARENTS = re.compile(
    # ("Veld, 47, and Aoki, 44, share a daughter": an age after the first name)
    rf"(?:\s*,\s*\d{{1,2}}\s*,)?\s+(?:and|&)\s+(?:(?:his|her)\s+(?:(?:ex-|former\s+)?{COUPLE_NOUNS}|ex)\s*,?\s+"
    r"(?:(?<=,\s)(?:the\s+)?[a-z][\w-]*\s+)?)?"
)
# Between two names of one children's list: perhaps a birth year in brackets, then "and" or a comma.
# Or an age: "three children: Ada, 16, Bea, 13, and Cy, 9".
_CHILD_LIST_GAP = re.compile(
    rf"(?:\s*\([^()]{{0,30}}\)|\s*,\s*(?:\d{{1,2}}|{_AGE_WORD})\b)?\s*(?:,|,?\s+and)\s+"
)

# From one who adopts to the child's possessive owner: "Mara Quell adopted Ivo Lark's daughter",
# "Roe, 41, has since adopted Ivo's son" (an apposed age or description may stand between).
_ADOPTER_TO_OWNER = re.compile(
    r"(?:\s*,[^,;()\n]{1,40},)?\s+(?:(?:has|have|had|later|since|legally|formally|officially|also|then)\s+){0,3}"
    r"adopt(?:ed|s)\s+$"
)
# An adoption before a child noun ("adopted his wife's son, Milo, in 2018"): the date that follows
# is the adoption's, read as the child's date like a birth's ("we adopted our son, Ivo, in 2020").
_ADOPTED_BEFORE = re.compile(
    r"\badopt(?:ed|s)\s+(?:(?:his|her|their|our)\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
)

# An adoption of a person named right after the verb: "Bram Tull formally adopted him in 2008",
# "X, who formally adopted Oren once ..." (read only for one the text already made someone's
# child: a bare "adopted" before a name may take a stage name, a pet or a cause).
_ADOPTED_PERSON = re.compile(
    r"\b(?:(?:legally|formally|officially|later|also|then|eventually)\s+)?adopt(?:ed|s)\s+(?=[A-Z]|him\b|her\b)"
)

# A sentence that opens with a clause on a bare partner's noun and name: "While wife X, 37,
# attended the event, he stayed home", "With husband X by her side, Y accepted": X is the partner
# of the main clause's subject (the noun has no owner of its own).
_LEADING_BARE_PARTNER = re.compile(
    rf"\W*(?:While|As|When|With|Alongside|Along\s+with|Together\s+with)\s+(?P<noun>{COUPLE_NOUNS})\s*,?\s+(?=[A-Z])"
)

# After "her": a word that makes it a possessive ("adopted her son"), not the one adopted
# ("adopted her in 2006").
_POSSESSIVE_HER = re.compile(
    r"\s+(?!(?:in|on|at|as|after|before|when|while|from|with|and|but|too|soon|shortly|back|because|legally|"
    r"formally|officially|last|this|that|years?|months?)\b)[a-z]"
)

# From a name to a kin noun inside the "who" clause that hangs on it: ", who raises a 10-year-old ".
_WHO_CLAUSE_TO = re.compile(r",\s*who\s+[^,;.()\n]{0,60}")

# "expecting a child with rapper X", "having a baby with her boyfriend X": a name after "with"
# is the other parent, not the child.
_WITH_OTHER_PARENT_BEFORE = re.compile(
    r"\bwith\s+(?:(?:his|her|their|the|a|an)\s+)?"
    r"(?:(?!(?:baby|babies|son|sons|daughter|daughters|child|children|kids?|twins|boy|girl|firstborn)\b)[a-z-]+\s+){0,3}$"
)
# Between a birth cue and the first name after it, a clause about someone else: "is expecting
# her fifth as is X", "expecting, like X": X is not the baby.
_BIRTH_GAP_BREAK = re.compile(r"\b(?:as|like|than|is|was|are|were|has|had|does|did)\b")
# "was not expecting to be a part of X's album", "expecting that": a verb or clause follows, no baby.
_EXPECTING_NO_BABY = re.compile(
    r"expecting\s+(?:to|that|it|this|him|them|me|us|more|much|anything)\b", re.IGNORECASE
)
# "welcomed a daughter on Saturday": a name right after a preposition dates or places the birth,
# it is not the baby ("gave birth to X" keeps its "to" in the cue).
_NOT_THE_BABY_BEFORE = re.compile(r"\b(?:on|in|at|from|for|by|near|since|during)\s+$")
# The words of "the 35-year-old actor" that hang on its noun (climbed to find the noun's role).
_DESCRIPTION_PARTS = ("amod", "npadvmod", "nummod", "compound", "punct")
# "gave birth to their second, a son named X": the parent's partner is the other parent.
_THEIR = re.compile(r"\btheir\b", re.IGNORECASE)
# A birth told with the baby still unnamed: "welcomed a daughter", "welcomed their second child".
_UNNAMED_BABY = re.compile(
    r"\s+(?:a|an|their|her|his)\s+(?:(?:first|second|third|fourth|fifth|new|healthy|baby|little)\s+){0,2}"
    r"(?:daughter|son|baby(?:\s+(?:girl|boy))?|girl|boy|child|babies|twins)\b"
)
# The next sentence names that baby: "The baby, named X, was born ...", "The newborn, called X".
_BABY_NAMED = re.compile(
    r"^\W*(?:The|Their|Her|His)\s+(?:new\s+)?(?:baby|newborn|daughter|son|little\s+one|girl|boy|tot)"
    r"(?:\s+(?:girl|boy))?\s*,?\s+(?:who\s+(?:was|has\s+been)\s+)?(?:named|called)\s+$"
)
# How many sentences on a birth's baby may still be named (the welcome, then the next two).
_BABY_NAMED_REACH = 2
# Between a possessive pronoun and the name of that one's spouse: "her husband, the chef X".
_SPOUSE_TO_NAME = re.compile(rf"\s+{COUPLE_NOUNS}\s*,?\s+(?:(?:the|a)\s+(?:[a-z-]+\s+){{0,3}})?")


class FamilyRules(ClaimBuilder):
    """Rules about who is whose child or spouse, and when people were born."""

    # an unnamed baby's parents, its birth date and how many sentences on it has waited for a name
    _welcomed: tuple[list[str], DateValue | None, int] | None

    def _named(self, ctx: SentenceContext) -> list[Person]:
        """The people a sentence names (not those a pronoun or description refers to)."""
        return [p for p in ctx.people if p.via == "name"]

    def _birth_date(self, ctx: SentenceContext, after: int) -> DateValue | None:
        """The birth date said right after a child's name: ", born D", " (born 2013)", ", was
        born in 2018", ", who arrived in January 2020" (the date in that clause only)."""
        tail = doc_text(self.doc)[after : ctx.end]
        said = _BORN_AFTER_CHILD.match(tail)
        if said is None:
            return None
        date = self._first_date(ctx, after + said.end(), min(ctx.end, after + said.end() + 40))
        return date.value if date is not None else None

    def children_lists(self, ctx: SentenceContext) -> None:
        """ "They share two children, son X, born D1, and daughter Y, born D2"."""
        lex = relation_lexicon()
        if not re.search(r"\b(children|kids|sons|daughters|son|daughter|twins)\b", ctx.text, re.I):
            return
        matches = list(lex.nouns["child"].finditer(ctx.text))
        if not matches:
            return
        list_start = ctx.start + matches[0].start()
        subjects = [p for p in ctx.people if p.end <= list_start]
        for match in matches:
            cue_end = ctx.start + match.end()
            named = [
                p
                for p in ctx.people
                if p.via == "name"
                and p.start >= cue_end
                and _TO_FIRST_CHILD.fullmatch(doc_text(self.doc)[cue_end : p.start])
            ][:1]
            if any(m.end() == match.start() for m in _PARENT_OF.finditer(ctx.text)):
                continue  # "X is already dad to son Y": X's child (read by `_parent_of`), no one else's
            owners_direct = [p for p in ctx.people if 0 <= ctx.start + match.start() - p.end <= 6]
            if owners_direct:
                self._child_with(ctx, owners_direct[-1], cue_end)
            if owners_direct and named:
                self._adopted_kin(ctx, owners_direct[-1], named[0], ctx.start + match.start())
            if not named or owners_direct:
                continue  # possessive forms are handled by relation_nouns
            parents = [p for p in subjects if p.key != named[0].key]
            # "The two grew close after Reyes, who raises a son Felix with ...": the one the "who" clause
            # hangs on, not the couple the sentence opened with
            clause_owner = [
                p
                for p in parents
                if p.via == "name"
                and _WHO_CLAUSE_TO.fullmatch(doc_text(self.doc)[p.end : ctx.start + match.start()])
            ][-1:]
            if clause_owner:
                parents = clause_owner
            couple = [p for p in parents if p.via == "couple"]
            # "Ana Vey and Ben Roe have three kids together: ...": a joint subject, both parents
            joint = [
                (a, b)
                for a, b in itertools.pairwise([p for p in parents if p.via == "name"])
                if _JOINT_PARENTS.fullmatch(doc_text(self.doc)[a.end : b.start])
            ]
            parents = couple or (list(joint[0]) if joint else parents[:1])
            opened = None if _CHILDREN_LIST.search(ctx.text) else _POSSESSED_CHILDREN.search(ctx.text)
            if (
                opened is not None
                and opened.end() <= match.start()
                and not re.search(r"[.;:()]", ctx.text[opened.end() : match.start()])
            ):
                # "her children A, 16, B, 13, and nine-year-old twins C and D": the twins are
                # items of the list a possessive's children's noun opened, whose owner that
                # list's rule reads (`children_named_in_a_list`); the names before are siblings
                continue
            listed = [named[0]]
            if re.match(r"(?:sons|daughters|twins|children|kids)$", match.group(0), re.IGNORECASE):
                # "sons Milo (born 2013) and Caspian (born 2016)": every name of the list
                for person in ctx.people:
                    gap = (
                        doc_text(self.doc)[listed[-1].end : person.start]
                        if person.start > listed[-1].end
                        else ""
                    )
                    if person.via == "name" and (
                        _CHILD_LIST_GAP.fullmatch(gap) or _CLAUSE_GAP.fullmatch(gap)
                    ):
                        listed.append(person)
            welcomed = lex.verbs["birth"].search(ctx.text[: match.start()]) or _ADOPTED_BEFORE.search(
                ctx.text[: match.start()]
            )
            for child in listed:
                if child.key in {p.key for p in parents}:
                    continue  # "They have four children: Paul, ...": a child named like a parent
                born = self._birth_date(ctx, child.end)
                if born is None and welcomed:
                    born = self._date_near(ctx, listed[-1].end)  # "welcomed twins, A and B, in May 2005"
                for parent in parents:
                    self._add(
                        ctx,
                        parent.key,
                        "child",
                        child.key,
                        cue_start=ctx.start + match.start(),
                        cue_end=child.end,
                        date=born,
                        explicit=born is not None,
                    )

    def leading_bare_partner(self, ctx: SentenceContext) -> None:
        """ "While wife Kim Dorsey, 41, walked the red carpet, he watched from a bar": the one the noun
        names is the partner of the main clause's subject (by the parse)."""
        lead = _LEADING_BARE_PARTNER.match(ctx.text)
        if lead is None:
            return
        nouns = relation_lexicon().nouns
        noun = lead.group("noun")
        predicate = next((k for k in ("spouse", "engaged", "partner") if nouns[k].fullmatch(noun)), None)
        named = next((p for p in ctx.people if p.via == "name" and p.start == ctx.start + lead.end()), None)
        span = self.doc.char_span(ctx.start, ctx.end, alignment_mode="expand")
        if predicate is None or named is None or span is None:
            return
        subjects = [t for t in span.root.children if t.dep_ in ("nsubj", "nsubjpass") and t.idx > named.end]
        owner = next(
            (p for p in ctx.people if subjects and p.start <= subjects[0].idx < p.end and p.via != "couple"),
            None,
        )
        if owner is None or owner.key == named.key:
            return
        self._add(
            ctx, owner.key, predicate, named.key, cue_start=ctx.start + lead.start("noun"), cue_end=named.end
        )

    def adopted_known_child(self, ctx: SentenceContext) -> None:
        """ "Dalia Fenn adopted her son Oren in 2003. Bram Tull formally adopted him in 2008": the
        one who adopts a child the text named as someone's is a parent too."""
        if "adopt" not in ctx.text:
            return
        text = doc_text(self.doc)
        for match in _ADOPTED_PERSON.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            child = next((p for p in ctx.people if p.start == cue_end and p.via in ("name", "pronoun")), None)
            if child is None:
                continue
            word = text[child.start : child.end].lower()
            if child.via == "pronoun" and (
                word not in ("him", "her") or (word == "her" and _POSSESSIVE_HER.match(text, child.end))
            ):
                continue  # "adopted her son": the possessive's kin noun, read by the noun rules
            known = {c.object for c in self.claims if c.predicate == "child"}
            before = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
            adopter = self._subject_person(ctx, cue_start, before) if before else None
            if adopter is None:
                continue
            # "who adopted Maddie, Pax and Zia": each of the list the text made someone's child
            adopted = [child]
            for nxt in ctx.people:
                if nxt.via == "name" and nxt.start > adopted[-1].end:
                    if not LIST_JOINT.fullmatch(text[adopted[-1].end : nxt.start]):
                        break
                    adopted.append(nxt)
            for kid in adopted:
                if kid.key == adopter.key or self.index.name(kid.key) not in known:
                    continue  # no one's child in the text so far: maybe no child at all
                self._add(
                    ctx,
                    adopter.key,
                    "child",
                    kid.key,
                    cue_start=cue_start,
                    cue_end=kid.end,
                )  # (no date: this adoption's year is not the child's, which the first reading gives)

    def _adopted_kin(self, ctx: SentenceContext, owner: Person, child: Person, cue_start: int) -> None:
        """ "Mara Quell adopted Ivo Lark's daughter, Ines, in 2019": the one who adopts is a parent
        of the child too, from the adoption's date (the owner's own claim is `relation_nouns`')."""
        adopter = [
            p
            for p in ctx.people
            if p.end <= owner.start
            and p.key not in (owner.key, child.key)
            and _ADOPTER_TO_OWNER.fullmatch(doc_text(self.doc)[p.end : owner.start])
        ][-1:]
        if not adopter:
            return
        adopted = self._date_near(ctx, child.end)
        self._add(
            ctx,
            adopter[0].key,
            "child",
            child.key,
            cue_start=cue_start,
            cue_end=child.end,
            date=adopted,
            explicit=adopted is not None,
        )

    def _birthday_year(self, ctx: SentenceContext, key: str, age: str | None, after: int) -> DateValue | None:
        """The year `key` turned `age`, by the birth the text gave them: a `born` claim, or a date
        in brackets right after the words ("turned 40 yesterday (3 May 1986, Hilo)"); else None."""
        name = self.index.name(key)
        born = next(
            (c.date for c in self.claims if c.predicate == "born" and c.subject == name and c.date), None
        )
        text = doc_text(self.doc)
        if born is None:
            born = next(
                (
                    t.value
                    for t in ctx.times
                    if t.value is not None
                    and t.span.start >= after
                    and _BIRTH_IN_BRACKETS.fullmatch(text[after : t.span.start])
                ),
                None,
            )
        if born is None or age is None or not age.isdigit():
            return None
        return DateValue(str(int(born.value[:4]) + int(age)))

    def _full_name_only_later(self, person: Person) -> bool:
        """Whether `person` is a short name ("Roe") of someone whose full name the text gives
        only after it ("her son, Ivo Roe")."""
        text = doc_text(self.doc)
        full = self.index.name(person.key) if person.key in self.index.entities else ""
        said = text[person.start : person.end]
        return person.via == "name" and bool(full) and said != full and full not in text[: person.start]

    def one_of_their_children(self, ctx: SentenceContext) -> None:
        """ "Jaidev married Shobhana in 1991, and Kabeer is the younger of their two children":
        "their" is the pair the sentence named before the child (a resolver's couple from
        elsewhere yields to it); "his"/"her" is the one person named before."""
        text = doc_text(self.doc)
        for child in self._named(ctx):
            said = _ONE_OF_THEIR.match(text, child.end)
            if said is None or said.end() > ctx.end:
                continue
            before = []
            for p in self._named(ctx):
                if p.end <= child.start and p.key != child.key and p.key not in before:
                    before.append(p.key)
            owners = before[-2:] if said.group("owner") == "their" else before[-1:]
            if said.group("owner") == "their" and len(before) != 2:
                continue
            for owner in owners:
                self._add(
                    ctx,
                    owner,
                    "child",
                    child.key,
                    cue_start=child.start,
                    cue_end=child.end + said.end() - child.end,
                )

    def _child_with(self, ctx: SentenceContext, owner: Person, cue_end: int) -> None:
        """ "Her son with Teo Vale, Ivo, was born in 1972", "his two daughters with Ana Roe, Bea
        and Cy": the owner and the person after "with" are the named children's parents."""
        text = doc_text(self.doc)
        said = _CHILD_WITH.match(text, cue_end)
        if (
            said is None
            or said.end() > ctx.end
            or not re.match(r"(?:(?i:his|her)|[A-Z][\w’'-]*[’']s)\b", text[owner.start : owner.end + 2])
        ):
            return
        other = [p for p in ctx.people if p.via == "name" and p.start == said.start("other")]
        first = [p for p in ctx.people if p.via == "name" and p.start == said.end()]
        if not other or not first or other[0].key == owner.key:
            return
        for child in self._named_list(ctx, first[0], limit=4):
            for parent in (owner, other[0]):
                if parent.key != child.key:
                    self._add(ctx, parent.key, "child", child.key, cue_start=owner.start, cue_end=child.end)

    def other_parent(self, ctx: SentenceContext) -> None:
        """ "He has a son, Arlo, 9, from a previous relationship with model Petra Lind": the
        person named after the earlier union is the child's other parent (and the child is not
        the current couple's)."""
        text = doc_text(self.doc)
        for match in _FROM_EARLIER_UNION.finditer(ctx.text):
            union_start, union_end = ctx.start + match.start(), ctx.start + match.end()
            parents = [p for p in ctx.people if p.via == "name" and 0 <= p.start - union_end <= 40]
            children = [
                p
                for p in ctx.people
                if p.via == "name"
                and p.end <= union_start
                # ("Tove, seven, from a previous relationship": an age in words too; "Vuk, who
                # is 10, from an earlier relationship": or in a clause)
                and re.fullmatch(
                    rf"(?:,\s*(?:who\s+is\s+(?:now\s+)?)?(?:\d{{1,2}}|{_AGE_WORD})\s*)?,?\s*(?:\([^()]*\)\s*)?",
                    text[p.end : union_start],
                )
            ]
            if (
                not parents
                or not children
                or not re.fullmatch(
                    # "with the Danish fashion designer X": a nationality may lead the description
                    r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][a-z-]+\s+)?(?:[a-z-]+\s+){0,3}",
                    text[union_end : parents[0].start],
                )
            ):
                continue
            # "two children, Matteo and Celeste, from her first marriage, to X": the whole list
            listed = [children[-1]]
            for earlier in reversed([p for p in ctx.people if p.via == "name" and p.end <= listed[0].start]):
                if not _CHILD_LIST_GAP.fullmatch(text[earlier.end : listed[0].start]):
                    break
                listed.insert(0, earlier)
            for child in listed:
                self._add(
                    ctx,
                    parents[0].key,
                    "child",
                    child.key,
                    cue_start=child.start,
                    cue_end=parents[0].end,
                )
            union = re.search(r"marriage|relationship", match.group(0), re.IGNORECASE)
            if union is not None:
                # "a daughter from her first marriage, to the banker X": she was married to X
                # ("from his previous relationship with X": he was X's partner)
                owners = [p for p in ctx.people if p.via != "couple" and p.end <= listed[0].start]
                owner = self._subject_person(ctx, listed[0].start, owners) if owners else None
                couple = {self.index.name(k) for k in self.index.main_pair() or ()}
                name = self.index.name(owner.key) if owner is not None else ""
                if any(
                    c.predicate == "child" and c.object == name and c.subject in couple for c in self.claims
                ):
                    owner = None  # the story's couple's own child has no earlier union: a misread "he"
                if owner is not None and owner.key != parents[0].key:
                    self._add(
                        ctx,
                        owner.key,
                        "spouse" if union.group(0).lower() == "marriage" else "partner",
                        parents[0].key,
                        cue_start=union_start,
                        cue_end=parents[0].end,
                    )

    def birth_dates(self, ctx: SentenceContext) -> None:
        """ "X (born 13 March 1963)", "X (1920 – 2001)", "X was born on D", "son X, born D",
        "X (; born Y Z on D in P)", "X, OBE (born D)", "She was born in P in 1977"."""
        text = doc_text(self.doc)
        dated_until = ctx.start  # a name inside another's honours or brackets is not born there too
        people = ctx.people if _BORN_VERB_ANYWHERE.search(ctx.text) else self._named(ctx)
        for person in people:
            if person.via == "couple" or person.start < dated_until:
                continue
            after = text[person.end : min(ctx.end, person.end + 160)]
            if person.via == "name":
                # the brackets are read whole: a sentence split inside them ("(5 May 1931 in
                # Mladá Boleslav–10 May 1991)") does not end them
                whole = text[person.end : person.end + 160]
                after_suffix = _NAME_SUFFIX.match(whole)
                offset = after_suffix.end() if after_suffix else 0
                found = self._birth_in_brackets(ctx, person.end + offset, whole[offset:])
            else:
                found = None
            if found is None:
                found = self._birth_in_clause(ctx, person.end, after, pronoun=person.via != "name")
            if found is None:
                continue
            born, cue_end = found
            dated_until = cue_end
            self._add(
                ctx,
                person.key,
                "born",
                None,
                value=str(born),
                cue_start=person.start,
                cue_end=cue_end,
                date=born,
                explicit=True,
            )

    def _first_date(self, ctx: SentenceContext, start: int, end: int) -> Any:
        """The first date-kind time expression starting in [start, end)."""
        dates = [
            t
            for t in (ctx.times if end <= ctx.end else self.times)
            if t.value is not None
            and t.kind == "date"
            and start <= t.span.start < end
            and t.span.comment is None
        ]
        return dates[0] if dates else None

    def _birth_in_brackets(self, ctx: SentenceContext, at: int, after: str) -> tuple[DateValue, int] | None:
        """The birth date in the brackets right after a name: "(born D)", "(b. D)", "(D – D2)",
        "(pronunciation; born Birth Name on D in Place)", "(1920 – 2001)"."""
        years = _LIFE_YEARS.match(after)
        if years:  # "(1920 – 2001)", "(1782 Havana – 1836)", "(b. 1963)": a bare year the tagger leaves alone
            died = re.findall(r"\b\d{4}\b", years.group(3) or "")
            if not died or int(died[-1]) - int(years.group(1) or years.group(2)) >= _SHORTEST_LIFE_SPAN:
                return DateValue(years.group(1) or years.group(2)), at + years.end()
            return None
        # an empty or pronunciation-only pair may come first: "Ana Vey () (4 May 1918 – ...)"
        bracket = re.match(r",?\s*(?:\(\W*\)\s*)?\(([^()]*)\)?", after)
        if not bracket:
            return None
        inside_start = at + bracket.start(1)
        inside = bracket.group(1)
        born = _BORN_WORD.search(inside)
        if born:  # the date after "born", perhaps after the birth name: "born Ana Lee on D"
            date = self._first_date(ctx, inside_start + born.end(), inside_start + len(inside))
        else:  # "(D1 – D2)", "(Place, Country, D1 – Place, D2)": a life span opens the brackets
            place = _LEADING_PLACE.match(inside)
            date = self._first_date(ctx, inside_start, inside_start + (place.end() if place else 0) + 4)
            # the dash may end the tagged date ("5 May 1848–") or follow a place ("D1, in Leeds–D2")
            rest = doc_text(self.doc)[date.span.end - 1 : inside_start + len(inside)] if date else ""
            died = re.findall(r"\b\d{4}\b", rest)
            if date is not None and (
                not _LIFE_RANGE_DASH.search(rest)
                or (
                    date.value is not None
                    and died
                    and int(died[-1]) - int(date.value.value[:4]) < _SHORTEST_LIFE_SPAN
                )
            ):
                date = None
        if date is None or date.value is None:
            return None
        return date.value, date.span.end

    def _birth_in_clause(
        self, ctx: SentenceContext, at: int, after: str, *, pronoun: bool
    ) -> tuple[DateValue, int] | None:
        """ ", born D", " was born on D", " was born in Place in D" (same clause, date after "born")."""
        cue = (_BORN_VERB_AFTER_PRONOUN if pronoun else _BORN_AFTER_NAME).match(after)
        if not cue:
            return None
        clause = re.match(r"[^.;()]*", after[cue.end() :])
        limit = at + cue.end() + (clause.end() if clause else 0)
        date = self._first_date(ctx, at + cue.end(), min(limit, at + cue.end() + 60))
        if date is None or date.value is None:
            return None
        # "born in 1977", "born on 3 May", "born 3 May": the date is introduced, not some other event's.
        lead = doc_text(self.doc)[max(at, date.span.start - 4) : date.span.start]
        if date.span.start > at + cue.end() + 3 and not re.search(r"\b(?:in|on)\s+$", lead):
            return None
        return date.value, date.span.end

    def spouse_of(self, ctx: SentenceContext) -> None:
        """ "X, the wife of Y", "X, widow of Y": X and Y are (or were) married."""
        if not _may_hold(ctx.text, _SPOUSE_OF_WORDS):
            return
        for match in _SPOUSE_OF.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            before = [
                p
                for p in ctx.people
                if p.via != "couple"
                and p.end <= cue_start
                and _SPOUSE_OF_GAP.fullmatch(doc_text(self.doc)[p.end : cue_start])
            ]
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

    def marriage_to(self, ctx: SentenceContext) -> None:
        """ "his marriage to X", "her marriages to A and B", "Y's wedding to X": spouses."""
        if not _may_hold(ctx.text, ("marriage", "wedding")):
            return
        for match in _MARRIAGE_TO.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            spouses = [p for p in ctx.people if p.via == "name" and 0 <= p.start - cue_end <= 3]
            before = [p for p in ctx.people if p.via != "couple" and p.end <= cue_start]
            if not spouses or not before:
                continue
            owned = _OWNER_TO_UNION.fullmatch(doc_text(self.doc)[before[-1].end : cue_start])
            near = cue_start - before[-1].end <= 4 or owned is not None
            owner = before[-1] if near else self._subject_person(ctx, cue_start, before)
            if owner is None:
                continue
            # no date from nearby: a marriage noun rarely dates itself, and a year nearby is often
            # another event's; only "her 2015 wedding to X", "His first marriage, to X, began in
            # 1956 (and ended ... in 1964)" and "his marriage to X ended in 2009" do
            after = doc_text(self.doc)[spouses[0].end : ctx.end]
            wedding = match.group(0).lower().startswith("wedding")
            if wedding and _WEDDING_NOT_HELD.match(after):
                continue  # "her 2015 wedding to X was called off": no marriage
            began = _UNION_BEGAN.match(after)
            ended = None if wedding else _UNION_ENDED.match(after)  # a wedding ends no union
            first_year = (began.group(1) or began.group(3)) if began else None
            last_year = (began.group(2) or began.group(4)) if began else None
            date = DateValue(first_year) if first_year else None
            if date is None and owned is not None and owned.group("year"):
                date = DateValue(owned.group("year"))
            end = DateValue(last_year) if last_year else None
            if end is None and ended:
                end = DateValue(ended.group(1))
            for spouse in self._named_list(ctx, spouses[0], limit=3):
                self._add(
                    ctx,
                    owner.key,
                    "spouse",
                    spouse.key,
                    cue_start=cue_start,
                    cue_end=spouse.end,
                    date=date,
                    end=end,
                    explicit=date is not None,
                )

    def marriage_by_parse(self, ctx: SentenceContext, sent: Any) -> None:
        """ "X married Y", "X married the architect Y", "X was married to Y": the verb's subject
        and its object, not merely the nearest names."""
        for token in sent:
            # "married" tagged an adjective keeps its own form as lemma
            marrying = token.lemma_.lower() in ("marry", "wed") or token.lower_ in ("married", "wedded")
            if not marrying or token.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            verb = token
            # "He was a prince and was married to X": the subject sits on the first conjunct
            for _ in range(3):
                if subjects or verb.dep_ not in ("conj", "acomp", "xcomp") or verb.head.i == verb.i:
                    break
                verb = verb.head
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
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
            # "married to A, B and C at different times": every conjunct is a spouse
            for obj in [objects[0], *objects[0].conjuncts][:4]:
                second = self._person_in(ctx, obj)
                if not first or not second or first == second:
                    continue
                date = self._date_near(ctx, token.idx + len(token.text))
                # "was married to X from 1999 to 2010": the span, as the verb rule reads it
                span = self._range_after(ctx, token.idx + len(token.text))
                end = None
                if span is not None:
                    date, end = span
                self._add(
                    ctx,
                    first,
                    "spouse",
                    second,
                    cue_start=token.idx,
                    cue_end=token.idx + len(token.text),
                    date=date,
                    end=end,
                    explicit=date is not None,
                )

    def _person_in(self, ctx: SentenceContext, head: Any) -> str | None:
        """The person a noun phrase (its head token's subtree) names or stands for."""
        start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
        clauses = [c.left_edge.idx for c in head.children if c.dep_ == "relcl" and c.left_edge.idx > head.idx]
        if clauses:
            # "his sister, Ada Roe, who he wed in 2023": a relative clause's own people ("he")
            # are not the phrase's
            end = min(end, min(clauses))
        inside = [p for p in ctx.people if start <= p.start < end and p.via != "couple"]
        # The name the head word belongs to; else the phrase's last name before any clause or
        # apposition of its own ("the architect Ana Vey" → Ana Vey; not "Ana Vey, with whom ...
        # their son Cy Vey").
        at_head = [p for p in inside if p.start <= head.idx < p.end]
        if at_head:
            return at_head[0].key
        # "her big sister", "Ana's brother": the owner of the noun is not who the phrase names
        inside = [p for p in inside if not self._possessor_of_phrase(p)]
        before_head = [p for p in inside if p.end <= head.idx + len(head.text)]
        return (before_head or inside)[-1].key if inside else None

    def _possessor_of_phrase(self, person: Person) -> bool:
        """Whether `person` is a possessive ("her", "Ana's") inside a longer noun phrase."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ == "poss"

    def children_named_in_a_list(self, ctx: SentenceContext) -> None:
        """ "They have three children: Ana, Ben and Cy", "with whom he had two sons, Ari and Eli"."""
        self.one_of_their_children(ctx)
        match = _CHILDREN_LIST.search(ctx.text) if _may_hold(ctx.text, _CHILDREN_LIST_WORDS) else None
        possessed = None if match else _POSSESSED_CHILDREN.search(ctx.text)
        match = match or possessed
        if not match or PARENT_OF_KIN.search(ctx.text[: match.start() + match.group(0).find(" ") + 1]):
            return  # (none, or "the mother of his two children, X": X is their mother)
        list_start = ctx.start + match.end()
        one_of = _ONE_OF_WHOM.match(doc_text(self.doc), list_start)
        if one_of is not None:
            list_start = one_of.end()  # "three children, the eldest of whom, Nell, is ...": Nell
        # the parents are named before the noun ("His children included"), perhaps as a possessive
        noun = re.search(r"children|kids|sons|daughters", match.group(0), re.IGNORECASE)
        noun_start = ctx.start + match.start() + (noun.start() if noun else 0)
        parents = [p for p in ctx.people if p.end <= noun_start]
        couple = [p for p in parents if p.via == "couple"]
        chosen = couple or [p for p in parents if p.via != "couple"][-2:]
        if possessed is not None:
            # "Ana wrote of her children A, B and C": the possessive's owner (both, for "their")
            owner_at, owner_end = ctx.start + possessed.start("owner"), ctx.start + possessed.end("owner")
            chosen = [
                p
                for p in ctx.people
                if p.via in ("name", "pronoun", "couple") and p.start <= owner_at and owner_end - 2 <= p.end
            ]
            if possessed.group("owner").lower() == "their" and len(chosen) < 2:
                return  # a "their" read as one person or no one: whose children is not known
            if not chosen:
                return
        elif match.group("with"):  # "X had three children with Y: ...": X and Y
            start, end = ctx.start + match.start("with"), ctx.start + match.end("with")
            partners = [p for p in ctx.people if p.via != "couple" and start <= p.start < end][:1]
            solo = [p for p in parents if p.via != "couple"][-1:]
            chosen = solo + partners if partners else chosen
        lead = _KIN_IN_LIST.match(doc_text(self.doc), list_start)
        if lead is not None:
            list_start = lead.end()  # "three children with Y: sons A and B, and daughter C"
        # ("two children, Ada (born 1964) and Bea (born 1967)": a birth year in brackets is no
        # end of the list)
        tail = _BORN_BRACKET.sub(_blank, doc_text(self.doc)[list_start : ctx.end])
        # ("two sons: Ada, born in 2014, and Bea, who arrived in July 2018": a birth or an age in
        # a clause after each name, then the next name)
        clauses = bool(_CLAUSE_LIST.match(tail))
        stop = re.search(r"[.;(]" if clauses else r"[.;(]|\b(?:who|which|born)\b", tail)
        end = list_start + (stop.start() if stop else len(tail))
        named = [p for p in ctx.people if p.via == "name" and list_start <= p.start < end]
        # Only a list of names right after the colon counts: "children together, but X and Y ..." is not one.
        children: list[Person] = []
        text = doc_text(self.doc)
        for person in named:
            gap = text[(children[-1].end if children else list_start) : person.start]
            gap = _KIN_IN_LIST.sub("", gap)  # ("A and B, and daughter C": the kin noun of the next)
            gap = _BORN_BRACKET.sub("", gap)
            if not _LIST_GAP.fullmatch(gap if children else ", " + gap) and not (
                clauses and children and _CLAUSE_GAP.fullmatch(gap)
            ):
                break
            children.append(person)
        union_gap = _UNION_GAP.match(text, children[-1].end) if children else None
        earlier = possessed is None and match.group("earlier")
        if earlier or (union_gap is not None and _FROM_EARLIER_UNION.match(text, union_gap.end())):
            # "X, who is married to Y, has two children, A and B, from her first marriage, to Z":
            # X's children (and Z's, read by `other_parent`), not Y's
            solo = [p for p in parents if p.via != "couple"]
            subject = self._subject_person(ctx, noun_start, solo) if solo else None
            chosen = [subject] if subject is not None else chosen[:1]
            if earlier:
                # "Roe had two children from his first marriage, ...": a surname the tagger tied
                # to someone the text names in full only later (a son) is not that one
                chosen = [p for p in chosen if not self._full_name_only_later(p)]
        for child in children:
            if child.key in {p.key for p in chosen}:
                continue  # "They have four children: Paul, ...": a child named like a parent
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
        """ "X, the son of A and B", "He is son of singer A and the actor B", "X was born in
        Leeds to A and B": A (and B) are X's parents."""
        self._parents_are(ctx)
        # every match of `_CHILD_OF` ends in `_KIN_OF`: a cheap test spares its slow search
        kin = _may_hold(ctx.text, ("son", "daughter", "child")) and _KIN_OF.search(ctx.text)
        cues = [(m, False) for m in _CHILD_OF.finditer(ctx.text)] if kin else []
        if "born" in ctx.text or "Born" in ctx.text:  # (`_BORN_TO` is case-sensitive)
            cues += [(m, True) for m in _BORN_TO.finditer(ctx.text)]
        self._parent_of(ctx)
        text = doc_text(self.doc)
        for match, born_to in cues:
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            if _OF_ONES_OWN.match(ctx.text, match.end()):
                continue  # "a daughter of my own": no parent follows
            before = [p for p in ctx.people if p.via != "couple" and p.end <= cue_start]
            if (
                born_to
                and match.group(0).endswith("of")
                and not (
                    len(before) == 1
                    and re.fullmatch(r"\s+(?:was|is)\s+|\s*,\s*", text[before[0].end : cue_start])
                )
            ):
                continue  # "born of A" only right after the one born: "X was born of A", "X, born of A"
            if born_to:  # "X was born ... to": X is the subject right before "born"
                before = [p for p in before if p.via == "name" or p.start == ctx.start]
            else:  # "X, the son of" / "He is son of": a name, or a pronoun opening the clause
                before = [
                    p
                    for p in before
                    if p.via == "name"
                    or p.start == ctx.start
                    or cue_start - p.end <= 8
                    or _PRONOUN_COPULA.fullmatch(text[p.end : cue_start])
                ]
            parents = [p for p in ctx.people if p.via == "name" and cue_end <= p.start <= cue_end + 60]
            if not parents:
                continue
            chosen = self._named_list(ctx, parents[0], limit=2)
            if born_to and not before and _FRONTED_BORN.match(ctx.text):
                # "Born in Lisbon to a father, the baker A, and a mother, the nurse B, Roe moved":
                # the parents are the names up to the subject that follows the fronted phrase
                fronted = self._fronted_born(ctx, cue_end)
                if fronted is None:
                    continue
                chosen, subject = fronted
                before = [subject]
            if not before and not born_to:
                # "Born in Rome, the daughter of A and B, she made her debut": the child is the
                # subject that follows the fronted phrase.
                after = [
                    p
                    for p in ctx.people
                    if p.via != "couple"
                    and p.start > chosen[-1].end
                    and re.fullmatch(r"\s*,\s*", doc_text(self.doc)[chosen[-1].end : p.start])
                ]
                before = after[:1]
            if not before:
                continue
            children = [before[-1]]
            relative = _RELATIVE_KIN.fullmatch(text[before[-1].end : cue_start])
            # "He was born in Leeds, England, the son of A": the subject born, not the place's name
            # (but "..., the son of A, who was the son of B": A is B's son)
            if (
                not relative
                and before[0].start == ctx.start
                and re.search(r"\bborn\b", text[before[0].end : cue_start])
            ):
                children = [before[0]]
            # "Kusa and his twin brother Lava were the children of A and B": every subject joined
            # by "and" before the copula; a plural with no such subject ("these siblings were
            # children of A", "the Oceanids, daughters of A") names no child
            if re.search(
                r"(?:children|sons|daughters)\s+of$", match.group(0), re.IGNORECASE
            ) and not _ONE_OF_CHILDREN.search(match.group(0)):
                if not _PLURAL_COPULA.fullmatch(
                    text[before[-1].end : cue_start]
                ) and not _PLURAL_APPOSITION.fullmatch(text[before[-1].end : cue_start]):
                    continue
                children = [before[-1]]
                for earlier in reversed(before[:-1]):
                    if earlier.via != "name" or not _JOINT_SUBJECT_GAP.fullmatch(
                        text[earlier.end : children[0].start]
                    ):
                        break
                    children.insert(0, earlier)
            # "Born in Leeds, the daughter of A and B, she ...": a "she" the resolver gave to B
            # is not B's own child (the child is someone the text named before)
            children = [c for c in children if c.key not in {p.key for p in chosen}]
            children = [self._not_a_third_parents_child(c, chosen) for c in children]
            if not children:
                continue
            # "Born on March 2, 1934, in Cardiff, to A": the birth's own date dates the child
            born = (
                next(
                    (
                        t.value
                        for t in ctx.times
                        if t.value is not None and t.kind == "date" and cue_start <= t.span.start < cue_end
                    ),
                    None,
                )
                if born_to
                else None
            )
            for child in children:
                for parent in chosen:
                    self._add(
                        ctx,
                        parent.key,
                        "child",
                        child.key,
                        cue_start=cue_start,
                        cue_end=parent.end,
                        date=born,
                        explicit=born is not None,
                    )
            if len(children) == 1:
                self._siblings_sharing_parents(ctx, children[0], chosen)
            self._co_parents(ctx, chosen, cue_start)

    def _not_a_third_parents_child(self, child: Person, parents: list[Person]) -> Person:
        """ "Her daughter, Pia, was born in 2020; Pia's father is X. She grew up in Filey, the
        daughter of A and B": a "she" the resolver gave to one whose two parents the text already
        named (Pia) is not A's child; it is rather the one the story is about, where that one
        is neither a parent named nor someone with two other parents."""
        if child.via != "pronoun":
            return child
        chosen = {self.index.name(p.key) for p in parents}

        def other_parents(key: str) -> set[str]:
            name = self.index.name(key)
            return {c.subject for c in self.claims if c.predicate == "child" and c.object == name} - chosen

        if len(other_parents(child.key)) < 2:
            return child
        word = doc_text(self.doc)[child.start : child.end].lower()
        for key in self.index.main_people(_STORY_PEOPLE):
            gender = self.index.people[key].gender if key in self.index.people else None
            if (
                key != child.key
                and key not in {p.key for p in parents}
                and len(other_parents(key)) < 2
                and gender != {"she": "m", "he": "f"}.get(word)
            ):
                return Person(key, child.start, child.end, child.via)
        return child

    def _fronted_born(self, ctx: SentenceContext, cue_end: int) -> tuple[list[Person], Person] | None:
        """The parents and the one born in "Born (in P) to A(, ...) and B, X did ...": the names
        after "to" up to the first one followed by a verb, which is the subject born."""
        text = doc_text(self.doc)
        # (the subject may be a "he"/"she": "Born in Cardiff to A and B, he left school at 16")
        named = [
            p
            for p in ctx.people
            if p.start >= cue_end
            and (p.via == "name" or (p.via == "pronoun" and text[p.start : p.end].lower() in ("he", "she")))
        ]
        for at, person in enumerate(named):
            if (
                at
                and text[max(ctx.start, person.start - 2) : person.start] == ", "
                and _VERB_AFTER.match(text, person.end)
            ):
                parents = named[:at]
                if person.via == "pronoun":
                    # a biography's "Born in Cardiff to A and B, he left school": the one the
                    # story is about (a "he" read as the last man named, a son, is a misreading)
                    person = self._story_subject(person, parents)
                    named_parents = {self.index.name(p.key) for p in parents}
                    known = {
                        c.subject
                        for c in self.claims
                        if c.predicate == "child" and c.object == self.index.name(person.key)
                    }
                    if len(known - named_parents) + len(named_parents) > 2:
                        return None  # one with a parent the text named already has no two more
                if len(parents) <= 2 and all(p.key != person.key for p in parents):
                    return parents, person
                return None
        return None

    def _story_subject(self, pronoun: Person, parents: list[Person]) -> Person:
        """The person the text names most, for a "he"/"she" where the gender allows and that one is
        none of `parents`; else the pronoun as the resolver read it."""
        word = doc_text(self.doc)[pronoun.start : pronoun.end].lower()
        main = self.index.main_people(1)
        if not main or main[0] in {p.key for p in parents} or main[0] == pronoun.key:
            return pronoun
        gender = self.index.people[main[0]].gender if main[0] in self.index.people else None
        if gender == {"she": "m", "he": "f"}.get(word):
            return pronoun
        return Person(main[0], pronoun.start, pronoun.end, pronoun.via)

    def _siblings_sharing_parents(self, ctx: SentenceContext, child: Person, parents: list[Person]) -> None:
        """ "X was born in Leeds to A and B, who is Irish; his sister, C, is an actress": C is A's
        and B's child too. Only where nobody else is named between the parents and "his sister"
        (whose sister it would be), and the possessive is the child's where the resolver read it."""
        text = doc_text(self.doc)
        last = parents[-1].end
        clause = re.search(r"[;,]\s*(?:(?:and|while|whereas)\s+)?(?:his|her)\s", text[last : ctx.end])
        if clause is None:
            return
        said = _SIBLING_AFTER_PARENTS.match(text, last + clause.start())
        if said is None or said.end() > ctx.end:
            return
        between = [p for p in ctx.people if p.via != "couple" and last <= p.start < said.start("owner")]
        if between:
            return  # "to A and B, friends of C; his sister": whose sister is unclear
        owner = [p for p in ctx.people if p.start == said.start("owner")]
        if owner and owner[0].key != child.key:
            return  # the resolver read "his" as someone else's
        siblings = [p for p in ctx.people if p.via == "name" and 0 <= p.start - said.end() <= 3]
        if not siblings:
            return
        for sibling in self._named_list(ctx, siblings[0], limit=3):
            if sibling.key == child.key or sibling.key in {p.key for p in parents}:
                continue
            for parent in parents:
                self._add(ctx, parent.key, "child", sibling.key, cue_start=said.start(), cue_end=sibling.end)

    def _parents_are(self, ctx: SentenceContext) -> None:
        """ "His parents are A and B", "Ana Roe's parents were A and B"."""
        if "parents" not in ctx.text:
            return  # (`_PARENTS_ARE` is case-sensitive)
        for match in _PARENTS_ARE.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            text = doc_text(self.doc)
            owners = (
                [
                    p
                    for p in ctx.people
                    if p.via != "couple"
                    # ("Lord Ivo Roe's parents": a name that starts before the word matched)
                    and (
                        p.start == cue_start
                        or (p.start < cue_start < p.end and text[p.end : p.end + 2] in _APOSTROPHE_S)
                    )
                ]
                or [
                    # "moved to Leeds with his parents, A and B": the owner right before "parents"
                    p
                    for p in ctx.people
                    if p.via != "couple"
                    and cue_start < p.start
                    and _OWNER_TO_PARENTS.fullmatch(text[p.start : ctx.start + match.end()])
                ]
            )
            owner_text = text[owners[0].start : owners[0].end + 2].lower() if owners else ""
            # the owner is a possessive: "his", "her", "Ana's"
            if not owners or not (owner_text.startswith(("his", "her")) or re.search(r"['’]s", owner_text)):
                continue
            # (a title the name leaves out may come first: "parents, Lady A and B")
            parents = [
                p
                for p in ctx.people
                if p.via == "name"
                and p.start >= cue_end
                and (
                    _TITLE_GAP.fullmatch(text[cue_end : p.start])
                    # "The groom's parents, retired diplomat A and his wife, B": a trade first
                    or (
                        match.group(0).rstrip().endswith(",")
                        and _TRADE_GAP.fullmatch(text[cue_end : p.start])
                    )
                )
            ]
            if not parents:
                continue
            chosen = self._named_list(ctx, parents[0], limit=2)
            for parent in chosen:
                self._add(ctx, parent.key, "child", owners[0].key, cue_start=cue_start, cue_end=parent.end)
            self._co_parents(ctx, chosen, cue_start)

    def _co_parents(self, ctx: SentenceContext, parents: list[Person], cue_start: int) -> None:
        """ "the son of A Roe and B Roe", "born to A Roe and B Roe (née Ott)", "His parents are A
        and B Roe": two parents named together are spouses only where the text shows a marriage,
        a shared family name or the mother's maiden name. Having a child together is no marriage
        ("born to the actress A Vey and the singer B Ott"), and a false marriage of a living person
        is the worst error this tool can make."""
        if len(parents) != 2 or parents[0].key == parents[1].key:
            return
        first, second = parents
        one, other = self.index.people.get(first.key), self.index.people.get(second.key)
        shared_name = one is not None and other is not None and one.parts[-1:] == other.parts[-1:]
        # "His parents are Andreas and Harula Aliagas": a first name alone joined by "and" to a
        # full name shares its family name
        shared_name = shared_name or (
            one is not None
            and other is not None
            and len(one.parts) == 1
            and len(other.parts) >= 2
            and doc_text(self.doc)[first.end : second.start] == " and "
        )
        maiden_name = _MAIDEN_NAME_AFTER.match(doc_text(self.doc), second.end)
        if shared_name or maiden_name:
            self._add(ctx, first.key, "spouse", second.key, cue_start=cue_start, cue_end=second.end)

    def _named_list(self, ctx: SentenceContext, first: Person, limit: int) -> list[Person]:
        """`first` and the names joined to it by "and" (with descriptions: "A, a banker, and the
        actor B"), at most `limit`."""
        chosen = [first]
        for nxt in ctx.people:
            if nxt.via != "name" or nxt.start <= chosen[-1].end:
                continue
            if len(chosen) == limit or not _PARENTS_GAP.fullmatch(
                doc_text(self.doc)[chosen[-1].end : nxt.start]
            ):
                break
            chosen.append(nxt)
        return chosen

    def _parent_of(self, ctx: SentenceContext) -> None:
        """ "He is the father of A and B", "X, the mother of A": the subject is their parent."""
        if not _may_hold(ctx.text, _PARENT_OF_WORDS):
            return
        for match in _PARENT_OF.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            if _COUNT_ONLY.match(ctx.text, match.end()):
                continue  # "wondered whether the mother of two had spoken to X": no child named
            before = [p for p in ctx.people if p.via != "couple" and p.end <= cue_start]
            before = [p for p in before if p.via == "name" or p.start == ctx.start or cue_start - p.end <= 8]
            children = [
                p
                for p in ctx.people
                if p.via == "name"
                and 0 <= p.start - cue_end <= 40
                # "left the mother of his three sons, X": X is the mother, no child
                and not _PARENT_OF_KIN_NAME.search(doc_text(self.doc)[ctx.start : p.start])
            ]
            couple = [p for p in ctx.people if p.via == "couple" and p.end <= cue_start][-2:]
            both = match.group(0).rstrip().lower().endswith(("parents of", "custody of"))
            if both and len(couple) == 2:
                # "they are the parents of X", "the couple are the parents of X": both are
                parents = [p.key for p in couple]
            elif before and not match.group(0).rstrip().lower().endswith("parents of"):
                parents = [(self._subject_person(ctx, cue_start, before) or before[-1]).key]
            else:
                continue
            if not children:
                continue
            for child in self._named_list(ctx, children[0], limit=6):
                for parent_key in parents:
                    if parent_key != child.key:
                        self._add(ctx, parent_key, "child", child.key, cue_start=cue_start, cue_end=child.end)

    def _co_parent(self, ctx: SentenceContext, parent: Person) -> list[str]:
        """ "The actress and her husband, the chef X, welcomed": the one whose spouse the parent
        named before the birth cue is."""
        text = doc_text(self.doc)
        return [
            p.key
            for p in ctx.people
            if p.end <= parent.start
            and p.key != parent.key
            and text[p.start : p.end].lower() in ("her", "his")
            and _SPOUSE_TO_NAME.fullmatch(text[p.end : parent.start])
        ][-1:]

    def _partner_keys(self, key: str) -> set[str]:
        """Every person the text so far made `key`'s spouse, fiancé or partner."""
        name = self.index.name(key)
        others = {
            c.object if c.subject == name else c.subject
            for c in self.claims
            if c.predicate in ("spouse", "engaged", "partner") and c.object and name in (c.subject, c.object)
        }
        return {k for k in self.index.people if self.index.name(k) in others}

    def _partner_of(self, key: str) -> list[str]:
        """ "Fox gave birth to their second": the one partner the text so far gave the parent
        (spouse, fiancé or partner), or the other of the story's couple."""
        keys = self._partner_keys(key)
        pair = self.index.main_pair()
        if not keys and pair and key in pair:
            return [k for k in pair if k != key]
        return list(keys) if len(keys) == 1 else []

    def _baby_named(self, ctx: SentenceContext) -> None:
        """ "welcomed a daughter on Saturday. The baby, named X, was born ...": the parents of an
        unnamed baby a sentence or two back are X's."""
        if self._welcomed is None:
            return
        parents, date, sentences = self._welcomed
        self._welcomed = None if sentences >= _BABY_NAMED_REACH else (parents, date, sentences + 1)
        text = doc_text(self.doc)
        for person in self._named(ctx):
            if not _BABY_NAMED.match(text[ctx.start : person.start]):
                continue
            for parent in parents:
                if parent != person.key:
                    self._add(
                        ctx, parent, "child", person.key, cue_start=ctx.start, cue_end=person.end, date=date
                    )
            self._welcomed = None
            return

    def _later_children(self, ctx: SentenceContext) -> None:
        """ "Their first child, A, arrived in 2016. Sons B and C followed in 2019 and 2022.": the
        children a sentence opens on, born after the one told before, have that child's parents
        (each a year of the sentence, in order, when there are as many years as children)."""
        opener = _LATER_CHILDREN.match(ctx.text)
        if opener is None:
            return
        verb = ctx.start + opener.end()
        named = [p for p in self._named(ctx) if ctx.start + opener.end("kin") <= p.start and p.end <= verb]
        if not named:
            return
        earlier = [c for c in self.claims if c.predicate == "child" and c.span.end <= ctx.start]
        if not earlier:
            return
        sibling = earlier[-1].object
        parents = [c.subject for c in earlier if c.object == sibling]
        keys = {self.index.name(k): k for k in self.index.people}
        years = [t.value for t in ctx.times if t.value is not None and t.span.start >= verb]
        for i, child in enumerate(named):
            date = years[i] if len(years) == len(named) else (years[0] if len(years) == 1 else None)
            for parent in dict.fromkeys(parents):
                key = keys.get(parent)
                if key is not None and key != child.key:
                    self._add(
                        ctx,
                        key,
                        "child",
                        child.key,
                        cue_start=ctx.start,
                        cue_end=verb,
                        date=date,
                        explicit=date is not None,
                    )

    def births(self, ctx: SentenceContext) -> None:
        """ "gave birth to the couple's son, X, in June" / "welcomed daughter X"."""
        lex = relation_lexicon()
        self._baby_named(ctx)
        self._later_children(ctx)
        text = doc_text(self.doc)
        for match in lex.verbs["birth"].finditer(ctx.text):
            cue_start = ctx.start + match.start()
            mothers = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"][-1:]
            children = [p for p in ctx.people if p.start > cue_start and p.via == "name"]
            if children and _NOT_THE_BABY_BEFORE.search(text[ctx.start + match.end() : children[0].start]):
                children = []  # "welcomed a daughter on Saturday"
            if mothers and not children and _UNNAMED_BABY.match(ctx.text, match.end()):
                parents = [mothers[0].key, *self._co_parent(ctx, mothers[0])]
                self._welcomed = (parents, self._date_near(ctx, ctx.start + match.end()), 0)
            if not children or not mothers:
                continue
            child = children[0]
            between = doc_text(self.doc)[cue_start : child.start]
            gap = doc_text(self.doc)[ctx.start + match.end() : child.start]
            if (
                _WITH_OTHER_PARENT_BEFORE.search(gap)
                or _BIRTH_GAP_BREAK.search(gap)
                or _EXPECTING_NO_BABY.match(between)
            ):
                continue  # "expecting a child with X", "expecting her fifth, as is X": X is no baby
            couple = "couple" in between
            parents = [mothers[0].key]
            pair = self.index.main_pair()
            if couple and pair:
                parents = list(pair)
            else:
                other = [
                    p
                    for p in ctx.people
                    if p.via == "name"
                    and p.start > child.end
                    and _WITH_OTHER_PARENT.fullmatch(doc_text(self.doc)[child.end : p.start])
                ][:1]
                parents += [p.key for p in other if p.key not in parents]
                parents += [k for k in self._co_parent(ctx, mothers[0]) if k not in parents]
                if _THEIR.search(between):
                    parents += [k for k in self._partner_of(mothers[0].key) if k not in parents]
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

    def _described_subject(self, age_end: int) -> bool:
        """Whether the description whose "N-year-old" ends at `age_end` is the subject of its
        clause (the parse's nsubj), not an apposition to the name before it."""
        span = self.doc.char_span(age_end - 1, age_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        token = span[0]
        for _ in range(3):
            if token.dep_ not in _DESCRIPTION_PARTS or token.head.i == token.i:
                break
            token = token.head
        return token.dep_ in ("nsubj", "nsubjpass")

    def _only_nouns(self, start: int, end: int) -> bool:
        """Whether the words in [start, end) are nouns and adjectives (a description), no verb."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return span is None or all(t.pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT", "DET") for t in span)

    def _two_described_ages(self, ctx: SentenceContext, as_of: DateValue | None) -> bool:
        """ "Ada Roe and Ian Holt are expecting. The actor, 36, and the singer, 31, shared the
        news": two described ages opening a sentence are, in order, those of the only two people
        the sentence before (in the same paragraph, or the one-line paragraph before) named.
        Whether it gave them (then the descriptions' own readings are left out)."""
        both = next((m for m in (r.match(ctx.text) for r in _TWO_DESCRIBED_AGES) if m), None)
        if both is None:
            return False
        text = doc_text(self.doc)
        paragraph_start = text.rfind("\n", 0, ctx.start) + 1
        if not text[paragraph_start : ctx.start].strip():  # the paragraph's first sentence
            paragraph_start = text.rfind("\n", 0, len(text[:paragraph_start].rstrip())) + 1
        stops = list(re.finditer(r"[.!?][\"”’']?\s+", text[paragraph_start : ctx.start].rstrip()))
        previous_start = paragraph_start + stops[-1].end() if stops else paragraph_start
        named: list[str] = []
        # (not a pet: "walking her pup Bisou. The actress, 26, and the director, 47, ...")
        pets = non_persons(self.doc, self.index)
        for mention in self.index.person_mentions(previous_start, ctx.start):
            if mention.entity not in named and mention.entity not in pets:
                named.append(mention.entity)
        if len(named) != 2:
            return False
        for key, group in zip(named, (1, 2), strict=True):
            self._add(
                ctx,
                key,
                "age",
                None,
                value=both.group(group),
                cue_start=ctx.start + both.start(group),
                cue_end=ctx.start + both.end(group),
                date=as_of,
            )
        return True

    def _recent(self, ctx: SentenceContext) -> bool:
        """Whether the sentence dates its event within a month or so of the report ("on Friday",
        "this week"), no year told apart from the report's."""
        if self.report_date is None:
            return False
        report = self.report_date.value
        found = False
        for time in ctx.times:
            if time.value is None:
                continue
            said = time.value.value
            if said[:4] != report[:4] or len(said) < 7 or len(report) < 7:
                return False
            if abs(int(said[5:7]) - int(report[5:7])) > 1:
                return False
            found = True
        return found

    def _object_of_own_verb(self, ctx: SentenceContext, described: Person) -> bool:
        """Whether a description ("the 59-year-old host") is the object of a verb whose subject
        the sentence names as the same person the resolver gave the description: one is never
        one's own object ("Roe told the 59-year-old host")."""
        span = self.doc.char_span(described.start, described.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        if root.dep_ in ("det", "amod", "compound", "nummod") and root.head.i >= span.end:
            root = root.head  # "found the 61-year-old" of "found the 61-year-old painter": the noun
        if root.dep_ == "nsubj" and root.head.dep_ in ("ccomp", "xcomp") and root.head.head.i != root.head.i:
            # "Roe found the 61-year-old painter asleep": the small clause's subject is the verb's object
            verb = root.head.head
        elif root.dep_ not in ("dobj", "dative", "pobj", "iobj"):
            return False
        else:
            verb = root.head.head if root.dep_ == "pobj" else root.head
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                for p in ctx.people:
                    if p.key == described.key and p is not described and p.start <= child.idx < p.end:
                        return True
        return False

    def _birthday_ages(self, ctx: SentenceContext) -> None:
        """ "X rang in her 22nd birthday", "celebrated her husband Y's 38th birthday": the age
        the owner of the birthday reached, as of the report (no year of its own in the sentence)."""
        for match in _BIRTHDAY_CELEBRATED.finditer(ctx.text):
            if any(re.search(r"\b\d{4}\b", t.text) for t in ctx.times):
                continue  # "celebrated her 21st birthday in 1998": an age at a past moment
            owner = match.group("owner")
            owner_start, owner_end = ctx.start + match.start("owner"), ctx.start + match.end("owner")
            if owner.lower().startswith("their"):
                continue  # a shared birthday: whose age is unclear
            text = doc_text(self.doc)
            if owner.rstrip().endswith(("'s", "’s")):
                # "her husband X's 38th birthday": the name the possessive closes
                holders = [
                    p
                    for p in ctx.people
                    if p.via == "name"
                    and owner_start <= p.start
                    and text[p.end : owner_end].strip() in ("'s", "’s")
                ]
            else:
                holders = [p for p in ctx.people if p.via == "pronoun" and p.start == owner_start]
            if len(holders) != 1:
                continue
            self._add(
                ctx,
                holders[0].key,
                "age",
                None,
                value=match.group("n"),
                cue_start=ctx.start + match.start(),
                cue_end=ctx.start + match.end(),
                date=self.report_date,
            )

    def ages(self, ctx: SentenceContext) -> None:
        """ "X, 34,", "30-year-old X", "X, a 25-year-old climate activist"."""
        text = doc_text(self.doc)
        # An age said with a name ("X, 44," "the 44-year-old X") holds as of the report, whatever
        # else the sentence dates ("Arden, 44, founded his firm in 2005"); an age at an event
        # ("aged 48", "at 48 years old", "he was 48") holds when the sentence's own year says.
        own = [t for t in ctx.times if t.value is not None and re.search(r"\b\d{4}\b", t.text)]
        at_event = own[0].value if own else self.report_date
        as_of = self.report_date
        if own and (
            self.report_date is None
            or 0 <= int(self.report_date.value[:4]) - int(own[0].value.value[:4]) <= _RECENT_EVENT_YEARS  # type: ignore[union-attr]
        ):
            as_of = own[0].value  # "when news broke in June 2023 ... X, a 25-year-old": then
        reach = text[ctx.start : ctx.end + _COPULA_AGE_REACH]
        digits = _DIGIT.search(reach) is not None
        reference_age = (digits or "-year-old" in reach) and _AGE_OF_REFERENCE.search(reach)
        at_age = digits and _DIGIT.search(ctx.text) is not None
        people = ctx.people if reference_age or (at_age and _AGE_AT.search(ctx.text)) else self._named(ctx)
        if (
            self.report_date is None
            and own
            and own[0].span.start > min((p.start for p in people), default=ctx.end)
        ):
            # With no report date, only an opening time ("When news broke in June 2013, X, 25,")
            # dates the ages; a year told after someone ("X, 70, who was acquitted in 1995")
            # dates a clause: no as-of date rather than a wrong one
            as_of = None
        described_pair = self._two_described_ages(ctx, as_of)
        for person in people:
            if person.via == "couple":
                continue
            # "He was 82.", "The singer is 27,": a copula and the age
            said = _AGE_COPULA.match(text[person.end : person.end + 2 * _COPULA_AGE_REACH])
            shift = 0
            closing = _APPOSITION_CLOSE.match(text, person.end)
            if (
                said is None
                and person.via == "name"
                and closing
                and _POSSESSED_NOUN_BEFORE.search(text[max(ctx.start, person.start - 40) : person.start])
            ):
                # "Our daughter, Sunna, is 14": the name apposed to a possessed noun, then its copula
                shift = closing.end() - person.end
                said = _AGE_COPULA.match(text[person.end + shift : person.end + shift + _COPULA_AGE_REACH])
            if (
                said
                and re.match(r"\s+and\s", text[person.end + shift + said.end() :])
                and not _PRESENT_RELATIVE_AGE.match(said.group(0))
                and not (shift and re.match(r"\s+is\s", said.group(0)))  # "Our son, Bo, is 12 and ..."
            ):
                said = None  # "Kit was 22 and working as a waiter": an age at a past moment
            if (
                said
                and at_event is self.report_date
                and _PAST_AGE_BEFORE.search(text[ctx.start : person.start])
            ):
                said = None  # "since she was 23": an age at some undated past moment, not now
            if said and (person.via == "name" or text[person.start : person.end].lower() in ("he", "she")):
                self._add(
                    ctx,
                    person.key,
                    "age",
                    None,
                    value=_age_value(said.group(2)),
                    cue_start=person.start,
                    cue_end=person.end + shift + said.end(),
                    # ("who was born in 1991 and is 34": the year is the birth's, not the age's)
                    date=self.report_date if said.group(1) or "born" in said.group(0) else at_event,
                )
            if (
                described_pair
                or person.via != "pronoun"
                or not text[person.start : person.start + 4].lower().startswith("the ")
            ):
                continue
            # "The Salt Harbor star, 41,": a description and its age
            apposed = _AGE_AFTER_NAME.match(text[person.end : person.end + 10])
            if apposed and not apposed.group(1).isdigit():
                apposed = None  # an age in words is read after a name only ("Bram, seven,")
            if apposed and not _AGE_DESCRIPTION.match(text[person.start : person.end]):
                self._add(
                    ctx,
                    person.key,
                    "age",
                    None,
                    value=apposed.group(1),
                    cue_start=person.start,
                    cue_end=person.end + apposed.end(),
                    date=as_of,
                )
        for person in people:
            # "the 47-year-old actress": a description the resolver tied to a person
            described = (
                _AGE_DESCRIPTION.match(text[person.start : person.end])
                if person.via == "pronoun" and not described_pair
                else None
            )
            others = {
                p.key for p in people if p.via == "name" and p.end <= person.start and p.key != person.key
            }
            if (
                described
                and others
                and not any(p.via == "name" and p.key == person.key for p in people)
                and not others & self._partner_keys(person.key)
            ):
                # "Fans know star X as Deb, but the 34-year-old collected the award": the resolver
                # took someone of another sentence over the one this sentence names; too unsure
                # (not so for the partner of the one named: "X and the 24-year-old's romance")
                described = None
            if described and self._object_of_own_verb(ctx, person):
                described = None  # "Roe told the 59-year-old host": the host is not Roe
            if described:
                self._add(
                    ctx,
                    person.key,
                    "age",
                    None,
                    value=described.group(1),
                    cue_start=person.start,
                    cue_end=person.end,
                    date=as_of,
                )
        self._birthday_ages(ctx)
        opening = _AGE_OPENING.match(ctx.text)
        if opening:
            # "At 41, Ana Roe is living the calmest moment of her life": a present tense, an age now
            # (or "At age 41, she is ...": a pronoun the resolver gave a person)
            holders = self._named(ctx) + [
                p for p in ctx.people if p.via == "pronoun" and text[p.start : p.end].lower() in ("he", "she")
            ]
            for person in holders:
                if person.start == ctx.start + opening.end() and _PRESENT_AFTER_OPENING_AGE.match(
                    text, person.end
                ):
                    self._add(
                        ctx,
                        person.key,
                        "age",
                        None,
                        value=opening.group(1),
                        cue_start=ctx.start + opening.start(1),
                        cue_end=person.end,
                        date=self.report_date,
                    )
        for match in _AGE_AT.finditer(ctx.text) if at_age else ():  # "pregnant at 48 years old", "aged 48"
            cue_start = ctx.start + match.start()
            earlier = [p for p in people if p.via != "couple" and p.end <= cue_start]
            holder = self._subject_person(ctx, cue_start, earlier)
            if holder is None and earlier:
                holder = earlier[-1]
                between = text[holder.end : cue_start]
                if _IN_RELATIVE_CLAUSE.search(text[ctx.start : holder.start]) and between.startswith(","):
                    holder = None  # "Ivo, whose birth name was Ivo Ruud Lark, died at 80": Ivo's age
                elif _POSSESSED_SUBJECT.match(between):
                    holder = None  # "Ada Roe's father died May 3 at age 81": the father's age
            if match.group(4) and not self._recent(ctx):
                continue  # "she came to England at the age of 9": an age at an undated past moment
            if holder is not None:
                self._add(
                    ctx,
                    holder.key,
                    "age",
                    None,
                    value=next(g for g in match.groups() if g),
                    cue_start=cue_start,
                    cue_end=ctx.start + match.end(),
                    date=at_event,
                )
        for person in people:
            if person.via != "name":
                continue
            after = text[person.end : person.end + 80]
            before = text[max(ctx.start, person.start - 60) : person.start]
            found = (
                _AGE_AFTER_NAME.match(after)
                or _AGE_APPOSITION.match(after)
                or _AGE_IN_BRACKETS.match(after)
                or _AGE_OF_TWO.match(after)
                or _AGE_JUST_TURNED.match(after)
                or _AGE_WHO_JUST_TURNED.match(after)
                or _AGE_TURNED_LATELY.match(after)
                or _AGE_BIRTHDAY.match(text[person.end : person.end + 110])
                or _AGE_BEFORE_NAME.search(before)
                or _AGE_BARE_AFTER_NAME.match(after)
            )
            if not found:
                continue
            match = found
            respectively = _AGES_OF_TWO.match(after) if match.re is _AGE_OF_TWO else None
            first = [
                other
                for other in people
                if other.via == "name"
                and other.key != person.key
                and _TWIN_JOINT.fullmatch(text[other.end : person.start])
            ]
            if respectively and first:
                for holder, told in ((first[0], respectively.group(1)), (person, respectively.group(2))):
                    self._add(
                        ctx,
                        holder.key,
                        "age",
                        None,
                        value=_age_value(told),
                        cue_start=holder.start,
                        cue_end=person.end + respectively.end(),
                        date=as_of,
                    )
                continue
            if match.re is _AGE_BEFORE_NAME and not self._only_nouns(
                person.start - len(before) + match.start(2), person.start
            ):
                continue  # "the 38-year-old actress met X": the age is the actress's, not X's
            if match.re is _AGE_BEFORE_NAME and _OF_AGED_APPOSED.search(before):
                continue  # "the uncle of the 30-year-old singer, Ivo": Ivo is the uncle
            if match.re is _AGE_BEFORE_NAME and not match.group(1).isdigit() and "twin" not in match.group(2):
                # an age in words before one name is too often an age then ("as a nine-year-old,
                # Ada sang"); before twins it is a listing of the children as they are now
                continue
            if match.re is _AGE_APPOSITION and (
                self._described_subject(person.end + match.end())
                or _VERB_AFTER_AGE.match(text, person.end + match.end())
            ):
                continue  # "weeks after his breakup with X, the 41-year-old actor flew": not X's age
            if match.re is _AGE_BEFORE_NAME:
                cue_start, cue_end = person.start - len(before) + match.start(), person.end
            else:
                cue_start, cue_end = person.start, person.end + match.end()
            holders = [person]
            if match.re is _AGE_AFTER_NAME:
                holders += [
                    twin
                    for twin in people
                    if twin.via == "name"
                    and twin.key != person.key
                    and _TWIN_JOINT.fullmatch(text[twin.end : person.start])
                    and (
                        _TWINS_BEFORE.search(text[max(ctx.start, twin.start - 30) : twin.start])
                        or _AGED_LIST_BEFORE.search(text[max(ctx.start, twin.start - 60) : twin.start])
                    )
                ]
            if match.re is _AGE_BEFORE_NAME and re.search(r"\btwins?\b", match.group(2)):
                # "his six-year-old twins Ada and Bea": the name after "and" is the other twin
                holders += [
                    twin
                    for twin in people
                    if twin.via == "name"
                    and twin.key != person.key
                    and _TWIN_JOINT.fullmatch(text[person.end : twin.start])
                ]
            if match.re in (_AGE_OF_TWO, _AGE_WHO_JUST_TURNED) or (
                match.re is _AGE_BIRTHDAY and " their " in match.group(0)
            ):
                holders += [
                    other
                    for other in people
                    if other.via == "name"
                    and other.key != person.key
                    and _TWIN_JOINT.fullmatch(text[other.end : person.start])
                ]
            for holder in holders:
                age = _age_value(match.group(1) or match.group(2))
                date = (
                    self.report_date
                    if match.re in (_AGE_JUST_TURNED, _AGE_BIRTHDAY, _AGE_WHO_JUST_TURNED, _AGE_TURNED_LATELY)
                    else as_of
                )
                if date is None and match.re in (_AGE_WHO_JUST_TURNED, _AGE_TURNED_LATELY):
                    # an undated text: "X turned 40 yesterday (born 3 May 1986)" did so in 2026
                    date = self._birthday_year(ctx, holder.key, age, cue_end)
                self._add(
                    ctx,
                    holder.key,
                    "age",
                    None,
                    value=age,
                    cue_start=min(cue_start, holder.start),
                    cue_end=cue_end,
                    date=date,
                )
