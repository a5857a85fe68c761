"""Homes: where a person lives, moved to or keeps a house (`residence`), from verbs of living
and moving ("lives in Bristol", "moved from Leeds to Porto"), a place's relative clause ("Bath,
where they live"), a home a place names ("the couple's Malibu home", "the Nashville-based singer")
and arrivals ("came to Leeds from Porto").
"""

from __future__ import annotations

import re

from allegedly.model import DateValue, Mention
from allegedly.understand.cues import cue_list, relation_lexicon, relatives_alternation
from allegedly.understand.family import COUPLE_NOUNS, KIN_TO_NAME, ROLE_VERBS, YEAR
from allegedly.understand.language import doc_text
from allegedly.understand.referents import Referents
from allegedly.understand.sentence import Person, SentenceContext
from allegedly.understand.time.lexicon import lexicon as time_lexicon

_RELATIVES = relatives_alternation()


def _is_month(name: str) -> bool:
    """A month the tagger took for a place ("shows moved to Jan. 30"): never a home."""
    return time_lexicon().month(name) is not None


# Right after a place: ", where she lives", ", where the couple have lived since 2015".
_WHERE_LIVES = re.compile(
    r"(?:,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?\s*,\s*"
    # "Whitby, the fishing town where she has lived": the place described, then "where"
    r"(?:(?:the|a)\s+(?:[\w-]+\s+){0,4}?(?:town|city|village|suburb|island|county|district|neighbou?rhood"
    r"|capital|borough|port|hamlet|resort|enclave)\s+)?"
    r"where\s+(?P<who>she|he|they|the\s+couple|the\s+family|the\s+pair|the\s+two"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:now\s+|still\s+)?(?:lives|live|has\s+lived|have\s+lived|had\s+lived|(?:has|have|had)\s+been\s+living"
    r"|is\s+based|are\s+based|makes\s+(?:her|his)\s+home)"
    rf"(?:\s+(?:with\s+[^.;,]{{1,40}}?\s+)?since\s+(?P<since>{YEAR}))?"
    # "where she has lived for the past decade", "for the last six years": counted back
    r"(?:\s+for\s+(?:the\s+)?(?:past|last)\s+(?:(?P<count>[\w-]+)\s+)?(?P<unit>years|decades?))?\b"
)
# After a home's place: who lives there with the resident, "with her husband", "with his partner".
_WITH_KIN = re.compile(
    r"\s+with\s+(?:his|her|their)\s+(?:(?:longtime|long-time|new)\s+)?"
    rf"{COUPLE_NOUNS}(?![\w-])"
)
# Before "house in": the home was bought or built, so the year the clause gives dates the residence.
_ACQUIRED = re.compile(
    r"\b(?:bought|buys|purchased|built|builds|acquired|snapped\s+up)\b[^.;,]{0,40}$", re.IGNORECASE
)
# Between a possessive name and a home cue ("apartment in"): "Ivo Marsh's offices and ", "Ana's
# new " (the cue starts at the home noun).
_HOME_OWNER_TO_CUE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+(?:and\s+)?){0,3}")
# Between a verb of moving and a place that a home noun follows: "moved into his Malibu mansion",
# "moved into Ana Roe's Helsinki flat" (the place names the home's town).
_INTO_PLACE_HOME = re.compile(
    r"\s+(?:in\s+)?into\s+(?:(?:a|an|the|their|his|her)\s+|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+['’]s?\s+)"
    r"(?:(?:new|old|rented|former|small|tiny|spacious|luxury|lavish)\s+)?"
)
# "Lisbon's Alfama": a town's part, named with the town's possessive.
_TOWNS_PART = re.compile(r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+[A-Z]")
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
# A return after a parting is a move home: "returned to Oslo after the divorce" (a bare "returned
# to Oslo" is as often a visit, so the parting after the place must say it).
_RETURNED_TO_BEFORE = re.compile(r"\b(?:returned|went\s+back|moved\s+back)\s+to\s+$", re.IGNORECASE)
_AFTER_PARTING = re.compile(
    r"\s+(?:after|following)\s+(?:the|their|her|his)\s+(?:[\w-]+\s+)?(?:divorce|split|separation|break-?up)\b"
)
# "in which they played two flatmates who share a flat in X": a home of the characters, not theirs.
_ROLE_WHO_BEFORE = re.compile(
    rf"\b{ROLE_VERBS}\s+(?:a|an|the|two)\s+[^.;]*\bwho\s+[^.;]*$",
    re.IGNORECASE,
)
_TIME_BETWEEN_BEFORE = re.compile(
    r"\b(?:splits?|splitting|divides?|dividing)\s+(?:her|his|their|its)\s+time\s+between\s+$", re.IGNORECASE
)
_DESCRIPTION_START = re.compile(r"[Tt]he\s")
# A venue, not a home: "proposed at a lakeside villa in X", "married at a country house in X",
# "was born at home in X" (where one was born, not where one lives).
# ("they live at a farmhouse in X" is a home: a verb of living before "at" keeps it)
_VENUE_BEFORE = re.compile(
    r"(?<!\blive\s)(?<!\blives\s)(?<!\blived\s)(?<!\bliving\s)(?<!\bsettled\s)(?<!\bresides\s)"
    r"\bat\s+an?\s+(?:[\w-]+\s+){0,2}$|\bborn\s+at\s+$",
    re.IGNORECASE,
)
# An event held at the place named next: "tied the knot in a private ceremony at Oak Hollow Ranch
# in X", "threw a party at the Harbour Hotel in X" (where it happened, not a home).
_EVENT_AT_BEFORE = re.compile(
    r"\b(?:ceremony|wedding|reception|nuptials|tied\s+the\s+knot|married|wed|party|bash|gala|premiere"
    r"|concert|event|celebration)\b[^.;]{0,60}?\bat\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# An organisation's seat right before "based in": "a news outlet based in X", "the firm, based in
# X" (the outlet's town, not the home of the person the sentence is about).
_ORG_BASED_BEFORE = re.compile(
    r"\b(?:outlet|newspaper|paper|station|channel|company|firm|agency|network|studio|label|publication"
    r"|site|website|magazine|charity|organi[sz]ation|group|club|team|brand|start-?up|business)\s*,?\s*$",
    re.IGNORECASE,
)
# A work set in a place, right before "based in": "wrote a film based in Peru" (only
# before "based": "the star of the show, lives in Leeds" is a home).
_WORK_BASED_BEFORE = re.compile(
    r"\b(?:movie|film|series|show|drama|novel|book|play|story)\s+$", re.IGNORECASE
)
# A move or a home denied right before the verb: "she couldn't move back to Denver", "they
# never lived in Rome" tell no residence.
_NEGATED_BEFORE = re.compile(
    r"\b(?:could\s+not|couldn[’']t|can[’']t|cannot|can\s+not|won[’']t|wouldn[’']t|didn[’']t|did\s+not"
    r"|doesn[’']t|does\s+not|don[’']t|do\s+not|never|not)\s+(?:(?:yet|even|ever|really|have|had)\s+)*$",
    re.IGNORECASE,
)
_OWNED_HOME = re.compile(
    r"(?:['’]s)?\s+(?:(?:new|old|former|family|first|beloved|\$[\d.,]+\s*(?:million|m)?|[a-z]+-(?:bedroom|acre))\s+){0,2}"
)
# Right before a home's cue, a relative owning it: "their parents' house in X", "his mum's flat in".
_KIN_HOME_BEFORE = re.compile(
    r"\b(?:parents|mother|father|mum|mom|dad|grandparents|grandmother|grandfather|gran|grandma|grandpa)"
    r"['’]s?\s+(?:(?:old|former|childhood)\s+)?$",
    re.IGNORECASE,
)
# An arrival from elsewhere: "came to Leeds from Porto in the 1970s" (the place after "to" is
# the new home only when "from" names the old one).
_CAME_TO = re.compile(
    r"\b(?:came|emigrated|immigrated)\s+to\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
    r"\s+from\s+[A-Z]"
)
# (a word of every `_CAME_TO` match, and one of its verb's: a sentence without them spares its scan)
_CAME_TO_VERBS = ("came", "migrated")
# Before "moving": a move thought of, not made ("have talked about moving back to X").
_MOVE_THOUGHT_OF = re.compile(
    r"\b(?:talk(?:s|ed|ing)?|think(?:s|ing)?|thought|dream(?:s|ed|ing)?|consider(?:s|ed|ing)?"
    r"|discuss(?:es|ed|ing)?|mull(?:s|ed|ing)?)\s+(?:about\s+|of\s+|over\s+)?(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Before the noun "move": one talked of, not made ("linked him with a move to X", "talk of a move").
_TALKED_OF_MOVE = re.compile(
    r"\b(?:with|over|about|of|for|on)\s+a\s+(?:possible\s+|potential\s+|rumou?red\s+|mooted\s+|summer\s+|big-money\s+)?$",
    re.IGNORECASE,
)
# "has moved on (with X)", "moving on from": past a relationship, no move of home.
_MOVED_ON = re.compile(r"\s+on\b")
# An unnamed relative a relative clause opens on: "his dad, who lives in", "Her father, who still
# lives in": the home is the relative's, not the name before.
_KIN_WHO_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z-]+\s+)?(?:step-?|half-?|grand)?"
    rf"(?:{_RELATIVES})"
    r",?\s+who\s+(?:[a-z]+\s+)?$"
)


