"""Claims of the CONTRACT.md vocabulary, read sentence by sentence from a parsed body.

Each rule finds a cue (data/relations.toml), the people it is about (names, pronouns,
"the couple"), an object (a person, organisation, place or work) and the time the sentence
gives; attribution and modality come from the voice the words are in.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from allegedly.model import SYMMETRIC_PREDICATES, Claim, DateValue, Mention, TimeExpression
from allegedly.understand.attribution import Attributor, modality_of
from allegedly.understand.cues import cue_list, relation_lexicon, relatives_alternation
from allegedly.understand.deaths import DeathRules, DeathState
from allegedly.understand.employment import (
    EmploymentRules,
)
from allegedly.understand.entities import LIST_JOINT, EntityIndex, whole_word_occurrences
from allegedly.understand.family import (
    CO_PARENT_NOUNS,
    KIN_ADJECTIVES,
    KIN_TO_NAME,
    OWNER_BEFORE_POSSESSIVE,
    PARENT_OF_KIN,
    ROLE_VERBS,
    UNION_NOUNS,
    UNNAMED_KIN,
    WITH_BEFORE_POSSESSIVE,
    YEAR,
)
from allegedly.understand.language import doc_text
from allegedly.understand.referents import (
    AGE_APPOSED,
    CHILD_BEFORE_NAME,
    CHILD_SUBJECTS,
    COUPLE_ONLY,
    COUPLE_PREDICATES,
    LOCATIVE_BEFORE,
    PRONOUN_GENDER,
    LazySentence,
    are_kin,
    description_re,
    not_a_person,
    role_couple_re,
)
from allegedly.understand.residence import ResidenceRules
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.lexicon import lexicon as time_lexicon
from allegedly.understand.works import (
    WorkRules,
)

# "another engagement", "another Roe engagement": a further one guessed at, no one's yet.
_ANOTHER_ENGAGEMENT = re.compile(r"\banother\s+(?:[A-Z][\w’'-]*\s+)?$")

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

# Between a name and a kin noun in apposition to it: "Ivo Roe, Teo's father," (the name
# is the owner's kin); the apposition must close right after the noun.
_APPOSED_OWNERS_KIN = re.compile(r",\s*(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s?\s+")
# (or the apposition is left open before the clause's verb, as loose writing has it: "Mara
# Lind, Prince Oswin's wife is the one the queen dislikes"; or the sentence ends)
_APPOSITION_CLOSES = re.compile(
    r"\s*(?:,|\.(?!\w)|\s(?:is|was|has|had|says|said|told|will|would|does|did)\s)"
)

# An age's evidence that opens with a description rather than a name: "The comedian, 38,".
_DESCRIBED = re.compile(r"[Tt]he\s")


# Between a parent and "son"/"daughter" with no possessive: "X also has a daughter, Y", "X, who
# has a son, Y, from ...", "X had a young son, Y".
_HAS_A_CHILD = re.compile(
    r"(?:\s*,\s*who)?\s+(?:also\s+)?(?:has|had)\s+(?:also\s+)?(?:a|one|another)\s+"
    r"(?:(?:young|grown|grown-up|adult|teenage|little|[\w-]+-year-old)\s+)?"
)

# Between a person and a partner noun it has: "X has a longtime girlfriend, Y", "he now has a
# new boyfriend, Y" (the noun's name follows by `KIN_TO_NAME`).
_HAS_A_PARTNER = re.compile(
    r"\s+(?:also\s+|now\s+)?(?:has|had)\s+(?:also\s+|now\s+)?(?:a|an)\s+"
    r"(?:(?:longtime|long-time|long-term|new|steady|serious|secret)\s+)?"
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
    # ("my brother Ivo" in a speaker's words: the speaker's sibling)
    r"(?:\b[Hh](?:is|er)|\b[Mm]y|['’]s)\s+(?:(?:younger|older|elder|big|little|twin|only|full)\s+)?"
    r"(?:brother|sister)s?(?![\w’'-])"
)
_SIBLING_OF = re.compile(
    r"\b(?:the|a)\s+(?:(?:younger|older|elder|eldest|youngest|twin|only)\s+)?(?:brother|sister)\s+of\s+"
)
# A newborn "joins" the siblings it has: "Ottilie joins big sister Wren and big brother Bram".
_JOINS_SIBLING = re.compile(
    r"\s+joins\s+(?:(?:his|her|their)\s+)?(?:(?:big|older|elder|little|younger|twin)\s+)?(?:brother|sister)s?\s"
)
# A plain brother or sister right before a name: "big brother Bram", "sister Wren".
_PLAIN_SIBLING = re.compile(
    r"\b(?:(?:big|older|elder|little|younger|twin)\s+)?(?:brother|sister)s?\s+(?=[A-Z])"
)
# Between the sibling noun and the name: "brother, X", "brother was the future bishop X",
# "sister, the American painter X" (lowercase description words, perhaps one nationality; never
# a verb or an adverb of the clause: "Her sister eventually married X" names her husband).
_SIBLING_TO_NAME = re.compile(
    r"\s*,?\s*(?:(?:was|is)\s+)?(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:(?!(?:and|or|with|to|from|for|by|who|that|married|marries|wed|weds|dated|dates|divorced|met|meets"
    r"|joined|left|moved|said|says|told|has|had|have|will|would|later|then|also|[a-z]+ly)\b)[a-z][\w-]*\s+){0,3}"
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
    # "his long-term girlfriend", "her on-off boyfriend", "his live-in partner"
    r"|long-term|longterm|on-off|on-and-off|on-again,?\s+off-again|live-in|steady"
    # when the relation began: "her high-school boyfriend", "his college girlfriend"
    r"|high-school|high\s+school|college|childhood|university"
    # an age or a stage of life: "her 10-year-old daughter", "his teenage son", "their baby girl"
    r"|[\w-]+-(?:year|month|week)-old|teenage|little|baby|infant|newborn|twin"
    # a trade: "her rapper husband X", "his actress wife X", "her musician boyfriend X"
    r"|rapper|actor|actress|singer|model|musician|producer|comedian|footballer|chef|artist|businessman"
    r"|businesswoman|billionaire|banker|athlete|dancer|photographer|designer|songwriter|politician|boxer"
    r"|drummer|guitarist|restaurateur|entrepreneur|filmmaker|DJ"
    # ("her plastic surgeon husband X", "his lawyer wife X", "her NFL star boyfriend X")
    r"|plastic|surgeon|doctor|dentist|lawyer|attorney|director|writer|author|executive|journalist"
    r"|architect|pilot|star|NFL|NBA|MLB|NHL|reality)\s+){1,2}"
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
# ("the two met at each other's homes", "they met up in Paris": meetings of a couple, not its first)
_NOT_FIRST_MEETING = re.compile(
    r"(?:first\s+)?(?:met|meet|meeting)\s+(?:my|your|our|with|up\b|(?:at|in)\s+each\s+other['’]s|secretly|regularly)\b",
    re.IGNORECASE,
)

# Right after "met": a group of people met in the way of duty, not the first meeting of two
# ("The couple also met victims and emergency teams", "met dozens of fans").
_MET_OTHERS_AFTER = re.compile(
    r"\s+(?:(?:the|some|many|several|dozens\s+of|hundreds\s+of|local|young|wounded|injured|grieving)\s+)*"
    r"(?:victims|veterans|fans|patients|staff|students|children|families|workers|soldiers|troops|officials|"
    r"leaders|volunteers|survivors|residents|pupils|crowds|dignitaries|locals|wellwishers|well-wishers|"
    r"members|players|athletes|nurses|doctors|refugees)\b",
    re.IGNORECASE,
)
# "had met the man exactly once", "met him twice": meetings counted, no first meeting of a couple.
_MET_COUNTED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:exactly\s+|only\s+|just\s+)?(?:once|twice|(?:a\s+)?(?:few|couple\s+of|handful\s+of"
    r"|several|two|three|four|five|many)\s+times)\b",
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

# Between a cue inside a quotation and a name after it: the closing mark and a verb of saying
# ("... marrying in Capri," says baker X): the name is the quote's speaker.
_SPEAKER_AFTER_QUOTE = re.compile(
    r"[,.!?]?[\"”]\s*,?\s*(?:says|said|adds|added|explains|explained|tells|told|recalls|recalled|insists|insisted)\b"
)

# A child described as a clause's subject, then the possessive of a parent noun: "as the teen
# stood up for his mum X", "the young boy told his dad X" (the possessive is the child's).
_YOUNG_OWNER_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:\d{1,2}-year-old\s+|young\s+|little\s+)?(?:"
    + "|".join(sorted(CHILD_SUBJECTS))
    + r")\s+(?:[a-z]+\s+){0,4}(?P<owner>his|her)\s+$"
)

# A list of partners after a verb ("dated A, B and C"): at most this many names in all, each
# closing its clause (after the name: a stop, a comma, "or"/"and" going on, or a time or a reason).
_DATED_LIST_MOST = 4
_CLAUSE_CLOSES = re.compile(
    r"\s*(?:[.,;:!?)\u2014\u2013]|$|(?:,?\s+(?:and|or)\s+[A-Z])|\s+(?:in|from|for|until|before|after|during|when|while"
    r"|between|but|back|briefly|too|as\s+well)\b)"
)

# Right before an event verb: the event did not happen ("almost split", "nearly married").
_NOT_QUITE = re.compile(r"\b(?:almost|nearly|narrowly)\s+$", re.IGNORECASE)

# "the two", "the pair", "the couple": who they are may hang on the claims of the sentence before.
_THE_PAIR = re.compile(
    r"\bthe\s+(?:(?:former|happy|new|married|engaged|estranged)\s+)?(?:couple|pair|two|duo|twosome)\b",
    re.IGNORECASE,
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


# Right before a spouse noun, a divorce the sentence says is done: "divorced her first husband".
_DIVORCED_KIN = re.compile(r"\bdivorced\s+(?:his|her)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)


# "husband of nine years", "girlfriend of two years": how long the relation has lasted.
_OF_YEARS = re.compile(r"^\s+of\s+(\w+)\s+years?\b")

# "Ivo Lark, the son Mara adopted in 2009": after an apposed "the" (no possessor), a kin noun
# whose name is the subject of a relative clause of having the child: the name is the parent
# and the apposed name the child (not the son "Mara").
_THE_KIN_BEFORE = re.compile(
    r"(?:^|[\s,(])the\s+(?:(?:eldest|oldest|youngest|only|adopted|first|second)\s+)?$", re.I
)
_PARENT_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:had|has)\s+(?:with|by)\b|adopted|welcomed|raised|shares|shared|fathered|gave\s+birth\s+to)\b"
)
# Between a name and the kin noun of the one the name weds: "Ivo Roe's upcoming nuptials to
# fiancée X", "Ada's wedding to husband-to-be X".
_WEDDING_TO_KIN = re.compile(
    r"['’]s?\s+(?:(?:upcoming|planned|forthcoming|impending|recent|lavish|secret|star-studded)\s+)?"
    r"(?:wedding|nuptials|marriage)\s+to\s+(?:(?:his|her)\s+)?(?:(?:longtime|long-time|new)\s+)?"
)
# After a union cue, "to"/"with" and a description running to the clause's end ("was married
# to the dullest man in the county,"): whom it means, if no one in it is named or resolved.
_TO_DESCRIPTION = re.compile(r"\s+(?:to|with)\s+(?:the|a|an)\s+[^,.;:\"“”!?()\n]*")
# Between a name and a kin noun, the "and" of a list ("Milo and Teo, and daughter Nell").
_LIST_AND = re.compile(r"\band\b|&")
# A cue that is a clause's second verb ("... in 2002 and met X"), and the name right after it.
_AND_RIGHT_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+|soon\s+|eventually\s+)?$")
_CUE_TO_NAME = re.compile(r"\s+(?:to\s+|with\s+)?")
_APPOSED_THE = re.compile(r"\s*,\s*the\s+(?:[a-z]+\s+)?$")

# "from a previous relationship with", "from his first marriage to": a child's other parent follows.
_EARLIER_UNION = re.compile(
    r"\bfrom\s+(?:a|an|his|her|their)\s+(?:previous|earlier|former|first|past|prior|second)\s+"
    rf"{UNION_NOUNS}\s*,?\s*(?:with|to)?$",
    re.IGNORECASE,
)

# A name a kinship noun introduces ("their daughter, Isadora"): someone's child, not a partner.
_KIN_RIGHT_BEFORE = re.compile(
    r"\b(?:son|daughter|child|kid|baby|twins|sons|daughters|children|kids)\s*,?\s*$"
)
# A capitalised word on the same line right after a name: the tagger took part of a longer name.
_NAME_CUT_SHORT = re.compile(r"[ \t]+[A-Z][\w’'-]*[a-z]")
# A couple again after a parting: the romance is older than the date the reunion gets.
_REUNION_CUE = re.compile(r"(?:got\s+)?back\s+together", re.IGNORECASE)
# Relations a verb takes with "to"/"with"/"from" and the one named after it.
_TO_WHOM_PREDICATES = ("spouse", "engaged", "partner", "separated", "divorced")
# Right after a subject, a clause set between commas: "A, who was married to B for five years,".
_CLAUSE_AFTER_SUBJECT = re.compile(r"\s*,\s*(?:who|whose|after|since|having|once|previously|formerly)\b")
# After "wedding to X", that it happened: "the actress's wedding to the chef X took place on Saturday".
_WEDDING_HELD = re.compile(r"[^.;]{1,80}?\b(?:took\s+place|was\s+held|went\s+ahead)\b", re.IGNORECASE)
# "splits his time between": not a breakup.
# (or a thing shared out: "split the company fifty-fifty", "split the bill", "split the prize")
_SPLITS_TIME = re.compile(
    r"\s+(?:(?:his|her|their|its)\s+time|(?:the|a|an|their|its)\s+(?:company|business|bill|cost|costs"
    r"|profits?|money|prize|proceeds|difference|shares?|stake|rights|royalties|duties|role|vote)\b)"
)
# After a parting cue, "from" and an ended relation's noun: "her split from ex boyfriend X", "his
# divorce from his ex-wife X" (the one parted from is the person that noun introduces).
_FROM_AN_EX = re.compile(r"\s+from\s+(?:(?:his|her|their)\s+)?(?:ex|former|estranged)\b", re.IGNORECASE)
# "After her split from X, she dated Y": a parting from someone before the cue of another relation.
# "he plays a detective engaged to", "she played a nurse married to": a character's relation.
_ROLE_RIGHT_BEFORE = re.compile(
    rf"\b{ROLE_VERBS}\s+(?:a|an)\s+(?:[a-z-]+\s+){{1,3}}$",
    re.IGNORECASE,
)
# "Before Wrenfield, she dated X", "After Roe, he was engaged to X": someone else's time.
# ("Before meeting X, she was engaged to Y": X is no more the pair than in "Before X, ...")
_BEFORE_PARTNER = re.compile(r"\b(?:before|after)\s+(?:(?:meeting|marrying|dating)\s+)?$", re.IGNORECASE)
_PRIOR_PARTING = re.compile(
    r"\b(?:after|before|since|following)\s+(?:her|his|their|the)\s+(?:split|divorce|breakup|break-up|separation)"
    r"\s+(?:from|with)\s+$",
    re.IGNORECASE,
)
# "she split with X and ended up dating Y": X is the one parted from by the verb of the clause
# before, not Y's match (the gap up to the second verb holds no other name).
_PARTED_VERB_BEFORE = re.compile(
    r"\b(?:split|splits|splitting|broke\s+up|breaks\s+up|parted(?:\s+ways)?|separated)\s+(?:with|from)\s+"
    # ("broke up with the rower X": a description of lowercase words between)
    r"(?:(?:the|her|his|their|a|an)\s+(?-i:[a-z][\w-]*\s+){0,2})?$",
    re.IGNORECASE,
)
_AND_THEN_GAP = re.compile(r"\s*,?\s+(?:and|then|but)\s+(?:[a-z]+\s+){0,3}", re.IGNORECASE)
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
# "after each singer's divorce", "their respective divorces": each parted from someone
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
# "They" / "their" early in a sentence may stand for the couple just related (`_recent_pair`):
# such a sentence is read with the claims made so far.
_THEY_EARLY = re.compile(r"^.{0,30}?\b(?:[Tt]hey|[Tt]heir|[Tt]he\s+family)\b")


_WITH_BARE_KIN = re.compile(
    # ("X danced while wife Y filmed": the bare noun opens a clause of its own)
    r"\b(?:with|while|(?P<parting>(?:divorce|divorcing|divorced|split|splitting|separation|separated|separating"
    r"|proceedings|break-?up)\s+from))\s+(?:(?:longtime|new|then|now)[- ])?$",
    re.IGNORECASE,
)
_WHO_AFTER = re.compile(r",?\s+who\b")
# Between a name and the kin noun of its "whose" clause: "X, whose wife", "X, whose longtime
# girlfriend" (the comma is where the name ends).
_WHOSE_KIN = re.compile(
    r",\s*whose\s+(?:(?:new|longtime|long-time|current|former|ex-|late|then-)\s*)?$", re.IGNORECASE
)
# Between a name and the "his"/"her" of a kin noun that is that name's: "A, a retired pilot, and
# his wife, B", "A and her son B" (an apposition of a few words, no clause of its own).
# Right before a name, "of" (perhaps with a title): the name is inside someone else's description.
_OF_BEFORE_NAME = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s+)?$")
_AND_ONES_KIN = re.compile(r"(?:\s*,\s*(?:an?|the)\s+[^,;()\n]{1,50}?)?\s*,?\s+and\s+")
# Before a kin noun, words that make it what the sentence says rather than a name it takes for
# granted: a copula, a negation or "has" right before its owner ("is not her husband", "was never
# his wife", "no longer her boyfriend", "denied she has a new boyfriend, X"), or a word that
# makes the relation itself a rumour ("her rumoured boyfriend X"). There a denial or guess holds.
_KIN_PREDICATED = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|not|never|has|have|had|become|became"
    r"|rumou?red|alleged|reported|supposed|possible|potential)"
    r"|n[’']t|[’']s|\bno\s+longer)\s+"
    r"(?:(?:now|still|ever|really|even|just|also|actually|officially|not|never)\s+)*"
    r"(?:(?:his|her|their|a|an|the|[A-Z][\w’'-]*[’']s)\s+)?"
    r"(?:(?:new|current|former|longtime|then|future)[- ]\s*)*$",
    re.IGNORECASE,
)
# "their" right before a kin noun, perhaps with an age between ("their 4-month-old daughter").
_THEIR_KIN = re.compile(r"\btheir\s+(?:[\w-]+\s+)?$", re.IGNORECASE)

# Acts one partner does to the other, so that one name (and the couple) is enough.
_ONE_SIDED = re.compile(
    r"proposed|proposes|proposing|popped the question|filed for divorce"
    r"|(?:got|gets|went|goes) down on one knee"
)

# "after three years of marriage", right after a divorce's date.
_YEARS_OF_MARRIAGE = re.compile(
    r"^[^.;]{0,30}?\bafter\s+(?:(?:almost|nearly|more\s+than|over|about|some)\s+)?(?:a\s+)?(\w+)"
    r"(?:\s+(?:years?|decades?))?\s+(?:of\s+(?P<wed>marriage|being\s+married)|together|of\s+dating"
    r"|as\s+a\s+couple)"
)


def _count(word: str) -> int:
    """ "three" → 3, "12" → 12, "thirty-one" → 31, "a" → 1 ("his wife of a year"); 0 when the
    word is no exact count ("few", "several"): the time lexicon's number words, not a table here."""
    found = time_lexicon().number(word)
    return found[0] if found is not None and found[0] == found[1] else 0


