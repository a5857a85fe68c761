"""The tagger's regular expressions, built once from the vocabulary in data/time.toml.

Case matters on purpose: month and weekday names must be capitalised ("May", "June"),
so that the modal "may", the verb "march" and the pronoun "we" are never dates; every
other word is matched with a local (?i:...) group. Each rule has a name (the key of
`rules()`) that tagger.py dispatches on, and a priority: when two candidates overlap,
the longer one wins, and on equal length the earlier rule.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import WORD_START, alternation, lead_alternation, lexicon

# The words of the rel_unit rule ("the earlier this week"): a modifier, then the relation
REL_UNIT_PRE = ("earlier", "later", "early", "late")
REL_UNIT_REL = ("last", "next", "this", "coming", "previous", "past", "current")


def _ci(words: list[str] | tuple[str, ...]) -> str:
    return alternation(words, ignorecase=True)


def _lead(words: list[str] | tuple[str, ...], ignorecase: bool = True) -> str:
    """rf"\b{alternation(words, ignorecase)}", the same matches, written to start with a class of
    the words' first characters: the regex engine then tries the rule only where one stands,
    not at every position of the text (see lexicon.lead_alternation)."""
    first, rest = lead_alternation(words, ignorecase)
    return f"{first}{WORD_START}{rest}"


def _class_union(*classes: str) -> str:
    """One character class of several ("[Aa]", "[\\d]" -> "[Aa\\d]")."""
    return "[" + "".join(c[1:-1] for c in classes) + "]"


@cache
def rules() -> dict[str, re.Pattern[str]]:
    """Rule name -> compiled pattern, in priority order (dicts keep insertion order)."""
    lex = lexicon()
    month_words = [m.capitalize() for m in lex.months] + [m.upper() for m in lex.months]
    abbr_words = [m.capitalize() for m in lex.month_abbreviations]
    month_full = alternation(month_words)
    month_abbr = alternation(abbr_words) + r"\.?"
    month_any = f"(?:{month_full}|{month_abbr})"
    # rules that start with a month, "\b" and all, start with a class instead (see _lead)
    full_first, full_rest = lead_alternation(month_words)
    abbr_first, abbr_rest = lead_alternation(abbr_words)
    lead_month_full = f"{full_first}{WORD_START}{full_rest}"
    lead_month_any = f"{_class_union(full_first, abbr_first)}{WORD_START}(?:{full_rest}|{abbr_rest}\\.?)"
    weekday = alternation([w.capitalize() for w in lex.weekdays])
    wd_first, wd_rest = lead_alternation([w.capitalize() for w in lex.weekdays])
    year = r"(?:1[89]\d\d|20\d\d)"
    # Next to a named month a four-digit number is a year whatever the century
    # ("19 August 1745"); alone, only 1800-2099 is safe from counts and codes.
    dated_year = r"(?:1\d\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    num = lex.number_pattern
    units = _ci(list(lex.units))
    season = _ci(list(lex.seasons))
    ago = _ci(lex.ago)
    after_before = _ci([*lex.after, *lex.before, "from now"])
    num_first, num_rest = lex.number_lead
    number_list = [w for w in lex.numbers if w not in ("a", "an", "hundred")]
    number_words = alternation(number_list)
    words_first, words_rest = lead_alternation(number_list)
    words_class = _class_union(r"[\d]", words_first)
    age_units = _ci(lex.age_units)
    decade_words = _ci(list(lex.age_decade_words))
    set_units = _ci(
        [
            "day",
            "week",
            "month",
            "year",
            "weekend",
            "morning",
            "night",
            "evening",
            "summer",
            "winter",
            "spring",
            "fall",
            "autumn",
        ]
    )
    unit_adj = _ci(lex.unit_adjectives)
    day_parts = _ci(list(lex.day_parts))
    ordinals = _ci(list(lex.part_ordinals))
    fiscal = _ci(lex.fiscal)
    zone = r"(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT|MT)"
    ampm = r"(?i:[ap]\.m\.|[ap]m\b)"
    holiday_words = [*lex.holidays_fixed, *lex.holidays_easter, *lex.holidays_nth_weekday]
    half_units = _ci(["hour", "day", "year", "decade", "century", "month", "week", "minute"])
    # a count for ranges: a numeral or a number word, not "a" and not a vague word
    count = rf"(?:\d{{1,3}}|(?i:{number_words}(?:-{number_words})?))"
    multi = _ci(list(lex.multi_units))
    frame_first, frame_rest = lead_alternation(lex.day_frame_verbs, True)
    frame_class = _class_union(frame_first, "[LlEeTt]")
    pre_first, pre_rest = lead_alternation(REL_UNIT_PRE, True)
    rel_first, rel_rest = lead_alternation(REL_UNIT_REL, True)
    vague_of_lead = [
        "after",
        "following",
        "despite",
        "amid",
        "with",
        "ending",
        "took",
        "take",
        "takes",
        "spent",
        "spend",
    ]
    signal_units = ["years", "months", "weeks", "days", "hours", "minutes"]
    plural_vague = ["years", "months", "weeks", "days", "decades", "hours", "minutes"]
    aged_first, aged_rest = lead_alternation(lex.age_lead_words, True)
    rate_first, rate_rest = lead_alternation(lex.rate_amount_words, True)
    rate_class = _class_union(r"[\d%]", rate_first)
    # longest first: "to the present day" before "to the present"
    present = sorted(lex.present_phrases.items(), key=lambda p: -len(p[0]))
    plural_units = _ci(["years", "months", "weeks", "days", "decades", "hours", "centuries"])
    single_units = _ci(["year", "month", "week", "day", "decade", "hour", "century"])
    bare_lead = ["for", "over", "in", "within", *lex.bare_unit_verbs]
    bare_fill = _ci([w for w in lex.bare_unit_fillers if w not in ("the", "many")])
    return {
        "iso": re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
        "numeric": re.compile(r"\b(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})\b"),
        # a weekday joins the date only on its line: a headline ending "... until Friday"
        # is not the dateline "September 18, 2008" under it
        "month_day": re.compile(
            # "\b(?:{weekday},?[^\S\n]+)?{month_any}\s+", started with a class (see _lead); the
            # builder reads the month, the word before the day
            rf"{_class_union(wd_first, full_first, abbr_first)}{WORD_START}"
            rf"(?:{wd_rest},?[^\S\n]+{_class_union(full_first, abbr_first)}|)(?:{full_rest}|{abbr_rest}\.?)"
            rf"\s+(?P<day>{day})(?:st|nd|rd|th)?"
            rf"(?![\d:])(?:,?\s+(?P<year>{dated_year})\b)?"
        ),
        "day_month": re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<day>{day})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?(?P<month>{month_any})"
            rf"(?:,?\s+(?P<year>{dated_year})\b)?"
        ),
        # "March 18 and 19", "May 5-7": the second day is a TIMEX3 of its own, in the
        # first one's month (the first is month_day's); only where the number ends a
        # phrase ("March 3 and 15 people" is no day)
        "month_day_second": re.compile(
            rf"(?P<month>{lead_month_any})\s+{day}(?:st|nd|rd|th)?(?:\s+(?i:and|or|through|to)\s+|\s*[-–]\s*)"
            rf"(?P<day>{day})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<year>{dated_year})\b)?"
            r"(?=\s*[.,;:)]|\s+(?i:and|at|in|on|when|to|from|for|with|before|after|until)\b|\s*$)"
        ),
        "month_year": re.compile(rf"(?P<month>{lead_month_any}),?\s+(?:(?i:of)\s+)?(?P<year>{dated_year})\b"),
        "month_rel": re.compile(
            rf"(?P<rel>{_lead(['last', 'next', 'this', 'coming', 'past'])})\s+(?P<month>{month_full})\b"
        ),
        # "October of next year", "May last year"
        "month_of_year": re.compile(
            rf"(?P<month>{lead_month_full})\s+(?:(?i:of)\s+)?(?P<rel>(?i:last|next|this))\s+(?i:year)\b"
        ),
        # "the last week of March", "the first week of June 2012"
        "week_of_month": re.compile(
            rf"{_lead(['the'])}\s+(?P<ord>{ordinals})\s+(?i:week)\s+(?i:of|in)\s+(?P<month>{month_full})"
            rf"(?:,?\s+(?P<year>{dated_year})\b)?\b"
        ),
        # "met on the 19th", "due by the 3rd.": a day of the month the anchor is in (or the
        # one before or after, by tense); only where no noun follows ("the 19th hole")
        # The pattern is the last digit and its suffix (cheap to scan for); the builder
        # reads the day, "the " and the preposition before it.
        "ordinal_day": re.compile(
            r"\d(?i:st|nd|rd|th)\b"
            r"(?=\s*[.,;:)]|\s+(?i:and|at|or|to|when|through)\b|\s*$)"
        ),
        "month_bare": re.compile(rf"(?P<month>{lead_month_full})\b(?![-\s]*\d)"),
        "weekday": re.compile(
            rf"\b(?:(?P<rel>(?i:last|next|this|coming|past|on|that))\s+)?(?P<wd>{weekday})\b"
            rf"(?:\s+(?P<pod>{day_parts}))?"
        ),
        # "the 1990s", "the '80s", "early '70s", "mid-'80s": an apostrophe has no word
        # boundary before it, so a short decade starts where no letter or quote precedes
        # older newswire writes "the 1980's", "the mid-1970's", "the '60's" (the apostrophe
        # form is checked in the builder: "1990's budget" is the year's)
        "decade": re.compile(
            r"(?:\b(?:(?i:the)\s+)?(?:(?P<century>1[89]|20)(?P<dec>\d)0|['’](?P<short>\d)0|(?P<bare>[1-9])0)"
            r"|(?<![\w'’])['’](?P<short2>\d)0)(?P<apos>['’])?s\b"
        ),
        # "the nineties", "the late sixties": a decade in words, after "the" only
        "decade_word": re.compile(
            rf"{_lead(['the'])}\s+(?:(?i:early|mid|late)[-\s]+)?(?P<word>{_ci(list(lex.decade_word_values))})\b"
        ),
        # "mid-2011": a hyphen before a year only after a modifier (not "A330-2011")
        # The year comes first and what must stand before it is looked at from its end
        # ("...." are its four digits): a pattern that starts with a digit lets the regex
        # engine jump from digit to digit instead of trying every position of the text.
        # "(?<!\w....)" is the "\b" before the year.
        "year": re.compile(
            rf"(?P<year>{year})(?:(?<=(?i:mid|end)-....)|(?<=(?i:late)-....)|(?<=(?i:early)-....)"
            r"|(?<![\d$£€.,/-]....))(?<!\w....)(?![\d%]|[.,]\d|-\d|/)"
        ),
        # "In 1686 she married", "since 1540": an older year only right after a preposition
        # (alone, a number below 1800 is more often a count or a code than a year)
        "early_year": re.compile(rf"(?P<year>1{WORD_START}[0-7]\d\d)\b(?![\d%]|[.,]\d|-\d|/)"),
        # "the 2012-13 season", "in 1996-97", "the 2008-2009 recession": two TIMEX3s, the
        # first year and the second (its two digits alone where so written, as HeidelTime
        # tags "1850-58"); the builder keeps two digits only for consecutive years
        # ("1990-95" stays a range of numbers) and four for a span of up to 50 years
        "year_pair": re.compile(
            r"(?<![\w$£€.,/-])(?P<year>(?:19|20)\d\d)[-–](?=(?P<next>(?:19|20)?\d\d)(?![\d%]|[.,]\d|[-/]\d))"
        ),
        "year_pair_end": re.compile(
            r"(?<=(?<![\w$£€.,/-])(?P<year>(?:19|20)\d\d)[-–])(?P<yy>(?:19|20)?\d\d)(?![\d%]|[.,]\d|[-/]\d)"
        ),
        # "since '82": a two-digit year after a preposition
        "short_year": re.compile(
            r"\b(?i:since|in|of|from|to|until|by|before|after|early|late|mid)[\s-]+(?P<yy>['’]\d\d)\b(?!['’]?s)"
        ),
        # "the third quarter of 2009", "the first half", "fourth-quarter", "the final quarter of
        # this year", "the first quarter of fiscal 2010"
        "part_of_year": re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<ord>{ordinals})[-\s]+(?P<part>(?i:quarter|half))\b"
            rf"(?:\s+(?i:of)\s+(?:(?:(?i:the)\s+)?(?P<fy>{fiscal})\s+(?:(?i:year)\s+)?)?(?P<year>{year})\b"
            rf"|\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<rel>(?i:this|last|next|previous|the))\s+(?i:year)\b"
            rf"|,?\s+(?P<year2>{year})\b)?"
        ),
        # "the April-June quarter", "the July-to-September period", "the January-June
        # half of 1998": a quarter or half named by its months (TimeML 1998-Q2, 1998-H1)
        "month_span": re.compile(
            rf"{_lead(['the'])}\s+(?P<m1>{month_any})\s*(?:[-–/]|\s(?i:to|through)\s)\s*(?P<m2>{month_any})"
            rf"(?:,?\s+(?P<year0>{year}))?\s+(?P<what>(?i:quarter|period|half))\b"
            rf"(?:\s+(?:(?i:of)\s+)?(?P<year>{year})\b)?"
        ),
        "quarter_label": re.compile(rf"\b(?P<q>Q[1-4])\b(?:\s+(?P<year>{year})\b)?"),
        "fiscal_year": re.compile(
            rf"\b(?:(?i:the)\s+)?(?P<fy>{fiscal})\s+(?:(?i:year)\s+)?(?P<year>{year})\b"
            rf"|\b(?i:the)\s+(?:(?P<rel>(?i:current|next|last|previous|past|coming))\s+)?(?P<fy2>{fiscal})\s+(?i:year)\b"
            # "the 1998 fiscal year", "its 1999 financial year"
            rf"|\b(?P<year3>{year})\s+(?P<fy3>{fiscal})\s+(?i:year)\b"
        ),
        # "18:00 UTC", "6:40 p.m.", "5 pm", "0800 GMT", "noon", "1 a.m. local time"
        "clock": re.compile(
            rf"\b(?:(?:(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ap1>{ampm}))?"
            rf"|(?P<h2>1[0-2]|0?[1-9])(?:\s*(?P<ap2>{ampm}))"
            rf"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)(?=\s+{zone}))(?:\s+(?P<tz>{zone})\b)?"
            r"|(?P<noon>(?i:noon|midday|midnight))\b)"
            r"(?:\s+(?i:local|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?)\s+(?i:time)\b)?"
        ),
        # "in morning trading", "the afternoon session": the part of the day being
        # reported (TimeML TIME, on the day placed like a clock time)
        "trading_part": re.compile(
            rf"\b(?P<pod>{_ci([p for p in lex.day_parts if p != 'night'])})\s+{_ci(lex.trading_nouns)}\b"
        ),
        # "the same period last year", "the same month a year ago": the period the text
        # last named, a year back (TimeML value; the tagger fills it in)
        "same_period": re.compile(
            rf"[Tt]{WORD_START}(?:(?i:(?<=t)he\s+same\s+(?P<unit>period|month|quarter|week|day|time|season)\s+(?:of\s+|in\s+)?"
            r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:last|previous|prior)\s+year))\b"
            r"|(?i:(?<=t)he\s+year[-\s](?:earlier|ago)\s+(?P<unit2>period|month|quarter|week))\b)"
        ),
        # "from a year-earlier loss", "year-ago profit": the adjective alone, placed as
        # "the same period a year ago" is
        "year_earlier": re.compile(r"\b(?i:year-(?:earlier|ago)|prior-year)\b(?!-)"),
        # "a loss for the quarter", "that quarter": the quarter the text last named
        # (else the anchor's); "the previous quarter" the one before it, "the latest
        # quarter" the last one reported; not "a quarter of", "the quarter-final"
        "the_quarter": re.compile(
            rf"{_lead(['the', 'that'])}\s+(?:(?i:latest|most\s+recent|previous|prior|preceding)\s+)?"
            r"(?i:quarter)\b"
            r"(?![-\s]+(?i:of|final|century|mile|note|back))"
        ),
        # "a loss for the entire year", "earlier in the year": the year the text is about
        # (the last one named, else the anchor's); "the year previous" is the one before
        "the_year": re.compile(
            r"\b(?i:for|in|during|throughout|over|than(?=\s+the\s+year\s+(?:previous|prior|before)))\s+"
            r"(?P<span>(?i:the\s+(?:(?:entire|whole|full)\s+)?year(?:\s+(?P<prev>previous|prior|before))?))\b"
            r"(?![-\s]+(?i:of|when|that|in\s+which|since|after|ago|earlier|later|to|ahead|\d))"
        ),
        # "for the week, the Dow rose 2%", "sales fell 3% in the month": the week or month
        # the text is about (that of the last date named, else the anchor's)
        # "later in the week", "early in the month" too; the builder reads the preposition
        # before "the".
        "the_week_month": re.compile(
            rf"[Tt]{WORD_START}(?i:(?<=t)he\s+(?:(?:entire|whole|full)\s+)?(?P<unit>week|month))\b"
            r"(?![-\s]+(?i:of|when|that|in\s+which|since|after|before|ago|earlier|later|to|ahead"
            r"|following|prior|leading|\d))(?![-'’])"
        ),
        # "the weekend", "that weekend": the latest one (the next in future sentences)
        "weekend": re.compile(rf"{_lead(['the', 'that'])}\s+(?i:weekend)\b"),
        # "ended the day up 2%", "for the day", "late in the day": the day being reported
        "day_frame": re.compile(
            rf"{frame_class}{WORD_START}(?:{frame_rest}\s+(?P<d1>(?i:the)\s+day)\b(?!\s+(?i:after|before|of|when|that))"
            # (the whole match: "late in the day", "the end of the day")
            r"|(?i:(?:(?<=l)(?:ate|ater)|(?<=e)(?:arly|arlier))\s+in\s+the\s+day"
            r"|(?<=t)he\s+(?:very\s+)?(?:start|end|beginning|close)\s+of\s+the\s+day)\b)"
        ),
        # "the beginning of the year", "the end of the month", "by year-end", "by year's
        # end", "the early part of the year": the anchor's year or month ("the end of the
        # decade": its decade)
        "unit_part": re.compile(
            rf"[TtYyMm]{WORD_START}(?:(?i:(?<=t)he\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn"
            r"|(?:early|earlier|latter|later|first|last|second)\s+part)\s+of\s+the\s+"
            r"(?P<unit>year|month|week|decade))\b"
            # "year-end", "month's end" (the builder reads the unit from the match's start)
            r"|(?i:(?<=y)ear|(?<=m)onth)(?:[-\s]|['’]s\s+)(?i:end)\b(?![-\s]\d))"
        ),
        # "the past five years", "the next six months", "the last several days"
        "past_n": re.compile(
            rf"{_lead(['the'])}\s+(?P<rel>(?i:past|last|next|coming|previous|following|first|final|remaining))\s+"
            rf"(?P<num>{num})\s+(?:{unit_adj}\s+)?(?P<unit>{units})\b"
        ),
        "recent_units": re.compile(
            rf"{_lead(['recent'])}\s+(?P<unit>(?i:years|months|weeks|days|decades))\b"
        ),
        # "the coming months", "coming years": an open stretch ahead (TimeML PXM, PXY)
        "coming_units": re.compile(
            r"\b(?:(?i:the)\s+)?(?i:coming|upcoming)\s+(?P<unit>(?i:years|months|weeks|days|decades))\b"
        ),
        # "two and a half years", "a year and a half": TimeML writes P2.5Y, P1.5Y
        "half_quantity": re.compile(
            rf"\b(?:(?P<num>{num})(?:[-\s]+(?i:and[-\s]+a[-\s]+half)|\s+1/2|½)[-\s]+(?P<unit>{units})"
            rf"|(?P<one>(?i:an?|one))\s+(?P<unit1>{units})\s+(?i:and\s+a\s+half))\b"
        ),
        # "half an hour", "a half-hour", "half a century": half of one unit
        "half_unit": re.compile(
            rf"\b(?:(?i:an?)[-\s]+)?(?i:half)[-\s]+(?:(?i:an?)\s+)?(?P<unit>{half_units})\b(?![-\s]+(?i:old))"
        ),
        # "two to three years", "between 60 and 90 days": TimeML (and HeidelTime) tag the
        # first number on its own, with the unit written after the second
        "range_first": re.compile(
            rf"(?<![\d.,])\b(?P<num>{count})(?:\s+(?i:to|or|and)\s+|\s*[-–]\s*)(?:{count})[-\s]+"
            rf"(?:{unit_adj}[-\s]+)?(?P<unit>{units})\b"
            rf"(?![-\s]+(?i:old|ago|later|earlier|after|before|from\s+now)\b)"
        ),
        # "1.5 years", "2.5-hour": a decimal count (TimeML P1.5Y, PT2.5H)
        "decimal_quantity": re.compile(
            rf"(?<![\d.,])\b(?P<num>\d{{1,3}}\.\d{{1,2}})[-\s]+(?P<unit>{units})\b"
            rf"(?![-\s]+(?i:old|ago|later|earlier|after|before|from\s+now)\b)"
        ),
        # "a multiyear contract", "a decades-long dispute", "a week-long festival", "the
        # worst single-day drop" (P1D); news style also closes them up: "weeklong",
        # "yearslong"
        "multi_unit": re.compile(
            rf"\b(?:(?P<multi>{multi})|(?P<plural>{plural_units})-?long|(?P<single>{single_units})-?long"
            rf"|(?i:single)-(?P<single2>{single_units}))\b"
        ),
        # "we cannot wait another decade": one more unit (P10Y), not tied to an event
        "another_unit": re.compile(
            rf"{_lead(['another'])}\s+(?P<unit>{single_units})\b"
            r"(?!\s+(?i:ago|later|earlier|after|before|or)\b|[-\s]+(?i:old)\b)"
        ),
        # "$5 billion a year", "3 percent per year": a rate, a TimeML SET
        "set_rate": re.compile(
            rf"{rate_class}(?:(?<=[\d%])|{WORD_START}{rate_rest})\s+(?P<rate>(?i:a|an|per)\s+"
            rf"(?P<unit>{_ci(list(lex.rate_units))}))\b(?!\s+(?i:ago|later|earlier|after|before|old|from)\b|-)"
        ),
        # "the 21st century", "the nineteenth century": TimeML writes the century's first
        # two digits ("20", "18")
        "century": re.compile(
            rf"\b(?:(?i:the)\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{_ci(list(lex.century_ordinals))}))"
            r"[-\s]+(?i:century)\b"
        ),
        # "Christmas", "Easter Monday", "Thanksgiving 2012": holidays, capitalised
        "holiday": re.compile(
            rf"(?P<name>{_lead(holiday_words, ignorecase=False)})(?![\w'’])(?:,?\s+(?P<year>{year})\b)?"
        ),
        # "three months ago", "a week after", "for 11 years": one pass, told apart by `dir`;
        # "15-plus years", "90+ minutes": the count is the value (TimeML mod EQUAL_OR_MORE)
        "quantity": re.compile(
            rf"(?P<num>{num_first}{WORD_START}(?<!\d[.,].){num_rest})(?:-?(?i:plus)|\+)?[-\s]+(?:{unit_adj}[-\s]+)?(?P<unit>{units})\b"
            rf"(?:\s+(?P<dir>{ago}|{after_before})\b|(?![-\s]+(?i:old)))"
        ),
        "ago_vague": re.compile(rf"(?P<unit>{_lead(plural_vague)})\s+(?P<dir>{ago}|(?i:later|earlier))\b"),
        # "\b(?:the\s+)?(?:(?:earlier|later|early|late)\s+)?(?:last|next|...)\s+(?P<unit>...)",
        # started with a class (see _lead); the builder reads the words before the unit
        "rel_unit": re.compile(
            rf"{_class_union('[Tt]', pre_first, rel_first)}{WORD_START}"
            rf"(?:(?<=[Tt])(?i:he)\s+{_class_union(pre_first, rel_first)}|)"
            rf"(?:{pre_rest}\s+{rel_first}|){rel_rest}"
            rf"\s+(?P<unit>(?i:week|month|year|weekend|decade|century|quarter)|{season})\b"
        ),
        "season": re.compile(
            rf"\b(?:(?P<rel>(?i:early|late))\s+)?(?P<season>{season})(?:\s+(?:(?i:of)\s+)?(?P<year>{year})\b"
            # "the summer of '09": a two-digit year after "of" (read as short_year reads it)
            r"|\s+(?i:of)\s+(?P<yy>['’]\d\d)\b(?!['’]?s))?"
        ),
        "relative_day": re.compile(
            rf"\b(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<word>{_ci(list(lex.relative_days))})\b"
            rf"(?:\s+(?P<pod>{day_parts})\b)?"
        ),
        "reference": re.compile(rf"{_lead(list(lex.references))}\b"),
        # "at this time", "for the moment", "to the present": now (TimeML PRESENT_REF)
        # (each branch is "\b{_ci(preps)}\s+..." with the prepositions' first character taken
        # out in front of them all)
        "present_phrase": re.compile(
            _class_union(*(lead_alternation(preps, True)[0] for _, preps in present))
            + WORD_START
            + "(?:"
            + "|".join(
                rf"{lead_alternation(preps, True)[1]}\s+(?P<p{i}>{_ci([phrase])})\b(?!-)"
                for i, (phrase, preps) in enumerate(present)
            )
            + ")"
        ),
        "discourse": re.compile(rf"{_lead(lex.discourse)}\b"),
        # "that night", "the next morning": a part of the day the text last named (TIME);
        # so is "in the afternoon", "during the evening" (not "in the morning of May 2",
        # whose day follows, nor "in the evening after the vote", nor "in the Evening
        # Standard": the part of the day in lower case)
        "discourse_day_part": re.compile(
            rf"\b(?P<rel>(?i:that|the\s+same|the\s+next|the\s+following|the\s+previous))\s+"
            rf"(?P<pod>{day_parts})\b"
            r"|(?i:the)(?:(?<=\b[Ii]n\s(?i:the))|(?<=\b[Dd]uring\s(?i:the)))\s+(?:morning|afternoon|evening)\b"
            r"(?!\s+(?i:of|after|before|when|that|in\s+which)\b)"
        ),
        "age_old": re.compile(
            rf"(?P<num>{words_class}{WORD_START}(?:(?<=\d)\d{{0,2}}|{words_rest}(?:-{number_words})?))"
            rf"[-\s](?P<unit>{age_units})s?[-\s](?i:old)\b"
        ),
        "age_lead": re.compile(
            # "\b(?:at\s+)?(?:aged|...)", started with a class (see _lead)
            rf"{_class_union('[Aa]', aged_first)}{WORD_START}(?:(?<=[Aa])(?i:t)\s+{aged_first}|){aged_rest}"
            rf"\s+(?P<num>\d{{1,3}}|{number_words})\b(?![-\s]*(?:\d|%|{units}))"
        ),
        "age_apposition": re.compile(
            # "\b[A-Z]" started with a class (see _lead): the builder reads the name up to
            # the comma or the space
            rf"[A-Z]{WORD_START}(?:[\w'’.-]+,\s+(?P<num>\d{{1,3}}),(?!\d)|[\w'’-]+\s+\((?P<num2>\d{{1,3}})\))"
        ),
        "age_decade": re.compile(
            rf"\b(?i:in)\s+{_ci(lex.age_possessives)}\s+(?:(?i:early|mid|late)[-\s]+)?(?:\d0s|['’]\d0s|{decade_words})\b"
        ),
        # "every day", "each Monday", "every two weeks" (a plural unit only after a count),
        # "every other week" (P2W), "every September" (XXXX-09)
        "set_every": re.compile(
            rf"{_lead(['every', 'each'])}\s+(?:(?P<num>{num})\s+(?P<units>{plural_units})|"
            rf"(?P<other>(?i:other)\s+)?(?P<unit>{set_units}|(?i:{weekday})|{month_full}))\b"
        ),
        # "on Mondays", "Friday nights": a weekday in the plural recurs (TimeML SET)
        "set_weekdays": re.compile(rf"\b(?P<wd>{weekday})(?:\s+(?P<pod>{day_parts}))?s\b"),
        "set_times": re.compile(
            rf"\b(?P<times>(?i:once|twice)|\w+\s+(?i:times))\s+(?i:a|an|per|each)\s+(?P<unit>{set_units})\b"
        ),
        "set_adverb": re.compile(rf"{_lead(list(lex.sets))}\b"),
        # "after months of talks", "despite years of delays", "after many months of study",
        # "took months of meetings": a vague stretch (PXM, PXY)
        "duration_vague_of": re.compile(
            rf"{_lead(vague_of_lead)}\s+"
            r"(?P<span>(?:(?i:many)\s+)?(?P<unit>(?i:years|months|weeks|days|decades|hours)))\s+(?i:of)\b"
        ),
        # "just days after the vote", "weeks before the election": a stretch of vague
        # length before a signal (TimeML 1.2.1: "[2 days] before the attack" is the
        # DURATION, the signal no part of it); the builder drops "the days before",
        # "three days before" (a count: the quantity rule) and "final weeks before"
        "duration_vague_signal": re.compile(
            rf"(?P<span>(?P<unit>{_lead(signal_units)}))\s+(?i:after|before)\b"
        ),
        # "for years", "over the years", "in minutes", "within hours"
        # ... "will take weeks", "in just minutes", "had been decades in the making"
        "duration_vague": re.compile(
            rf"{_lead(bare_lead)}\s+(?:{bare_fill}\s+)?(?P<span>(?:(?i:the|many)\s+)?"
            r"(?P<unit>(?i:years|months|weeks|days|decades|hours|minutes)))\b(?!\s+(?i:ago|old|of|later|earlier))"
        ),
    }


def _key_words(phrases: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """One word each phrase cannot match without (its longest), folded: "the day before
    yesterday" -> "yesterday"."""
    return tuple(max(p.casefold().split(), key=len) for p in phrases)


