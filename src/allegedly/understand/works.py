"""Appearances in works: who starred in, played in, hosted or made a film, show, album or
book (`appeared_in`), the co-stars a work brings together and the couples who met on its set.
"""

from __future__ import annotations

import re

from allegedly.model import DateValue, Mention
from allegedly.understand.cues import cue_list, relation_lexicon
from allegedly.understand.entities import AWARD_LINE, LIST_JOINT
from allegedly.understand.family import (
    YEAR,
)
from allegedly.understand.language import doc_text
from allegedly.understand.referents import (
    Referents,
)
from allegedly.understand.sentence import Person, SentenceContext

# Before a work, in the same clause: the person appeared in it ("best known for the fantasy
# series", "starred in the period drama", "presented the highlights programme", "his
# breakthrough came as the ranch foreman in", "knew him as the police captain in the 1994 thriller").
_APPEARANCE_CUE = re.compile(
    r"(?:\b(?:starred|stars|starring|appeared|appears|appearing|cast|role|roles|breakthrough|known\s+for|"
    # "broke through in the thriller X", "was the lead in the soap X", "first shared the screen in X"
    r"broke\s+through|(?:the|a)\s+(?:female\s+|male\s+)?lead|leading\s+(?:role|part)|shared\s+the\s+screen|"
    # "made a cameo as himself in the 2008 comedy X"; "was dropped from the reality series X", "fired
    # by the broadcaster from the talent show X" (one let go from a show was in it)
    r"cameo|cameos|(?:dropped|fired|axed|sacked|written\s+out)(?=[^.;,()]{0,50}\b(?:from|of)\s)|"
    # "is best known to UK audiences for X"
    r"known\s+to\s+(?:[\w-]+\s+){1,3}?(?:audiences|viewers|fans|readers)\s+for|"
    # "a judge on the talent show X", "joined the cast of X", "a contestant on X"
    r"(?:judge|judges|judging\s+panel|panellist|panelist|contestant|presenter|co-presenter)\s+(?:on|of)|"
    r"joined\s+the\s+cast\s+of|joins\s+the\s+cast\s+of|"
    # "joined The Big Sing for its launch", "rejoins the drama X": the work right after the verb
    r"(?:re)?join(?:ed|s)?(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$)|"
    # "For three years she has been Detective Sergeant Ana Cruz on Night Harbour": a character's
    # name (capitalised) between the verb and "on" / "in" the work
    r"(?:has\s+been|have\s+been|had\s+been)(?=\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:on|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$)|"
    # "had a small part in the musical drama X"
    r"part\s+in|"
    r"famous\s+for|presented|presents|presenting|hosted|hosts|hosting|fronted|fronts|voiced|voices|"
    # "the longtime co-host of the morning program X", "went on to host the baking show X"
    r"co-?hosts?\s+of|host\s+of|(?:to|would|will)\s+(?:co-?)?host|co-?hosted|co-?hosting|"
    # "met in 2011 while filming the war drama X", "busy shooting their next film X"
    r"filming|shooting(?=\s+(?:their|her|his|the)\s+(?:[a-z-]+\s+){0,2}(?:movie|film|series|show|drama|comedy)\b)|"
    # "who found fame in the sitcom X", "shot to fame on the 2019 season of X", "a familiar face
    # from the spy thriller X", "his breakout in the crime drama X", "the star of X", "a regular
    # on the panel show X"
    r"(?:co-?)?present(?:s|ed|ing)?|fame\s+(?:in|on|with|as)|familiar\s+face\s+(?:from|on|in)|breakout|star\s+of|regular\s+on)\b"
    r"|\bas\s+(?:the|a|an)\s+(?=[^.;,()]{0,50}\b(?:in|on|of)\s)"
    # "who plays a disgraced detective in X", "portrayed the villain in X"
    # "have played a married couple on the sitcom X": a series is played "on"
    # ("A and B, who play doomed lovers in X", "the two do play husband and wife in X")
    # ("plays his estranged niece (no, really) in X": an aside in brackets before "in")
    r"|\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+"
    r"(?=[^.;,()]{0,50}(?:\([^()\n]{1,30}\)\s+)?\b(?:in|on)\s)"
    # "played rivals Nora Vance and Pia Lund on X": two parts named, joined by "and"
    r"|\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+(?:[a-z-]+\s+){0,2}"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?=(?:in|on)\s)"
    # "made her name in the crime series X"
    r"|\bmade\s+(?:his|her|their|its)\s+name\s+(?=(?:in|on|with)\s)"
    # "spent two seasons on the hospital drama X", "after eight years on X"
    r"|\b(?:seasons?|series|years|episodes)\s+(?=(?:on|of)\s)"
    # "won a best actor prize at Venice for X": an acting award is for a part
    r"|\b(?:[Bb]est|[Ss]upporting)\s+(?:actor|actress|supporting\s+(?:actor|actress)|performance)\b"
    r"(?=[^.;()]{0,40}\bfor\s)"
    # "won for the period piece X" (an award won for a part)
    r"|\bwon\s+(?=for\s))"
    r"(?:(?!\b(?:and|but|who|which|when|while)\b)(?:[^.;,()]|\([^()\n]{1,30}\)(?=\s+(?:in|on)\s))){0,60}"
    # "as the co-host of its Monday night highlights show, Full Court": a work's noun, then a comma
    r"(?:\b(?:show|series|programme|program|film|drama|sitcom|podcast|quiz|musical)\s*,\s*)?$"
)

# "Fans of Quarry Lane know star Zara Roe as Deb", "who fans of the crime drama W will know as
# Maja Holm": whoever fans of a work know as someone plays in it.
_FANS_OF = re.compile(r"\b[Ff]ans\s+of\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,3})?$")

_WILL_KNOW = re.compile(
    r"\s+(?:will\s+|may\s+|might\s+|already\s+|would\s+)?(?:know|knew|recognise|recognize)\s+"
    r"(?:(?P<pronoun>her|him|them)\s+as\b|(?P<as>as)\b|(?:(?:the\s+)?(?:star|actor|actress|comedian)\s+)?(?=[A-Z]))"
)

_WHO_BEFORE_FANS = re.compile(r"\s*,\s*(?:who|whom)\s+")

