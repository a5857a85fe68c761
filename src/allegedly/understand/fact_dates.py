"""Which date, start and end a claim gets from its text: one job, for `claim_builder`.

A rule finds a relation and perhaps the date its clause gives; these methods pick, by the
claim's predicate, which of the dates around it (found by `date_lookup.DateLookup`) it takes
instead: an age said in the present tense, a relation noun closed by its date, an undated split
dated by the next sentence's announcement, a divorce dated by its finalizing, ended relations,
homes bought, job spans, foundings, parts dated by the work's release, a listicle's section or
heading dates, and the report's date for a state said to hold now.
"""

from __future__ import annotations

import re

from allegedly.model import Claim, DateValue
from allegedly.understand.date_lookup import CLAUSE_BREAK, DateLookup
from allegedly.understand.language import doc_text
from allegedly.understand.sentence import SentenceContext
from allegedly.understand.time.lexicon import lexicon
from allegedly.understand.time.sections import section_at

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
# Or the clause itself says since when: "has lived in Leeds since 2014", "has been a producer at
# X since 2022" (the start of the state, not the report's date).
_SINCE_IN_CLAUSE = re.compile(r"^[^.;:]{0,80}?\bsince\s+(?P<year>(?:19|20)\d\d)\b")
# The clause's "since" before a date that is no bare year ("since September", "since last
# spring"): the tagger's date of it.
_SINCE_BEFORE = re.compile(r"^[^.;:]{0,80}?\bsince\s+$")
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
_LASTED_THEN_ENDED = re.compile(
    r"^[^.]{0,60}?\bfor\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?(?P<n>[\w-]+)\s+years?\s*"
    r"(?:;|,|\band\b)\s*(?:then\s+)?(?:the\s+(?:two|couple|pair)|they)\s+"
    r"(?:split|broke\s+up|separated|divorced|parted(?:\s+ways)?|called\s+it\s+quits)\s+"
    r"(?:[\w-]+\s+){0,2}?in\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ENDED_PAIRS = frozenset({"partner", "spouse", "engaged"})
# How long a couple "have been together" at the report: "have been together nine years this
# autumn", "has been married for 12 years" (the start is the report's year less the count; a
# season or "now" after the count only says when the anniversary falls).
_TOGETHER_FOR = re.compile(
    r"\b(?:have|has|'ve|’ve)\s+been\s+(?:together|married|dating|a\s+couple)\s+(?:for\s+)?"
    r"(?:about\s+|almost\s+|nearly\s+|roughly\s+)?(?P<n>[\w-]+)\s+years?\b",
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
_BORN_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w-]+)?\s*,?\s*(?:who\s+)?(?:followed|arrived|came\s+along|(?:was|were)\s+born)\b"
)
# A year written out: near "together nine years", it may date the relation itself.
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A child's birthday told right after the child: "Our daughter, Isla, turned four in June" (born
# in June four years before that June).
_TURNED_AGE = re.compile(r"^\s*,?\s*(?:who\s+)?(?:just\s+)?turned\s+(?P<n>[\w-]+)\s+(?:in|on|last|this)\b")
# Or the birthday to come: "a son, Corin, who turns 3 this summer" (born that season, three years
# before; only the year is kept when the birthday is a season, not a month or a day).
_TURNS_AGE = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:turns|will\s+turn|is\s+turning)\s+(?P<n>[\w-]+)\s+(?:in|on|next|this)\b"
)
# A couple's relation closed by the date it began, after an apposition: "has lived with her
# partner, the novelist X, since 2018" (the rule stops at the name; the date is the start).
_SINCE_AFTER_NAME = re.compile(r"^\s*,?\s*since\s+$")
_SINCE_PAIRS = frozenset({"partner", "spouse"})
# An age in the past tense right after a death ("... died on Sunday at his home. He was 91."):
# the age at the death, dated by it rather than by the report.
_AGE_AT_DEATH = re.compile(r"^\s*(?:He|She|They)\s+(?:was|were)\s+\d{1,3}\s*\.?\s*$")
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
# that he and his wife have separated" (the date sits between the verb and "that").
_CONFIRMED_THAT = re.compile(
    r"\b(?P<verb>(?:announc|confirm|reveal|disclos)\w*)\b[^.;\"“”]{0,40}?(?P<that>\bthat\b)"
    r"[^.;\"“”]{0,80}?\b(?:have|has)\s+(?:now\s+)?$",
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
    r"^\W*(?:we|they|the\s+(?:former\s+)?(?:couple|pair|two))\s+(?:(?:got|eventually|later|finally|then)\s+)?"
    r"(?:divorced|split(?:\s+up)?|separated|broke\s+up)\b(?!\s+(?:the|a|an|his|her|their|its)\b)",
    re.IGNORECASE,
)
# A past union, told right before its cue ("We were married", "had been married"): it may end in
# the next sentence.
_PAST_UNION_BEFORE = re.compile(r"\b(?:were|was|had\s+been)\s+$", re.IGNORECASE)
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
# A part in a work is dated by the work's release (the convention of a section's year, above):
# the release told right after a mention of the work anywhere in the text ("the comedy X, which
# premiered on a streamer in 2021"), or by the next sentence about "the film" when the claim's
# sentence names that work only ("... in X. The film opens in cinemas on October 4").
_WORK_RELEASED_AFTER = re.compile(
    r"^[\"”’']?\s*,?[\"”’']?\s*(?:which|that)?\s*(?:first\s+)?"
    r"(?:(?:premiered|debuted|was\s+released|opened|aired|launched)\b[^.;]{0,50}?\bin|ran\s+(?:from\s+)?)"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
    # or the year in brackets after the title: "The Iron Orchard" (1968)
    r"|^[\"”’']?\s*\((?P<bracketed>(?:19|20)\d\d)\)"
)
# Or released at a time the text counts: "his final film, X, was released last year".
_WORK_RELEASED_WHEN = re.compile(
    r"^[\"”’']?\s*,?[\"”’']?\s*(?:which|that)?\s*(?:first\s+)?"
    r"(?:premiered|debuted|was\s+released|opened|aired|launched|came\s+out)\s+$"
)
# Or by its premiere, dated right after the work: "at the premiere of his new film, X, on May
# 23", "pictured at the X premiere in May" (the year of that date).
_PREMIERE_OF_BEFORE = re.compile(r"\bpremiere\s+of\s+(?:[\w'’-]+,?\s+){0,4}$", re.IGNORECASE)
_WORK_RELEASED_NEXT = re.compile(
    r"^\W*(?:(?i:the)\s+(?:film|movie|show|series|album|play|musical|thriller|comedy|drama|documentary)|It)\s+"
    r"(?:(?i:opens|premieres|debuts|airs|is\s+released|comes\s+out|opened|premiered|debuted|aired|was\s+released))\b"
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
_JOINED_LEFT_AFTER = re.compile(
    r"\s*,\s*which\s+(?:she|he|they)\s+(?:first\s+)?joined\s+in\s+(?P<joined>(?:19|20)\d\d)\b"
    r"(?:\s+and\s+(?:later\s+|finally\s+)?(?:left|quit)\s+in\s+(?P<left>(?:19|20)\d\d)\b)?"
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
        if date is None and end is None and predicate == "child" and _BORN_AFTER.match(after):
            born = self._date_following(ctx, cue_end)  # "a daughter, Ada, followed two years later"
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
        if date is None and end is None and predicate in _ENDED_PAIRS:
            lasted = _LASTED_THEN_ENDED.match(after)
            years = lexicon().number(lasted.group("n")) if lasted else None
            if lasted and years is not None and years[0] == years[1]:
                last = int(lasted.group("year"))
                return DateValue(str(last - years[0])), DateValue(str(last)), False
        report = self.report_date
        if predicate in ("partner", "spouse") and end is None and report is not None:
            window = text[max(ctx.start, cue_start - 60) : min(ctx.end, cue_end + 80)]
            together = _TOGETHER_FOR.search(window)
            years = lexicon().number(together.group("n")) if together else None
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
            and self._age_said_now(ctx, cue_start, cue_end, date)
        ):
            return report, end, False  # "the 36-year-old works as ..., and in 2023 he joined"
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
        if predicate == "divorced" and _FILED_CUE.match(cue):
            final = self._date_after_cue(ctx, _DIVORCE_FINAL, cue_end) or self._next_sentence_date(
                here, _DIVORCE_FINAL, keys
            )
            if final is not None:
                # "filed for divorce that June. The divorce was finalized in January 2018"
                return final, end, True
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
                or self.report_date
            )
            return (None if date is self.report_date else date), ended, False
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
                _FOUNDING_CUE.match(cue)
                or _FOUNDED_BEFORE.search(text[max(ctx.start, cue_start - 40) : cue_start])
            )
        ):
            founded = self._date_near(ctx, cue_end)
            if founded is not None:
                return founded, None, True  # "last year opened a boutique hotel, X"
        if predicate == "appeared_in" and date is None and end is None:
            released = self._work_released(ctx, keys)
            if released is not None:
                return released, None, False
        return None

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
                    return DateValue(released.group("year") or released.group("bracketed"))
                when = self._released_when(mention.span.end)
                if when is not None:
                    return when
        for work in sorted(works):
            # every place the work's name is written (a name before "premiere" is not always
            # found as a mention of the work)
            for found in re.finditer(rf"\b{re.escape(self.index.name(work))}\b", text):
                premiere = self._premiere_year(found.start(), found.end())
                if premiere is not None:
                    return premiere
        for mention in self.index.mentions_of_kind("work:", 0, len(text)):
            if mention.entity not in works or mention.span.comment is not None:
                continue
            span = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            sent = span[0].sent
            named = {m.entity for m in self.index.mentions_of_kind("work:", sent.start_char, sent.end_char)}
            if named == set(works):
                opens = self._next_sentence_date((sent.start_char, sent.end_char), _WORK_RELEASED_NEXT, keys)
                if opens is not None:
                    return opens
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
        date, end, event = self._own_dates(ctx, predicate, cue_start, cue_end, date, end, obj_name, keys)
        explicit = explicit or event
        if date is not None and date is self.report_date and not explicit and predicate in _HEADING_DATED:
            # a rule's "as of the report" ("2022: They move to Nashville"): a heading's date, if
            # there is one, says more
            heading = self._date_below_heading(ctx) or self._section_date(cue_start)
            if heading is not None and end is None:
                date = None
        if date is None and end is None and predicate in _HEADING_DATED:
            date = self._date_below_heading(ctx)
            explicit = explicit or date is not None
        if date is None and end is None and predicate in _HEADING_DATED:
            section = section_at(doc_text(self.doc), cue_start)
            if section is not None:
                # a part in a work is dated, but it is no event of the couple's timeline
                date, explicit = section.date, predicate not in _HEADING_DATED_ONLY
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
        if date is None and end is None and self._starts_state(predicate, cue_start, cue_end):
            # "- 2014: Dole opens her first restaurant, X", "2019: joins the BBC": the event
            # that starts the ownership or the job is the section's
            date = self._section_date(cue_start)
        if (
            predicate in _AS_OF_PREDICATES
            and date is None
            and end is None
            and predicate not in ("employer", "age")
            and not _PAST_BEFORE_CUE.search(doc_text(self.doc)[max(ctx.start, cue_start - 40) : cue_start])
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
        return date, end, explicit

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
            return bool(_FOUNDING_CUE.match(cue) or _FOUNDED_BEFORE.search(before))
        if predicate == "employer":
            return bool(_JOINS.match(cue) or _JOINS_BEFORE.search(before))
        return False

    def _supersede_earlier(self, claim: Claim) -> None:
        """Undate the earlier claims of the same relation that `claim`'s date outranks: an
        announcement's date outranks the report's, the event's own outranks both."""
        predicate, date, end = claim.predicate, claim.date, claim.end
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
