"""Claims of the CONTRACT.md vocabulary, read sentence by sentence from a parsed body.

Each rule finds a cue (data/relations.toml), the people it is about (names, pronouns,
"the couple"), an object (a person, organisation, place or work) and the time the sentence
gives; attribution and modality come from the voice the words are in.
"""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from allegedly.model import SYMMETRIC_PREDICATES, Attribution, Claim, DateValue, Mention, TimeExpression
from allegedly.outlets import outlet_table
from allegedly.understand.attribution import Attributor
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.entities import LIST_JOINT, PLURAL_PRONOUNS, EntityIndex, whole_word_occurrences
from allegedly.understand.family import (
    CO_PARENT_NOUNS,
    COUPLE_NOUNS,
    KIN_ADJECTIVES,
    OWNER_BEFORE_POSSESSIVE,
    PARENT_OF_KIN,
    PLAN_ADVERBS,
    ROLE_VERBS,
    UNION_NOUNS,
    UNNAMED_KIN,
    YEAR,
    FamilyRules,
)
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.lexicon import lexicon as time_lexicon

# Pronouns and the words a text calls two people by ("the couple", "the pair", "the two" when
# no plural noun follows: "the two met", not "the two films"): resolved sentence by sentence.
_PRONOUN_RE = re.compile(
    r"\b(he|she|his|her|him|they|their|them)\b"
    # "the former couple", "the happy pair", "the famous couple": the same two
    r"|\bthe\s+(?:(?:former|happy|new|married|engaged|estranged|longtime|long-time|famous|celebrity"
    r"|power|royal|star|showbiz|loved-up|young)\s+)?"
    r"(?:couple|pair|duo|twosome|lovebirds|newlyweds|exes|family|two(?!\s+[a-z]+(?:s|ren)\b))(?:['’]s)?(?![\w-])"
    # "The co-stars of the drama X dated from 2013 to 2018": the two, opening a sentence
    r"|(?<![\w-])The\s+co-?stars(?![\w-])",
    re.IGNORECASE,
)


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
_WE_PARTNER_STOPS = '.!?"“”'  # a sentence or quote ends between cue and name: not the one named
# An interviewer's question ("Q: You left Westcliffe last year."): "you" is the interviewee, who
# answers in the next paragraph.
_YOU_AND = re.compile(r"\byou\s+and\b|\band\s+you\b", re.IGNORECASE)
_QUESTION_LINE = re.compile(r"(?:Q|Question|INTERVIEWER)\s*[:.]\s")
_SECOND_PERSON_RE = re.compile(r"(?<![\w’'-])(?:[Yy]ou|[Yy]our)(?![\w’'-])")

# A line that only names a person heads a section about them ("Ysolde Brannigan", "2. Ysolde
# Brannigan as Agnes Pell", "Callum Ferrier (Danny)"): a cast or family explainer's headings.
_HEADING_TAIL = re.compile(r"\s*(?:(?:as|plays|is)\s+[^.\n]{1,40}|\([^()\n]{1,40}\))?\s*[:?]?\s*$")
_HEADING_LEAD = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-*•]\s*)?$")
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

# "his housekeeper, Ada Pell, played by X": the name before is a role.
_PLAYED_BY_AFTER = re.compile(r"\s*[,(]\s*(?:who\s+is\s+)?played\s+by\b", re.IGNORECASE)

# "The Ridgeport native", "the Kerry coast": a name between "the" and a lowercase noun modifies
# it (a place, a work), while a person is named without "the".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")

# How far back a description's topic is looked for, and the pronoun that leads a sentence
# ("In 2012 he was traded to ...": the sentence is about whom "he" means).
_TOPIC_SENTENCES = 3
_LEADING_PRONOUN = re.compile(r"^\W*(?:(?:[A-Z]?[a-z]+\s+){0,3}\d{0,4},?\s*)?\b(he|she|He|She)\b")

# "These days the 36-year-old works as": an age alone standing for a person (a verb follows).
# (or closing a clause, or owning something: "a busy year for the 34-year-old.", "the 34-year-old's")
_BARE_AGE_RE = re.compile(r"\b[Tt]he\s+\d{1,2}-year-old(?=\s+(?:[a-z]+ly\s+)?[a-z]+\b|['’]s\b|\s*[.,;!?])")

# "the former Mariners star", "The Dust County star": the capitalised words before the role.
_DESCRIPTION_TITLE = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,4})$")


@cache
def _description_re() -> re.Pattern[str]:
    """ "the actress", "the 34-year-old choreographer", "The Salt Harbor star", "the Emmy-winning
    actress", "the British architect": a description standing for a person."""
    roles = relation_lexicon().roles.pattern
    modifier = r"(?:[A-Z][\w’'-]*|[a-z]+-[a-z]+|former|veteran|young|longtime|famed|acclaimed|beloved)"
    return re.compile(
        rf"\b[Tt]he\s+(?:\d{{1,2}}-year-old\s+)?"
        # a quoted title of a song or a book: 'The "Gravel Lane" singer, 36,'
        r"(?:[\"“][^\"“”\n]{1,40}[\"”]\s+)?"
        rf"(?:{modifier}\s+){{0,3}}?({roles})(?![\w-])"
        # "the DJ Remy Castell": a role right before a capitalised word introduces that name; it
        # is no description of someone said before, even when the tagger missed the name
        r"(?!\s+(?-i:[A-Z])[\w’'-])",
        re.IGNORECASE,
    )


# The age a description states: "the 36-year-old actress", "The comedian, 38,". A candidate the
# text ages otherwise by name ("Parrish, 33,") is not the one described, unless the two ages are
# a birthday apart (_AGE_SLACK).
_AGE_IN_DESCRIPTION = re.compile(r"(\d{1,2})-year-old\b")
_AGE_APPOSED = re.compile(r"\s*,\s*(\d{1,2})\s*(?:[,.;:)]|$)")
_AGE_SLACK = 1
# An age right before a name, with at most two words between ("their 4-month-old daughter Wren",
# "his 10-year-old son, Max"): the name's age (months or weeks old: not yet one).
_AGE_BEFORE_NAME = re.compile(
    r"\b(\d{1,2})-(year|month|week)s?-old\s+(?:[a-z]+\s+){0,2},?\s*$", re.IGNORECASE
)

# A name right before "engagement ring" with no possessive is the ring's maker ("her Neil Lane
# engagement ring", "a 3-carat Harry Winston engagement ring"), not a person engaged.
_MAKERS_RING = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?<!['’]s)\s+engagement\s+ring\b")

# Between "their" and the relation noun it owns: "their romance", "their whirlwind romance".
_THEIR_CUE_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?")

# Between a name and a relation noun: "Teo Marsh, 48, is Ada Roe's husband", "Teo is her
# boyfriend": the name is the one the noun names, the possessor before the noun its owner.
# (Only "is": "was Ada's boyfriend" may have ended, and says nothing of when.)
_IS_OWNERS_KIN = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*,)?\s+is\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?|his|her)\s+(?:(?:new|longtime|first|second|third|late)\s+)?"
)

# An age set off after a name or description ("Kang (28)", "the forward, 32,"), not said with a
# verb ("who is 6"): the writer's aside, even inside a report or an interview's answer.
_APPOSED_AGE_CUE = re.compile(r"[,(]\s*(?:now\s+)?\d{1,2}(?!\d)\s*(?:[,).;]|$)")
# The gender a third-person pronoun shows.
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
# An age's evidence that opens with a description rather than a name: "The comedian, 38,".
_DESCRIBED = re.compile(r"[Tt]he\s")
# How many heads a possessive climbs to find its clause's verb ("her" -> "ex-husband" -> "from"
# -> "separated"): deeper climbs leave the clause.
_OWNER_CLIMB = 4
# A "her" the parse takes for an object though a kinship noun follows it: "separated from her now
# ex-husband X" (an object "her" is never the clause subject: "Ada told her").
_KIN_AFTER_PRONOUN = re.compile(
    rf"\s+(?:[a-z]+\s+){{0,2}}?(?:ex-?\s*)?(?:{COUPLE_NOUNS}"
    r"|son|daughter|child|children|kids|baby|marriage|divorce)\b"
)

# Between a kinship noun and the name it introduces: "husband X", "son, X", "father, architect
# X", "mother, the Italian actress X" (a description of lowercase job words, perhaps a nationality).
_KIN_TO_NAME = re.compile(
    # "her son from that marriage, Oliver": the union the kin comes from may stand between
    r"(?:\s+from\s+(?:that|this|the|his|her|their)\s+(?:(?:first|second|previous|earlier)\s+)?"
    rf"{UNION_NOUNS})?"
    # "his second wife was the actress X", "his ex-wife, a pediatric surgeon named X", "her first
    # husband, a banker, was X": a copula or a described apposition before the name
    r"(?:\s+(?:was|is)\s+"
    r"|\s*,\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:named|called)\s+"
    r"|\s*,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*(?:was|is)\s+)?"
    # ("her fiancé, NBA player X": an acronym may lead the trade)
    r"\s*,?\s*(?:(?:the|a|an|fellow)\s+)?(?:[A-Z][a-z]+\s+|[A-Z]{2,5}\s+)?"
    # "his father was the jockey X", "her mother, the retired nurse X": after an article, one or
    # two words of any trade (never a preposition: "a friend of X" is no kin)
    r"(?:(?:(?<=\bthe\s)|(?<=\ban\s)|(?<=\ba\s))(?:(?!(?:of|to|with|for|from|by|and|or|in|at|on|who|that|whose)\b)[a-z][\w-]*\s+){1,2})?"
    # "her daughter, 4-year-old X": the child's age before the name
    r"(?:\d{1,2}-(?:year|month|week)-old\s+)?"
    # "the jewelry designer X", "the fashion model X": one word of trade before the job word
    r"(?:[a-z][\w-]*\s+(?=[a-z][\w-]*(?:ist|er|or|ian|ess|ant|ent|ect|ive|ger)\s+$))?"
    r"(?:(?:[a-z][\w-]*(?:ist|er|or|ian|ess|ant|ent|ect|ive|ger|ist)|model|chef|star|host|pilot|coach|agent|DJ)\s+){0,2}"
)

# Between a parent and "son"/"daughter" with no possessive: "X also has a daughter, Y", "X, who
# has a son, Y, from ...", "X had a young son, Y".
_HAS_A_CHILD = re.compile(
    r"(?:\s*,\s*who)?\s+(?:also\s+)?(?:has|had)\s+(?:also\s+)?(?:a|one|another)\s+"
    r"(?:(?:young|grown|grown-up|adult|teenage|little|[\w-]+-year-old)\s+)?"
)

# Kinship nouns that name several children at once: "their daughters Ada and Bea".
_PLURAL_KIN = frozenset(
    {
        "sons",
        "daughters",
        "twins",
        "two girls",
        "three girls",
        "four girls",
        "two boys",
        "three boys",
        "four boys",
    }
)
# At most this many names of such a list (a longer run of names is more likely something else).
_KIN_LIST_MOST = 4

# A brother or sister of someone whose parents the text gave earlier is those parents' child
# too: "his younger brother, the bishop X", "Ana's sister X", "He was the brother of X".  A
# half-, step- or foster sibling shares one parent or none, an in-law none: only plain words.
_SIBLING_NOUN = re.compile(
    r"(?:\b[Hh](?:is|er)|['’]s)\s+(?:(?:younger|older|elder|big|little|twin|only|full)\s+)?"
    r"(?:brother|sister)s?(?![\w’'-])"
)
_SIBLING_OF = re.compile(
    r"\b(?:the|a)\s+(?:(?:younger|older|elder|eldest|youngest|twin|only)\s+)?(?:brother|sister)\s+of\s+"
)
# Between the sibling noun and the name: "brother, X", "brother was the future bishop X",
# "sister, the American painter X" (lowercase description words, perhaps one nationality).
_SIBLING_TO_NAME = re.compile(
    r"\s*,?\s*(?:(?:was|is)\s+)?(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,3}"
)
# Between a person and "the brother of": a copula or an apposition ("X was the brother of").
_SIBLING_OF_GAP = re.compile(r"\s+(?:was|is)\s+|\s*,\s*")

# A capitalised word that may be a name (not a month or a weekday): "Thranduil, as well as his
# son" may mean a person the tagger missed.
_NAME_WORD = re.compile(
    r"(?<![\w’'-])(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+"
)

# A king and a queen (an emperor and an empress) named as a pair are a married couple: "King
# Gustaf V and Queen Victoria", "(later King Aldo II and Queen Mira)".  Princes and princesses
# are left out: "Prince Leo and Princess Ida" are as often brother and sister.
_ROYAL_PAIR = re.compile(
    r"\b(?:King|Emperor|Tsar|Czar)\s+(?P<a>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+and\s+"
    r"(?:Queen|Empress|Tsarina|Czarina)\s+(?P<b>[A-Z][\w’'.-]*)"
)

# Between a possessive and its kinship noun: "his thirteenth wife", "Ana's eldest son", "their
# only daughter" (a rank among spouses or children, never a different relation).
_KIN_MODIFIERS = re.compile(
    r"(?:['’]s)?\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[a-z]+teenth|last|late|only|eldest|oldest|youngest|elder|younger|illegitimate|adopted|beloved"
    # how long, how new or how sure: "her longtime partner", "his new girlfriend", "her rumoured
    # boyfriend" (the sentence's own hedge words set the modality); "business partner" stays out
    r"|longtime|long-time|new|current|secret|rumou?red|alleged|reported"
    # an age or a stage of life: "her 10-year-old daughter", "his teenage son", "their baby girl"
    r"|[\w-]+-(?:year|month|week)-old|teenage|little|baby|infant|newborn|twin"
    # a trade: "her rapper husband X", "his actress wife X", "her musician boyfriend X"
    r"|rapper|actor|actress|singer|model|musician|producer|comedian|footballer|chef|artist|businessman"
    r"|businesswoman|billionaire|banker|athlete|dancer|photographer|designer|songwriter|politician|boxer"
    r"|drummer|guitarist|restaurateur|entrepreneur|filmmaker|DJ)\s+){1,2}"
)

# Right before a name that is another's kin in apposition: "A, the fifth son of B, and his wife".
_KIN_OF_BEFORE = re.compile(
    r"\b(?:son|daughter|child|wife|husband|widow|father|mother|brother|sister)\s+of\s+(?:[A-Z][\w’'.-]*\s+){0,2}$"
)

# Between a person and "his"/"her" across an apposition of kinship: "A, the fifth son of B of
# Korea, and his wife".
_KIN_APPOSITION_TO_POSSESSIVE = re.compile(
    r",\s*(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}(?:son|daughter|child|brother|sister)\s+of\s+"
    r"[^,.;()]{1,50}(?:\s*\([^()]{1,40}\))?(?:\s*,\s*|,?\s+and\s+)"
)

# "met my", "met with victims", "meeting with officials": a meeting, not how two people first met.
_NOT_FIRST_MEETING = re.compile(r"(?:first\s+)?(?:met|meet|meeting)\s+(?:my|your|our|with)\b", re.IGNORECASE)

# Right after "met": a group of people met in the way of duty, not the first meeting of two
# ("The couple also met victims and emergency teams", "met dozens of fans").
_MET_OTHERS_AFTER = re.compile(
    r"\s+(?:(?:the|some|many|several|dozens\s+of|hundreds\s+of|local|young|wounded|injured|grieving)\s+)*"
    r"(?:victims|veterans|fans|patients|staff|students|children|families|workers|soldiers|troops|officials|"
    r"leaders|volunteers|survivors|residents|pupils|crowds|dignitaries|locals|wellwishers|well-wishers|"
    r"members|players|athletes|nurses|doctors|refugees)\b",
    re.IGNORECASE,
)
# Before "met": the people met are someone else ("Among those they met were X", "the people the
# couple met").
_MET_BY_THEM_BEFORE = re.compile(
    # (a bare "whom" after a name is that person: ", X, whom she met in 2014")
    r"\b(?:those|people|everyone|anyone)\s+(?:whom\s+)?(?:they|he|she|we|the\s+(?:couple|pair|royals))\s+"
    r"(?:had\s+)?$",
    re.IGNORECASE,
)

# Right before an event verb: the event did not happen ("almost split", "nearly married").
_NOT_QUITE = re.compile(r"\b(?:almost|nearly|narrowly)\s+$", re.IGNORECASE)

# Before a work, in the same clause: the person appeared in it ("best known for the fantasy
# series", "starred in the period drama", "presented the highlights programme", "his
# breakthrough came as the ranch foreman in", "knew him as the police captain in the 1994 thriller").
_APPEARANCE_CUE = re.compile(
    r"(?:\b(?:starred|stars|starring|appeared|appears|appearing|cast|role|roles|breakthrough|known\s+for|"
    # "had a small part in the musical drama X"
    r"part\s+in|"
    r"famous\s+for|presented|presents|presenting|hosted|hosts|hosting|fronted|fronts|voiced|voices|"
    # "the longtime co-host of the morning program X", "went on to host the baking show X"
    r"co-?hosts?\s+of|host\s+of|(?:to|would|will)\s+(?:co-?)?host|co-?hosted|co-?hosting|"
    # "met in 2011 while filming the war drama X"
    r"filming|"
    # "who found fame in the sitcom X", "shot to fame on the 2019 season of X", "a familiar face
    # from the spy thriller X", "his breakout in the crime drama X", "the star of X", "a regular
    # on the panel show X"
    r"(?:co-?)?present(?:s|ed|ing)?|fame\s+(?:in|on|with|as)|familiar\s+face\s+(?:from|on|in)|breakout|star\s+of|regular\s+on)\b"
    r"|\bas\s+(?:the|a|an)\s+(?=[^.;,()]{0,50}\b(?:in|on|of)\s)"
    # "who plays a disgraced detective in X", "portrayed the villain in X"
    # "have played a married couple on the sitcom X": a series is played "on"
    r"|\b(?:plays|played|playing|portrays|portrayed|portraying)\s+(?=[^.;,()]{0,50}\b(?:in|on)\s)"
    # "spent two seasons on the hospital drama X", "after eight years on X"
    r"|\b(?:seasons?|series|years|episodes)\s+(?=(?:on|of)\s)"
    # "won a best actor prize at Venice for X": an acting award is for a part
    r"|\b(?:[Bb]est|[Ss]upporting)\s+(?:actor|actress|supporting\s+(?:actor|actress)|performance)\b"
    r"(?=[^.;()]{0,40}\bfor\s)"
    # "won for the period piece X" (an award won for a part)
    r"|\bwon\s+(?=for\s))"
    r"(?:(?!\b(?:and|but|who|which|when|while)\b)[^.;,()]){0,60}$"
)
# Between two names of one subject ("A and B", "A, B and C") and between the last of them and
# its verb ("A and B have both played"): the verb is said of all of them.
_SUBJECT_JOINT = re.compile(r"\s*,\s*|,?\s+(?:and|&)\s+")
_BEFORE_VERB = re.compile(
    r"(?:\s+(?:have|has|had|were|was|are|is|both|also|each|then|later|once|first|\w+ly))*\s+"
)
# The main verb's clause, then the participle clause of the verb at hand: "A and B became close
# friends while filming X": the subject of the one is the subject of the other.
_MAIN_VERB_THEN_WHILE = re.compile(r"\s+(?:[\w-]+\s+){1,6}?(?:while|when|after|before)\s+")
# A meeting on a set, in the clause right before "on the set of": "when he met Rusk ", "A and B
# met in 2015 ".
_MET_ON_SET = re.compile(r"\b(?P<met>met|meet|meets|meeting)\b[^.;,()]{0,50}$")
# Crew on a set, not cast: whoever met there may have made the work rather than acted in it.
_CREW_WORK = re.compile(
    r"\b(?:shot|filmed|directed|directing|director|produced|producer|wrote|writer|scored|composer|"
    r"choreograph\w*|cinematograph\w*|crew|designed|designer|edited|editor|camera\w*|stylist|makeup)\b",
    re.IGNORECASE,
)
# The text's roles ([roles] of relations.toml) of people who make a work rather than act in it.
_CREW_ROLES = frozenset(
    {
        "choreographer",
        "director",
        "filmmaker",
        "producer",
        "composer",
        "cinematographer",
        "writer",
        "author",
        "stylist",
        "photographer",
        "designer",
        "architect",
        "dancer",
    }
)
# After an organisation, an apposition that says who founded it: ", the production and music
# venture she founded in February", ", which he co-founded in 2017" (the pronoun is the owner).
_FOUNDED_BY_AFTER = re.compile(
    r"\s*,\s*(?:(?:the|a|an|her|his|their)\s+(?:[\w&-]+\s+){0,6}?(?:that\s+|which\s+)?|which\s+)"
    # "X, the production company they co-founded in 2017": both of the couple "they" stands for
    r"(?P<who>she|he|they)\s+(?:had\s+|has\s+|have\s+)?(?:co-?)?founded\b"
)
# A share owned: "owns 70% of X", "owns a majority stake in X", "owns half of X".
_OWNS_SHARE = re.compile(
    r"\b(?:owns|owned|co-owns|holds|held)\s+(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)|half|a\s+third|"
    r"(?:a\s+|the\s+)?(?:majority|minority|controlling|large|small)?\s*(?:stake|share))\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Right after an organisation, its hiring of someone ("Marlow Studios hired ", "the club has appointed "),
# and the post named after the person ("as chief executive", "as its new coach").
_ORG_HIRED = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:hired|appointed|recruited|named|tapped|signed)\s+(?!as\b)"
)
_AS_POST = re.compile(r"(?:,\s*|\s+)as\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+)?[a-z][\w-]*")
# Time spent with an employer: "spent eight years at the streaming service X", "spent a decade
# with the Harrow Players" (the organisation follows within the clause).
_SPENT_AT = re.compile(
    r"\bspent\s+(?:a\s+decade|(?:\w+|\d+)\s+(?:years|seasons|decades)|(?:a|one)\s+(?:year|season))\s+"
    r"(?:at|with)\b",
    re.IGNORECASE,
)
_LEFT_AFTER_SPENT = re.compile(r"\b(?:left|quit|departed|before\s+leaving|until)\b")
# A co-star named with "opposite" / "alongside" (a short description may stand before the
# name: "opposite Australian actor X"), at most `_OPPOSITE_REACH` characters after the work.
_OPPOSITE = re.compile(r"\b(?:opposite|alongside)\s+(?:(?:the|fellow)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?=[A-Z])")
_OPPOSITE_REACH = 100
# A pronoun at a person's place in a sentence (not a description standing for someone).
_PRONOUN_AT = re.compile(r"(?:he|she|his|her|him|hers|they|their|them)\b", re.IGNORECASE)
# "a fellow officer, played by Celeste Amado": the one who plays the part.
_PLAYED_BY = re.compile(r"\bplayed\s+by\s+")
# A sentence that opens on a work, "In " / "On " before it (`_opening_work`) ...
_WORK_OPENING = re.compile(r"\W*(?:In|On)\s+(?:[Tt]he\s+)?[\"“‘']?")
# ... then, after the work and perhaps a relative clause about it, the one who plays in it
# (group `lead` ends where the player's name or pronoun starts) ...
_PLAYS_IN_OPENED_WORK = re.compile(r"(?P<lead>[\"”’']?,\s+(?:which\s+[^,;.]{1,60},\s+)?)")
# ... and the verb of playing right after the player.
_PLAYS_VERB_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:plays|played|stars|starred|portrays|portrayed|is\s+cast|was\s+cast|appears|appeared)\b"
)
# Between "opposite" and the name (`_OPPOSITE`): nothing, or a few words of description.
_OPPOSITE_DESCRIPTION = re.compile(r"(?:[A-Za-z-]+\s+){0,3}")
# A sentence that opens with a quotation mark (a quote, perhaps with its "he wrote"): passed over,
# at most `_QUOTES_PASSED` of them, when looking for the pair a sentence before related.
_QUOTED_SENTENCE = re.compile(r"\s*[\"“]")
_QUOTES_PASSED = 2
# Right after a place: ", where she lives", ", where the couple have lived since 2015".
_WHERE_LIVES = re.compile(
    r"(?:,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?\s*,\s*where\s+(?P<who>she|he|they|the\s+couple|the\s+family|[A-Z][\w’'-]+)"
    r"\s+(?:now\s+|still\s+)?(?:lives|live|has\s+lived|have\s+lived|is\s+based|are\s+based|makes\s+(?:her|his)\s+home)"
    rf"(?:\s+(?:with\s+[^.;,]{{1,40}}?\s+)?since\s+(?P<since>{YEAR}))?\b"
)
# An acting award at a cue: the winner may be named after it ("Best actor went to X for W").
_AWARD_CUE = re.compile(r"(?:best|supporting)\s", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# A kind of work between a verb of starting and its name: "started a podcast together, X",
# "launched the YouTube channel X": the starters appear in it (no organisation they own).
_HOSTED_KIND = re.compile(
    r"\b(?:podcast|show|series|programme|program|vlog|channel|webcast)\b", re.IGNORECASE
)
# After a name the played part belongs to: "cast as Vane's estranged wife in", "plays Ada's
# mother in".
_ROLE_OF_NAMED = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:wife|husband|mother|father|sister|brother|daughter|son|girlfriend|"
    r"boyfriend|lover|fiancée?|partner|rival|best\s+friend|love\s+interest|mum|mom|dad)\s+(?:in|on)\s"
)
# "the two", "the pair", "the couple": who they are may hang on the claims of the sentence before.
_THE_PAIR = re.compile(
    r"\bthe\s+(?:(?:former|happy|new|married|engaged|estranged)\s+)?(?:couple|pair|two|duo|twosome)\b",
    re.IGNORECASE,
)