# Before a name the tagger took for an organisation, an appearance on a show of that name:
# "appeared on the television cookery contest X", "a contestant on the quiz show X".
_APPEARED_ON_SHOW = re.compile(
    r"\b(?:appeared|appears|appearing|competed|competes|competing|starred|stars|contestant|finalist|judge)\s+"
    r"(?:on|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:show|contest|competition|series|programme|program|quiz|drama|sitcom|soap|gameshow)\s+$",
    re.IGNORECASE,
)

_HOSTING_CUE = re.compile(r"(?:to\s+|would\s+|will\s+)?(?:co-?)?(?:present|host|front)", re.IGNORECASE)

# Between two names of one subject ("A and B", "A, B and C") and between the last of them and
# its verb ("A and B have both played"): the verb is said of all of them.
# ("Quayle, 31, and Hale met": an age may follow a name)
_SUBJECT_JOINT = re.compile(r"(?:\s*,\s*\d{1,3})?(?:\s*,\s*|,?\s+(?:and|&)\s+)")

_BEFORE_VERB = re.compile(
    # ("A, 31, and B, 29, met": the last one's age before the verb)
    # ("A and B, who play doomed lovers in X": the relative clause's verb is said of both)
    r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s*,\s*who\b)?(?:\s+(?:have|has|had|were|was|are|is|both|also|each|then|later|once|first|\w+ly))*\s+"
)

# The main verb's clause, then the participle clause of the verb at hand: "A and B became close
# friends while filming X": the subject of the one is the subject of the other.
_MAIN_VERB_THEN_WHILE = re.compile(r"\s+(?:[\w-]+\s+){1,6}?(?:while|when|after|before)\s+")

# A meeting on a set, in the clause right before "on the set of": "when he met Rusk ", "A and B
# met in 2015 ".
_MET_ON_SET = re.compile(r"\b(?P<met>met|meet|meets|meeting)\b[^.;,()]{0,50}$")

# "met while filming the thriller X", "whom she met on the second series of X", "met on the
# romantic comedy X": a meeting at the making of a work, like one "on the set of" it (the match
# starts after "met", where `_met_on_set` looks back for the verb).
_MET_MAKING = re.compile(
    r"(?<=\bmet\s)(?:(?:each\s+other|in\s+(?:1[89]|20)\d\d)\s+)?"
    r"(?:on|while\s+(?:making|filming|shooting)|when\s+(?:making|filming|shooting))\s+(?:the\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|last|final|\d{4})\s+(?:series|season)\s+of\s+(?:the\s+)?)?"
    r"(?:[a-z-]+\s+){0,3}$"
)

_WHOM_BETWEEN = re.compile(r"\s*,\s*whom\s+")

# Crew on a set, not cast: whoever met there may have made the work rather than acted in it.
_CREW_WORK = re.compile(
    r"\b(?:shot|filmed|directed|directing|director|produced|producer|wrote|writer|scored|composer|"
    r"choreograph\w*|cinematograph\w*|crew|designed|designer|edited|editor|camera\w*|stylist|makeup)\b",
    re.IGNORECASE,
)

# Right after a crew word, a capitalised name it is the title of ("the director Corrado
# Bacchetta"): the crew is that one, not whoever else the sentence names.
_TITLE_OF_NAME = re.compile(r"\s+(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+['’]s\b|\s+[A-Z][\w’'-]+\s+[A-Z]")

_CREW_NOUN_ENDS = ("er", "or", "ist", "ers", "ors", "ists")

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

# A possessive right before "choreography" in a sentence that names no work: one's craft in
# general ("criticise my choreography", "her choreography is fearless"), no work made.
_OWN_CRAFT = re.compile(r"\b(?:my|her|his|their|your|our)\s+$", re.IGNORECASE)

# Theatre districts the tagger may take for a work ("starring in the West End", "on Broadway").
_STAGE_DISTRICTS = re.compile(cue_list("stage_districts"), re.IGNORECASE)

# After a "work", the plural of a kind of work: the name is a company's ("two Two Kites films").
_COMPANY_OUTPUT_AFTER = re.compile(r"\s+(?:films|movies|productions|pictures|shows|records)\b")

# Title roles ([title_roles] of relations.toml) of one who makes a show rather than appears in it.
_MAKER_ROLE = re.compile(r"\b(?:creator|showrunner)\b", re.IGNORECASE)

# A co-star named with "opposite" / "alongside" (a short description may stand before the
# name: "opposite Australian actor X"), at most `_OPPOSITE_REACH` characters after the work.
_OPPOSITE = re.compile(r"\b(?:opposite|alongside)\s+(?:(?:the|fellow)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?=[A-Z])")

_OPPOSITE_REACH = 100

# "a fellow officer, played by Celeste Amado": the one who plays the part.
_PLAYED_BY = re.compile(r"\bplayed\s+by\s+")

# A sentence that opens on a work, "In " / "On " before it (`_opening_work`) ...
_WORK_OPENING = re.compile(r"\W*(?:In|On)\s+(?:[Tt]he\s+)?[\"“‘']?")

# ... then, after the work and perhaps a relative clause about it, the one who plays in it
# (group `lead` ends where the player's name or pronoun starts) ...
# ('In "X" (2008) she gave life to Lucía': its year in brackets may stand before the player)
_PLAYS_IN_OPENED_WORK = re.compile(
    # ("In X, out in May, she plays": when it comes out between)
    r"(?P<lead>[\"”’']?(?:,\s+(?:which\s+[^,;.]{1,60},\s+|(?:out|due|released|premiering|airing)\s+[^,;.]{1,30},\s+)?"
    r"|\s*\((?:1[89]|20)\d\d\),?\s+))"
)

# ... and the verb of playing right after the player.
_PLAYS_VERB_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:plays|played|stars|starred|portrays|portrayed|is\s+cast|was\s+cast|appears|appeared|"
    # "she gave life to Lucía" (the Spanish "dar vida a": played the part)
    r"gave\s+life\s+to|gives\s+life\s+to)\b"
)

# Between "opposite" and the name (`_OPPOSITE`): nothing, or a few words of description.
_OPPOSITE_DESCRIPTION = re.compile(r"(?:[A-Za-z-]+\s+){0,3}")

