"""TimeML value conventions of newswire added in the ninth round, on invented sentences.

Each case names the anchor (the document creation time), an invented sentence and the
(extent, TimeML value) pairs the tagger must give for it; names and firms are fictional.
What they pin down:
- an abbreviated month's point ("Dec. 7"), a title's ("Mr.") and an initial's ("D.C.")
  end no clause or sentence, so the verb after them still sets the tense;
- a date fronted at the start of its sentence ("In February, the board named ...") takes
  the tense of the sentence it opens, whose first verb decides ("On Friday, the firm said
  it would ..." is past);
- a participle after a future cue ("will be picked up ... and flown") is the future's,
  while a trailing attribution (", police said") still makes a present-tense lead past;
- "said late Wednesday": a past verb governs the day across its modifier; a weekday in a
  present-tense relative clause ("who is visiting Dorvan on Monday") is ahead;
- "due to" giving a cause ("due to health concerns") and a comparison ("earlier than
  scheduled") are no future cues;
- "that June", "that summer": the month or season of the year the text last named;
- a quarter or half named in past narration is one already begun;
- a bare year joined to a second one ("1995 through 1997") is a year; "year's end" is the
  anchor's year;
- "a single year", "15-plus years" and "after many months of talks" are durations; "a long
  time ago" is PAST_REF ("how long ago" asks a question).
"""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import tag_times, tag_times_rich


def _timexes(text: str, dct: str) -> list[tuple[str, str | None]]:
    return [
        (text[m.start : m.timex_span[1]], m.timex) for m in tag_times_rich(text, DateValue(dct)) if m.markable
    ]


CASES = [
    # an abbreviated month's point ends no clause: the past verb after it still counts
    ("1998-03-11", "On Dec. 7, the Orvane board said it would cut 500 jobs.", [("Dec. 7", "1997-12-07")]),
    ("1998-03-11", "The Dec. 7 meeting of the Halvard council was cancelled.", [("Dec. 7", "1997-12-07")]),
    ("1998-03-11", "On Dec. 7 the Orvane board announced a merger.", [("Dec. 7", "1997-12-07")]),
    # ... nor an initial's ("D.C.")
    (
        "2013-03-21",
        "Kessa Lorne signed copies in Richmond on Monday afternoon, and in Washington D.C. on Saturday.",
        [("Monday afternoon", "2013-03-18TAF"), ("Saturday", "2013-03-16")],
    ),
    # a fronted date takes the tense of the sentence it opens
    (
        "2024-09-30",
        "In February, the network's entertainment president, Lavinia Quorn, stepped down.",
        [("February", "2024-02")],
    ),
    ("2024-09-30", "In February, the network will name a new president.", [("February", "2025-02")]),
    ("2013-03-21", "On Friday, the Brelmont board said it would sell the plant.", [("Friday", "2013-03-15")]),
    (
        "2013-03-21",
        "In his speech on Monday, Governor Tallis praised the rescue crews.",
        [("Monday", "2013-03-18")],
    ),
    # a trailing attribution still counts: a present-tense lead tells of a day past
    (
        "2013-03-21",
        "Two people are dead after a shooting in Dorvan on Monday, police said.",
        [("Monday", "2013-03-18")],
    ),
    ("2013-03-21", "Talks resumed Monday, officials said.", [("Monday", "2013-03-18")]),
    # a participle after "will" is the future's, not past narration
    (
        "2013-03-21",
        "He could be released by Oct. 1, when he will be picked up and flown to Dorvan.",
        [("Oct. 1", "2013-10-01")],
    ),
    # "due to" giving a cause, and "than scheduled", put nothing in the future
    (
        "2016-09-15",
        "Quorn left the Dorvan event on September 11th earlier than scheduled due to health concerns.",
        [("September 11th", "2016-09-11")],
    ),
    ("2013-03-21", "The Halvard plant is due to reopen on Monday.", [("Monday", "2013-03-25")]),
    # a present-tense relative clause keeps its own tense in a past sentence
    (
        "2013-03-21",
        "The envoy, who is visiting Dorvan on Monday, said talks were stalled.",
        [("Monday", "2013-03-25")],
    ),
    (
        "2013-03-21",
        "The envoy, who met the Dorvan minister on Monday, said talks were stalled.",
        [("Monday", "2013-03-18")],
    ),
    # "said late Wednesday": the past verb governs the day across its modifier
    (
        "2013-03-21",
        "The Kestrel bank said late Wednesday it would extend the deadline to Monday.",
        [("late Wednesday", "2013-03-20"), ("Monday", "2013-03-25")],
    ),
    # "that June", "that summer": in the year last named
    (
        "2024-09-30",
        "The Marrow Lanterns separated in the spring of 2017, and Quorn filed for divorce that June.",
        [("the spring of 2017", "2017-SP"), ("June", "2017-06")],
    ),
    (
        "2024-09-30",
        "The band formed in 2009. That October it released its first album and toured that summer.",
        [("2009", "2009"), ("October", "2009-10"), ("summer", "2009-SU")],
    ),
    # with no year named before: as the anchor places the month
    ("2024-09-30", "The band released an album that May.", [("May", "2024-05")]),
    # a quarter told of in the past has begun: the second quarter, on 11 March, is last year's
    (
        "1998-03-11",
        "Orvane's net income fell in the second quarter ended Sept. 30.",
        [("the second quarter", "1997-Q2"), ("Sept. 30", "1997-09-30")],
    ),
    ("1998-03-11", "In the third quarter, Halvard's profit rose.", [("the third quarter", "1997-Q3")]),
    # a year joined to a second one
    ("1998-03-11", "The Brelmont report covers 1995 through 1997.", [("1995", "1995"), ("1997", "1997")]),
    ("1998-03-11", "Orvane's results for 1996 and 1997 were restated.", [("1996", "1996"), ("1997", "1997")]),
    ("1998-03-11", "The Halvard plan covers 1998 to 2000.", [("1998", "1998"), ("2000", "2000")]),
    # "a single year", "15-plus years", "90+ minutes", "after many months of": durations
    ("2016-10-03", "Brelmont lost $900 million in a single year.", [("a single year", "P1Y")]),
    ("2016-10-03", "Orvane paid no tax for 15-plus years.", [("15-plus years", "P15Y")]),
    ("2016-10-03", "The Dorvan debate ran 90+ minutes.", [("90+ minutes", "PT90M")]),
    (
        "2016-10-03",
        "After many months of talks, Halvard signed; the pact took months of meetings.",
        [("many months", "PXM"), ("months", "PXM")],
    ),
    # "a long time ago", "long ago": a vague stretch back (PAST_REF), as "years ago"
    ("2013-03-21", "The Dorvan alliance was set up a long time ago.", [("a long time ago", "PAST_REF")]),
    ("2013-03-21", "The Quorn feud ended long ago.", [("long ago", "PAST_REF")]),
    # "by year's end": the anchor's year, as "by year-end"
    ("1998-03-11", "Brelmont expects to close the deal by year's end.", [("year's end", "1998")]),
]