HOME_NOUNS = cue_list("home_nouns")
# A verb of living, then what may stand between it and its place, up to the place's preposition
# (searched to end right before a place): adverbs ("now", "together", "primarily"), a companion
# ("with his mother, Ada Roe,"), an aside ("They live, as they have for years, in"), and a named
# dwelling ("in a converted mill in", "at the family farmhouse near"). A bare "lives in" right
# before the place is the cue list's.
_LIVES_THEN_PLACE = re.compile(
    r"\b(?:live|lives|lived|living|reside|resides|resided|residing|(?:has|have|had)\s+been\s+living)\b"
    r"(?:\s+(?:now|still|together|mainly|mostly|primarily|largely|chiefly|happily|quietly|permanently"
    r"|full[- ]time|part[- ]time|year[- ]round))*"
    # a companion: "with her husband", "with his mother, Ada Roe,", "with their two sons"
    r"(?:\s+with\s+(?:(?:his|her|their|my|our|a|an|the|two|three)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"(?:\s*,\s*(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*\s*,)?)?"
    # an aside between commas
    r"(?:\s*,\s*(?:as|like|since|for)\s+[^.;,()]{1,40},)?"
    # a named dwelling: "in a converted mill", "at the family farmhouse", "in their townhouse"
    r"(?:\s+(?:in|at|on)\s+(?:a|an|the|their|his|her|its|our|my)\s+(?:[\w’'$-]+\s+){0,3}?"
    rf"{HOME_NOUNS}s?(?:\s+(?:together|now))?\s*,?)?"
    # a landmark it is near: "lives near the institute in", "close to the harbour in"
    r"(?:\s+(?:near|close\s+to|next\s+to|opposite)\s+(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r"(?:\s+(?:in|at|on|near|outside|just\s+outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|rural|suburban)\s+)?"
    # "in the Roma neighbourhood of X": the district named before its town
    r"|\s+in\s+the\s+(?:[\w’'-]+\s+){1,3}(?:neighbou?rhood|district|quarter|suburb|borough|area)\s+of\s+(?:the\s+)?)$"
)