# An acting award at a cue: the winner may be named after it ("Best actor went to X for W").
_AWARD_CUE = re.compile(r"(?:best|supporting)\s", re.IGNORECASE)

_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")

# After a name the played part belongs to: "cast as Vane's estranged wife in", "plays Ada's
# mother in".
_ROLE_OF_NAMED = re.compile(
    # ("plays Cosmo Aldana's ex-wife on the series X")
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}?(?:ex-|former\s+)?(?:wife|husband|mother|father|sister|brother|daughter|son|girlfriend|"
    r"boyfriend|lover|fiancée?|partner|rival|best\s+friend|love\s+interest|mum|mom|dad)\s+(?:in|on)\s"
)

# A "work" that ends in a possessive before a role is a person's: "Quenby's co-star".
_POSSESSIVE_END = re.compile(r"['’]s$")

# Plural roles of a work's cast before the names of some of them: "her Copperline co-stars X and
# Y", 'Ana's "Copperline" castmates X, Y and Z' (title_roles has the singular ones).
_CAST_PLURALS = r"co-?stars|cast-?mates|castmate"

# Right after a work's title, its release: ", out in May", ", which premieres in December", "
# releases in cinemas next month", ", due out in 2026".
_RELEASED_AFTER = re.compile(
    r"[\"”’']?,?\s+(?:which\s+|that\s+)?(?:is\s+|will\s+be\s+)?(?:out|premieres|premiering|releases|"
    r"is\s+released|debuts|opens|arrives|(?:is\s+)?due(?:\s+out)?|hits\s+(?:cinemas|theaters|theatres|screens))\b"
)

# Right before "co-star": a past one ("his then co-star", "a former cast member").
_PAST_COSTAR = re.compile(r"\b(?:then|former|ex-?|old|onetime|one-time|past|previous)\s+$", re.IGNORECASE)
# A role right after a title: "the Hollywood star", "The Long Harbour actress".
_ROLE_AFTER_TITLE = re.compile(
    r"\s+(?:star|stars|actor|actress|hunk|favourite|favorite|icon|veteran|legend)\b"
)
# A capitalised word (no determiner, no pronoun, no possessive: "Ricci's co-star") right before
# "co-star": a title ("Seven co-star").
_TITLE_BEFORE_COSTAR = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:Her|His|Their|The|A|An|Its|Our|My|Your|Fellow|Former|Ex)\b)[A-Z][\w’'-]*(?<!['’]s)\s+$"
)

# ", of the TV show " right before a show's title: the name before it appears in the show.
_OF_THE_SHOW = re.compile(
    r",\s+(?:of|from)\s+(?:the\s+)?(?:(?:hit|popular|reality|TV|Netflix|cable|talk|cooking)\s+){0,2}"
    r"(?:show|series|sitcom|programme|program|soap)\s+[\"“‘']?$"
)

# Between a possessor's name and the work of its co-star: "Ned Crane's Copperline co-star".
_OWNER_BEFORE_WORK = re.compile(r"['’]s?\s+(?:(?:longtime|long-time|former|old|current|new)\s+)?[\"“‘']?")

# Between a co-star noun (or the work after it) and the co-star's name, a description in
# apposition: 'his "Lowtide" co-star, the Danish actress X', "her co-star in W, the singer X".
_COSTAR_DESCRIBED = re.compile(r"[\"”’']?\s*,\s*(?:(?:the|a|an|fellow)\s+(?:[\w’'-]+\s+){0,3}?)?")

# A cast named as a list: "the cast includes ", "an ensemble cast including ", "Other cast members
# include " (the first name right after), and "A, B and C round out the cast" (the last name right
# before).
_CAST_INCLUDES = re.compile(
    # ("the cast of Copperline includes ")
    r"\bcast(?:\s+members)?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?\s+(?:also\s+)?(?:includes|include|included|including|features|featured|featuring)\s+"
    r"(?:the\s+likes\s+of\s+)?"
)
_ROUND_OUT_CAST = re.compile(r"\s+(?:also\s+|will\s+)?round(?:s|ed)?\s+out\s+the\s+(?:[a-z-]+\s+){0,2}cast\b")
# (every match holds "round": a text without it spares the search)
_ROUND_OUT_CAST_WORD = "round"
# (every match of `_CAST_INCLUDES` holds "cast")
_CAST_WORD = "cast"

# The most characters between the work named last and a cast list that does not name its work
# (a few sentences): further back, the text has likely moved on to a work it did not name.
_CAST_WORK_REACH = 600

# A member of a show's cast named right after the noun: "a fellow contestant, Lucas Roe",
# "Cast-mate Ida Bell", "another housemate, Bo" (the show is the one the text names).
# ("finalist" is left out: a tournament's or an award's as often)
# ("Her co-star Bram Orr plays ...", "feuding between cast members A and B": a co-star or a cast
# member is in the one work named, too; a plural noun takes the list after it)
_CONTESTANT = re.compile(
    r"\b(?:[Cc]ontestant|[Cc]ast-?mate|[Hh]ousemate|(?P<cast>[Cc]o-?star|[Cc]ast\s+member))(?P<plural>s)?(?:\s*,)?\s+(?=[A-Z])"
)
# (every match holds one of these, in this case, one for each of its nouns: a text with none
# spares the search, which has no first character the regex engine can skip ahead to)
_CONTESTANT_WORDS = ("ontestant", "ast-mate", "astmate", "ousemate", "o-star", "ostar", "member")

# Between two names of a cast list: a comma or "and", perhaps after the other works of the one
# before in brackets ("A (Night Ward, Copperline), B (Lowtide) and C").
_CAST_JOINT = re.compile(r"(?:\s*\([^()]{1,80}\))?\s*(?:,|,?\s+and|,?\s+&)\s+")

# "her co-star in Copperline, X": the work right after.
# ("his co-star in the 2001 thriller X": a year and a kind of work may stand before the title)
_COSTAR_IN = re.compile(
    # ('her co-star in "The Long Thaw"': a quoted title, its article inside the quotes)
    rf"\bco-?stars?\s+(?:in|on|from)\s+(?:the\s+)?(?:{YEAR}\s+)?(?:[a-z-]+\s+){{0,2}}(?:[\"“‘'](?:the\s+)?)?$",
    re.IGNORECASE,
)