# After a founded organisation, a co-founder: "in 1966 with his wife, ", " with his business
# partner, ", " together with ", " alongside the chef ".
_FOUNDED_WITH = re.compile(
    rf"(?:\s+in\s+{YEAR})?,?\s+(?:together\s+with|with|alongside)\s+"
    r"(?:(?:his|her|their|the|a)\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z-]+\s*,\s*|)(?=[A-Z])"
)

# The verbs of calling an engagement off ("called off", "broke off"), in any tense (shared with
# the timeline through data/relations.toml).
_CALL_OFF = relation_lexicon().call_off
# After the noun "engagement" and the partner it introduces, the noun's own verb says it ended:
# "her first engagement, to the actor X, ended in 2015" (that date is its end, not its start).
_ENGAGEMENT_NOUN_ENDED = re.compile(
    r"^\s*,?\s+to\s+[^.;,]{1,60},?\s+(?P<end>(?:was\s+|were\s+)?(?:ended|ends|called\s+off|broken\s+off))\b",
    re.IGNORECASE,
)
# After "engagement": "to" and perhaps a short description, before the partner's name (a duty's
# modifier, "first engagement", then names a betrothal all the same).
_ENGAGEMENT_TO = re.compile(
    r"\s*,?\s+to\s+(?:(?:the|a|an|his|her)\s+)?(?:(?-i:[a-z])[a-z-]*\s+){0,3}", re.IGNORECASE
)
# Right before "engagement": it was called off, so the clause's date is when it ended.
_ENGAGEMENT_ENDED = re.compile(
    rf"\b(?:{_CALL_OFF}\s+off|ended|ends|ending)\s+(?:their|the|his|her)\s+$",
    re.IGNORECASE,
)

# Later in the sentence of an engagement: it was called off (that date is its end, not its start).
_CALLED_OFF_LATER = re.compile(
    rf"\b{_CALL_OFF}\s+(?:it\s+)?off\b|\b{_CALL_OFF}\s+off\s+(?:their|the|his|her)\s+engagement\b",
    re.IGNORECASE,
)

# After a home's place: who lives there with the resident, "with her husband", "with his partner".
_WITH_KIN = re.compile(
    r"\s+with\s+(?:his|her|their)\s+(?:(?:longtime|long-time|new)\s+)?"
    rf"{COUPLE_NOUNS}(?![\w-])"
)