@cache
def required_words() -> dict[str, tuple[str, ...]]:
    """Rule name -> folded words of which every match of the rule contains at least one.

    Why: each rule's regex costs a scan of the whole text, and most rules look for words
    most articles never use ("century", "half", "fiscal"); a text without any of a
    rule's words is not scanned by it (a substring test costs next to nothing), which
    leaves the output exactly as it was. Rules whose words nearly every text has
    ("year", digits) are not listed.
    """
    lex = lexicon()
    plural = ("years", "months", "weeks", "days", "decades", "hours", "minutes")
    months = (*lex.months, *lex.month_abbreviations)  # "jun" is in "june": either serves
    holidays = [*lex.holidays_fixed, *lex.holidays_easter, *lex.holidays_nth_weekday]
    return {
        "numeric": ("/",),
        "year_pair": ("-", "–"),
        "year_pair_end": ("-", "–"),
        "quarter_label": ("q1", "q2", "q3", "q4"),  # the rule's "Q3", folded
        "month_day": months,
        "day_month": months,
        "month_day_second": months,
        "month_year": months,
        "month_rel": tuple(lex.months),
        "month_of_year": tuple(lex.months),
        "week_of_month": ("week",),
        "month_bare": tuple(lex.months),
        "ordinal_day": ("1st", "2nd", "3rd", *(f"{d}th" for d in "0123456789")),
        "weekday": tuple(lex.weekdays),
        "short_year": tuple(f"{q}{d}" for q in "'’" for d in "0123456789"),
        "decade": ("0s", "0's", "0’s"),
        "decade_word": tuple(lex.decade_word_values),
        "part_of_year": ("quarter", "half"),
        "month_span": ("quarter", "period", "half"),
        "fiscal_year": _key_words(lex.fiscal),
        "trading_part": _key_words(lex.trading_nouns),
        "same_period": ("same", "year"),
        "year_earlier": ("year-earlier", "year-ago", "prior-year"),
        "the_quarter": ("quarter",),
        "the_year": ("year",),
        "the_week_month": ("week", "month"),
        "weekend": ("weekend",),
        "day_frame": ("day",),
        "unit_part": ("year", "month", "week", "decade"),
        "recent_units": ("recent",),
        "coming_units": ("coming",),
        "half_quantity": ("half", "1/2", "½"),
        "half_unit": ("half",),
        "multi_unit": (*_key_words(list(lex.multi_units)), "long", "single"),
        "another_unit": ("another",),
        "set_rate": _key_words(list(lex.rate_units)),
        "decimal_quantity": tuple(f"{d}." for d in "0123456789"),
        "century": ("century",),
        "holiday": _key_words(holidays),
        "ago_vague": plural,
        "season": _key_words(list(lex.seasons)),
        "relative_day": _key_words(list(lex.relative_days)),
        "reference": _key_words(list(lex.references)),
        "present_phrase": _key_words(list(lex.present_phrases)),
        "discourse": _key_words(lex.discourse),
        "discourse_day_part": _key_words(list(lex.day_parts)),
        "age_old": ("old",),
        "age_lead": _key_words(lex.age_lead_words),
        "age_decade": ("0s", *_key_words(list(lex.age_decade_words))),
        "set_every": ("every", "each"),
        "set_weekdays": tuple(lex.weekdays),
        "set_times": ("once", "twice", "times"),
        "set_adverb": _key_words(list(lex.sets)),
        "duration_vague_of": plural[:-1],
        "duration_vague": plural,
        "duration_vague_signal": plural,
    }