# After a work: "…, in which she starred", "in which he played".
_IN_WHICH = re.compile(
    # ('"X" (2010), in which she played': the work's year in brackets first)
    r"^(?:\s*[\"”’']?\s*\((?:1[89]|20)\d\d\))?,?\s+in\s+which\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    # ("..., in which she plays a divorced mother": a work out now or soon)
    r"(?:starred|appeared|played|was\s+cast|had\s+a\s+role|stars|appears|plays|is\s+cast|star|appear|play)\b"
)

# "with" right before a kin noun without a determiner ("with wife X", not "with his wife X",
# which names its owner, nor "with X's wife").
# A co-star named after "opposite" / "alongside": never the one the sentence is about.
_COSTAR_BEFORE = re.compile(r"\b(?:opposite|alongside)\s+$", re.IGNORECASE)

# Between "the couple's" / "their" and a home noun: the home is the pair's, whoever the clause's
# subject is ("She designed the couple's home on Bowen Island").
# "her 2018 film Vox Lux", "her latest film "Vox Lux"", "Ada's new project, Vox Lux": the
# owner acted in the work named right after.
_OWNED_WORK = re.compile(
    # ("Her new film, X, opens in May": a sentence may open with the pronoun)
    r"\b([Hh]er|[Hh]is|[A-Z][\w]+['’]s)\s+(?:(\d{4})\s+)?(?:(?:new|latest|upcoming|next|most\s+recent|nominated|"
    r"acclaimed|award-winning|hit)\s+)?"
    # "his final film, X", "her debut film X": a director's too, so only said of no crew (`_crew`)
    r"(?:(?P<rank>final|first|last|debut|breakout|breakthrough)\s+(?=film|movie|series|show))?"
    r"(?:film|movie|series|show|album|project"
    # a genre may stand before a show: "her cookery show, X" (not "his final film": a director's)
    r"|(?:cookery|cooking|baking|food|talk|chat|reality|travel|comedy|sketch|breakfast|game|quiz|radio|TV)\s+show)"
    r"(?:\s+|,\s+)[\"“']?$"
)

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


# After a show: "…, on which A and B appeared together", "…, in which she starred" (the names
# start where the match ends).
# ("W (2012), in which A played": the work's years in brackets first; "W, which B directed and
# in which A played": a clause of its making, then the one of its cast)
_ON_WHICH = re.compile(
    r"[\"”’']?(?:\s*\((?:1[89]|20)\d\d(?:\s*[-–]\s*(?:1[89]|20)?\d\d)?\))?"
    r"(?:,\s+which\s+(?:[\w’'-]+\s+){1,4}?(?:directed|produced|wrote|created|made)\s+and|,)"
    r"\s+(?:on|in)\s+which\s+"
)

# Right before a character's name: "her role as 'Dora Pike'", "playing Nora Bell" ...
_PART_BEFORE = re.compile(
    r"\b(?:(?:role|part|character)\s+(?:as|of)|play(?:s|ed|ing)?|portray(?:s|ed|ing)?)\s+[\"“‘']?$",
    re.IGNORECASE,
)
# ... and after it, the work the part is in ("on FOX's hit series X", "in the film X"): a
# possessive broadcaster and a few lower-case words may come between (`_CHARACTER_WORK_GAP`).
_IN_WORK_AFTER = re.compile(r"[\"”’']?,?\s+(?:on|in)\s+")
_CHARACTER_WORK_GAP = 40

# A host's role after a channel's call letters ("KZRT host X", "the KTLA anchor X"): the host
# works for the channel, named in capitals only (a show is rarely all capitals and hosted).
_HOST_ROLE = re.compile(r"[\"”’']?\s+(?:co-?)?(?:host|anchor)\b", re.IGNORECASE)
_CHANNEL_LETTERS = re.compile(r"[A-Z]{3,6}")

# Right before a cue of appearing: a relative of the one named before is the subject ("X, whose
# wife appears on the show W").
_WHOSE_KIN_BEFORE = re.compile(
    r"\bwhose\s+(?:[a-z-]+\s+){0,2}(?:wife|husband|son|daughter|mother|father|brother|sister|"
    r"partner|girlfriend|boyfriend|fianc[eé]e?|ex|ex-wife|ex-husband|child|children|kids?|parents?)\s+"
    r"(?:[a-z]+\s+)?$"
)

# A year, for `_other_named_before_year`.
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# After the names of `_ON_WHICH`: the verb of appearing (with an age or adverbs before it).
_APPEARED_AFTER_LIST = re.compile(
    r"(?:\s*,\s*\d{1,3}\s*,)?(?:\s+(?:had|have|has|both|all|also|first|later|once))*\s+"
    r"(?:appeared|appear|appears|starred|star|stars|competed|compete|competes|featured"
    # "in which she played a nurse": a part played in it
    r"|played|plays|play|portrayed|portrays|was\s+cast|were\s+cast|is\s+cast)\b"
)


# The verbs of `_APPEARED_AFTER_LIST` that name a part played rather than an appearance.
_PART_VERB = re.compile(r"\b(?:played|plays|play|portrayed|portrays|cast)\b")


# A brand's possessive inside a "work" name, and a lowercase "show" after it: a runway show.
_BRAND_SHOW = re.compile(r"^[A-Z][\w&-]*['’]s\s")
_SHOW_NEXT = re.compile(r"\s+show\b")


