"""Which date, start and end a claim gets from its text: one job, for `claim_builder`.

A rule finds a relation and perhaps the date its clause gives; these methods pick, by the
claim's predicate, which of the dates around it (found by `date_lookup.DateLookup`) it takes
instead: an age said in the present tense, a relation noun closed by its date, an undated split
dated by the next sentence's announcement, a divorce dated by its finalizing, ended relations,
homes bought, job spans, foundings, parts dated by the work's release, a listicle's section or
heading dates, and the report's date for a state said to hold now. Also: a parting "after N years
of marriage" ends what it counts and starts it N years before; a job or a show's part taken now
or to come ("is leaving X to join Y", "has been named host of Y") is dated by its stated date or
the report; a proposal, an introduction, a petition or a statement told in a sentence of its own
(the phrasings of data/fact_dates.toml).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from allegedly.model import Claim, DateValue
from allegedly.understand.date_lookup import CLAUSE_BREAK, DateLookup, breaks_before
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import SentenceContext
from allegedly.understand.time.infer import ORDINALS
from allegedly.understand.time.lexicon import lexicon
from allegedly.understand.time.sections import dated_sections, section_at


@cache
def _rules() -> dict[str, Any]:
    """The phrasings of data/fact_dates.toml, read once."""
    with resources.files("allegedly.data").joinpath("fact_dates.toml").open("rb") as handle:
        return tomllib.load(handle)


def date_rules(section: str) -> dict[str, Any]:
    """One section of data/fact_dates.toml (for the timeline's deaths)."""
    return dict(_rules()[section])


def _phrases(section: str, key: str) -> str:
    """A list of data/fact_dates.toml as one regex group, longest first, any blank between words."""
    words = sorted(_rules()[section][key], key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + ")"


# Predicates whose claim holds "as of" the report when the sentence gives no time (an employer
# is "as of" only while held; a quit gives an end instead, so it is left out below).
_AS_OF_PREDICATES = frozenset({"engaged", "partner", "residence", "age", "employer"})
# Of those, the relations that start with an event the text may date elsewhere ("He proposed in
# May", "they started dating in January"): that start is the fact's date, and a claim that only
# says the relation holds at the report ("the couple are engaged") then carries no date, rather
# than the report's day, which would outrank a month or a year as the more precise.
_STARTED_ELSEWHERE = frozenset({"engaged", "partner"})
# The same for a home: "moved to Leeds in 1985" dates the residence that "died at his home in
# Leeds" would otherwise date by the report.
_SUPERSEDED = _STARTED_ELSEWHERE | {"residence"}

# A relationship-timeline listicle heads each section with a date: "2015: They meet on the set
# of X", "June 2021 — They tie the knot", "2019" (time/sections.py finds them).  A couple's claim
# in such a section (or in its heading) that the sentence itself leaves undated happened then.
# What a section's date may date: the events of a couple's story and a part in a work (the
# section's year is when it was made: "2015: They meet on the set of X ... played the lead"),
# never an age, a job or an ownership (states that outlast the section).
_HEADING_DATED = frozenset(
    {
        "met",
        "partner",
        "engaged",
        "spouse",
        "separated",
        "divorced",
        "affair",
        "child",
        "residence",
        "appeared_in",
        "choreographed",
    }
)
_HEADING_DATED_ONLY = frozenset({"appeared_in", "choreographed"})


# A relative clause that says since when a job or a home has been held: "a researcher at the
# Institute, where he has worked since 2008", "Boston, where she has lived since 2015".
_WHERE_SINCE = re.compile(
    r"^[^.;]{0,80}?\b(?:where|there)\s+(?:he|she|they|[A-Z][\w-]+)\s+(?:has|have|had)\s+(?:\w+\s+){0,2}?"
    r"since\s+(?P<year>(?:19|20)\d\d)\b"
)
_SINCE_DATED = frozenset({"employer", "residence"})
# Relations a span of years opening their clause dates: "From 2015 to 2017 she was in a
# relationship with X", "between 2003 and 2007 he worked for Y" (a start and an end).
_RANGED = frozenset({"partner", "spouse", "engaged", "employer", "residence"})
# Or the clause itself says since when: "has lived in Leeds since 2014", "has been a producer at
# X since 2022" (the start of the state, not the report's date).
_SINCE_IN_CLAUSE = re.compile(r"^[^.;:]{0,80}?\bsince\s+(?P<year>(?:19|20)\d\d)\b")
# The clause's "since" before a date that is no bare year ("since September", "since last
# spring"): the tagger's date of it.
_SINCE_BEFORE = re.compile(r"^[^.;:]{0,80}?\bsince\s+$")
# A relation noun between a cue and its "since": the date is the relation's, not the home's or the job's.
_RELATION_NOUN = re.compile(
    r"\b(?:partner|girlfriend|boyfriend|husband|wife|fianc[ée]e?|spouse|lover)\b", re.IGNORECASE
)
# A home bought, told right after its place: "still lives in the Malibu house the couple bought in 1975".
_HOME_BOUGHT_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:house|home|property|estate|mansion|apartment|flat|villa|ranch|farmhouse|cottage)\s+"
    r"(?:that\s+|which\s+)?(?:he|she|they|the\s+(?:couple|pair|family))\s+(?:bought|purchased|built)\s+"
    r"in\s+(?P<year>(?:19|20)\d\d)\b"
)
# A home moved into or bought in the clause before its place: "moved into a house together in
# Leeds in 2024" is dated by the year after the place, not held "as of" the report.
_MOVED_IN_BEFORE = re.compile(r"\b(?:moved|relocated|bought|purchased)\b[^.;,]{0,40}$", re.IGNORECASE)
# A relation that lasted a while and then ended, in the next clause: "dated X for about three
# years; the two split in 2013" (2010 to 2013), "was married to X for six years before they
# divorced in 2019" is _LASTED_UNTIL's.
# ("was engaged to X for about a year, but that ended in 2013": the relation itself the subject)
_LASTED_THEN_ENDED = re.compile(
    r"^[^.]{0,60}?\bfor\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>[\w-]+)\s+years?\s*"
    r"(?:;|,|\band\b)\s*(?:but\s+)?(?:then\s+)?(?:the\s+(?:two|couple|pair)|they"
    r"|(?P<it>that|it|the\s+(?:engagement|relationship|romance|marriage)))\s+"
    r"(?(it)ended|(?:split|broke\s+up|separated|divorced|parted(?:\s+ways)?|called\s+it\s+quits))\s+"
    r"(?:[\w-]+\s+){0,2}?in\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Or before the couple parted, in a clause of its own: "dated X for three years before they split
# in June 2021" (the end is the date after the parting verb, the start that year less the count).
_LASTED_BEFORE_THEY = re.compile(
    r"^[^.;]{0,60}?\bfor\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>[\w-]+)\s+(?P<unit>years?|decades?)\s+"
    r"(?:before|until)\s+(?:they|the\s+(?:two|couple|pair))\s+(?:finally\s+|eventually\s+)?"
    r"(?:split(?:\s+up)?|broke\s+up|separated|divorced|parted(?:\s+ways)?|called\s+it\s+(?:off|quits))\b",
    re.IGNORECASE,
)
# A couple's start and end told after a semicolon: "was engaged to X for two years; the couple
# announced their engagement in 2014 and called it off in 2016".
_STARTED_THEN_ENDED = re.compile(
    r"^[^.;]{0,80};\s*(?:they|the\s+(?:two|couple|pair))\s+[^.;]{0,50}?\bin\s+(?P<start>(?:19|20)\d\d)\s+"
    r"and\s+(?:then\s+|later\s+)?(?:called\s+it\s+(?:off|quits)|split(?:\s+up)?|broke\s+up|separated|divorced|"
    r"parted(?:\s+ways)?|ended\s+it)\s+(?:[\w-]+\s+){0,2}?in\s+(?P<end>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ENDED_PAIRS = frozenset({"partner", "spouse", "engaged"})
# How long a couple "have been together" at the report: "have been together nine years this
# autumn", "has been married for 12 years" (the start is the report's year less the count; a
# season or "now" after the count only says when the anniversary falls).
_TOGETHER_FOR = re.compile(
    r"\b(?:have|has|'ve|’ve)\s+been\s+[\"“]?(?:happily\s+)?(?:together|married|dating|a\s+couple)"
    # "has been married to X for ten years" (a name of at most four words)
    r"(?:\s+to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # "has been married to his wife, X, for twelve years"
    r"|\s+to\s+(?:his|her|their)\s+(?:wife|husband|partner|spouse)(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*,)?)?"
    r"\s+(?:for\s+)?"
    r"(?:about\s+|almost\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+)?(?P<n>[\w-]+)\s+(?P<unit>years?|decades?)\b",
    re.IGNORECASE,
)
# A couple's parting, before "after nine years of marriage".
_PARTING_VERB = re.compile(
    r"\b(?:split(?:\s+up)?|separated|divorced|broke\s+up|parted(?:\s+ways)?|called\s+it\s+quits|ended\s+their)\b",
    re.IGNORECASE,
)
# A parting as an event, for the count "after N years of marriage" before or after it: a parting
# verb, a divorce filed for, a split announced ("have announced their separation").
_PARTING_EVENT = re.compile(
    _PARTING_VERB.pattern + r"|\bfiled\s+for\s+(?:a\s+)?divorce\b"
    r"|\b(?:announc|confirm|reveal)\w*\s+(?:their|his|her)\s+(?:split|separation|divorce|break-?up)\b",
    re.IGNORECASE,
)
_FILED_FOR = re.compile(r"(?i:\bfiled?\s+for\b)")
# Such an announcement in the present perfect: news at the report.
_ANNOUNCED_NOW = re.compile(
    r"\b(?:have|has|'ve|’ve)\s+(?:now\s+|officially\s+|jointly\s+)?(?:announc|confirm|reveal)\w*\s+(?:their|his|her)\s+"
    r"(?:split|separation|divorce|break-?up)\b",
    re.IGNORECASE,
)
# Or told before it as a modifier: "ended his six-year marriage to X in 2019" (married in 2013).
_N_YEAR_BEFORE = re.compile(r"\b(?P<n>[a-z]+|\d{1,2})-year(?:-long|-old)?\s+$", re.IGNORECASE)
# A relation noun's length in its cue: "his wife of six years".
_OF_N_YEARS = re.compile(r"^[\w-]+\s+of\s+(?P<n>[\w-]+)\s+years?\b", re.IGNORECASE)
# A relation's length in the past perfect, then its parting: "who had been together for four years,
# announced their split in January" (the date the rule took is the parting's).
_HAD_BEEN_BEFORE = re.compile(r"\bhad\s+$", re.IGNORECASE)
_FOR_N_YEARS = re.compile(
    r"^\s+for\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>[\w-]+)\s+(?P<unit>years?|decades?)\b",
    re.IGNORECASE,
)
# A union told as still holding at another event: "was still married to X when ..."
_STILL_BEFORE = re.compile(r"\bstill\s+$", re.IGNORECASE)
# A former partner's cue: "ex-husband", "ex-wife", "ex".
_EX_CUE = re.compile(r"(?i:ex\b|ex-)")
# A parting told in the present perfect: "have split", "has officially separated".
_PARTED_NOW = re.compile(
    r"\b(?:have|has|'ve|’ve)\s+(?:now\s+|officially\s+|reportedly\s+|quietly\s+)?"
    r"(?:split(?:\s+up)?|separated|divorced|broken\s+up|called\s+it\s+quits|parted\s+ways)\b",
    re.IGNORECASE,
)
# How long a relation lasted before the end the sentence dates: "split in 2023 after nine years of
# marriage", "announced their divorce after six years together" (the start is the end less that).
_AFTER_YEARS_OF = re.compile(
    r"\bafter\s+(?:about\s+|almost\s+|nearly\s+|roughly\s+|more\s+than\s+)?(?P<n>[\w-]+)\s+(?P<unit>years?|decades?)\s+"
    r"(?:of\s+(?:marriage|dating|being\s+together)|together|as\s+a\s+couple|as\s+(?:husband|wife)\s+and\s+(?:husband|wife))\b",
    re.IGNORECASE,
)
# A hiring told before a job's end in the same sentence: "X put him under contract", "X signed her",
# "joined X", "hired by X".
_HIRED = re.compile(
    r"\b(?:put\s+(?:him|her|them)\s+under\s+contract|signed\s+(?:him|her|them)|hired\s+(?:him|her|them)|"
    r"joined|(?:was|were)\s+(?:hired|signed)\s+by)\b",
    re.IGNORECASE,
)
# A child's birth told right after the child: "a daughter, Ada, followed two years later", "the
# twins Ada and Bea, who were born in 2004".
# ("Dafydd, born three years later", "a son, Alaric, born last year": the participle alone)
_BORN_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w-]+)?\s*,?\s*(?:who\s+)?(?:followed|arrived|came\s+along|(?:(?:was|were)\s+)?born)\b"
)
# Children the claim names as twins or triplets ("his twins, Ada and Bo"), whose birth a later
# sentence of the paragraph tells ("The twins were born in March 2020": `_twins_born_later`).
_MULTIPLE_BIRTH = re.compile(r"\b(twins|triplets)\b", re.IGNORECASE)
_MULTIPLE_BORN = {
    kind: re.compile(rf"\bthe\s+{kind}\s+were\s+born\b", re.IGNORECASE) for kind in ("twins", "triplets")
}
# A child had or welcomed, then its date right after its name: "had a daughter, Liv, the next year",
# "welcomed a son, Cas, in 2021", a parent's own words "we adopted our son, Ivo, in 2020".
# ("they were blessed with daughter Mira in 2012": no determiner needed after "blessed with")
_HAD_CHILD_BEFORE = re.compile(
    r"\b(?:(?:had|welcomed|adopted|gave\s+birth\s+to)\s+(?:their|her|his|our|a|an|the)"
    r"|(?:were|was|been)\s+blessed\s+with(?:\s+(?:their|her|his|our|a|an|the))?)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A second birth told with its verb left out: "A was born in 1963 and their son, B, in 1966" (the
# child's name, then at once the date; the sentence said "was born" before it).
_GAPPED_BIRTH = re.compile(r"^\s*,\s*(?:in|on)\s+(?=[A-Z0-9])")
_WAS_BORN = re.compile(r"\b(?:was|were)\s+born\b", re.IGNORECASE)
# An adoption told before the child's name, and a next sentence that opens with the birth.
_ADOPTED_BEFORE = re.compile(
    r"\badopted\s+(?:their|her|his|our|a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
_PRONOUN_WAS_BORN = re.compile(r"^\s*(?:She|He)\s+was\s+born\b")
# A relation's length right after its cue and its other party: "dated a fellow comic, X, for about
# three years" (the name is at most a few words, the length in years; "nearly four years" before an
# end in 2024 may have begun in 2020 or 2021, so it dates nothing).
_FOR_YEARS_AFTER_CUE = re.compile(
    r"[^.;:!?]{0,60}?\bfor\s+(?:about\s+|roughly\s+|just\s+over\s+)?(?P<n>[\w-]+)\s+years?\b",
    re.IGNORECASE,
)
# "since" right before a later clause's date: that clause tells a start of its own ("In March she
# was fired from the show, where she had been a judge since 2021"), which the opening date is not.
_SINCE_BEFORE_DATE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A date that opens its sentence: "In 1980 ...", "In March 2019, ..."
_OPENING_IN = re.compile(r"\s*(?i:in|during)\s+")
# Right before a parting's noun, a preposition of a topic: "court files involving their split",
# "a row over their divorce" (the sentence's date is the files' or the row's, `_parting_as_topic`).
_TOPIC_BEFORE = re.compile(
    r"\b(?:involving|regarding|concerning|about|over|surrounding)\s+(?:their|the|his|her)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A birth told in a sentence: only then does a "when" clause's date date a child.
_BIRTH_WORD = re.compile(r"\b(?:born|birth|welcom\w*|arriv\w*|deliver\w*|adopt\w*)\b", re.IGNORECASE)
_DATE_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:(?:in|on|during|around)\s+)?", re.IGNORECASE)
# "Soon after" a date told before: opening the cue's sentence ("Shortly after, they got engaged")
# or closing its clause ("and they began dating soon after").
_SOON_AFTER_OPENS = re.compile(
    r"^\W*(?:(?:very|not\s+long|soon|shortly)\s+(?:after(?:wards?)?|thereafter)|soon)\s*,?\s+\S+\s+(?:\S+\s+)?$",
    re.IGNORECASE,
)
_SOON_AFTER_CLOSES = re.compile(
    r"^(?:\s+[a-z]+){0,2}?\s+(?:soon|shortly|not\s+long)\s+(?:after(?:wards?)?|thereafter)\s*[.;]",
    re.IGNORECASE,
)
# A year written out: near "together nine years", it may date the relation itself.
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A child's birthday told right after the child: "Our daughter, Isla, turned four in June" (born
# in June four years before that June).
_TURNED_AGE = re.compile(r"^\s*,?\s*(?:who\s+)?(?:just\s+)?turned\s+(?P<n>[\w-]+)\s+(?:in|on|last|this)\b")
# Or the birthday to come: "a son, Corin, who turns 3 this summer" (born that season, three years
# before; only the year is kept when the birthday is a season, not a month or a day).
_TURNS_AGE = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:turns|will\s+turn|is\s+turning|will\s+be)\s+(?P<n>[\w-]+)\s+(?:in|on|next|this)\b"
)
# An infant's age in months, with the day it was reached: "Remi, who turned 10 months old last week".
_TURNED_MONTHS = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:just\s+)?turned\s+(?P<n>[\w-]+)\s+months?(?:\s+old)?\s+(?:in|on|last|this)\b"
)
# A birthday just had, with no date: "her daughter, X, \"who just turned 6\"" (born that many years
# before the report's year).
_JUST_TURNED = re.compile(
    r"^\s*,?\s*[\"“]?\s*(?:who\s+)?(?:just|recently)\s+turned\s+(?P<n>[\w-]+)\b(?!\s+(?:in|on|last)\b)"
)
# A birth told as news in the present perfect before the child: "have welcomed their third child,
# a daughter named X" (born in the report's month).
_WELCOMED_NOW = re.compile(r"\b(?:have|has|'ve|’ve)\s+(?:just\s+)?welcomed\b", re.IGNORECASE)
# A couple's relation closed by the date it began, after an apposition: "has lived with her
# partner, the novelist X, since 2018" (the rule stops at the name; the date is the start).
_SINCE_AFTER_NAME = re.compile(r"^\s*,?\s*since\s+$")
_SINCE_PAIRS = frozenset({"partner", "spouse"})
# An age told in the present in its own cue: "their daughter, X, who is 7" (as of the report, not
# a year told earlier in the sentence: "who married me in 2016").
# Or a relative clause about the person after the age, telling a past event: "the drummer X, 29, who
# joined in early 2024" (the age is the writer's now; not an age at a death or a birth).
_WHO_DID_AFTER = re.compile(
    r"^\s*,?\s*who\s+(?![^.;]*\b(?:died|dies|killed|born|aged|was\s+\d)\b)", re.IGNORECASE
)
# An age set beside a name with commas, "Dane, 38,", not a past one ("then 33", "aged 80").
_APPOSED_AGE = re.compile(r"(?<!\bthen)(?<!\baged)(?<!\bat)(?<!\bage),\s*\d{1,3}\s*,?$", re.IGNORECASE)
_AGE_IS_NOW = re.compile(r"\bwho\s+is\s+(?:now\s+|just\s+)?(?:\d{1,3}|[a-z]+)\b", re.IGNORECASE)
# An age in the past tense right after a death ("... died on Sunday at his home. He was 91."):
# the age at the death, dated by it rather than by the report.
_AGE_AT_DEATH = re.compile(r"^\s*(?:He|She|They)\s+(?:was|were)\s+\d{1,3}\s*\.?\s*$")
# A couple's event named after a count: "Five years after their split" (the split is dated by the
# text before the count, _reference_before).
_AFTER_THEIR = re.compile(r"\bafter\s+(?:their|his|her|the)\s+$", re.IGNORECASE)
_ENDS_AFTER = re.compile(r"(?i:\bafter)$")
# The title of a relationship timeline's heading that starts a couple's relation: "Spring 2017:
# They make it official", "2019 - Going public", "December 24, 2020: The proposal".
_TITLED_START = {
    "partner": re.compile(
        r"(?i:\b(?:make|makes|made|making)\s+it\s+official\b|\bgo(?:es|ing)?\s+public\b|\bwent\s+public\b"
        r"|\bstart(?:s|ed)?\s+dating\b|\bbegin(?:s)?\s+dating\b|\bfirst\s+date\b|\bofficially\s+a\s+couple\b)"
    ),
    "engaged": re.compile(
        r"(?i:\bthe\s+proposal\b|\bget(?:s)?\s+engaged\b|\bgot\s+engaged\b|\bengagement\b|\bpops?\s+the\s+question\b)"
    ),
}
# A marriage told of its partner by a description: "Nash married the tech investor in 2019".
_MARRIED_DESCRIBED = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+)\s+(?:married|wed)\s+(?:the|her|his)\s+(?:[a-z][\w-]*\s+){1,4}?(?:in|on)\s+"
)
# A day that fell on the couple's wedding anniversary: "arrived on the couple's third wedding
# anniversary" (the wedding was that many years before the day), and how far from it (characters)
# the text may name the day.
_ON_ANNIVERSARY = re.compile(
    r"\bon\s+(?:their|the\s+couple['’]s|his|her|our)\s+(?P<nth>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:wedding\s+)?anniversary\b",
    re.IGNORECASE,
)
_ANNIVERSARY_REACH = 300
# A relation named as the object of its announcement: "announced their engagement last month"
# dates the announcement, which a date of the event itself ("proposed in January") outranks.
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announc|confirm|reveal)\w*\s+(?:their|his|her|the)\s+$", re.IGNORECASE)

