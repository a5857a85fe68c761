"""Dates, session 22 (D22): a dateline the header reader left at the top of the text dates an
undated page ("Published: 4 Mar 2025 | NAME, courts desk", "11.28.23 at 9:14 am · by NAME"); a
month-by-month timeline written as prose paragraphs ("March 2018: They meet at ...") dates what
each paragraph tells; "told E! News on Friday" is one sentence, so its past verb places Friday.

Every sentence and name is invented for these tests (fictional people, places, firms and works).
"""

from __future__ import annotations

from typing import Any

from allegedly.model import DateValue
from allegedly.present.eval_view import facts_view
from allegedly.understand.time import infer_publication_date, tag_times
from allegedly.understand.time.sections import dated_sections
from text_samples import analyse


def test_a_dateline_left_at_the_top_dates_the_page() -> None:
    text = (
        "Published: 4 Mar 2025 | Tilda Fenwick-Oyelaran, courts desk\n\n"
        "The harpist Maren Oakhurst, 41, has settled her dispute with her former label."
    )
    found = infer_publication_date(text)
    assert found is not None and found.date == DateValue("2025-03-04")


def test_a_dotted_date_with_a_short_year_is_read_where_one_number_cannot_be_a_month() -> None:
    text = "11.28.23 at 9:14 am · by Corwin Abalos\n\nThe drummer Ysolde Prask, 29, has left the band."
    found = infer_publication_date(text)
    assert found is not None and found.date == DateValue("2023-11-28")


def test_a_dateline_whose_order_is_unclear_or_a_first_sentence_dates_nothing() -> None:
    assert (
        infer_publication_date("03.04.25 | Corwin Abalos\n\nThe drummer Ysolde Prask has left the band.")
        is None
    )
    assert infer_publication_date("On 4 March 2025, the harpist Maren Oakhurst left her label.") is None


def test_the_ages_of_a_page_dated_by_its_dateline(pipeline: Any) -> None:
    text = (
        "19.06.2024 | Showbiz correspondent Pilar Essendon-Mwale\n\n"
        "The sculptor Odalys Brennock, 38, opened her first show in Lisbon on Saturday."
    )
    ages = {f["subject"]: f["date"] for f in facts_view([analyse(pipeline, text)]) if f["predicate"] == "age"}
    assert ages["Odalys Brennock"] == "2024-06-19"


_TIMELINE = (
    "Here is how the romance of the potter Ilse Brandauer and the surfer Kenji Ashgrove unfolded.\n\n"
    "March 2018: They meet at a ceramics fair in Porto, where Brandauer is showing a set of blue bowls "
    "and Ashgrove is buying a gift for his aunt.\n\n"
    "October 2019: The couple move in together in Ericeira, in a house a short walk from the beach "
    "where Ashgrove teaches beginners.\n\n"
    "Now: They are still together."
)


def test_paragraphs_opened_by_their_date_are_dated_sections() -> None:
    dates = [section.date for section in dated_sections(_TIMELINE)]
    assert dates == [DateValue("2018-03"), DateValue("2019-10")]


def test_one_paragraph_opened_by_a_date_is_no_timeline() -> None:
    text = (
        "May 2021: We just heard a rumour from the set of the heist comedy that its two stars are no "
        "longer speaking to each other at all.\n\nThe studio declined to comment."
    )
    assert dated_sections(text) == ()


def test_a_prose_timeline_dates_what_each_paragraph_tells(pipeline: Any) -> None:
    facts = facts_view([analyse(pipeline, _TIMELINE, "2025-02-01")])
    homes = {f["subject"]: f["date"] for f in facts if f["predicate"] == "residence"}
    # "The couple move in together in Ericeira": the paragraph's month, not the report's day
    assert homes == {"Ilse Brandauer": "2019-10", "Kenji Ashgrove": "2019-10"}


def test_an_outlet_name_with_an_exclamation_mark_does_not_end_the_sentence() -> None:
    anchor = DateValue("2026-04-15")  # a Wednesday
    found = tag_times("The pair have split, his rep told E! News on Friday.", anchor)
    friday = next(t for t in found if t.text == "Friday")
    assert friday.value == DateValue("2026-04-10")