# A godparent's tie right before a kin noun: "She is godmother to the couple's son, X".
_GODPARENT_BEFORE = re.compile(
    r"\bgod(?:mother|father|parent|mum|mom|dad)s?\s+(?:to|of)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
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
# (a word that dates the union may stand before its noun: "with her high-school boyfriend")
_UNION_AGE_WORD = r"(?:(?:high-school|high\s+school|college|childhood|longtime|long-time)\s+)?"
_SHARED_WITH = re.compile(
    r"(?:\b(?:who|whom|that)\s+(?:she|he)\s+(?:shares?|had|has)\s+|,\s*|\s--?\s*|\s[—–]\s*"
    # "Bea is Ada's daughter with her college boyfriend, X": the kin noun right before "with"
    r"|(?<=daughter\s)|(?<=\bson\s)|(?<=child\s)|(?<=children\s)|(?<=kids\s)|(?<=twins\s))"
    rf"with\s+(?:(?:his|her)\s+)?(?P<ex>ex-|former\s+|then-)?{_UNION_AGE_WORD}"
    rf"(?P<noun>{CO_PARENT_NOUNS})\s*,?\s*(?:the\s+)?(?:[a-z-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_SHARED_WITH_CUE = re.compile(
    rf"\bwith\s+(?:(?:his|her)\s+)?(?:ex-|former\s+|then-)?{_UNION_AGE_WORD}{CO_PARENT_NOUNS}\b",
    re.I,
)
# How far the union words may stand after the last child of the list (characters).
_SHARED_WITH_REACH = 40

# Between a cue and the first name after it: a clause break ("met in 2009 and have two sons: A …").
_LATER_CLAUSE = re.compile(r"[:;]|\b(?:and|but)\b")

# "while he was married", "when she was still married": one person's state then, with no one
# named; never a marriage to whoever else the sentence names.
_MARRIED_STATE_BEFORE = re.compile(
    r"\b(?:while|when|whilst|as|though|although|because)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:still\s+)?$",
    re.IGNORECASE,
)
# A divorce cue that is a filing: the marriage goes on until the divorce is granted.
_FILING = re.compile(r"\bfil(?:ed|es|ing)\b", re.IGNORECASE)
# an opening time clause right before a gerund: "Before meeting ...", "Shortly after meeting ..."
_OPENING_TIME_CLAUSE = re.compile(
    r"\s*(?:(?:long|shortly|just|soon)\s+)?(?:before|after|since|until)\s+", re.IGNORECASE
)
# the close of an apposition right before a one-sided act: "..., the DJ X, proposed"
_APPOSITION_THEN_ACT = re.compile(r",\s*(?:(?:finally|reportedly|then|later|eventually)\s+)?")
# "introduced X to Y": the introduced one (a name or a pronoun) and the one met after "to"
_INTRODUCED_TO = re.compile(
    r"\bintroduc(?:ed|es)\s+(?P<first>[\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?P<to>to)\s+"
)
# between "to" and the name: a description of the one met ("the entertainment lawyer ")
_INTRODUCED_TO_GAP = re.compile(r"(?:(?:the|a|an|his|her|their|fellow)\s+)?(?:[a-z][\w-]*\s+){0,3}")
# "The divorce was finalised in 2021" opening a sentence: the divorce of the pair whose
# separation came close before (`_parted_before`, at most this many characters back).
_THE_CUE_OPENS = re.compile(r"\s*(?:The|Their)\s+")
_PARTED_REACH = 700


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
    # ("his engagement to the TV presenter X": an acronym among the describing words; "her
    # divorce settlement from Bafta winner X": the process's noun first, and a title's capitalised
    # words before the description's lowercase head)
    rf"(?:\s+{cue_list('parting_process_nouns')})?"
    r"(?:\s*,\s*to|\s+(?:from|with|to))\s+(?:(?:the|his|her|a|an)\s+)?"
    r"(?:(?:[a-z-]+|[A-Z]{2,4}|[A-Z][\w’'-]*(?=(?:\s+[A-Z][\w’'-]*)*\s+[a-z]))\s+){0,3}"
)

_DESCRIBED_GAP = re.compile(r"\s+(?:(?:the|his|her|a|an)\s+)?(?:[a-z-]+\s+){0,3}")
# Right before an owner: "X and Y's split" is the pair's.
_JOINT_OWNER = re.compile(r"\b(?:and|&)\s+$")
# Owned nouns whose other side is never the owner's partner (an affair is with a third person):
# with no one introduced, the usual rules read them.
# An owned relation noun said to be an earlier one: "his last breakup", "her previous divorce".
_EARLIER_ONE = re.compile(r"\b(?:last|previous|prior|earlier|first|former)\s", re.IGNORECASE)
_THIRD_PARTY_NOUNS = frozenset({"affair", "affairs", "fling", "liaison"})
# "divorce from Pellegrino": the noun introduces a name, whoever the tagger made of it.
# "his longtime companion, X, with whom he had lived since 2017": together since then.
_WITH_WHOM_SINCE = re.compile(rf"^\s*,?\s*with\s+whom\b[^.;]{{0,40}}?\bsince\s+({YEAR})\b")


_RELATIVES = relatives_alternation()
# "Ada Roe's mother, Mia Roe": a possessed relative opening the sentence, then its name.
_POSSESSED_KIN_APPOSITION = re.compile(
    rf"['’]s?\s+(?:(?:late|elder|older|younger|big|little)\s+)?(?:step-?|half-|grand)?(?:{_RELATIVES})\s*,\s*"
)
# A relative's noun after a possessive, then the relative's name: "His grandfather, A", "her
# mother, the singer A", "Her mother is the playback singer A".
_PARALLEL_KIN_NAME = re.compile(
    rf"\s+(?:(?:late|elder|older|younger|big|little)\s+)?(?:step-?|half-|grand|great-grand)?(?:{_RELATIVES})\s*(?:,\s*|\s+(?:is|was)\s+)"
    r"(?:(?:the|a|an)\s+(?-i:[a-z-]+\s+){0,3})?",
    re.IGNORECASE,
)