# A relation's event noun closed by its date, set off by a comma: "since her second marriage, to
# the sculptor X, in 2021" (the date ends the phrase: a full stop, a comma or a bracket after it).
_EVENT_NOUN_CUE = re.compile(
    r"(?:marriage|wedding|engagement|divorce|split|break-?up|separation|romance|relationship)s?\b",
    re.IGNORECASE,
)
_COMMA_THEN_DATE = re.compile(r"^\s*,\s*(?:in|on)\s+$", re.IGNORECASE)
_DATE_CLOSES = re.compile(r"^\s*(?:[.;)]|,|$)")
# An age said with a present-tense verb ("the 36-year-old works as", "X, 34, is") holds as of the
# report, whatever year a later clause names; these are the parser's present-tense verb tags.
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# The parser may take such a verb after "the 36-year-old" for a plural noun: the word right after
# the age, a present-tense form ("is", "has", a third-person "-s" that is not "-ss").
_PRESENT_VERB_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:now|still|currently|also|already)\s+)?(?!always\b|perhaps\b|afterwards\b|besides\b)"
    r"(?:is|are|has|have|does|[a-z]{2,}[a-rt-z]s)\b"
)

# The sentence after an undated event may date it (its subject the claim's pair, a pronoun or a
# description; no one else named there). A parting announced or confirmed: "Ada Roe and Ian Holt
# have called it quits. The singer announced the breakup on Instagram on Aug. 11", "A rep
# confirmed in September that the couple had decided to part ways"; the date is the first after
# the verb.
_PARTING_TOLD = re.compile(
    r"\b(?:announc|confirm|reveal|disclos)\w*\s+(?:(?:the|their|his|her)\s+(?:news\s+of\s+(?:the|their)\s+)?"
    r"(?:break-?up|split|separation|divorce)|it)\b"
    r"|\b(?:announc|confirm|reveal|disclos)\w*\b[^.;]{0,60}?\bthat\b[^.;]{0,80}?"
    r"\b(?:split|part(?:ed)?(?:\s+ways)?|broken?\s+up|separated|called\s+it\s+quits)\b",
    re.IGNORECASE,
)
# A parting reported in the present perfect by its own confirmation: "X confirmed on Thursday
# that he and his wife have separated", "announced on Monday that they had split" (the date sits
# between the verb and "that").
_CONFIRMED_THAT = re.compile(
    r"\b(?P<verb>(?:announc|confirm|reveal|disclos)\w*)\b[^.;\"“”]{0,40}?(?P<that>\bthat\b)"
    r"[^.;\"“”]{0,80}?\b(?:have|has|had)\s+(?:now\s+)?$",
    re.IGNORECASE,
)
# A divorce made final: "The divorce was finalized in January 2018", "finalized their divorce in
# December". It dates a divorce that was only filed for, and ends a marriage the text ended.
_DIVORCE_FINAL = re.compile(
    r"\bdivorce\s+(?:was|became|is)\s+(?:finali[sz]ed|final)\b|\bfinali[sz]ed\s+(?:the|their|his|her)\s+divorce\b",
    re.IGNORECASE,
)
# The couple's own divorce made final later in the sentence that tells their wedding.
_THEIR_DIVORCE_FINAL = re.compile(
    r"\btheir\s+divorce\s+(?:was|became)\s+(?:finali[sz]ed|final)\b|\bfinali[sz]ed\s+their\s+divorce\b",
    re.IGNORECASE,
)
# The cue of a divorce only filed for ("filed for divorce that June"): the divorce is dated by
# its finalizing when the text gives one.
_FILED_CUE = re.compile(r"filed?\b", re.IGNORECASE)
# A next sentence whose subject is the couple and whose verb parts them: "We were married for
# about five minutes. We got divorced in 2012" (the marriage ended then).
_PARTED_NEXT = re.compile(
    r"^\W*(?:we|they|the\s+(?:former\s+)?(?:couple|pair|two)|(?:he|she)\s+and\s+[\w'’-]+)\s+(?:(?:got|eventually|later|finally|then)\s+)?"
    r"(?:divorced|split(?:\s+up)?|separated|broke\s+up)\b"
    r"(?!\s+(?:the(?!\s+(?:following|next|same|previous)\b)|a|an|his|her|their|its)\b)",
    re.IGNORECASE,
)
# A romance told in the past tense by its cue: "whom she dated for three years".
_PAST_DATING_CUE = re.compile(r"(?i:dated\b)")
# A present perfect right before a cue: "have dated since 2019".
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|'ve|’ve)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# Or the parting in a second clause: "dated for three years before she met X, and they split in
# 2020".
_PAIR_PARTED_AND = re.compile(
    r",\s+and\s+(?:the\s+(?:two|couple|pair)|they)\s+(?:later\s+|finally\s+|eventually\s+)?"
    r"(?:split(?:\s+up)?|separated|broke\s+up|parted(?:\s+ways)?|called\s+it\s+(?:off|quits))\b",
    re.IGNORECASE,
)
# A past union, told right before its cue ("We were married", "had been married"): it may end in
# the next sentence.
_PAST_UNION_BEFORE = re.compile(r"\b(?:were|was|had\s+been)\s+$", re.IGNORECASE)
# After a semicolon, the pair's parting: "was in a relationship with X for two years; according to
# one paper, the pair split in 2023" (the past relation ended then).
_PAIR_PARTED_LATER = re.compile(
    r";[^;]{0,60}?\b(?:the\s+(?:two|couple|pair)|they)\s+(?:later\s+|finally\s+|eventually\s+)?"
    r"(?:split(?:\s+up)?|separated|broke\s+up|parted(?:\s+ways)?|called\s+it\s+(?:off|quits))\b",
    re.IGNORECASE,
)
# A marriage said as a state, "married" right after "was"/"were" ("At the time, X was married to Y").
_MARRIED_STATE = re.compile(r"(?i:married\b)")
# Right before a couple's relation, the verb that ended it: "recently ended his three-year
# relationship with X", "split from his wife of six years, X" (the relation has an end).
_ENDED_BEFORE_CUE = re.compile(
    r"\b(?:ended|ends|ending|split\s+(?:from|with)|separated\s+from|broke\s+up\s+with|divorced)\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ENDED_BY_VERB = frozenset({"spouse", "partner"})
# A home bought, told in the next sentence with the home named again: "X and Y have put their
# home in Malibu on the market. The couple bought the four-bedroom house in 2018" (they have
# lived there since).
_HOME_BOUGHT_NEXT = re.compile(
    r"^\W*(?i:the\s+(?:couple|pair|two|family)|they|he|she)\s+"
    r"(?:(?i:first|originally)\s+)?(?i:bought|purchased|acquired|built)\s+"
    r"(?i:it\b|(?:the|their|that)\s+(?:[\w-]+\s+){0,3}?(?:house|home|property|estate|mansion|apartment|"
    r"condo|villa|ranch|farmhouse|penthouse|loft|cottage)s?\b)"
)
# How long a job lasted, told before it: "spent a decade as a correspondent for X, which she left
# in 2010" (2000 to 2010), "spent nine years at X before leaving in 2020".
_SPENT = r"\bspent\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>[\w-]+)\s+(?P<unit>decades?|years?)"
_SPENT_YEARS = re.compile(_SPENT + r"\b[^.;]{0,60}$", re.IGNORECASE)
# A job left for another: "joined the company from X in 2020" (X was the employer until 2020); the
# next sentence may say how long it lasted: "She spent nine years at X".
_JOINED_FROM = re.compile(
    r"^(?:joined|came\s+to|moved\s+to)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE
)
_SPENT_YEARS_AT = re.compile(_SPENT + r"\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’-]*)", re.IGNORECASE)
_NOW_WORDS = frozenset({"now", "currently", "at present"})
# A job begun: "joins the BBC as a commentator", "signed with X".
_JOINS = re.compile(r"(?:join(?:s|ed)?|sign(?:s|ed)\s+with)\b", re.IGNORECASE)
_JOINS_BEFORE = re.compile(r"\b(?:join(?:s|ed)?|sign(?:s|ed)\s+with)\s+(?:the\s+)?$", re.IGNORECASE)
# A firm founded or opened by its owner (the owning starts then): "last year opened a boutique
# hotel, X", "left the company to start her own production firm, X".
_FOUNDING_VERBS = (
    r"(?:(?:co-?)?found(?:ed|s|ing)?|launch(?:ed|es|ing)?|start(?:ed|s|ing)?|set\s+up|establish(?:ed|es|ing)?|"
    r"open(?:ed|s|ing)?)"
)
_FOUNDING_CUE = re.compile(_FOUNDING_VERBS + r"\b", re.IGNORECASE)
_FOUNDED_BEFORE = re.compile(
    r"\b" + _FOUNDING_VERBS + r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:own\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Or the founding told right after what was founded: "the bakery X, which she opened in 2017",
# "X, which he co-founded with Y in 2015" (the date follows the verb; "X, founded in 1990" may
# be someone else's founding).
_FOUNDED_AFTER = re.compile(
    r"^[\"”’']?\s*,?[\"”’']?\s*(?:(?:which|that)\s+(?:(?:he|she|they|the\s+(?:couple|pair|two))\s+|"
    r"[A-Z][\w'’-]+\s+(?:and\s+[A-Z][\w'’-]+\s+)?)(?:first\s+|later\s+|then\s+)?)" + _FOUNDING_VERBS + r"\b"
)
# A part in a work is dated by the work's release (the convention of a section's year, above):
# the release told right after a mention of the work anywhere in the text ("the comedy X, which
# premiered on a streamer in 2021"), or by the next sentence about "the film" when the claim's
# sentence names that work only ("... in X. The film opens in cinemas on October 4").
_WORK_RELEASED_AFTER = re.compile(
    r"^[\"”’']?\s*,?[\"”’']?\s*(?:which|that)?\s*(?:first\s+)?"
    r"(?:(?:premiered|debuted|was\s+released|opened|aired|launched)\b[^.;]{0,50}?\bin|ran(?:\s+from)?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
    # or the year in brackets after the title: "The Iron Orchard" (1968)
    r"|^[\"”’']?\s*\((?P<bracketed>(?:19|20)\d\d)\)"
    # or its year as a modifier of its first showing: "X, finally lands on streaming after its 2022
    # festival run"
    r"|^[^.;()]{0,60}?\bits\s+(?P<its>(?:19|20)\d\d)\s+(?:festival\s+)?(?:run|premiere|release|debut|screening)\b"
)
# Or released at a time the text counts: "his final film, X, was released last year".
_WORK_RELEASED_WHEN = re.compile(
    r"^[\"”’']?\s*,?[\"”’']?\s*(?:which|that)?\s*(?:first\s+)?"
    r"(?:premiered|debuted|was\s+released|opened|aired|launched|came\s+out)\s+$"
    # or a release to come, perhaps after an apposition: "X, a period drama due in theaters next
    # year", "X, which is slated for release in March"
    r"|^[\"”’']?\s*,?[\"”’']?\s*(?:(?:which|that)\s+(?:is|are)\s+|(?:an?|the|her|his|their)\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?:due|set|slated|scheduled)\s+(?:out\s+|(?:for|to)\s+(?:release|premiere|open|air|debut)\s+|"
    r"(?:in|on)\s+(?:theaters|theatres|cinemas|screens|streaming)\s+)?(?:in\s+)?$"
)
# Or by its premiere, dated right after the work: "at the premiere of his new film, X, on May
# 23", "pictured at the X premiere in May" (the year of that date).
_PREMIERE_OF_BEFORE = re.compile(r"\bpremiere\s+of\s+(?:[\w'’-]+,?\s+){0,4}$", re.IGNORECASE)
_WORK_RELEASED_NEXT = re.compile(
    r"^\W*(?:(?i:the)\s+(?:film|movie|show|series|album|play|musical|thriller|comedy|drama|documentary)|It)"
    r"(?:\s+|\s*,\s*(?:(?i:which|that)\s+)?)"  # "The film, released in 2011, won ..."
    r"(?:(?i:opens|premieres|debuts|airs|is\s+released|comes\s+out|opened|premiered|debuted|aired|was\s+released|"
    r"released|first\s+aired|ran))\b"
)
# A work told as new right before its name: "Vikram's new film, X", "her latest album X" (the
# report's year; not "upcoming", which may be next year's).
_NEW_WORK_BEFORE = re.compile(
    r"\b(?:new|latest|newest)\s+(?:[\w-]+\s+)?(?:film|movie|series|show|album|drama|thriller|comedy|play|"
    r"musical|documentary|sitcom|record|single|feature)\s*,?\s*[\"“‘']?$",
    re.IGNORECASE,
)
# A part held since a year, told of the work by name or as "the show" (the last work named
# before): "has presented X since its first season in 2021", "Halvorsen has hosted the cooking
# series since 2020", "X, which she has fronted since it launched in 2014".
_HELD_PART_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:also|long|always|now)\s+)?(?:co-?)?"
    r"(?:hosted|presented|fronted|anchored|judged|narrated|starred\s+(?:in|on)|appeared\s+(?:in|on)|"
    r"played\s+[^.;]{1,80}?\s+(?:in|on)|been\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:host|presenter|judge|star|regular)"
    r"\s+(?:of|on|in))\s+"
    r"(?:(?P<what>[^.;]{0,60}?),?\s+)?since\s+(?:(?:its|the\s+(?:show|series|programme)['’]s)\s+"
    r"(?:first\s+season|launch|debut|premiere|first\s+episode)\s+in\s+|it\s+(?:launched|began|started|premiered|"
    r"debuted|first\s+aired)\s+in\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "the show": a description of a work, no name.
