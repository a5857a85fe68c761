"""Employers and owners: job titles ("the channel's head of drama"), hirings, joining and
leaving an organisation, clubs played for, and the firms, venues and labels people own.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from allegedly.model import DateValue, Mention, Span
from allegedly.outlets import outlet_table
from allegedly.understand.cues import phrase_pattern, relation_lexicon
from allegedly.understand.entities import LIST_JOINT, league_names, team_player_role
from allegedly.understand.family import (
    YEAR,
)
from allegedly.understand.language import doc_text
from allegedly.understand.referents import (
    Referents,
)
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.lexicon import lexicon

# After an organisation, an apposition that says who founded it: ", the production and music
# venture she founded in February", ", which he co-founded in 2017" (the pronoun is the owner).
# Words that cannot stand between an organisation and a job of its staff named after it
# ("The Ledger columnist X", "Norvane's chief executive X"): a preposition or a conjunction opens
# another phrase ("to The Ledger through attorney X").
_NOT_JOB_WORDS = r"(?:through|via|by|from|to|with|and|or|for|of|at|than|as|against)"

# Right before a verb of founding, a relative pronoun of a thing: "She said that the phone maker,
# which launched X, ..." (the company founded it, not the person named before).
_THING_WHICH_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:also\s+|first\s+|later\s+|recently\s+)?$", re.IGNORECASE
)

# "call it quits": a couple parting, no job left.
_IT_BEFORE = re.compile(r"\bit\s+$", re.IGNORECASE)

# After a bare "quit": the clause ends, or a time or a reason follows ("quit on Friday", "quit last
# week", "quit after a row"), no object of its own.
_CLAUSE_ENDS_AFTER_QUIT = re.compile(
    r"\s*(?:[.!,;:)\"”’']|$|\s*(?:on|in|last|this|yesterday|today|earlier|after|before|when|over)\b)",
    re.IGNORECASE,
)

_FOUNDED_BY_AFTER = re.compile(
    r"\s*,\s*(?:(?:the|a|an|her|his|their)\s+(?:[\w&-]+\s+){0,6}?(?:that\s+|which\s+)?|which\s+)"
    # "X, the production company they co-founded in 2017": both of the couple "they" stands for
    # ("X, which Ana founded in 2019 with ...": a name as well as a pronoun)
    r"(?P<who>she|he|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:had\s+|has\s+|have\s+)?(?P<verb>(?:co-?)?founded\b"
    # "the Escuela Montalvo, which she still runs": a business of one's own, run to this day
    r"|(?:still\s+|now\s+|also\s+)?(?:co-?)?(?:owns|runs)\b)"
)

# After an organisation, its founding by people named next: ", founded by X in 2014", " was
# founded in Northampton in 1894 by X and Y", ", which was co-founded by X" (no "the city": a
# name must follow "by").
_FOUNDED_BY_NAME = re.compile(
    r"(?:\s*,\s*(?:which\s+(?:was|is)\s+|(?:originally|first)\s+)?|\s+(?:was|is|had\s+been|has\s+been)\s+(?:originally\s+|first\s+)?)"
    r"(?:co-?)?founded\s+(?:(?:in|at)\s+[^,.;()]{1,40}?\s+)?by\s+(?:(?:the\s+)?(?:[a-z-]+\s+){1,2})?(?=[A-Z])"
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
    r"\s+(?:has\s+|have\s+|had\s+)?(?:hired|appointed|recruited|named|tapped|signed|"
    # a press release's present tense: "Harlow & Finch appoints X as Chief Executive Officer"
    r"hires|appoints|recruits|names|signs)\s+(?!as\b)"
)

_AS_POST = re.compile(
    r"(?:,\s*|\s+)as\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+)?[a-zA-Z][\w-]*"
    # "has signed X to the judging panel of its talent show": a seat on its staff
    r"|\s+to\s+(?:its\s+|their\s+|the\s+)(?:[a-z-]+\s+){0,2}(?:panel|team|staff|board|line-up|lineup|roster|squad)\b"
)

# Time spent with an employer: "spent eight years at the streaming service X", "spent a decade
# with the Harrow Players" (the organisation follows within the clause).
_SPENT_AT = re.compile(
    r"\b(?:spent|after)\s+(?:a\s+decade|(?:\w+|\d+)\s+(?:years|seasons|decades)|(?:a|one)\s+(?:year|season))\s+"
    # "spent six years as a senior designer at X", "after two years at X"
    r"(?:as\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?)?(?:at|with)\b",
    re.IGNORECASE,
)

# A player's stint counted in games: "played 212 games for Fenwick Rovers between 1994 and 2001"
# (read only with the years it lasted, as a bare "played for" names any club of a career).
_PLAYED_SPAN = re.compile(
    r"\bplayed\s+(?:\d+|[a-z-]+)\s+(?:(?:league|first-team|senior|competitive)\s+)?"
    r"(?:games|matches|times|seasons|years)\s+for\b",
    re.IGNORECASE,
)

_LEFT_AFTER_SPENT = re.compile(r"\b(?:left|quit|departed|before\s+leaving|until)\b")

# A kind of work between a verb of starting and its name: "started a podcast together, X",
# "launched the YouTube channel X": the starters appear in it (no organisation they own).
_HOSTED_KIND = re.compile(
    r"\b(?:podcast|show|series|programme|program|vlog|channel|webcast)\b", re.IGNORECASE
)

# After a founded organisation, a co-founder: "in 1966 with his wife, ", " with his business
# partner, ", " together with ", " alongside the chef ".
_FOUNDED_WITH = re.compile(
    rf"(?:\s+in\s+{YEAR})?,?\s+(?:together\s+with|with|alongside)\s+"
    # ("with her then-husband, the chemist X": a description after the comma)
    # ("with her friend and business partner X")
    r"(?:(?:his|her|their|the|a)\s+)?(?:[a-z-]+\s+){0,4}?(?:[a-z-]+\s*,\s*(?:the\s+[a-z-]+\s+)?|)(?=[A-Z])"
)

# A lowercase word of a noun phrase, not a preposition ("opened for his band" is no ownership).
_NOUN_WORD = r"(?!(?:for|with|to|at|in|on|by|from|of|as|into)\b)[a-z-]+"

_OBJECT_BEFORE = re.compile(r"\b(?:joining|joined|join|leaving|at|for|from|by)\s+$", re.IGNORECASE)

# Right after an employer: "X, which she left in 2010" ends the job then.
# "... under contract with Silverline Media, which he joined in 2012": an organisation that a
# relative clause says the pronoun's person joined (group "who": the pronoun).
_WHICH_JOINED = re.compile(
    r",\s*which\s+(?P<who>she|he)\s+(?:first\s+|had\s+|later\s+|originally\s+)?joined\b"
)
_WHICH_LEFT = re.compile(r",\s*which\s+(?:she|he|they)\s+(?:later\s+)?(?:left|quit)\b")

# "her company, Brightwater Media,", "his production company, X": a firm of one's own (a label
# or an agency is more often the one an artist is signed to, so neither counts).
_OWN_FIRM = re.compile(
    r"\b(?:her|his|their|the\s+(?:couple|pair)['’]s)\s+(?:(?:first|second|third|new|newest|latest|flagship)\s+)?"
    r"(?:(?:own\s+)(?:(?:fashion|clothing|record|beauty)\s+)?label\s*,\s*$|(?:own\s+)?"
    # ("his Silver Lake restaurant, X": where it is, capitalised, before the kind)
    r"(?:(?-i:[A-Z])[\w’'-]+\s+(?:(?-i:[A-Z])[\w’'-]+\s+)?)?"
    r"(?:(?:production|beauty|fashion|media|tech|design|skincare)\s+)?"
    r"(?:company|firm|brand|business|restaurant|startup|start-up|bakery|café|cafe|bistro|boutique)"
    # "the couple's bakery in Hove, Flour & Fig,": where it is may come between
    r"(?:\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)?\s*,\s*$)",
    re.IGNORECASE,
)

# "Ana Vey, whose company Brightwater Media ...": the firm of the name before "whose".
_WHOSE_FIRM = re.compile(
    r",\s+whose\s+(?:own\s+)?(?:(?:production|beauty|fashion|media|tech|design|management)\s+)?"
    r"(?:company|firm|business|agency|restaurant|bakery|boutique|startup|start-up)\s*,?\s*$",
    re.IGNORECASE,
)

# "was joined by her sister": a passive "joined" is someone's company, never a job.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)

# Before a bare verb of leaving, a subject joined with the company one keeps ("Ana and the kids
# left", "she and her friends quit"): people walking out of a place together, not a job left.
_WITH_COMPANY_BEFORE = re.compile(
    r"\b(?:and|with)\s+(?:the|her|his|their|some)\s+(?:[a-z-]+\s+)?"
    r"(?:kids|children|family|friends|girls|boys|dogs|pals|entourage|crew|gang|twins)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)

# Bare verbs of leaving: only an organisation straight after them is the job left.
_BARE_LEAVING = frozenset({"left", "leave", "leaves", "leaving", "quit", "quits", "quitting"})

# Verbs of moving whose organisation must follow at once ("moved to Wave 104", not "moved to
# Paris at 19 to study at X"), as the bare verbs of leaving do.
_BARE_MOVING = frozenset({"moved to", "moves to"})

# After the organisation joined, the one left for it: "joined the Comets from Croatian side RNK
# Marjan in 2019", "moved to Wave 104 in 2013 from Soar FM" (a few words of description between).
_JOINED_THEN_FROM = re.compile(
    rf"(?:\s+in\s+{YEAR})?\s+from\s+(?:the\s+)?(?:(?:[a-z-]+|[A-Z][a-z]+)\s+(?:side|club|station|team|outfit)\s+)?"
)

# Between the worker and the verb of a cue of [employment_cues] when the parse names no subject:
# "Callum Roe, who plays for X", "She moved to", "Ada, 29, then joined".
_WORKER_THEN_VERB = re.compile(
    r"(?:\s*,\s*(?:\d{1,3}\s*,\s*)?(?:who\s+)?|\s+)(?:(?:has|have|had|will|would|also|then|later|currently|now|still|"
    r"is|was|\w+ly)\s+){0,3}"
)

_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:already\s+|just\s+|now\s+|officially\s+)?$", re.IGNORECASE)

# A player who "came through the Rovers academy" is the club's own (its youth side named after it).
_THROUGH_RANKS = frozenset(
    {"came through", "come through", "comes through", "rose through", "graduated from"}
)

_RANKS_AFTER = re.compile(r"['’]?s?\s+(?:youth\s+)?(?:academy|youth|ranks|reserves|system|set-up|setup)\b")

# An organisation named by its kind right after a cue: "left the band in 2023", "after nineteen
# years with the station" (a work's noun, "the show", is no employer; "the group" is as often a
# band the tagger missed as the agency it named).
_ORG_NOUN_AFTER = re.compile(
    r"\s+(?P<noun>(?:the|its)\s+(?:band|club|station|channel|company|firm|label|broadcaster|network|"
    r"restaurant|side|paper|newspaper|magazine|agency|studio|orchestra|troupe))\b(?!['’-])"
)

# "the house" right after a cue (`_house_after`), and after an organisation the apposition that
# calls it a house: "Casa Verdi, the Milanese house known for ...", "X, the fashion house".
_THE_HOUSE = re.compile(r"\s+(?P<noun>the\s+house)\b(?!['’-])")
_HOUSE_APPOSITION = re.compile(
    r"['’]?s?\s*,\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:(?:fashion|couture|design|auction|publishing|perfume|jewellery|jewelry)\s+)?house\b"
)

# A cue inside a relative clause on a name: "Gavin Tully, 63, who retires ... after nineteen
# years with the station": the name is the worker, whatever the main clause's subject.
_WHO_CLAUSE = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?who\s+[^,;.()]{0,60}")

_TOPIC_MENTIONS = 3

# A job's length counted back from its end: "is leaving X after twelve years", "stepped down
# after eight years in the job".
_AFTER_YEARS = re.compile(r"\bafter\s+(?P<n>\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years\b", re.IGNORECASE)

_HIS_BAND = re.compile(r"\b(?P<who>[Hh]er|[Hh]is)\s+(?:(?:new|old|former|first|own)\s+)?band\s*,\s*$")

_JOINING = frozenset({"joined", "joins", "join", "moved to", "moves to", "signed for"})

_LEAVING_GAP = re.compile(
    r"\s*(?:(?:the|his|her|their)\s+)?(?:(?:job|position|post|role)\s+(?:at|with)\s+(?:the\s+)?)?"
)

# "left the Comets for the Kings": between the organisation left and the one joined.
# "joined from Y": a transfer's former club, not the one joined.
_FROM_NEXT = re.compile(r"\s+from\b")

# "has played for X since 2017": the club a player is with now (without "since", any club).
_PLAYED_FOR = ("played for", "playing for")

_SINCE_NEXT = re.compile(r"\s+since\b")

# A presenter's show, then the channel it is on: "fronts Sunday Roast on Bayview TV" (the
# capitalised title and "on" required: "hosted a party for X" is no job).
_SHOW_ON_CHANNEL = frozenset(
    {"fronted", "fronts", "fronting", "hosted", "hosts", "hosting", "presented", "presents", "presenting"}
)

_SHOW_ON_GAP = re.compile(
    r"\s+(?:the\s+|a\s+|her\s+|his\s+)?"
    # "hosted the quiz show Brainbox for Channel Meridian": the show's kind may come first
    r"(?:(?:[a-z-]+\s+){0,2}(?:show|programme|program|series|quiz|bulletin|podcast)\s+)?"
    r"(?:[A-Z][\w’'&-]*\s+){1,4}(?:on|for)\s+(?:the\s+)?"
)

# "has fronted Brightwater TV's Rise and Shine since 2016": the channel owns the show named
# after it (its capitalised title right after the possessive).
_CHANNEL_SHOW = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}[\"“‘']?[A-Z]")

# After an organisation: it is the one reporting ("X has learned", "X reports"), no list item.
_REPORTS_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:learned|learnt|confirmed|reported|revealed)\b"
    r"|\s+(?:reports|reported|understands|revealed|confirmed|can\s+(?:reveal|confirm|exclusively))\b"
)

_JOINED_FROM = frozenset({"joined from", "joins from", "signed from", "signs from"})

_LEFT_FOR = re.compile(
    r"\s+for\s+(?:the\s+|a\s+(?:rival|new)\s+|(?:rival|new)\s+)?"
    # "left for the English side Ashcombe United", "for Italian club X": the club's kind first
    r"(?:(?:[A-Z][\w-]+\s+)?(?:side|club|outfit|team)\s+)?"
    # "left the Corlett Players for a contract with Halden Studios": the new job's terms first
    r"(?:(?:a\s+)?(?:new\s+|long-term\s+|\w+-year\s+)?(?:contract|deal|job|post|role|position)\s+(?:with|at)\s+(?:the\s+)?)?"
)

# Between another employment cue and its organisation: a few words of the same clause
# ("joined the faculty of the ...", "worked for what is now ..."), no clause break.
_EMPLOYER_GAP = re.compile(
    # ("joined forces with X", "join hands with X": a collaboration, not a job)
    r"(?!\s*(?:forces|hands)\b)(?:(?!\b(?:and|but|who|which|after|before|when|while)\b)[^.;,()]){0,45}"
)

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

# A performer's agency or a player's club in apposition after the possessive: "Park's agency,
# Blue Harbor Management,", "her management company, X", "his club, Y" (the owner is matched
# where the possessive starts; group `noun` is the agency's noun).
_AGENCY_OF = re.compile(
    r"(?:\b[Hh]er|\b[Hh]is|(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s?)\s+(?:(?:new|current|longtime|long-time)\s+)?"
    r"(?P<noun>agency|management\s+agency|talent\s+agency|club)\s*,\s*(?:the\s+)?$"
)

_FOUNDED_BEFORE = re.compile(
    r"\b(?:set\s+up|sets\s+up|founded|co-founded|launched|started|starts|runs|ran|owns|owned|opened|created|"
    r"formed|built|sold|bought)\s+$",
    re.IGNORECASE,
)

# Staff named with their organisation: "Ann Roe and Ben Vey of the Norvane Institute".
_OF_THE = re.compile(r"\s+of\s+the\s+")

# Before an organisation whose job follows ("serves as the Ashby Trust's chairwoman", "was a
# long-time Ledger analyst", "is appointed Norvane Deputy Director"), and between its holder
# and the organisation.
_HOLDS_OWNED_JOB = re.compile(
    # ("has been Maison Ferrant's chief executive since 2019")
    r"\b(?:serves|served|serving|is|was|became|becomes|as|appointed|named|has\s+been|had\s+been)\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)

# "has been signed to Greyfin Records", "was signed to X in 2019": an artist on a label's roster
# works for it (the words "signed with" name a contract, read by `_contract_only`). The
# organisation must be a label by its head word or by an apposition ("Hollow Pine, the
# independent Bristol label").
_SIGNED_TO = re.compile(
    r"\b(?:has\s+been|have\s+been|had\s+been|is|was|are|were|got|remains)\s+signed\s+to\s+(?:the\s+)?$"
)
_LABEL_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}label\b")

# Between a name and an organisation whose job follows, an apposition: "Tom Brill, the Dunmore
# Rovers midfielder", "Ann Roe, a former Ledger columnist".
_APPOSED_OWNED_JOB = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?:former|longtime|long-time|veteran|current|new)\s+)?$"
)

_HOLDER_TO_OWNED_JOB = re.compile(
    # ("Ivo Berg, a former banker, has been X's chief executive": an apposition between)
    r"(?:\s*,\s*(?:a|an|the)\s+[^,;.()]{1,50},)?\s+(?:\w+ly\s+)?(?:(?:is|was|has\s+been)\s+(?:appointed|named)|serves|served|is|was|became|has\s+been|had\s+been)"
    r"(?:\s+as)?\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2})?"
)

# "she runs its restaurant, X", "heads the hotel's spa": running a part of someone else's
# business is a job, not owning it.
_RUNS_ITS = re.compile(r"(?:runs|ran|heads|headed)\s+(?:its|the\s+[\w-]+['’]s?)\s", re.IGNORECASE)

# A founder named as such owns (co-founded) the organisation: "Halden Studios co-founder Tobin
# Varga", "Halden Studios' founder, Tobin Varga" (the name right after the organisation) ...
_FOUNDER_AFTER_ORG = re.compile(
    # (a headline's capitals: "Lumenvine Founder Orsolya Roe Steps Down")
    r"^(?:['’]s?)?\s+(?:[Cc]o-?)?[Ff]ounder(?:\s+and\s+(?:CEO|chief\s+executive|president|chairman|chairwoman))?"
    r"\s*,?\s+(?=[A-Z])"
)

# ... "Tobin Varga, the founder of Halden Studios", "Varga is a co-founder of", "one of the
# founders of" (between the name and the organisation; "the founders' friends" is no founder).
_FOUNDER_OF = re.compile(
    # ("Weist, the soft-spoken co-founder of X": a word or two of description before the noun)
    # ("Ana Roe, 41, a potter and founder of X": an age and a trade before, joined by "and")
    r"^(?:\s*,\s*(?:\d{1,3}\s*,\s*)?|\s+(?:is|was|became)\s+)(?:(?:the|a|an|one\s+of\s+the)\s+)?"
    r"(?:(?!(?:and|or|of)\s)[a-z-]+\s+){0,2}?(?:(?:[a-z-]+\s+)?[a-z-]+\s+and\s+)?(?:co-?)?founders?"
    r"(?:\s+and\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+of\s+(?:the\s+)?"
    # ("founder of the brand X", "of the skincare label X": the organisation's kind first)
    r"(?:(?:[a-z-]+\s+)?(?:brand|label|company|firm|restaurant|bakery|boutique|studio|agency|charity|foundation)\s+)?$"
)

# Right after an organisation, a hyphen that makes it part of a modifier ("Michelin-starred",
# "Netflix-backed"): the organisation is no object of the clause.
_MODIFIER_AFTER = re.compile(r"-[a-z]")

# The most characters between a founder's name and "founder of" + organisation.
_FOUNDER_OF_REACH = 50

# After "runs X": the post one holds there ("runs Pell Pictures as chief executive"): a job, no ownership.
_AS_ITS_HEAD = re.compile(
    r"\s+as\s+(?:its\s+|the\s+)?(?:chief\s+executive|CEO|president|managing\s+director|director|chair(?:man|woman)?"
    r"|head|editor|general\s+manager)\b"
)


# A country's industry, not a company: "the Brazilian TV host X", "a Korean film star".
_COUNTRY_MEDIUM = re.compile(
    r"[A-Z][a-z]+(?:an|ish|ese|ch|ic|i)\s+(?:TV|[Tt]elevision|[Rr]adio|[Mm]edia|[Ff]ilm|[Cc]inema|[Pp]ress|[Mm]usic)"
)

# A job still to come, right before the verb: "has agreed to join", "is set to sign for", "will
# join", "would sign with", "in talks to join", "is expected to join" (a deal not yet done).
_PLANNED_BEFORE = re.compile(
    r"\b(?:agreed|agrees|set|poised|expected|due|tipped|close|plans?|planning|hopes?|hoping|wants?|"
    r"wanting|talks|negotiating|going|likely|rumou?red|linked)\s+(?:to\s+)?(?:\w+ly\s+)?$"
    # (a bare "will join X in October" is an announced move the text reports as done)
    r"|\b(?:could|might|may)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _EmploymentCues:
    """The [employment_*] sections of data/relations.toml (cues only this module reads)."""

    employer: re.Pattern[str]
    employer_end: re.Pattern[str]
    owns_start: re.Pattern[str]
    jobs_at: re.Pattern[str]
    band_roles: re.Pattern[str]


@cache
def _employment_cues() -> _EmploymentCues:
    with resources.files("allegedly.data").joinpath("relations.toml").open("rb") as handle:
        data = tomllib.load(handle)
    cues = data["employment_cues"]
    return _EmploymentCues(
        employer=phrase_pattern(cues["employer"]),
        employer_end=phrase_pattern(cues["employer_end"]),
        owns_start=phrase_pattern(cues["owns_start"]),
        jobs_at=phrase_pattern(cues["jobs_at"]),
        band_roles=phrase_pattern(cues["band_roles"]),
    )


# Between a job's holder and the job: an apposition ("X, a reporter at"), perhaps with an age
# ("Niamh Roe, 27, is a physiotherapist with"), or a verb ("X is a reporter at").
_HOLDER_THEN_JOB = re.compile(
    r"(?:,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:(?:is|was|has been|had been|became)\s+)?"
    r"|\s+(?:is|was|has been|had been|became|served as|works as|worked as)\s+)"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}"
)

# Between a possessor the parse took for the subject and the named person the possessive noun
# stands for: "Hana and Duncan's son, Ewan Reid, 24, has been sous chef at X".
_POSSESSOR_TO_OWNED = re.compile(r"(?:\s+and\s+[A-Z][\w-]*)?['’]s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*")


# "Corin Vale of the rock band Tin Sparrow", "Ada Roe, of indie group Pale Kites": a member of
# the band named right after (a genre may stand before the noun).
_MEMBER_OF_BAND = re.compile(
    r",?\s+(?:of|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:band|group|duo|trio)\s*,?\s+$"
)


# A band's name going on past the mention: " for Fears", " of Doom".
_NAME_GOES_ON = re.compile(r"\s+(?:for|of|and|&|the|in|on)\s+[A-Z]")

# After a league's name, its player's word: "the NBA star ", "former NFL quarterback ".
_LEAGUE_PLAYER = re.compile(
    r"\s+(?:star|player|legend|great|veteran|champion|quarterback|point\s+guard|pitcher|golfer)\s+"
)


# A player's place in a team before "for" / "with" and the club, said of the holder with an article:
# "is an outfielder for the Harbor Gulls", "a professional hockey player with the Kestrels", "is a
# centre for X" (the article keeps "the Center for ..." of an organisation's own name out; the
# bare positions of [job_nouns] are read there).
_PLAYER_AT = re.compile(
    r"\b(?:a|an)\s+(?:(?:professional|former|veteran|star|key|reserve|starting)\s+)?"
    r"(?:(?:ice\s+)?(?:rugby|football|soccer|basketball|hockey|cricket|baseball|netball|volleyball|handball)\s+"
    r"(?:player|star|captain|pro)|outfielder|infielder|shortstop|catcher|pitcher|centre|center|"
    r"defenceman|defenseman|goaltender|goalie|setter|flanker|power\s+forward|small\s+forward|guard)"
    r"\s+(?:for|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_SCHOOL_WORD = re.compile(r"\b(?:University|College|School|Academy|Institute|High)\b")

# A sport played for a club now: "plays volleyball for X", "is playing hockey with X" (the past
# "played" names any club of a career, as `_PLAYED_FOR` says).
_PLAYS_SPORT_FOR = re.compile(
    r"\b(?:plays|is\s+playing|currently\s+plays)\s+(?:professional\s+)?(?:ice\s+)?"
    r"(?:rugby|football|soccer|basketball|hockey|cricket|baseball|netball|volleyball|handball)\s+(?:for|with)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _JobTitlePatterns:
    """The patterns of `EmploymentRules.job_titles`, built from the lexicon once (not an f-string
    of the whole job list per employer)."""

    held_at: re.Pattern[str]  # "a senior editor at (the Dublin law firm) " before the employer
    leader_of: re.Pattern[str]  # "CEO of ", "the first president of historically black "
    staff: re.Pattern[str]  # "'s technology columnist " after the employer
    staff_any_case: re.Pattern[str]  # " Editor-In-Chief "
    staff_owned: re.Pattern[str]  # "'s Chief Executive, "
    jobs_before: re.Pattern[str]  # "a presenter, producer, and " before the job held there
    owned_job: re.Pattern[str]  # "'s chairwoman", " Acting Deputy Director" after the employer


@cache
def _job_title_patterns() -> _JobTitlePatterns:
    lex = relation_lexicon()
    jobs = lex.job_nouns.pattern
    leaders = lex.leader_jobs.pattern
    orgs = lex.org_nouns.pattern
    return _JobTitlePatterns(
        held_at=re.compile(
            rf"\b(?:{jobs}|{_employment_cues().jobs_at.pattern})(?:\s+(?:of|for|in)\s+[\w\s-]{{1,50}}?)?\s+(?:at|for|with)\s+(?:the\s+)?"
            # "a partner at the Dublin law firm X": a place and a kind of organisation between
            rf"(?:(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+)?(?:{orgs})\s+)?$",
            re.IGNORECASE,
        ),
        # "CEO of Norvane Rail", "the first president of historically black Ashby College"
        leader_of=re.compile(rf"\b(?:{leaders})\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}$", re.IGNORECASE),
        # (never across a preposition: "a statement to The Ledger through attorney X" is no staff)
        staff=re.compile(rf"(?:['’]s)?\s+(?:(?!{_NOT_JOB_WORDS}\s)[a-z-]+\s+){{0,2}}(?:{jobs})\s+"),
        staff_any_case=re.compile(rf"(?:['’]s)?\s+(?i:{jobs})\s+"),
        staff_owned=re.compile(
            rf"['’]s?\s+(?:(?!(?:and|or|by|the|of|to|for|with)\s)[A-Za-z-]+\s+){{0,2}}(?:{jobs})"
            rf"(?:,\s*|\s+(?:(?:is|was|has\s+been)\s+)?)",
            re.IGNORECASE,
        ),
        jobs_before=re.compile(rf"(?:\b(?:{jobs})(?:,\s*(?:and\s+)?|\s+and\s+))+$", re.IGNORECASE),
        owned_job=re.compile(
            rf"(?:\s?['’]s?)?\s+(?:(?!(?:and|or|by|the|of|to|for|with)\s)[A-Za-z-]+\s+){{0,3}}(?:{jobs})\b",
            re.IGNORECASE,
        ),
    )


class EmploymentRules(Referents):
    """Rules about who works for, plays for or owns an organisation."""

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
        # a "place" whose name ends in an organisation's head ("moved to Harlan Broadcasting")
        heads = relation_lexicon().org_heads
        named_as_org = [
            m
            for m in ctx.places
            if len(words := self.index.name(m.entity).split()) > 1
            and words[-1] in heads
            and self._can_employ(self.index.name(m.entity))
        ]
        return sorted(
            [*organisations, *outlets, *self._academic_places(ctx), *named_as_org], key=lambda m: m.span.start
        )

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
            or _COUNTRY_MEDIUM.fullmatch(name)
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
        patterns = _job_title_patterns()
        employers = self._employers_in(ctx)
        self._signed_to(ctx, employers)
        self._its_staff(ctx)
        self._band_players(ctx, employers)
        self._agency_of(ctx, employers)
        for employer in employers:
            before = text[max(ctx.start, employer.span.start - 90) : employer.span.start]
            after = text[employer.span.end : min(ctx.end, employer.span.end + 40)]
            held_at = (
                patterns.held_at.search(before)
                or self._player_at(before, employer)
                or patterns.leader_of.search(before)
            )
            # "The Ledger technology columnist Ann Roe", "Norvane's chief executive, Ann Roe",
            # "the current president of Ashby College is Ann Roe": the staff, named after the job.
            # (a headline's or a masthead's capitals: "Lumen Editor-In-Chief Ann Roe")
            staff = (
                # (never across a preposition: "a statement to The Ledger through attorney X" is
                # no staff of the paper)
                patterns.staff.match(after)
                or patterns.staff_any_case.match(after)
                # with the possessive, a capitalised job title and a comma may follow
                or patterns.staff_owned.match(after)
            )
            holder_follows = re.match(r"\s+(?:is|was|has\s+been)\s+", after)
            if held_at and holder_follows:
                staff = holder_follows  # "the president of X is Ann Roe": the holder follows
            elif held_at:
                cue_start = employer.span.start - len(before) + held_at.start()
                # "a presenter, producer, and editor at the BBC": the list of jobs held there
                jobs_before = patterns.jobs_before.search(text[ctx.start : cue_start])
                if jobs_before:
                    cue_start = ctx.start + jobs_before.start()
                holders = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
                subject = self._subject_person(ctx, cue_start, holders)
                apposed = next(
                    (p for p in holders[-1:] if _HOLDER_THEN_JOB.fullmatch(text[p.end : cue_start])), None
                )
                if subject is not None:
                    subject = self._possessor_to_owned(ctx, subject, holders)
                holder = subject or apposed
                set_off = apposed is not None and text[apposed.end : cue_start].startswith(",")
                if apposed is not None and apposed.via == "name" and set_off:
                    # "Ada dates Tom Brill, a midfielder for Dunmore Rovers": the job set off after a
                    # name is that name's, not the clause subject's
                    holder = apposed
                # the holder is the clause's subject or an apposition right before the job
                if holder is None:
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
                named = [
                    p for p in self._named(ctx) if p.via == "name" and 0 <= p.start - employer.span.end <= 40
                ]
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
            owned_job = patterns.owned_job.match(after)
            # Without a possessive, only a name that can be nothing but an organisation ("a CNN
            # analyst", "the Ashby Trust chairwoman"; not "is the State Attorney"), and not a
            # named chair ("the Freshfields Professor of Law").
            possessive = re.match(r"\s?['’]", after) is not None
            org_name = self.index.name(employer.entity)
            bare_ok = bool(owned_job) and (
                (" " in org_name or org_name.isupper() or employer.entity.startswith("outlet:"))
                and not re.match(r"\s+of\b", after[owned_job.end() :] if owned_job else "")
            )
            if owned_job is None and org_name in league_names() and (star := _LEAGUE_PLAYER.match(after)):
                # "former NBA star Ty Roe": a league's player, named right after
                named = [
                    p
                    for p in self._named(ctx)
                    if p.via == "name" and p.start == employer.span.end + star.end()
                ]
                for member in named:
                    self._add(
                        ctx,
                        member.key,
                        "employer",
                        employer.entity,
                        cue_start=employer.span.start,
                        cue_end=member.end,
                    )
                if named:
                    continue
            if owned_job is None and (player := team_player_role().match(after)):
                # "Cal Ide, the Corsairs rugby player": a club's player, whatever the club's name
                owned_job, bare_ok = player, True
            apposition = _APPOSED_OWNED_JOB.search(before) if owned_job and bare_ok else None
            if apposition is not None and owned_job is not None:
                # "Tom Brill, the Dunmore Rovers midfielder,": the name the job is set off after
                named = [
                    p
                    for p in self._named(ctx)
                    if p.via == "name" and p.end == employer.span.start - len(before) + apposition.start()
                ]
                if named:
                    self._add(
                        ctx,
                        named[0].key,
                        "employer",
                        employer.entity,
                        cue_start=named[0].start,
                        cue_end=employer.span.end + owned_job.end(),
                    )
                    continue
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
                        # "has been X's chief executive since 2022": the job began then
                        date=(
                            self._date_near(ctx, employer.span.end + owned_job.end())
                            if _SINCE_NEXT.match(text, employer.span.end + owned_job.end())
                            else None
                        ),
                    )

    def _player_at(self, before: str, employer: Mention) -> re.Match[str] | None:
        """A player's position right before the club (`_PLAYER_AT`), unless the club is a school's
        team: "a basketball player for Ashby University" is a student, not on its staff."""
        if _SCHOOL_WORD.search(self.index.name(employer.entity)):
            return None
        return _PLAYER_AT.search(before)

    def _band_players(self, ctx: SentenceContext, employers: list[Mention]) -> None:
        """ "Velvet Lane's drummer, Ines Roe", "Ines Roe, the bassist in Velvet Lane", "the
        frontwoman of Velvet Lane, Ines Roe": a band's player works for the band."""
        text = doc_text(self.doc)
        roles = _employment_cues().band_roles.pattern
        for band in employers:
            after = re.match(
                rf"['’]s?\s+(?:(?:new|former|founding|touring|original|lead)\s+)?(?:{roles})\s*,?\s+",
                text[band.span.end : ctx.end],
            )
            before = re.search(
                rf"(?:,\s*|\s+(?:is|was|became|has\s+been|had\s+been)\s+)(?:the|a|an|its)\s+"
                rf"(?:(?:new|former|founding|touring|original|lead)\s+)?"
                rf"(?:{roles})\s+(?:in|of|with|for)\s+(?:the\s+)?$",
                text[max(ctx.start, band.span.start - 60) : band.span.start],
            )
            lead = text[max(ctx.start, band.span.start - 60) : band.span.start]
            # "the Nightjar frontman Lucius Roe": the band's name as an adjective, "the" before it
            bare = (
                re.match(rf"\s+(?:{roles})\s+", text[band.span.end : ctx.end])
                # ("Wreck Beneath the Harbour bassist X": "the" inside a longer name is no article)
                if re.search(r"(?:^|(?<![\w-])[a-z][a-z-]*[,;:]?\s+)[Tt]he\s+$", lead)
                else None
            )
            owned = _HIS_BAND.search(lead)
            # "Corin Vale of the rock band Tin Sparrow": the name right before "of the ... band"
            member_of = _MEMBER_OF_BAND.search(lead)
            # "The former drummer of the Lanterns, Ivo Roe, said": the name set off after the band
            role_of = re.search(
                rf"(?:^|\b[Tt]he\s+|\ba\s+)(?:(?:new|former|founding|touring|original|lead)\s+)?"
                rf"(?:{roles})\s+(?:in|of|with|for)\s+the\s+$",
                lead,
            )
            named_after = re.match(r"\s*,\s+", text[band.span.end : ctx.end]) if role_of else None
            # "Ivo left his Paper Kites bandmates in Rome": the one "his" stands for plays in it
            his_bare = (
                re.match(rf"\s+(?:{roles})\b", text[band.span.end : ctx.end])
                if (his := re.search(r"\b(?P<who>[Hh]is|[Hh]er)\s+$", lead))
                else None
            )
            if not (after or bare or before or owned or member_of or named_after or his_bare):
                continue  # (the sentence's people are read only for a cue)
            named = [p for p in self._named(ctx) if p.via == "name"]
            players = [p for p in named if after and p.start == band.span.end + after.end()]
            players += [p for p in named if bare and p.start == band.span.end + bare.end()]
            players += [p for p in named if named_after and p.start == band.span.end + named_after.end()]
            if his_bare and his is not None:
                at = band.span.start - len(lead) + his.start("who")
                players += [p for p in ctx.people if p.start == at and p.via == "pronoun"]
            if before:
                at = band.span.start - len(lead) + before.start()
                # ("The singer has been the frontman of Nightjar since 2012": a description too)
                players += [p for p in ctx.people if p.end == at and p.via != "couple"]
            if owned:
                # "she opened for his band, Copper Lanterns": the one "his" stands for plays in it
                at = band.span.start - len(lead) + owned.start("who")
                players += [p for p in ctx.people if p.start == at and p.via == "pronoun"]
            # ("of the group Tears for Fears" read as "Tears": a name cut short is no band's)
            if member_of and not _NAME_GOES_ON.match(text, band.span.end):
                at = band.span.start - len(lead) + member_of.start()
                players += [p for p in named if p.end == at]
            for player in players[:1]:
                self._add(
                    ctx,
                    player.key,
                    "employer",
                    band.entity,
                    cue_start=min(player.start, band.span.start),
                    cue_end=max(player.end, band.span.end),
                )

    def _its_staff(self, ctx: SentenceContext) -> None:
        """ "Wave 104 is owned by Crestline Media. Its programme director, Gemma Roe, said": "Its"
        opening a sentence is the organisation that opened the one before (its subject)."""
        jobs = relation_lexicon().job_nouns.pattern
        heads = _employment_cues().jobs_at.pattern
        # "Its programme director, X", "Its head of news, X"
        its = re.match(
            rf"\W*Its\s+(?:[\w-]+\s+){{0,2}}?(?:{jobs}|{heads})(?:\s+of\s+[\w-]+)?\s*,?\s+", ctx.text
        )
        if its is None:
            return
        named = [p for p in self._named(ctx) if p.via == "name" and p.start == ctx.start + its.end()]
        span = self.doc.char_span(ctx.start, ctx.start + 1, alignment_mode="expand")
        if not named or span is None or not len(span) or span[0].sent.start == 0:
            return
        before = self.doc[span[0].sent.start - 1].sent
        opener = [
            m
            for m in self.index.mentions_of_kind("organisation:", before.start_char, before.end_char)
            if re.fullmatch(r"\W*(?:The\s+)?", doc_text(self.doc)[before.start_char : m.span.start])
            and self._can_employ(self.index.name(m.entity))
        ]
        opening = re.sub(r"^\W*(?:The\s+)?", "", before.text)
        # (an organisation the tagger missed there, named elsewhere: its name opening the sentence)
        known = [
            key
            for key, e in self.index.entities.items()
            if key.startswith("organisation:")
            and re.match(re.escape(e.name) + r"(?![\w-])", opening)
            and self._can_employ(e.name)
        ]
        target = opener[0].entity if opener else max(known, key=len) if known else None
        if target is not None:
            self._add(
                ctx,
                named[0].key,
                "employer",
                target,
                cue_start=ctx.start,
                cue_end=named[0].end,
            )

    def _agency_of(self, ctx: SentenceContext, employers: list[Mention]) -> None:
        """ "Park's agency, Blue Harbor Management,", "her management company, Cruz Lane": the
        agency that manages a performer, or a player's club, named in apposition after the
        possessive, employs them."""
        text = doc_text(self.doc)
        for org in employers:
            owner = _AGENCY_OF.search(text, max(ctx.start, org.span.start - 40), org.span.start)
            if owner is None:
                continue
            at = owner.start()
            if _FOUNDED_BEFORE.search(text, max(ctx.start, at - 30), at):
                continue  # "she set up her agency, X": her own firm, no employer
            holders = [
                p
                for p in ctx.people
                if p.via in ("name", "pronoun") and p.start == at and p.end <= owner.start("noun")
            ]
            if holders:
                self._add(
                    ctx,
                    holders[0].key,
                    "employer",
                    org.entity,
                    cue_start=holders[0].start,
                    cue_end=org.span.end,
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

    def _signed_to(self, ctx: SentenceContext, employers: list[Mention]) -> None:
        """ "Lila Vantrose has been signed to Hollow Pine, the independent Bristol label, since
        2016": the clause's subject works for the label (from the date in the clause)."""
        text = doc_text(self.doc)
        labels = relation_lexicon().label_heads
        for org in employers:
            cue = _SIGNED_TO.search(text, max(ctx.start, org.span.start - 40), org.span.start)
            words = self.index.name(org.entity).split()
            if cue is None or not words:
                continue
            if words[-1] not in labels and not _LABEL_APPOSITION.match(text, org.span.end, ctx.end):
                continue
            holders = [p for p in ctx.people if p.end <= cue.start() and p.via != "couple"]
            subject = self._subject_person(ctx, cue.start(), holders)
            if subject is None:
                continue
            date = self._date_near(ctx, org.span.end)
            self._add(
                ctx,
                subject.key,
                "employer",
                org.entity,
                cue_start=subject.start,
                cue_end=org.span.end,
                date=date,
                explicit=date is not None,
            )

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
            if hired is None or ("sign" in hired.group(0) and self._contract_only("signed with", org)):
                continue  # a label signing an artist: a recording contract, not a job
            post = _AS_POST.search(text, hired.end(), min(ctx.end, hired.end() + 90))
            if post is None:
                continue
            named = [
                p
                for p in self._named(ctx)
                if p.via == "name" and hired.end() <= p.start and p.end <= post.start()
            ]
            if not named:
                continue
            date = self._date_near(ctx, org.span.start)
            if date is None and re.match(r"\s+(?:has|have)\s|\s+\w+s\s", hired.group(0)):
                # "X has signed Y", "X appoints Y": news of the day the report gives
                date = self.report_date
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

    @staticmethod
    def _bare_quit(ctx: SentenceContext, start: int, end: int) -> bool:
        """Whether a "quit" (sentence offsets) stands bare, so that it quits the organisation named
        last ("Allegedly, he's quit.", "quit on March 4"): not "call it quits" (a couple), not
        "avoid quitting", not "quit comedy" / "quit university" (its own object)."""
        word = ctx.text[start:end].lower()
        if word not in ("quit", "quits") or _IT_BEFORE.search(ctx.text, 0, start):
            return False
        return bool(_CLAUSE_ENDS_AFTER_QUIT.match(ctx.text, end))

    def employment(self, ctx: SentenceContext, recent_orgs: list[Mention]) -> None:
        """ "retired from his position at ORG", "Allegedly, he's quit." (ORG from just before)."""
        if ctx.text.rstrip().endswith("?"):
            return  # "So what happened to his position at X?" asks; it does not assert the job
        lex = relation_lexicon()
        self._hired_by(ctx)
        self._which_joined(ctx)
        # (the last three only where their words stand, in any case: most sentences lack them)
        lowered = ctx.text.lower()
        spent = "pent" in lowered or "after" in lowered  # "spent", "after"
        played = "play" in lowered
        for ended, pattern in (
            (True, lex.verbs["employer_end"]),
            (True, _employment_cues().employer_end),
            (False, lex.verbs["employer"]),
            (False, _employment_cues().employer),
            (False, _SPENT_AT if spent else None),
            (False, _PLAYED_SPAN if played else None),
            (False, _PLAYS_SPORT_FOR if played else None),
        ):
            for match in pattern.finditer(ctx.text) if pattern is not None else ():
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
                relative = [
                    p
                    for p in [q for q in ctx.people if q.end <= cue_start][-1:]
                    if p.via == "name" and _WHO_CLAUSE.fullmatch(doc_text(self.doc)[p.end : cue_start])
                ]
                if relative and relative[0] not in workers:
                    workers.append(relative[0])  # "takes over from X, 61, who retires after ...": X
                if not workers:
                    continue
                cue_word = match.group(0).lower()
                if not ended and _PLANNED_BEFORE.search(ctx.text[max(0, match.start() - 40) : match.start()]):
                    continue  # "he has agreed to join X at the end of the season": a move still to come
                if cue_word in _BARE_LEAVING and _WITH_COMPANY_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "Ana and the kids left the mall early": a group walking out, no job
                if cue_word == "joined" and _PASSIVE_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "she was joined in Park City by her sister": company, not a job
                if cue_word in ("joined", "joins") and _FROM_NEXT.match(ctx.text, match.end()):
                    continue  # "joined from Wexley Town": the club left, read by "joined from"
                if cue_word in _EMPLOYER_VIA_PREPOSITION and _NOUN_BEFORE.search(ctx.text[: match.start()]):
                    continue  # "her works are held at the Gallery": a noun, not a verb of working
                # The employer is named right after the cue: a bare verb of leaving needs its object
                # at once ("left the Ballet", not "left a bequest to the Home"); others within a clause.
                gap_rule = _LEAVING_GAP if cue_word in _BARE_LEAVING | _BARE_MOVING else _EMPLOYER_GAP
                if cue_word in _EMPLOYER_VIA_PREPOSITION:
                    gap_rule = _PREPOSITION_GAP
                if cue_word in _EMPLOYER_VIA_BY:
                    gap_rule = _BY_GAP
                if cue_word in _SHOW_ON_CHANNEL:
                    gap_rule = _SHOW_ON_GAP
                after = [m for m in self._employers_in(ctx) if m.span.start >= cue_end]
                orgs = [m for m in after if gap_rule.fullmatch(doc_text(self.doc)[cue_end : m.span.start])][
                    :1
                ] or (recent_orgs[-1:] if ended and self._bare_quit(ctx, match.start(), match.end()) else [])
                if not orgs and cue_word in _SHOW_ON_CHANNEL:
                    orgs = [
                        m
                        for m in after
                        if re.fullmatch(r"\s+(?:the\s+)?", doc_text(self.doc)[cue_end : m.span.start])
                        and _CHANNEL_SHOW.match(doc_text(self.doc), m.span.end)
                    ][:1]
                if not orgs and ended and cue_word in _BARE_LEAVING:
                    self._left_for(ctx, workers, cue_start, cue_end, after)
                if not orgs:
                    # "will leave the channel at the end of the month", "after nineteen years with
                    # the station": the organisation named last before
                    orgs = self._org_noun_after(ctx, cue_end, recent_orgs)
                    if orgs and cue_word in _SHOW_ON_CHANNEL | _THROUGH_RANKS:
                        orgs = []
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
                worker = self._possessor_to_owned(
                    ctx,
                    (relative[0] if relative else None)
                    or self._subject_person(ctx, cue_start, workers)
                    or self._apposed_subject(ctx, cue_start, workers)
                    or workers[-1],
                    workers,
                )
                if (
                    pattern in (_employment_cues().employer, _employment_cues().employer_end)
                    and worker is workers[-1]
                    and not _WORKER_THEN_VERB.fullmatch(doc_text(self.doc)[worker.end : cue_start])
                    and self._subject_person(ctx, cue_start, workers) is None
                    and self._apposed_subject(ctx, cue_start, workers) is None
                ):
                    continue  # "X (born 1979 in Bratislava) is a footballer who plays for": no nearest name
                quitting = (ended and match.group(0).lower() != "position at") or (
                    match.group(0).lower() == "position at"
                    and re.search(r"\b(retired|quit|left|resigned)\b", ctx.text, re.I)
                )
                # (after a show's title, "fronts Sunday Roast on X since 2016": not its "Sunday")
                date = self._date_near(ctx, orgs[0].span.end if cue_word in _SHOW_ON_CHANNEL else cue_end)
                if date is None and cue_word in _JOINED_FROM:
                    date = self._when_date_before(ctx, cue_start)
                if (
                    date is None
                    and not ended
                    and (cue_word in _JOINING or cue_word.startswith("signed"))
                    and _PERFECT_BEFORE.search(ctx.text[: match.start()])
                ):
                    date = self.report_date  # "has already signed with Tidewater": news of the day
                if cue_word in _THROUGH_RANKS and not _RANKS_AFTER.match(
                    doc_text(self.doc), orgs[0].span.end
                ):
                    continue  # "came through the Rovers academy", not "came through the Met Gala"
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
                if pattern is _PLAYED_SPAN:
                    span = self._range_after(ctx, orgs[0].span.end)
                    if span is None:
                        continue
                    date, until = span
                    quitting = False
                    self._add(
                        ctx,
                        worker.key,
                        "employer",
                        orgs[0].entity,
                        cue_start=cue_start,
                        cue_end=orgs[0].span.end,
                        date=date,
                        end=until,
                        explicit=date is not None,
                    )
                    continue
                if cue_word in _JOINING:
                    self._joined_from(ctx, worker, orgs[0], after, date)
                left = _WHICH_LEFT.match(doc_text(self.doc), orgs[0].span.end)
                if not ended and left:
                    # "a correspondent for X, which she left in 2010": the job ended then
                    quitting, date = True, self._date_near(ctx, left.end())
                for org in orgs if not ended else orgs[:1]:
                    work = self._work_of_name(org)
                    if work is not None:
                        # "joined The Big Sing for its launch", the show the text names as a work
                        # elsewhere: a part in it, no employer
                        if cue_word in _JOINING and not ended:
                            self._add(
                                ctx,
                                worker.key,
                                "appeared_in",
                                work,
                                cue_start=cue_start,
                                cue_end=org.span.end,
                                date=date,
                                explicit=date is not None,
                            )
                        continue
                    self._add(
                        ctx,
                        worker.key,
                        "employer",
                        org.entity,
                        cue_start=cue_start,
                        cue_end=org.span.end,
                        date=self._began_years_before(ctx, date or self.report_date) if quitting else date,
                        end=(date or self.report_date) if quitting else None,
                        explicit=date is not None,
                    )

    def _which_joined(self, ctx: SentenceContext) -> None:
        """ "Ola Roe remains under contract with Silverline Media, which he joined in 2012", "an
        associate at Hartley & Dune, which she joined in 2020": the one the pronoun stands for
        works there since the clause's date."""
        if "which" not in ctx.text:
            return
        text = doc_text(self.doc)
        for org in self._employers_in(ctx):
            joined = _WHICH_JOINED.match(text, org.span.end)
            if joined is None or joined.end() > ctx.end:
                continue
            who = next((p for p in ctx.people if p.start == joined.start("who") and p.via == "pronoun"), None)
            if who is None:
                continue
            date = self._date_near(ctx, joined.end())
            self._add(
                ctx,
                who.key,
                "employer",
                org.entity,
                cue_start=org.span.start,
                cue_end=joined.end(),
                date=date,
                explicit=date is not None,
            )

    def _began_years_before(self, ctx: SentenceContext, until: DateValue | None) -> DateValue | None:
        """ "stepped down after eight years in the job and left the company" in February 2024:
        the job began that many years before it ended (None when the sentence counts none)."""
        spell = _AFTER_YEARS.search(ctx.text)
        years = lexicon().number(spell.group("n")) if spell else None
        if until is None or years is None or years[0] != years[1] or not until.value[:4].isdigit():
            return None
        return DateValue(str(int(until.value[:4]) - years[0]))

    def _org_noun_after(
        self, ctx: SentenceContext, cue_end: int, recent_orgs: list[Mention]
    ) -> list[Mention]:
        """ "the band", "the station" right after a cue: an organisation named before it in the
        sentence, else the text's main one just before, as a mention where the noun stands."""
        noun = _ORG_NOUN_AFTER.match(doc_text(self.doc), cue_end, ctx.end)
        if noun is None:
            house = self._house_after(cue_end, ctx.end)
            return [house] if house is not None else []
        earlier = sorted(
            [m for m in self._employers_in(ctx) if m.span.end <= cue_end]
            + self._untagged_orgs(ctx.start, cue_end),
            key=lambda m: m.span.start,
        )
        # the most named of those before it in the sentence ("who has fronted Brightwater TV's Rise
        # and Shine, will leave the channel": not the show the tagger took for a company)
        everywhere = len(doc_text(self.doc))
        named = sorted(earlier, key=lambda m: len(self.index.mentions_of_kind(m.entity, 0, everywhere)))[
            -1:
        ] or [
            # from the sentences before, only the organisation the text is about (named again and
            # again): "the second exit at Beacon this year. In February, ... left the company"
            m
            for m in recent_orgs[-1:]
            if self._can_employ(self.index.name(m.entity))
            and len(self.index.mentions_of_kind(m.entity, 0, everywhere)) >= _TOPIC_MENTIONS
        ]
        return [
            Mention(entity=m.entity, text=noun.group("noun"), span=Span(noun.start("noun"), noun.end("noun")))
            for m in named
        ]

    def _founded_the_house(self, ctx: SentenceContext) -> None:
        """ "Tito Verdi founded the house in 1979 with his wife, Rosa Verdi": the founders of the
        house the text named (`_house_after`) own it."""
        text = doc_text(self.doc)
        for match in re.finditer(r"\b(?:co-?)?founded(?=\s+the\s+house\b)", text[ctx.start : ctx.end]):
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            house = self._house_after(cue_end, ctx.end)
            earlier = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
            subject = self._subject_person(ctx, cue_start, earlier)
            if house is None or subject is None:
                continue
            joint = _FOUNDED_WITH.match(text, house.span.end, ctx.end)
            partners = [
                p for p in ctx.people if joint and p.via == "name" and p.start == joint.end() and p != subject
            ]
            owners = [subject, *partners[:1]]
            date = self._date_near(ctx, house.span.end)
            for person in owners:
                self._add(
                    ctx,
                    person.key,
                    "owns",
                    house.entity,
                    cue_start=cue_start,
                    cue_end=house.span.end,
                    date=date,
                    explicit=date is not None,
                )

    def _house_after(self, at: int, end: int) -> Mention | None:
        """ "has worked at the house since 2011", "founded the house in 1979": "the house" right
        at `at` is the one organisation the text calls a house in apposition ("Casa Verdi, the
        Milanese house known for ..."), as a mention where the noun stands."""
        text = doc_text(self.doc)
        noun = _THE_HOUSE.match(text, at, end)
        if noun is None:
            return None
        houses = {
            m.entity
            for m in self.index.mentions
            if m.entity.startswith("organisation:") and _HOUSE_APPOSITION.match(text, m.span.end)
        }
        if len(houses) != 1:
            return None
        return Mention(
            entity=houses.pop(), text=noun.group("noun"), span=Span(noun.start("noun"), noun.end("noun"))
        )

    def _untagged_orgs(self, start: int, end: int) -> list[Mention]:
        """Where the text in [start, end) spells an organisation the tagger found elsewhere but
        not there ("At Hearth FM she will ..."): mentions of it, in text order."""
        text = doc_text(self.doc)
        tagged = {(m.span.start, m.entity) for m in self.index.mentions_of_kind("organisation:", start, end)}
        found: list[Mention] = []
        for key, entity in self.index.entities.items():
            if not key.startswith("organisation:") or not self._can_employ(entity.name):
                continue
            for hit in re.finditer(rf"(?<![\w-]){re.escape(entity.name)}(?![\w-])", text[start:end]):
                if (start + hit.start(), key) not in tagged:
                    found.append(
                        Mention(
                            entity=key, text=entity.name, span=Span(start + hit.start(), start + hit.end())
                        )
                    )
        return sorted(found, key=lambda m: m.span.start)

    def _possessor_to_owned(self, ctx: SentenceContext, person: Person, candidates: list[Person]) -> Person:
        """`person`, or when it is only a possessor before a noun and a name in apposition
        ("Hana and Duncan's son, Ewan Reid, ..."), that name."""
        text = doc_text(self.doc)
        owned = [
            p
            for p in candidates
            if p.via == "name"
            and p.start > person.end
            and _POSSESSOR_TO_OWNED.fullmatch(text[person.end : p.start])
        ]
        return owned[0] if owned else person

    def _apposed_subject(self, ctx: SentenceContext, offset: int, candidates: list[Person]) -> Person | None:
        """The named person in apposition to the subject of the verb at `offset`, when the
        subject is a noun ("Her co-host, Bilal Qureshi, 39, will stay at X")."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = span[0]
        for _ in range(3):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i:
                break
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for apposed in (a for a in subject.children if a.dep_ == "appos"):
                for person in candidates:
                    if person.via == "name" and person.start <= apposed.idx < person.end:
                        return person
        return None

    def _work_of_name(self, org: Mention) -> str | None:
        """The work of the same name as an organisation mention, when the text names one (a show
        the tagger took for a company in one sentence and for a work in another)."""
        name = self.index.name(org.entity)
        return next(
            (k for k, e in self.index.entities.items() if k.startswith("work:") and e.name == name), None
        )

    def _left_for(
        self, ctx: SentenceContext, workers: list[Person], cue_start: int, cue_end: int, after: list[Mention]
    ) -> None:
        """ "only left for Brightwater in 2012", "quits X for rival Y": with no organisation
        left named, the one after "for" is the job taken up then."""
        text = doc_text(self.doc)
        joined = [m for m in after if _LEFT_FOR.fullmatch(" " + text[cue_end : m.span.start].lstrip())][:1]
        if not joined or self._contract_only("left", joined[0]):
            return
        worker = self._subject_person(ctx, cue_start, workers) or workers[-1]
        date = self._date_near(ctx, joined[0].span.end)
        self._add(
            ctx,
            worker.key,
            "employer",
            joined[0].entity,
            cue_start=cue_start,
            cue_end=joined[0].span.end,
            date=date,
            explicit=date is not None,
        )

    def _joined_from(
        self,
        ctx: SentenceContext,
        worker: Person,
        joined: Mention,
        after: list[Mention],
        date: DateValue | None,
    ) -> None:
        """ "joined the Comets from Croatian side RNK Marjan in 2019": the organisation after
        "from" is the one left, the job there ending when the new one began."""
        text = doc_text(self.doc)
        gap = _JOINED_THEN_FROM.match(text, joined.span.end)
        if gap is None:
            return
        left = [m for m in after if m.span.start == gap.end() and m.entity != joined.entity]
        if not left or self._contract_only("left", left[0]):
            return
        self._add(
            ctx,
            worker.key,
            "employer",
            left[0].entity,
            cue_start=joined.span.start,
            cue_end=left[0].span.end,
            end=date or self.report_date,
        )

    def _founded_by(self, ctx: SentenceContext) -> None:
        """ "Magpie Street, founded by Lindgren-Shaw in 2014, ...", "Harlow & Finch was founded in
        Northampton in 1894 by Ada Harlow and Thomas Finch": the people named after "by" own it.
        A place named as the first words of an organisation of the text ("Magpie Street" of
        "Magpie Street Productions") is that organisation's short name."""
        text = doc_text(self.doc)
        org_names = [e.name for k, e in self.index.entities.items() if k.startswith("organisation:")]
        short = [
            m for m in ctx.places if any(n.startswith(self.index.name(m.entity) + " ") for n in org_names)
        ]
        for org in [*ctx.organisations, *short]:
            by = _FOUNDED_BY_NAME.match(text, org.span.end, ctx.end)
            if by is None:
                continue
            first = [p for p in self._named(ctx) if p.via == "name" and p.start == by.end()]
            if not first:
                continue
            founders = first
            for person in ctx.people:
                if (
                    person.via == "name"
                    and person.start > founders[-1].end
                    and LIST_JOINT.fullmatch(text[founders[-1].end : person.start])
                ):
                    founders.append(person)
            year = re.search(rf"\b({YEAR})\b", text[org.span.end : by.end()]) or re.match(
                rf"\s+in\s+({YEAR})\b", text[founders[-1].end : ctx.end]
            )
            date = DateValue(year.group(1)) if year else None
            target = org.entity
            if org in short:
                name = self.index.name(org.entity)
                target = next(
                    k
                    for k, e in self.index.entities.items()
                    if k.startswith("organisation:") and e.name.startswith(name + " ")
                )
            for person in founders:
                self._add(
                    ctx,
                    person.key,
                    "owns",
                    target,
                    cue_start=org.span.start,
                    cue_end=person.end,
                    date=date,
                    explicit=date is not None,
                )

    def ownership(self, ctx: SentenceContext) -> None:
        """ "her National Women's Soccer League team, Angel City FC", "co-founded X", "co-founded
        the restaurant group X in 2012", "founded his firm, X, in 2005", "the couple went into
        business together, co-founding the production company X"."""
        self._founded_by(ctx)
        starts = relation_lexicon().verbs["owns_start"].pattern + "|" + _employment_cues().owns_start.pattern
        text = doc_text(self.doc)
        self._founded_the_house(ctx)
        for org in ctx.organisations:
            if _MODIFIER_AFTER.match(text, org.span.end):
                continue  # "runs the Michelin-starred restaurant X": a word of praise, no business
            named = _FOUNDER_AFTER_ORG.match(text[org.span.end : org.span.end + 40])
            founders = [
                p
                for p in self._named(ctx)  # (names only: no pronoun of the sentence resolved)
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
                if "run" in described.group("verb") and _RUNS_ITS.search(
                    text, org.span.start - 40, org.span.start
                ):
                    who = []  # "she runs its restaurant, X, which she runs": a job, not her own
                if who and "found" in described.group("verb"):
                    # "X, which Ana founded in 2019 with her business partner Bo Lind": Bo too
                    joint = _FOUNDED_WITH.match(text, described.end(), ctx.end)
                    who += [
                        p
                        for p in ctx.people
                        if joint and p.via == "name" and p.start == joint.end() and p not in who
                    ][:1]
                    if described.group("who") != "they":
                        who = [who[0], *[p for p in who[1:] if p.start > described.end()]]
                for person in who[:2] if described.group("who") == "they" or len(who) == 2 else who[:1]:
                    date = (
                        self._date_near(ctx, described.end()) if "found" in described.group("verb") else None
                    )
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
                    # ("the two co-own Pim")
                    r"\b(her|his)\s+(?:[\w’'-]+\s+){0,5}team\s*,\s*$|\b(co-?founded|owns|founded|co-own|co-owns|co-owned)\s+$",
                    before,
                )
                or _OWNS_SHARE.search(before)
                or re.search(
                    # a short noun phrase between: "the restaurant group ", "his firm, ", "a label called "
                    rf"(?:{starts})\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:{_NOUN_WORD}\s+){{0,3}}?"
                    rf"(?:{_NOUN_WORD}(?:,\s*|\s+called\s+|\s+named\s+))?"
                    # "opened her second restaurant, the bistro X": the kind again in apposition
                    rf"(?:(?<=,\s)(?:the|a|an)\s+(?:[a-z-]+\s+){{1,2}})?$",
                    before,
                    re.IGNORECASE,
                )
            )
            own_firm = None if owner else _OWN_FIRM.search(before)
            whose = None if owner or own_firm else _WHOSE_FIRM.search(before)
            if whose:
                whose_at = org.span.start - len(before) + whose.start()
                for person in [p for p in self._named(ctx) if p.via == "name" and p.end == whose_at][:1]:
                    self._add(ctx, person.key, "owns", org.entity, cue_start=whose_at, cue_end=org.span.end)
                continue
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
            if _THING_WHICH_BEFORE.search(text, max(ctx.start, cue_start - 20), cue_start):
                continue  # "the phone maker, which launched X in 2015": a company's, no one named
            earlier = [p for p in ctx.people if p.end <= cue_start]
            couple = [p for p in earlier if p.via == "couple"]
            subject = self._subject_person(ctx, cue_start, [p for p in earlier if p.via != "couple"])
            owners = [subject] if subject else couple or earlier[-1:]
            # a founding is dated by its clause ("founded X in 2005"); owning a team is not an event
            founding = re.match(
                # ("opened X in 2015 with her husband, Y": an opening founds a business)
                r"(?:co-?)?found|launch|start|set up|establish|open|reopen",
                owner.group(0),
                re.IGNORECASE,
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
