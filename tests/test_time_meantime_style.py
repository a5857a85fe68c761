"""TimeML conventions the tagger follows on news prose (invented sentences, fictional names):
clock times, quarters and fiscal years, durations such as "the past five years", values
counted from the last date named, part-of-day times, decades, and what is not a TIMEX3."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import TimeMatch, tag_times, tag_times_rich

ANCHOR = DateValue("2009-10-14")  # a Wednesday


def _match(text: str, phrase: str, anchor: DateValue | None = ANCHOR) -> TimeMatch:
    for tm in tag_times_rich(text, anchor):
        if tm.text == phrase:
            return tm
    found = [tm.text for tm in tag_times_rich(text, anchor)]
    raise AssertionError(f"{phrase!r} not tagged in {text!r}; found {found}")


@pytest.mark.parametrize(
    ("text", "phrase", "timex_type", "timex"),
    [
        # clock times: on the day named right after, else earlier, else the anchor's
        ("Trading stopped at 16:08 UTC.", "16:08 UTC", "TIME", "2009-10-14T16:08Z"),
        ("The hearing opened at 12:00 UTC Monday.", "12:00 UTC Monday", "TIME", "2009-10-12T12:00Z"),
        ("Mira Solen landed on Tuesday in Oslo at 6:40 p.m.", "6:40 p.m.", "TIME", "2009-10-13T18:40"),
        ("Doors open at noon.", "noon", "TIME", "2009-10-14T12:00"),
        ("Kit Baro spoke on Friday morning.", "Friday morning", "TIME", "2009-10-09TMO"),
        ("Dale Orin left yesterday evening.", "yesterday evening", "TIME", "2009-10-13TEV"),
        # quarters, halves and fiscal years
        ("Losses grew in the fourth quarter of 2008.", "the fourth quarter of 2008", "DATE", "2008-Q4"),
        ("It grew in the third quarter of this year.", "the third quarter of this year", "DATE", "2009-Q3"),
        ("Sales fell during the last quarter.", "the last quarter", "DATE", "2009-Q3"),
        ("Its third-quarter results were weak.", "third-quarter", "DATE", "2009-Q3"),
        ("The label lost money in the first half.", "the first half", "DATE", "2009-H1"),
        ("Revenue in Q2 2007 doubled.", "Q2 2007", "DATE", "2007-Q2"),
        ("Profit for fiscal 2010 is forecast.", "fiscal 2010", "DATE", "FY2010"),
        # durations
        ("Shares fell over the past five trading days.", "the past five trading days", "DURATION", "P5D"),
        ("The studio will hire within the next six months.", "the next six months", "DURATION", "P6M"),
        ("The economy shrank for two consecutive quarters.", "two consecutive quarters", "DURATION", "P2Q"),
        # "recent <units>" is a vague stretch ending now (HeidelTime English rule
        # duration_r1c: "[Rr]ecent %reUnit" -> PX<unit>; MEANTIME dev splits 1:1 between
        # DURATION PXY and DATE PAST_REF, so the rule decides; see tests/test_time_s5b.py)
        ("Prices have risen in recent years.", "recent years", "DURATION", "PXY"),
        ("The feud has lasted for decades.", "decades", "DURATION", "PXY"),
        ("They sold out in minutes.", "minutes", "DURATION", "PTXM"),
        # vague references: TimeML leaves the preposition out
        ("Such tours were rare in the past.", "the past", "DATE", "PAST_REF"),
        ("A sequel may follow in the near future.", "the near future", "DATE", "FUTURE_REF"),
        ("Rates will stay low for the time being.", "the time being", "DATE", "PRESENT_REF"),
        ("The recent slump hurt the studio.", "recent", "DATE", "PAST_REF"),
        # anchored dates
        ("Dale Orin was in Paris earlier today.", "earlier today", "DATE", "2009-10-14"),
        ("The sale closes by the end of this year.", "the end of this year", "DATE", "2009"),
        ("Profit dipped at the beginning of the year.", "the beginning of the year", "DATE", "2009"),
        ("The lease ends after October of next year.", "October of next year", "DATE", "2010-10"),
        ("The cars of the 70s and 80s were boxy.", "80s", "DATE", "198"),
        ("The fashion of the early 90s is back.", "the early 90s", "DATE", "199"),
        ("The index is at its lowest since '82.", "'82", "DATE", "1982"),
        ("The album is due in mid-2011.", "mid-2011", "DATE", "2011"),
        ("The summit took place over the weekend.", "the weekend", "DATE", "2009-W41-WE"),
        ("The label's annual party was cancelled.", "annual", "SET", "P1Y"),
    ],
)
def test_timeml_values(text: str, phrase: str, timex_type: str, timex: str) -> None:
    tm = _match(text, phrase)
    assert (tm.timex_type, tm.timex) == (timex_type, timex)


def test_later_and_the_next_day_count_from_the_last_date_named() -> None:
    text = "The duo split on June 3, 2005. Two years later they reunited, and the next day they toured."
    later = _match(text, "Two years later")
    assert (later.timex_type, later.timex, later.value) == ("DATE", "2007", None)
    nxt = _match("Vale Ostrow filed suit on March 2, 2009. The next day the studio answered.", "The next day")
    assert nxt.timex == "2009-03-03"
    assert nxt.value is None  # still tied to the event for fact dating (anchor_relative)


def test_the_day_of_a_market_report_is_the_day_last_named() -> None:
    text = "On Monday, the index fell 3% before it ended the day down 40 points."
    assert _match(text, "the day").timex == "2009-10-12"
    assert not [tm for tm in tag_times_rich("It was the day she left.", ANCHOR) if tm.text == "the day"]


def test_a_day_shortly_after_the_anchor_stays_in_its_year() -> None:
    # "has an October 25 deadline": a date ten days ahead, with no future verb
    assert _match("The studio has an October 25 deadline.", "October 25").timex == "2009-10-25"
    # a whole month in past narration still looks back
    assert _match("The couple split in November.", "November").timex == "2008-11"
    # far ahead of the anchor, past narration looks back
    assert _match("They met on December 30.", "December 30").timex == "2008-12-30"


def test_announced_friday_that_it_will_reads_friday_as_past() -> None:
    tm = _match("Orla Venn announced Friday that she will tour.", "Friday")
    assert tm.timex == "2009-10-09"


@pytest.mark.parametrize(
    "text",
    [
        "She will answer as soon as possible.",
        "The now-defunct label sued.",
        "The future of music is bright.",
        "The second half of the season was poor.",
        "A quarter of fans left.",
        "Three quarters of them stayed.",
        "Orla Venn won 3:1 after extra time.",
    ],
)
def test_not_time_expressions(text: str) -> None:
    found = [(tm.text, tm.timex) for tm in tag_times_rich(text, ANCHOR) if tm.kind != "age"]
    assert found == [], found


def test_ages_without_a_time_word_are_kept_but_not_markable() -> None:
    matches = tag_times_rich("Dale Orin, 34, and Kit Baro, aged 55, met a 30-year-old fan.", ANCHOR)
    ages = {tm.text: tm.markable for tm in matches if tm.kind == "age"}
    assert ages == {"34": False, "aged 55": False, "30-year-old": True}
    # the public TimeExpression view still carries them for birth-date inference
    assert {t.text for t in tag_times("Dale Orin, 34, sang.", ANCHOR)} == {"34"}


def _bench() -> object:
    path = Path(__file__).resolve().parents[1] / "bench" / "tempeval.py"
    spec = importlib.util.spec_from_file_location("tempeval_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tempeval_bench"] = module
    spec.loader.exec_module(module)
    return module


_CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Singer</token>
<token number="1" sentence="0" t_id="2">tours</token>
<token number="2" sentence="1" t_id="3">May</token>
<token number="3" sentence="1" t_id="4">04</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2010</token>
<token number="6" sentence="2" t_id="7">Orla</token>
<token number="7" sentence="2" t_id="8">Venn</token>
<token number="8" sentence="2" t_id="9">sang</token>
<token number="9" sentence="2" t_id="10">yesterday</token>
<token number="10" sentence="2" t_id="11">.</token>
<token number="11" sentence="3" t_id="12">She</token>
<token number="12" sentence="3" t_id="13">sings</token>
<token number="13" sentence="3" t_id="14">today</token>
<token number="14" sentence="3" t_id="15">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-05-04">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2010-05-03"><token_anchor t_id="10"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2010-05-04"/>
</Markables>
</Document>
"""


def test_bench_reads_meantime_cat_files(tmp_path: Path) -> None:
    bench = _bench()
    path = tmp_path / "1_x.xml"
    path.write_text(_CAT, encoding="utf-8")
    doc = bench.read_meantime(path)  # type: ignore[attr-defined]
    assert doc.text == "Singer tours\nMay 04, 2010\nOrla Venn sang yesterday. She sings today."
    assert doc.dct == DateValue("2010-05-04")
    assert [(doc.text[g.start : g.end], g.value) for g in doc.gold] == [("yesterday", "2010-05-03")]
    assert doc.ignore == (13, 25)
    assert doc.text[: doc.scored_end].endswith("yesterday.")  # sentence 3 has no annotation