@cache
def required_patterns() -> dict[str, re.Pattern[str]]:
    """Rule name -> a cheap pattern that every text a rule matches in also matches.

    Why: the rules below run on every text (their words are everywhere: digits,
    "," and "("), yet rarely match; each of these patterns is a loosened form of its
    rule (what the rule must contain, without its word boundaries and alternatives),
    costs a fraction of its scan, and fails on most texts, so that the rule is not run
    where it cannot match. The output is exactly as without them. Most start with a
    character class, for the regex engine to skip to where one stands (see _lead).
    """
    zone = r"(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT|MT)"
    lex = lexicon()
    # the pieces of the range_first rule, built as rules() builds them
    number_words = alternation([w for w in lex.numbers if w not in ("a", "an", "hundred")])
    count = rf"(?:\d{{1,3}}|(?i:{number_words}(?:-{number_words})?))"
    units, unit_adj = _ci(list(lex.units)), _ci(lex.unit_adjectives)
    return {
        # "four to six weeks", "two-three days": the rule without its first count
        "range_first": re.compile(
            rf"(?:\s(?i:to|or|and)\s+|[-–]\s*)(?:{count})[-\s]+(?:{unit_adj}[-\s]+)?(?:{units})\b"
        ),
        # "2023-05-01"
        "iso": re.compile(r"\d-\d\d-\d"),
        # "18:00", "6 p.m.", "1800 GMT", "noon"
        "clock": re.compile(
            rf"[\dNnMm](?:(?<=\d)(?::|\s*[aApP]\.?[mM]|\s+{zone})|(?i:(?<=n)oon|(?<=m)id(?:day|night)))"
        ),
        # "Benjamin, 34,", "Benjamin (34)"
        "age_apposition": re.compile(r"[\d(](?:(?<=\d),|(?<=\()\d)"),
        # "the 4th of July", "12 March": a day, then a capital (every month name has one)
        "day_month": re.compile(r"\d(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?[A-Z]"),
        # "1.5 years"
        "decimal_quantity": re.compile(r"\d\.\d"),
        # "in the whole year"
        "the_year": re.compile(r"[Tt](?i:he\s+(?:(?:entire|whole|full)\s+)?year)"),
        # "the 2012-13 season", "2008-2009"
        "year_pair": re.compile(r"(?:19|20)\d\d[-–]\d\d"),
        "year_pair_end": re.compile(r"(?:19|20)\d\d[-–]\d\d"),
        # "March 18 and 19", "May 5-7"
        "month_day_second": re.compile(r"\d(?:st|nd|rd|th)?(?:\s+(?i:and|or|through|to)\s+|\s*[-–]\s*)\d"),
        # "days after", "weeks before"
        "duration_vague_signal": re.compile(r"[Ssſ](?i:\s+(?:after|before))"),
        # "twice a week", "three times a year"
        "set_times": re.compile(r"[OoTt](?i:(?:(?<=o)nce|(?<=t)wice|(?<=t)imes)\s+(?:a|an|per|each)\s)"),
    }