def test_a_wedding_paragraph_naming_a_mother_keeps_the_wedding_and_dates_no_birth(pipeline: Any) -> None:
    text = (
        "How the story of the diver Solveig Marrack and the violinist Emeric Dunstable unfolded.\n\n"
        "May 2017: They meet on a ferry to Orkney, where Marrack is heading for a dive and Dunstable is "
        "due to play at a festival.\n\n"
        "August 2020: They marry in a small ceremony on a beach near Stromness, with Dunstable's mother, "
        "Honor Dunstable, reading a poem she wrote for them.\n"
    )
    facts = facts_view([analyse(pipeline, text, "2025-02-01")])
    assert any(f["predicate"] == "spouse" for f in facts)
    # the mother's son was not born in August 2020
    assert all(f["date"] is None for f in facts if f["predicate"] == "child")


def test_an_age_beside_a_name_holds_at_the_report_in_a_dated_clause(pipeline: Any) -> None:
    text = (
        "The rower Ansgar Pellow has married the chef Liesl Varga in Bergen on Saturday.\n\n"
        "The ceremony was small. Pellow, 41, and Varga, 36, got engaged in Oslo on New Year's Eve 2024 "
        "after two years together."
    )
    facts = facts_view([analyse(pipeline, text, "2025-10-06")])
    ages = {f["subject"]: f["date"] for f in facts if f["predicate"] == "age"}
    assert ages == {"Ansgar Pellow": "2025-10-06", "Liesl Varga": "2025-10-06"}


def _child_dates(pipeline: Any, text: str, report: str) -> dict[str, str | None]:
    facts = facts_view([analyse(pipeline, text, report)])
    return {f["object"]: f["date"] for f in facts if f["predicate"] == "child"}


def test_a_child_born_last_year_is_dated_by_the_participle(pipeline: Any) -> None:
    text = (
        "Her cousin Osric Penhallow, 33, has been married since 2022 to the cellist Maren Tolvik; "
        "the couple have a son, Alaric, born last year."
    )
    assert _child_dates(pipeline, text, "2026-10-10") == {"Alaric": "2025"}


def test_a_second_child_born_some_years_later_counts_from_the_first(pipeline: Any) -> None:
    text = (
        "In 1970 Gethin Pryce married the actress Nia Morgan. They had two children, Elin, born in 1972, "
        "and Dafydd, born three years later."
    )
    assert _child_dates(pipeline, text, "2025-06-19") == {"Elin": "1972", "Dafydd": "1975"}


def test_a_child_had_in_the_year_that_opens_the_sentence(pipeline: Any) -> None:
    text = (
        "Halvard Brisk married the dancer Wenna Pollard in 1978. "
        "In 1980 Halvard and Wenna had a son, Corin Brisk."
    )
    assert _child_dates(pipeline, text, "2025-09-14") == {"Corin Brisk": "1980"}


def test_a_month_of_that_year_is_the_month_of_the_year_just_named(pipeline: Any) -> None:
    text = "Oriol Samper took most of 2019 off after the birth of her daughter, Lluna, in March that year."
    assert _child_dates(pipeline, text, "2025-09-21") == {"Lluna": "2019-03"}


def test_a_second_birth_told_without_its_verb(pipeline: Any) -> None:
    text = (
        "The soprano Agnes Hollo married the bandleader Imre Szabo in 1961. Their daughter, Ilka, was born "
        "in 1963 and their son, Bence, in 1966."
    )
    assert _child_dates(pipeline, text, "2026-03-06") == {"Ilka": "1963", "Bence": "1966"}


def test_a_relation_that_lasted_a_year_but_then_ended(pipeline: Any) -> None:
    text = (
        "As for her old engagement: yes, Dilnoza Arkin was engaged to the jeweller Teodor Vamberg for "
        "about a year, but that ended in 2013."
    )
    facts = facts_view([analyse(pipeline, text, "2026-11-18")])
    engaged = next(f for f in facts if f["predicate"] == "engaged")
    assert (engaged["date"], engaged["end"]) == ("2012", "2013")