# Between two names that both follow a relation cue and are its pair: "the wedding of A and B",
# "A & B", "the marriage of A to the actor B", "A's romance with B".
_PAIR_AFTER_CUE = re.compile(
    r"(?:['’]s)?\s*,?\s+(?:and|&|to|with)\s+(?:(?:the|his|her|a|an)\s+)?(?:[a-z-]+\s+){0,3}|\s*&\s*"
)
_INTRODUCES_NAME = re.compile(
    rf"(?:\s+{cue_list('parting_process_nouns')})?\s+(?:from|with|to)\s+(?:the\s+)?[A-Z]"
)
# A cue in a subjectless clause of time: "X began dating Y in 2015, five months after splitting
# with Z": the one who split is the main clause's subject, not the nearest name (Y).
_GERUND_CLAUSE_BEFORE = re.compile(
    # ("before eventually splitting with him": an adverb between)
    r"\b(?:after|before|since|while|following|without)\s+(?:(?:eventually|finally|later|briefly|quietly|ultimately)\s+)?$",
    re.IGNORECASE,
)
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
# Between two joint owners: "Ada and Ian's son".
_JOINT_NAMES_GAP = re.compile(r"\s+(?:and|&)\s+")
# "are reportedly \"getting married\" in August": a wedding arranged, not held.
_GETTING_BEFORE = re.compile(r"\b(?:is|are|['’]re)\s+(?:\w+ly\s+)?[\"“]?getting\s+$", re.IGNORECASE)
# An adverb between an unnamed relative and the cue: "her mother later divorced X".
_KIN_ADVERB = r"(?:(?:later|then|eventually|subsequently|also|[a-z]+ly)\s+)?"
# An unnamed relative or friend as the cue's subject: "rumours that her big sister married X": the
# sister (named elsewhere, or not at all) married X, not the name before the noun.
_UNNAMED_KIN_SUBJECT = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[A-Z][\w-]*['’]s)\s+(?:{KIN_ADJECTIVES}\s+)?"
    rf"{UNNAMED_KIN}\s+{_KIN_ADVERB}$"
)
# Between such a parent's cue and the one it takes: "married the British cinematographer X".
_KIN_CUE_OBJECT_GAP = re.compile(
    r"\s+(?:(?:to|with)\s+)?(?:(?:his|her|the|a|an)\s+)?(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,3}"
)
# A relative clause of meeting on the name before it: "X, who she met", "X, whom he first met".
_WHO_PRONOUN_MET = re.compile(r",\s+(?:who|whom)\s+(?:she|he)\s+(?:had\s+)?(?:first\s+)?$")
# After a stepchild's name, the union it comes from: ", from Mirela's first marriage".
_FROM_OWNERS_UNION = re.compile(
    r"\s*,?\s*from\s+(?P<owner>[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)?['’]s\s+"
    r"(?:(?:first|previous|earlier|former|second)\s+)?(?:marriage|relationship)\b"
)
# A sentence introducing someone as another's kin: "Roe's younger brother, Ned Roe, ...".
_INTRODUCED_AS_KIN = re.compile(
    r"['’]s\s+(?:(?:younger|older|elder|big|little|twin|best)\s+)?(?:brother|sister|friend|cousin|uncle|aunt)\s*,"
)
# How many of the most-mentioned people a side character's "His" may fall back to.
_MAIN_PEOPLE = 2
# How far back (characters) the child claims of siblings a "their" stands for may be.
_SIBLINGS_REACH = 1500
# A kin noun owned through another's partner: "her ex-husband's new ", "Ana's boyfriend's ".
_CHAINED_KIN = re.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\b[A-Z][\w’'-]*['’]s)\s+(?P<kin>ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner"
    r"|former\s+husband|former\s+wife|late\s+husband|late\s+wife|husband|wife|boyfriend|girlfriend|partner"
    r"|fiancée?|fiancee?)['’]s\s+(?:(?:new|current|latest|former|longtime|long-time)\s+)?$"
)
# A name right before "co-star": the show's, taken for a person ("his Harbour Road co-star X").
_CO_STAR_AFTER = re.compile(r"\s+co-?stars?\b")
# "they" as the subject right before a cue: "they split", "they finally married".
_THEY_RIGHT_BEFORE = re.compile(
    r"(?:they|the\s+(?:pair|couple|two|duo))\s+[\"“]?(?:(?:have|has|had|are|were)\s+)?"
    r"(?:[a-z]+ly\s+|then\s+|later\s+|eventually\s+)?",
    re.IGNORECASE,
)
# A parent's noun (of `_UNNAMED_KIN_SUBJECT`'s match): the parent may be someone named before.
_KIN_PARENT_WORD = re.compile(rf"\b(?P<noun>mother|father|mum|mom|dad)\s*{_KIN_ADVERB}$", re.IGNORECASE)
# A parent called by the bare word, opening the sentence, in a child's own words: "Mum married X in
# 1990", "Dad later remarried" (the one parent of that gender the text named before).
_BARE_PARENT_SUBJECT = re.compile(r"^\s*(?:Mum|Mom|Mam|Mummy|Mommy|Dad|Daddy)\s+(?:[a-z]+\s+)?$")
# The same kin noun as the subject of the cue's clause, a few words before it: "Ian Holt's younger
# brother was in a long-term relationship with X" (no new subject, no new clause between).
_KIN_SUBJECT_OF_CLAUSE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[A-Z][\w-]*['’]s)\s+(?:{KIN_ADJECTIVES}\s+)?"
    rf"{UNNAMED_KIN}"
    r"(?:\s+(?!(?:he|she|they|who|and|but|or|after|before|when|while|since|that|with|to)\b)[a-z][\w-]*){1,5}\s+$"
)
# A name owning the kin noun after it: "Ada Roe's sister Tessa", "Ada's younger brother, Ian".
# ("dating Ada's ex-boyfriend, the rapper X": the owner of a partner's noun is no more the pair)
_OWNER_OF_KIN_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:sister|brother|daughter|son|mother|father|cousin|niece|nephew|friend"
    r"|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife|ex-partner)\b"
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
# The cue's object an unnamed friend or colleague of someone: "married to one of my closest
# friends" (no name follows the noun).
_UNNAMED_FRIEND_OBJECT = re.compile(
    r"\s+(?:to|with)\s+(?:one\s+of\s+)?(?:my|his|her|their|our|your)\s+(?:[a-z]+\s+){0,2}"
    r"(?:friends?|pals?|colleagues?|co-?stars?|bandmates?|teammates?|classmates?)\b(?!\s*,?\s+[A-Z])"
)
# Capitals going on after a cue in capitals: a sign's or a caption's words ("MARRY HIM MOMMY").
_CAPS_RUN = re.compile(r"\s+[A-Z]{2,}\b")
# Between an intransitive cue and the subject of the next clause: "is engaged again and ",
# "split in 2019, while " (`_pair_for`: that subject has a verb of its own, `_OWN_VERB_AFTER`).
_NEXT_CLAUSE_GAP = re.compile(
    r"(?:\s+(?:again|too|now|as\s+well|in\s+\d{4}))?\s*,?\s+(?:and|but|while|whereas)\s+(?:[a-z]+\s+){0,2}"
)
_OWN_VERB_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*,)?\s+(?:is|was|has|had|are|were|will|now|remains|became)\b"
)
# An object no one in particular: "to see him marry somebody who can cook", "dating someone new".
_SOMEONE_OBJECT = re.compile(
    r"\s+(?:(?:to|with)\s+)?(?:somebody|someone|anybody|anyone|nobody|no\s+one)\b", re.I
)
# A role the cue describes: "have played a married couple", "cast as an engaged pair".
_PLAYED_ROLE_BEFORE = re.compile(
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|cast\s+as)\s+(?:(?:a|an|the|two)\s+)?"
    # "who play bickering married landlords": a word or two describing the role may come first
    r"(?:(?!(?:and|then|but|before|after|until|when|since|in|at|for|she|he|they|we)\s)[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A recap's list of what a span of years held: "have been through a lot in eight years: a
# long-distance romance, a called-off engagement, ...": its items carry no date of their own.
_RECAP_BEFORE = re.compile(
    r"\b(?:in|over|across)\s+(?:the\s+(?:last|past)\s+)?(?:\w+\s+)?(?:years|decades)\s*:", re.IGNORECASE
)
_POSSESSIVE_PRONOUNS = frozenset({"my", "his", "her", "their", "our", "your"})
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
# A noun that names someone's partner ("boyfriend", "hubby", "fiancée"), any table's.
_UNION_KIN_NOUN = (
    "(?:" + "|".join(relation_lexicon().nouns[k].pattern for k in ("spouse", "partner", "engaged")) + ")"
)
# "with boyfriend X and hubby Y": a second partner noun in one list is a parallel kin (of someone
# else), never the first one's partner; the list either side of the name.
# (an ended one too: "his ex-wife X and current partner Y")
_ANY_UNION_KIN_NOUN = (
    "(?:"
    + "|".join(
        t[k].pattern
        for t in (relation_lexicon().nouns, relation_lexicon().ex_nouns)
        for k in ("spouse", "partner", "engaged")
    )
    + ")"
)
# After a cue, an earlier partner left unnamed: "a messy divorce from his first wife, I doubt
# X wants ...", "met her former husband at school": the other of the pair is no one named near
# (the nearest names are someone else); not when a name follows ("from his first wife, Ada Roe").
_UNNAMED_EARLIER_KIN_AFTER = re.compile(
    r"\s+(?:(?:from|with|to)\s+)?(?:his|her)\s+"
    r"(?:(?:first|second|third|former|previous|estranged|late)\s+|ex-|ex\s+|then-)+"
    rf"{_ANY_UNION_KIN_NOUN}"
    r"(?!(?-i:\s*,?\s*[A-Z][\w’'-]|\s*,\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,3}[A-Z][\w’'-]"
    r"|\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}[A-Z][\w’'-]))",
    re.IGNORECASE,
)
_PARALLEL_KIN_BEFORE = re.compile(
    rf"{_ANY_UNION_KIN_NOUN}\s+(?:[A-Z][\w’'-]*\s+){{0,3}}$|{_ANY_UNION_KIN_NOUN}\s*,\s*(?:[A-Z][\w’'-]*\s+){{0,3}}$",
    re.IGNORECASE,
)
_PARALLEL_JOINT = re.compile(
    r"\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:(?:new|longtime|long-time|now|current|present)\s+)?$"
)
_PARALLEL_KIN_AFTER = re.compile(
    rf"\s*,?\s+(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:(?:new|longtime|long-time|now|current|present)\s+)?{_UNION_KIN_NOUN}\s",
    re.IGNORECASE,
)
_SYMMETRIC_PREDICATES = ("spouse", "engaged", "partner", "affair", "separated", "divorced", "met")
# A headline that runs through someone's past partners: "Ana Roe's dating history", "all five of
# her exes", "his love life, from A to B" (`exes_in_headings`).
_EXES_HEADLINE = re.compile(
    r"\b(?:dating\s+history|exes|ex-(?:boyfriends|girlfriends|husbands|wives|partners)|love\s+life"
    r"|(?:relationship|romantic)\s+history|past\s+(?:loves|relationships|flames))\b",
    re.IGNORECASE,
)
# A listicle's section heading: a name and the years in brackets, "3. Ivo Lark (2016-2018)",
# "Bo Finch (2019)", "Cy Dunn (2021-present)".
_YEARS_HEADING = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*)?(?P<name>[A-Z][^()\n]{1,60}?)\s*"
    r"\((?P<years>(?P<since>(?:19|20)\d\d)(?:\s*[-–—]\s*(?P<until>(?:19|20)\d\d|present|now|today))?)\)\s*$"
)
# A divorce or a split spoken of in general, no couple's: "I never believed in divorce", "people
# are too quick to divorce these days", "whose parents went through a bitter divorce" (an unnamed
# relative's noun: "her mother later divorced X" is read by the unnamed-kin rules), "divorce rates".
_GENERIC_PARTING_BEFORE = re.compile(
    r"(?:\bbeliev(?:e|es|ed|ing)\s+in\s+(?:(?:a|the)\s+)?"
    r"|\b(?:quick|quicker|rush|rushing|easy|easier)\s+to\s+"
    r"|\b(?:whose|his|her|their|my|our|your)\s+(?:[a-z-]+\s+)?(?:parents|mother|father|mum|mom|dad|sister|brother)"
    r"\s+(?:(?!(?:and|with|from|to)\b)[a-z-]+\s+){1,3}(?:a|an|the|their|his|her)\s+(?:[a-z-]+\s+)?)$",
    re.IGNORECASE,
)
_GENERIC_PARTING_AFTER = re.compile(r"\s+(?:rates?|laws?|these\s+days|nowadays)\b", re.IGNORECASE)
# "moved in with his father, 47, and his model wife X": a second "his" after an unnamed parent
# joined by "and" may be that parent's (the wife is the father's, not the son's). (Not after a
# sibling: "lives with his sister and his wife X" is his own wife.)
_KIN_THEN_OWN_PARTNER = re.compile(
    r"\b(?:his|her)\s+(?:[a-z-]+\s+)?(?P<kin>father|mother|dad|mum|mom)"
    r"(?:\s*,\s*\d{1,2}\s*,)?\s*,?\s+and\s+(?:his|her)\s+(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PARENT_KIN = frozenset({"father", "mother", "dad", "mum", "mom"})
# A pronoun in a relative clause right after a name: "Ava, 4, whom she shares with ex-husband X"
# (the "she" is never the "whom": a pronoun resolved to that name is misread).
_RELATIVE_BEFORE_PRONOUN = re.compile(r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:who|whom|that)\s+$")
# After a kin noun's name, a possessive and a kin of that name: "Pia, her husband Dario's daughter"
# (the apposition is the daughter: Pia is not the one whose husband Dario is).
_NAMED_KINS_KIN = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:daughter|son|child|stepdaughter|stepson|kid|mother|father|sister|brother)\b"
)
_APPOSED_POSSESSIVE = re.compile(r"\s*,\s*(?:his|her|their)\s+$", re.IGNORECASE)
# A relative clause whose pronoun does the act on the name before it: "X, 27, whom he proposed
# to", "X, whom she had asked" (`_whom_of_pair`): from the comma after the name to the cue.
_WHOM_PRONOUN_BEFORE = re.compile(
    r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:to\s+)?whom\s+(?:she|he)\s+"
    r"(?:had\s+|has\s+|have\s+|first\s+|finally\s+|been\s+|started\s+|begun\s+|began\s+)*$",
    re.IGNORECASE,
)
_HOST_OF_PRONOUN_CLAUSE = re.compile(
    r"\s*,\s*(?:\d{1,2}\s*,\s*)?(?:who|whom|that)\s+(?:she|he)\s+", re.IGNORECASE
)
# The active "Gossip sites have linked X to Y", "tabloids linked him with Y", "fans have long
# linked X and Y" (`linked_by_others`): from the linker to the first person's name.
_LINKED_ACTIVE = re.compile(
    rf"\b{cue_list('romance_linkers')}\s+(?:(?:have|has|had|were|are)\s+)?"
    r"(?:(?:long|also|since|repeatedly|briefly|previously|often|quickly|even|once|soon)\s+){0,2}"
    r"linked\s+(?:(?:the|a|an|fellow)\s+)?(?:[a-z-]+\s+){0,2}(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$",
    re.IGNORECASE,
)
# Between the two people linked: "X to Y", "him with the singer Y", "X and Y".
_LINKED_ACTIVE_GAP = re.compile(
    r"\s+(?:romantically\s+)?(?:to|with|and)\s+(?:(?:the|a|an|fellow)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
)
_ANY_SYMMETRIC_VERB = re.compile(
    "|".join(relation_lexicon().verbs[k].pattern for k in _SYMMETRIC_PREDICATES), re.IGNORECASE
)