@cache
def left_modifier() -> re.Pattern[str]:
    """A modifier just before a month or year ("early 2010", "mid-June"): joins the span."""
    return re.compile(
        r"\b(?i:early|late|mid|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of)[-\s]+$"
    )


@cache
def left_preposition() -> re.Pattern[str]:
    """A preposition or a possessive right before a bare month ("in June", "their January
    sales"): without one, June may be a name."""
    lex = lexicon()
    return re.compile(rf"\b{_ci([*lex.date_prepositions, *lex.month_prepositions, *lex.possessives])}\s+$")


@cache
def left_approximator() -> re.Pattern[str]:
    """A hedge just before a quantity ("about three months ago"): joins the span."""
    return re.compile(rf"\b{_ci(lexicon().approximators)}\s+$")


@cache
def future_cue() -> re.Pattern[str]:
    """Words that put a sentence in the future ("will", "is set to"); not in a comparison
    ("earlier than scheduled", "as scheduled") nor "due to" giving a cause ("due to health
    concerns", "due to rising costs"), which a noun phrase follows, not a verb."""
    cues = _ci(lexicon().future_cues)
    # the checks follow the cue, so that they run only where one matched
    return re.compile(rf"(?:\b|(?<=\w)){cues}\b{_NOT_A_SCHEDULE}{_CAUSE_AFTER_DUE_TO}")