class WorkRules(Referents):
    """Rules about works: appearances, roles played by others, co-stars and sets."""

    def works(self, ctx: SentenceContext, recent_works: list[Mention]) -> None:
        """ "her 2018 film Vox Lux", "working on Black Swan … her roles", choreography."""
        lex = relation_lexicon()
        text = doc_text(self.doc)
        for work in ctx.works:
            if work.entity not in self.work_years and _RELEASED_AFTER.match(text, work.span.end):
                # "North Road, out in May, ...", "X, which premieres in December": the release's year
                released = self._date_near(ctx, work.span.end)
                if released is not None and released.value[:4].isdigit():
                    self.work_years[work.entity] = DateValue(released.value[:4])
        for work in ctx.works:
            if self._names_a_character(ctx, work):
                continue  # "her role as 'Dora Pike' on the series X": the part, not a work
            if self._names_an_event(work):
                continue  # "appeared in the Milan Fashion Week show of X": a runway, not a work
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
                owner_at = work.span.start - len(before) + owner.start(1)
                if any(p.start == owner_at for p in people):
                    # "the composer X, who scored her nominated film, W": the one "her" stands for
                    people = [p for p in people if p.start <= owner_at]
                elif owner.group(1).lower() in ("her", "his"):
                    people = []  # "her" stands for no one the text names: not the name before it
                if people and (
                    (owner.group("rank") and self._crew(people[-1].key))
                    or (
                        owner.group(1).lower() in ("her", "his")
                        and any(k == people[-1].key and r in _CREW_ROLES for r, k in self.index.roles.items())
                    )
                ):
                    # "the dailies of his final film, X" said of a director; "the composer X, who
                    # scored her nominated film": a maker's, or a misread "her"
                    continue
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
            met_making = _MET_MAKING.search(before)
            if met_making:
                # (the other readings of the sentence still stand: "the pair, who met on the third
                # series of W" is read by `_appearance` as well)
                self._met_on_set(ctx, work, work.span.start - len(before) + met_making.start())
            # ("met on the movie set of 2010's X": a kind of set, the year's possessive)
            set_of = re.search(
                r"on the (?:[a-z-]+\s+)?sets? of\s+(?:the\s+)?(?:[\w\s’']{0,30})[\"“‘']?$", before
            )
            if set_of:
                # "the set of 2010's X": the year said with the title, else one in the sentence
                said = re.search(r"\b((?:1[89]|20)\d\d)['’]s\s+$", before)
                year_expr = self._date_near(ctx, ctx.start) if said is None else None
                if said is not None:
                    self.work_years.setdefault(work.entity, DateValue(said.group(1)))
                elif year_expr is not None:
                    self.work_years.setdefault(work.entity, DateValue(year_expr.value[:4]))
                self._met_on_set(ctx, work, work.span.start - len(before) + set_of.start())
                continue
            around = text[work.span.end : min(ctx.end, work.span.end + 90)]
            starred = re.search(
                # ("made his debut in the 2015 film X": the work's year first)
                # ("will star in X", "is set to star in X": a part signed for, said as done)
                r"\b(working on|starred in|stars in|(?:will|to|would)\s+(?:co-?)?star\s+in|role in|"
                r"appeared in|cast in|debut in)\s+(?:the\s+)?"
                r"(?:(?:1[89]|20)\d\d\s+)?"
                # the work's kind between: "made her film debut in the period drama X"
                r"(?:(?:period|legal|crime|medical|costume|romantic|hit|new|spy|war)\s+)?"
                r"(?:(?:drama|comedy|thriller|film|movie|series|musical|play|sitcom|miniseries)\s+)?[\"“‘']?$",
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
                # 'starred in the drama "Dock Street," which ran from 1979 to 1986': the run
                ran = self._range_after(ctx, work.span.end) if starred else None
                for person in people[-1:] if not starred else people[-3:]:
                    self._add(
                        ctx,
                        person.key,
                        "appeared_in",
                        work.entity,
                        cue_start=work.span.start,
                        cue_end=work.span.end,
                        date=(ran[0] or date) if ran else date,
                        end=ran[1] if ran else None,
                    )
                continue
            if _STAGE_DISTRICTS.fullmatch(self.index.name(work.entity)):
                continue  # "then starring in the West End": a theatre district, no work named
            if not self._fans_know(ctx, work):
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
                p
                for p in self._named(ctx)
                if stars and p.via == "name" and p.start == ctx.start + stars.end()
            ]
            for person in self._named_list(ctx, first[0], limit=_STARS_LIST_MOST) if first else []:
                self._add_part(ctx, person.key, work.entity, cue_start=ctx.start, cue_end=person.end)
        self._of_the_show(ctx)
        self._org_shown_as_work(ctx)
        self._award_line(ctx)
        self._cast_list(ctx, recent_works)
        self._contestant(ctx)
        for show in [*ctx.works, *ctx.organisations]:
            self._show_on_which(ctx, show)
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
            if (
                not ctx.works
                and _OWN_CRAFT.search(ctx.text[: match.start()])
                and match.group(0).lower() == "choreography"
            ):
                works = []  # "the only one allowed to criticise my choreography": the craft, no work
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

    def _org_shown_as_work(self, ctx: SentenceContext) -> None:
        """ "Hana appeared on the television cookery contest Great Northern Kitchen": a name the
        tagger took for an organisation, called a show by the noun before it, is a work one
        appears in."""
        text = doc_text(self.doc)
        for org in ctx.organisations:
            cue = _APPEARED_ON_SHOW.search(text, max(ctx.start, org.span.start - 90), org.span.start)
            if cue is None:
                continue
            earlier = [p for p in ctx.people if p.end <= cue.start() and p.via != "couple"]
            person = self._subject_person(ctx, cue.start(), earlier)
            if person is None:
                continue
            date = self._date_near(ctx, cue.start())
            self._add(
                ctx,
                person.key,
                "appeared_in",
                org.entity,
                cue_start=min(person.start, cue.start()),
                cue_end=org.span.end,
                date=date,
                explicit=date is not None,
            )

    def _cast_list(self, ctx: SentenceContext, recent_works: list[Mention]) -> None:
        """ "The film's cast includes A, B and C", "Other cast members include A (W1), B (W2)",
        "A, B and C round out the cast": each name of the list appears in the work the sentence
        names before the cue (after it for "round out the cast of W"), else in the screen work
        named last before the sentence."""
        listed = _CAST_INCLUDES.search(ctx.text) if _CAST_WORD in ctx.text else None
        rounded = (
            None
            if listed is not None or _ROUND_OUT_CAST_WORD not in ctx.text
            else _ROUND_OUT_CAST.search(ctx.text)
        )
        if listed is None and rounded is None:
            return
        text = doc_text(self.doc)
        names = [p for p in self._named(ctx) if p.via == "name"]
        chain: list[Person] = []
        cue_at = cue_end = 0
        if listed is not None:
            cue_at, cue_end = ctx.start + listed.start(), ctx.start + listed.end()
            chain = [p for p in names if p.start == cue_end][:1]
            for person in names:
                if (
                    chain
                    and person.start > chain[-1].end
                    and _CAST_JOINT.fullmatch(text, chain[-1].end, person.start)
                ):
                    chain.append(person)
        elif rounded is not None:
            cue_at, cue_end = ctx.start + rounded.start(), ctx.start + rounded.end()
            chain = [p for p in names if p.end == cue_at][:1]
            for person in reversed(names):
                if (
                    chain
                    and person.end < chain[0].start
                    and _CAST_JOINT.fullmatch(text, person.end, chain[0].start)
                ):
                    chain.insert(0, person)
            if len(chain) < 2 or not re.fullmatch(r"\W*", text[ctx.start : chain[0].start]):
                return  # "Ada rounds out the cast" alone may be said of a part; a list opens its sentence
        if not chain:
            return
        # (the work inside the cue too: "the cast of Copperline includes")
        before = [w for w in ctx.works if w.span.end <= cue_end]
        # ("A, B and C round out the cast of Copperline"; a list's own works in brackets are not it)
        after = [w for w in ctx.works if w.span.start >= cue_end] if listed is None else []
        chosen = before[-1:] or after[:1]
        work = chosen[0] if chosen else None
        if work is None and recent_works and ctx.start - recent_works[-1].span.end <= _CAST_WORK_REACH:
            last = recent_works[-1]
            lead = text[max(0, last.span.start - 30) : last.span.start]
            work = None if _NOT_SCREEN_WORK.search(lead) else last
        if work is None:
            return
        for person in chain:
            self._add_part(
                ctx,
                person.key,
                work.entity,
                cue_start=min(cue_at, person.start),
                cue_end=max(cue_end, person.end),
            )

    def _of_the_show(self, ctx: SentenceContext) -> None:
        """ "surgeon Dr Ravi Moss, of the TV show Stitched": a name set off before "of" a show
        appears in it."""
        text = doc_text(self.doc)
        for work in ctx.works:
            of_show = _OF_THE_SHOW.search(text, max(ctx.start, work.span.start - 60), work.span.start)
            if of_show is None:
                continue
            for person in self._named(ctx):
                if person.via == "name" and person.end == of_show.start():
                    self._add_part(
                        ctx, person.key, work.entity, cue_start=person.start, cue_end=work.span.end
                    )

    def _contestant(self, ctx: SentenceContext) -> None:
        """ "a fellow contestant, Lucas Roe", "Cast-mate Ida Bell claimed": one called a contestant
        or a cast-mate appears in the show the sentence names, else in the one work the text has
        named so far (a reality show's recap names its show once and its cast throughout)."""
        cue = _CONTESTANT.search(ctx.text) if any(w in ctx.text for w in _CONTESTANT_WORDS) else None
        if not cue:
            return
        text = doc_text(self.doc)
        earlier = self.index.mentions_of_kind("work:", 0, ctx.start)
        # ("In Salt Road she plays Noor. Her co-star Bram Orr plays ...": the work named last in the
        # same paragraph)
        # (a contestant's show is often no work the text names: only a co-star's)
        same_paragraph = {
            m.entity for m in earlier[-1:] if cue.group("cast") and "\n" not in text[m.span.end : ctx.start]
        }
        # ("the Hollywood star ... his co-star X": a title before a role is no work a co-star is in)
        sentence_works = [
            w for w in ctx.works if not (cue.group("cast") and _ROLE_AFTER_TITLE.match(text, w.span.end))
        ]
        works = {w.entity for w in sentence_works}
        # ("his then co-star X", "a former cast member": a past work, which the sentence must name)
        past = cue.group("cast") and _PAST_COSTAR.search(
            text, max(0, ctx.start + cue.start() - 20), ctx.start + cue.start()
        )
        if not works and not past:
            works = same_paragraph or {m.entity for m in earlier}
        if len(works) != 1:
            return
        work = next(iter(works))
        for match in _CONTESTANT.finditer(text, ctx.start, ctx.end):
            if match.group("cast") and _TITLE_BEFORE_COSTAR.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "engaged to Seven co-star X": a title the text did not read comes first
            chain: list[Person] = []
            for person in ctx.people:
                if person.via != "name":
                    continue
                if person.start == match.end() or (
                    chain
                    and match.group("plural")
                    and person.start > chain[-1].end
                    and _CAST_JOINT.fullmatch(text, chain[-1].end, person.start)
                ):
                    chain.append(person)
            for person in chain:
                self._add_part(ctx, person.key, work, cue_start=match.start(), cue_end=person.end)

    def _award_line(self, ctx: SentenceContext) -> None:
        """'Best Actress: Ana Vey, "Lowmoor"': an awards list's line names an acting prize's
        winner and the work the part was in."""
        if "Best" not in ctx.text and "Outstanding" not in ctx.text:
            return  # (every line of an awards list holds one of them)
        text = doc_text(self.doc)
        for match in AWARD_LINE.finditer(text, ctx.start, ctx.end):
            winner = [p for p in self._named(ctx) if p.via == "name" and p.start == match.start("winner")][:1]
            works = [
                w for w in ctx.works if w.span.start < match.end("work") and match.start("work") < w.span.end
            ][:1]
            for person, work in zip(winner, works, strict=False):
                self._add(
                    ctx,
                    person.key,
                    "appeared_in",
                    work.entity,
                    cue_start=match.start(),
                    cue_end=work.span.end,
                    date=self.work_years.get(work.entity),
                )

    def _show_on_which(self, ctx: SentenceContext, show: Mention) -> None:
        """ "That programme was Weekend Camping Club, on which Ana, 26, and Bo, 31, appeared
        together": the ones named after "on which" / "in which" and before the verb of appearing
        appeared in the work just named (a show the tagger may have taken for a company)."""
        text = doc_text(self.doc)
        which = _ON_WHICH.match(text, show.span.end, ctx.end)
        if which is None:
            return
        # ("in which they played": the couple "they" stands for, both)
        first = [p for p in ctx.people if p.via in ("name", "pronoun", "couple") and p.start == which.end()][
            : 2 if any(p.via == "couple" and p.start == which.end() for p in ctx.people) else 1
        ]
        if not first:
            return
        chain = first
        for person in ctx.people:
            if person.start > chain[-1].end and _SUBJECT_JOINT.fullmatch(text[chain[-1].end : person.start]):
                chain.append(person)
        verb = _APPEARED_AFTER_LIST.match(text, chain[-1].end)
        if verb is None:
            return
        if first[0].via == "pronoun" and _PART_VERB.search(verb.group(0)):
            # "his breakout in W (2023), in which he plays a detective": the pronoun's part is read
            # with the cue before the work (`_IN_WHICH`), which knows whom "he" is said of
            return
        for person in chain:
            self._add_part(ctx, person.key, show.entity, cue_start=show.span.start, cue_end=person.end)

    def _fans_know(self, ctx: SentenceContext, work: Mention) -> bool:
        """ "Fans of Quarry Lane know star Zara Roe as Deb", "the actor Elin Sandgren, who fans of
        the crime drama The Long Thaw will know as Maja Holm": the one known as a character of
        the work plays in it. True when a claim was made."""
        text = doc_text(self.doc)
        fans = _FANS_OF.search(text, max(ctx.start, work.span.start - 40), work.span.start)
        know = _WILL_KNOW.match(text, work.span.end, ctx.end)
        if fans is None or know is None:
            return False
        if know.group("pronoun") or know.group("as"):
            # "X, who fans of W will know as": the name the relative clause hangs on
            known = [
                p
                for p in self._named(ctx)
                if p.via == "name" and _WHO_BEFORE_FANS.fullmatch(text, p.end, fans.start())
            ]
        else:
            known = [p for p in self._named(ctx) if p.via == "name" and p.start == know.end()]
        for person in known[:1]:
            self._add(
                ctx,
                person.key,
                "appeared_in",
                work.entity,
                cue_start=min(person.start, fans.start()),
                cue_end=max(person.end, work.span.end),
                date=self.work_years.get(work.entity),
            )
        return bool(known)

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
                for p in self._named(ctx)
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
                for p in self._named(ctx)
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
            if len(sides) == 1 and sides[0].start > ctx.start:
                # "the footballer X, whom she met on the second series of W": the one "whom" is said of
                sides += [
                    p
                    for p in earlier
                    if p.via == "name" and _WHOM_BETWEEN.fullmatch(text, p.end, sides[0].start)
                ][:1]
        if len(sides) != 2 or any(self._crew(p.key) for p in sides):
            return  # "the choreographer": one who met the cast on set may have made the work
        for person in sides:
            self._add_part(
                ctx, person.key, work.entity, cue_start=min(person.start, met_at), cue_end=work.span.end
            )

    def _add_part(self, ctx: SentenceContext, key: str, work: str, cue_start: int, cue_end: int) -> None:
        """`key` appeared in `work`, dated by the work's year, unless `key` is one of its characters."""
        if key not in self._characters():
            date = self.work_years.get(work)
            if date is None:
                # "starred in W, which ran from 1994 to 2001; his co-star X ...": the run's start
                # another's part in the work was dated by
                name = self.index.name(work)
                date = next(
                    (
                        c.date
                        for c in self.claims
                        if c.predicate == "appeared_in" and c.object == name and c.date
                    ),
                    None,
                )
            self._add(
                ctx,
                key,
                "appeared_in",
                work,
                cue_start=cue_start,
                cue_end=cue_end,
                date=date,
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
            if span is not None and any(
                # "seen out with the Italian director Corrado Bacchetta's sister": a title of
                # another name, said of no one else in the sentence
                not (
                    crew.group(0).lower().endswith(_CREW_NOUN_ENDS)
                    and _TITLE_OF_NAME.match(span.sent.text, crew.end())
                )
                for crew in _CREW_WORK.finditer(span.sent.text)
            ):
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
        names = [p for p in self._named(ctx) if p.via == "name" and p.end <= verb_at]
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
        hosting = False  # a cue of presenting or hosting: its clause's date is when one began
        co_stars: set[str] = set()  # the ones said with the subject: no timeline entry of their own
        # ('her "Lowtide" castmates X and Y': a closing quote may stand before the role, the role may
        # be plural and the cast named in a list after it)
        roles = relation_lexicon().title_roles.pattern
        titled = re.match(rf"[\"”’']?\s+(?:{roles}|{_CAST_PLURALS})(?![\w-])", after, re.IGNORECASE)
        if titled and _POSSESSIVE_END.search(text[work.span.start : work.span.end]):
            return  # "Quenby's co-star Lola Brandt": a person's co-star, no work named
        if _COMPANY_OUTPUT_AFTER.match(after):
            return  # "starred in two Two Kites films": a company's films, the company no work
        if titled and _MAKER_ROLE.search(titled.group(0)):
            return  # "Night Harbour creator X": who made the show, not one who appears in it
        if titled and self.index.name(work.entity) in relation_lexicon().not_titles:
            return  # "the Hollywood star": an industry before the role, however the name was typed
        if titled:
            described = [p for p in ctx.people if p.start <= work.span.start and p.end >= work.span.end]
            titles = relation_lexicon().titles
            named = [
                p
                for p in self._named(ctx)
                if p.via == "name"
                and (
                    0 <= p.start - (work.span.end + titled.end()) <= 2
                    # ('her "Lowtide" co-star, the Danish actress X': a description between)
                    or (
                        re.search(r"co-?star", titled.group(0), re.IGNORECASE) is not None
                        and _COSTAR_DESCRIBED.fullmatch(text, work.span.end + titled.end(), p.start)
                        is not None
                    )
                    # ("the Keeper of the Keys star Sir Ivo Marsh": a title before the name)
                    or (
                        p.start > work.span.end + titled.end()
                        and text[work.span.end + titled.end() : p.start].strip() in titles
                    )
                )
            ]
            # "her Copperline co-star X", "Ned Crane's Copperline co-stars": the one whose co-stars
            # they are played in the work too
            owner = [
                p
                for p in ctx.people
                if p.end <= work.span.start
                and re.search(r"co-?star|cast-?mate", titled.group(0), re.IGNORECASE)
                and (
                    (p.via == "pronoun" and re.fullmatch(r"\s*[\"“‘']?", text[p.end : work.span.start]))
                    or (p.via == "name" and _OWNER_BEFORE_WORK.fullmatch(text, p.end, work.span.start))
                )
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
            # "Salt Harbor star Quenby, Ana had agreed": a list ends in "and", else a comma
            # ends the apposition
            while len(listed) > 1 and not re.search(
                r"\b(?:and|&)\s+$|&\s*$", text[listed[-2].end : listed[-1].start]
            ):
                listed.pop()
            if self._names_a_club(work):
                return  # "the former Mariners star": a club's player, not a work's cast
            if _HOST_ROLE.match(titled.group(0)) and _CHANNEL_LETTERS.fullmatch(self.index.name(work.entity)):
                # "KZRT host Marla Hesse": a channel's letters, whose host works for it
                for person in listed:
                    self._add(
                        ctx,
                        person.key,
                        "employer",
                        work.entity,
                        cue_start=work.span.start,
                        cue_end=person.end,
                    )
                return
            people = described[:1] + listed + owner[:1]
        elif _COSTAR_IN.search(before):
            # "her co-star in Copperline, Mendelsohn": the name after the work, and the possessor
            cue = _COSTAR_IN.search(before)
            assert cue is not None
            cue_start = work.span.start - len(before) + cue.start()
            people = (
                [
                    p
                    for p in self._named(ctx)
                    if p.via == "name" and _COSTAR_DESCRIBED.fullmatch(text, work.span.end, p.start)
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
                    for p in self._named(ctx)
                    if p.via == "name"
                    and p.end <= cue_start
                    and re.fullmatch(r",\s*(?:his|her|their)\s+(?:former\s+)?", text[p.end : cue_start])
                ][:1]
                + [
                    # "Vane's co-star in W, X": the one whose co-star the name is
                    p
                    for p in self._named(ctx)
                    if p.via == "name"
                    and p.end <= cue_start
                    and _OWNER_BEFORE_WORK.fullmatch(text, p.end, cue_start)
                ][:1]
            )
        else:
            cue = _APPEARANCE_CUE.search(before)
            hosting = bool(cue and _HOSTING_CUE.match(cue.group(0)))
            which = _IN_WHICH.match(after)
            if cue:
                cue_start = work.span.start - len(before) + cue.start()
                if _WHOSE_KIN_BEFORE.search(text, max(ctx.start, cue_start - 40), cue_start):
                    return  # "X, whose wife appears on W": the wife's part, not X's
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
                    for p in self._named(ctx)
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
                        for p in self._named(ctx)
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
                    # ("his breakout in X (2023), in which he plays": the "he" is the one the cue
                    # already named, however the pronoun was resolved)
                    and not (p.via == "pronoun" and people)
                ][:1]
        if not people:
            return
        # "X (2021)", "X in 2021", "X, the 2021 musical drama"
        year = re.match(rf"\s*(?:\(\s*|,?\s+in\s+|,\s+(?:the|a|an)\s+)({YEAR})\b", after)
        named_year = re.search(rf"\b({YEAR})\s+(?:[a-z-]+\s+){{0,2}}$", before)
        date: DateValue | None = DateValue(year.group(1)) if year else None
        date = date or (DateValue(named_year.group(1)) if named_year else self.work_years.get(work.entity))
        end = None
        span = self._range_after(ctx, work.span.end)
        if span is not None and self._other_named_before_year(ctx, work, people):
            span = None  # "The X star was married to Y from 2000 to 2005": the marriage's years
        if span is not None and not year:
            date, end = span[0] or date, span[1]
        # dated by the sentence itself, not by a year the work was given elsewhere ("met in 2016
        # on the set of X" earlier): only then is the part an event of the timeline
        hosted_from = self._date_near(ctx, work.span.start) if date is None and hosting else None
        # "In 2001 she moved to X to co-present its breakfast programme, Rise & Shine": then
        date = date or hosted_from
        own_date = bool(year or named_year or span or hosted_from)
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

    def _names_an_event(self, work: Mention) -> bool:
        """Whether a "work" is an event or a brand's runway show: a name ending in an event's word
        ("Milan Fashion Week", "the Cannes Film Festival"; not "Show", which ends TV titles), or a
        brand's possessive with a lowercase "show" after it ("Dior's Cruise show")."""
        name = self.index.name(work.entity)
        words = name.split()
        if words and words[-1] != "Show" and words[-1] in relation_lexicon().event_heads:
            return True
        return (
            bool(_BRAND_SHOW.search(name)) and _SHOW_NEXT.match(doc_text(self.doc), work.span.end) is not None
        )

    def _names_a_character(self, ctx: SentenceContext, work: Mention) -> bool:
        """Whether a "work" is the part someone plays in another work the sentence names right
        after it: "her role as 'Dora Pike' on the series Lanternfall", "playing Nora Bell in X"."""
        text = doc_text(self.doc)
        if not _PART_BEFORE.search(text, max(ctx.start, work.span.start - 30), work.span.start):
            return False
        shown_in = _IN_WORK_AFTER.match(text, work.span.end)
        if shown_in is None:
            return False
        opens = shown_in.end()
        return any(
            0 <= other.span.start - opens <= _CHARACTER_WORK_GAP
            and not re.search(r"[,.;:]", text[opens : other.span.start])
            for other in ctx.works
            if other is not work
        )

    def _other_named_before_year(self, ctx: SentenceContext, work: Mention, people: list[Person]) -> bool:
        """Whether someone other than `people` is named between `work` and the first year after it
        in the sentence: the years then belong to what is told of that one ("married to Y from 2000
        to 2005"), not to the work."""
        text = doc_text(self.doc)
        year = _A_YEAR.search(text, work.span.end, ctx.end)
        if year is None:
            return False
        keys = {p.key for p in people}
        return any(
            p.via == "name" and work.span.end <= p.start < year.start() and p.key not in keys
            for p in ctx.people
        )

    def _names_a_club(self, work: Mention) -> bool:
        """Whether a "work" is the short name of an organisation the text names ("Mariners" of
        "Calder Bay Mariners")."""
        name = self.index.name(work.entity)
        return any(
            key.startswith("organisation:") and (e.name == name or e.name.endswith(" " + name))
            for key, e in self.index.entities.items()
        )