@pytest.mark.parametrize(("dct", "text", "expected"), CASES)
def test_newswire_conventions(dct: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _timexes(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised season after "that" is a name; "fall" and "spring" after "that" are verbs
        ("Their cottage is the one that Summer renovated last year.", ["last year"]),
        ("Shares that fall sharply are sold by the fund.", []),
        ("The hopes that spring from the talks are small.", []),
        # a question is no time
        ("How long ago did the Quorn feud end?", []),
        # the first of two numbers joined before a plural is a count, not a year
        ("The Orvane plant made 1900 to 2000 cars a week.", ["2000"]),
    ],
)
def test_no_new_false_dates(text: str, expected: list[str]) -> None:
    assert [extent for extent, _ in _timexes(text, "2013-03-21")] == expected


def test_that_month_is_dated_for_facts() -> None:
    """The DateValue (what facts are dated with) follows the year named, not only the
    TimeML value."""
    text = "Quorn and Vance married in 2011. They split that August."
    got = {e.text: e.value for e in tag_times(text, DateValue("2024-05-02"))}
    assert got["August"] == DateValue("2011-08")


def test_that_month_under_a_dated_heading_keeps_the_heading_year() -> None:
    """Under dated section headings a month without its year is the heading's, even after
    "that": the season before it was placed from the anchor, not from the text."""
    text = (
        "2016\n\nThe pair meet on a film set in Lisbon.\n\n"
        "2018\n\nIn the spring, Vance moves into Quorn's flat. That December, he proposes in Porto.\n\n"
        "2020\n\nThey marry in Sintra."
    )
    got = {m.text: m.timex for m in tag_times_rich(text, DateValue("2024-05-02"))}
    assert got["December"] == "2018-12"
