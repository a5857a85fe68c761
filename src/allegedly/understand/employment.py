"""Employers and owners: job titles ("the channel's head of drama"), hirings, joining and
leaving an organisation, clubs played for, and the firms, venues and labels people own.
"""

from __future__ import annotations

import re

from allegedly.model import Mention
from allegedly.outlets import outlet_table
from allegedly.understand.cues import relation_lexicon
from allegedly.understand.entities import LIST_JOINT
from allegedly.understand.family import (
    YEAR,
)
from allegedly.understand.language import doc_text
from allegedly.understand.referents import (
    Referents,
)
from allegedly.understand.sentence import SentenceContext

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

# A kind of work between a verb of starting and its name: "started a podcast together, X",
# "launched the YouTube channel X": the starters appear in it (no organisation they own).
_HOSTED_KIND = re.compile(
    r"\b(?:podcast|show|series|programme|program|vlog|channel|webcast)\b", re.IGNORECASE
)

# After a founded organisation, a co-founder: "in 1966 with his wife, ", " with his business
# partner, ", " together with ", " alongside the chef ".
_FOUNDED_WITH = re.compile(
    rf"(?:\s+in\s+{YEAR})?,?\s+(?:together\s+with|with|alongside)\s+"
    r"(?:(?:his|her|their|the|a)\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z-]+\s*,\s*|)(?=[A-Z])"
)

# A lowercase word of a noun phrase, not a preposition ("opened for his band" is no ownership).
_NOUN_WORD = r"(?!(?:for|with|to|at|in|on|by|from|of|as|into)\b)[a-z-]+"

_OBJECT_BEFORE = re.compile(r"\b(?:joining|joined|join|leaving|at|for|from|by)\s+$", re.IGNORECASE)

# Right after an employer: "X, which she left in 2010" ends the job then.
_WHICH_LEFT = re.compile(r",\s*which\s+(?:she|he|they)\s+(?:later\s+)?(?:left|quit)\b")

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

# Bare verbs of leaving: only an organisation straight after them is the job left.
_BARE_LEAVING = frozenset({"left", "leaves", "leaving", "quit", "quits", "quitting"})

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

_SHOW_ON_GAP = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){1,4}on\s+(?:the\s+)?")

# After an organisation: it is the one reporting ("X has learned", "X reports"), no list item.
_REPORTS_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:learned|learnt|confirmed|reported|revealed)\b"
    r"|\s+(?:reports|reported|understands|revealed|confirmed|can\s+(?:reveal|confirm|exclusively))\b"
)

_JOINED_FROM = frozenset({"joined from", "joins from", "signed from", "signs from"})

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

# After "runs X": the post one holds there ("runs Pell Pictures as chief executive"): a job, no ownership.
_AS_ITS_HEAD = re.compile(
    r"\s+as\s+(?:its\s+|the\s+)?(?:chief\s+executive|CEO|president|managing\s+director|director|chair(?:man|woman)?"
    r"|head|editor|general\s+manager)\b"
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
