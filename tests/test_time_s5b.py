"""Stretches of time that end now: "recent years", "the past decade", "the last few
years". On invented sentences with fictional names.

How these are valued, and why (issue 3, settled from the sources that could be read):

* HeidelTime's English rules (resources_rules_durationrules.txt) value "recent <units>"
  as a DURATION with an unknown count (rule duration_r1c: "[Rr]ecent %reUnit" ->
  "PX<unit>") and "the last/past N <units>" as a DURATION of N units (duration_r2a-c:
  "the last twenty years" -> P20Y, "the last several years" -> PXY).
* MEANTIME (our development set) is split evenly: "recent years" once DURATION PXY and
  once DATE PAST_REF; "the past decade" once DURATION P10Y and once DATE "200". An even
  split gives no majority to follow, so the rule above stands.
* "the last decade", like "last year", names the calendar unit before the anchor's (the
  decade "200" from 2013), while "the past decade", like "the past year", is a stretch
  ending at the anchor (P10Y).
"""

from __future__ import annotations

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, tag_times_rich

ANCHOR = DateValue("2013-03-22")


def _match(text: str, phrase: str) -> TimeMatch:
    for tm in tag_times_rich(text, ANCHOR):
        if tm.text == phrase:
            return tm
    found = [(tm.text, tm.timex) for tm in tag_times_rich(text, ANCHOR)]
    raise AssertionError(f"{phrase!r} not tagged in {text!r}; found {found}")


@pytest.mark.parametrize(
    ("text", "phrase", "timex_type", "timex"),
    [
        # a vague count of units ending now: PX<unit> (HeidelTime duration_r1c)
        ("Mira Solberg's tickets cost more in recent years.", "recent years", "DURATION", "PXY"),
        ("Velmora Foods has cut prices in recent months.", "recent months", "DURATION", "PXM"),
        ("The Orin twins have rarely spoken in recent weeks.", "recent weeks", "DURATION", "PXW"),
        ("Dale Orin has toured less over the last few years.", "the last few years", "DURATION", "PXY"),
        ("Velmora's sales rose in the past few months.", "the past few months", "DURATION", "PXM"),
        # a counted stretch ending now: P<N><unit> (HeidelTime duration_r2a)
        ("Mira Solberg made four albums in the past three years.", "the past three years", "DURATION", "P3Y"),
        ("Velmora's shares doubled over the past year.", "the past year", "DURATION", "P1Y"),
        ("Dale Orin won twice in the past decade.", "the past decade", "DURATION", "P10Y"),
        # "last" with a bare unit names the calendar unit before the anchor's
        ("Dale Orin won twice in the last decade.", "the last decade", "DATE", "200"),
        ("Velmora's sales rose last year.", "last year", "DATE", "2012"),
    ],
)
def test_stretches_ending_now(text: str, phrase: str, timex_type: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == (timex_type, timex)


def test_recent_alone_stays_a_vague_past_date() -> None:
    # "recent" before a noun that is not a unit is a point in the past (TimeML PAST_REF)
    tm = _match("The recent feud between the Orin twins made headlines.", "recent")
    assert (tm.timex_type, tm.timex) == ("DATE", "PAST_REF")