# A person set off with the place they are from, as notices and British reports write it:
# "Mrs Ada Roe, of Chelsea, London", "Tom Vey, 45, of Leeds, was fined".
_OF_PLACE = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?of\s+$")


class ResidenceRules(Referents):
    """The residence rules of the sentence extractor (mixed into `relations.Extractor`)."""

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
            if residents:
                # "Marseille, where she lives with her husband, the composer X": X too
                residents += [
                    p for p in self._living_with(ctx, where.end()) if p.key not in {r.key for r in residents}
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
                        date=self._lived_since(where),
                    )

    def _living_with(self, ctx: SentenceContext, at: int) -> list[Person]:
        """The partner or kin a home's words name as living there too, right after `at`
        (document offset): "with her husband, the architect X" gives X."""
        text = doc_text(self.doc)
        with_kin = _WITH_KIN.match(text[at : ctx.end])
        if with_kin is None:
            return []
        return [
            p
            for p in self._named(ctx)
            if p.via == "name"
            and p.start >= at + with_kin.end()
            and KIN_TO_NAME.fullmatch(text[at + with_kin.end() : p.start])
        ][:1]

    def _lived_since(self, where: re.Match[str]) -> DateValue | None:
        """The year a home began that `_WHERE_LIVES` gives: "since 2015", or the report's year less
        "the past decade" / "the last six years" (year precision; none when the count is no
        number or the report is undated)."""
        if where.group("since"):
            return DateValue(where.group("since"))
        if not where.group("unit") or self.report_date is None:
            return None
        count = time_lexicon().number(where.group("count")) if where.group("count") else (1, 1)
        if count is None or count[0] != count[1]:
            return None  # "for the past few years"
        years = count[0] * (10 if where.group("unit").startswith("decade") else 1)
        return DateValue(str(int(self.report_date.value[:4]) - years))

    def _town_of(self, place: str) -> str:
        """ "Lisbon's Alfama neighbourhood": a place named as a town's district is the town (the
        town by its own key when the text names it elsewhere, else by its name)."""
        name = self.index.name(place)
        town = _TOWNS_PART.match(name)
        if town is None:
            return place
        by_name = {self.index.name(key): key for key in self.index.entities if key.startswith("place:")}
        return by_name.get(town.group(1), town.group(1))

    def residence(self, ctx: SentenceContext) -> None:
        """ "moved from NYC to LA", "lives in Paris"."""
        self._where_one_lives(ctx)
        lex = relation_lexicon()
        moved = lex.verbs["residence_move"].search(ctx.text)
        if moved and _NEGATED_BEFORE.search(ctx.text[max(0, moved.start() - 30) : moved.start()]):
            moved = None  # "she couldn't move back to Denver"
        if moved and _MOVED_ON.match(ctx.text, moved.end()):
            moved = None  # "he has moved on with a new woman": over someone, not to a place
        if moved and (
            _MOVE_THOUGHT_OF.search(ctx.text[: moved.start()]) or self._not_yet(ctx, moved.start())
        ):
            moved = None  # "the couple have talked about moving back to Portugal": a plan
        if moved and _TALKED_OF_MOVE.search(ctx.text[: moved.start()]):
            moved = None  # "reports linked him with a move to Porto Azul": a transfer talked of
        if moved:
            cue_start = ctx.start + moved.start()
            movers = [p for p in ctx.people if p.end <= cue_start]
            couple = [p for p in movers if p.via == "couple"]
            subject = self._subject_person(ctx, cue_start, movers)
            # "X and Y moved in together in Z": every subject of the verb moved
            movers = couple or (
                (self._subjects(ctx, cue_start, movers) or [subject]) if subject else movers[-1:]
            )
            if (
                not subject
                and not couple
                and self._unnamed_subject(ctx, cue_start, cue_start + len(moved.group()))
            ):
                movers = []  # "X joined after the band's drummer moved to Australia": the drummer
            text = doc_text(self.doc)
            movers = [
                m
                for m in movers
                if not (
                    m.via == "pronoun"
                    and _DESCRIPTION_START.match(text, m.start)
                    and any(p.via == "name" and p.key == m.key and p.end <= m.start for p in ctx.people)
                )
            ]  # "Drummer X joined after the band's original drummer moved": a description of
            # one the same sentence names is someone else
            tail = ctx.text[moved.end() :]
            # "moved to X", "moved in together in X", "moved into a flat in X", "moved in with
            # him in X"
            to = re.search(
                r"\b(?:to|(?:in\s+)?together\s+(?:in|to)|in\s+with\s+[^.;,]{1,40}?\s+in"
                rf"|into\s+(?:a|an|the|their|his|her)\s+(?:[\w’'-]+\s+){{0,3}}?{HOME_NOUNS}s?\s+(?:in|on|near|outside))"
                r"\s+(?:the\s+)?",
                tail,
            )
            origin = re.search(r"\bfrom\s+(?:the\s+)?", tail)
            for place in ctx.places:
                rel = place.span.start - ctx.start - moved.end()
                if rel < 0 or _is_month(self.index.name(place.entity)):
                    continue
                date = self._date_near(ctx, cue_start)
                into_home = _INTO_PLACE_HOME.fullmatch(tail[: max(rel, 0)]) and _PLACE_HOME_AFTER.match(
                    text, place.span.end
                )
                if into_home or (
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
        self._came_to(ctx)
        # (a cue tells a home only with a place right after it: without places, no scan)
        for match in lex.verbs["residence"].finditer(ctx.text) if ctx.places else ():
            cue_start, cue_end = ctx.start + match.start(), ctx.start + match.end()
            places = [p for p in ctx.places if 0 <= p.span.start - cue_end <= 5]
            if places:
                self._lives_at(ctx, cue_start, places[0])
        self._lives_then_place(ctx)
        self._of_place(ctx)

    def _of_place(self, ctx: SentenceContext) -> None:
        """ "Mrs Ada Roe, of Chelsea, London": the person named right before ", of PLACE" lives
        there."""
        text = doc_text(self.doc)
        for place in ctx.places:
            if _is_month(self.index.name(place.entity)):
                continue
            for person in self._named(ctx):  # (names only: no pronoun of the sentence resolved)
                if (
                    person.via == "name"
                    and person.end <= place.span.start
                    and _OF_PLACE.fullmatch(text, person.end, place.span.start)
                    and person.key not in self._characters()
                ):
                    self._add(
                        ctx,
                        person.key,
                        "residence",
                        self._town_of(place.entity),
                        cue_start=person.start,
                        cue_end=place.span.end,
                    )

    def _lives_then_place(self, ctx: SentenceContext) -> None:
        """A verb of living kept from its place by words the cue list does not span: "now live
        in a converted mill in Didsbury", "lives primarily with his mother in Pasadena", "They
        live, as they have for years, in a townhouse in Bath", "have lived together in a flat in
        south Lisbon"."""
        text = doc_text(self.doc)
        for place in ctx.places:
            living = _LIVES_THEN_PLACE.search(text, ctx.start, place.span.start)
            if living is None:
                continue
            if any(
                0 <= place.span.start - m.end() - ctx.start <= 5
                for m in relation_lexicon().verbs["residence"].finditer(ctx.text)
            ):
                continue  # the cue list's own reading ("lives in Leeds") has it
            if any(living.start() < p.span.start < place.span.start for p in ctx.places):
                # "in the Pacific Palisades area of Los Angeles": a district known as a place is
                # the home as the text narrows it (only one the tagger did not take for a place,
                # "in the Roma neighbourhood of Mexico City", leaves the town)
                continue
            self._lives_at(ctx, living.start(), place)

    def _home_ruled_out(self, ctx: SentenceContext, at: int) -> bool:
        """Whether the words before a verb of living (sentence offset `at`) say the home is not
        the subject's, or not (yet) a home at all."""
        head = ctx.text[:at]
        return bool(
            self._not_yet(ctx, at)  # "they hope to live in Rome one day"
            or _NEGATED_BEFORE.search(head[-30:])  # "they never lived in Rome"
            # "popped the question at a lakeside villa in X": where it happened
            or _VENUE_BEFORE.search(head[-40:])
            # "married in a ceremony at X Ranch in Y", "a news outlet based in Y": no home
            or _EVENT_AT_BEFORE.search(head[-90:])
            or _ORG_BASED_BEFORE.search(head[-40:])
            or (ctx.text[at : at + 5].lower() == "based" and _WORK_BASED_BEFORE.search(head[-20:]))
            # "splits his week between us and his dad, who lives in X": the father's home
            or _KIN_WHO_BEFORE.search(head[-40:])
            # "they played a brother and sister who share a flat in X": the roles' home
            or _ROLE_WHO_BEFORE.search(head)
            # "in the garage of their parents' house in X": the parents' home
            or _KIN_HOME_BEFORE.search(head)
        )

    def _lives_at(self, ctx: SentenceContext, cue_start: int, place: Mention) -> None:
        """The residence a verb of living at `cue_start` (document offset) gives its subject (and
        the partner or kin named as living there with them) at `place`."""
        if self._home_ruled_out(ctx, cue_start - ctx.start):
            return
        before = [p for p in ctx.people if p.end <= cue_start]
        subjects = self._subjects(ctx, cue_start, [p for p in before if p.via != "couple"])
        couple = [p for p in before if p.via == "couple"][-2:]
        # "They bought a house together in Nashville", "The family lives in Chicago": both
        residents = subjects or couple or self._joined_before(before[-1:], before)
        if len(couple) == 2 and _OWNED_HOME.fullmatch(doc_text(self.doc)[couple[-1].end : cue_start]):
            residents = couple  # "She designed the couple's home on Bowen Island": theirs
        if not residents:
            return
        owner = self._named_home_owner(ctx, cue_start)
        if owner is not None and owner.key not in {r.key for r in residents}:
            # "they rehearsed at their producer Ivo Marsh's studio and flat in Leeds": the home
            # of the one named with the possessive, not of the clause's subject
            return
        # "lives in Bristol with her husband, the architect X": X lives there too
        residents = residents + [
            p for p in self._living_with(ctx, place.span.end) if p.key not in {r.key for r in residents}
        ]
        date = (
            self._date_near(ctx, place.span.end)
            if _ACQUIRED.search(ctx.text[: cue_start - ctx.start])
            else None
        )
        for resident in residents:
            self._add(
                ctx,
                resident.key,
                "residence",
                self._town_of(place.entity),
                cue_start=cue_start,
                cue_end=place.span.end,
                date=date,
                explicit=date is not None,
            )

    def _named_home_owner(self, ctx: SentenceContext, cue_start: int) -> Person | None:
        """The person named with a possessive right before the home noun of a cue at `cue_start`
        ("Ivo Marsh's offices and flat in", "Ana's apartment in"), or None."""
        text = doc_text(self.doc)
        for person in ctx.people:
            if (
                person.via == "name"
                and person.end <= cue_start
                and _HOME_OWNER_TO_CUE.fullmatch(text, person.end, cue_start)
            ):
                return person
        return None

    def _unnamed_subject(self, ctx: SentenceContext, start: int, end: int) -> bool:
        """Whether the verb at `start`..`end` has a noun subject that names no one the sentence
        knows: "the band's original drummer moved", "his manager lives"."""
        verb = self.doc.char_span(start, end, alignment_mode="expand")
        if verb is None or not len(verb):
            return False
        head = verb.root
        if head.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in head.children):
            head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].pos_ != "NOUN":
            return False
        noun = subjects[0]
        return not any(
            p.start <= noun.idx < p.end or noun.left_edge.idx <= p.start < noun.idx for p in ctx.people
        )

    def _came_to(self, ctx: SentenceContext) -> None:
        """ "Her father, X, came to Leeds from Porto": X lives (or lived) in Leeds (a place the
        tagger marked there, or one it marked elsewhere in the text under that name)."""
        if "from" not in ctx.text or not any(verb in ctx.text for verb in _CAME_TO_VERBS):
            return
        text = doc_text(self.doc)
        for came in _CAME_TO.finditer(ctx.text):
            at = ctx.start + came.start("place")
            marked = [p.entity for p in ctx.places if p.span.start == at]
            known = [
                key
                for key, entity in self.index.entities.items()
                if key.startswith("place:") and came.group("place") in ({entity.name} | entity.aliases)
            ]
            if not marked and not known:
                continue
            place = (marked or known)[0]
            cue_start = ctx.start + came.start()
            movers = [p for p in ctx.people if p.end <= cue_start and p.via != "couple"]
            subject = self._subject_person(ctx, cue_start, movers) or next(
                (p for p in movers[-1:] if re.fullmatch(r"\s*,\s*", text[p.end : cue_start])), None
            )  # ("Her father, X, came to": the name in apposition)
            if subject is None or subject.key == place:
                continue
            self._add(
                ctx,
                subject.key,
                "residence",
                place,
                cue_start=cue_start,
                cue_end=ctx.start + came.end("place"),
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
                    (p for p in self._named(ctx) if p.via == "name" and p.end <= place.span.start),
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
                    for p in self._named(ctx)
                    if p.via == "name"
                    and 0 <= p.start - (place.span.end + based.end()) <= _BASED_NAME_GAP
                    and _LOWER_WORDS.fullmatch(text[place.span.end + based.end() : p.start])
                ]
                named_before = [
                    p
                    for p in self._named(ctx)
                    if p.via == "name" and _APPOSITION_THE.fullmatch(text[p.end : place.span.start])
                ]
                residents = named_after[:1] or named_before[-1:]
            else:
                cue = (
                    _HOME_TO_BEFORE.search(before)
                    or _TIME_BETWEEN_BEFORE.search(before)
                    or (_RETURNED_TO_BEFORE.search(before) if _AFTER_PARTING.match(after) else None)
                )
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