@dataclass
class Extractor(WorkRules, EmploymentRules, ResidenceRules, DeathRules):
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
    headline: str | None = None  # (whose death an obituary's "He died on Sunday" tells)
    died: list[Claim] = field(default_factory=list)  # the internal `died` claims (`deaths`)
    _death_state: DeathState | None = None

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
                    godparent = _GODPARENT_BEFORE.search(ctx.text[max(0, match.start() - 50) : match.start()])
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
                            and KIN_TO_NAME.fullmatch(doc_text(self.doc)[cue_end : p.start])
                            # "her fiancé, NBA player X": an acronym taken for a name is the trade's
                            and not not_a_person(self.index.name(p.key))
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
                            # "Ivo Roe, Teo's father, played": the owner named in the apposition
                            or (
                                _APPOSED_OWNERS_KIN.fullmatch(doc_text(self.doc)[p.end : cue_start])
                                and _APPOSITION_CLOSES.match(doc_text(self.doc), cue_end)
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
                    if (
                        predicate == "child"
                        and _THE_KIN_BEFORE.search(ctx.text[: match.start()])
                        and _PARENT_CLAUSE_AFTER.match(doc_text(self.doc), named[0].end)
                    ):
                        # "Ivo Lark, the son Mara adopted": Mara is the parent of the apposed name
                        child_of = [
                            p
                            for p in self._named(ctx)
                            if p.end <= cue_start
                            and p.key != named[0].key
                            and _APPOSED_THE.search(doc_text(self.doc)[p.end : cue_start])
                        ][-1:]
                        for kid in child_of:
                            self._add(
                                ctx, named[0].key, "child", kid.key, cue_start=kid.start, cue_end=named[0].end
                            )
                        continue
                    if predicate == "child" and PARENT_OF_KIN.search(ctx.text[: match.start()]):
                        continue  # "the mother of his two children, X": X is their mother
                    if predicate == "parent" and self._owner_before_young_subject(ctx, match.start()):
                        # "snapped at his son X while the teen stood up for his mum Y": the "his" is
                        # the teen's, whom the resolver took for the father (no one's parent, then)
                        continue
                    if predicate == "child" and match.group(0).lower().startswith("step"):
                        # "his stepson, X, from Mirela's first marriage": Mirela's child, not his
                        text = doc_text(self.doc)
                        union = _FROM_OWNERS_UNION.match(text, named[0].end)
                        parent = [
                            p
                            for p in ctx.people
                            if union and p.via == "name" and p.start == union.start("owner")
                        ][:1]
                        if parent and parent[0].key != named[0].key:
                            self._add(
                                ctx,
                                parent[0].key,
                                "child",
                                named[0].key,
                                cue_start=cue_start,
                                cue_end=named[0].end,
                            )
                        continue
                    before = [
                        p
                        for p in ctx.people
                        if 0 <= cue_start - p.end <= 6
                        # "sons Milo and Teo, and daughter Nell": a list's next item, not Teo's kin
                        and not (
                            predicate == "child" and _LIST_AND.search(doc_text(self.doc)[p.end : cue_start])
                        )
                    ]
                    parallel = predicate in ("spouse", "partner", "engaged") and self._parallel_kin(
                        ctx, cue_start, named[0]
                    )
                    if parallel:
                        # "A and B came with boyfriend X and hubby Y": A's X and B's Y, respectively
                        # (X is not Y's spouse); with no such pair of subjects, no one's
                        before = parallel if isinstance(parallel, list) else []
                        if not before:
                            continue
                    if not before:  # "his thirteenth wife, X", "Ana's eldest son X"
                        before = [
                            p
                            for p in ctx.people
                            if p.end <= cue_start
                            and self._owns_across(p, doc_text(self.doc)[p.end : cue_start])
                        ][-1:]
                        if before and before[0].via == "couple":
                            # "Their first child, X": both of the couple the "their" stands for
                            before = [
                                p for p in ctx.people if p.via == "couple" and p.start == before[0].start
                            ]
                    whose = _WHOSE_KIN.search(ctx.text[: match.start()]) if not before else None
                    if whose:
                        # "Magnus Oyelowo, whose wife Adaeze is a surgeon": the name the clause hangs on
                        before = [
                            p for p in ctx.people if p.via == "name" and p.end == ctx.start + whose.start()
                        ][-1:]
                    if not before and predicate in ("spouse", "engaged"):
                        # "Ivo Roe's upcoming nuptials to fiancée X": the wedding's owner weds X
                        before = [
                            p
                            for p in ctx.people
                            if p.via == "name"
                            and p.end <= cue_start
                            and _WEDDING_TO_KIN.fullmatch(doc_text(self.doc)[p.end : cue_start])
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
                    if not before and predicate in ("spouse", "partner", "engaged"):
                        # "Ivo Roe has a longtime girlfriend, the dancer X": the one who has the
                        # partner (a name, or a "he"/"she" opening its clause)
                        text = doc_text(self.doc)
                        before = [
                            p
                            for p in ctx.people
                            if p.end <= cue_start
                            and (p.via == "name" or text[p.start : p.end].lower() in ("he", "she"))
                            and _HAS_A_PARTNER.fullmatch(text[p.end : cue_start])
                        ][-1:]
                    joint = False
                    if predicate == "child" and len(before) == 1 and before[0].via == "name":
                        # "Ada and Ian's son, Otis": the child of both the joint owners
                        text = doc_text(self.doc)
                        before = [
                            p
                            for p in ctx.people
                            if p.via == "name"
                            and p.key != before[0].key
                            and _JOINT_NAMES_GAP.fullmatch(text[p.end : before[0].start])
                        ][-1:] + before
                        joint = len(before) == 2
                    before = [self._possessor(ctx, p) for p in before]
                    # "His mum, X" read as a woman: the man the text was about instead
                    before = [self._gender_fit(ctx, p) for p in before]
                    before = [self._apposed_kin_owner(ctx, p) for p in before]
                    before = [self._listed_kin_owner(ctx, p) for p in before]
                    if predicate in ("child", "parent"):
                        before = [self._parallel_owner(ctx, p) for p in before]
                    if predicate in ("child", "parent"):
                        before = [self._not_side_character(ctx, p) for p in before]
                    if not before and predicate not in ("child", "parent"):  # never "X and daughter Y"
                        head = ctx.text[: match.start()]
                        # "Neither X nor soon-to-be ex-husband Y", "either X, 41, or then-husband Y"
                        conj = re.search(r"\b(?:and|nor|or)\s+(?:(?:her|his)\s+)?(?:soon-to-be\s+)?$", head)
                        if conj:
                            before = [p for p in ctx.people if p.end <= ctx.start + conj.start()][-1:]
                    bare_kin = _WITH_BARE_KIN.search(ctx.text[: match.start()])
                    if not before and predicate in ("spouse", "partner", "engaged") and bare_kin:
                        # "is now based in Denver with wife X", "Y, who came with wife Z": a bare
                        # noun after "with" is the kin of the clause's subject: the person a "who"
                        # clause hangs on, else the nearest one not named after a "with" (a companion)
                        text = doc_text(self.doc)
                        earlier = [
                            p
                            for p in ctx.people
                            if p.end <= cue_start
                            # ("the Dockside star leans on his sister during his divorce
                            # proceedings from estranged wife X": one parting from a bare kin noun
                            # may be described or a pronoun)
                            and (
                                p.via == "name"
                                or (bare_kin.group("parting") is not None and p.via == "pronoun")
                                # ("She is expecting her first child with husband X": the clause's
                                # subject, a he/she or "the actress", when the sentence opens on it)
                                or (p.via in ("pronoun", "description") and p is ctx.people[0])
                            )
                            and not self._child_in_sentence(ctx, p.key)  # "a son, Otis, with wife X"
                            # (nor "a son, Otis, 10,"; "Ada Roe, 41, came with husband X" is Ada's)
                            and not (
                                AGE_APPOSED.match(doc_text(self.doc), p.end)
                                and relation_lexicon().nouns["child"].search(ctx.text[: p.start - ctx.start])
                            )
                        ]
                        before = [p for p in earlier[-1:] if _WHO_AFTER.match(text, p.end)] or [
                            p
                            for p in earlier
                            if not _WITH_BARE_KIN.search(text[max(0, p.start - 12) : p.start])
                        ][-1:]
                    if not named or not before:
                        continue
                    if predicate in ("spouse", "partner") and self._pronoun_is_relatives_host(
                        ctx, before[-1]
                    ):
                        continue  # "Ava, 4, whom she shares with ex-husband X": not Ava's
                    if (
                        predicate in ("spouse", "partner", "engaged")
                        and _NAMED_KINS_KIN.match(doc_text(self.doc), named[0].end)
                        and self._apposition_host(ctx, cue_start) == before[-1].key
                    ):
                        continue  # "Pia, her husband Dario's daughter": not Pia's husband
                    kin_first = (
                        _KIN_THEN_OWN_PARTNER.search(ctx.text[: match.start()])
                        if predicate == "spouse" and not ended
                        else None
                    )
                    if kin_first:
                        # "moved in with his father, 47, and his model wife X": the father's wife,
                        # when the text has named his one parent; else no one's that we can tell
                        # (a boyfriend after "her father and" is hers: "came with her father and
                        # her boyfriend X")
                        relative = self._relative_named(before[-1].key, kin_first.group("kin").lower())
                        if relative is None:
                            continue
                        before = [Person(relative, before[-1].start, before[-1].end, "name")]
                    other = named[0]
                    if predicate == "partner" and _ends_with(
                        lex.partner_modifiers, ctx.text[: match.start()]
                    ):
                        continue  # "his pro partner X", "her business partner X": no romance
                    owners = [p for p in before if p.via == "couple"] or (before if joint else before[-1:])
                    if godparent:
                        # "She is godmother to the couple's son, X": X is the couple's, not hers
                        godparent_at = (
                            cue_start - (match.start() - max(0, match.start() - 50)) + godparent.start()
                        )
                        owners = [
                            o
                            for o in owners
                            if not any(
                                p.key == o.key and p.via != "couple" and p.end <= godparent_at
                                for p in ctx.people
                            )
                        ]
                    if (
                        predicate not in ("child", "parent")
                        and len([o for o in owners if o.via == "couple"]) > 1
                    ):
                        continue  # "the pair ... with their husband X": a couple has no one spouse
                    if (
                        predicate == "parent"
                        and len(owners) == 2
                        and all(o.via == "couple" for o in owners)
                        and {o.key for o in owners} == set(self.index.main_pair() or ())
                    ):
                        # "Their mother, X": a "their" read as the story's couple is rather two
                        # siblings the text just gave (children of one parent), else no one
                        siblings = self._recent_siblings(cue_start)
                        if siblings is None:
                            continue
                        owners = [Person(k, owners[0].start, owners[0].end, "couple") for k in siblings]
                    owners = [self._not_own_kin(ctx, o, other) for o in owners]
                    if predicate in ("child", "parent"):
                        # "between his sons A and B ... C": a "his" cannot be someone not yet named
                        owners = [o for o in owners if not self._named_only_later(o)]
                    # "their daughters Ada and Bea": a plural noun names each child of a list
                    kin = [other]
                    if predicate == "child" and match.group().lower() in _PLURAL_KIN:
                        kin = self._named_list(ctx, other, limit=_KIN_LIST_MOST)
                    added = len(self.claims)
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
                    if not _KIN_PREDICATED.search(ctx.text[: match.start()]):
                        self._presupposed(ctx, added)

    def _apposition_host(self, ctx: SentenceContext, cue_start: int) -> str | None:
        """The name a possessive apposition right before `cue_start` hangs on ("Pia Venn, her
        husband ..." → Pia Venn), else None."""
        text = doc_text(self.doc)
        host = [
            p
            for p in ctx.people
            if p.via == "name"
            and p.end <= cue_start
            and _APPOSED_POSSESSIVE.fullmatch(text[p.end : cue_start])
        ]
        return host[-1].key if host else None

    def _pronoun_is_relatives_host(self, ctx: SentenceContext, owner: Person) -> bool:
        """Whether `owner` is a pronoun read as the name its own relative clause hangs on ("Ava,
        4, whom she shares with ex-husband X": "she" is not Ava)."""
        text = doc_text(self.doc)
        if owner.via == "name":
            # (the name itself, taken as the one "with ex-husband X" is said of)
            return _HOST_OF_PRONOUN_CLAUSE.match(text, owner.end) is not None
        if owner.via != "pronoun":
            return False
        clause = _RELATIVE_BEFORE_PRONOUN.search(text[max(ctx.start, owner.start - 20) : owner.start])
        if clause is None:
            return False
        host_end = owner.start - (len(text[max(ctx.start, owner.start - 20) : owner.start]) - clause.start())
        return any(p.via == "name" and p.end == host_end and p.key == owner.key for p in ctx.people)

    def _relative_named(self, key: str, kin: str) -> str | None:
        """The one parent the claims so far give `key` (for `kin` "father", "mother"), else None."""
        if kin not in _PARENT_KIN:
            return None
        name = self.index.name(key)
        parents = {c.subject for c in self.claims if c.predicate == "child" and c.object == name}
        if len(parents) != 1:
            return None
        return self._person_keys().get(next(iter(parents)))

    def _presupposed(self, ctx: SentenceContext, added: int) -> None:
        """A kin noun naming someone ("did not strike his son X", "did not drop plans with her
        former beau, X", "denied that her husband X had left", "might reunite with her ex, X")
        takes the relation for granted: what the sentence negates, denies or guesses is something
        else. The claims from `added` on keep the modality of their source alone (an insider's
        word is still hedged, the writer's own guess still speculated)."""
        for claim in self.claims[added:]:
            if claim.modality in ("denied", "speculated"):
                claim.modality = modality_of("", claim.attribution, ctx.previous_text)

    def _parallel_kin(self, ctx: SentenceContext, cue_start: int, kin: Person) -> bool | list[Person]:
        """Whether the partner noun at `cue_start` (naming `kin`) is one of two in a list ("with
        boyfriend X and hubby Y"); if so, the owner the list gives it: the first or second of a
        joint subject "A and B" before the list (a list of one, or an empty one where none)."""
        text = doc_text(self.doc)
        line_start = max(ctx.start, cue_start - 80)
        first_joint = _PARALLEL_JOINT.search(text[line_start:cue_start])
        second = bool(first_joint) and bool(
            _PARALLEL_KIN_BEFORE.search(text[line_start : line_start + first_joint.start()] + " ")  # type: ignore[union-attr]
        )
        first = bool(_PARALLEL_KIN_AFTER.match(text, kin.end))
        if not first and not second:
            return False
        list_start = cue_start
        if second and first_joint is not None:
            head = _PARALLEL_KIN_BEFORE.search(text[line_start : line_start + first_joint.start()] + " ")
            list_start = line_start + head.start() if head else cue_start
        earlier = [p for p in ctx.people if p.via == "name" and p.end <= list_start]
        subjects = [
            (a, b)
            for a, b in itertools.pairwise(earlier)
            if a.key != b.key and _JOINT_NAMES_GAP.fullmatch(text[a.end : b.start])
        ]
        if not subjects:
            # "Ivo Pell - his ex-wife Ada Roe and current partner Bea Lund": with no joint subject,
            # a list of kin right after one owner ("his", "Ivo's") is all that owner's
            return [p for p in ctx.people if 0 <= list_start - p.end <= 6][-1:]
        a, b = subjects[-1]
        return [b if second else a]

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
                # (or a description standing for a name: "The midfielder's younger brother, Ivo")
                owners = [
                    p
                    for p in ctx.people
                    if p.end == cue_start
                    and (p.via == "name" or (p.via == "pronoun" and _DESCRIBED.match(text, p.start)))
                ]
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
        joins = _JOINS_SIBLING.search(ctx.text)
        if joins is not None:
            # "Ottilie joins big sister Wren, ..., and big brother Bram": the newborn's siblings
            owners = [p for p in ctx.people if p.via == "name" and p.end == ctx.start + joins.start()]
            for noun in _PLAIN_SIBLING.finditer(ctx.text, joins.start()):
                cue_end = ctx.start + noun.end()
                found = [p for p in self._named(ctx) if p.start == cue_end][:1]
                if owners and found:
                    pairs.append((owners[0], found[0], ctx.start + noun.start()))
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
            PRONOUN_GENDER[word],
        ):
            return owner
        return Person(topic, owner.start, owner.end, "pronoun")

    def chained_kin(self, ctx: SentenceContext) -> None:
        """ "her ex-husband's new girlfriend, the singer X": a kin noun owned through another's
        partner (read after the sentence's unions, which may name that partner)."""
        if "'s" not in ctx.text and "’s" not in ctx.text:
            return
        lex = relation_lexicon()
        text = doc_text(self.doc)
        for ended, table in ((False, lex.nouns), (True, lex.ex_nouns)):
            for predicate, pattern in table.items():
                if predicate == "parent":
                    continue
                for match in pattern.finditer(ctx.text):
                    if not _CHAINED_KIN.search(ctx.text[: match.start()]):
                        continue
                    cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
                    named = [
                        p
                        for p in self._named(ctx)
                        if 0 <= p.start - cue_end <= 60 and KIN_TO_NAME.fullmatch(text[cue_end : p.start])
                    ][:1]
                    owners = self._chained_owner(ctx, match.start()) if named else []
                    if not owners or owners[0].key == named[0].key:
                        continue
                    self._add(
                        ctx,
                        owners[0].key,
                        predicate,
                        named[0].key,
                        cue_start=min(cue_start, named[0].start),
                        cue_end=max(named[0].end, cue_end),
                        end=self.report_date if ended and predicate != "child" else None,
                    )

    def _not_side_character(self, ctx: SentenceContext, person: Person) -> Person:
        """ "Roe's younger brother, Ned Roe, was best man. His son, Otis, was the ring bearer":
        a "His"/"Her" opening a sentence, read as someone the sentence before introduced as
        the story's main person's kin, stands for that main person (of the same gender)."""
        text = doc_text(self.doc)
        word = text[person.start : person.end]
        if (
            person.via != "pronoun"
            or word not in ("His", "Her")
            or person.start != ctx.start + (len(ctx.text) - len(ctx.text.lstrip()))
        ):
            return person
        sentences = self._sentences_before(person.start)
        if not sentences:
            return person
        last = sentences[-1]
        if self._first_named(person.key) < last.start_char:
            return person  # someone the text gave before that sentence: no side character
        gender = PRONOUN_GENDER[word.lower()]
        main = next(
            (
                k
                for k in self.index.main_people(_MAIN_PEOPLE)
                if k in self.index.people and self.index.people[k].gender == gender
            ),
            None,
        )
        if main is None or main == person.key:
            return person
        mentioned = {m.entity for m in self.index.person_mentions(last.start_char, last.end_char)}
        if main not in mentioned or not _INTRODUCED_AS_KIN.search(last.text):
            return person
        return Person(main, person.start, person.end, "pronoun")

    def _gender_fit(self, ctx: SentenceContext, person: Person) -> Person:
        """A "His"/"Her" opening a sentence that the resolver took for someone of the other
        known gender ("His mum, X" read as the singer the sentence before named) stands for the
        topic of that gender of the sentences before, when there is one."""
        word = doc_text(self.doc)[person.start : person.end]
        if (
            person.via != "pronoun"
            or word not in ("His", "Her")
            or ctx.text[: person.start - ctx.start].strip()
        ):
            return person
        gender = PRONOUN_GENDER[word.lower()]
        known = self.index.people[person.key].gender if person.key in self.index.people else None
        if known in (None, gender):
            return person
        key = self._topic_before(person.start, set(), gender)
        key = key or self._main_person_before(person.start, gender)
        return Person(key, person.start, person.end, "pronoun") if key is not None else person

    def _recent_siblings(self, offset: int) -> tuple[str, str] | None:
        """The two people the latest child claims before `offset` (within `_SIBLINGS_REACH`
        characters) give one parent: siblings a "their" may stand for."""
        keys = self._person_keys()
        children: dict[str, list[str]] = {}
        for claim in self.claims:
            if claim.predicate != "child" or not claim.object or claim.span.end > offset:
                continue
            if offset - claim.span.end > _SIBLINGS_REACH:
                continue
            kids = children.setdefault(claim.subject, [])
            child = keys.get(claim.object, claim.object)
            if child not in kids:
                kids.append(child)
        pairs = {tuple(sorted(kids[-2:])) for kids in children.values() if len(kids) >= 2}
        if len(pairs) != 1:
            return None
        first, second = next(iter(pairs))
        return first, second

    def _chained_owner(self, ctx: SentenceContext, at: int) -> list[Person]:
        """ "her ex-husband's new wife", "Ana's boyfriend's daughter": the owner of a kin noun at
        `at` (in the sentence) is the partner the text gave the first possessor before, when it
        gave exactly one (an "ex-" one when the words say so); else no one."""
        chain = _CHAINED_KIN.search(ctx.text[:at])
        if chain is None:
            return []
        first = [p for p in ctx.people if p.start == ctx.start + chain.start() and p.via != "couple"][:1]
        if not first or first[0].key not in self.index.entities:
            return []
        name = self.index.name(first[0].key)
        former = chain.group("kin").lower().startswith(("ex", "former", "late"))
        keys = self._person_keys()
        partners = set()
        for claim in self.claims:
            if claim.predicate not in ("spouse", "partner", "engaged") or not claim.object:
                continue
            if name not in (claim.subject, claim.object) or claim.span.start >= ctx.start + at:
                continue
            if former and claim.end is None and not self._parted(claim):
                continue
            other = claim.object if claim.subject == name else claim.subject
            partners.add(keys.get(other, other))
        if len(partners) != 1:
            return []
        return [Person(next(iter(partners)), ctx.start + chain.start(), ctx.start + chain.end(), "pronoun")]

    def _parted(self, union: Claim) -> bool:
        """Whether the claims say the two of `union` split or divorced."""
        pair = {union.subject, union.object}
        return any(
            c.predicate in ("separated", "divorced") and {c.subject, c.object} == pair for c in self.claims
        )

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
            elif not OWNER_BEFORE_POSSESSIVE.fullmatch(gap) and not (
                WITH_BEFORE_POSSESSIVE.fullmatch(gap) and " " in text[named.start : named.end].strip()
            ):
                return person
            gender = self.index.people[named.key].gender if named.key in self.index.people else None
            if gender == ("f" if word == "his" else "m"):
                return person
            return Person(named.key, person.start, person.end, "pronoun")
        return person

    def _parallel_owner(self, ctx: SentenceContext, person: Person) -> Person:
        """ "His grandfather, A, founded the firm, and his father, B, starred in its films": a
        second "his" before a relative, read as the relative the first "his" introduced (A), is
        rather the first one's owner (two relatives of one person, listed in parallel)."""
        text = doc_text(self.doc)
        word = text[person.start : person.end].lower()
        if person.via != "pronoun" or word not in ("his", "her"):
            return person
        for first in ctx.people:
            if first.start >= person.start:
                break
            if (
                first.via == "pronoun"
                and first.key != person.key
                and text[first.start : first.end].lower() == word
            ):
                kin = _PARALLEL_KIN_NAME.match(text, first.end)
                if kin and any(
                    p.via == "name" and p.key == person.key and p.start == kin.end() for p in ctx.people
                ):
                    return Person(first.key, person.start, person.end, "pronoun")
        return person

    def _apposed_kin_owner(self, ctx: SentenceContext, person: Person) -> Person:
        """ "Ada Roe's mother, Mia Roe, 79, sat with her partner, X": a "his"/"her" read as the
        owner of the subject's kin noun (Ada) is rather that subject (Mia), the one the sentence
        is about (where the gender allows)."""
        text = doc_text(self.doc)
        word = text[person.start : person.end].lower()
        if person.via != "pronoun" or word not in ("his", "her"):
            return person
        for owner in ctx.people:
            if owner.start >= person.start or owner.via != "name" or owner.key != person.key:
                continue
            kin = _POSSESSED_KIN_APPOSITION.match(text, owner.end)
            if kin is None or owner.start != ctx.start:
                continue
            apposed = [
                p for p in ctx.people if p.via == "name" and p.start == kin.end() and p.key != owner.key
            ]
            if not apposed or apposed[0].end >= person.start:
                continue
            gender = self.index.people[apposed[0].key].gender if apposed[0].key in self.index.people else None
            if gender == ("f" if word == "his" else "m"):
                continue
            return Person(apposed[0].key, person.start, person.end, "pronoun")
        return person

    def _listed_kin_owner(self, ctx: SentenceContext, person: Person) -> Person:
        """ "born to Per Lid, a retired pilot, and his wife, Ruth Lid": a "his"/"her" right after
        "A(, a description), and" is A's (where the gender allows), whoever else the sentence
        is about."""
        text = doc_text(self.doc)
        word = text[person.start : person.end].lower()
        if person.via != "pronoun" or word not in ("his", "her"):
            return person
        named = [p for p in ctx.people if p.via == "name" and p.end <= person.start]
        if (
            not named
            or named[-1].key == person.key
            or not _AND_ONES_KIN.fullmatch(text[named[-1].end : person.start])
        ):
            return person
        if _OF_BEFORE_NAME.search(text[max(ctx.start, named[-1].start - 20) : named[-1].start]):
            return person  # "A, the fifth son of King B, and his wife": B is inside A's description
        gender = self.index.people[named[-1].key].gender if named[-1].key in self.index.people else None
        if gender == ("f" if word == "his" else "m"):
            return person
        return Person(named[-1].key, person.start, person.end, "pronoun")

    def exes_in_headings(self, ctx: SentenceContext) -> None:
        """A dating-history listicle ("Ana Roe's exes, from ... to ..."): a section heading that is
        one person and years ("2. Ivo Lark (2015-2017)") names a partner of the headline's subject
        for those years. (A heading without years, "Bo Finch (never, apparently)", names none.)"""
        if not self.headline or not _EXES_HEADLINE.search(self.headline):
            return
        text = doc_text(self.doc)
        piece_start = ctx.start
        for piece in ctx.text.split("\n"):
            # the whole line of the text (the parser may end a sentence after the number, "2.")
            at = text.rfind("\n", 0, piece_start) + 1
            line_end = text.find("\n", piece_start)
            heading = _YEARS_HEADING.match(text[at : len(text) if line_end < 0 else line_end])
            piece_start += len(piece) + 1
            if heading is None:
                continue
            name_start, name_end = at + heading.start("name"), at + heading.end("name")
            named = [p for p in ctx.people if p.via == "name" and name_start <= p.start and p.end <= name_end]
            subjects = _headline_people(self.index, self.headline)[:1]
            if len(named) != 1 or not subjects or named[0].key == subjects[0]:
                continue
            until = heading.group("until")
            self._add(
                ctx,
                subjects[0],
                "partner",
                named[0].key,
                cue_start=at + heading.start("years"),
                cue_end=at + heading.end("years"),
                date=DateValue(heading.group("since")),
                end=DateValue(until) if until and until[:1].isdigit() else None,
                explicit=True,
            )

    def _whom_pair(self, ctx: SentenceContext, cue_start: int) -> tuple[str, str] | None:
        """ "the producer X, whom she had started dating in 2011": the "she" and X, whoever else
        the sentence names near the cue (None unless such a clause leads to the cue)."""
        clause = _WHOM_PRONOUN_BEFORE.search(ctx.text[: cue_start - ctx.start])
        if clause is None:
            return None
        at = ctx.start + clause.start()
        host = [p for p in ctx.people if p.via == "name" and p.end <= at and at - p.end <= 8][-1:]
        doer = [
            p for p in ctx.people if p.via == "pronoun" and ctx.start + clause.start() < p.start < cue_start
        ][:1]
        if not host or not doer or host[0].key == doer[0].key:
            return None
        return doer[0].key, host[0].key

    def _whom_of_pair(self, ctx: SentenceContext, pair: tuple[str, str], cue_start: int) -> bool:
        """Whether the act's clause is a relative one on a name of the pair ("the model Ada Roe,
        29, whom he proposed to in Rome"): the "whom" is that name, the act's other side."""
        clause = _WHOM_PRONOUN_BEFORE.search(ctx.text[: cue_start - ctx.start])
        if clause is None:
            return False
        at = ctx.start + clause.start()
        return any(p.key in pair and p.via == "name" and p.end <= at and at - p.end <= 8 for p in ctx.people)

    def _exes_section_pair(
        self, ctx: SentenceContext, pair: tuple[str, str], cue_start: int
    ) -> tuple[str, str]:
        """In a dating-history listicle, a section under a heading that names one past partner
        ("2. Ivo Lark") is about that partner: a couple the sentence reads only through "they",
        "the pair" or a description ("Moss started dating the actor") is the headline's subject
        and that partner (when the section has named no one else so far)."""
        if not self.headline or not _EXES_HEADLINE.search(self.headline):
            return pair
        subjects = _headline_people(self.index, self.headline)[:1]
        headings = [(end, key) for end, key in self._headings() if end <= cue_start]
        if not subjects or not headings:
            return pair
        heading_end, partner = headings[-1]
        subject = subjects[0]
        if partner == subject or partner in pair:
            return pair
        named = {p.key for p in ctx.people if p.via == "name" and p.start < cue_start}
        if any(key not in (subject, partner) and key in named for key in pair):
            return pair  # "Moss met Ivo Lark at a party": as the sentence names them
        if any(
            m.entity not in (subject, partner) for m in self.index.person_mentions(heading_end, cue_start)
        ):
            return pair  # the section has brought in someone else the words may stand for
        return subject, partner

    def linked_by_others(self, ctx: SentenceContext) -> None:
        """ "Gossip sites have linked Ivo Roe to Ada Vey", "tabloids linked him with the singer
        Ada Vey", "fans have long linked X and Y": the press or the public paired them, a rumour
        of a romance (hedged, as the passive "X was linked to Y" is)."""
        if "linked" not in ctx.text.lower() or ctx.text.rstrip().endswith("?"):
            return
        text = doc_text(self.doc)
        for first in ctx.people:
            window = max(ctx.start, first.start - 80)
            linker = _LINKED_ACTIVE.search(text[window : first.start])
            if linker is None or text.startswith(("'s", "’s"), first.end):
                continue  # (not "linked Ivo's band to ...")
            second = next(
                (
                    p
                    for p in ctx.people
                    if p.start > first.end
                    and p.key != first.key
                    and _LINKED_ACTIVE_GAP.fullmatch(text[first.end : p.start])
                    and not text.startswith(("'s", "’s"), p.end)
                ),
                None,
            )
            if second is None:
                continue
            cue_start = window + linker.start()
            added = len(self.claims)
            when = self._date_near(ctx, second.end)
            self._add(
                ctx,
                first.key,
                "partner",
                second.key,
                cue_start=cue_start,
                cue_end=second.end,
                date=when,
                explicit=when is not None,
            )
            for claim in self.claims[added:]:
                if claim.modality == "asserted":
                    claim.modality = "hedged"  # no one says they date: they were paired in print

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
                if _UNNAMED_EARLIER_KIN_AFTER.match(ctx.text, match.end()):
                    continue  # "a bitter divorce from his first wife": the other is not named here
                described = _TO_DESCRIPTION.match(ctx.text, match.end())
                if (
                    predicate in ("spouse", "engaged", "partner")
                    and described
                    and not any(cue_end <= p.start < ctx.start + described.end() for p in ctx.people)
                ):
                    # "Ada Roe was married to the dullest man in the county," Ben said: the other is
                    # someone the clause describes but never names (not the speaker named after it)
                    continue
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
                union_met = self._met_in_relative(ctx, match) if predicate == "met" else None
                if union_met is not None:
                    # "her mother married X, who she met on a film set": the pair just wed met
                    self._add(
                        ctx,
                        union_met[0],
                        predicate,
                        union_met[1],
                        cue_start=cue_start,
                        cue_end=cue_end,
                        date=self._date_near(ctx, cue_end),
                        explicit=self._date_near(ctx, cue_end) is not None,
                    )
                    continue
                owned = self._owned_pair(ctx, cue_start, cue_end, match.group(0).lower())
                if owned == ():
                    continue  # "her bitter divorce" with no one it is from: not whoever is near
                pair = (
                    owned
                    or self._their_in_cue(ctx, match, cue_start)
                    or self._whom_pair(ctx, cue_start)
                    or self._pair_for(ctx, cue_start, cue_end)
                )
                if pair is not None and owned is None and predicate in _TO_WHOM_PREDICATES:
                    pair = self._subject_over_clause(ctx, pair, cue_start, cue_end)
                if pair is not None and _ONE_SIDED.fullmatch(match.group(0).lower()):
                    # "Quenby's co-star Lola Brandt ...: her boyfriend, the DJ Remy Castell,
                    # proposed": one person's act binds the two only when its doer is one of them
                    actor = self._subject_person(
                        ctx, cue_start, [p for p in ctx.people if p.end <= cue_start]
                    )
                    if actor is None or actor.key not in pair:
                        # "X proposed in Rome, where Y grew up, after asking her father, Z": the
                        # names after the act are not its pair; X's partner may still be
                        pair = self._apposed_partner_acts(ctx, cue_start)
                    elif not any(p.start >= cue_end and p.key in pair for p in ctx.people) and not (
                        self._whom_of_pair(ctx, pair, cue_start)
                    ):
                        # "Host X had barely finished asking when Y got down on one knee": with no
                        # one named after the act, the doer's one partner so far is the other, not
                        # the nearest name before it
                        partners_so_far = self._partner_keys(actor.key)
                        if len(partners_so_far) == 1 and not set(pair) & partners_so_far:
                            pair = (actor.key, next(iter(partners_so_far)))
                pair = pair or self._one_of_the_couple(ctx, cue_start, cue_end, match.group(0))
                if (
                    pair is None
                    and predicate == "divorced"
                    and _THE_CUE_OPENS.fullmatch(ctx.text[: match.start()])
                ):
                    pair = self._parted_before(cue_start)
                if pair is None:
                    continue
                pair = self._exes_section_pair(ctx, pair, cue_start)
                if self._quote_speaker_in_pair(ctx, pair, cue_start, cue_end):
                    continue  # "\"He would be marrying in Capri,\" says baker X": X only said it
                if predicate == "met" and self._meeting_someone_unnamed(ctx, match):
                    continue  # "Before meeting his wife, the drummer dated X": the wife, not X
                if predicate == "met" and (
                    _NOT_FIRST_MEETING.match(ctx.text[match.start() :])
                    or _MET_COUNTED.match(ctx.text, match.end())
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
                if match.group(0).lower() == "engagement" and _ANOTHER_ENGAGEMENT.search(
                    ctx.text[: match.start()]
                ):
                    continue  # "another Roe engagement might not be far off": one to come
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
                if (
                    predicate in ("separated", "divorced")
                    and _FROM_AN_EX.match(ctx.text, match.end())
                    and not any(p.key in pair and cue_end < p.start <= cue_end + 40 for p in ctx.people)
                ):
                    continue  # "her split from ex boyfriend X": X, unread here, is the one parted from
                if match.group(0).lower() == "wedding to" and (
                    not any(p.via == "name" and cue_end < p.start <= cue_end + 45 for p in ctx.people)
                    or not _WEDDING_HELD.match(ctx.text, match.end())
                ):
                    # "they have a wedding to plan": no one named it is to; "her wedding to X was
                    # postponed", "is set for June": only a wedding that took place is a marriage
                    continue
                if predicate == "separated" and _SPLITS_TIME.match(ctx.text, match.end()):
                    continue  # "who splits his time between their home and his mother's"
                if predicate in ("divorced", "separated") and _AFTER_THE.search(ctx.text[: match.start()]):
                    continue  # "After the divorce he dated X": a parting told before, not theirs
                if predicate in ("divorced", "separated") and _EACH_OWN.search(ctx.text[: match.start()]):
                    continue  # "after each singer's divorce": not from each other
                if predicate in ("divorced", "separated") and (
                    _GENERIC_PARTING_BEFORE.search(ctx.text[: match.start()])
                    or _GENERIC_PARTING_AFTER.match(ctx.text, match.end())
                ):
                    continue  # "I never believed in divorce", "whose parents went through a divorce"
                plural = match.group(0).lower().endswith("affairs")
                if predicate == "affair" and plural and _AFFAIRS_FIELD.search(ctx.text[: match.start()]):
                    continue  # "a current affairs programme": news, no affair
                if predicate == "engaged" and _ENGAGED_INVOLVED.search(ctx.text[: match.start()]):
                    continue  # "a politically engaged journalist": involved, not betrothed
                if predicate == "spouse" and _GETTING_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "are reportedly \"getting married\" in August": not yet wed
                bare_parent = _BARE_PARENT_SUBJECT.match(ctx.text[: match.start()])
                if bare_parent:
                    # "Mum married X in 1990": the mother the text named, never X and the speaker
                    known = self._bare_parent_subject(ctx, bare_parent, cue_end)
                    if known is None:
                        continue
                    pair = known
                kin_subject = _UNNAMED_KIN_SUBJECT.search(ctx.text[: match.start()])
                if kin_subject or _KIN_SUBJECT_OF_CLAUSE.search(
                    ctx.text[max(0, match.start() - 120) : match.start()]
                ):
                    # "her big sister married X": the sister, not the name before; "her mother
                    # married X" is the mother the text named before, when it did
                    known = self._known_parent_subject(ctx, kin_subject, cue_end) if kin_subject else None
                    if known is None:
                        continue
                    pair = known
                if _PLAYED_ROLE_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "have played a married couple on the sitcom": a role, not a marriage
                if match.group(0).isupper() and _CAPS_RUN.match(ctx.text, match.end()):
                    continue  # a sign or a shouted caption, "MARRY HIM MOMMY": words shown, no act
                if _UNNAMED_FRIEND_OBJECT.match(ctx.text, match.end()) or _SOMEONE_OBJECT.match(
                    ctx.text, match.end()
                ):
                    continue  # "Ned is married to one of my closest friends": someone unnamed
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
                if _REUNION_CUE.match(match.group(0)):
                    # "by March 2021 they were back together": no start of the romance; a couple the
                    # text related already gains nothing from it
                    names = {self.index.name(k) for k in pair}
                    if any(
                        c.predicate in ("partner", "spouse", "engaged") and {c.subject, c.object} == names
                        for c in self.claims
                    ):
                        continue
                    date, end = None, None
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
                if predicate == "partner":
                    for extra in self._dated_list_after(ctx, pair, cue_end):
                        # "she briefly dated A and B": each one of the list after the cue
                        self._add(ctx, extra[0], predicate, extra[1], cue_start=cue_start, cue_end=cue_end)
                # "separated last spring from her husband, the Duke of X, Y, after eight years of
                # marriage": the span may follow the partner named after the cue
                named_after = [p.end for p in ctx.people if p.key in pair and cue_end < p.end]
                years = _YEARS_OF_MARRIAGE.match(doc_text(self.doc)[cue_end : ctx.end]) or (
                    _YEARS_OF_MARRIAGE.match(doc_text(self.doc)[max(named_after) : ctx.end])
                    if named_after
                    else None
                )
                lasted = _count(years.group(1)) if years else 0
                if years and years.group(1).lower() in ("decade", "decades"):
                    lasted = 10  # "after a decade together"
                elif years and "decade" in years.group(0).lower():
                    lasted *= 10  # "after two decades of marriage"
                if predicate in ("divorced", "separated") and years and lasted:
                    # "divorced in 2016 after three years of marriage": married about 2013; "split
                    # in 2019 after a decade together": a couple since about 2009 (a divorce is of
                    # a marriage whatever the words; a split of one only when they say so)
                    union = "spouse" if predicate == "divorced" or years.group("wed") else "partner"
                    year = date.value[:4] if date is not None else ""
                    began = DateValue(str(int(year) - lasted)) if year.isdigit() else None
                    # "filed for divorce in May after four years of marriage": a filing ends nothing
                    filed = _FILING.search(doc_text(self.doc)[cue_start:cue_end]) is not None
                    self._add(
                        ctx,
                        pair[0],
                        union,
                        pair[1],
                        cue_start=cue_start,
                        cue_end=cue_end,
                        date=began,
                        end=None if filed else date,
                    )

    def _their_in_cue(
        self, ctx: SentenceContext, match: re.Match[str], cue_start: int
    ) -> tuple[str, str] | None:
        """ "X and Y married in 2000 and ended their courtship in 2005 when he fell for Z": a cue that
        holds its own "their" ("ended their courtship") is of the two that "their" stands for."""
        at = match.group(0).lower().find("their")
        if at < 0:
            return None
        inner = [p.key for p in ctx.people if p.via == "couple" and p.start == cue_start + at]
        if len(set(inner)) != 2:
            return None
        # only where the clause named those two last before the cue ("X and Y married ... and ended
        # their courtship"): with someone else named between, the "their" may be the story's couple
        before = [p.key for p in ctx.people if p.via != "couple" and p.end <= cue_start]
        return (inner[0], inner[1]) if before[-2:] and set(before[-2:]) == set(inner) else None

    def _owner_before_young_subject(self, ctx: SentenceContext, at: int) -> bool:
        """Whether the possessive right before the kin noun at `at` (sentence offset) follows a
        young described subject ("while the teen stood up for his mum") and was resolved to
        someone this sentence named before that description: the child is someone else."""
        young = _YOUNG_OWNER_BEFORE.search(ctx.text[:at])
        if young is None:
            return False
        owner_at = ctx.start + young.start("owner")
        owners = [p.key for p in ctx.people if p.start == owner_at]
        text = doc_text(self.doc)
        named = [
            p
            for p in ctx.people
            if p.via == "name" and p.key in owners and p.end <= ctx.start + young.start()
        ]
        # resolved to the one named as someone's child ("his son Bo ... the teen ... his mum"): the
        # teen's own, and so right
        return bool(named) and not any(
            CHILD_BEFORE_NAME.search(text[max(0, p.start - 30) : p.start]) for p in named
        )

    def _quote_speaker_in_pair(
        self, ctx: SentenceContext, pair: tuple[str, str], cue_start: int, cue_end: int
    ) -> bool:
        """Whether one of `pair` is named only after the quotation the cue stands in, as its
        speaker ("... he would be marrying in Capri," says baker Ada Roe)."""
        text = doc_text(self.doc)
        for key in pair:
            # (the speaker's own "I" inside the quotation may stand before: names only; a "we"
            # before the cue is the speaker's couple: "\"We married in June,\" said X")
            mentions = [p for p in ctx.people if p.key == key and p.via in ("name", "couple")]
            if (
                mentions
                and all(p.start >= cue_end for p in mentions)
                and _SPEAKER_AFTER_QUOTE.search(text[cue_end : mentions[0].start])
            ):
                return True
        return False

    def _dated_list_after(
        self, ctx: SentenceContext, pair: tuple[str, str], cue_end: int
    ) -> list[tuple[str, str]]:
        """ "Ada once dated Ben Roe and Cy Vey": the names that go on the list whose first item is
        the pair's one right after the cue, each with the pair's other (the clause's subject).
        A name must close its clause ("and Cy Vey dated Di" starts a new one)."""
        text = doc_text(self.doc)
        names = [p for p in ctx.people if p.via == "name" and p.start >= cue_end]
        if (
            not names
            or names[0].key not in pair
            or not _CUE_TO_NAME.fullmatch(text[cue_end : names[0].start])
        ):
            return []
        subject = pair[0] if names[0].key == pair[1] else pair[1]
        listed: list[tuple[str, str]] = []
        last = names[0]
        for nxt in names[1:_DATED_LIST_MOST]:
            joined = LIST_JOINT.fullmatch(text[last.end : nxt.start])
            if not joined or not _CLAUSE_CLOSES.match(text, nxt.end):
                break
            if nxt.key not in (subject, names[0].key):
                listed.append((subject, nxt.key))
            last = nxt
        return listed

    def _meeting_someone_unnamed(self, ctx: SentenceContext, match: re.Match[str]) -> bool:
        """ "Before meeting his wife, ...", "After meeting her future husband, ...": an opening
        clause whose one met names no one (a noun, not a name or "him"): the main clause's
        people did not meet there."""
        if not _OPENING_TIME_CLAUSE.fullmatch(ctx.text[: match.start()]):
            return False
        comma = ctx.text.find(",", match.end())
        if comma == -1:
            return False
        clause_end = ctx.start + comma
        text = doc_text(self.doc)
        return not any(
            ctx.start + match.end() <= p.start < clause_end
            for p in ctx.people
            if p.via != "couple" and text[p.start : p.end].lower() not in ("his", "her", "their")
        )

    def _apposed_partner_acts(self, ctx: SentenceContext, cue_start: int) -> tuple[str, str] | None:
        """ "her boyfriend of five years, the DJ X, proposed in August": the one named in the
        apposition right before the act is its doer, and the couple this sentence's noun made
        of him is its pair; else None."""
        text = doc_text(self.doc)
        named = [p for p in ctx.people if p.via == "name" and p.end <= cue_start]
        if not named or not _APPOSITION_THEN_ACT.fullmatch(text[named[-1].end : cue_start]):
            return None
        doer = named[-1]
        name = self.index.name(doer.key)
        keys = self._person_keys()
        for claim in reversed(self.claims):
            if claim.span.start < ctx.start or claim.predicate not in ("spouse", "partner"):
                continue
            if claim.object == name:
                return keys.get(claim.subject, claim.subject), doer.key
            if claim.subject == name and claim.object:
                return doer.key, keys.get(claim.object, claim.object)
        return None

    def introductions(self, ctx: SentenceContext) -> None:
        """ "In 2011, a mutual friend introduced X to the lawyer Y": a first meeting of X and Y,
        arranged by someone else (never "introduced her to athletics": two people only)."""
        for match in _INTRODUCED_TO.finditer(ctx.text):
            first_at, to_at = ctx.start + match.start("first"), ctx.start + match.start("to")
            firsts = [p for p in ctx.people if p.via != "couple" and first_at <= p.start < to_at]
            seconds = [
                p
                for p in ctx.people
                if p.via == "name" and ctx.start + match.end() <= p.start <= ctx.start + match.end() + 40
            ]
            if len(firsts) != 1 or not seconds or firsts[0].key == seconds[0].key:
                continue
            between = doc_text(self.doc)[ctx.start + match.end() : seconds[0].start]
            if not _INTRODUCED_TO_GAP.fullmatch(between):
                continue  # "introduced him to the work of X": a thing, not a person
            if self._not_yet(ctx, match.start()):
                continue
            cue_end = ctx.start + match.end()
            date = self._date_near(ctx, cue_end)
            self._add(
                ctx,
                firsts[0].key,
                "met",
                seconds[0].key,
                cue_start=ctx.start + match.start(),
                cue_end=first_at - 1,  # the verb alone (a cue over the names reads as a title)
                date=date,
                explicit=date is not None,
            )

    def _met_in_relative(self, ctx: SentenceContext, match: re.Match[str]) -> tuple[str, str] | None:
        """ "... married the cinematographer X, who she met in 2003": the pair of the union this
        sentence just told, whose second is the name the relative clause hangs on; else None."""
        text = doc_text(self.doc)
        relative = _WHO_PRONOUN_MET.search(ctx.text[: match.start()])
        if relative is None:
            return None
        named = [p for p in ctx.people if p.via == "name" and p.end <= ctx.start + relative.start()]
        if not named or text[named[-1].end : ctx.start + relative.start()].strip():
            return None
        last = named[-1].key
        name = self.index.name(last) if last in self.index.entities else last
        keys = self._person_keys()
        for claim in reversed(self.claims):
            if claim.span.start < ctx.start or claim.predicate not in ("spouse", "engaged", "partner"):
                continue
            if claim.object == name:
                return keys.get(claim.subject, claim.subject), last
            if claim.subject == name and claim.object:
                return keys.get(claim.object, claim.object), last
        return None

    def _known_parent_subject(
        self, ctx: SentenceContext, kin: re.Match[str], cue_end: int
    ) -> tuple[str, str] | None:
        """ "In 2004 her mother married the cinematographer X": when the kin noun right before
        the cue is a parent ("mother", "dad") of an owner whose parent of that gender the text
        named before, that parent and the name the cue takes; else None."""
        said = _KIN_PARENT_WORD.search(kin.group(0))
        if said is None:
            return None
        gender = "f" if said.group("noun").lower() in ("mother", "mum", "mom") else "m"
        owner = next(
            (p for p in ctx.people if p.start == ctx.start + kin.start() and p.via != "couple"), None
        )
        if owner is None:
            return None
        owner_name = self.index.name(owner.key) if owner.key in self.index.entities else owner.key
        keys = self._person_keys()
        parents = {
            keys.get(c.subject, c.subject)
            for c in self.claims
            if c.predicate == "child" and c.object == owner_name and c.span.end <= ctx.start + kin.start()
        }
        fits = [
            k for k in parents if k in self.index.people and self.index.people[k].gender in (gender, None)
        ]
        if len(fits) != 1:
            return None
        text = doc_text(self.doc)
        after = [p for p in ctx.people if p.via == "name" and p.start >= cue_end][:1]
        if not after or after[0].key in (fits[0], owner.key):
            return None
        if not _KIN_CUE_OBJECT_GAP.fullmatch(text[cue_end : after[0].start]):
            return None
        return fits[0], after[0].key

    def _bare_parent_subject(
        self, ctx: SentenceContext, kin: re.Match[str], cue_end: int
    ) -> tuple[str, str] | None:
        """ "Mum married X in 1990": the one parent of that gender the text named before (of
        whomever: a child's account names one set of parents) and the name the cue takes."""
        gender = "f" if kin.group(0).strip().split()[0].lower().startswith("m") else "m"
        keys = self._person_keys()
        parents = {
            keys.get(c.subject, c.subject)
            for c in self.claims
            if c.predicate == "child" and c.span.end <= ctx.start
        }
        fits = [k for k in parents if k in self.index.people and self.index.people[k].gender == gender]
        after = [p for p in ctx.people if p.via == "name" and p.start >= cue_end][:1]
        if len(fits) != 1 or not after or after[0].key == fits[0]:
            return None
        if not _KIN_CUE_OBJECT_GAP.fullmatch(doc_text(self.doc)[cue_end : after[0].start]):
            return None
        return fits[0], after[0].key

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
            return None  # "news of his affair broke ... Tomas Reyes and X": the usual rules read it
        if _EARLIER_ONE.search(text[owners[-1].end : cue_start]):
            return ()  # "his last breakup", "her previous divorce": not from the one they are with now
        keys = self._person_keys()
        name = self.index.name(owner)
        # a relation that ended ("dated X from 2016 to 2018") is not the one "her engagement" means
        ongoing = [c for c in self.claims if c.end is None]
        for claim in [*reversed(ongoing), *reversed(self.claims)]:
            if (
                claim.predicate in COUPLE_PREDICATES
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
        second_verb = self._second_verb_pair(ctx, cue_start, cue_end)
        if second_verb is not None:
            return second_verb
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
            # "since the two went public with their relationship, while ... from X and Y": the two
            # "the pair" and its "their" stand for own the relation, not the names nearest the cue
            # (a bare "they ... their" may be anyone's: the usual rules read it)
            return owned[0].key, owned[1].key
        # "They had two children, A and B, before divorcing in 1975": the couple's children the
        # sentence just listed are not the pair
        couple_keys = {p.key for p in couple}
        keys = self._person_keys()
        kids = {
            keys[c.object]
            for c in self.claims
            if c.predicate == "child"
            and c.object in keys
            and keys.get(c.subject) in couple_keys
            and ctx.start <= c.span.start
            and c.span.end <= cue_start
        }
        # "proposed on a beach in Kerry": a name after "in"/"at" is a place the tagger took for one
        names = [
            p
            for p in ctx.people
            if p.via != "couple"
            and p.key not in kids
            and not LOCATIVE_BEFORE.search(text[max(ctx.start, p.start - 12) : p.start])
            # "After her split from X, she dated Y": X is the one she parted from, not Y's match
            and not (
                p.end <= cue_start and _PRIOR_PARTING.search(text[max(ctx.start, p.start - 50) : p.start])
            )
            and not (
                p.end <= cue_start
                and _PARTED_VERB_BEFORE.search(text[max(ctx.start, p.start - 60) : p.start])
                and _AND_THEN_GAP.fullmatch(text[p.end : cue_start])
            )
            # "married to X, and the couple live with their daughter, Y": a child is not the pair
            and not (
                p.start >= cue_end and _KIN_RIGHT_BEFORE.search(text[max(ctx.start, p.start - 14) : p.start])
            )
            # "Before Wrenfield, Korsh dated X": the partner before or after whom is not the pair
            and not (
                p.end <= cue_start
                and _BEFORE_PARTNER.search(text[max(ctx.start, p.start - 17) : p.start])
                and text.startswith(",", p.end)
            )
            # "married Ada Roe's sister Tessa": the owner of the kin noun is not the pair
            and not (p.start >= cue_end and _OWNER_OF_KIN_AFTER.match(text, p.end))
            # "X is engaged again and Y is a father": the subject of a clause of its own
            and not (
                p.start >= cue_end
                and p.via == "name"
                and not couple  # ("they split in 2021 and Jamie has since wed": Jamie is of "they")
                and _NEXT_CLAUSE_GAP.fullmatch(text[cue_end : p.start])
                and _OWN_VERB_AFTER.match(text, p.end)
            )
            # "an affair with his Harbour Road co-star X": a show's name before "co-star" is no one
            and not (p.via == "name" and _CO_STAR_AFTER.match(text, p.end))
            # (before the cue too: "Her co-star X is married to Y": the "her" only owns the noun)
            and not (
                (p.start >= cue_end or ctx.text[p.start - ctx.start : p.end - ctx.start].istitle())
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
        they = [p for p in couple if _THEY_RIGHT_BEFORE.fullmatch(text[p.start : cue_start])]
        named_here = {p.key for p in names if p.via == "name" and p.end <= cue_start}
        explicit = they and not text[they[0].start : they[0].end].lower().startswith("they")
        if (
            len(they) >= 2
            and they[0].key != they[1].key
            and (
                self._joined_in_sentence(ctx, they[0].key, they[1].key, cue_start)
                # "a source close to the singer said the pair \"have been seeing each other\"": a
                # couple's word as the cue's subject, with no one else named before it
                or (explicit and not named_here)
            )
        ):
            # "A and B dated for years before she met C, and they split in 2020": the "they" of
            # the cue is the two the sentence named as its subject, not the names nearest the cue
            return they[0].key, they[1].key
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

    def _second_verb_pair(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> tuple[str, str] | None:
        """ "Ada divorced her first husband, Ben, in 2002 and met Cy a year later": the cue is a
        second verb of the clause ("and met"), so its doer is the clause's subject (Ada), not the
        name nearest before it (Ben, the first verb's object)."""
        text = doc_text(self.doc)
        if not _AND_RIGHT_BEFORE.search(text[ctx.start : cue_start]):
            return None
        after = [
            p
            for p in ctx.people
            if p.via == "name" and p.start >= cue_end and _CUE_TO_NAME.fullmatch(text[cue_end : p.start])
        ][:1]
        earlier = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
        if not after or not earlier:
            return None
        subject = self._subject_person(ctx, cue_start, earlier)
        if (
            subject is None
            or subject.key == after[0].key
            # only where another name stands between the subject and the cue (else the usual rules)
            or not any(p.start > subject.end and p.key not in (subject.key, after[0].key) for p in earlier)
        ):
            return None
        return subject.key, after[0].key

    def _joined_in_sentence(self, ctx: SentenceContext, first: str, second: str, before: int) -> bool:
        """Whether the sentence names `first` and `second` joined by "and" before `before`."""
        text = doc_text(self.doc)
        named = [p for p in ctx.people if p.via == "name" and p.end <= before]
        return any(
            {a.key, b.key} == {first, second} and _JOINT_NAMES_GAP.fullmatch(text[a.end : b.start])
            for a, b in itertools.pairwise(named)
        )

    def _subject_over_clause(
        self, ctx: SentenceContext, pair: tuple[str, str], cue_start: int, cue_end: int
    ) -> tuple[str, str]:
        """ "A, who was married to B for five years, has been married to C since 2015": the
        cue's subject (by the parse) and the one named after it, not the name nearest before,
        when that name sits in a clause between them (after a comma)."""
        text = doc_text(self.doc)
        before = [p for p in ctx.people if p.via == "name" and p.end <= cue_start]
        after = [p for p in ctx.people if p.via == "name" and p.start >= cue_end][:1]
        subject = self._subject_person(ctx, cue_start, before)
        if subject is None or not after or subject.key in pair or after[0].key not in pair:
            return pair
        nearest = before[-1] if before else None
        if nearest is None or nearest.key not in pair or nearest.key == subject.key:
            return pair
        if not _CLAUSE_AFTER_SUBJECT.match(text, subject.end) or "," not in text[nearest.end : cue_start]:
            return pair  # no clause of its own between the subject and its verb
        return subject.key, after[0].key

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
        # ("before eventually splitting with him too": an object pronoun the resolver tied to one)
        after = [
            p
            for p in ctx.people
            if p.start >= cue_end
            and (p.via == "name" or (p.via == "pronoun" and text[p.start : p.end].lower() in ("him", "her")))
        ][:1]
        if not after or subject is None or subject.key == after[0].key:
            return None
        if not gap.fullmatch(text[cue_end : after[0].start]):
            return None
        return subject.key, after[0].key

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


def _ends_with(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a phrase of `pattern` ends `text`, but for spaces ("his pro " ends with "pro")."""
    tail = text[-30:].rstrip()
    return any(m.end() == len(tail) for m in pattern.finditer(tail))


def _rejoined(doc: Any, sentences: list[Any]) -> list[Any]:
    """The parser's sentences, with a break it put inside a sentence taken out: "Rosa Deane | and I
    got married in 2012" (a piece that opens in lower case after one that ends with no stop, on
    the same line, is the rest of it)."""
    text = doc_text(doc)
    joined: list[Any] = []
    for sent in sentences:
        if joined:
            before = text[joined[-1].start_char : sent.start_char]
            opening = text[sent.start_char : sent.start_char + 1]
            if opening.islower() and "\n" not in before and not re.search(r"[.!?:;\"”’)\]]\s*$", before):
                joined[-1] = doc[joined[-1].start : sent.end]
                continue
        joined.append(sent)
    return joined


def extract_claims(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
    headline: str | None = None,
) -> tuple[list[Claim], set[int], list[Claim]]:
    """All claims of one parsed body, the ids of those dated by their own sentence, and the
    internal `died` claims of the deaths it tells (`deaths.DeathRules`).

    Twice when needed: "the couple" first means the two most-mentioned people; if the
    relations read show a different pair together, the text is read again with that pair.
    The headline gives no claim of its own (it is often a teaser or a question); the pair it
    names casts one weak vote for who "the couple" is."""
    claims, explicit, named, died = _extract_reading(doc, index, attributor, times, report_date, headline)
    # only relations between people the sentence named vote: a claim read through "the couple"
    # would vote for whoever "the couple" was taken to be
    couple = _couple(claims, named, index, _headline_pair(index, headline))
    if couple is not None and set(couple) != set(index.main_pair() or ()):
        index.couple = couple
        claims, explicit, _, died = _extract_reading(doc, index, attributor, times, report_date, headline)
    return claims, explicit, died


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


# Couple relations that, asserted in this many sentences, outweigh a child claim between the same
# two people read in one sentence only.
_COUPLE_SENTENCES_OVER_ONE_KIN = 2
_COUPLE_WEIGHT_PREDICATES = frozenset({"spouse", "engaged", "partner", "divorced", "separated"})


def _outweighed_kin(claims: list[Claim]) -> set[int]:
    """Ids of the child claims between two people that one sentence alone makes parent and child
    while several sentences assert them a couple ("A and her husband B", "A's divorce from B",
    then "B's daughter A" misread from a list): the one reading is the misread one, not the many.
    (Otherwise the kin filter drops every couple relation of the pair for that one claim.)"""
    kin_sentences: dict[frozenset[str], set[str]] = {}
    couple_sentences: dict[frozenset[str], set[str]] = {}
    for claim in claims:
        if not claim.object or claim.modality == "denied":
            continue
        pair = frozenset((claim.subject, claim.object))
        if claim.predicate == "child":
            kin_sentences.setdefault(pair, set()).add(claim.sentence)
        elif claim.predicate in _COUPLE_WEIGHT_PREDICATES and claim.modality == "asserted":
            couple_sentences.setdefault(pair, set()).add(claim.sentence)
    outweighed = {
        pair
        for pair, sentences in kin_sentences.items()
        if len(sentences) == 1
        and len(couple_sentences.get(pair, set()) - sentences) >= _COUPLE_SENTENCES_OVER_ONE_KIN
    }
    return {
        id(c)
        for c in claims
        if c.predicate == "child" and c.object and frozenset((c.subject, c.object)) in outweighed
    }


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


def _couple_known(claims: list[Claim]) -> bool:
    """Whether the claims so far relate a couple ("the Duke and Duchess" can only be one then)."""
    return any(c.predicate in COUPLE_PREDICATES and c.object for c in claims)


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


def _headline_people(index: EntityIndex, headline: str) -> list[str]:
    """The people the headline names whom the body names more than once, in headline order."""
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
    return [key for _, key in sorted(found)]


def _headline_pair(index: EntityIndex, headline: str | None) -> tuple[str, str] | None:
    """The first two people the headline names that the body names more than once, sorted."""
    people = _headline_people(index, headline) if headline else []
    if len(people) < 2:
        return None
    first, second = sorted(people[:2])
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
            and claim.predicate in COUPLE_PREDICATES
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
        if c.predicate in COUPLE_PREDICATES and c.modality == "denied"
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
    claims, explicit, _, _ = _extract_reading(doc, index, attributor, times, report_date, deaths=False)
    return claims, explicit


def _extract_reading(
    doc: Any,
    index: EntityIndex,
    attributor: Attributor,
    times: list[TimeExpression],
    report_date: DateValue | None,
    headline: str | None = None,
    deaths: bool = True,
) -> tuple[list[Claim], set[int], set[int], list[Claim]]:
    """One reading of every sentence with every rule: the claims, the ids of those dated by
    their own sentence and of those whose participants were all named (not "the couple"), and
    the deaths told (when `deaths`: not for a comment)."""
    extractor = Extractor(
        doc=doc, index=index, attributor=attributor, times=times, report_date=report_date, headline=headline
    )
    previous, previous_end = "", 0
    text = doc_text(doc)
    # The times in body order (the tagger gives them so): each sentence takes its slice by bisection
    # rather than a scan of every time; out of order, the scan.
    starts = [t.span.start for t in times]
    in_order = all(a <= b for a, b in itertools.pairwise(starts))
    # Work years first, so "working on Black Swan" can borrow the year "met in 2010 on the set of" gives.
    sentences = _rejoined(doc, list(doc.sents))
    contexts: list[LazySentence] = []
    for sent in sentences:
        start, end = sent.start_char, sent.end_char
        in_sentence = (
            times[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            if in_order
            else [t for t in times if start <= t.span.start < end]
        )
        sentence_text = text[start:end]  # (`sent.text`, without walking its tokens again)
        ctx = LazySentence(
            extractor,
            len(extractor.claims),
            text=sentence_text,
            start=start,
            end=end,
            times=[t for t in in_sentence if t.span.comment is None],
            previous_text=previous if text.find("\n", previous_end, start) == -1 else "",
            organisations=index.mentions_of_kind("organisation:", start, end),
            places=index.mentions_of_kind("place:", start, end),
            works=index.mentions_of_kind("work:", start, end),
        )
        contexts.append(ctx)
        previous, previous_end = sentence_text, end
    for ctx in contexts:
        extractor.works(ctx, [])
    extractor.claims.clear()
    extractor.explicit.clear()
    extractor.named.clear()
    recent_orgs: list[Mention] = []
    recent_works: list[Mention] = []
    for ctx, sent in zip(contexts, sentences, strict=True):
        if (
            description_re().search(ctx.text)
            or _THE_PAIR.search(ctx.text)
            or _THEY_EARLY.search(ctx.text)
            or (role_couple_re().search(ctx.text) and _couple_known(extractor.claims))
        ):
            # "The Dust County star" may stand for whoever an earlier sentence put in Dust County;
            # "the two" for the couple an earlier sentence related; "the Duke and Duchess" for the
            # couple an earlier sentence married
            ctx.reread(len(extractor.claims))
        extractor.relation_nouns(ctx)
        extractor.children_lists(ctx)
        extractor.births(ctx)
        extractor.child_of(ctx)
        extractor.children_named_in_a_list(ctx)
        extractor.adopted_known_child(ctx)
        extractor.leading_bare_partner(ctx)
        # (after the list: "had two children, Rocío and her older brother, Teo" gives Teo both
        # parents the list gave Rocío)
        extractor.siblings(ctx)
        extractor.other_parent(ctx)
        extractor.children_shared_with(ctx)
        extractor.union_dates(ctx)
        extractor.spouse_of(ctx)
        extractor.marriage_to(ctx)
        extractor.birth_dates(ctx)
        extractor.marriage_by_parse(ctx, sent)
        extractor.symmetric_verbs(ctx)
        extractor.linked_by_others(ctx)
        extractor.exes_in_headings(ctx)
        extractor.introductions(ctx)
        extractor.chained_kin(ctx)
        extractor.royal_couples(ctx)
        extractor.ages(ctx)
        extractor.employment(ctx, recent_orgs)
        extractor.job_titles(ctx)
        extractor.residence(ctx)
        extractor.works(ctx, recent_works)
        extractor.ownership(ctx)
        if deaths:
            extractor.deaths(ctx, sent)
        recent_orgs = (recent_orgs + ctx.organisations)[-3:]
        recent_works = (recent_works + ctx.works)[-3:]
    extractor.imply_marriages()
    _date_children(extractor.claims)
    couples = {
        frozenset((c.subject, c.object))
        for c in extractor.claims
        if c.predicate in ("spouse", "engaged", "partner") and c.object
    }
    # An affair is with a third person: a pair the text calls married is not the affair.
    # A couple's relation between kin (a child claim may come after it) is a misread pair.
    misread_ages = _misread_ages(extractor.claims)
    outweighed = _outweighed_kin(extractor.claims)
    kin_claims = [c for c in extractor.claims if id(c) not in outweighed]
    kept = [
        c
        for c in _distinct(extractor.claims)
        if not (c.predicate == "affair" and frozenset((c.subject, c.object)) in couples)
        and not (c.predicate in COUPLE_ONLY and c.object and are_kin(kin_claims, c.subject, c.object))
        and id(c) not in misread_ages
        and id(c) not in outweighed
    ]
    # A repeat dropped may have been the reading that named the date or the people: its key
    # carries that over to the claim kept.
    explicit = {_claim_key(c) for c in extractor.claims if id(c) in extractor.explicit}
    named = {_claim_key(c) for c in extractor.claims if id(c) in extractor.named}
    return (
        kept,
        {id(c) for c in kept if _claim_key(c) in explicit},
        {id(c) for c in kept if _claim_key(c) in named},
        extractor.deaths_read(),
    )