# Right before a spouse noun, a divorce the sentence says is done: "divorced her first husband".
_DIVORCED_KIN = re.compile(r"\bdivorced\s+(?:his|her)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)

# A "work" that ends in a possessive before a role is a person's: "Quenby's co-star".
_POSSESSIVE_END = re.compile(r"['’]s$")
# "her co-star in Copperline, X": the work right after.
# ("his co-star in the 2001 thriller X": a year and a kind of work may stand before the title)
_COSTAR_IN = re.compile(
    rf"\bco-?stars?\s+(?:in|on|from)\s+(?:the\s+)?(?:{YEAR}\s+)?(?:[a-z-]+\s+){{0,2}}$", re.IGNORECASE
)
# After a work: "…, in which she starred", "in which he played".
_IN_WHICH = re.compile(
    r"^,?\s+in\s+which\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:starred|appeared|played|was\s+cast|had\s+a\s+role)\b"
)

# A lowercase word of a noun phrase, not a preposition ("opened for his band" is no ownership).
_NOUN_WORD = r"(?!(?:for|with|to|at|in|on|by|from|of|as|into)\b)[a-z-]+"

# Before "house in": the home was bought or built, so the year the clause gives dates the residence.
_ACQUIRED = re.compile(
    r"\b(?:bought|buys|purchased|built|builds|acquired|snapped\s+up)\b[^.;,]{0,40}$", re.IGNORECASE
)

# "husband of nine years", "girlfriend of two years": how long the relation has lasted.
_OF_YEARS = re.compile(r"^\s+of\s+(\w+)\s+years?\b")

# "from a previous relationship with", "from his first marriage to": a child's other parent follows.
_EARLIER_UNION = re.compile(
    r"\bfrom\s+(?:a|an|his|her|their)\s+(?:previous|earlier|former|first|past|prior|second)\s+"
    rf"{UNION_NOUNS}\s*,?\s*(?:with|to)?$",
    re.IGNORECASE,
)

# "The couple" / "they" opening a sentence refer to the couple related at most this many
# characters before (about three sentences), scanning back over at most this many claims.
_RECENT_PAIR_CHARS = 400
_RECENT_PAIR_CLAIMS = 40
# Claims that make two people the couple a following "the two" / "they" means ("met" too: "he
# met X at drama school. The pair married in 1989").
_RECENT_PAIR_PREDICATES = frozenset({"spouse", "engaged", "partner", "divorced", "separated", "met"})
# A name a kinship noun introduces ("their daughter, Isadora"): someone's child, not a partner.
_KIN_RIGHT_BEFORE = re.compile(
    r"\b(?:son|daughter|child|kid|baby|twins|sons|daughters|children|kids)\s*,?\s*$"
)
_OBJECT_BEFORE = re.compile(r"\b(?:joining|joined|join|leaving|at|for|from|by)\s+$", re.IGNORECASE)
# Right after an employer: "X, which she left in 2010" ends the job then.
_WHICH_LEFT = re.compile(r",\s*which\s+(?:she|he|they)\s+(?:later\s+)?(?:left|quit)\b")
# Right before a company the tagger may take for a person: "co-founded Lumenvine", "chief
# executive of Lumenvine" (no one founds a person or is the chief executive of one).
_FOUNDED_BEFORE = re.compile(
    r"\b(?:co-?founded|cofounded|founded|co-founding|founding|chief\s+executive\s+of|CEO\s+of)\s+(?:the\s+)?$"
)
# A mention the name goes on after ("Ashcombe Records"): part of a longer name, the company's.
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
# A capitalised word on the same line right after a name: the tagger took part of a longer name.
_NAME_CUT_SHORT = re.compile(r"[ \t]+[A-Z][\w’'-]*[a-z]")
# "splits his time between": not a breakup.
_SPLITS_TIME = re.compile(r"\s+(?:his|her|their|its)\s+time\b")
# "After her split from X, she dated Y": a parting from someone before the cue of another relation.
# "he plays a detective engaged to", "she played a nurse married to": a character's relation.
_ROLE_RIGHT_BEFORE = re.compile(
    rf"\b{ROLE_VERBS}\s+(?:a|an)\s+(?:[a-z-]+\s+){{1,3}}$",
    re.IGNORECASE,
)
# "Before Wrenfield, she dated X", "After Roe, he was engaged to X": someone else's time.
_BEFORE_PARTNER = re.compile(r"\b(?:before|after)\s+$", re.IGNORECASE)
_PRIOR_PARTING = re.compile(
    r"\b(?:after|before|since|following)\s+(?:her|his|their|the)\s+(?:split|divorce|breakup|break-up|separation)"
    r"\s+(?:from|with)\s+$",
    re.IGNORECASE,
)
# "After her split from Caird, she dated X in 2023": the cue is a noun in a phrase of time set
# before or after the main clause; the main clause's date is not the cue's, only a date inside
# the phrase up to its comma is ("Since their split in 2019, ...").
_TIME_PHRASE_NOUN = re.compile(
    r"\b(?:after|following|since|before|amid|during|despite)\s+(?:her|his|their)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_TIME_PHRASE_END = re.compile(r"[,;:]")
# "remarried on Saturday, six years after their divorce": a date counted back from the main
# clause's, which the usual reading gives (the phrase rule leaves it alone)
_COUNTED_BEFORE_PHRASE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before|since)\s+(?:her|his|their)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
# "After the divorce", "since the split": a parting the text told before, whoever the sentence
# goes on to name.
_AFTER_THE = re.compile(r"\b(?:after|following|since|before|during|amid)\s+the\s+$", re.IGNORECASE)
# "in the wake of each artist's divorce", "their respective divorces": each parted from someone
# else, not from each other.
_EACH_OWN = re.compile(
    r"\b(?:each|either)(?:\s+[a-z]+)?(?:\s+of\s+them)?['’]s\s+$|\brespective\s+$", re.IGNORECASE
)
# "were separated by her bandmate", "separated by a wall": a passive of place, no parting.
_SEPARATED_BY = re.compile(r"\s+by\b")
# A gerund cue opening the sentence is its subject, an act talked of, not one done: "Breaking up
# with X right now is only going to hurt her", "Marrying him was never the plan".
_GERUND_OPENING = re.compile(r"^\W*$")
# What makes such an opening gerund a thought rather than a past act ("Dating X taught her
# patience" is a real relation): a modal, a future or a negated present after it.
_THOUGHT_AFTER = re.compile(
    r"\b(?:would|will|could|might|should|is\s+(?:only\s+|just\s+)?going\s+to|isn['’]t|is\s+not)\b",
    re.IGNORECASE,
)
# A pronoun the resolver tied to someone named only later falls back to the most-mentioned of
# this many people who fits it.
_MAIN_PEOPLE_LOOKED_AT = 4
# "They" / "their" early in a sentence may stand for the couple just related (`_recent_pair`):
# such a sentence is read with the claims made so far.
_THEY_EARLY = re.compile(r"^.{0,30}?\b(?:[Tt]hey|[Tt]heir|[Tt]he\s+family)\b")
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

# "with" right before a kin noun without a determiner ("with wife X", not "with his wife X",
# which names its owner, nor "with X's wife").
# A co-star named after "opposite" / "alongside": never the one the sentence is about.
_COSTAR_BEFORE = re.compile(r"\b(?:opposite|alongside)\s+$", re.IGNORECASE)
_WITH_BARE_KIN = re.compile(r"\bwith\s+(?:(?:longtime|new|then|now)[- ])?$", re.IGNORECASE)
_WHO_AFTER = re.compile(r",?\s+who\b")
# "their" right before a kin noun, perhaps with an age between ("their 4-month-old daughter").
_THEIR_KIN = re.compile(r"\btheir\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

# Acts one partner does to the other, so that one name (and the couple) is enough.
_ONE_SIDED = re.compile(r"proposed|proposes|proposing|popped the question|filed for divorce")

# "after three years of marriage", right after a divorce's date.
_YEARS_OF_MARRIAGE = re.compile(r"^[^.;]{0,30}?\bafter\s+(\w+)\s+years?\s+of\s+(?:marriage|being\s+married)")

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}


def _count(word: str) -> int:
    """ "three" → 3, "12" → 12; 0 when the word is no count."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower(), 0)


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


# A wish or a time still to come that names the people between its words and the verb: "can't
# wait for X and Y to break up", "fans want the two to get married", "before they get married"
# (present tense: a wedding not yet held; "before they got married" may tell a real one).
_WISHED_ON_OTHERS = re.compile(
    # "fans have called for them to start dating", "begged the pair to get back together"
    r"\b(?:wait(?:ing)?\s+for|want(?:s|ed)?|urg(?:e|es|ed|ing)|need(?:s|ed)?|expect(?:s|ed)?"
    r"|call(?:s|ed|ing)?\s+for|begg?(?:s|ed|ing)?|push(?:es|ed|ing)?\s+for|root(?:s|ed|ing)?\s+for)\s+"
    r"(?:[\w’'.-]+\s+){1,6}to\s+(?:(?:get|finally|officially|soon|start|begin)\s+)*$"
    r"|\bbefore\s+(?:they|we|you|he|she|[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)\s+"
    rf"(?:{PLAN_ADVERBS}\s+)?(?:get|gets)\s+$"
    # "they would like to buy a house before they got married", "she wanted to finish her degree
    # before they got married": a wish in the same clause makes even the past tense a plan
    r"|\b(?:want(?:s|ed)?|(?:would|['’]d)\s+(?:like|love|prefer)|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?"
    r"|wish(?:es|ed)?|intend(?:s|ed)?)\s+to\b[^.;,\"“”]{0,50}?\bbefore\s+"
    r"(?:they|we|you|he|she|[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?)\s+"
    rf"(?:{PLAN_ADVERBS}\s+)?(?:get|gets|got)\s+$",
    re.IGNORECASE,
)

# Between "the couple's" / "their" and a home noun: the home is the pair's, whoever the clause's
# subject is ("She designed the couple's home on Bowen Island").
# "her 2018 film Vox Lux", "her latest film "Vox Lux"", "Ada's new project, Vox Lux": the
# owner acted in the work named right after.
_OWNED_WORK = re.compile(
    r"\b(her|his|[A-Z][\w]+['’]s)\s+(?:(\d{4})\s+)?(?:(?:new|latest|upcoming|next|most\s+recent)\s+)?"
    # "his final film, X", "her debut film X": a director's too, so only said of no crew (`_crew`)
    r"(?:(?P<rank>final|first|last|debut|breakout|breakthrough)\s+(?=film|movie|series|show))?"
    r"(?:film|movie|series|show|album|project"
    # a genre may stand before a show: "her cookery show, X" (not "his final film": a director's)
    r"|(?:cookery|cooking|baking|food|talk|chat|reality|travel|comedy|sketch|breakfast|game|quiz|radio|TV)\s+show)"
    r"(?:\s+|,\s+)[\"“']?$"
)
# A home a place names (`_home_shapes`): "the couple's Malibu home", "their Malibu mansion"
# (never a "former" one: the owner's possessive must stand right before the place).
_PLACE_HOME_AFTER = re.compile(
    r"\s+(?:(?:beach|family|country|lakeside|hillside|oceanfront|waterfront)\s+)?"
    r"(?:home|house|mansion|estate|ranch|apartment|penthouse|farmhouse|townhouse)\b"
)
_HOME_OWNER_BEFORE = re.compile(
    r"(?:['’]s?|\b(?:their|her|his))\s+(?:(?:new|sprawling|lavish)\s+)?$", re.IGNORECASE
)
_THE_COUPLE = re.compile(r"the\s", re.IGNORECASE)  # "the couple's", not a bare "their"
_HOME_OWNER_GAP = 22  # "'s new sprawling " at most between the owner and the place
_OWNER_TO_PLACE = re.compile(r"(?:['’]s?)?\s+(?:(?:new|sprawling|lavish)\s+){0,2}")
# "the Nashville-based singer Ada Roe", "Ada Roe, the Nashville-based singer": a person based there
_BASED_AFTER = re.compile(r"-based\s+")
_BASED_NAME_GAP = 40
_LOWER_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){1,4}")
_APPOSITION_THE = re.compile(r",\s+(?:the|a)\s+")
# "returned home to Dublin", "splits her time between Dublin and Lisbon": where the subject lives
_HOME_TO_BEFORE = re.compile(
    r"\b(?:returned|returning|returns|went|headed|moved|moving|came|flew|flown)\s+(?:back\s+)?home\s+to\s+$"
    r"|\bback\s+home\s+in\s+$",
    re.IGNORECASE,
)
# "in which they played two flatmates who share a flat in X": a home of the characters, not theirs.
_ROLE_WHO_BEFORE = re.compile(
    rf"\b{ROLE_VERBS}\s+(?:a|an|the|two)\s+[^.;]*\bwho\s+[^.;]*$",
    re.IGNORECASE,
)
_TIME_BETWEEN_BEFORE = re.compile(
    r"\b(?:splits?|splitting|divides?|dividing)\s+(?:her|his|their|its)\s+time\s+between\s+$", re.IGNORECASE
)
# "her company, Brightwater Media,", "his production company, X": a firm of one's own (a label
# or an agency is more often the one an artist is signed to, so neither counts).
_OWN_FIRM = re.compile(
    r"\b(?:her|his|their|the\s+(?:couple|pair)['’]s)\s+(?:(?:first|second|third|new|newest|latest|flagship)\s+)?"
    r"(?:(?:own\s+)(?:(?:fashion|clothing|record|beauty)\s+)?label\s*,\s*$|(?:own\s+)?"
    r"(?:(?:production|beauty|fashion|media|tech|design|skincare)\s+)?"
    r"(?:company|firm|brand|business|restaurant|startup|start-up|bakery|café|cafe|bistro|boutique)"
    # "the couple's bakery in Hove, Flour & Fig,": where it is may come between
    r"(?:\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?\s*,\s*$)",
    re.IGNORECASE,
)
# "was joined by her sister": a passive "joined" is someone's company, never a job.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A move or a home denied right before the verb: "she couldn't move back to Denver", "they
# never lived in Rome" tell no residence.
_NEGATED_BEFORE = re.compile(
    r"\b(?:could\s+not|couldn[’']t|can[’']t|cannot|can\s+not|won[’']t|wouldn[’']t|didn[’']t|did\s+not"
    r"|doesn[’']t|does\s+not|don[’']t|do\s+not|never|not)\s+(?:(?:yet|even|ever|really|have|had)\s+)*$",
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


def _is_month(name: str) -> bool:
    """A month the tagger took for a place ("shows moved to Jan. 30"): never a home."""
    return time_lexicon().month(name) is not None


_OWNED_HOME = re.compile(
    r"(?:['’]s)?\s+(?:(?:new|old|former|family|first|beloved|\$[\d.,]+\s*(?:million|m)?|[a-z]+-(?:bedroom|acre))\s+){0,2}"
)

# A union's date named as such: "date of marriage as May 12, 2012", "their wedding date was D",
# "the date of separation: D" (court filings and profiles).
_DATE_OF_UNION = re.compile(
    r"\b(?:date\s+of\s+(?P<of>marriage|separation|divorce)|(?P<noun>wedding|marriage|separation|divorce)\s+date)"
    r"\s*(?:(?:as|was|is|of|on)\b|:)?\s*",
    re.IGNORECASE,
)
_UNION_DATE_PREDICATES = {
    "marriage": "spouse",
    "wedding": "spouse",
    "separation": "separated",
    "divorce": "divorced",
}

# Right before the other parent of children just named: "who she shares with ex-husband X", ",
# with ex-wife X", "whom he had with his former girlfriend, X" (a union noun is required: "with
# X" alone may be anyone the children were seen with).
_SHARED_WITH = re.compile(
    r"(?:\b(?:who|whom|that)\s+(?:she|he)\s+(?:shares?|had|has)\s+|,\s*|\s--?\s*|\s[—–]\s*)"
    r"with\s+(?:(?:his|her)\s+)?(?P<ex>ex-|former\s+|then-)?"
    rf"(?P<noun>{CO_PARENT_NOUNS})\s*,?\s*(?:the\s+)?(?:[a-z-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_SHARED_WITH_CUE = re.compile(
    rf"\bwith\s+(?:(?:his|her)\s+)?(?:ex-|former\s+|then-)?{CO_PARENT_NOUNS}\b",
    re.I,
)
# How far the union words may stand after the last child of the list (characters).
_SHARED_WITH_REACH = 40

# Bare verbs of leaving: only an organisation straight after them is the job left.
_BARE_LEAVING = frozenset({"left", "leaves", "leaving", "quit", "quits", "quitting"})
_LEAVING_GAP = re.compile(
    r"\s*(?:(?:the|his|her|their)\s+)?(?:(?:job|position|post|role)\s+(?:at|with)\s+(?:the\s+)?)?"
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
# Between a cue and the first name after it: a clause break ("met in 2009 and have two sons: A …").
_LATER_CLAUSE = re.compile(r"[:;]|\b(?:and|but)\b")

# "left the Comets for the Kings": between the organisation left and the one joined.
# "joined from Y": a transfer's former club, not the one joined.
_FROM_NEXT = re.compile(r"\s+from\b")
# "has played for X since 2017": the club a player is with now (without "since", any club).
_PLAYED_FOR = ("played for", "playing for")
_SINCE_NEXT = re.compile(r"\s+since\b")
# "while he was married", "when she was still married": one person's state then, with no one
# named; never a marriage to whoever else the sentence names.
_MARRIED_STATE_BEFORE = re.compile(
    r"\b(?:while|when|whilst|as|though|although|because)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:still\s+)?$",
    re.IGNORECASE,
)
# A presenter's show, then the channel it is on: "fronts Sunday Roast on Bayview TV" (the
# capitalised title and "on" required: "hosted a party for X" is no job).
_SHOW_ON_CHANNEL = frozenset(
    {"fronted", "fronts", "fronting", "hosted", "hosts", "hosting", "presented", "presents", "presenting"}
)
_SHOW_ON_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,4}on\s+(?:the\s+)?")
# After an organisation: it is the one reporting ("X has learned", "X reports"), no list item.
_REPORTS_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:learned|learnt|confirmed|reported|revealed)\b"
    r"|\s+(?:reports|reported|understands|revealed|confirmed|can\s+(?:reveal|confirm|exclusively))\b"
)
# "The divorce was finalised in 2021" opening a sentence: the divorce of the pair whose
# separation came close before (`_parted_before`, at most this many characters back).
_THE_CUE_OPENS = re.compile(r"\s*(?:The|Their)\s+")
_PARTED_REACH = 700
_JOINED_FROM = frozenset({"joined from", "joins from", "signed from", "signs from"})
_WHEN_AFTER_DATE = re.compile(r",?\s+when\s+\w+\s+")
_LEFT_FOR = re.compile(r"\s+for\s+(?:the\s+|a\s+(?:rival|new)\s+|(?:rival|new)\s+)?")
# Between another employment cue and its organisation: a few words of the same clause
# ("joined the faculty of the ...", "worked for what is now ..."), no clause break.
_EMPLOYER_GAP = re.compile(r"(?:(?!\b(?:and|but|who|which|after|before|when|while)\b)[^.;,()]){0,45}")

# Verbs of working whose organisation comes after "at" or "for" a few words on ("worked in the
# US for Radio Calder", "went on to teach literature at Ashby College", "worked as an engineer
# at Norvane"): the preposition, not the verb, ties the person to the employer.
_EMPLOYER_VIA_PREPOSITION = frozenset(
    {"worked", "works", "working", "taught", "teach", "teaches", "teaching"}
)
# "was hired as a weather presenter by the regional station X": the employer follows "by".
_EMPLOYER_VIA_BY = frozenset({"hired as", "recruited as"})
_BY_GAP = re.compile(
    r"(?:(?!\b(?:and|but|who|which|after|before|when|while)\b)[^.;,()]){0,40}?"
    r"\bby\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}"
)
_PREPOSITION_GAP = re.compile(
    # (a full stop only inside a word or an abbreviation: "in the U.S. for Radio Calder")
    r"(?:(?!\b(?:and|but|who|which|after|before|when|while|by|under|from|with)\b)"
    r"(?:[^.;,()]|\.(?=\S)|(?<=\b[A-Z])\.)){0,40}?"
    r"\b(?:at|for)\s+(?:the\s+)?"
    # "at the Mayfair restaurant Osteria Vela": where the venue is and its noun may come first
    r"(?:(?:[A-Z][\w’'-]*\s+){1,2}(?:[a-z-]+\s+){1,2})?"
)
# After a school left by a student: "left Hallam University without a degree", "... before
# graduating", "... to study law".
_LEFT_AS_STUDENT = re.compile(
    r"(?:\s+(?:in|after)\s+\w+)?\s+(?:without\s+(?:a|an|his|her|their|taking|completing|graduating)\b|"
    r"before\s+(?:graduating|graduation|completing|finishing)\b|to\s+(?:study|attend|enrol|enroll)\b)",
    re.IGNORECASE,
)
# "his works", "her teaching": the verb of working read as a noun after a determiner.
_NOUN_BEFORE = re.compile(
    r"\b(?:his|her|their|its|the|these|those|such|other|early|later|late|major|many|several|"
    r"selected|collected|complete|own|whose|of)\s+$",
    re.IGNORECASE,
)
# Between two organisations of one list: "at Ashby College and the Hallam School", "at Ashby
# (2007), Hallam (2009-2014) and Norvane (2011)" (the years each was held, in brackets).
_ORG_LIST_JOINT = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:,|,?\s+and|,?\s+or|,?\s+as\s+well\s+as)\s+(?:the\s+|at\s+(?:the\s+)?)?"
)
# An organisation name ending in a year is one edition of an event ("coach at the Nations Cup
# 2008"), not whom anyone works for.
_EDITION_YEAR = re.compile(r"\b(?:1[89]|20)\d\d$")
# An academic post right before "at" and a place: "visiting professor at Ashby", "taught at
# Hallam": in a biography the place stands for its university.
_ACADEMIC_AT = re.compile(
    r"\b(?:professors?|professorships?|lecturers?|lectureships?|fellow|taught|teaches|teaching)\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Staff named with their organisation: "Ann Roe and Ben Vey of the Norvane Institute".
_OF_THE = re.compile(r"\s+of\s+the\s+")
# Before an organisation whose job follows ("serves as the Ashby Trust's chairwoman", "was a
# long-time Ledger analyst", "is appointed Norvane Deputy Director"), and between its holder
# and the organisation.
_HOLDS_OWNED_JOB = re.compile(
    r"\b(?:serves|served|serving|is|was|became|becomes|as|appointed|named)\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_HOLDER_TO_OWNED_JOB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:is|was|has\s+been)\s+(?:appointed|named)|serves|served|is|was|became)"
    r"(?:\s+as)?\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2})?"
)


# Relations only a couple has (or had): never between a parent and a child, or two children of
# one parent ("Ohanian's late mother Anke ... the couple married", "his daughters A and B broke up").
# Under this age a person is no one's spouse, fiancé or partner.
_CHILD_AGE = 16
_COUPLE_ONLY = frozenset({"spouse", "engaged", "partner", "divorced", "separated", "affair", "met"})
# Relations whose two sides must both be people: a name the tagger took for a person that is one
# short all-capital word ("NBA", "CEO", "MTV") is an organisation or a title, never a spouse,
# partner or parent.
_PEOPLE_ONLY = _COUPLE_ONLY | {"child"}
_ACRONYM = re.compile(r"[A-Z]{2,4}")
# Right before a romance or parting cue: the report of a link the writer calls false, or a
# question of confirming or denying ("was falsely linked to X", "won't confirm or deny an affair").
_DISOWNED_BEFORE = re.compile(
    r"\b(?:falsely|wrongly|mistakenly|erroneously|never\s+been)\s+(?:been\s+)?$|\bconfirm\s+or\s+deny\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)


# Relation nouns one person may own ("her divorce", "Ana's split", "his affair"): the other side is
# whoever the noun introduces ("her divorce from X"), else the owner's partner the text gave
# before; never merely someone named nearby ("following her divorce, Elfman shunned her").
_OWNED_NOUNS = frozenset(
    {
        "divorce",
        "split",
        "breakup",
        "separation",
        "affair",
        "affairs",
        "engagement",
        "romance",
        "fling",
        "liaison",
        "relationship with",
    }
)
# Between an owner and the noun: "'s" after a name, or a pronoun's space, and a few adjectives.
# ("her September 2016 filing for divorce from X": a month and a year may come first)
_OWNER_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:[A-Z][a-z]+\s+)?\d{4}\s+)?(?:[a-z-]+\s+){0,2}")
# A sentence that opens with a union and names its subject after the comma: "Previously married
# to X and Y, the 36-year-old ...", "Married twice before to X and Y, the star said".
_LEADING_UNION = re.compile(
    r"\s*(?:(?:previously|once|twice|thrice|formerly|briefly|also|first)\s+)?$", re.IGNORECASE
)
# Between a leading phrase's comma and the main clause's subject: perhaps a description's head
# ("..., the 36-year-old Kara Dashwell", "..., the Gangster Squad star Sean Pell").
_TO_CLAUSE_SUBJECT = re.compile(r",\s*(?:the\s+(?:[\w’'-]+\s+){0,4})?")
_PLAIN_PRONOUN = re.compile(r"he|she", re.IGNORECASE)
# Right after such a cue, before the people it joins: "twice before to", "to", "with".
_TO_AFTER_CUE = re.compile(r"(?:\s+(?:once|twice|thrice|before|previously|briefly)){0,2}\s+(?:to|with)\s+")
# A leading phrase whose doer is the main clause's subject: "After filing for divorce from X, Y ...".
_GERUND_LEAD = re.compile(
    r"\s*(?:After|Following|Since|Before|Despite|While|Weeks\s+after|Months\s+after)\s+[a-z]+ing\s+(?:for\s+)?$"
)
_YEAR_AFTER_COMMA = re.compile(r"\s*\d{4}\b")
# Between the noun and the person it introduces: "from", "with" or "to", and a short description.
# ("her first engagement, to the actor X": "to" may follow a comma; never "her divorce, with the
# help of X")
_INTRODUCED_GAP = re.compile(
    r"(?:\s*,\s*to|\s+(?:from|with|to))\s+(?:(?:the|his|her|a|an)\s+)?(?:[a-z-]+\s+){0,3}"
)

# "The former couple", "the estranged pair": a union that was, never just a meeting.
_FORMER_PAIR = re.compile(
    r"the\s+(?:(?:former|estranged|ex-)\s*(?:couple|pair|duo|lovebirds)|exes)\b", re.IGNORECASE
)
_DESCRIBED_GAP = re.compile(r"\s+(?:(?:the|his|her|a|an)\s+)?(?:[a-z-]+\s+){0,3}")
# Right before an owner: "X and Y's split" is the pair's.
_JOINT_OWNER = re.compile(r"\b(?:and|&)\s+$")
# Owned nouns whose other side is never the owner's partner (an affair is with a third person):
# with no one introduced, the usual rules read them.
_THIRD_PARTY_NOUNS = frozenset({"affair", "affairs", "fling", "liaison"})
# "divorce from Pellegrino": the noun introduces a name, whoever the tagger made of it.
# "his longtime companion, X, with whom he had lived since 2017": together since then.
_WITH_WHOM_SINCE = re.compile(rf"^\s*,?\s*with\s+whom\b[^.;]{{0,40}}?\bsince\s+({YEAR})\b")

# "It stars A as Vance", "The series also stars A and B": a sentence about the work just named
# ("It", "The film") lists its cast right after the verb (at most this many names).
_IT_STARS = re.compile(
    r"^\W*(?:It|The\s+(film|movie|series|show|comedy|drama|sitcom|play|musical|thriller|miniseries))"
    r"\s+(?:also\s+)?(?:stars|starred|co-stars|co-starred)\s+"
)
_STARS_LIST_MOST = 4
_NOT_SCREEN_WORK = re.compile(
    r"\b(?:album|single|song|record|EP|book|novel|memoir|podcast|mixtape)\b", re.IGNORECASE
)

# "she runs its restaurant, X", "heads the hotel's spa": running a part of someone else's
# business is a job, not owning it.
_RUNS_ITS = re.compile(r"(?:runs|ran|heads|headed)\s+(?:its|the\s+[\w-]+['’]s?)\s", re.IGNORECASE)

# A founder named as such owns (co-founded) the organisation: "Halden Studios co-founder Tobin
# Varga", "Halden Studios' founder, Tobin Varga" (the name right after the organisation) ...
_FOUNDER_AFTER_ORG = re.compile(
    r"^(?:['’]s?)?\s+(?:co-?)?founder(?:\s+and\s+(?:CEO|chief\s+executive|president|chairman|chairwoman))?"
    r"\s*,?\s+(?=[A-Z])"
)
# ... "Tobin Varga, the founder of Halden Studios", "Varga is a co-founder of", "one of the
# founders of" (between the name and the organisation; "the founders' friends" is no founder).
_FOUNDER_OF = re.compile(
    r"^(?:\s*,\s*|\s+(?:is|was|became)\s+)(?:(?:the|a|an|one\s+of\s+the)\s+)?(?:co-?)?founders?"
    r"(?:\s+and\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+of\s+(?:the\s+)?$"
)
# The most characters between a founder's name and "founder of" + organisation.
_FOUNDER_OF_REACH = 50


def _relatives() -> str:
    """The relatives' nouns of relations.toml's [relatives] (one list for the unnamed-kin rules),
    as regex alternatives, longest first."""
    with resources.files("allegedly.data").joinpath("relations.toml").open("rb") as handle:
        words: list[str] = tomllib.load(handle)["relatives"]["words"]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_RELATIVES = _relatives()

# Between two names that both follow a relation cue and are its pair: "the wedding of A and B",
# "A & B", "the marriage of A to the actor B", "A's romance with B".
_PAIR_AFTER_CUE = re.compile(
    r"(?:['’]s)?\s*,?\s+(?:and|&|to|with)\s+(?:(?:the|his|her|a|an)\s+)?(?:[a-z-]+\s+){0,3}|\s*&\s*"
)
_INTRODUCES_NAME = re.compile(r"\s+(?:from|with|to)\s+(?:the\s+)?[A-Z]")
# A cue in a subjectless clause of time: "X began dating Y in 2015, five months after splitting
# with Z": the one who split is the main clause's subject, not the nearest name (Y).
_GERUND_CLAUSE_BEFORE = re.compile(r"\b(?:after|before|since|while|following|without)\s+$", re.IGNORECASE)
# A cue coordinated after another's object: "X, who was engaged to Y and married to Z": Z's pair is
# the clause's subject X, not the name Y right before "and".
_COORDINATED_CUE_BEFORE = re.compile(r"\s+and\s+(?:was\s+|is\s+|later\s+|then\s+|briefly\s+)?$")
# The end of a text right before a name that is the object of a couple's cue: "engaged to his
# co-star ", "dated the singer ".
_OBJECT_OF_CUE = re.compile(
    r"\b(?:engaged|married|wed|dated|dating|linked)\s+(?:to\s+|with\s+)?(?:(?:his|her|the|a|an)\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Between a gerund cue and the name it takes: "splitting with X", "divorcing X".
_GERUND_OBJECT_GAP = re.compile(r"\s+(?:(?:from|with|to)\s+)?(?:the\s+)?")
# Between a coordinated cue and its object: "married to light-haired beauty X", "wed the singer X".
_COORDINATED_OBJECT_GAP = re.compile(
    r"\s+(?:(?:to|with)\s+)?(?:(?:his|her|the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}"
)
# "has moved on (with X)", "moving on from": past a relationship, no move of home.
_MOVED_ON = re.compile(r"\s+on\b")
# "are reportedly \"getting married\" in August": a wedding arranged, not held.
_GETTING_BEFORE = re.compile(r"\b(?:is|are|['’]re)\s+(?:\w+ly\s+)?[\"“]?getting\s+$", re.IGNORECASE)
# An unnamed relative or friend as the cue's subject: "rumours that her big sister married X": the
# sister (named elsewhere, or not at all) married X, not the name before the noun.
_UNNAMED_KIN_SUBJECT = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[A-Z][\w-]*['’]s)\s+(?:{KIN_ADJECTIVES}\s+)?"
    rf"{UNNAMED_KIN}\s+$"
)
# The same kin noun as the subject of the cue's clause, a few words before it: "Ian Holt's younger
# brother was in a long-term relationship with X" (no new subject, no new clause between).
_KIN_SUBJECT_OF_CLAUSE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[A-Z][\w-]*['’]s)\s+(?:{KIN_ADJECTIVES}\s+)?"
    rf"{UNNAMED_KIN}"
    r"(?:\s+(?!(?:he|she|they|who|and|but|or|after|before|when|while|since|that|with|to)\b)[a-z][\w-]*){1,5}\s+$"
)
# A name owning the kin noun after it: "Ada Roe's sister Tessa", "Ada's younger brother, Ian".
_OWNER_OF_KIN_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+){0,2}(?:sister|brother|daughter|son|mother|father|cousin|niece|nephew|friend)\b"
)
# After a possessive pronoun past the cue, a noun and the name it introduces: "married to my best
# friend, Saoirse Quennell" (the "my" owns the friend; it is not the one married).
_POSSESSIVE_OF_NAMED_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}(?:sister|brother|daughter|son|mother|father|cousin|niece|nephew|friend|manager"
    r"|colleague|co-?star|bandmate|teammate|assistant|agent)\s*,?\s+[A-Z]"
)
# A blood or step relative right after a possessive pronoun: "my mum", "her late father".
_OWNED_KIN_AFTER = re.compile(
    r"\s+(?:(?:own|big|little|older|younger|elder|twin|baby|late|birth)\s+)?(?:step-?|half-?|grand)?"
    rf"(?:{_RELATIVES})\b"
)
# The same relative as the cue's object: "married my mum", "split from her father".
_UNNAMED_KIN_OBJECT = re.compile(
    r"\s+(?:(?:to|with|from)\s+)?(?:my|his|her|their|our|your)" + _OWNED_KIN_AFTER.pattern + r"(?!['’])"
)
# A role the cue describes: "have played a married couple", "cast as an engaged pair".
_PLAYED_ROLE_BEFORE = re.compile(
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|cast\s+as)\s+(?:a|an|the|two)\s+$",
    re.IGNORECASE,
)
# A recap's list of what a span of years held: "have been through a lot in eight years: a
# long-distance romance, a called-off engagement, ...": its items carry no date of their own.
_RECAP_BEFORE = re.compile(
    r"\b(?:in|over|across)\s+(?:the\s+(?:last|past)\s+)?(?:\w+\s+)?(?:years|decades)\s*:", re.IGNORECASE
)
# An unnamed relative a relative clause opens on: "his dad, who lives in", "Her father, who still
# lives in": the home is the relative's, not the name before.
_KIN_WHO_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z-]+\s+)?(?:step-?|half-?|grand)?"
    rf"(?:{_RELATIVES})"
    r",?\s+who\s+(?:[a-z]+\s+)?$"
)
_POSSESSIVE_PRONOUNS = frozenset({"my", "his", "her", "their", "our", "your"})
# After "runs X": the post one holds there ("runs Pell Pictures as chief executive"): a job, no ownership.
_AS_ITS_HEAD = re.compile(
    r"\s+as\s+(?:its\s+|the\s+)?(?:chief\s+executive|CEO|president|managing\s+director|director|chair(?:man|woman)?"
    r"|head|editor|general\s+manager)\b"
)
# "current affairs programme", "his public affairs office": a field of news or office, no affair.
_AFFAIRS_FIELD = re.compile(
    r"\b(?:current|public|foreign|consumer|cultural|legal|veterans['’]?|home|external|regulatory|corporate)\s+$",
    re.IGNORECASE,
)
# "a politically engaged journalist", "deeply engaged with the community": involved, not betrothed.
_ENGAGED_INVOLVED = re.compile(
    r"\b(?:politically|socially|civically|emotionally|actively|deeply|fully|intellectually|culturally"
    r"|highly|closely|heavily|personally|directly)\s+$",
    re.IGNORECASE,
)
# "married into the family": a family joined, no one person married.
_INTO_AFTER = re.compile(r"\s+into\b")

# One search for any cue of `relation_nouns` / `symmetric_verbs`, so that a sentence with none
# (most) is not searched once per predicate: the union of the per-predicate patterns.
_ANY_RELATION_NOUN = re.compile(
    "|".join(p.pattern for t in (relation_lexicon().nouns, relation_lexicon().ex_nouns) for p in t.values()),
    re.IGNORECASE,
)
_SYMMETRIC_PREDICATES = ("spouse", "engaged", "partner", "affair", "separated", "divorced", "met")
_ANY_SYMMETRIC_VERB = re.compile(
    "|".join(relation_lexicon().verbs[k].pattern for k in _SYMMETRIC_PREDICATES), re.IGNORECASE
)


class _LazySentence(SentenceContext):
    """A sentence whose people (`Extractor._people`) are worked out when a rule first asks for
    them: resolving every pronoun of every sentence is most of what reading claims costs, and
    most sentences hold no cue of any rule. The people are read as they would have been when
    the sentence was set up (`claims_seen`: how many claims existed then; the claims only grow,
    and "The Dust County star", "the two" look at them), so the answer is the same either way."""

    def __init__(self, extractor: Extractor, claims_seen: int, **fields: Any) -> None:
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
    named: set[int] = field(default_factory=set)  # ids of claims not read through "the couple"
    work_years: dict[str, DateValue] = field(default_factory=dict)
    _keys_by_name: dict[str, str] | None = None
    _heading_cache: list[tuple[int, str]] | None = None
    _pair_section_cache: list[tuple[int, tuple[str, str] | None]] | None = None
    _character_cache: frozenset[str] | None = None
    _name_ages: dict[str, set[int]] | None = None
    _aged_at: list[tuple[int, str, int]] = field(default_factory=list)  # (offset, person, age said)
    _first_name_cache: dict[str, int] | None = None
    _sentence_cache: tuple[list[Any], list[int]] | None = None
    _welcomed: tuple[list[str], DateValue | None, int] | None = None

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
            if _not_a_person(self.index.name(subject)) or _not_a_person(self.index.name(obj)):
                return
            if predicate in _COUPLE_ONLY and _kin(
                self.claims, self.index.name(subject), self.index.name(obj)
            ):
                return
            if predicate in _COUPLE_ONLY and predicate != "met" and self._a_young_child(subject, obj):
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
        try:
            return self._people(start, end, text)
        finally:
            self.claims = made

    def _names(self, start: int, end: int) -> list[Person]:
        """The named people of `_people` (the same list less pronouns, descriptions, "the couple")."""
        characters = self._characters()
        named = [
            Person(m.entity, m.span.start, m.span.end, "name")
            for m in self.index.person_mentions(start, end)
            if m.entity not in characters
        ]
        return sorted(named, key=lambda p: p.start)

    def _named(self, ctx: SentenceContext) -> list[Person]:
        return ctx.named() if isinstance(ctx, _LazySentence) else super()._named(ctx)

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
                role = _PLAYS_BEFORE.search(before) or _PLAYED_BY_AFTER.match(after)
                (played if role or modifier else other).add(mention.entity)
            self._character_cache = frozenset((played - other) | companies)
        return self._character_cache

    def _referred(self, start: int, end: int, text: str) -> list[Person]:
        def of_age(key: str | None, age: int | None) -> str | None:
            return self._of_age(key, age, before=start)  # only earlier sentences' ages count

        people = [
            Person(m.entity, m.span.start, m.span.end, "name") for m in self.index.person_mentions(start, end)
        ]
        described_here: set[str] = set()
        role_described: set[int] = set()  # where a description with a role word starts
        for match in _description_re().finditer(text):
            offset = start + match.start()
            role_described.add(offset)
            age = self._description_age(match.group(0), start + match.end())
            described = (
                of_age(self._section_pair_member(offset, people), age)
                or of_age(self._tied_to_title(text[: match.start(1)][match.start() :]), age)
                or of_age(self._section_person(offset, None), age)
                # "X stems from a place where people support Y. And yet, the 52-year-old actor
                # can't ...": a description opening its sentence is the topic before, of its gender
                or (
                    self._of_gender(
                        of_age(self._topic_before(offset, {p.key for p in people}), age), match.group(1)
                    )
                    if age is not None and not any(p.start < offset for p in people)
                    else None
                )
                or self._of_gender(
                    of_age(self.index.resolve_description(match.group(1), offset), age), match.group(1)
                )
                # "the actress" is never a man the story is about
                or self._of_gender(
                    of_age(self._topic_before(offset, {p.key for p in people}), age), match.group(1)
                )
                or self._aged_before(offset, age)
            )
            if described is None and len(described_here) == 1 and age is not None:
                # "The Sunday Roast presenter, 41, and the 29-year-old star": a second description
                # that fits no one else is the other of the couple the first one belongs to
                described = self._of_gender(
                    of_age(self._other_of_pair(next(iter(described_here)), offset), age), match.group(1)
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
        for match in _BARE_AGE_RE.finditer(text):
            offset = start + match.start()
            if any(p.start <= offset < p.end for p in people) or offset in role_described:
                continue  # (a role no one fits, "the 29-year-old actress": not a bare age either)
            age = self._description_age(match.group(0), start + match.end())
            described = (
                of_age(self._section_pair_member(offset, people), age)
                or of_age(self._section_person(offset, None), age)
                # "The 51-year-old ... as the guitarist of": a description later in the sentence
                # is the same person, no one else the age could be
                or of_age(
                    self._topic_before(offset, {p.key for p in people if p.via == "name" or p.end <= offset}),
                    age,
                )
                or self._aged_before(offset, age)
            )
            if described is not None:
                people.append(Person(described, offset, start + match.end(), "pronoun"))
        for match in _PRONOUN_RE.finditer(text):
            offset = start + match.start()
            word = match.group(0).lower()
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
                    pair = pair or self._recent_pair(offset)
                    if pair is None and word.startswith("the") and not word.startswith("the family"):
                        pair = self._pair_of_sentence_before(offset)
                if section is None:
                    pair = pair or self.index.main_pair()
                if pair:
                    people += [
                        Person(pair[0], offset, start + match.end(), "couple"),
                        Person(pair[1], offset, start + match.end(), "couple"),
                    ]
                continue
            key = self._section_person(offset, _PRONOUN_GENDER.get(word)) or self.index.resolve_pronoun(
                word, offset
            )
            if key is not None and (key in self._characters() or self._first_named(key) > offset):
                # the resolver chose a character or a place taken for a name, or someone the text
                # names only later ("His ex-wife, a surgeon named Ada Roe"): the topic instead
                gender = _PRONOUN_GENDER.get(word)
                key = self._topic_before(offset, set(), gender) or self._main_person_before(offset, gender)
            if key is not None:
                key = self._in_section(key, offset, _PRONOUN_GENDER.get(word))
            if word in ("his", "her"):
                key = self._clause_subject_owner(people, offset, word) or key
            if key is not None:
                people.append(Person(key, offset, start + match.end(), "pronoun"))
        people += self._first_person(start, text, people)
        return sorted(people, key=lambda p: p.start)

    def _description_age(self, description: str, end: int) -> int | None:
        """The age a description states: "the 36-year-old actress", "The comedian, 38,"."""
        inside = _AGE_IN_DESCRIPTION.search(description)
        if inside:
            return int(inside.group(1))
        apposed = _AGE_APPOSED.match(doc_text(self.doc)[end : end + 8])
        return int(apposed.group(1)) if apposed else None

    def _ages_by_name(self) -> dict[str, set[int]]:
        """The ages the text gives each person by name ("Parrish, 33,"), anywhere in the body."""
        if self._name_ages is None:
            text = doc_text(self.doc)
            self._name_ages = {}
            self._aged_at = []
            for mention in self.index.person_mentions(0, len(text)):
                said = _AGE_APPOSED.match(text[mention.span.end : mention.span.end + 8])
                lead = _AGE_BEFORE_NAME.search(text[max(0, mention.span.start - 40) : mention.span.start])
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
        known = set(self._ages_by_name().get(key, ()))
        # and the ages earlier sentences gave them through descriptions ("The choreographer, 33,")
        name = self.index.name(key) if key in self.index.entities else key
        known |= {
            int(c.value or 0)
            for c in self.claims
            if c.predicate == "age"
            and c.subject == name
            and (c.value or "").isdigit()
            and c.span.end <= before
        }
        if not known or any(abs(age - k) <= _AGE_SLACK for k in known):
            return key
        return None

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
        if owner is None or names[-1].key != owner.key:
            return None  # the subject is no name, or another name comes between: not sure
        gender = self.index.people[owner.key].gender if owner.key in self.index.people else None
        if gender == ("f" if word == "his" else "m"):
            return None
        return owner.key

    def _resolved(self, pronoun: str, offset: int) -> str | None:
        """`resolve_pronoun`, never someone the text names only after `offset`."""
        key = self.index.resolve_pronoun(pronoun, offset)
        if key is None or self._first_named(key) <= offset:
            return key
        gender = _PRONOUN_GENDER.get(pronoun)
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
            return None
        return self._person_keys().get(attribution.speaker)

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
            pair = self.index.main_pair()
            if partner is None and pair is not None and speaker in pair:
                partner = pair[1] if speaker == pair[0] else pair[0]
            if partner is not None:
                found += [
                    Person(speaker, offset, start + match.end(), "couple"),
                    Person(partner, offset, start + match.end(), "couple"),
                ]
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

    def _tied_to_title(self, before_role: str) -> str | None:
        """ "The Dust County star", "the former Mariners star": the one person an earlier claim
        ties to a work or club of that name (appeared_in, employer)."""
        title = _DESCRIPTION_TITLE.search(before_role)
        if not title:
            return None
        words = [w for w in title.group(1).split() if w not in relation_lexicon().not_titles]
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

    def _topic_before(self, offset: int, named_here: set[str], gender: str | None = None) -> str | None:
        """Whom a description the text never tied to a name ("The Salt Harbor star, 41,") most
        likely stands for: the first person the closest earlier sentence names (its topic), unless
        the description's own sentence names that person ("The singer met Roe": not Roe). Up to
        three sentences back; a sentence led by "he"/"she" has the person that pronoun means."""
        excluded = self._characters()
        for sent in reversed(self._sentences_before(offset)[-_TOPIC_SENTENCES:]):
            first = [
                m
                for m in self.index.person_mentions(sent.start_char, sent.end_char)
                if m.entity not in excluded
            ][:1]
            lead = _LEADING_PRONOUN.match(sent.text)
            lead_gender = _PRONOUN_GENDER.get(lead.group(1).lower()) if lead else None
            if gender is not None and lead_gender not in (None, gender):
                lead = None  # "She lives in Oslo." is no topic for a "his"
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
                and not _LOCATIVE_BEFORE.search(text[max(0, person.start - 12) : person.start])
            ):
                named.append(person.key)
        if len(named) == 2:
            return named[0], named[1]
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
            if c.predicate in _COUPLE_PREDICATES
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

    def _recent_pair(self, offset: int) -> tuple[str, str] | None:
        """ "The pair married in 1989. Their son ... The couple separated in 1997": a sentence that
        opens with "the couple" / "they" goes on about the last couple the text related before it
        (a couple claim, or how two met), when that was lately (`_RECENT_PAIR_CHARS`) and no one
        else was named since."""
        keys = self._person_keys()
        best: tuple[int, tuple[str, str], str] | None = None
        # "the former couple": two who were together, not merely two who met
        former = bool(_FORMER_PAIR.match(doc_text(self.doc), offset))
        for seen, claim in enumerate(reversed(self.claims)):
            if seen > _RECENT_PAIR_CLAIMS:
                break
            if (
                claim.predicate not in _RECENT_PAIR_PREDICATES
                or (former and claim.predicate == "met")
                or claim.span.end > offset
                or offset - claim.span.end > _RECENT_PAIR_CHARS
                or claim.subject not in keys
                or claim.object not in keys
                or claim.subject == claim.object
            ):
                continue
            if _kin(self.claims, claim.subject, claim.object):
                continue  # "his late mother Anke ... the couple": a parent and child are no couple
            if best is None or claim.span.end > best[0]:
                best = (claim.span.end, (keys[claim.subject], keys[claim.object]), claim.predicate)
        if best is None:
            return None
        since, pair, predicate = best
        if predicate in ("divorced", "separated") and "\n" in doc_text(self.doc)[since:offset] and not former:
            # "X and Y divorced in 2013. || In 2019 the couple went into business": a new
            # paragraph after a parting goes back to the story's couple (but "the exes" and
            # "the former couple" are that parted pair)
            return None
        allowed = set(pair) | self._characters()
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

    # -- rules ----------------------------------------------------------------------------
    def relation_nouns(self, ctx: SentenceContext) -> None:
        """ "her husband, X", "X's fiancé", "X and husband Y", "the couple's son, X"."""
        lex = relation_lexicon()
        if not _ANY_RELATION_NOUN.search(ctx.text):
            return  # no noun of any table: most sentences
        for ended, table in ((False, lex.nouns), (True, lex.ex_nouns)):
            for predicate, pattern in table.items():
                for match in pattern.finditer(ctx.text):
                    cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                    # "her husband of nine years": together since about then (year precision)
                    lasting = _OF_YEARS.match(doc_text(self.doc)[cue_end : ctx.end])
                    since = None
                    if lasting:
                        cue_end += lasting.end()
                        if self.report_date is not None and _count(lasting.group(1)) and predicate != "child":
                            since = DateValue(str(int(self.report_date.value[:4]) - _count(lasting.group(1))))
                    named = (
                        [
                            p
                            for p in self._named(ctx)
                            if 0 <= p.start - cue_end <= 60
                            and _KIN_TO_NAME.fullmatch(doc_text(self.doc)[cue_end : p.start])
                            # "her fiancé, NBA player X": an acronym taken for a name is the trade's
                            and not _not_a_person(self.index.name(p.key))
                            # "the restaurateur Gaspard Lindqvist-Oduya" read as "Gaspard": a name
                            # cut short by the tagger is someone else's key (the full name's claims
                            # come from its other mentions)
                            and not _NAME_CUT_SHORT.match(doc_text(self.doc), p.end)
                        ][:1]
                        or [
                            # "Teo Marsh, her husband of nine years": the name the noun is in apposition to
                            p
                            for p in self._named(ctx)
                            if re.fullmatch(
                                r",\s*(?:now\s+)?(?:his|her|their)\s+", doc_text(self.doc)[p.end : cue_start]
                            )
                        ]
                        or [
                            # "Teo Marsh, 48, is Ada Roe's husband": the subject of the copula
                            p
                            for p in self._named(ctx)
                            if _IS_OWNERS_KIN.fullmatch(doc_text(self.doc)[p.end : cue_start])
                        ][:1]
                    )
                    if not named and not ended and predicate in ("spouse", "partner", "engaged"):
                        named = self._section_other(ctx, cue_start, cue_end)
                    lived = (
                        _WITH_WHOM_SINCE.match(doc_text(self.doc)[named[0].end : ctx.end]) if named else None
                    )
                    if lived and since is None and predicate in ("spouse", "partner"):
                        since = DateValue(lived.group(1))
                    if not named:
                        continue  # no one the noun names (the owners need not be looked for)
                    if predicate == "child" and PARENT_OF_KIN.search(ctx.text[: match.start()]):
                        continue  # "the mother of his two children, X": X is their mother
                    before = [p for p in ctx.people if 0 <= cue_start - p.end <= 6]
                    if not before:  # "his thirteenth wife, X", "Ana's eldest son X"
                        before = [
                            p
                            for p in ctx.people
                            if p.end <= cue_start
                            and self._owns_across(p, doc_text(self.doc)[p.end : cue_start])
                        ][-1:]
                    if not before and predicate == "child":
                        # "Dame Ana also has a daughter, the designer X": the subject who has the child
                        before = [
                            p
                            for p in ctx.people
                            if p.via == "name"  # a "he" here is left to the rules that read the whole clause
                            and p.end <= cue_start
                            and _HAS_A_CHILD.fullmatch(doc_text(self.doc)[p.end : cue_start])
                        ][-1:]
                    before = [self._possessor(ctx, p) for p in before]
                    if not before and predicate not in ("child", "parent"):  # never "X and daughter Y"
                        head = ctx.text[: match.start()]
                        # "Neither X nor soon-to-be ex-husband Y", "either X, 41, or then-husband Y"
                        conj = re.search(r"\b(?:and|nor|or)\s+(?:(?:her|his)\s+)?(?:soon-to-be\s+)?$", head)
                        if conj:
                            before = [p for p in ctx.people if p.end <= ctx.start + conj.start()][-1:]
                    if (
                        not before
                        and predicate in ("spouse", "partner", "engaged")
                        and _WITH_BARE_KIN.search(ctx.text[: match.start()])
                    ):
                        # "is now based in Denver with wife X", "Y, who came with wife Z": a bare
                        # noun after "with" is the kin of the clause's subject: the person a "who"
                        # clause hangs on, else the nearest one not named after a "with" (a companion)
                        text = doc_text(self.doc)
                        earlier = [
                            p
                            for p in ctx.people
                            if p.end <= cue_start
                            and p.via == "name"
                            and not self._child_in_sentence(ctx, p.key)  # "a son, Otis, with wife X"
                            and not _AGE_APPOSED.match(doc_text(self.doc), p.end)  # (nor "Otis, 10,")
                        ]
                        before = [p for p in earlier[-1:] if _WHO_AFTER.match(text, p.end)] or [
                            p
                            for p in earlier
                            if not _WITH_BARE_KIN.search(text[max(0, p.start - 12) : p.start])
                        ][-1:]
                    if not named or not before:
                        continue
                    other = named[0]
                    if predicate == "partner" and _ends_with(
                        lex.partner_modifiers, ctx.text[: match.start()]
                    ):
                        continue  # "his pro partner X", "her business partner X": no romance
                    owners = [p for p in before if p.via == "couple"] or before[-1:]
                    if (
                        predicate not in ("child", "parent")
                        and len([o for o in owners if o.via == "couple"]) > 1
                    ):
                        continue  # "the pair ... with their husband X": a couple has no one spouse
                    owners = [self._not_own_kin(ctx, o, other) for o in owners]
                    if predicate in ("child", "parent"):
                        # "between his sons A and B ... C": a "his" cannot be someone not yet named
                        owners = [o for o in owners if not self._named_only_later(o)]
                    # "their daughters Ada and Bea": a plural noun names each child of a list
                    kin = [other]
                    if predicate == "child" and match.group().lower() in _PLURAL_KIN:
                        kin = self._named_list(ctx, other, limit=_KIN_LIST_MOST)
                    for other, owner in itertools.product(kin, owners):
                        if len(kin) > 1 and owner.key in {k.key for k in kin}:
                            continue  # "their two boys, A and B" read with A as one of "their": no parent
                        if (
                            predicate == "child"
                            and _THEIR_KIN.search(ctx.text[: match.start()])
                            and self._child_in_sentence(ctx, owner.key)
                        ):
                            # "their son A, 3, and their daughter B": A is B's sibling, not one
                            # of "their" (while in "her son A and his daughter B", A is a parent)
                            continue
                        if predicate == "parent":
                            self._add(
                                ctx,
                                other.key,
                                "child",
                                owner.key,
                                cue_start=min(cue_start, other.start),
                                cue_end=max(other.end, cue_end),
                            )
                        elif predicate == "child":
                            born = self._birth_date(ctx, other.end)
                            if born is None and lex.verbs["birth"].search(ctx.text[: match.start()]):
                                born = self._date_near(ctx, other.end)  # "welcomed their son, X, in May"
                            self._add(
                                ctx,
                                owner.key,
                                "child",
                                other.key,
                                cue_start=min(cue_start, other.start),
                                cue_end=max(other.end, cue_end),
                                date=born,
                                explicit=born is not None,
                            )
                        else:
                            until = self.report_date if ended else None
                            if predicate == "spouse" and _DIVORCED_KIN.search(ctx.text[: match.start()]):
                                # "Fiona divorced her first husband, X, in 2004": married until then
                                until = self._date_near(ctx, other.end) or until
                            # "Loughridge's ex, Okoro": an ex the text said she married is an ex-spouse
                            married = (
                                ended and predicate == "partner" and self._were_married(owner.key, other.key)
                            )
                            self._add(
                                ctx,
                                owner.key,
                                "spouse" if married else predicate,
                                other.key,
                                cue_start=min(cue_start, other.start),
                                cue_end=max(other.end, cue_end),
                                date=since,
                                end=until,
                            )

    def union_dates(self, ctx: SentenceContext) -> None:
        """A court filing's or a profile's named dates: "lists the couple's date of separation as
        December 31, 2024, and their date of marriage as May 12, 2012", "their wedding date: D"."""
        if "date" not in ctx.text:
            return
        for match in _DATE_OF_UNION.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            date = self._date_following(ctx, cue_end)
            if date is None:
                continue
            # the couple the date is of: "the couple's", "their" right before it, else the pair
            # the sentence or the text relates
            owners = [p for p in ctx.people if p.via == "couple" and 0 <= cue_start - p.end <= 12]
            pair = (
                (owners[-2].key, owners[-1].key)
                if len(owners) >= 2
                else self._pair_for(ctx, cue_start, cue_end)
            )
            if pair is None or pair[0] == pair[1]:
                continue
            kind = (match.group("of") or match.group("noun") or "").lower()
            self._add(
                ctx,
                pair[0],
                _UNION_DATE_PREDICATES[kind],
                pair[1],
                cue_start=cue_start,
                cue_end=cue_end,
                date=date,
                explicit=True,
            )

    def children_shared_with(self, ctx: SentenceContext) -> None:
        """ "her daughter Ada, who she shares with ex-husband Ian Roe", "two children -- Ada, 12,
        and Cy, 10 -- with ex-wife Bea Roe": the person named after the children, with a union
        noun, is their other parent and the parent's (former) spouse or partner."""
        if not _SHARED_WITH_CUE.search(ctx.text):
            return
        text = doc_text(self.doc)
        keys = self._person_keys()
        for other in self._named(ctx):
            match = _SHARED_WITH.search(text[max(ctx.start, other.start - 90) : other.start])
            if match is None:
                continue
            at = other.start - (len(text[max(ctx.start, other.start - 90) : other.start]) - match.start())
            # the children this sentence just gave one parent, right before the union words
            children = [
                c
                for c in self.claims
                if c.predicate == "child"
                and c.object
                and ctx.start <= c.span.start
                and c.span.end <= at
                and at - c.span.end <= _SHARED_WITH_REACH
                and keys.get(c.subject) not in (None, other.key)
            ]
            owners = {keys[c.subject] for c in children if c.subject in keys}
            if len(owners) != 1:
                continue  # no children, or children of two people: not one parent's
            owner = owners.pop()
            for child in {keys.get(c.object or "") for c in children} - {None, other.key, owner}:
                assert child is not None
                self._add(ctx, other.key, "child", child, cue_start=at, cue_end=other.end)
            noun = match.group("noun").lower()
            ended = match.group("ex") is not None
            self._add(
                ctx,
                owner,
                "spouse" if noun in ("husband", "wife") else "partner",
                other.key,
                cue_start=at,
                cue_end=other.end,
                end=self.report_date if ended else None,
            )

    def _were_married(self, first: str, second: str) -> bool:
        """Whether an earlier claim made the two people spouses (or divorced them)."""
        keys = self._person_keys()
        return any(
            c.predicate in ("spouse", "divorced")
            and {keys.get(c.subject), keys.get(c.object or "")} == {first, second}
            for c in self.claims
        )

    def siblings(self, ctx: SentenceContext) -> None:
        """ "His younger brother was the bishop X", "He was the brother of X": X is the child of
        the parents the text gave earlier for him (claims already made, so parents said first)."""
        if "brother" not in ctx.text and "sister" not in ctx.text:
            return
        text = doc_text(self.doc)
        pairs: list[tuple[Person, Person, int]] = []  # (owner, sibling, cue start)
        for match in _SIBLING_NOUN.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            if match.group().startswith(("'", "’")):
                owners = [p for p in ctx.people if p.via == "name" and p.end == cue_start]
            else:
                owners = [p for p in ctx.people if p.via == "pronoun" and p.start == cue_start]
            found = [
                p
                for p in self._named(ctx)
                if 0 <= p.start - cue_end <= 60 and _SIBLING_TO_NAME.fullmatch(text[cue_end : p.start])
            ][:1]
            if not owners or not found:
                continue
            owner = self._not_own_kin(ctx, owners[0], found[0])
            limit = _KIN_LIST_MOST if match.group().endswith("s") else 1
            pairs += [(owner, sibling, cue_start) for sibling in self._named_list(ctx, found[0], limit)]
        for match in _SIBLING_OF.finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            owners = [
                p
                for p in ctx.people
                if p.via in ("name", "pronoun")
                and p.end <= cue_start
                and _SIBLING_OF_GAP.fullmatch(text[p.end : cue_start])
            ]
            found = [
                p
                for p in self._named(ctx)
                if 0 <= p.start - cue_end <= 60 and _SIBLING_TO_NAME.fullmatch(text[cue_end : p.start])
            ][:1]
            if owners and found:
                pairs.append((owners[-1], found[0], cue_start))
        if not pairs:
            return
        keys = self._person_keys()
        for owner, sibling, cue_start in pairs:
            if owner.key == sibling.key or owner.key not in self.index.entities:
                continue
            owner_name = self.index.name(owner.key)
            parents = {
                keys[c.subject]
                for c in self.claims
                if c.predicate == "child"
                and c.object == owner_name
                and c.modality == "asserted"
                and c.subject in keys
            }
            for parent in sorted(parents - {sibling.key}):
                self._add(ctx, parent, "child", sibling.key, cue_start=cue_start, cue_end=sibling.end)

    def royal_couples(self, ctx: SentenceContext) -> None:
        """ "King Gustaf V and Queen Victoria spent their summers here": the two are married."""
        if "King" not in ctx.text and "Emperor" not in ctx.text and "Tsar" not in ctx.text:
            return
        for match in _ROYAL_PAIR.finditer(ctx.text):
            a_at, b_at = ctx.start + match.start("a"), ctx.start + match.start("b")
            kings = [p for p in ctx.people if p.via == "name" and p.start <= a_at < p.end]
            queens = [p for p in ctx.people if p.via == "name" and p.start <= b_at < p.end]
            if kings and queens and kings[0].key != queens[0].key:
                self._add(
                    ctx,
                    kings[0].key,
                    "spouse",
                    queens[0].key,
                    cue_start=ctx.start + match.start(),
                    cue_end=ctx.start + match.end(),
                )

    def _not_own_kin(self, ctx: SentenceContext, owner: Person, kin: Person) -> Person:
        """ "His son, Otto Roe, took over": a "his" read as the very person the kinship noun
        names (the resolver's cataphora) cannot be: nobody is their own son.  It is then the
        text's main person, the one it names first and most often (of a gender the pronoun
        allows), when this sentence names no one else before the noun."""
        word = doc_text(self.doc)[owner.start : owner.end].lower()
        if owner.key != kin.key or owner.via != "pronoun" or word not in ("his", "her"):
            return owner
        if kin.start < owner.end or any(
            p.via == "name" and p.key != kin.key and p.end <= owner.start for p in ctx.people
        ):
            # "Roe, his father": the name is the kin and the "his" someone else's; or someone
            # else the sentence named could be meant: leave it unread
            return owner
        if _NAME_WORD.search(doc_text(self.doc)[ctx.start : owner.start], 1):
            return owner  # "Thranduil, as well as his son": a name the tagger missed may be meant
        # the person the text names first (its subject), when no one is named more often
        first = self.index.person_mentions(0, ctx.start)[:1]
        counts = self.index.person_counts()
        if not first or first[0].entity == kin.key or first[0].entity not in self.index.people:
            return owner
        topic = first[0].entity
        if counts[topic] < max(counts.values()) or self.index.people[topic].gender not in (
            None,
            _PRONOUN_GENDER[word],
        ):
            return owner
        return Person(topic, owner.start, owner.end, "pronoun")

    def _named_only_later(self, person: Person) -> bool:
        """Whether `person` is a third-person possessive ("his", "her") taken for someone the
        text names only after it."""
        word = doc_text(self.doc)[person.start : person.end].lower()
        return (
            person.via == "pronoun"
            and word in ("his", "her")
            and person.key not in {m.entity for m in self.index.person_mentions(0, person.start)}
        )

    def _owns_across(self, person: Person, gap: str) -> bool:
        """Whether `person` is a possessive ("his", "their", "Ana's") that a rank or an ordinal
        separates from the kinship noun: "his second wife", "Ana's eldest son"."""
        word = doc_text(self.doc)[person.start : person.end].lower()
        possessive = gap.startswith(("'s", "’s")) if person.via == "name" else word in ("his", "her", "their")
        return possessive and bool(_KIN_MODIFIERS.fullmatch(gap))

    def _possessor(self, ctx: SentenceContext, person: Person) -> Person:
        """ "Meier Roe (1801–70) and his wife Sara": the "his" is the person named right before
        it (if the gender allows), whoever the pronoun resolver would pick."""
        text = doc_text(self.doc)
        word = text[person.start : person.end].lower()
        if person.via != "pronoun" or word not in ("his", "her"):
            return person
        names = [p for p in ctx.people if p.via == "name" and p.end <= person.start]
        for i, named in reversed(list(enumerate(names))):
            gap = text[named.end : person.start]
            if (
                i > 0
                and "," in gap
                and _KIN_OF_BEFORE.search(text[max(ctx.start, named.start - 40) : named.start])
                and _KIN_APPOSITION_TO_POSSESSIVE.fullmatch(text[names[i - 1].end : person.start])
            ):
                # "Prince A, the fifth son of B, and his wife C": the "his" is A's, not B's
                named = names[i - 1]
            elif not OWNER_BEFORE_POSSESSIVE.fullmatch(gap):
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
        if not _ANY_SYMMETRIC_VERB.search(ctx.text):
            return  # no cue of any of the predicates below: most sentences
        for predicate in _SYMMETRIC_PREDICATES:
            for match in lex.verbs[predicate].finditer(ctx.text):
                cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                if self._not_yet(ctx, match.start()):
                    continue  # "they want to get married next summer": a wish, not a wedding
                if _EARLIER_UNION.search(ctx.text[: match.end()]):
                    continue  # "a son, Arlo, from a previous relationship with X": read by `_other_parent`
                if _DISOWNED_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "was falsely linked to X", "won't confirm or deny an affair"
                if _ROLE_RIGHT_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "in which he plays a detective engaged to X": the character's
                if lex.cue_professions.match(ctx.text[match.end() :].lstrip()[:20]):
                    continue  # "famed divorce attorney X", "their wedding planner": a job
                if predicate == "partner" and _ends_with(lex.partner_modifiers, ctx.text[: match.start()]):
                    continue  # "her working relationship with X", "his business relationship with X"
                if predicate in ("affair", "separated") and _ends_with(
                    lex.cue_phrases_before, ctx.text[: match.start()]
                ):
                    continue  # "her personal affairs", "six degrees of separation"
                if (
                    predicate in ("spouse", "partner")
                    and _LEADING_UNION.fullmatch(ctx.text[: match.start()])
                    and _TO_AFTER_CUE.match(ctx.text, match.end())
                ):
                    # "Previously married to X and Y, the 36-year-old ...": the main clause's
                    # subject married each of them (never X to Y)
                    self._leading_union(ctx, predicate, cue_start, cue_end)
                    continue
                owned = self._owned_pair(ctx, cue_start, cue_end, match.group(0).lower())
                if owned == ():
                    continue  # "her bitter divorce" with no one it is from: not whoever is near
                pair = owned or self._pair_for(ctx, cue_start, cue_end)
                if pair is not None and _ONE_SIDED.fullmatch(match.group(0).lower()):
                    # "Quenby's co-star Lola Brandt ...: her boyfriend, the DJ Remy Castell,
                    # proposed": one person's act binds the two only when its doer is one of them
                    actor = self._subject_person(
                        ctx, cue_start, [p for p in ctx.people if p.end <= cue_start]
                    )
                    if actor is None or actor.key not in pair:
                        # "X proposed in Rome, where Y grew up, after asking her father, Z": the
                        # names after the act are not its pair; X's partner may still be
                        pair = None
                pair = pair or self._one_of_the_couple(ctx, cue_start, cue_end, match.group(0))
                if (
                    pair is None
                    and predicate == "divorced"
                    and _THE_CUE_OPENS.fullmatch(ctx.text[: match.start()])
                ):
                    pair = self._parted_before(cue_start)
                if pair is None:
                    continue
                if predicate == "met" and (
                    _NOT_FIRST_MEETING.match(ctx.text[match.start() :])
                    or _MET_OTHERS_AFTER.match(ctx.text, match.end())
                    or _MET_BY_THEM_BEFORE.search(ctx.text[: match.start()])
                ):
                    continue  # "the couple also met victims of the attack", "those they met were"
                if (
                    match.group(0).lower() == "engagement"
                    and _ends_with(lex.engagement_modifiers, ctx.text[: match.start()])
                    and not self._betrothed_to(ctx, match.end())
                ):
                    continue  # "arrived for their first engagement", "audience engagement"
                if match.group(0).lower() == "engagement" and _MAKERS_RING.search(
                    ctx.text[max(0, match.start() - 40) : match.end() + 6]
                ):
                    continue  # "her 3.5-carat Neil Lane engagement ring": the jeweller's name
                if _NOT_QUITE.search(ctx.text[: match.start()]):
                    continue  # "she and Justin almost broke up": it did not happen
                if (
                    predicate == "spouse"
                    and _MARRIED_STATE_BEFORE.search(ctx.text[: match.start()])
                    and not _TO_AFTER_CUE.match(ctx.text, match.end())
                ):
                    continue  # "nothing happened while he was married": to someone unnamed, not them
                if predicate == "separated" and _SPLITS_TIME.match(ctx.text, match.end()):
                    continue  # "who splits his time between their home and his mother's"
                if predicate in ("divorced", "separated") and _AFTER_THE.search(ctx.text[: match.start()]):
                    continue  # "After the divorce he dated X": a parting told before, not theirs
                if predicate in ("divorced", "separated") and _EACH_OWN.search(ctx.text[: match.start()]):
                    continue  # "in the wake of each artist's divorce": not from each other
                plural = match.group(0).lower().endswith("affairs")
                if predicate == "affair" and plural and _AFFAIRS_FIELD.search(ctx.text[: match.start()]):
                    continue  # "a current affairs programme": news, no affair
                if predicate == "engaged" and _ENGAGED_INVOLVED.search(ctx.text[: match.start()]):
                    continue  # "a politically engaged journalist": involved, not betrothed
                if predicate == "spouse" and _GETTING_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "are reportedly \"getting married\" in August": not yet wed
                if _UNNAMED_KIN_SUBJECT.search(ctx.text[: match.start()]) or _KIN_SUBJECT_OF_CLAUSE.search(
                    ctx.text[max(0, match.start() - 120) : match.start()]
                ):
                    continue  # "her big sister married X": the sister, not the name before
                if _PLAYED_ROLE_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "have played a married couple on the sitcom": a role, not a marriage
                if _UNNAMED_KIN_OBJECT.match(ctx.text, match.end()):
                    continue  # "before he married my mum": the mother, named or not, is the one wed
                if predicate == "spouse" and _INTO_AFTER.match(ctx.text, match.end()):
                    continue  # "married into the family": no one person married
                if predicate == "separated" and _SEPARATED_BY.match(ctx.text, match.end()):
                    continue  # "were separated by her bandmate": seated apart
                if (
                    match.group(0).split()[0].lower().endswith("ing")
                    and _GERUND_OPENING.match(ctx.text[: match.start()])
                    and _THOUGHT_AFTER.search(ctx.text, match.end())
                ):
                    continue  # "Breaking up with X now would hurt her": an act talked of
                date = self._date_near(ctx, cue_end)
                if _TIME_PHRASE_NOUN.search(ctx.text[: match.start()]) and not _COUNTED_BEFORE_PHRASE.search(
                    ctx.text[: match.start()]
                ):
                    comma = _TIME_PHRASE_END.search(ctx.text, match.end())
                    until = ctx.start + comma.start() if comma else ctx.end
                    date = self._date_following(ctx, cue_end, until)
                end = None
                span = self._range_after(ctx, cue_end)
                if span is not None and predicate in ("spouse", "partner", "engaged", "affair"):
                    date, end = span  # "dated X from 2008 to 2011", "together since 2016"
                if predicate == "met":
                    date = self._years_before(ctx, match.start()) or date
                if _RECAP_BEFORE.search(ctx.text[: match.start()]):
                    date, end = None, None  # "been through a lot in eight years: a romance, a split"
                if predicate == "engaged" and _ENGAGEMENT_ENDED.search(ctx.text[: match.start()]):
                    date, end = None, date  # "called off their engagement in 2019": it ended then
                elif predicate == "engaged" and (
                    off := _CALLED_OFF_LATER.search(ctx.text[match.end() :])
                    or (
                        _ENGAGEMENT_NOUN_ENDED.match(ctx.text[match.end() :])
                        if match.group(0).lower() == "engagement"
                        else None
                    )
                ):
                    # "got engaged in 2008 but called it off a year later", "was engaged to X, who
                    # called off their engagement in 2019": a date before the call-off starts the
                    # engagement, the one after it ends it
                    # (the call-off verb: a named group where the match opens at the partner)
                    off_at = cue_end + off.start("end" if "end" in off.re.groupindex else 0)
                    date, end = self._date_following(ctx, cue_end, off_at), self._date_following(ctx, off_at)
                self._add(
                    ctx,
                    pair[0],
                    predicate,
                    pair[1],
                    cue_start=cue_start,
                    cue_end=cue_end,
                    date=date,
                    end=end,
                    explicit=date is not None,
                )
                years = _YEARS_OF_MARRIAGE.match(doc_text(self.doc)[cue_end : ctx.end])
                if predicate == "divorced" and years and date is not None and _count(years.group(1)):
                    # "divorced in 2016 after three years of marriage": married about 2013
                    wed = DateValue(str(int(date.value[:4]) - _count(years.group(1))))
                    self._add(
                        ctx,
                        pair[0],
                        "spouse",
                        pair[1],
                        cue_start=cue_start,
                        cue_end=cue_end,
                        date=wed,
                        end=date,
                    )

    def _betrothed_to(self, ctx: SentenceContext, at: int) -> bool:
        """Whether the engagement noun ending at `at` (in the sentence) is to a named person:
        "her first engagement, to the actor X" is a betrothal, whatever its modifier."""
        to = _ENGAGEMENT_TO.match(ctx.text, at)
        return to is not None and any(p.via == "name" and p.start == ctx.start + to.end() for p in ctx.people)

    def _owned_pair(
        self, ctx: SentenceContext, cue_start: int, cue_end: int, cue: str
    ) -> tuple[str, str] | tuple[()] | None:
        """For a relation noun one person owns ("her divorce from X", "Ana's split"): the owner
        and the one the noun introduces, else the owner's partner an earlier claim gave; `()`
        when neither is known; None when the noun has no single owner (the usual rules read it)."""
        if cue not in _OWNED_NOUNS:
            return None
        text = doc_text(self.doc)
        owners = [
            p
            for p in ctx.people
            if p.via in ("name", "pronoun")
            and p.end <= cue_start
            and _OWNER_GAP.fullmatch(text[p.end : cue_start])
            and (
                (p.via == "pronoun" and text[p.start : p.end].lower() in ("his", "her"))
                or text[p.end] in "'’"
            )
        ]
        if not owners and _GERUND_LEAD.match(text[ctx.start : cue_start]):
            # "After filing for divorce from X on D, Y retreated": the main clause's subject
            owners = self._clause_subject_after(ctx, cue_end)
        if not owners or _JOINT_OWNER.search(text[max(0, owners[-1].start - 6) : owners[-1].start]):
            return None  # "Theroux and Aniston's engagement": the two own it
        owner = owners[-1].key
        for person in ctx.people:
            if (
                person.via == "name"
                and person.start >= cue_end
                and person.key != owner
                and (
                    _INTRODUCED_GAP.fullmatch(text[cue_end : person.start])
                    # "his relationship with Ana": the cue itself ends in the preposition
                    or (cue.endswith(" with") and _DESCRIBED_GAP.fullmatch(text[cue_end : person.start]))
                )
            ):
                return owner, person.key
            if person.start >= cue_end:
                break
        if _INTRODUCES_NAME.match(text, cue_end):
            return ()  # "Hale's divorce from Pellegrino" with Pellegrino unrecognised: not her fiancé
        if cue in _THIRD_PARTY_NOUNS:
            return None  # "news of his affair broke ... Millepied and X": the usual rules read it
        keys = self._person_keys()
        name = self.index.name(owner)
        # a relation that ended ("dated X from 2016 to 2018") is not the one "her engagement" means
        ongoing = [c for c in self.claims if c.end is None]
        for claim in [*reversed(ongoing), *reversed(self.claims)]:
            if (
                claim.predicate in _COUPLE_PREDICATES
                and claim.object
                and name in (claim.subject, claim.object)
            ):
                other = keys.get(claim.object if claim.subject == name else claim.subject)
                if other is not None and other != owner:
                    return owner, other
        return ()

    def _leading_union(self, ctx: SentenceContext, predicate: str, cue_start: int, cue_end: int) -> None:
        """ "Married twice before to X and Y, the Z star said ...": each person named between
        the cue's "to"/"with" and the comma, with the subject after the comma."""
        text = doc_text(self.doc)
        to = _TO_AFTER_CUE.match(text, cue_end, ctx.end)
        if to is None:
            return
        subjects = self._clause_subject_after(ctx, to.end())
        comma = text.find(",", to.end(), ctx.end)
        if (
            not subjects
            or comma == -1
            or (
                subjects[0].via != "name"
                and not _PLAIN_PRONOUN.fullmatch(text[subjects[0].start : subjects[0].end])
            )
        ):
            return  # a description ("the 36-year-old") may be anyone of the story: no guess
        partners = [
            p
            for p in ctx.people
            if p.via == "name" and to.end() <= p.start and p.end <= comma and p.key != subjects[0].key
        ]
        if subjects[0].key in {p.key for p in ctx.people if to.end() <= p.start < comma}:
            return  # the subject among the people it married: a misread
        for partner in partners:
            self._add(
                ctx,
                subjects[0].key,
                predicate,
                partner.key,
                cue_start=cue_start,
                cue_end=partner.end,
                date=self._date_near(ctx, cue_end),
            )

    def _clause_subject_after(self, ctx: SentenceContext, cue_end: int) -> list[Person]:
        """The person who opens the main clause after a leading phrase that ends at its first
        comma past `cue_end` ("After filing for divorce from X on D, Y ..."); none else."""
        text = doc_text(self.doc)
        comma = text.find(",", cue_end, ctx.end)
        # the comma of a date ("on September 19, 2016,") is not the phrase's end
        while comma != -1 and _YEAR_AFTER_COMMA.match(text, comma + 1):
            comma = text.find(",", comma + 1, ctx.end)
        if comma == -1:
            return []
        first = [p for p in ctx.people if p.start > comma and p.via in ("name", "pronoun")][:1]
        if first and _TO_CLAUSE_SUBJECT.fullmatch(text[comma : first[0].start]):
            return first
        return []

    def _not_yet(self, ctx: SentenceContext, at: int) -> bool:
        """Whether a wish, plan or future stands right before the verb at `at` (sentence
        offset): "want to get married", "plan to wed", "will tie the knot", "can't wait for X
        and Y to break up", "before they get married"."""
        return bool(
            _not_yet_re().search(ctx.text[max(0, at - 40) : at])
            or _WISHED_ON_OTHERS.search(ctx.text[max(0, at - 80) : at])
        )

    def _years_before(self, ctx: SentenceContext, at: int) -> DateValue | None:
        """ "married in 2020, three years after the two first met": the year named before, less
        the years counted back (year precision)."""
        head = ctx.text[:at]
        counted = re.search(r"\b(\w+)\s+years?\s+(?:after|later\s+than)\s+(?:[\w’'-]+\s+){0,3}$", head)
        if not counted or not _count(counted.group(1)):
            return None
        years = re.findall(rf"\b({YEAR})\b", head[: counted.start()])
        return DateValue(str(int(years[-1]) - _count(counted.group(1)))) if years else None

    def _one_of_the_couple(
        self, ctx: SentenceContext, cue_start: int, cue_end: int, cue: str
    ) -> tuple[str, str] | None:
        """ "Arden proposed in December 2010", "She filed for divorce from the restaurateur":
        an act one person does to a partner the text established; the partner is the other half
        of the couple, when the one person named is half of it."""
        if not _ONE_SIDED.fullmatch(cue.lower()):
            return None
        clause = [p for p in ctx.people if p.via != "couple" and p.end <= cue_start]
        if not clause:
            return None
        actor = self._subject_person(ctx, cue_start, clause) or clause[-1]
        # "They married in 2003 ... In 2014, X filed for divorce": the couple just related, when
        # X is half of it; else the story's couple
        recent = self._recent_pair(ctx.start)
        pair = recent if recent is not None and actor.key in recent else self.index.main_pair()
        if pair is None:
            return None
        if actor.key not in pair or re.search(
            r"\b(?:previous|former|first|ex-|earlier|previously)\b", ctx.text, re.IGNORECASE
        ):
            return None
        return actor.key, pair[1] if actor.key == pair[0] else pair[0]

    def _pair_for(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> tuple[str, str] | None:
        couple = [p for p in ctx.people if p.via == "couple" and p.start < cue_start]
        text = doc_text(self.doc)
        gerund = self._gerund_pair(ctx, cue_start, cue_end)
        if gerund is not None:
            return gerund
        owned = [
            p
            for p in couple
            if text[p.start : p.end].lower() == "their" and _THEIR_CUE_GAP.fullmatch(text[p.end : cue_start])
        ]
        named_pair = {p.key for p in couple if text[p.start : p.end].lower().startswith("the ")}
        if (
            len(owned) >= 2
            and owned[0].key != owned[1].key
            and {owned[0].key, owned[1].key} == named_pair
            and not _INTRODUCES_NAME.match(text, cue_end)
        ):
            # "since the pair went public with their romance, while ... from X and Y": the two
            # "the pair" and its "their" stand for own the relation, not the names nearest the cue
            # (a bare "they ... their" may be anyone's: the usual rules read it)
            return owned[0].key, owned[1].key
        # "proposed on a beach in Kerry": a name after "in"/"at" is a place the tagger took for one
        names = [
            p
            for p in ctx.people
            if p.via != "couple"
            and not _LOCATIVE_BEFORE.search(text[max(ctx.start, p.start - 12) : p.start])
            # "After her split from X, she dated Y": X is the one she parted from, not Y's match
            and not (
                p.end <= cue_start and _PRIOR_PARTING.search(text[max(ctx.start, p.start - 50) : p.start])
            )
            # "married to X, and the couple live with their daughter, Y": a child is not the pair
            and not (
                p.start >= cue_end and _KIN_RIGHT_BEFORE.search(text[max(ctx.start, p.start - 14) : p.start])
            )
            # "Before Wrenfield, Korsh dated X": the partner before or after whom is not the pair
            and not (
                p.end <= cue_start
                and _BEFORE_PARTNER.search(text[max(ctx.start, p.start - 8) : p.start])
                and text.startswith(",", p.end)
            )
            # "married Ada Roe's sister Tessa": the owner of the kin noun is not the pair
            and not (p.start >= cue_end and _OWNER_OF_KIN_AFTER.match(text, p.end))
            and not (
                p.start >= cue_end
                and p.via == "pronoun"
                and text[p.start : p.end].lower() in _POSSESSIVE_PRONOUNS
                and _POSSESSIVE_OF_NAMED_AFTER.match(text, p.end)
            )
        ]
        if (
            len(couple) >= 2
            and not any(p.end <= cue_start for p in names)
            and not _INTRODUCES_NAME.match(text, cue_end)
        ):
            # "The pair met in 2014 at the wedding of A's best friend, B": "the pair" opened the
            # sentence and no name follows the cue with "with/to/from": the pair, not A and B
            return couple[0].key, couple[1].key
        distinct: list[Person] = []
        # People named around the cue, nearest first.
        for person in sorted(names, key=lambda p: min(abs(p.start - cue_start), abs(p.start - cue_end))):
            if person.key not in {d.key for d in distinct}:
                distinct.append(person)
        if len(distinct) >= 2:
            first, second = sorted(distinct[:2], key=lambda p: p.start)
            # "The couple met in 2009 and have two sons: A, …, and B": people named only in a later
            # clause than the cue are not the pair "the couple" opened the sentence with
            if (
                len(couple) >= 2
                and first.start >= cue_end
                and _LATER_CLAUSE.search(text[cue_end : first.start])
            ):
                return couple[0].key, couple[1].key
            # "married to A, B and C": items of one list after the cue are not each other's pair
            if first.start >= cue_end and LIST_JOINT.fullmatch(doc_text(self.doc)[first.end : second.start]):
                before = [p for p in names if p.end <= cue_start]
                if before:
                    return (before[-1].key, first.key) if before[-1].key != first.key else None
                # "The couple married in 1961 and had three children: A, B and C"
                return (couple[0].key, couple[1].key) if len(couple) >= 2 else None
            if (
                first.start >= cue_end
                and first.via == second.via == "name"
                and not _PAIR_AFTER_CUE.fullmatch(text[first.end : second.start])
            ):
                # "at the wedding of A's best friend, B", "married A, the daughter of B": two names
                # after the cue are its pair only when "and"/"to"/"with" joins them
                return (couple[0].key, couple[1].key) if len(couple) >= 2 else None
            return distinct[0].key, distinct[1].key
        if couple:
            return couple[0].key, couple[1].key
        return None

    def _gerund_pair(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> tuple[str, str] | None:
        """ "X began dating Y, months after splitting with Z", "X, who was engaged to Y and married
        to Z": (X, Z), the clause's subject and the name the cue takes; None unless the cue is
        such a subjectless gerund or a cue coordinated after another cue's object."""
        text = doc_text(self.doc)
        before = [p for p in ctx.people if p.via != "couple" and p.end <= cue_start]
        if text[cue_start:cue_end].split()[0].lower().endswith("ing") and _GERUND_CLAUSE_BEFORE.search(
            text[ctx.start : cue_start]
        ):
            gap = _GERUND_OBJECT_GAP  # "after splitting with the singer's manager, X": not X
            subject = self._subject_person(ctx, cue_start, before)
        elif (
            before
            and before[-1].via == "name"
            and _COORDINATED_CUE_BEFORE.fullmatch(text[before[-1].end : cue_start])
            and _OBJECT_OF_CUE.search(text[ctx.start : before[-1].start])
        ):
            gap = _COORDINATED_OBJECT_GAP
            subject = self._subject_person(ctx, cue_start, before[:-1])
        else:
            return None
        after = [p for p in ctx.people if p.via == "name" and p.start >= cue_end][:1]
        if not after or subject is None or subject.key == after[0].key:
            return None
        if not gap.fullmatch(text[cue_end : after[0].start]):
            return None
        return subject.key, after[0].key

    def _employers_in(self, ctx: SentenceContext) -> list[Mention]:
        """Organisations, and news outlets (journalists work for them; a social platform is
        where people post, not whom they work for), in text order."""
        outlets = [
            m
            for m in self.index.mentions_of_kind("outlet:", ctx.start, ctx.end)
            if (found := outlet_table().lookup(self.index.name(m.entity))) is not None
            and found.kind != "social"
        ]
        organisations = [m for m in ctx.organisations if self._can_employ(self.index.name(m.entity))]
        return sorted([*organisations, *outlets, *self._academic_places(ctx)], key=lambda m: m.span.start)

    def _can_employ(self, name: str) -> bool:
        """Whether an organisation's name can be an employer: not a party, an army, a board or a
        post (membership_heads), not an event (event_heads) or one year's edition of one."""
        lex = relation_lexicon()
        # the head of "Council of Science and Technology" is "Council", not "Technology"
        words = re.split(r"\s(?:of|on|for)\s", name)[0].split()
        return bool(words) and not (
            words[-1] in lex.membership_heads
            or name.split()[-1] in lex.event_heads
            or _EDITION_YEAR.search(name)
        )

    def _academic_places(self, ctx: SentenceContext) -> list[Mention]:
        """Places right after an academic post and "at" ("visiting professor at Ashby"), which
        stand for the place's university."""
        text = doc_text(self.doc)
        return [
            m
            for m in ctx.places
            if _ACADEMIC_AT.search(text[max(ctx.start, m.span.start - 40) : m.span.start])
        ]

    def _listed_after(self, first: Mention, candidates: list[Mention]) -> list[Mention]:
        """The organisations listed after `first` ("at Ashby College and the Hallam School",
        "Ashby (2007), Hallam (2009) and Norvane (2011)"); a name of another kind in the list
        (a place or a club the tagger took for a person) is stepped over, not claimed."""
        text = doc_text(self.doc)
        names = sorted(
            [*candidates, *self.index.mentions_of_kind("", first.span.end, first.span.end + 300)],
            key=lambda m: m.span.start,
        )
        listed: list[Mention] = []
        last = first
        wanted = {(m.span.start, m.entity) for m in candidates}
        for mention in names:
            if mention.span.start < last.span.end:
                continue
            if not _ORG_LIST_JOINT.fullmatch(text[last.span.end : mention.span.start]):
                break
            if _REPORTS_AFTER.match(text, mention.span.end):
                break  # "to join Westbrook Media, Screen Ledger has learned": the outlet telling it
            if (mention.span.start, mention.entity) in wanted:
                listed.append(mention)
            last = mention
        return listed

    def job_titles(self, ctx: SentenceContext) -> None:
        """ "X is a senior editor at the Ledger", "X, professor of law at Y University",
        "The Daily Ledger columnist X": a job held at (or for) an organisation."""
        text = doc_text(self.doc)
        jobs = relation_lexicon().job_nouns.pattern
        leaders = relation_lexicon().leader_jobs.pattern
        orgs = relation_lexicon().org_nouns.pattern
        employers = self._employers_in(ctx)
        for employer in employers:
            before = text[max(ctx.start, employer.span.start - 90) : employer.span.start]
            after = text[employer.span.end : min(ctx.end, employer.span.end + 40)]
            held_at = re.search(
                rf"\b(?:{jobs})(?:\s+(?:of|for|in)\s+[\w\s-]{{1,50}}?)?\s+(?:at|for|with)\s+(?:the\s+)?"
                # "a partner at the Dublin law firm X": a place and a kind of organisation between
                rf"(?:(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?(?:{orgs})\s+)?$",
                before,
                re.IGNORECASE,
            ) or re.search(
                # "CEO of Norvane Rail", "the first president of historically black Ashby College"
                rf"\b(?:{leaders})\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}$",
                before,
                re.IGNORECASE,
            )
            # "The Ledger technology columnist Ann Roe", "Norvane's chief executive, Ann Roe",
            # "the current president of Ashby College is Ann Roe": the staff, named after the job.
            staff = re.match(rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{jobs})\s+", after) or re.match(
                # with the possessive, a capitalised job title and a comma may follow
                rf"['’]s?\s+(?:(?!(?:and|or|by|the|of|to|for|with)\s)[A-Za-z-]+\s+){{0,2}}(?:{jobs})"
                rf"(?:,\s*|\s+(?:(?:is|was|has\s+been)\s+)?)",
                after,
                re.IGNORECASE,
            )
            holder_follows = re.match(r"\s+(?:is|was|has\s+been)\s+", after)
            if held_at and holder_follows:
                staff = holder_follows  # "the president of X is Ann Roe": the holder follows
            elif held_at:
                cue_start = employer.span.start - len(before) + held_at.start()
                # "a presenter, producer, and editor at the BBC": the list of jobs held there
                jobs_before = re.search(
                    rf"(?:\b(?:{jobs})(?:,\s*(?:and\s+)?|\s+and\s+))+$",
                    text[ctx.start : cue_start],
                    re.IGNORECASE,
                )
                if jobs_before:
                    cue_start = ctx.start + jobs_before.start()
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
                # "visiting professor at Ashby (2007), Hallam (2009) and Norvane (2011)"
                for held in [employer, *self._listed_after(employer, employers)]:
                    self._add(
                        ctx,
                        holder.key,
                        "employer",
                        held.entity,
                        cue_start=holder.start,
                        cue_end=held.span.end,
                    )
                continue
            if staff:
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
                    continue
            if self._staff_of_the(ctx, employer):
                continue
            # "Vera Lind serves as the Ashby Trust's chairwoman", "Vey was a long-time Ledger
            # Vatican Analyst", "Roe is appointed Norvane Acting Deputy Director": the holder is
            # the clause's subject
            owned_job = re.match(
                rf"(?:\s?['’]s?)?\s+(?:(?!(?:and|or|by|the|of|to|for|with)\s)[A-Za-z-]+\s+){{0,3}}(?:{jobs})\b",
                after,
                re.IGNORECASE,
            )
            # Without a possessive, only a name that can be nothing but an organisation ("a CNN
            # analyst", "the Ashby Trust chairwoman"; not "is the State Attorney"), and not a
            # named chair ("the Freshfields Professor of Law").
            possessive = re.match(r"\s?['’]", after) is not None
            org_name = self.index.name(employer.entity)
            bare_ok = bool(owned_job) and (
                (" " in org_name or org_name.isupper() or employer.entity.startswith("outlet:"))
                and not re.match(r"\s+of\b", after[owned_job.end() :] if owned_job else "")
            )
            if owned_job and (possessive or bare_ok) and _HOLDS_OWNED_JOB.search(before):
                holders = [p for p in ctx.people if p.end <= employer.span.start and p.via != "couple"]
                subject = self._subject_person(ctx, employer.span.start, holders) or next(
                    (
                        p
                        for p in holders[-1:]
                        if _HOLDER_TO_OWNED_JOB.fullmatch(text[p.end : employer.span.start])
                    ),
                    None,
                )
                if subject is not None:
                    self._add(
                        ctx,
                        subject.key,
                        "employer",
                        employer.entity,
                        cue_start=subject.start,
                        cue_end=employer.span.end + owned_job.end(),
                    )

    def _staff_of_the(self, ctx: SentenceContext, employer: Mention) -> bool:
        """ "measured by Ann Roe and Ben Vey of the Norvane Institute": the people named right
        before "of the" and an organisation are its staff. True when a claim was made."""
        text = doc_text(self.doc)
        named = [p for p in self._named(ctx) if p.end <= employer.span.start]
        # only a name that says it is an organisation ("the Norvane Institute"): "X of the
        # Ilkhanate" is a ruler, "X of the Supremes" a singer of a group
        head = self.index.name(employer.entity).split()[-1]
        lex = relation_lexicon()
        if (
            not named
            or head not in lex.org_heads
            or head in lex.performing_heads
            or not _OF_THE.fullmatch(text[named[-1].end : employer.span.start])
        ):
            return False
        staff = [named[-1]]
        for earlier in reversed(named[:-1]):
            if not LIST_JOINT.fullmatch(text[earlier.end : staff[0].start]):
                break
            staff.insert(0, earlier)
        for person in staff:
            self._add(
                ctx,
                person.key,
                "employer",
                employer.entity,
                cue_start=person.start,
                cue_end=employer.span.end,
            )
        return True

    def _contract_only(self, cue_word: str, org: Mention) -> bool:
        """A contract cue with a school or a record label ("transferred to Hallam University",
        "signed with Harrow Records"), or leaving a label: a student's or an artist's contract,
        not a job."""
        lex = relation_lexicon()
        words = self.index.name(org.entity).split()
        head = words[-1] if words else ""
        if cue_word in _BARE_LEAVING:
            return head in lex.label_heads
        return cue_word in lex.contract_cues and (
            head in lex.label_heads or head in lex.school_heads or "University" in words
        )

    def _hired_by(self, ctx: SentenceContext) -> None:
        """ "In June, Marlow Studios hired her brother, Idris Feld, as chief executive": the
        organisation that hires someone as a post employs them (the last name before "as")."""
        text = doc_text(self.doc)
        for org in self._employers_in(ctx):
            hired = _ORG_HIRED.match(text, org.span.end, ctx.end)
            if hired is None:
                continue
            post = _AS_POST.search(text, hired.end(), min(ctx.end, hired.end() + 90))
            if post is None:
                continue
            named = [
                p for p in ctx.people if p.via == "name" and hired.end() <= p.start and p.end <= post.start()
            ]
            if not named:
                continue
            date = self._date_near(ctx, org.span.start)
            self._add(
                ctx,
                named[-1].key,
                "employer",
                org.entity,
                cue_start=org.span.start,
                cue_end=post.end(),
                date=date,
                explicit=date is not None,
            )

    def employment(self, ctx: SentenceContext, recent_orgs: list[Mention]) -> None:
        """ "retired from his position at ORG", "Allegedly, he's quit." (ORG from just before)."""
        if ctx.text.rstrip().endswith("?"):
            return  # "So what happened to his position at X?" asks; it does not assert the job
        lex = relation_lexicon()
        self._hired_by(ctx)
        for ended, pattern in (
            (True, lex.verbs["employer_end"]),
            (False, lex.verbs["employer"]),
            (False, _SPENT_AT),
        ):
            for match in pattern.finditer(ctx.text):
                cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                workers = [
                    p
                    for p in ctx.people
                    if p.end <= cue_start
                    and p.via != "couple"
                    # "Before joining Beacon, she ...": a name after a verb or a preposition is an
                    # object (often a company the tagger took for a person), not the worker
                    and not (p.via == "name" and _OBJECT_BEFORE.search(ctx.text[: p.start - ctx.start]))
                ]
                if not workers:
                    continue
                cue_word = match.group(0).lower()
                if cue_word == "joined" and _PASSIVE_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "she was joined in Park City by her sister": company, not a job
                if cue_word in ("joined", "joins") and _FROM_NEXT.match(ctx.text, match.end()):
                    continue  # "joined from Wexley Town": the club left, read by "joined from"
                if cue_word in _EMPLOYER_VIA_PREPOSITION and _NOUN_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "her works are held at the Gallery": a noun, not a verb of working
                # The employer is named right after the cue: a bare verb of leaving needs its object
                # at once ("left the Ballet", not "left a bequest to the Home"); others within a clause.
                gap_rule = _LEAVING_GAP if cue_word in _BARE_LEAVING else _EMPLOYER_GAP
                if cue_word in _EMPLOYER_VIA_PREPOSITION:
                    gap_rule = _PREPOSITION_GAP
                if cue_word in _EMPLOYER_VIA_BY:
                    gap_rule = _BY_GAP
                if cue_word in _SHOW_ON_CHANNEL:
                    gap_rule = _SHOW_ON_GAP
                after = [m for m in self._employers_in(ctx) if m.span.start >= cue_end]
                orgs = [m for m in after if gap_rule.fullmatch(doc_text(self.doc)[cue_end : m.span.start])][
                    :1
                ] or (recent_orgs[-1:] if ended and cue_word.startswith("quit") else [])
                if not orgs or self._contract_only(cue_word, orgs[0]):
                    continue
                if cue_word.endswith(_PLAYED_FOR) and not _SINCE_NEXT.match(
                    doc_text(self.doc), orgs[0].span.end
                ):
                    continue  # "has played for X" without "since": any club of a career
                if ended and _LEFT_AS_STUDENT.match(doc_text(self.doc)[orgs[0].span.end : ctx.end]):
                    continue  # "left Hallam University without a degree": a student leaving
                # "taught at Ashby College and the Hallam School": each listed organisation
                orgs += self._listed_after(orgs[-1], after)
                if (
                    cue_word == "member of"
                    and self.index.name(orgs[0].entity).split()[-1] not in lex.performing_heads
                ):
                    continue  # a member of an academy, a council or a party is not employed there
                worker = self._subject_person(ctx, cue_start, workers) or workers[-1]
                quitting = (ended and match.group(0).lower() != "position at") or (
                    match.group(0).lower() == "position at"
                    and re.search(r"\b(retired|quit|left|resigned)\b", ctx.text, re.I)
                )
                # (after a show's title, "fronts Sunday Roast on X since 2016": not its "Sunday")
                date = self._date_near(ctx, orgs[0].span.end if cue_word in _SHOW_ON_CHANNEL else cue_end)
                if date is None and cue_word in _JOINED_FROM:
                    date = self._when_date_before(ctx, cue_start)
                if pattern is _SPENT_AT:
                    # "spent eight years at X ... and left there in May": a past job, its end the
                    # leaving's date (a time spent says no start of its own)
                    quitting = bool(_LEFT_AFTER_SPENT.search(ctx.text, match.end()))
                    date = date if quitting else None
                if ended and cue_word in _BARE_LEAVING:
                    # "left the Comets for the Sorrento Kings in 2020": the second is the new job
                    for joined in after:
                        if self._contract_only(cue_word, joined):
                            break
                        if joined.span.start > orgs[0].span.end and _LEFT_FOR.fullmatch(
                            doc_text(self.doc)[orgs[0].span.end : joined.span.start]
                        ):
                            self._add(
                                ctx,
                                worker.key,
                                "employer",
                                joined.entity,
                                cue_start=cue_start,
                                cue_end=joined.span.end,
                                date=date,
                                explicit=date is not None,
                            )
                            break
                left = _WHICH_LEFT.match(doc_text(self.doc), orgs[0].span.end)
                if not ended and left:
                    # "a correspondent for X, which she left in 2010": the job ended then
                    quitting, date = True, self._date_near(ctx, left.end())
                for org in orgs if not ended else orgs[:1]:
                    self._add(
                        ctx,
                        worker.key,
                        "employer",
                        org.entity,
                        cue_start=cue_start,
                        cue_end=org.span.end,
                        date=None if quitting else date,
                        end=(date or self.report_date) if quitting else None,
                        explicit=date is not None,
                    )

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

    def _parted_before(self, offset: int) -> tuple[str, str] | None:
        """ "The couple separated in late 2019 ... || The divorce was finalised in 2021": the pair
        whose separation the text told last, close before."""
        keys = self._person_keys()
        for claim in reversed(self.claims):
            if claim.span.end > offset or offset - claim.span.end > _PARTED_REACH:
                continue
            if claim.predicate == "separated" and claim.object:
                first, second = keys.get(claim.subject), keys.get(claim.object)
                return (first, second) if first and second else None
        return None

    def _when_date_before(self, ctx: SentenceContext, cue_start: int) -> DateValue | None:
        """The date a "when" clause hangs on: "since 2017, when he joined from X" (the move's date)."""
        text = doc_text(self.doc)
        for time in reversed(ctx.times):
            if time.span.end <= cue_start and _WHEN_AFTER_DATE.fullmatch(text[time.span.end : cue_start]):
                return self._value_of(time)
        return None

    def _where_one_lives(self, ctx: SentenceContext) -> None:
        """ "opened her own clinic in Sheffield, where she lives": the place is the home of the
        one the pronoun (or name) after "where" stands for."""
        text = doc_text(self.doc)
        for place in ctx.places:
            where = _WHERE_LIVES.match(text, place.span.end, ctx.end)
            if where is None or _is_month(self.index.name(place.entity)):
                continue
            residents = [p for p in ctx.people if p.via != "couple" and p.start == where.start("who")]
            residents = residents or [
                p for p in ctx.people if p.via == "couple" and p.start == where.start("who")
            ]
            for person in residents:
                if person.key not in self._characters():
                    self._add(
                        ctx,
                        person.key,
                        "residence",
                        place.entity,
                        cue_start=place.span.start,
                        cue_end=where.end(),
                        date=DateValue(where.group("since")) if where.group("since") else None,
                    )

    def residence(self, ctx: SentenceContext) -> None:
        """ "moved from NYC to LA", "lives in Paris"."""
        self._where_one_lives(ctx)
        lex = relation_lexicon()
        moved = lex.verbs["residence_move"].search(ctx.text)
        if moved and _NEGATED_BEFORE.search(ctx.text[max(0, moved.start() - 30) : moved.start()]):
            moved = None  # "she couldn't move back to Denver"
        if moved and _MOVED_ON.match(ctx.text, moved.end()):
            moved = None  # "he has moved on with a new woman": over someone, not to a place
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
                if rel < 0 or _is_month(self.index.name(place.entity)):
                    continue
                date = self._date_near(ctx, cue_start)
                if (
                    to
                    and rel >= to.end() - 2
                    and (
                        not origin
                        or rel > origin.end() + 1
                        # "moved to the city from Perth": the place after "from" is the old home
                        or (to.start() < origin.start() and rel < origin.start())
                    )
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
        if ctx.places:
            self._home_shapes(ctx)
        for match in lex.verbs["residence"].finditer(ctx.text):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            if self._not_yet(ctx, match.start()) or _NEGATED_BEFORE.search(
                ctx.text[max(0, match.start() - 30) : match.start()]
            ):
                continue  # "they hope to live in Rome one day", "they never lived in Rome"
            if _KIN_WHO_BEFORE.search(ctx.text[max(0, match.start() - 40) : match.start()]):
                continue  # "splits his week between us and his dad, who lives in X": the father's home
            if _ROLE_WHO_BEFORE.search(ctx.text[: match.start()]):
                continue  # "they played a brother and sister who share a flat in X": the roles' home
            before = [p for p in ctx.people if p.end <= cue_start]
            subjects = self._subjects(ctx, cue_start, [p for p in before if p.via != "couple"])
            couple = [p for p in before if p.via == "couple"][-2:]
            # "They bought a house together in Nashville", "The family lives in Chicago": both
            residents = subjects or couple or self._joined_before(before[-1:], before)
            if len(couple) == 2 and _OWNED_HOME.fullmatch(doc_text(self.doc)[couple[-1].end : cue_start]):
                residents = couple  # "She designed the couple's home on Bowen Island": theirs
            places = [p for p in ctx.places if 0 <= p.span.start - cue_end <= 5]
            if residents and places:
                # "lives in Bristol with her husband, the architect X": X lives there too
                text = doc_text(self.doc)
                with_kin = _WITH_KIN.match(text[places[0].span.end : ctx.end])
                residents = (
                    residents
                    + [
                        p
                        for p in ctx.people
                        if with_kin
                        and p.via == "name"
                        and p.start >= places[0].span.end + with_kin.end()
                        and _KIN_TO_NAME.fullmatch(text[places[0].span.end + with_kin.end() : p.start])
                        and p.key not in {r.key for r in residents}
                    ][:1]
                )
            if residents and places:
                date = (
                    self._date_near(ctx, places[0].span.end)
                    if _ACQUIRED.search(ctx.text[: match.start()])
                    else None
                )
                for resident in residents:
                    self._add(
                        ctx,
                        resident.key,
                        "residence",
                        places[0].entity,
                        cue_start=cue_start,
                        cue_end=places[0].span.end,
                        date=date,
                        explicit=date is not None,
                    )

    def _home_shapes(self, ctx: SentenceContext) -> None:
        """A home a place names: "the couple's Malibu home", "the Nashville-based singer Ada
        Roe", "Ada Roe, the Nashville-based singer", "returned home to Dublin", "splits her time
        between Dublin and Lisbon" (both)."""
        text = doc_text(self.doc)
        for at, place in enumerate(ctx.places):
            name = self.index.name(place.entity)
            if _is_month(name):
                continue
            after = text[place.span.end : ctx.end]
            before = text[ctx.start : place.span.start]
            residents: list[Person] = []
            places = [place]
            if _PLACE_HOME_AFTER.match(after) and _HOME_OWNER_BEFORE.search(before):
                owners = [
                    p
                    for p in ctx.people
                    if 0 <= place.span.start - p.end <= _HOME_OWNER_GAP
                    and _OWNER_TO_PLACE.fullmatch(text[p.end : place.span.start])
                ]
                couple = [p for p in owners if p.via == "couple"]
                # the last two the sentence names before the home: "their" is those two when given
                named_before = sorted(
                    (p for p in ctx.people if p.via == "name" and p.end <= place.span.start),
                    key=lambda p: p.start,
                )
                named = {p.key for p in named_before[-2:]}
                # "the couple's home", "The couple listed their home": a sure couple
                called = any(
                    p.via == "couple"
                    and p.end <= place.span.start
                    and _THE_COUPLE.match(text, p.start, p.end)
                    for p in ctx.people
                )
                if couple and not ({p.key for p in couple} == named or (called and len(named) < 2)):
                    # "taking George to Charles and Camilla, at their Highland home": a bare "their"
                    # the sentence does not name is too often someone else's
                    continue
                residents = couple[-2:] or owners[-1:]
            elif _BASED_AFTER.match(after):
                based = _BASED_AFTER.match(after)
                assert based is not None
                named_after = [
                    p
                    for p in ctx.people
                    if p.via == "name"
                    and 0 <= p.start - (place.span.end + based.end()) <= _BASED_NAME_GAP
                    and _LOWER_WORDS.fullmatch(text[place.span.end + based.end() : p.start])
                ]
                named_before = [
                    p
                    for p in ctx.people
                    if p.via == "name" and _APPOSITION_THE.fullmatch(text[p.end : place.span.start])
                ]
                residents = named_after[:1] or named_before[-1:]
            else:
                cue = _HOME_TO_BEFORE.search(before) or _TIME_BETWEEN_BEFORE.search(before)
                if cue is None:
                    continue
                cue_at = ctx.start + cue.start()
                if _TIME_BETWEEN_BEFORE.search(before):
                    following = ctx.places[at + 1 : at + 2]
                    if following and re.fullmatch(
                        r"\s+and\s+", text[place.span.end : following[0].span.start]
                    ):
                        places.append(following[0])
                earlier = [p for p in ctx.people if p.end <= cue_at]
                subject = self._subject_person(ctx, cue_at, earlier)
                residents = [subject] if subject else earlier[-1:]
                if subject is not None and subject.via == "couple":
                    # "The family divides its time between X and Y": both of the couple
                    residents = [p for p in earlier if p.via == "couple" and p.start == subject.start]
            for resident in residents:
                if resident.key in self._characters():
                    continue
                for home in places:
                    self._add(
                        ctx,
                        resident.key,
                        "residence",
                        home.entity,
                        cue_start=min(resident.start, place.span.start),
                        cue_end=home.span.end,
                    )
            if len(places) > 1:
                break

    def works(self, ctx: SentenceContext, recent_works: list[Mention]) -> None:
        """ "her 2018 film Vox Lux", "working on Black Swan … her roles", choreography."""
        lex = relation_lexicon()
        text = doc_text(self.doc)
        for work in ctx.works:
            before = text[max(ctx.start, work.span.start - 45) : work.span.start]
            owner = _OWNED_WORK.search(before)
            year = None
            if owner:
                year = DateValue(owner.group(2)) if owner.group(2) else None
                if year:
                    self.work_years[work.entity] = year
                people = [
                    p for p in ctx.people if p.start >= work.span.start - 45 and p.end <= work.span.start
                ]
                if people and owner.group("rank") and self._crew(people[-1].key):
                    continue  # "the dailies of his final film, X" said of a director
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
                self._met_on_set(ctx, work, work.span.start - len(before) + set_of.start())
                continue
            around = text[work.span.end : min(ctx.end, work.span.end + 90)]
            starred = re.search(
                r"\b(working on|starred in|stars in|role in|appeared in|cast in|debut in)\s+(?:the\s+)?"
                # the work's kind between: "made her film debut in the period drama X"
                r"(?:(?:period|legal|crime|medical|costume|romantic|hit|new|spy|war)\s+)?"
                r"(?:(?:drama|comedy|thriller|film|movie|series|musical|play|sitcom|miniseries)\s+)?$",
                before,
            )
            if starred or re.search(r"\b(her|his)\s+(?:[\w\s]{0,40})roles?\b", around):
                people = [p for p in ctx.people if p.end <= work.span.start]
                if people and starred:
                    # "A and B starred in X": both
                    verb_at = work.span.start - len(before) + starred.start()
                    people = (
                        self._subject_chain(ctx, people[-1], verb_at)
                        if people[-1].end <= verb_at
                        else people[-1:]
                    )
                date = self.work_years.get(work.entity)
                if date is None and starred and starred.group(1) == "debut in":
                    date = self._date_near(ctx, work.span.end)  # "her debut in X in 2011": then
                for person in people[-1:] if not starred else people[-3:]:
                    self._add(
                        ctx,
                        person.key,
                        "appeared_in",
                        work.entity,
                        cue_start=work.span.start,
                        cue_end=work.span.end,
                        date=date,
                    )
                continue
            self._appearance(ctx, work)
        stars = _IT_STARS.match(ctx.text)
        if stars and not ctx.works and recent_works:
            # "... the comedy X, which premiered in 2021. It stars A as Vance": the work just named,
            # when the text called it a screen work (never an album), of the kind "The film" says
            work = recent_works[-1]
            lead = text[max(0, work.span.start - 30) : work.span.start].lower()
            kind = stars.group(1)
            if _NOT_SCREEN_WORK.search(lead) or (kind is not None and kind.lower() not in lead):
                stars = None
            first = [
                p for p in ctx.people if stars and p.via == "name" and p.start == ctx.start + stars.end()
            ]
            for person in self._named_list(ctx, first[0], limit=_STARS_LIST_MOST) if first else []:
                if person.key not in self._characters():
                    self._add(
                        ctx,
                        person.key,
                        "appeared_in",
                        work.entity,
                        cue_start=ctx.start,
                        cue_end=person.end,
                        date=self.work_years.get(work.entity),
                    )
        for work in ctx.works:
            self._opening_work(ctx, work)
        # a work of an earlier sentence only in the same paragraph: "played by" far from any title
        # names the part of a work the text has not named
        text = doc_text(self.doc)
        same_paragraph = [w for w in recent_works[-1:] if "\n" not in text[w.span.end : ctx.start]]
        self._played_by(ctx, ctx.works or same_paragraph)
        match = lex.verbs["choreographed"].search(ctx.text)
        if match:
            cue_start = ctx.start + match.start()
            earlier = [p for p in ctx.people if p.end <= cue_start]
            # the verb's subject in the parse ("X, at the time a rising star at Y, was hired to
            # choreograph": not a description inside the apposition), else a pronoun, else a name
            subject = self._subject_person(ctx, cue_start, earlier)
            makers = (
                [subject] if subject is not None else [p for p in earlier if p.via == "pronoun"] or earlier
            )
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

    def _opening_work(self, ctx: SentenceContext, work: Mention) -> None:
        """ "In The Orchard Gate, Dame Honoria plays a widow", "On X, Achterhof plays the husband
        of ...", "In 'X', which aired in 2024, Kang played a pharmacist": a sentence that opens
        on a work, then says who plays in it."""
        text = doc_text(self.doc)
        if not _WORK_OPENING.fullmatch(text, ctx.start, work.span.start):
            return
        verb = _PLAYS_IN_OPENED_WORK.match(text, work.span.end, ctx.end)
        if verb is None:
            return
        at = verb.end("lead")
        titles = relation_lexicon().titles
        # (a title may stand before the name: "In X, Dame Honoria plays")
        player = [
            p
            for p in ctx.people
            if p.via in ("name", "pronoun")
            and (p.start == at or (p.start > at and text[at : p.start].rstrip(". ") in titles))
        ][:1]
        if not player or not _PLAYS_VERB_AFTER.match(text, player[0].end):
            return
        if player[0].key not in self._characters():
            self._add(
                ctx,
                player[0].key,
                "appeared_in",
                work.entity,
                cue_start=work.span.start,
                cue_end=player[0].end,
                date=self.work_years.get(work.entity),
            )

    def _played_by(self, ctx: SentenceContext, works: list[Mention]) -> None:
        """ "a detective engaged to a fellow officer, played by Celeste Amado", "the gardener,
        played by the actor X": one who plays a part of the work the sentence names (else the
        work named last before it) appears in that work."""
        if not works or "played by" not in ctx.text:
            return
        text = doc_text(self.doc)
        for match in _PLAYED_BY.finditer(text, ctx.start, ctx.end):
            named = [
                p
                for p in ctx.people
                if p.via == "name"
                and match.end() <= p.start
                and _OPPOSITE_DESCRIPTION.fullmatch(text, match.end(), p.start)
            ][:1]
            before = [w for w in works if w.span.end <= match.start()]
            work = (before or works)[-1]
            for person in named:
                self._add(
                    ctx,
                    person.key,
                    "appeared_in",
                    work.entity,
                    cue_start=match.start(),
                    cue_end=person.end,
                    date=self.work_years.get(work.entity),
                )

    def _opposite(self, ctx: SentenceContext, work: Mention, cue_start: int) -> list[Person]:
        """The first name after "opposite" / "alongside" (and a short description) in the
        clause of `work`: between the cue and the work, or after the work, with no other work
        between the two."""
        text = doc_text(self.doc)
        found: list[Person] = []
        for match in _OPPOSITE.finditer(text, cue_start, ctx.end):
            # "opposite Australian actor Jon Pike": the name may stand past a capitalised word
            named = [
                p
                for p in ctx.people
                if p.via == "name"
                and match.end() <= p.start
                and _OPPOSITE_DESCRIPTION.fullmatch(text, match.end(), p.start)
            ][:1]
            if not named:
                continue
            person = named[0]
            low, high = sorted((person.start, work.span.start))
            if any(w is not work and low <= w.span.start < high for w in ctx.works):
                continue
            if person.start > work.span.end and (
                person.start - work.span.end > _OPPOSITE_REACH or ";" in text[work.span.end : person.start]
            ):
                continue
            found.append(person)
            break
        return found

    def _met_on_set(self, ctx: SentenceContext, work: Mention, set_at: int) -> None:
        """ "when he met Rusk on the set of X", "A and B met on the set of X": the two who met
        there both worked on it (only a meeting's two sides: "married to Y when he met Z on the
        set of X" says nothing of Y)."""
        text = doc_text(self.doc)
        clause = _MET_ON_SET.search(text[ctx.start : set_at])
        if clause is None or _CREW_WORK.search(ctx.text):
            return  # "met X on the set of Y, for which he shot the film": one side was crew
        met_at = ctx.start + clause.start("met")
        earlier = [p for p in ctx.people if p.end <= met_at]
        subject = self._subject_person(ctx, met_at, earlier)
        if subject is not None and subject.via == "couple":
            sides = [p for p in earlier if p.via == "couple"][-2:]
        else:
            sides = self._subject_chain(ctx, subject, met_at) if subject is not None else []
            sides += [
                p for p in ctx.people if p.via in ("name", "pronoun") and met_at < p.start and p.end <= set_at
            ][:1]
        if len(sides) != 2 or any(self._crew(p.key) for p in sides):
            return  # "the choreographer": one who met the cast on set may have made the work
        for person in sides:
            if person.key not in self._characters():
                self._add(
                    ctx,
                    person.key,
                    "appeared_in",
                    work.entity,
                    cue_start=min(person.start, met_at),
                    cue_end=work.span.end,
                    date=self.work_years.get(work.entity),
                )

    def _crew(self, key: str) -> bool:
        """Whether the text calls `key` one who makes works rather than acts in them: a crew role
        tied to them, or a sentence naming them that speaks of directing, choreography and the like
        ("Tomasz, 41, is among the busiest choreographers in opera")."""
        if any(k == key and role in _CREW_ROLES for role, k in self.index.roles.items()):
            return True
        text = doc_text(self.doc)
        for mention in self.index.person_mentions(0, len(text)):
            if mention.entity != key:
                continue
            span = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is not None and _CREW_WORK.search(span.sent.text):
                return True
        return False

    def _subject_chain(self, ctx: SentenceContext, subject: Person | None, verb_at: int) -> list[Person]:
        """The subject of the verb at `verb_at` with the names "and" joins to it right before the
        verb ("Ferris-Obi and Lindqvist have played"): every one of them is the subject."""
        if subject is None:
            return []
        if subject.via != "name":
            return [subject]
        text = doc_text(self.doc)
        names = [p for p in ctx.people if p.via == "name" and p.end <= verb_at]
        chain = [subject]
        for person in names:
            if person.start > chain[-1].end and _SUBJECT_JOINT.fullmatch(text[chain[-1].end : person.start]):
                chain.append(person)
        for person in reversed(names):
            if person.end <= chain[0].start and _SUBJECT_JOINT.fullmatch(text[person.end : chain[0].start]):
                chain.insert(0, person)
        between = text[chain[-1].end : verb_at]
        if len(chain) > 1 and not (
            _BEFORE_VERB.fullmatch(between) or _MAIN_VERB_THEN_WHILE.fullmatch(between)
        ):
            return [subject]
        return chain

    def _appearance(self, ctx: SentenceContext, work: Mention) -> None:
        """ "The Salt Harbor star, 41,", "his Harbor Lights co-star X", "best known for the series
        X", "starred in the period drama X", "presented the programme X from 2010 to 2018", "his
        breakthrough came as the foreman in X in 1978", "X, in which she starred"."""
        text = doc_text(self.doc)
        before = text[max(ctx.start, work.span.start - 90) : work.span.start]
        after = text[work.span.end : ctx.end]
        people: list[Person] = []
        co_stars: set[str] = set()  # the ones said with the subject: no timeline entry of their own
        titled = re.match(rf"\s+(?:{relation_lexicon().title_roles.pattern})(?![\w-])", after, re.IGNORECASE)
        if titled and _POSSESSIVE_END.search(text[work.span.start : work.span.end]):
            return  # "Quenby's co-star Lola Brandt": a person's co-star, no work named
        if titled:
            described = [p for p in ctx.people if p.start <= work.span.start and p.end >= work.span.end]
            named = [
                p
                for p in ctx.people
                if p.via == "name" and 0 <= p.start - (work.span.end + titled.end()) <= 2
            ]
            owner = [
                p
                for p in ctx.people
                if p.via == "pronoun"
                and p.end <= work.span.start
                and re.fullmatch(r"\s*", text[p.end : work.span.start])
                and re.search(r"co-?star", titled.group(0), re.IGNORECASE)
            ]
            # "her Copperline co-stars X and Y": every name of the list
            listed = named[:1]
            for person in ctx.people:
                if (
                    listed
                    and person.via == "name"
                    and person.start > listed[-1].end
                    and LIST_JOINT.fullmatch(text[listed[-1].end : person.start])
                ):
                    listed.append(person)
            if self._names_a_club(work):
                return  # "the former Mariners star": a club's player, not a work's cast
            people = described[:1] + listed + owner[:1]
        elif _COSTAR_IN.search(before):
            # "her co-star in Copperline, Mendelsohn": the name after the work, and the possessor
            cue = _COSTAR_IN.search(before)
            assert cue is not None
            cue_start = work.span.start - len(before) + cue.start()
            people = (
                [
                    p
                    for p in ctx.people
                    if p.via == "name" and re.fullmatch(r",\s*", text[work.span.end : p.start])
                ][:1]
                + [
                    p
                    for p in ctx.people
                    if p.via == "pronoun"
                    and p.end <= cue_start
                    and re.fullmatch(r"\s*", text[p.end : cue_start])
                ][:1]
                + [
                    # "X, his co-star in the 2001 thriller Y": the name the noun is in apposition to
                    p
                    for p in ctx.people
                    if p.via == "name"
                    and p.end <= cue_start
                    and re.fullmatch(r",\s*(?:his|her|their)\s+(?:former\s+)?", text[p.end : cue_start])
                ][:1]
            )
        else:
            cue = _APPEARANCE_CUE.search(before)
            which = _IN_WHICH.match(after)
            if cue:
                cue_start = work.span.start - len(before) + cue.start()
                earlier = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
                subject = self._subject_person(ctx, cue_start, earlier)
                # else the nearest one before the cue who is no co-star ("starring opposite X in
                # W1 and for three seasons of the series W2": W2 is not X's)
                people = (
                    [subject]
                    if subject
                    else [
                        p for p in earlier if not _COSTAR_BEFORE.search(text[max(0, p.start - 12) : p.start])
                    ][-1:]
                )
                # "They played sworn enemies in the series X": a couple opening the clause, with
                # no one named between it and the cue, both appeared in it
                if subject:
                    # "A and B have played a married couple on the sitcom X": both
                    people = self._subject_chain(ctx, subject, cue_start)
                    co_stars |= {p.key for p in people[1:]}
                couple = [p for p in ctx.people if p.via == "couple" and p.end <= cue_start]
                if len(couple) == 2 and not [p for p in earlier if p.start >= couple[0].start]:
                    people = couple
                # "was cast as Vane's estranged wife in the thriller X": the one whose wife is
                # played is the other lead (a name the text gives, not a character)
                others = [
                    p
                    for p in ctx.people
                    if p.via == "name"
                    and cue_start < p.start
                    and p.end <= work.span.start
                    and _ROLE_OF_NAMED.match(text, p.end)
                    and p.key not in {q.key for q in people}
                ][:1]
                if people:
                    # "starring opposite Calla Roe in W", "filming W, ..., opposite the actor X":
                    # the co-star named with "opposite" / "alongside" plays in the same work
                    others += [
                        p
                        for p in self._opposite(ctx, work, cue_start)
                        if p.key not in {q.key for q in people + others}
                    ]
                people += others
                co_stars |= {p.key for p in others}
                if not people and _AWARD_CUE.match(text, cue_start):
                    # "Best actor went to X for W": the winner is named after the award
                    people = [
                        p
                        for p in ctx.people
                        if p.via == "name"
                        and cue_start < p.start
                        and p.end <= work.span.start
                        and not _POSSESSIVE_AFTER.match(text, p.end)
                    ][:1]
            if which:
                # "X, in which she starred", "the drama X, in which Vecchi played the lead"
                people += [
                    p
                    for p in ctx.people
                    if p.via in ("pronoun", "name")
                    and work.span.end <= p.start <= work.span.end + which.end()
                    and p.key not in {q.key for q in people}
                ][:1]
        if not people:
            return
        year = re.match(rf"\s*(?:\(\s*|,?\s+in\s+)({YEAR})\b", after)
        named_year = re.search(rf"\b({YEAR})\s+(?:[a-z-]+\s+){{0,2}}$", before)
        date: DateValue | None = DateValue(year.group(1)) if year else None
        date = date or (DateValue(named_year.group(1)) if named_year else self.work_years.get(work.entity))
        end = None
        span = self._range_after(ctx, work.span.end)
        if span is not None and not year:
            date, end = span[0] or date, span[1]
        # dated by the sentence itself, not by a year the work was given elsewhere ("met in 2016
        # on the set of X" earlier): only then is the part an event of the timeline
        own_date = bool(year or named_year or span)
        for person in people:
            self._add(
                ctx,
                person.key,
                "appeared_in",
                work.entity,
                cue_start=min(person.start, work.span.start),
                cue_end=work.span.end,
                date=date,
                end=end,
                # a co-star's part is dated, but the timeline keeps one entry for the work's event
                explicit=date is not None and own_date and person.key not in co_stars,
            )

    def _names_a_club(self, work: Mention) -> bool:
        """Whether a "work" is the short name of an organisation the text names ("Mariners" of
        "Calder Bay Mariners")."""
        name = self.index.name(work.entity)
        return any(
            key.startswith("organisation:") and (e.name == name or e.name.endswith(" " + name))
            for key, e in self.index.entities.items()
        )

    def ownership(self, ctx: SentenceContext) -> None:
        """ "her National Women's Soccer League team, Angel City FC", "co-founded X", "co-founded
        the restaurant group X in 2012", "founded his firm, X, in 2005", "the couple went into
        business together, co-founding the production company X"."""
        starts = relation_lexicon().verbs["owns_start"].pattern
        text = doc_text(self.doc)
        for org in ctx.organisations:
            named = _FOUNDER_AFTER_ORG.match(text[org.span.end : org.span.end + 40])
            founders = [
                p
                for p in ctx.people
                if p.via == "name"
                and (
                    (named and p.start == org.span.end + named.end())
                    or (
                        0 < org.span.start - p.end <= _FOUNDER_OF_REACH
                        and _FOUNDER_OF.match(text[p.end : org.span.start])
                    )
                )
            ]
            for person in founders:
                self._add(
                    ctx,
                    person.key,
                    "owns",
                    org.entity,
                    cue_start=min(person.start, org.span.start),
                    cue_end=max(person.end, org.span.end),
                )
            described = _FOUNDED_BY_AFTER.match(text, org.span.end, ctx.end)
            if described is not None:
                # "X, the production venture she founded in February": the one "she" stands for
                who = [p for p in ctx.people if p.start == described.start("who")]
                for person in who[:2] if described.group("who") == "they" else who[:1]:
                    date = self._date_near(ctx, described.end())
                    self._add(
                        ctx,
                        person.key,
                        "owns",
                        org.entity,
                        cue_start=org.span.start,
                        cue_end=described.end(),
                        date=date,
                        explicit=date is not None,
                    )
            before = doc_text(self.doc)[max(ctx.start, org.span.start - 70) : org.span.start]
            owner = (
                re.search(
                    r"\b(her|his)\s+(?:[\w’'-]+\s+){0,5}team\s*,\s*$|\b(co-?founded|owns|founded)\s+$", before
                )
                or _OWNS_SHARE.search(before)
                or re.search(
                    # a short noun phrase between: "the restaurant group ", "his firm, ", "a label called "
                    rf"(?:{starts})\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:{_NOUN_WORD}\s+){{0,3}}?"
                    rf"(?:{_NOUN_WORD}(?:,\s*|\s+called\s+|\s+named\s+))?$",
                    before,
                    re.IGNORECASE,
                )
            )
            own_firm = None if owner else _OWN_FIRM.search(before)
            if own_firm:
                # "her company, Brightwater Media,": the one "her" stands for
                firm_at = org.span.start - len(before) + own_firm.start()
                holders = [p for p in ctx.people if p.start == firm_at and p.key not in self._characters()]
                both = bool(holders) and all(p.via == "couple" for p in holders)
                if both:
                    # "the couple's bakery": both of them; "Ada, his ex-wife, now runs the couple's
                    # bakery": the named subject is one of the couple, with her own spouse
                    holders = self._couple_owners(ctx, firm_at, holders[:2])
                for person in holders[:2] if both else holders[:1]:
                    self._add(ctx, person.key, "owns", org.entity, cue_start=firm_at, cue_end=org.span.end)
                continue
            if not owner or _RUNS_ITS.match(owner.group(0)):
                continue
            cue_start = org.span.start - len(before) + owner.start()
            earlier = [p for p in ctx.people if p.end <= cue_start]
            couple = [p for p in earlier if p.via == "couple"]
            subject = self._subject_person(ctx, cue_start, [p for p in earlier if p.via != "couple"])
            owners = [subject] if subject else couple or earlier[-1:]
            # a founding is dated by its clause ("founded X in 2005"); owning a team is not an event
            founding = re.match(
                r"(?:co-?)?found|launch|start|set up|establish", owner.group(0), re.IGNORECASE
            )
            date = self._date_near(ctx, org.span.end) if founding else None
            # "runs Pell Pictures as chief executive": a post held there, not ownership
            held = re.match(
                r"(?:runs|ran|heads|headed)\b", owner.group(0), re.IGNORECASE
            ) and _AS_ITS_HEAD.match(text, org.span.end)
            if founding:
                # "founded X in 1966 with his wife, Pauline", "co-founded X with his business
                # partner, Oskar Brandvold": the one named after "with" founded it too
                joint = _FOUNDED_WITH.match(doc_text(self.doc)[org.span.end : ctx.end])
                owners += [
                    p
                    for p in ctx.people
                    if joint and p.via == "name" and p.start == org.span.end + joint.end() and p not in owners
                ]
            # "they started a podcast together, X": a show one starts is one they appear in
            hosted = _HOSTED_KIND.search(owner.group(0))
            for person in owners:
                self._add(
                    ctx,
                    person.key,
                    "appeared_in" if hosted else "employer" if held else "owns",
                    org.entity,
                    cue_start=cue_start,
                    cue_end=org.span.end,
                    date=date,
                    explicit=date is not None,
                )


def _two_named(people: list[Person], offset: int) -> bool:
    """Whether the sentence named two people by name before `offset` ("X and Y ... their")."""
    return len({p.key for p in people if p.via == "name" and p.end <= offset}) >= 2


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a phrase of `pattern` ends `text`, but for spaces ("his pro " ends with "pro")."""
    tail = text[-30:].rstrip()
    return any(m.end() == len(tail) for m in pattern.finditer(tail))


def _not_a_person(name: str) -> bool:
    """A name no person bears: one short all-capital word ("NBA", "MTV")."""
    return bool(_ACRONYM.fullmatch(name))


def _kin(claims: list[Claim], first: str, second: str) -> bool:
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


def extract_claims(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
    headline: str | None = None,
) -> tuple[list[Claim], set[int]]:
    """All claims of one parsed body, and the ids of those dated by their own sentence.

    Twice when needed: "the couple" first means the two most-mentioned people; if the
    relations read show a different pair together, the text is read again with that pair.
    The headline gives no claim of its own (it is often a teaser or a question); the pair it
    names casts one weak vote for who "the couple" is."""
    claims, explicit, named = _extract_reading(doc, index, attributor, times, report_date)
    # only relations between people the sentence named vote: a claim read through "the couple"
    # would vote for whoever "the couple" was taken to be
    couple = _couple(claims, named, index, _headline_pair(index, headline))
    if couple is not None and set(couple) != set(index.main_pair() or ()):
        index.couple = couple
        claims, explicit, _ = _extract_reading(doc, index, attributor, times, report_date)
    return claims, explicit


# Relations that make two people "the couple" of a text: together, or parting (a divorce story's
# couple is the pair divorcing).
_COUPLE_PREDICATES = frozenset({"spouse", "engaged", "partner", "divorced", "separated"})


def _claim_key(claim: Claim) -> tuple[object, ...]:
    """What makes two claims one: the same relation between the same people (either way round
    for a symmetric one), read from the same words, with the same dates."""
    pair: object = (
        frozenset((claim.subject, claim.object))
        if claim.predicate in SYMMETRIC_PREDICATES
        else (claim.subject, claim.object)
    )
    return (pair, claim.predicate, claim.value, claim.span.start, claim.span.end, claim.date, claim.end)


def _distinct(claims: list[Claim]) -> list[Claim]:
    """The claims less repeats: two rules reading the same words ("X married Y" by its verb and by
    its parse) give one claim."""
    seen: set[tuple[object, ...]] = set()
    distinct: list[Claim] = []
    for claim in claims:
        key = _claim_key(claim)
        if key not in seen:
            seen.add(key)
            distinct.append(claim)
    return distinct


def _misread_ages(claims: list[Claim]) -> set[int]:
    """Ids of ages read from a description ("The comedian, 38,", "the 59-year-old host") that the
    resolver gave to someone the text ages otherwise by name ("Parrish, 33,", "Drew, 5,"): one
    person has one age as of one date, and the name is surer than the description."""
    by_name: dict[tuple[str, str | None], set[str | None]] = {}
    for claim in claims:
        if claim.predicate == "age" and not _DESCRIBED.match(claim.evidence):
            by_name.setdefault((claim.subject, claim.date.value if claim.date else None), set()).add(
                claim.value
            )
    return {
        id(claim)
        for claim in claims
        if claim.predicate == "age"
        and _DESCRIBED.match(claim.evidence)
        and claim.value
        not in by_name.get((claim.subject, claim.date.value if claim.date else None), {claim.value})
    }


def _date_children(claims: list[Claim]) -> None:
    """A child's birth date, once the text gave it ("Tessa, born in 2010", "X (born D)"), dates
    every parent's `child` claim about that child that the sentence left undated."""
    births: dict[str, DateValue] = {}
    for claim in claims:
        born = claim.born_person()
        if born and claim.date and (born not in births or len(claim.date.value) > len(births[born].value)):
            births[born] = claim.date
    for claim in claims:
        if claim.predicate == "child" and claim.date is None and claim.object in births:
            claim.date = births[claim.object]


def _joint_subjects(index: EntityIndex) -> list[tuple[str, str]]:
    """Pairs of people named as one subject, "X and Y" right before a verb, sorted by key."""
    doc = index.doc
    if doc is None:
        return []
    mentions = index.person_mentions(0, len(index.text))
    pairs: list[tuple[str, str]] = []
    for first, second in itertools.pairwise(mentions):
        if first.entity == second.entity or index.text[first.span.end : second.span.start] != " and ":
            continue
        after = doc.char_span(second.span.end, len(index.text), alignment_mode="expand")
        nxt = after[0] if after is not None and len(after) else None
        if nxt is not None and nxt.pos_ in ("VERB", "AUX"):
            a, b = sorted((first.entity, second.entity))
            pairs.append((a, b))
    return pairs


def _headline_pair(index: EntityIndex, headline: str | None) -> tuple[str, str] | None:
    """The first two people the headline names that the body names more than once, sorted."""
    if not headline:
        return None
    mentioned = index.person_counts()
    found: list[tuple[int, str]] = []
    for key in index.people:
        if mentioned[key] < _HEADLINE_PAIR_MIN_MENTIONS:
            continue
        positions = [
            hits[0][0]
            for alias in index.entities[key].aliases
            if len(alias) >= _HEADLINE_MIN_ALIAS and (hits := whole_word_occurrences(headline, alias))
        ]
        if positions:
            found.append((min(positions), key))
    if len(found) < 2:
        return None
    first, second = sorted(key for _, key in sorted(found)[:2])
    return first, second


# Headline people vote only when the body keeps naming them (a teaser may name a passer-by), and
# by aliases long enough not to match inside other words.
_HEADLINE_PAIR_MIN_MENTIONS = 2
_HEADLINE_MIN_ALIAS = 3


def _couple(
    claims: list[Claim], named: set[int], index: EntityIndex, headline_pair: tuple[str, str] | None = None
) -> tuple[str, str] | None:
    """The pair the text itself calls married, engaged or together (`named`: the ids of the
    claims whose participants were named, not read through "the couple"), by how often it does."""
    by_name = {e.name: k for k, e in index.entities.items()}
    mentioned = index.person_counts()
    parents: dict[str, set[str]] = {}
    for c in claims:
        if c.predicate == "child" and by_name.get(c.object or ""):
            parents.setdefault(by_name[c.object or ""], set()).add(by_name.get(c.subject, ""))

    def kin(pair: tuple[str, str]) -> bool:
        # two children ("Arlo and Blythe adore each other") or a parent and child are no couple;
        # a grown-up whose father the text names still may be ("her father, X, ... X and Y wed")
        first, second = pair
        return (
            (first in parents and second in parents)
            or first in parents.get(second, ())
            or second in parents.get(first, ())
        )

    counts: dict[tuple[str, str], int] = {}
    for claim in claims:
        if (
            id(claim) in named
            and claim.predicate in _COUPLE_PREDICATES
            and claim.object
            and claim.modality != "denied"
        ):
            first, second = sorted((by_name.get(claim.subject, ""), by_name.get(claim.object, "")))
            if first and second:
                counts[(first, second)] = counts.get((first, second), 0) + 1
    # "X and Y were spotted ...", "X and Y are ending their marriage": a joint subject is a pair
    # (unless one of them is a child: "Arlo and Blythe adore each other")
    for pair in _joint_subjects(index):
        if not kin(pair):
            counts[pair] = counts.get(pair, 0) + 1
    # the headline's pair: one weak vote, counted only beside what the body itself says, and
    # never for a pair the body denies ("Rep Denies He Is Dating X" heads a denial)
    denied = {
        tuple(sorted((by_name.get(c.subject, ""), by_name.get(c.object or "", ""))))
        for c in claims
        if c.predicate in _COUPLE_PREDICATES and c.modality == "denied"
    }
    if (
        counts
        and headline_pair is not None
        and not kin(headline_pair)
        and tuple(sorted(headline_pair)) not in denied
    ):
        counts[headline_pair] = counts.get(headline_pair, 0) + 1
    if not counts:
        return None
    # A person named once (an ex in passing) is not who "the couple" and "they" are, while a
    # pair both of whom the text keeps naming is; of those, the pair the text is most about
    # (an ex-spouse named twice loses to the couple named throughout), then the most related.
    best = max(
        counts,
        key=lambda p: (min(mentioned[p[0]], mentioned[p[1]]) > 1, sum(mentioned[k] for k in p), counts[p]),
    )
    if min(mentioned[best[0]], mentioned[best[1]]) <= 1 and not set(best) & set(index.main_people(1)):
        # two people named in passing ("X and husband Y attended") are not the story's couple
        return None
    return best[0], best[1]


def _extract_once(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
) -> tuple[list[Claim], set[int]]:
    """One reading of every sentence with every rule: the claims and the ids of those dated by
    their own sentence (the commenter's rules read a comment so)."""
    claims, explicit, _ = _extract_reading(doc, index, attributor, times, report_date)
    return claims, explicit


def _extract_reading(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
) -> tuple[list[Claim], set[int], set[int]]:
    """One reading of every sentence with every rule: the claims, the ids of those dated by
    their own sentence and of those whose participants were all named (not "the couple")."""
    extractor = Extractor(doc=doc, index=index, attributor=attributor, times=times, report_date=report_date)
    previous, previous_end = "", 0
    text = doc_text(doc)
    # The times in body order (the tagger gives them so): each sentence takes its slice by bisection
    # rather than a scan of every time; out of order, the scan.
    starts = [t.span.start for t in times]
    in_order = all(a <= b for a, b in itertools.pairwise(starts))
    # Work years first, so "working on Black Swan" can borrow the year "met in 2010 on the set of" gives.
    sentences = list(doc.sents)
    contexts: list[_LazySentence] = []
    for sent in sentences:
        start, end = sent.start_char, sent.end_char
        in_sentence = (
            times[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            if in_order
            else [t for t in times if start <= t.span.start < end]
        )
        ctx = _LazySentence(
            extractor,
            len(extractor.claims),
            text=sent.text,
            start=start,
            end=end,
            times=[t for t in in_sentence if t.span.comment is None],
            previous_text=previous if text.find("\n", previous_end, start) == -1 else "",
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
    extractor.named.clear()
    recent_orgs: list[Mention] = []
    recent_works: list[Mention] = []
    for ctx, sent in zip(contexts, sentences, strict=True):
        if _description_re().search(ctx.text) or _THE_PAIR.search(ctx.text) or _THEY_EARLY.search(ctx.text):
            # "The Dust County star" may stand for whoever an earlier sentence put in Dust County;
            # "the two" for the couple an earlier sentence related
            ctx.reread(len(extractor.claims))
        extractor.relation_nouns(ctx)
        extractor.children_lists(ctx)
        extractor.births(ctx)
        extractor.child_of(ctx)
        extractor.siblings(ctx)
        extractor.children_named_in_a_list(ctx)
        extractor.other_parent(ctx)
        extractor.children_shared_with(ctx)
        extractor.union_dates(ctx)
        extractor.spouse_of(ctx)
        extractor.marriage_to(ctx)
        extractor.birth_dates(ctx)
        extractor.marriage_by_parse(ctx, sent)
        extractor.symmetric_verbs(ctx)
        extractor.royal_couples(ctx)
        extractor.ages(ctx)
        extractor.employment(ctx, recent_orgs)
        extractor.job_titles(ctx)
        extractor.residence(ctx)
        extractor.works(ctx, recent_works)
        extractor.ownership(ctx)
        recent_orgs = (recent_orgs + ctx.organisations)[-3:]
        recent_works = (recent_works + ctx.works)[-3:]
    _date_children(extractor.claims)
    couples = {
        frozenset((c.subject, c.object))
        for c in extractor.claims
        if c.predicate in ("spouse", "engaged", "partner") and c.object
    }
    # An affair is with a third person: a pair the text calls married is not the affair.
    # A couple's relation between kin (a child claim may come after it) is a misread pair.
    misread_ages = _misread_ages(extractor.claims)
    kept = [
        c
        for c in _distinct(extractor.claims)
        if not (c.predicate == "affair" and frozenset((c.subject, c.object)) in couples)
        and not (c.predicate in _COUPLE_ONLY and c.object and _kin(extractor.claims, c.subject, c.object))
        and id(c) not in misread_ages
    ]
    # A repeat dropped may have been the reading that named the date or the people: its key
    # carries that over to the claim kept.
    explicit = {_claim_key(c) for c in extractor.claims if id(c) in extractor.explicit}
    named = {_claim_key(c) for c in extractor.claims if id(c) in extractor.named}
    return (
        kept,
        {id(c) for c in kept if _claim_key(c) in explicit},
        {id(c) for c in kept if _claim_key(c) in named},
    )