def test_the_date_that_opens_the_sentence_outranks_one_in_a_later_clause(pipeline: Any) -> None:
    text = (
        "In 2021 Maelle Korrin married Tobin Averill, a swimming coach she met at a friend's "
        "barbecue in 2018."
    )
    facts = facts_view([analyse(pipeline, text, "2025-08-03")])
    dates = {f["predicate"]: f["date"] for f in facts}
    assert dates["spouse"] == "2021"
    assert dates["met"] == "2018"


def test_a_founding_in_the_opening_year_is_not_dated_by_a_later_release(pipeline: Any) -> None:
    text = (
        "In 2021 Ines Varro and her sister Lidia Varro started their production house, Marigold Pictures, "
        "and its first film comes out next year."
    )
    facts = facts_view([analyse(pipeline, text, "2026-11-18")])
    owns = next(f for f in facts if f["predicate"] == "owns")
    assert owns["date"] == "2021"


def test_a_birthday_told_by_its_owners_name_dates_an_undated_page() -> None:
    text = (
        "The singer Wren Castell marked her partner Odo Vance's 50th birthday on Friday with a video of "
        "him dancing badly.\n\nOdo, who was born on June 15, 1975, laughed it off."
    )
    found = infer_publication_date(text)
    assert found is not None and found.date == DateValue("2025-06")


def test_the_following_christmas_is_the_first_after_the_year_just_named() -> None:
    text = "They met in the spring of 2011, and he proposed on a beach in Cornwall the following Christmas."
    christmas = next(t for t in tag_times(text, DateValue("2025-05-12")) if t.text == "Christmas")
    assert christmas.value == DateValue("2011-12-25")


def test_an_adopted_child_is_dated_by_the_birth_the_next_sentence_tells(pipeline: Any) -> None:
    text = (
        "The designer Ruairi Vell and his husband, the potter Anselm Dray, adopted their son, Kit, in 2023. "
        "He was born in the autumn of 2022, and he already runs the house."
    )
    assert _child_dates(pipeline, text, "2025-11-02") == {"Kit": "2022"}
    text = (
        "The designer Ruairi Vell and his husband, the potter Anselm Dray, adopted their son, Kit, "
        "in 2023. He was thrilled."
    )
    assert _child_dates(pipeline, text, "2025-11-02") == {"Kit": "2023"}


def test_a_filing_told_in_the_passive_next_dates_the_divorce_not_the_statement(pipeline: Any) -> None:
    text = (
        "The painter Ivar Solheim and his wife, the architect Dina Mwale, have filed for divorce after "
        "eleven years of marriage, her spokesman said on Wednesday. The petition was filed at the county "
        "court on Monday and cites irreconcilable differences."
    )
    facts = facts_view([analyse(pipeline, text, "2026-05-13")])
    divorced = next(f for f in facts if f["predicate"] == "divorced")
    assert divorced["date"] == "2026-05-11"


def test_a_romance_that_lasted_years_and_ended_in_the_next_sentence_gets_its_start(pipeline: Any) -> None:
    text = (
        "Asked about his past, the comic Fennick Ode admitted he had dated a fellow stand-up, Juno Markle, "
        'for about three years in his twenties. "We broke up in 2009 and it went straight into both of '
        'our acts."'
    )
    facts = facts_view([analyse(pipeline, text, "2025-10-22")])
    partner = next(f for f in facts if f["predicate"] == "partner")
    assert (partner["date"], partner["end"]) == ("2006", "2009")


def test_an_opening_date_dates_a_job_but_not_over_a_since(pipeline: Any) -> None:
    text = (
        "The actor Bram Oyelaran-Fisk retired last year. In 1990 he left the Tidewater Players for a "
        "contract with Kestrel Studios, where he made some twenty films before the studio released him "
        "in 2004."
    )
    facts = facts_view([analyse(pipeline, text, "2025-03-01")])
    job = next(f for f in facts if f["predicate"] == "employer" and f["object"] == "Kestrel Studios")
    assert job["date"] == "1990"
    text = (
        "It has been a hard year for the singer Mabli Torrance. In March she was sacked by the broadcaster "
        "Gullwing TV from the talent show Star Lane, where she had been a judge since 2021."
    )
    facts = facts_view([analyse(pipeline, text, "2024-08-19")])
    job = next(f for f in facts if f["predicate"] == "employer")
    assert job["date"] == "2021"