# "earlier than scheduled", "as scheduled": a comparison with a plan, not a plan
_NOT_A_SCHEDULE = r"(?<!\bthan\sscheduled)(?<!\bas\sscheduled)"


# What follows "due to" when it gives a cause: a determiner, or a noun by its ending
_CAUSE_AFTER_DUE_TO = (
    r"(?!(?<=[Dd]ue\sto)\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|poor|bad|high|low|heavy"
    r"|lack|concerns?|health|weather|[a-z]+(?:ing|ness|tion|sion|ity|ment|ies|[^s\W]s))\b)"
)


def _past_words() -> str:
    """Irregular past forms, or a lower-case regular "-ed" form (not "need", "hundred")."""
    lex = lexicon()
    not_past = alternation(list(lex.not_past))
    # one fixed-width look-behind per word: "is closed", "will be held" are no past
    present = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lex.present_before_participle)
    return rf"(?:{present}{_ci(lex.past_cues)}|{present}(?!{not_past}\b)[a-z]+[a-df-z]ed)\b"


@cache
def past_cue() -> re.Pattern[str]:
    """Words that put a clause in the past ("said", "rose", "announced")."""
    return re.compile(rf"\b{_past_words()}")


@cache
def past_verb_before() -> re.Pattern[str]:
    """A past verb right before an expression: "said Wednesday", "announced on Friday",
    "said late Wednesday" (the day's modifier between)."""
    ahead = alternation(list(lexicon().not_past_before))
    return re.compile(
        rf"\b(?!{ahead}\b){_past_words()}\s+(?:(?i:on|in)\s+)?(?:(?i:early|late|earlier|later)\s+)?$"
    )


# A day or a month, as written at the start of a match: "Thursday", "Friday night",
# "March 3", "Jan. 15": what a past verb right after it ("on Thursday rejected") follows.
_DAY_WORD = r"[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+(?i:morning|afternoon|evening|night))?"


@cache
def past_verb_after() -> re.Pattern[str]:
    """A past verb right after a day ("on Thursday rejected", "in March quietly sold"),
    an adverb in "-ly" allowed between."""
    return re.compile(rf"{_DAY_WORD}\s+(?:[a-z]+ly\s+)?{_past_words()}")


@cache
def deadline_before() -> re.Pattern[str]:
    """ "until Friday", "by Monday": a deadline, ahead unless the clause is past."""
    return re.compile(rf"\b{_ci(lexicon().deadline_prepositions)}\s+$")


@cache
def year_context() -> tuple[frozenset[str], frozenset[str]]:
    """Words that may stand before a bare year: prepositions and determiners."""
    lex = lexicon()
    return frozenset(lex.date_prepositions), frozenset(lex.year_determiners)