_WORK_DESCRIBED = re.compile(
    r"^(?:the|that|this)\s+(?:[\w-]+\s+){0,3}?(?:show|series|programme|program|drama|sitcom|soap|quiz|podcast|"
    r"franchise|competition|format|panel\s+show)$",
    re.IGNORECASE,
)


# Right before a relation's cue, a past tense: "was in a longtime relationship with", "was
# previously engaged to", "had been dating".  It held once, not as of the report, so the report's
# date does not date it.
_PAST_BEFORE_CUE = re.compile(
    r"\b(?:was|were|had\s+been|used\s+to)\s+(?:(?:previously|once|formerly|briefly|also)\s+)?(?:in\s+)?(?:an?\s+)?(?:[a-z-]+\s+)?$"
    r"|\b(?:previously|formerly|once)\s+(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)


# A home in the simple past: "Ostrander lived for a decade in a cottage in Hove" holds no
# longer ("has lived there for years", "have lived" still do).
_LIVED_BEFORE = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<![’']ve\s)\blived\b(?:\s+[\w-]+){0,7}\s*$"
)


# A home sold, right after it: "a bungalow in Los Feliz, which she sold in 2017 to X": lived in until then.
_SOLD_AFTER = re.compile(
    r"\s*,\s*which\s+(?:she|he|they|the\s+couple)\s+(?:later\s+|eventually\s+|finally\s+)?sold\b"
    r"[^.;]{0,40}?\bin\s+(?P<year>(?:19|20)\d\d)\b"
)


# A job held since its organisation began: "the frontman of X since the band formed in Leeds in 2012".
_SINCE_FORMED_AFTER = re.compile(
    r"\s+since\s+(?:the\s+(?:band|group|company|club|firm|label|troupe|studio|restaurant|brand)\s+"
    r"(?:was\s+)?(?:formed|founded|started|launched|began|opened)|its\s+(?:founding|formation|launch))"
    r"\b[^.;,]{0,40}?\bin\s+(?P<year>(?:19|20)\d\d)\b"
)
# An employer's own dates right after it: ", which he joined in 1999 and left in 2007".
# The joining of the employer told in a second verb of the clause, the employer named again by a
# noun: "is a physiotherapist with the Rovers women's team and joined the staff in 2021" (the job
# began then; the date is the first one right after the noun).
_JOINED_NOUN_AFTER = re.compile(
    r"^[^.;:]{0,80}?\band\s+(?:later\s+|first\s+)?joined\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:staff|club|team|company|firm|station|network|band|group|side|squad|board|practice|paper|"
    r"show|label|agency|department|newsroom|kitchen|restaurant|outfit|academy)\b",
    re.IGNORECASE,
)
_JOINED_LEFT_AFTER = re.compile(
    r"\s*,\s*which\s+(?:she|he|they)\s+(?:first\s+)?joined\s+in\s+(?P<joined>(?:19|20)\d\d)\b"
    r"(?:\s+and\s+(?:later\s+|finally\s+)?(?:left|quit)\s+in\s+(?P<left>(?:19|20)\d\d)\b)?"
)


# Session 14 families (their words in data/fact_dates.toml).
# The partings that end the relation "after N years of marriage/together" counted: its end.
_ENDING_PARTING = {
    "spouse": re.compile(r"\b" + _phrases("ending_partings", "spouse") + r"\b", re.IGNORECASE),
    "partner": re.compile(r"\b" + _phrases("ending_partings", "partner") + r"\b", re.IGNORECASE),
    "engaged": re.compile(r"\b" + _phrases("ending_partings", "partner") + r"\b", re.IGNORECASE),
}
# A parting said as news in the progressive ("are divorcing"): with "after N years of marriage"
# it is dated by the report when the text gives no date; so is a divorce filed for in the present
# perfect ("has filed for divorce").
_PARTING_PROGRESSIVE = re.compile(r"\b" + _phrases("parting_now", "progressive") + r"\b", re.IGNORECASE)
_FILED_NOW = re.compile(
    r"\b(?:has|have|'ve|’ve)\s+(?:now\s+|officially\s+)?filed\s+for\s+(?:a\s+)?divorce\b", re.IGNORECASE
)
# A job taken now or to come, right before the employer: "is leaving X to join Y", "has joined Y".
_JOINING_NOW = re.compile(
    r"\b(?P<verb>" + _phrases("joining_now", "before_employer") + r")\s+(?:the\s+)?[\"“]?$", re.IGNORECASE
)
_BECOMING_AT = re.compile(
    r"\b(?P<verb>" + _phrases("joining_now", "becoming") + r")\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:at|of|for|with)\s+(?:the\s+)?[\"“]?$",
    re.IGNORECASE,
)
_ROLE_BEFORE_EMPLOYER = (
    r")\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:at|of|for|with|by)\s+(?:the\s+)?[\"“]?$"
)
_APPOINTED_NOW = re.compile(
    r"\b(?P<verb>" + _phrases("joining_now", "appointed_now") + _ROLE_BEFORE_EMPLOYER, re.IGNORECASE
)
_APPOINTED_PAST = re.compile(
    r"\b(?P<verb>" + _phrases("joining_now", "appointed_past") + _ROLE_BEFORE_EMPLOYER, re.IGNORECASE
)
_SHOW_BEFORE = r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\"“]?$"
_HOSTING_NOW = re.compile(
    r"\b"
    + _phrases("joining_now", "appointed_now")
    + r"\s+(?:the\s+|its\s+)?(?:new\s+|next\s+)?"
    + _phrases("joining_now", "hosting_roles")
    + r"\s+(?:of|on|for)"
    + _SHOW_BEFORE,
    re.IGNORECASE,
)
_HOSTING_FUTURE = re.compile(
    r"\b"
    + _phrases("joining_now", "hosting_future")
    + r"(?:\s+(?:as\s+)?(?:host|presenter)\s+(?:of|on))?"
    + _SHOW_BEFORE,
    re.IGNORECASE,
)
# Of those, the ones that say the job has begun (dated by the report's day; the others, a job to
# come with no date of its own, by the report's year).
_JOINED_ALREADY = re.compile(r"^(?:has|have|joins|signs|is\s+named|is\s+appointed)\b", re.IGNORECASE)
# A proposal in the sentence after an engagement: "He proposed in January during a ski trip".
# (not "proposed to X": that names the pair and makes an engagement claim of its own)
_PROPOSED = re.compile(r"\b" + _phrases("proposals", "verbs") + r"\b(?!\s+to\b)", re.IGNORECASE)
# A couple introduced, the pair its subject: "The two were introduced by mutual friends ... in
# March" (the date is the first after the verb in its clause).
_INTRODUCED = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+)\W*(?P<who>(?i:the\s+(?:two|pair|couple)|they)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?i:" + _phrases("introductions", "passives") + r")\b"
)
# How far before "the two were introduced" (characters) the pair may be named last.
_PAIR_REACH = 800
# The marriage just told, ended in the next sentence: "That marriage ended in 2022", "The
# marriage was dissolved in 2020".
_MARRIAGE_ENDED_NEXT = re.compile(
    r"^\W*(?i:that|the|their|his|her)\s+(?:(?i:first|second|third|brief)\s+)?(?i:marriage|union)\s+"
    r"(?i:ended|was\s+dissolved|was\s+annulled|collapsed|fell\s+apart)\b"
)
# How long a job lasted, right after the leaving of it: "is leaving X after nine years", "left X
# after a decade" (a bare count: "after nearly nine years" leaves the start open).
_AFTER_N_YEARS = re.compile(
    r"[^.;]{0,40}?\bafter\s+(?P<n>[\w-]+)\s+(?P<unit>years?|decades?)\b(?!\s+(?:of\s+marriage|together|of\s+dating))",
    re.IGNORECASE,
)
# A divorce filing told again in the next sentence with its day: "She submitted the petition
# Wednesday" (the day after the noun).
_FILING_NEXT = re.compile(
    r"\b"
    + _phrases("filings", "verbs")
    + r"\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?"
    + _phrases("filings", "nouns")
    + r"\b"
    # or in the passive: "The petition was filed in the county court on Monday"
    + r"|\b(?:the|her|his|their)\s+(?:[\w-]+\s+)?"
    + _phrases("filings", "nouns")
    + r"\s+(?:was|were)\s+"
    + _phrases("filings", "verbs")
    + r"\b",
    re.IGNORECASE,
)
# A date a statement's verb governs ("..., his representative said on Tuesday"): the day of the
# statement, not of the event it tells.
_SAID_ON = re.compile(
    r"\b(?:said|told\s+[\w!.]+(?:\s+[\w!.]+)?|confirmed|announced)\s+(?:on\s+)?$", re.IGNORECASE
)
# A statement in the next sentence, which may date a parting finer: "In an Instagram statement in
# October, the former couple said".
_STATEMENT_NEXT = re.compile(
    r"\b(?:in|on|via|through)\s+(?:an?|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    + _phrases("statements", "nouns")
    + r"\b",
    re.IGNORECASE,
)
# A marriage noun told as a cue ("her first marriage, to X"), then its beginning after the partner
# in the same sentence ("..., took place in 1962") or in the next ("That marriage began in 2008"),
# and its end after that ("and ended in divorce in 2016").
_MARRIAGE_CUE = re.compile(r"(?i:marriage)\b")
_MARRIAGE_BEGAN_AFTER = re.compile(
    r"[^.;]{0,120}?,\s+(?:took\s+place|began|started)\s+(?=(?:in|on)\s)", re.IGNORECASE
)
_MARRIAGE_BEGAN_NEXT = re.compile(
    r"^\W*(?i:that|the|their|this|his|her)\s+(?:(?i:first|second|third|brief)\s+)?(?i:marriage|union)\s+"
    r"(?i:began|took\s+place|started)\b"
)
_AND_ENDED = re.compile(
    r"\band\s+ended\s+(?:in\s+(?:a\s+)?(?:divorce|separation)\s+)?(?=(?:in|on)\s)", re.IGNORECASE
)
# A marriage closed after its partner by its end: "her first marriage, to the late actor X, which
# ended in divorce in 1983" (between the cue and the date).
_WHICH_ENDED = re.compile(
    r"^[^.;]{0,80}?\bwhich\s+ended\s+(?:in\s+(?:a\s+)?(?:divorce|separation)\s+)?(?:in|on)\s+$", re.IGNORECASE
)
# A romance's length in its own clause, after its cue: "dated model X for two years" (the next
# sentence may give its end: "The couple split in the summer of 2019").
# (a bare count only: "for nearly four years" leaves the start year open)
_FOR_YEARS_IN_CLAUSE = re.compile(
    r"^[^.;]{0,60}?\bfor\s+(?P<n>[\w-]+)\s+(?P<unit>years?|decades?)\b",
    re.IGNORECASE,
)
# The ring an engaged person was given, and when: "the emerald he gave her in March".
_RING_GIVEN = re.compile(
    r"\b(?:the|her|his)\s+(?:[\w-]+\s+){0,2}?"
    + _phrases("engagement_rings", "stones")
    + r"\s+(?:that\s+)?(?:he|she)\s+"
    + _phrases("engagement_rings", "verbs")
    + r"\b",
    re.IGNORECASE,
)
# A part told by its playing ("she played a jilted bride in X", "he starred in X").
_PLAYED_CUE = re.compile(r"(?i:(?:he|she|they|[A-Z][\w'’-]+)?\s*(?:played|starred|appeared|featured)\b)")
# A state held "since the new year": since the January of the report's year.
_SINCE_YEAR_START = re.compile(r"\b" + _phrases("year_start", "phrases") + r"\b", re.IGNORECASE)
# A work's year as a modifier before its name ("the 2001 thriller X"), or after the name of a
# work being made ("on the set of the sitcom X in 2007").
_YEAR_WORK_BEFORE = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?" + _phrases("work_year", "nouns") + r"\s*,?\s*[\"“‘']?$",
    re.IGNORECASE,
)
_MADE_BEFORE = re.compile(
    r"\b"
    + _phrases("work_year", "made_before")
    + r"\s+(?:(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?[\"“‘']?$",
    re.IGNORECASE,
)
_YEAR_AFTER_WORK = re.compile(r"[\"”’']?,?\s+in\s+(?P<year>(?:19|20)\d\d)\b")
# A meeting on a set that names no work, right after the cue: "The two met on the first day of
# filming in Prague" (the work is the last one named before: "his co-star in the 2001 thriller X").
_MET_ON_SET_AFTER = re.compile(
    r"\s+(?:on|during|while)\s+(?:the\s+)?(?:first\s+(?:day|week)\s+of\s+)?(?:filming|the\s+shoot|shooting|set|rehearsals?)\b"
    r"(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)
# How far before such a meeting (characters) the work it was made for may be named.
_SET_WORK_REACH = 250
# A meeting at a place or occasion the text names only by an indefinite noun ("after meeting as
# fellow guests on a variety programme"), which the next sentence opens by naming again ("That
# programme was X, on which the two appeared in March"): that sentence's date is the meeting's.
_MET_AT_SOMETHING = re.compile(
    r"^[^.;:!?]{0,40}?\b(?:on|at|during)\s+an?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})\b(?=[\s\"”’.,;]*(?:$|\.))"
)
# "ever met" tells of everyone met so far, not of a meeting: "the kindest man I've ever met".
_EVER_MET = re.compile(r"(?i:\bever\s+met\b)")
# What may stand around a date that is a sentence of its own, opening an answer: "A: Last May!",
# "In 2019." (a speaker's label, the date, its closing mark).
_DATE_ONLY_LEFT = re.compile(r"\s*(?:[AQ]\s*[:.]\s*)?(?:(?:in|on|since)\s+)?[!.]+\s*", re.IGNORECASE)
# A "when" clause right after a date, holding the cue: "her career began in 1995, when she was
# hired by X" (the event of the clause happened then); not a state the clause says held then
# ("in 2019, when she was still married to X").
_WHEN_AFTER_DATE = re.compile(
    r"^\s*,\s*when\s+(?:he|she|they|I|we|the\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?![^.;]*?\b(?:was|were)\s+(?:still\s+|already\s+)?"
    r"(?:married|dating|engaged|living|working|together|in\s+a\b|seeing))[^.;]*$"
)
# A partner named as the one a child came from: "a son, 8, from his relationship with X" (a past
# relation, which a heading's date or the report's does not date).
_FROM_RELATION_BEFORE = re.compile(
    r"\bfrom\s+(?:his|her|their|an?)\s+(?:previous\s+|first\s+|earlier\s+|former\s+|past\s+)?"
    r"(?:relationship|romance|marriage)\s+(?:with|to)\b",
    re.IGNORECASE,
)


def _counted_start(claim: Claim) -> bool:
    """Whether a claim's start is a year counted back from a length its sentence gives ("are
    divorcing after twelve years of marriage", "have been together nine years"): a year written
    nowhere in the sentence."""
    date = claim.date
    return (
        date is not None
        and date.precision == "year"
        and date.value not in claim.sentence
        and bool(_AFTER_YEARS_OF.search(claim.sentence) or _TOGETHER_FOR.search(claim.sentence))
    )


# The couple's own relations and events, whose cue is a verb or a relation noun ("married",
# "wife"); other predicates' cues may start with a name or a title ("Pax, 13,", "Friends").
COUPLE_EVENTS = frozenset({"spouse", "partner", "engaged", "divorced", "separated", "met", "affair"})


class FactDates(DateLookup):
    """The date-picking half of `ClaimBuilder`: which of the dates around a claim (`DateLookup`)
    it takes, by its predicate; the concrete extractor supplies the fields."""

    def _dated_elsewhere(self, predicate: str, subject: str, obj: str | None, by_event: bool = False) -> bool:
        """Whether a claim made so far gives the start of this relation from the text itself
        (`by_event`: by the event itself, not by its announcement)."""
        other = self.index.name(obj) if obj and obj in self.index.entities else obj
        names = {self.index.name(subject), other}
        return any(
            c.predicate == predicate
            and c.date is not None
            and c.date is not self.report_date
            and c.end is None
            and {c.subject, c.object} == names
            and not (by_event and self._announced(c))
            for c in self.claims
        )

    def _announced(self, claim: Claim) -> bool:
        """Whether `claim`'s cue is what an announcement names ("announced their engagement last
        month"): its date is the announcement's."""
        if claim.predicate not in _STARTED_ELSEWHERE:
            return False
        text = doc_text(self.doc)
        return bool(_ANNOUNCED_BEFORE.search(text[max(0, claim.span.start - 40) : claim.span.start]))

    def _own_dates(
        self,
        ctx: SentenceContext,
        predicate: str,
        cue_start: int,
        cue_end: int,
        date: DateValue | None,
        end: DateValue | None,
        obj_name: str | None = None,
        keys: frozenset[str] = frozenset(),
    ) -> tuple[DateValue | None, DateValue | None, bool]:
        """The dates a claim's own clause gives when its rule gave none, or gave only the
        report's: "has lived in Leeds since 2014", "moved into a house in Leeds in 2024", "dated
        X for three years; the two split in 2013", "have been together nine years", "He was 91"
        after a death; and whether the date is an event of the claim's own clause (a move, a
        birth), for the timeline."""
        text = doc_text(self.doc)
        after = text[cue_end : ctx.end]
        cut = CLAUSE_BREAK.search(after)
        clause_after = after[: cut.start()] if cut else after
        if predicate in _RANGED and end is None:
            ranged = self._range_before(ctx, cue_start)
            if ranged is not None and (date is None or date.value[:4] in (ranged[0].value, ranged[1].value)):
                return ranged[0], ranged[1], True  # "from 2014 until 2016 he dated X"
        if predicate in ("employer", "residence") and end is None:
            span = self._range_after(ctx, cue_end)
            if (
                span is not None
                and span[0] is not None
                and span[1] is not None
                and (date is None or date.value[:4] == span[0].value[:4])
            ):
                return span[0], span[1], False  # "worked at X from 2005 to 2012", "lived in Leeds (2001-09)"
        if predicate == "residence" and end is None:
            sold = _SOLD_AFTER.match(after)
            if sold is not None:
                return date, DateValue(sold.group("year")), False  # "..., which she sold in 2017"
        if predicate == "employer" and date is None and end is None:
            formed = _SINCE_FORMED_AFTER.match(after)
            if formed is not None:
                return DateValue(formed.group("year")), None, False  # "since the band formed in 2012"
            joined = _JOINED_LEFT_AFTER.match(after)
            if joined is not None:
                # "the guitarist of the band X, which he joined in 1999 and left in 2007"
                left = joined.group("left")
                return DateValue(joined.group("joined")), DateValue(left) if left else None, False
            staff = _JOINED_NOUN_AFTER.match(after)
            started = self._date_following(ctx, cue_end + staff.end()) if staff is not None else None
            if started is not None:
                return started, None, True  # "... with the Rovers and joined the staff in 2021"
        if (
            predicate == "appeared_in"
            and date is not None
            and end is None
            and self._dated_by_now_only(ctx, date)
        ):
            # "Five years after their split they started a podcast, X, which is now in its sixth
            # season": "now" is no year of the work; a date before the cue in its clause may be
            date = self._date_preceding(ctx, cue_start)
        if predicate == "appeared_in" and date is not None and end is None:
            # the work's year, when the text tells it, outranks the clause's date: "met in 2010 on
            # the set of X ... The film, released in 2011" (the contract dates a part by its work)
            released = self._work_released(ctx, keys)
            if released is not None:
                return released, None, self._part_began(keys, released)
        if (
            predicate in _ENDED_BY_VERB
            and end is not None
            and end is self.report_date
            and _EX_CUE.match(text[cue_start:cue_end])
            and (parting := _PARTING_VERB.search(text, cue_end, ctx.end)) is not None
            and (parted := self._date_following(ctx, parting.end())) is not None
        ):
            return date, parted, False  # "her ex-husband, X, whom she divorced in 2018": ended then
        lasted_for = _FOR_N_YEARS.match(after) if predicate in _ENDED_PAIRS else None
        if (
            lasted_for is not None
            and end is None
            and date is not None
            and date is not self.report_date
            and date.value[:4].isdigit()
            and _HAD_BEEN_BEFORE.search(text[max(ctx.start, cue_start - 12) : cue_start])
            and _PARTING_VERB.search(after[lasted_for.end() :])
            and (years := self._years_of(lasted_for)) is not None
            and years[0] == years[1]
        ):
            # "The pair, who had been together for four years, announced their split in January"
            return DateValue(str(int(date.value[:4]) - years[0])), date, False
        if (
            predicate in _ENDED_BY_VERB
            and end is None
            and date is not None
            and _STILL_BEFORE.search(text[max(ctx.start, cue_start - 20) : cue_start])
        ):
            # "was still married to X when he met Y in 2015. He and X divorced the following
            # year": 2015 is a time the marriage held, not its start; the next sentence may end it
            return None, self._next_sentence_date((ctx.start, ctx.end), _PARTED_NEXT, keys), False
        told = self._told_elsewhere(ctx, predicate, cue_start, cue_end, date, end, keys, obj_name)
        if told is not None:
            return told
        if predicate == "residence" and end is None and date in (None, self.report_date):
            bought = _HOME_BOUGHT_AFTER.match(after)
            if bought is not None:
                return DateValue(bought.group("year")), None, False  # "the Malibu house they bought in 1975"
        if predicate in _SINCE_DATED and end is None and date in (None, self.report_date):
            since_when = self._since_month(ctx, cue_end, clause_after)
            if since_when is not None:
                return since_when, None, False  # "have lived together in Leeds since September"
        if date is None and predicate in _SINCE_DATED:
            since = _SINCE_IN_CLAUSE.match(clause_after) or _WHERE_SINCE.match(after)
            if since is not None and _RELATION_NOUN.search(after[: since.end()]):
                since = None  # "lives in Leeds with X, her partner since 2021": the romance's start
            if since is not None and end is None:
                return DateValue(since.group("year")), None, False
            if since is not None and end is not None and end.value == since.group("year"):
                # "was fired by X in March, where she had been a judge since 2021": the year
                # after "since" is the start, which the rule took for the end
                return end, self._date_preceding(ctx, cue_start), False
        if date is None and end is not None and predicate == "employer" and obj_name:
            # "Paragon put him under contract the following year; ... before leaving Paragon in
            # 1963": the job began with the hiring the sentence told before its end
            before = text[ctx.start : cue_start]
            hired = next(reversed(list(_HIRED.finditer(before))), None)  # the last one
            if (
                hired is not None
                and obj_name.split()[0] in before[max(0, hired.start() - 60) : hired.end() + 40]
            ):
                start = self._date_following(ctx, ctx.start + hired.end(), cue_start)
                if start is not None:
                    return start, end, False
        if (
            date is None
            and end is None
            and predicate == "child"
            and _ADOPTED_BEFORE.search(text[max(ctx.start, cue_start - 50) : cue_start])
        ):
            # "We adopted our daughter, Ada, in 2022. She was born in the spring of 2021": a child's
            # date is its birth, which the next sentence tells
            born = self._next_sentence_date((ctx.start, ctx.end), _PRONOUN_WAS_BORN, keys)
            if born is not None:
                return born, None, True
        if (
            date is None
            and end is None
            and predicate == "child"
            and _HAD_CHILD_BEFORE.search(text[max(ctx.start, cue_start - 50) : cue_start])
        ):
            # "The couple had a daughter, Liv, the next year": the date right after the child
            born = next(
                (
                    self._value_of(t)
                    for t in ctx.times
                    if t.span.start >= cue_end
                    and t.kind in ("date", "relative")
                    and _DATE_RIGHT_AFTER.fullmatch(text[cue_end : t.span.start])
                ),
                None,
            )
            if born is None:
                # "In 1980 Ebba and Kai had a son, Nils": the date that opens the sentence
                born = next(
                    (
                        self._value_of(t)
                        for t in ctx.times
                        if t.span.end <= cue_start
                        and t.kind == "date"
                        and _OPENING_IN.fullmatch(text[ctx.start : t.span.start])
                        and not _A_YEAR.search(text[t.span.end : cue_start])
                    ),
                    None,
                )
            if born is not None:
                return born, None, True
        if date is None and end is None and predicate == "child" and _BORN_AFTER.match(after):
            born = self._date_following(ctx, cue_end)  # "a daughter, Ada, followed two years later"
            if born is not None:
                return born, None, True
        if (
            date is None
            and end is None
            and predicate == "child"
            and _GAPPED_BIRTH.match(after)
            and _WAS_BORN.search(text[ctx.start : cue_start])
        ):
            born = self._date_following(ctx, cue_end)  # "Ilka was born in 1963 and their son, Bence, in 1966"
            if born is not None:
                return born, None, True
        if date is None and end is None and predicate == "child":
            born = self._twins_born_later(ctx, cue_start, cue_end)
            if born is not None:
                return born, None, True
        if (
            date is None
            and end is None
            and predicate == "residence"
            and _MOVED_IN_BEFORE.search(text[max(ctx.start, cue_start - 50) : cue_start])
        ):
            moved = self._date_following(ctx, cue_end)
            if moved is not None:
                return moved, None, True
        both = _STARTED_THEN_ENDED.match(after) if predicate in _ENDED_PAIRS else None
        if (
            both is not None
            and date in (None, self.report_date)
            and (end is None or end.value == both.group("end"))
            and both.group("start") <= both.group("end")
        ):
            return DateValue(both.group("start")), DateValue(both.group("end")), False
        if date in (None, self.report_date) and end is None and predicate in _ENDED_PAIRS:
            lasted_before = _LASTED_BEFORE_THEY.match(after)
            years = self._years_of(lasted_before) if lasted_before else None
            parted = self._date_following(ctx, cue_end + lasted_before.end()) if lasted_before else None
            if (
                years is not None
                and years[0] == years[1]
                and parted is not None
                and parted.value[:4].isdigit()
            ):
                # "dated X for three years before they split in June 2021"
                return DateValue(str(int(parted.value[:4]) - years[0])), parted, False
        if end is None and predicate in _ENDED_PAIRS:
            lasted = _LASTED_THEN_ENDED.match(after)
            years = lexicon().number(lasted.group("n")) if lasted else None
            # (the rule may have taken the end's year for the date: "..., but that ended in 2013")
            if (
                lasted
                and years is not None
                and years[0] == years[1]
                and (date is None or date.value == lasted.group("year"))
            ):
                last = int(lasted.group("year"))
                return DateValue(str(last - years[0])), DateValue(str(last)), False
        report = self.report_date
        if predicate in ("partner", "spouse") and end is None and report is not None:
            window = text[max(ctx.start, cue_start - 60) : min(ctx.end, cue_end + 80)]
            together = _TOGETHER_FOR.search(window)
            years = self._years_of(together) if together else None
            if (
                years is not None
                and years[0] == years[1]
                and (
                    date is None
                    or date is report
                    # "this autumn" (the anniversary), not "married in 2024"
                    or (date.value[:4] == report.value[:4] and not _A_YEAR.search(window))
                )
            ):
                return DateValue(str(int(report.value[:4]) - years[0])), None, False
        if predicate in _SINCE_PAIRS and end is None and date in (None, report):
            for t in ctx.times:
                if t.span.start < cue_end or t.kind != "date":
                    continue
                if _SINCE_AFTER_NAME.match(text[cue_end : t.span.start]) and _DATE_CLOSES.match(
                    text[t.span.end : ctx.end]
                ):
                    value = self._value_of(t)
                    if value is not None:
                        return value, None, False  # "her partner, the novelist X, since 2018"
                break
        if predicate == "child" and date is None and end is None and (coming := _TURNS_AGE.match(after)):
            years = lexicon().number(coming.group("n"))
            birthday = self._date_following(ctx, cue_end) if years and years[0] == years[1] else None
            if years is not None and birthday is not None and birthday.value[:4].isdigit():
                rest = birthday.value[4:] if re.fullmatch(r"(?:-\d\d){1,2}", birthday.value[4:]) else ""
                rest = rest[:3] if rest == "-02-29" else rest
                return DateValue(f"{int(birthday.value[:4]) - years[0]:04d}{rest}"), None, True
        if predicate == "child" and date is None and end is None and report is not None:
            just = _JUST_TURNED.match(after)
            years = lexicon().number(just.group("n")) if just else None
            if years is not None and years[0] == years[1] and report.value[:4].isdigit():
                return DateValue(f"{int(report.value[:4]) - years[0]:04d}"), None, True
            if _WELCOMED_NOW.search(text[ctx.start : cue_start]) and not any(
                t.span.start < ctx.end and t.kind in ("date", "relative") and t.anchor != "publication"
                for t in ctx.times
            ):
                return DateValue(report.value[:7]), None, True  # "have welcomed their third child"
        if predicate == "child" and date is None and end is None and (infant := _TURNED_MONTHS.match(after)):
            months = lexicon().number(infant.group("n"))
            birthday = (
                (self._date_following(ctx, cue_end) or report) if months and months[0] == months[1] else None
            )  # ("last week": no date of its own, or only its year: the report's month)
            if birthday is not None and report is not None and birthday.value == report.value[:4]:
                birthday = report
            if months is not None and birthday is not None and re.fullmatch(r"\d{4}-\d\d.*", birthday.value):
                # "Remi, who turned 10 months old last week": born that many months before (the month)
                count = int(birthday.value[:4]) * 12 + int(birthday.value[5:7]) - 1 - months[0]
                return DateValue(f"{count // 12:04d}-{count % 12 + 1:02d}"), None, True
        if predicate == "child" and date is None and end is None:
            turned = _TURNED_AGE.match(after)
            years = lexicon().number(turned.group("n")) if turned else None
            birthday = self._date_following(ctx, cue_end) if years and years[0] == years[1] else None
            if years is not None and birthday is not None:
                rest = birthday.value[4:7] if birthday.value[4:] == "-02-29" else birthday.value[4:]
                return DateValue(f"{int(birthday.value[:4]) - years[0]:04d}{rest}"), None, True
        if (
            predicate == "age"
            and report is not None
            and date is not None
            and date is not report
            and _APPOSED_AGE.search(text[max(ctx.start, cue_start - 12) : cue_end])
        ):
            # "Dane, 38, and Lyra, 33, got engaged in Oslo in 2024": an age set beside the name is
            # the age at the report (a past one is written "then 33", "when she was 33")
            return report, end, False
        if (
            predicate == "age"
            and report is not None
            and date is not None
            and date is not report
            and (
                self._age_said_now(ctx, cue_start, cue_end, date)
                or _AGE_IS_NOW.search(doc_text(self.doc)[cue_start:cue_end])
                or _WHO_DID_AFTER.match(doc_text(self.doc)[cue_end : ctx.end])
            )
        ):
            return report, end, False  # "the 36-year-old works as ..., and in 2023 he joined"
        if (
            predicate == "age"
            and report is not None
            and date is not None
            and date is not report
            and date.value[:4].isdigit()
            and date.value[: len(report.value)] >= report.value[: len(date.value)]
        ):
            # "the 38-year-old ... will become its director from the 2026 collections": an age is
            # never dated later than the report (nor by the report's own year, less precisely)
            return report, end, False
        if predicate == "age" and date is report and report is not None and _AGE_AT_DEATH.match(ctx.text):
            death = self._death_date_before(ctx)
            if death is not None:
                return death, end, False
        return date, end, False

    def _told_elsewhere(
        self,
        ctx: SentenceContext,
        predicate: str,
        cue_start: int,
        cue_end: int,
        date: DateValue | None,
        end: DateValue | None,
        keys: frozenset[str],
        obj_name: str | None,
    ) -> tuple[DateValue | None, DateValue | None, bool] | None:
        """Dates a claim's rule left out that the words around its cue, or the next sentence,
        give: a relation noun closed by its date, a filed divorce made final, a relation ended
        (by its cue's verb or by the next sentence), a home bought, a job's length, a founding.
        None when none of them applies."""
        text = doc_text(self.doc)
        cue = text[cue_start:cue_end]
        here = (ctx.start, ctx.end)
        if date is None and end is None and predicate in COUPLE_EVENTS and _EVENT_NOUN_CUE.match(cue):
            for t in ctx.times:
                if (
                    t.span.start >= cue_end
                    and t.kind in ("date", "relative")
                    and _COMMA_THEN_DATE.match(text[cue_end : t.span.start])
                    and _DATE_CLOSES.match(text[t.span.end : ctx.end])
                    and (value := self._value_of(t)) is not None
                ):
                    return value, None, True  # "her second marriage, to X, in 2021"
        if predicate == "spouse" and date in (None, self.report_date) and _MARRIAGE_CUE.match(cue):
            # "His first marriage, to X, whom he met at drama school, took place in 1962 and ended
            # in divorce in 1971"; "... her first marriage, to X. That marriage began in 2008 and
            # ended in divorce in 2016."
            began = _MARRIAGE_BEGAN_AFTER.match(text, cue_end, ctx.end)
            start = self._date_following(ctx, began.end()) if began else None
            if start is None:
                start = self._next_sentence_date(here, _MARRIAGE_BEGAN_NEXT, keys)
                ended = self._next_sentence_date(here, _AND_ENDED, keys) if start is not None else None
            else:
                ended = self._date_after_cue(ctx, _AND_ENDED, began.end()) if began else None
            if start is not None:
                if end is None and ended is not None and ended.value[:4] >= start.value[:4]:
                    end = ended
                return start, end, True
        if predicate == "spouse" and end is None and _EVENT_NOUN_CUE.search(cue):
            for t in ctx.times:
                if (
                    t.span.start >= cue_end
                    and t.kind in ("date", "relative")
                    and _WHICH_ENDED.match(text[cue_end : t.span.start])
                    and (value := self._value_of(t)) is not None
                ):
                    # "her first marriage, to the late actor X, which ended in divorce in 1983"
                    return (None if date is self.report_date else date), value, False
        if predicate == "divorced" and _FILED_CUE.match(cue):
            final = self._date_after_cue(ctx, _DIVORCE_FINAL, cue_end) or self._next_sentence_date(
                here, _DIVORCE_FINAL, keys
            )
            if final is not None:
                # "filed for divorce that June. The divorce was finalized in January 2018"
                return final, end, True
            said = date is not None and any(
                self._value_of(t) == date
                and _SAID_ON.search(text[max(ctx.start, t.span.start - 30) : t.span.start])
                for t in ctx.times
                if t.span.start >= cue_end
            )
            if (date is None or said) and end is None:
                filed = self._next_sentence_date(here, _FILING_NEXT, keys)
                if filed is not None:
                    return filed, None, True  # "has filed for divorce. She submitted the petition Wednesday"
        if predicate in ("separated", "divorced") and date is None and end is None:
            confirmed = _CONFIRMED_THAT.search(text[ctx.start : cue_start])
            told_now = (
                self._date_following(
                    ctx, ctx.start + confirmed.end("verb"), ctx.start + confirmed.start("that")
                )
                if confirmed is not None
                else None
            )
            if told_now is not None:
                # "X confirmed on Thursday that he and his wife have separated": the split is
                # known from the day it was confirmed
                return told_now, None, True
        if (
            predicate in ("separated", "divorced")
            and date is None
            and end is None
            and (told := self._next_sentence_date(here, _PARTING_TOLD, keys)) is not None
        ):
            return told, None, True  # "They split. She announced the breakup on Aug. 11"
        if (
            predicate in _ENDED_BY_VERB
            and end is None
            and _ENDED_BEFORE_CUE.search(text[max(ctx.start, cue_start - 50) : cue_start])
        ):
            # "ended his three-year relationship with X", "split from his wife of six years, X":
            # ended when a divorce was made final, else when the clause says, else when a
            # confirmation says, else by the report
            final = self._next_sentence_date(here, _DIVORCE_FINAL, keys) if predicate == "spouse" else None
            ended = (
                final
                or self._date_following(ctx, cue_end)
                or self._next_sentence_date(here, _PARTING_TOLD, keys)
                or self._parting_in_section(ctx, cue_start)
                or self.report_date
            )
            lasted = _OF_N_YEARS.search(cue) or _N_YEAR_BEFORE.search(
                text[max(ctx.start, cue_start - 50) : cue_start]
            )
            years = lexicon().number(lasted.group("n")) if lasted else None
            if (
                years is not None
                and years[0] == years[1]
                and ended is not None
                and ended is not self.report_date
                and ended.value[:4].isdigit()
            ):
                # "split from his wife of six years, X, in 2019": married since 2013, not six years
                # before the report
                return DateValue(str(int(ended.value[:4]) - years[0])), ended, False
            return (None if date is self.report_date else date), ended, False
        if predicate == "spouse" and date is not None and end is None and date is not self.report_date:
            ended = self._next_sentence_date(here, _MARRIAGE_ENDED_NEXT, keys)
            if ended is not None and ended.value[:4] >= date.value[:4]:
                return date, ended, False  # "married X in 2019 ... That marriage ended in 2022"
        if predicate == "spouse" and date is not None and end is None:
            final = self._date_after_cue(ctx, _THEIR_DIVORCE_FINAL, cue_end)
            if final is not None and final.value[:4] >= date.value[:4]:
                # "X and Y, who wed in 2012, separated in 2017, and their divorce was finalised
                # the following year": the marriage ended then
                return date, final, False
        if (
            predicate == "spouse"
            and date is None
            and end is None
            and _PAST_UNION_BEFORE.search(text[max(ctx.start, cue_start - 20) : cue_start])
        ):
            parted = self._next_sentence_date(here, _PARTED_NEXT, keys) or self._next_sentence_date(
                here, _DIVORCE_FINAL, keys
            )
            if parted is not None:
                return None, parted, False  # "We were married for five minutes. We got divorced in 2012"
            lasted = _FOR_YEARS_IN_CLAUSE.match(text[cue_end : ctx.end])
            years = self._years_of(lasted) if lasted else None
            divorce = self._divorce_told(keys)
            if years is not None and years[0] == years[1] and divorce is not None:
                # "... since their divorce in 2021. The two were married for six years": 2015 to 2021
                return DateValue(str(int(divorce.value[:4]) - years[0])), divorce, False
        if (
            predicate in ("partner", "engaged")
            and date is None
            and end is None
            and (
                _PAST_DATING_CUE.match(cue)
                or _PAST_BEFORE_CUE.search(text[max(ctx.start, cue_start - 40) : cue_start])
            )
        ):
            later = _PAIR_PARTED_LATER.search(text, cue_end, ctx.end) or _PAIR_PARTED_AND.search(
                text, cue_end, ctx.end
            )
            lasted = _FOR_YEARS_IN_CLAUSE.match(text[cue_end : ctx.end])
            years = self._years_of(lasted) if lasted else None
            parted_later = self._date_following(ctx, later.end()) if later else None
            if (
                parted_later is not None
                and years is not None
                and years[0] == years[1]
                and parted_later.value[:4].isdigit()
            ):
                # "was in a relationship with X for two years; the pair split in 2023"
                return DateValue(str(int(parted_later.value[:4]) - years[0])), parted_later, False
            parted = self._next_sentence_date(here, _PARTED_NEXT, keys) or self._next_sentence_date(
                here, _PARTING_TOLD, keys
            )
            if parted is not None:
                # "X, whom she dated for three years. The couple broke up last fall", "was
                # previously engaged to X. The pair ... announced their split in January"
                lasted = _FOR_YEARS_IN_CLAUSE.match(text[cue_end : ctx.end])
                years = self._years_of(lasted) if lasted else None
                if years is not None and years[0] == years[1] and parted.value[:4].isdigit():
                    # "dated model X for two years. The couple split in the summer of 2019"
                    return DateValue(str(int(parted.value[:4]) - years[0])), parted, False
                return None, parted, False
        if predicate == "residence" and date in (None, self.report_date) and end is None:
            bought = self._next_sentence_date(here, _HOME_BOUGHT_NEXT, keys)
            if bought is not None:
                return bought, None, False  # "... their home in Malibu. The couple bought the house in 2018"
        if (
            predicate == "employer"
            and date is not None
            and end is None
            and obj_name
            and cue.endswith(obj_name)
            and _JOINED_FROM.match(cue[: len(cue) - len(obj_name)])
        ):
            # "joined the company from X in 2020": X's job ended then, and began as long before
            # as the next sentence says it lasted
            return self._years_spent_at(here, obj_name, date, keys), date, False
        if predicate == "employer" and date is None and end is not None and end.value[:4].isdigit():
            stint = _AFTER_N_YEARS.match(text, cue_end, ctx.end)
            years = self._years_of(stint) if stint else None
            if years is not None and years[0] == years[1]:
                # "is leaving X after nine years to join Y": there since nine years before leaving
                return DateValue(str(int(end.value[:4]) - years[0])), end, False
        if predicate == "employer" and date is None and end is not None:
            works = [m.entity for m in self.index.mentions_of_kind("work:", ctx.start, cue_end)]
            held = self._part_held_since(works, keys | set(works)) if works else None
            if held is not None and held.value[:4] <= end.value[:4]:
                # "X, the longtime co-host of the morning show Y, was fired Tuesday by Z ... had
                # co-hosted the show since 2011": the job at Z was that part
                return held, end, False
        if predicate == "employer" and date is None and end is not None:
            # "spent a decade as X's ..." before the cue, or in it: "He spent eight years at X"
            spent = _SPENT_YEARS.search(text[ctx.start : cue_start]) or _SPENT_YEARS.search(
                text[ctx.start : cue_end]
            )
            years = lexicon().number(spent.group("n")) if spent else None
            if spent and years is not None and years[0] == years[1] and end.value[:4].isdigit():
                length = years[0] * (10 if spent.group("unit").lower().startswith("decade") else 1)
                return DateValue(str(int(end.value[:4]) - length)), end, False  # "spent a decade as"
        if (
            predicate == "owns"
            and date is None
            and end is None
            and (
                self._founding_in_cue(cue, obj_name)
                or _FOUNDED_BEFORE.search(text[max(ctx.start, cue_start - 40) : cue_start])
            )
        ):
            founded = self._date_near(ctx, cue_end)
            if founded is not None:
                return founded, None, True  # "last year opened a boutique hotel, X"
        if predicate == "owns" and date is None and end is None:
            after_found = _FOUNDED_AFTER.match(text[cue_end : ctx.end])
            founded = self._date_following(ctx, cue_end + after_found.end()) if after_found else None
            if founded is not None:
                return founded, None, True  # "owns the bakery X, which she opened in 2017"
        if predicate == "appeared_in" and date is None and end is None:
            released = self._work_released(ctx, keys)
            if released is not None:
                return released, None, self._part_began(keys, released)
            right_after = next(
                (
                    value
                    for t in ctx.times
                    if t.span.start >= cue_end
                    and t.kind in ("date", "relative")
                    and _DATE_RIGHT_AFTER.fullmatch(text[cue_end : t.span.start])
                    and (value := self._value_of(t)) is not None
                ),
                None,
            )
            if right_after is not None:
                # "met on the third series of X last summer": the part is dated where the clause
                # dates it, right after the work's name
                return DateValue(right_after.value[:4]), None, False
            opening = self._date_preceding(ctx, cue_start) if _PLAYED_CUE.match(cue) else None
            if opening is not None and opening.value[:4].isdigit():
                # "In 1974 she played a jilted bride in the musical X": the clause's opening date
                return DateValue(opening.value[:4]), None, False
        return None

    def _divorce_told(self, keys: frozenset[str]) -> DateValue | None:
        """The year of the one divorce of the pair `keys` a claim so far dates by the text itself."""
        names = {self.index.name(k) if k in self.index.entities else k for k in keys}
        found = {
            c.date.value
            for c in self.claims
            if c.predicate == "divorced"
            and {c.subject, c.object} == names
            and c.date is not None
            and c.date is not self.report_date
            and c.date.value[:4].isdigit()
            and not _FILED_FOR.search(c.evidence[-30:])
        }
        return DateValue(found.pop()[:4]) if len(found) == 1 else None

    @staticmethod
    def _founding_in_cue(cue: str, obj_name: str | None) -> bool:
        """Whether a founding verb opens the cue, or stands in it before what was founded: "went
        on to co-found the studio X" (the cue may open with the verbs that lead to it)."""
        if _FOUNDING_CUE.match(cue):
            return True
        lead = cue[: len(cue) - len(obj_name)] if obj_name and cue.endswith(obj_name) else cue
        return bool(_FOUNDED_BEFORE.search(lead))

    @staticmethod
    def _years_of(found: re.Match[str]) -> tuple[int, int] | None:
        """The count of years a match's `n` and `unit` say ("nine years", "a decade")."""
        years = lexicon().number(found.group("n"))
        if years is None:
            return None
        scale = 10 if found.group("unit").lower().startswith("decade") else 1
        return years[0] * scale, years[1] * scale

    def _years_spent_at(
        self, sentence: tuple[int, int], org: str, end: DateValue, keys: frozenset[str]
    ) -> DateValue | None:
        """The start of a job at `org` that ended at `end`, from the next sentence's "spent nine
        years at X" (that sentence naming no one but the claim's people)."""
        bounds = self._next_sentence(*sentence)
        if bounds is None:
            return None
        start, stop = bounds
        spent = _SPENT_YEARS_AT.search(doc_text(self.doc)[start:stop])
        years = lexicon().number(spent.group("n")) if spent else None
        if spent is None or years is None or years[0] != years[1] or spent.group("org") != org.split()[0]:
            return None
        if not end.value[:4].isdigit():
            return None
        if any(m.entity not in keys for m in self.index.person_mentions(start, stop)):
            return None
        length = years[0] * (10 if spent.group("unit").lower().startswith("decade") else 1)
        return DateValue(str(int(end.value[:4]) - length))

    def _work_released(self, ctx: SentenceContext, keys: frozenset[str]) -> DateValue | None:
        """The year a work in `keys` came out, as the text tells it after a mention of the work,
        else as the sentence after a mention tells it of "the film" (that mention's sentence
        naming no other work)."""
        text = doc_text(self.doc)
        works = [k for k in keys if k.startswith("work:")]
        if not works:
            return None
        for mention in self.index.mentions_of_kind("work:", 0, len(text)):
            if mention.entity in works and mention.span.comment is None:
                released = _WORK_RELEASED_AFTER.match(text[mention.span.end : mention.span.end + 90])
                if released is not None:
                    return DateValue(
                        released.group("year") or released.group("bracketed") or released.group("its")
                    )
                when = self._released_when(mention.span.end)
                if when is not None:
                    return when
        held = self._part_held_since(works, keys)
        if held is not None:
            return held
        report = self.report_date
        for mention in self.index.mentions_of_kind("work:", 0, len(text)):
            if (
                mention.entity in works
                and report is not None
                and report.value[:4].isdigit()
                and _NEW_WORK_BEFORE.search(text[max(0, mention.span.start - 60) : mention.span.start])
            ):
                return DateValue(report.value[:4])  # "his new film, X": the report's year
        for work in sorted(works):
            # every place the work's name is written (a name before "premiere" is not always
            # found as a mention of the work)
            for found in re.finditer(rf"\b{re.escape(self.index.name(work))}\b", text):
                premiere = self._premiere_year(found.start(), found.end())
                if premiere is not None:
                    return premiere
        year = self._work_year(works)
        if year is not None:
            return year
        places = [
            (m.span.start, m.span.end)
            for m in self.index.mentions_of_kind("work:", 0, len(text))
            if m.entity in works and m.span.comment is None
        ]
        for work in sorted(works):
            # the name written where no mention of the work was found ("met on the set of X")
            places += [
                (f.start(), f.end()) for f in re.finditer(rf"\b{re.escape(self.index.name(work))}\b", text)
            ]
        for start, stop in sorted(set(places)):
            span = self.doc.char_span(start, stop, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = span[0].sent
            named = {m.entity for m in self.index.mentions_of_kind("work:", sent.start_char, sent.end_char)}
            if named <= set(works):
                opens = self._next_sentence_date((sent.start_char, sent.end_char), _WORK_RELEASED_NEXT, keys)
                if opens is not None:
                    return opens
        return None

    def _work_year(self, works: list[str]) -> DateValue | None:
        """The one year the text gives a work in `works` right around its name: "the 2001 thriller
        X", "on the set of the sitcom X in 2007"."""
        text = doc_text(self.doc)
        years: set[str] = set()
        for work in works:
            for found in re.finditer(rf"\b{re.escape(self.index.name(work))}\b", text):
                before = text[max(0, found.start() - 60) : found.start()]
                modifier = _YEAR_WORK_BEFORE.search(before)
                if modifier is not None:
                    years.add(modifier.group("year"))
                elif _MADE_BEFORE.search(before) and (made := _YEAR_AFTER_WORK.match(text, found.end())):
                    years.add(made.group("year"))
        return DateValue(years.pop()) if len(years) == 1 else None

    def _part_began(self, keys: frozenset[str], date: DateValue) -> bool:
        """Whether `date` is when the part began, as told by "has hosted X since 2014" (an event
        of the timeline, unlike a work's release)."""
        works = [k for k in keys if k.startswith("work:")]
        held = self._part_held_since(works, keys) if works else None
        return held is not None and held.value == date.value

    def _part_held_since(self, works: list[str], keys: frozenset[str]) -> DateValue | None:
        """The year a part in a work began, told as held "since": of the work by name, by a "which"
        right after its name, or as "the show" when the last work named before is this one and
        the sentence names no one but the claim's people."""
        text = doc_text(self.doc)
        names = {self.index.name(w) for w in works}
        for found in _HELD_PART_SINCE.finditer(text):
            what = (found.group("what") or "").strip(" \"“”’'")
            before = text[max(0, found.start() - 120) : found.start()]
            if what in names or any(name in what for name in names):
                return DateValue(found.group("year"))
            if not what and any(
                re.search(rf"\b{re.escape(name)}[\"”’']?\s*,?\s*(?:which|that)\s+(?:he|she|they)\s+$", before)
                for name in names
            ):
                return DateValue(found.group("year"))  # "X, which she has fronted since 2014"
            if not _WORK_DESCRIBED.match(what):
                continue
            earlier = self.index.mentions_of_kind("work:", 0, found.start())
            if not earlier or earlier[-1].entity not in works:
                continue
            line_start = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
            if all(m.entity in keys for m in self.index.person_mentions(line_start, found.start())):
                return DateValue(found.group("year"))  # "has hosted the cooking series since 2020"
        return None

    def _released_when(self, end: int) -> DateValue | None:
        """The year of a release told right after a work's mention ending at `end` by a date the
        tagger found ("X, was released last year")."""
        text = doc_text(self.doc)
        for t in self.times:
            if t.span.start < end or t.span.comment is not None:
                continue
            if t.kind in ("date", "relative") and _WORK_RELEASED_WHEN.match(text[end : t.span.start]):
                value = self._value_of(t)
                if value is not None and value.value[:4].isdigit():
                    return DateValue(value.value[:4])
            return None
        return None

    def _premiere_year(self, start: int, end: int) -> DateValue | None:
        """The year of a work's premiere told right after its mention at `start`..`end`: "the
        premiere of her film X, on May 23", "the X premiere in May"."""
        text = doc_text(self.doc)
        for t in self.times:
            if t.span.start < end or t.span.comment is not None or t.kind not in ("date", "relative"):
                continue
            gap = text[end : t.span.start]
            named_before = _PREMIERE_OF_BEFORE.search(text[max(0, start - 50) : start])
            if re.fullmatch(r",?\s+premiere\s+(?:in|on)\s+", gap) or (
                named_before and re.fullmatch(r",?\s+(?:in|on)\s+", gap)
            ):
                value = self._value_of(t)
                if value is not None and value.value[:4].isdigit():
                    return DateValue(value.value[:4])
            return None
        return None

    def _age_said_now(self, ctx: SentenceContext, cue_start: int, cue_end: int, date: DateValue) -> bool:
        """Whether an age the rule dated by a year after it is said with a present-tense verb
        ("the 36-year-old works as a pundit, and in 2023 he joined X"): then it holds now."""
        dating = [
            t for t in ctx.times if t.value == date and t.span.start >= cue_end and _A_YEAR.search(t.text)
        ]
        if not dating:
            return False
        if _PRESENT_VERB_AFTER.match(doc_text(self.doc)[cue_end : cue_end + 40]):
            return True  # "the 36-year-old works as ..."
        span = self.doc.char_span(cue_start, cue_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root
        for _ in range(3):  # "X, 34," parsed as an apposition or an amod of the name
            if head.dep_ in ("nsubj", "nsubjpass") or head.head.i == head.i:
                break
            head = head.head
        if head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = head.head
        present = verb.tag_ in _PRESENT_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS for c in verb.children
        )
        return present and verb.idx < dating[0].span.start

    def _opening_date(
        self, ctx: SentenceContext, predicate: str, cue_start: int, cue_end: int, date: DateValue | None
    ) -> DateValue | None:
        """The date that opens the sentence ("In 2021 she married X, a teacher she met in 2018"), when
        the rule took a date from a later clause after a comma: the opening date is the claim's."""
        if date is None or predicate == "age":
            return None
        text = doc_text(self.doc)
        opening = next(
            (
                t
                for t in ctx.times
                if t.kind == "date"
                and t.span.end <= cue_start
                and _OPENING_IN.fullmatch(text[ctx.start : t.span.start])
            ),
            None,
        )
        value = self._value_of(opening) if opening is not None else None
        if opening is None or value is None or value == date or cue_start - opening.span.end > 60:
            return None
        if any(t.span.end <= cue_start and t.span.start >= opening.span.end for t in ctx.times):
            return None  # another date between the opening one and the cue
        taken = [
            t
            for t in ctx.times
            if t.span.start >= cue_end and t.kind in ("date", "relative") and self._value_of(t) == date
        ]
        if not taken or "," not in text[cue_end : taken[0].span.start]:
            return None  # "In 2021 she moved to Leeds in May": the later date is the clause's own
        if _SINCE_BEFORE_DATE.search(text[max(ctx.start, taken[0].span.start - 8) : taken[0].span.start]):
            return None  # "..., whom she has known since 2015": a start, told of the clause's own state
        return value

    def _parting_as_topic(
        self, ctx: SentenceContext, predicate: str, cue_start: int, cue_end: int, date: DateValue
    ) -> bool:
        """Whether a parting's cue is only the topic of something else the sentence dates ("files
        involving their split", "a row over their divorce"), with no date right after the cue."""
        if predicate not in ("separated", "divorced"):
            return False
        text = doc_text(self.doc)
        if not _TOPIC_BEFORE.search(text, max(ctx.start, cue_start - 30), cue_start):
            return False
        return not any(
            t.span.start >= cue_end and _DATE_RIGHT_AFTER.fullmatch(text[cue_end : t.span.start])
            for t in ctx.times
            if t.kind in ("date", "relative")
        )

    def _claim_dates(
        self,
        ctx: SentenceContext,
        subject: str,
        predicate: str,
        obj: str | None,
        cue_start: int,
        cue_end: int,
        date: DateValue | None,
        end: DateValue | None,
        explicit: bool,
        obj_name: str | None,
        keys: frozenset[str],
    ) -> tuple[DateValue | None, DateValue | None, bool]:
        """A new claim's date, end and whether the date is its sentence's own, from what its rule
        gave (`date`, `end`, `explicit`): its clause's dates, then a listicle heading's or section's,
        then the report's for a state said to hold now."""
        if (
            date is not None
            and end is None
            and self._parting_as_topic(ctx, predicate, cue_start, cue_end, date)
        ):
            # "had the court files involving their split sealed on Jan. 10": the
            # parting is what the files are about; the day is the files', not the split's
            date, explicit = None, False
        opening = self._opening_date(ctx, predicate, cue_start, cue_end, date) if end is None else None
        if opening is not None:
            date, explicit = opening, True
        recalled = self._event_counted_from(ctx, predicate, cue_start) if end is None else None
        if recalled is not None:
            # "Five years after their split they started a podcast": the split, told before, is
            # the date the count starts from (not the sentence's "now"), and no new event
            return recalled, None, False
        if (
            explicit
            and predicate in _AS_OF_PREDICATES
            and date is not None
            and self.report_date is not None
            and date.value == self.report_date.value
            and self._dated_by_now_only(ctx, date)
        ):
            explicit = False  # "is now engaged to X": a state as of the report, no event of that day
        date, end, event = self._own_dates(ctx, predicate, cue_start, cue_end, date, end, obj_name, keys)
        explicit = explicit or event
        if (
            date is None
            and end is None
            and predicate not in ("residence", "age")
            # ("In May 2019, when X played his last match, with his daughters A and B in the
            # front row": the day of the match, not the daughters' birth)
            and (predicate != "child" or _BIRTH_WORD.search(ctx.text))
        ):
            when = self._when_clause_date(ctx, cue_start)
            if when is not None:
                date, explicit = when, True  # "began in 1995, when she was hired by X"
        lasted = _AFTER_YEARS_OF.search(ctx.text) if date is None and predicate in _ENDED_PAIRS else None
        until = end
        # the parting the count ends at: before "after N years of marriage", or after it when the
        # count opens the sentence ("After 15 years of marriage, X and Y have announced ...")
        lo, hi = (0, lasted.start()) if lasted is not None else (0, 0)
        if lasted is not None and not ctx.text[: lasted.start()].strip(" \"“'"):
            lo, hi = lasted.end(), len(ctx.text)
        parting = ctx.text[lo:hi]
        if lasted is not None and end is None and _PARTING_EVENT.search(parting):
            # "announced last autumn that they had separated after 12 years of marriage": counted
            # back from the parting's date (which need not end a marriage: a separation)
            until = next(
                (
                    v
                    for t in ctx.times
                    if t.kind in ("date", "relative")
                    and ctx.start + lo <= t.span.start < ctx.start + hi
                    and (v := self._value_of(t)) is not None
                    and not self._dated_by_now_only(ctx, v)
                ),
                None,
            )
        if (
            lasted is not None
            and until is None
            and end is None
            and (
                _PARTED_NOW.search(parting)
                or _PARTING_PROGRESSIVE.search(parting)
                or _ANNOUNCED_NOW.search(parting)
                or (self._in_lede(ctx) and _PARTING_EVENT.search(parting))
            )
        ):
            # "have split after three years of dating", "are divorcing after ...", or a report's
            # lede "X and Y divorced after six years of marriage": the parting is news now
            until = self.report_date
        years = self._years_of(lasted) if lasted else None
        if years is not None and years[0] == years[1] and until is not None and until.value[:4].isdigit():
            # "split in 2023 after nine years of marriage" (the wedding, or the romance's start,
            # is an event of the couple's timeline)
            date, explicit = DateValue(str(int(until.value[:4]) - years[0])), True
            if (
                end is None
                and predicate in _ENDING_PARTING
                and _ENDING_PARTING[predicate].search(parting)
                and not _FILED_FOR.search(parting)
            ):
                end = until  # "divorced after six years of marriage" (not one only filed for): ended then
        if date is not None and date is self.report_date and not explicit and predicate in _HEADING_DATED:
            # a rule's "as of the report" ("2022: They move to Nashville"): a heading's date, if
            # there is one, says more
            heading = self._date_below_heading(ctx) or self._section_date(cue_start)
            if heading is not None and end is None:
                date = None
        if date is None and end is None and predicate in _HEADING_DATED:
            date = self._date_below_heading(ctx)
            explicit = explicit or date is not None
        if (
            date is None
            and end is None
            and predicate in _HEADING_DATED
            # ("July 2024: They marry, with Quill's mother, Bridget Quill, officiating": no birth)
            and (predicate != "child" or _BIRTH_WORD.search(ctx.text))
        ):
            section = section_at(doc_text(self.doc), cue_start)
            if section is not None:
                # a part in a work is dated, but it is no event of the couple's timeline
                date, explicit = section.date, predicate not in _HEADING_DATED_ONLY
                # "## July 2019 / ... a month after X's split from Y": counted back from the heading
                date = self._counted_back_from(ctx, cue_end, date) or date
        if (
            predicate in _ENDED_PAIRS
            and date is not None
            and self.report_date is not None
            and date.value == self.report_date.value
            and self._dated_by_now_only(ctx, date)
            and _PAST_BEFORE_CUE.search(doc_text(self.doc)[max(ctx.start, cue_start - 40) : cue_start])
        ):
            # "At the time, X was married to Y, with whom he shares a daughter, now 10": a union
            # told in the past tense does not hold as of the report ("now" is the daughter's age)
            date = None
        if date is None and end is None and predicate == "child":
            # "they welcomed a daughter, Liv, on their fifth wedding anniversary" (the wedding dated)
            date = self._on_anniversary(ctx, subject)
            explicit = explicit or date is not None
        if date is None and end is None and (predicate in COUPLE_EVENTS or predicate == "child"):
            # "got engaged in 2019, two years after they started dating" (2017), "married in 2017,
            # a year after their son Leo was born" (2016)
            date = self._counted_back(ctx, cue_end)
            explicit = explicit or date is not None
        if date is None and end is None and (predicate in COUPLE_EVENTS or predicate == "child"):
            answered = self._answered_by_date(ctx)
            if answered is not None:
                date, explicit = answered, True  # "Q: When did he remarry? A: Last May! My dad married X"
        if date is None and end is None and predicate in COUPLE_EVENTS:
            soon = self._soon_after(ctx, cue_start, cue_end)
            if soon is not None:
                date, explicit = soon, True  # "met X in June 2012. Shortly after, they got engaged"
        if (
            date is None
            and end is None
            and predicate in ("divorced", "separated")
            and self._parting_is_news(ctx)
        ):
            date = self.report_date  # "have divorced after eleven years", "has filed for divorce"
        if predicate == "engaged" and end is None:
            date = self._proposed_next(ctx, date, keys) or date
        if predicate == "engaged" and end is None and date in (None, self.report_date):
            ring = _RING_GIVEN.search(doc_text(self.doc), cue_end, ctx.end)
            given = self._date_following(ctx, ring.end()) if ring else None
            if given is not None:
                date, explicit = given, True  # "her fiancé, X, ... the emerald he gave her in March"
        if predicate == "met" and _EVER_MET.search(
            doc_text(self.doc)[max(ctx.start, cue_start - 6) : cue_end]
        ):
            date, explicit = None, False  # "the calmest person I've ever met": no meeting told
        if predicate == "met" and date is None and end is None and obj is not None:
            date = self._introduced(subject, obj)
            explicit = explicit or date is not None
        if predicate == "met" and date is None and end is None:
            # (the work's year, told of the work: its timeline event already puts the pair there)
            date = self._met_filming_year(cue_end)
        if predicate == "met" and date is None and end is None:
            setting = _MET_AT_SOMETHING.match(doc_text(self.doc)[cue_end : ctx.end])
            if setting is not None:
                again = re.compile(rf"^\s*(?:That|The|This)\s+{re.escape(setting.group('noun'))}\b")
                here = (ctx.start, ctx.end)
                closing = self._next_sentence(*here)  # (a quotation's closing mark, parsed apart)
                if closing is not None and not re.search(r"\w", doc_text(self.doc)[closing[0] : closing[1]]):
                    here = closing
                date = self._next_sentence_date(here, again, keys)
                explicit = explicit or date is not None
        if predicate in ("separated", "divorced") and date is not None and end is None:
            stated = self._stated_next(ctx, date, keys)
            if stated is not None:
                date, explicit = stated, True  # the statement that told the parting
        if (
            predicate in _ENDED_PAIRS
            and end is None
            and self._from_past_relation(ctx, cue_start, cue_end, obj_name)
        ):
            # "a son, Felix, 8, from his relationship with X": a past relation, undated here
            return None, None, False
        if date is None and end is None and self._starts_state(predicate, cue_start, cue_end):
            # "- 2014: Dole opens her first restaurant, X", "2019: joins the BBC": the event
            # that starts the ownership or the job is the section's
            date = self._section_date(cue_start)
        if (
            predicate == "employer"
            and date is None
            and end is None
            and section_at(doc_text(self.doc), cue_start) is None
        ):
            date = self._joining_now(ctx, cue_start, cue_end, obj_name)  # "is leaving X to join Y"
        if (
            predicate == "appeared_in"
            and date is None
            and end is None
            and section_at(doc_text(self.doc), cue_start) is None
        ):
            date = self._hosting_now(ctx, cue_end, obj_name)  # "has been named host of X"
        if (
            predicate in _AS_OF_PREDICATES
            and date is None
            and end is None
            and predicate not in ("employer", "age")
            and not _PAST_BEFORE_CUE.search(doc_text(self.doc)[max(ctx.start, cue_start - 40) : cue_start])
            # "X and Y dated for three years": held once, not as of the report ("have dated" may)
            and not (
                _PAST_DATING_CUE.match(doc_text(self.doc)[cue_start:cue_end])
                and not _PERFECT_BEFORE.search(doc_text(self.doc)[max(ctx.start, cue_start - 12) : cue_start])
            )
            and not (
                predicate == "residence"
                and _LIVED_BEFORE.search(doc_text(self.doc)[max(ctx.start, cue_start - 50) : cue_start + 6])
            )
        ):
            date = self.report_date
            if predicate in _SUPERSEDED and self._dated_elsewhere(predicate, subject, obj):
                date = None  # the text dates the engagement itself: "as of" the report says less
        elif (
            predicate in _STARTED_ELSEWHERE
            and end is None
            and _ANNOUNCED_BEFORE.search(doc_text(self.doc)[max(ctx.start, cue_start - 40) : cue_start])
            and self._dated_elsewhere(predicate, subject, obj, by_event=True)
        ):
            date = None  # "announced their engagement last month", after "proposed in January"
        if (
            predicate in _AS_OF_PREDICATES
            and predicate != "age"
            and end is None
            and date is not None
            and date is self.report_date
            and date.value[:4].isdigit()
            and _SINCE_YEAR_START.search(doc_text(self.doc), cue_end, min(ctx.end, cue_end + 60))
        ):
            # "seeing each other since the new year": the romance began then
            date, explicit = DateValue(f"{date.value[:4]}-01"), True
        if (
            predicate in _TITLED_START
            and end is None
            and not explicit
            and (date is None or date is self.report_date)
            and (titled := self._titled_section_date(predicate)) is not None
        ):
            # "Spring 2017: They make it official" heads a relationship timeline: the romance the
            # intro calls "their romance so far" began then
            date = titled
        if predicate == "spouse" and date is None and end is None and obj is not None:
            # "her husband, X ... Nash married the tech investor in 2019"
            date = self._married_described(subject, obj)
            explicit = explicit or date is not None  # the wedding, told as an event of its own
        if predicate == "spouse" and end is None and (date is None or date.precision != "day"):
            date = self._wedding_by_anniversary(date) or date
        if (
            predicate == "spouse"
            and date is not None
            and _MARRIED_STATE.match(doc_text(self.doc)[cue_start:cue_end])
            and _PAST_UNION_BEFORE.search(doc_text(self.doc)[max(ctx.start, cue_start - 20) : cue_start])
            and not any(t.span.start >= cue_end and self._value_of(t) == date for t in ctx.times)
            and any(t.span.end <= cue_start and self._value_of(t) == date for t in ctx.times)
        ):
            # "At the time, X was married to Y": a time the marriage held, not its start (the
            # wedding's date, "were married in 2012", follows the cue)
            date = None
        if (
            predicate in _ENDED_PAIRS
            and date is None
            and end is not None
            and end.value[:4].isdigit()
            # (an "ex-wife" is ended by the report: no end the text tells)
            and (self.report_date is None or end.value != self.report_date.value)
        ):
            # "he had dated X for about three years. 'We broke up in 2009'": the start, counted back
            # from the end told elsewhere by the length its own clause gives
            lasted = _FOR_YEARS_AFTER_CUE.match(doc_text(self.doc), cue_end, min(ctx.end, cue_end + 80))
            years = lexicon().number(lasted.group("n")) if lasted else None
            if years is not None and years[0] == years[1]:
                date = DateValue(str(int(end.value[:4]) - years[0]))
        return date, end, explicit

    def _parting_in_section(self, ctx: SentenceContext, cue_start: int) -> DateValue | None:
        """The date of a parting told before the cue in a dated section ("## July 2019 / ... a month
        after X's split from his girlfriend of four years, Y"): the section's, counted back."""
        text = doc_text(self.doc)
        section = section_at(text, cue_start)
        if section is None:
            return None
        partings = list(_PARTING_VERB.finditer(text, ctx.start, cue_start))
        if not partings:
            return None
        return self._counted_back_from(ctx, partings[-1].end(), section.date) or section.date

    def _met_filming_year(self, cue_end: int) -> DateValue | None:
        """The year of a meeting "on the first day of filming" (no work named): that of the work
        named last before it, in the text just before, as the text gives it."""
        text = doc_text(self.doc)
        if not _MET_ON_SET_AFTER.match(text, cue_end):
            return None
        before = self.index.mentions_of_kind("work:", max(0, cue_end - _SET_WORK_REACH), cue_end)
        if not before or "\n" in text[before[-1].span.end : cue_end]:
            return None
        return self._work_year([before[-1].entity])

    def _from_past_relation(
        self, ctx: SentenceContext, cue_start: int, cue_end: int, obj_name: str | None
    ) -> bool:
        """Whether the cue ends with "from his relationship with X" (X the claim's other person):
        the relation a child came from, past."""
        window = doc_text(self.doc)[max(ctx.start, cue_start - 60) : cue_end]
        found = list(_FROM_RELATION_BEFORE.finditer(window))
        if not found or not obj_name:
            return False
        tail = window[found[-1].end() :]
        last = obj_name.split()[-1]
        # the cue ends at "with", or at the other person's name right after it
        return not tail.strip() or (
            len(tail) < 50 and not re.search(r"[,;]", tail) and tail.rstrip().endswith(last)
        )

    def _answered_by_date(self, ctx: SentenceContext) -> DateValue | None:
        """The date a sentence of nothing but a date gives right before the claim's own, in its
        paragraph ("A: Last May! My dad married his girlfriend in Nicosia"): an answer's date."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, ctx.start) + 1
        before = text[line_start : ctx.start]
        for t in self.times:
            if t.span.comment is not None or not (line_start <= t.span.start < ctx.start):
                continue
            rest = before[: t.span.start - line_start] + before[t.span.end - line_start :]
            if t.kind in ("date", "relative") and _DATE_ONLY_LEFT.fullmatch(rest):
                return self._value_of(t)
        return None

    def _when_clause_date(self, ctx: SentenceContext, cue_start: int) -> DateValue | None:
        """The date right before a "when" clause that holds the cue ("in 1995, when she was hired
        by X"): the last date before the cue in its sentence, when the clause follows it."""
        text = doc_text(self.doc)
        before = [t for t in ctx.times if t.span.end <= cue_start and t.kind in ("date", "relative")]
        gap = text[before[-1].span.end : cue_start] if before else ""
        if not before or not _WHEN_AFTER_DATE.match(gap) or CLAUSE_BREAK.search(gap, gap.find("when") + 5):
            return None  # (the cue in a clause of its own after the "when" clause: ", and they have")
        value = self._value_of(before[-1])
        return value if value is not None and before[-1].anchor != "publication" else None

    def _in_lede(self, ctx: SentenceContext) -> bool:
        """Whether `ctx` is in the report's first paragraph (its lede), naming no date of its own."""
        text = doc_text(self.doc)
        first = text.find("\n\n", len(text) - len(text.lstrip()))
        in_first = first < 0 or ctx.start < first
        return in_first and not any(t.kind in ("date", "relative") for t in ctx.times)

    def _parting_is_news(self, ctx: SentenceContext) -> bool:
        """Whether a parting the sentence tells with no date is news of the report: "have split",
        "are divorcing", "has filed for divorce", or a lede's "divorced after six years of marriage"."""
        text = ctx.text
        if _FILED_NOW.search(text) or _PARTING_PROGRESSIVE.search(text):
            return True  # "has filed for divorce", "is divorcing her husband of 11 years"
        if not _AFTER_YEARS_OF.search(text):
            return False  # (a bare "X and Y have split." may be dated by what follows, or not at all)
        if _PARTED_NOW.search(text) or _PARTING_PROGRESSIVE.search(text) or _ANNOUNCED_NOW.search(text):
            return True
        return bool(self._in_lede(ctx) and _PARTING_VERB.search(text))

    def _joining_now(
        self, ctx: SentenceContext, cue_start: int, cue_end: int, obj_name: str | None
    ) -> DateValue | None:
        """The date of a job taken now or to come, said right before the employer ("is leaving X
        to join Y", "will join Y next month", "has joined Y"): the date after the cue in its
        clause, else the report's day for a job begun, its year for one to come."""
        report = self.report_date
        if obj_name is None or report is None:
            return None
        text = doc_text(self.doc)
        at = text.rfind(obj_name, cue_start, cue_end + 1)
        if at < 0:
            at = text.rfind(obj_name.split()[0], cue_start, cue_end + 1)
        if at < 0:
            return None
        lead = text[max(ctx.start, at - 80) : at]
        stated = self._date_following(ctx, cue_end)
        if _APPOINTED_PAST.search(lead):
            return stated  # "was named editor of Y in 2019"
        appointed = _APPOINTED_NOW.search(lead)
        joining = appointed or _JOINING_NOW.search(lead) or _BECOMING_AT.search(lead)
        if joining is None:
            return None
        if (
            stated is not None
            and stated.value[:4].isdigit()
            and stated.value >= report.value[: len(stated.value)]
        ):
            return stated  # "will join Y next month", "joins Y in June"
        if appointed is not None or _JOINED_ALREADY.match(joining.group("verb")):
            return report
        return DateValue(report.value[:4]) if report.value[:4].isdigit() else None

    def _hosting_now(self, ctx: SentenceContext, cue_end: int, obj_name: str | None) -> DateValue | None:
        """The date of a part in a show taken now ("has been named the new host of X": the
        report's day) or to come ("will host X from next month": that date, else the report's
        year), said right before the show's name."""
        report = self.report_date
        if obj_name is None or report is None or not report.value[:4].isdigit():
            return None
        text = doc_text(self.doc)
        at = text.rfind(obj_name, ctx.start, cue_end + 1)
        if at < 0:
            return None
        lead = text[max(ctx.start, at - 90) : at]
        stated = self._date_following(ctx, at + len(obj_name))
        if _HOSTING_NOW.search(lead):
            return report
        if _HOSTING_FUTURE.search(lead):
            if (
                stated is not None
                and stated.value[:4].isdigit()
                and stated.value >= report.value[: len(stated.value)]
            ):
                return stated
            return DateValue(report.value[:4])
        return None

    def _proposed_next(
        self, ctx: SentenceContext, date: DateValue | None, keys: frozenset[str]
    ) -> DateValue | None:
        """The date of a proposal the next sentence tells ("X is engaged to Y, the palace announced
        on Tuesday. He proposed in January"), when it is no later than the engagement's date so far."""
        proposed = self._next_sentence_date((ctx.start, ctx.end), _PROPOSED, keys)
        if proposed is None or not proposed.value[:4].isdigit():
            return None
        if date is not None and proposed.value[: len(date.value)] > date.value:
            return None
        return proposed

    def _introduced(self, subject: str, obj: str) -> DateValue | None:
        """The date of the one sentence that says the couple "were introduced" (the pair its
        subject, no one else named in it): the first date after the verb in its clause."""
        text = doc_text(self.doc)
        keys = {subject, obj}
        names = [self.index.name(k) if k in self.index.entities else k for k in (subject, obj)]
        found: set[str] = set()
        value: DateValue | None = None
        for match in _INTRODUCED.finditer(text):
            stop = min(
                (i for i in (text.find(". ", match.end()), text.find("\n", match.end())) if i >= 0),
                default=len(text),
            )
            start = match.start("who")
            if any(m.entity not in keys for m in self.index.person_mentions(start, stop)):
                continue
            who = match.group("who")
            if (
                who[0].isupper()
                and not who.lower().startswith(("the ", "they"))
                and not all(any(part in who for part in name.split()) for name in names)
            ):
                continue  # two other people introduced
            if who.lower().startswith(("the ", "they")):
                # "the two", "they": the person named last before is one of the pair
                named = [m.entity for m in self.index.person_mentions(max(0, start - _PAIR_REACH), start)]
                if not named or named[-1] not in keys:
                    continue
            span = self.doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = span[0].sent
            ctx_times = [t for t in self.times if match.end() <= t.span.start < min(stop, sent.end_char)]
            for t in ctx_times:
                if t.kind not in ("date", "relative") or t.span.comment is not None:
                    continue
                if breaks_before(text[match.end() : t.span.start]):
                    break
                dated = self._value_of(t)
                if dated is not None:
                    found.add(dated.value)
                    value = dated
                break
        return value if len(found) == 1 else None

    def _stated_next(self, ctx: SentenceContext, date: DateValue, keys: frozenset[str]) -> DateValue | None:
        """A finer date for a parting dated by a year or a season: the next sentence's statement
        in the same year ("announced last autumn that they had separated. In an Instagram
        statement in October, the former couple said"); or for a parting dated by the report as
        news, the day of that statement before it ("have announced their divorce ... said in a
        joint statement on Tuesday")."""
        report = date is self.report_date
        if date.precision != "year" and not report:
            return None
        stated = self._next_sentence_date((ctx.start, ctx.end), _STATEMENT_NEXT, keys)
        if stated is None or stated.precision == "year":
            return None
        if report:
            return stated if stated.precision == "day" and stated.value <= date.value else None
        return stated if stated.value.startswith(date.value) else None

    def _event_counted_from(self, ctx: SentenceContext, predicate: str, cue_start: int) -> DateValue | None:
        """The date of a couple's event named after a count ("Five years after their split"):
        the last date the text named before the count."""
        text = doc_text(self.doc)
        if predicate not in COUPLE_EVENTS or not _AFTER_THEIR.search(text[ctx.start : cue_start]):
            return None
        counted = next((t for t in ctx.times if t.span.end <= cue_start and _ENDS_AFTER.search(t.text)), None)
        return self._reference_before(counted, 0) if counted is not None else None

    def _twins_born_later(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> DateValue | None:
        """The date a later sentence of the claim's paragraph gives the birth of the twins (or
        triplets) the claim named ("his twins, Ada and Bo, 5, ... The twins were born in March
        2020"); None elsewhere."""
        text = doc_text(self.doc)
        named = _MULTIPLE_BIRTH.search(text, max(ctx.start, cue_start - 40), cue_end)
        if named is None:
            return None
        stop = text.find("\n", ctx.end)
        told = _MULTIPLE_BORN[named.group(1).lower()].search(text, ctx.end, len(text) if stop < 0 else stop)
        if told is None:
            return None
        for t in self.times:
            if t.span.start >= told.end() and t.kind in ("date", "relative") and t.span.comment is None:
                return None if breaks_before(text[told.end() : t.span.start]) else self._value_of(t)
        return None

    def _on_anniversary(self, ctx: SentenceContext, subject: str) -> DateValue | None:
        """The day of "on their fifth wedding anniversary" in the claim's sentence, from the date
        of `subject`'s one dated wedding the text told before (as precise as that date)."""
        found = _ON_ANNIVERSARY.search(ctx.text)
        if found is None:
            return None
        word = found.group("nth").lower()
        nth = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
        name = self.index.name(subject) if subject in self.index.entities else subject
        weddings = {
            c.date.value
            for c in self.claims
            if c.predicate == "spouse"
            and name in (c.subject, c.object)
            and c.date is not None
            and c.date is not self.report_date
            and c.date.value[:4].isdigit()
        }
        if nth is None or len(weddings) != 1:
            return None
        wedding = weddings.pop()
        if wedding[4:] == "-02-29":
            return None
        return DateValue(f"{int(wedding[:4]) + nth:04d}{wedding[4:]}")

    def _married_described(self, subject: str, obj: str) -> DateValue | None:
        """The date of "<subject> married the tech investor in 2019" for an undated marriage to
        `obj`: the one such sentence of the subject (by a name of theirs), naming no other person,
        when the subject has no other spouse in the text."""
        names = [self.index.name(k) if k in self.index.entities else k for k in (subject, obj)]
        if any(
            c.predicate == "spouse"
            and names[0] in (c.subject, c.object)
            and not set(names) >= {c.subject, c.object}
            for c in self.claims
        ):
            return None  # another marriage of the subject: which one is meant is unclear
        words = {w for w in names[0].split() if len(w) > 2}
        text = doc_text(self.doc)
        found: list[DateValue] = []
        for match in _MARRIED_DESCRIBED.finditer(text):
            if match.group("who") not in words:
                continue
            start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            stop = text.find(".", match.end())
            stop = len(text) if stop < 0 else stop
            if any(m.entity not in (subject, obj) for m in self.index.person_mentions(start, stop)):
                continue
            span = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = span[0].sent
            ctx_times = [t for t in self.times if sent.start_char <= t.span.start < sent.end_char]
            dated = next(
                (
                    v
                    for t in ctx_times
                    if t.span.start >= match.end() - 4
                    and t.kind in ("date", "relative")
                    and (v := self._value_of(t)) is not None
                    and t.anchor != "publication"
                ),
                None,
            )
            if dated is not None:
                found.append(dated)
        return found[0] if len({f.value for f in found}) == 1 else None

    def _soon_after(self, ctx: SentenceContext, cue_start: int, cue_end: int) -> DateValue | None:
        """The year of the date the text named last before a cue that "soon after" ties to it
        ("and they began dating soon after", "Shortly afterwards, they got engaged"), in the same
        paragraph; only when soon after that date is still the same year (not in December)."""
        text = doc_text(self.doc)
        before = text[ctx.start : cue_start]
        after = text[cue_end : ctx.end]
        if not (_SOON_AFTER_OPENS.match(before) or _SOON_AFTER_CLOSES.match(after)):
            return None
        for t in reversed(self.times):
            if t.span.end > cue_start or t.span.comment is not None:
                continue
            if "\n" in text[t.span.end : cue_start]:
                return None
            value = self._value_of(t) if t.kind in ("date", "relative") else None
            if value is None or t.anchor == "publication" or not value.value[:4].isdigit():
                continue
            month = int(value.value[5:7]) if value.precision != "year" else None
            return DateValue(value.value[:4]) if month is None or month < 12 else None
        return None

    def _titled_section_date(self, predicate: str) -> DateValue | None:
        """The date of the one dated section whose heading's title starts `predicate` ("2017: They
        make it official" for a romance, "December 24, 2020: The proposal" for an engagement)."""
        text = doc_text(self.doc)
        titled = [
            section.date
            for section in dated_sections(text)
            if _TITLED_START[predicate].search(text[section.start : section.body])
        ]
        return titled[0] if len(titled) == 1 else None

    def _wedding_by_anniversary(self, date: DateValue | None) -> DateValue | None:
        """The wedding day counted back from a day the text says fell on the couple's Nth wedding
        anniversary ("the baby arrived on the couple's third wedding anniversary ... welcomed a
        son on Sunday"): the first day named in the same or the next sentence after it. Only when
        it agrees with the wedding's date so far (`date`), and the text tells one such day."""
        text = doc_text(self.doc)
        found = list(_ON_ANNIVERSARY.finditer(text))
        if len(found) != 1 or date is None:
            return None
        word = found[0].group("nth").lower()
        nth = int(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
        if nth is None:
            return None
        stop = found[0].end() + _ANNIVERSARY_REACH
        day = next(
            (
                v
                for t in self.times
                if found[0].start() - _ANNIVERSARY_REACH <= t.span.start < stop
                and t.span.comment is None
                and t.kind in ("date", "relative")
                and (v := self._value_of(t)) is not None
                and v.precision == "day"
            ),
            None,
        )
        if day is None:
            return None
        wedding = DateValue(f"{int(day.value[:4]) - nth:04d}{day.value[4:]}")
        if day.value[4:] == "-02-29" or not wedding.value.startswith(date.value):
            return None
        return wedding

    def _since_month(self, ctx: SentenceContext, cue_end: int, clause_after: str) -> DateValue | None:
        """The date after "since" in the clause after a cue, when the tagger dates it finer than a
        year or the text gives no year ("since September")."""
        text = doc_text(self.doc)
        for t in ctx.times:
            if t.span.start < cue_end or t.span.start > cue_end + len(clause_after):
                continue
            if t.kind == "date" and _SINCE_BEFORE.match(text[cue_end : t.span.start]):
                value = self._value_of(t)
                return value if value is not None and not _A_YEAR.fullmatch(t.text) else None
        return None

    def _dated_by_now_only(self, ctx: SentenceContext, date: DateValue) -> bool:
        """Whether only a bare "now" in the sentence gives `date` (not "today", not a day named)."""
        dating = [t for t in ctx.times if t.value is not None and t.value.value == date.value]
        return bool(dating) and all(t.text.lower() in _NOW_WORDS for t in dating)

    def _starts_state(self, predicate: str, cue_start: int, cue_end: int) -> bool:
        """Whether a claim's cue is the founding of what is owned or the joining of an employer."""
        text = doc_text(self.doc)
        cue, before = text[cue_start:cue_end], text[max(0, cue_start - 40) : cue_start]
        if predicate == "owns":
            return bool(self._founding_in_cue(cue, None) or _FOUNDED_BEFORE.search(before))
        if predicate == "employer":
            return bool(_JOINS.match(cue) or _JOINS_BEFORE.search(before))
        return False

    def _supersede_earlier(self, claim: Claim) -> None:
        """Undate the earlier claims of the same relation that `claim`'s date outranks: an
        announcement's date outranks the report's, the event's own outranks both; a start counted
        back from a parting yields to a year (one apart at most) told of the start itself ("left
        in 2013, the year after they married" after "divorcing after twelve years of marriage")."""
        predicate, date, end = claim.predicate, claim.date, claim.end
        if (
            predicate in _ENDED_PAIRS
            and date is not None
            and date is not self.report_date
            and date.value[:4].isdigit()
            and not _counted_start(claim)
        ):
            for earlier in self.claims:
                if (
                    earlier.predicate == predicate
                    and earlier.date is not None
                    and _counted_start(earlier)
                    and {earlier.subject, earlier.object} == {claim.subject, claim.object}
                    and abs(int(earlier.date.value[:4]) - int(date.value[:4])) <= 1
                ):
                    earlier.date = date
        if (
            predicate == "divorced"
            and date is not None
            and date is not self.report_date
            and _FILED_FOR.search(claim.evidence[-30:])
        ):
            for earlier in self.claims:
                if (
                    earlier.predicate == "divorced"
                    and earlier.date is not None
                    and earlier.date.value[: len(date.value)] >= date.value
                    and {earlier.subject, earlier.object} == {claim.subject, claim.object}
                    and _PARTING_PROGRESSIVE.search(earlier.evidence)
                ):
                    # "are divorcing, the couple said on Tuesday ... X filed for divorce in
                    # December": the divorce under way is dated by its filing
                    earlier.date = date
        if predicate in _SUPERSEDED and end is None and date not in (None, self.report_date):
            # an announcement's date outranks the report's, the event's own outranks both
            announced = self._announced(claim)
            for earlier in self.claims:
                if (
                    earlier.predicate == predicate
                    and earlier.end is None
                    and {earlier.subject, earlier.object} == {claim.subject, claim.object}
                    and (earlier.date is self.report_date or (not announced and self._announced(earlier)))
                ):
                    earlier.date = None  # "are engaged" (as of the report), now dated by "proposed in May"
        report = self.report_date
        if predicate == "spouse" and report is not None and date is not None and date.value < report.value:
            for earlier in self.claims:
                if (
                    earlier.predicate == "spouse"
                    and earlier.end is None
                    and earlier.date is not None
                    and earlier.date.value == report.value
                    and {earlier.subject, earlier.object} == {claim.subject, claim.object}
                ):
                    earlier.date = None  # "are now husband and wife ... married in September"
        self._end_by_divorce(claim)

    def _end_by_divorce(self, claim: Claim) -> None:
        """A marriage and its couple's divorce told in one sentence ("X and Y, who married in 2010,
        divorced in 2016"): the dated divorce ends the marriage, in whichever order they came."""
        if claim.predicate not in ("spouse", "divorced"):
            return
        other = "divorced" if claim.predicate == "spouse" else "spouse"
        for earlier in self.claims:
            if (
                earlier.predicate != other
                or earlier.sentence != claim.sentence
                or {earlier.subject, earlier.object} != {claim.subject, claim.object}
            ):
                continue
            marriage, divorce = (claim, earlier) if claim.predicate == "spouse" else (earlier, claim)
            if (
                (marriage.end is None or marriage.end is self.report_date)
                and divorce.date is not None
                and divorce.date is not self.report_date
                and not _FILED_FOR.search(divorce.evidence[-40:])  # (a divorce only filed for)
                and (marriage.date is None or marriage.date.value[:4] <= divorce.date.value[:4])
            ):
                marriage.end = divorce.date
