"""Dates, session 12: publication dates read from more byline shapes, and dates of facts.

Facts: paragraphs opened by their year ("2011. She is on a boat ..."), a partner "since" after an
apposition, a child who "turns 7 in August", parts dated by a premiere, a bracketed year, a run or
a counted release, "founded that year", a founding or a joining in a dated timeline line.

Bylines: a section label beside the byline ("Cover story | By ... | date"), the writer's job
before the name ("Reporter ..."), "Words: ...", a handle after "by", dates written "2025.09.17".

Every sentence and name is invented for these tests (fictional people, places and firms).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from allegedly.model import Analysis
from allegedly.present.eval_view import facts_view
from allegedly.read import read_path
from allegedly.read.text import read_byline
from allegedly.understand.time.sections import dated_sections
from text_samples import analyse


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Cover story | By Ottoline Varga | 9 January 2027", "Ottoline Varga", "9 January 2027"),
        ("Exclusive | By Ottoline Varga", "Ottoline Varga", None),
        ("Reporter Ahn Seo-rim | 2024.11.03 09:40 KST", "Ahn Seo-rim", "2024.11.03"),
        ("By Ahn Seo-rim | 2024.11.03", "Ahn Seo-rim", "2024.11.03"),
        ("Staff writer Pell Ardagh | June 2, 2023", "Pell Ardagh", "June 2, 2023"),
        ("Words: Pell Ardagh | Jun 2, 2023", "Pell Ardagh", "Jun 2, 2023"),
        ("Posted May 12, 2024 by quill_and_gin", "quill_and_gin", "May 12, 2024"),
    ],
)
def test_more_byline_shapes(line: str, author: str | None, date: str | None) -> None:
    byline = read_byline(line)
    assert byline is not None
    assert (byline.author, byline.date) == (author, date)


@pytest.mark.parametrize(
    "line",
    [
        "Cover story",
        "The news is out",
        "By now",
        "Words fail me",
        "Reporter of the year Pell Ardagh won again.",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    assert read_byline(line) is None


def test_section_byline_dates_the_document(tmp_path: Path) -> None:
    path = tmp_path / "profile.txt"
    path.write_text(
        "outlet: Brindle Monthly\nThe Long Year of Odile Marchetti\n"
        "Cover story | By Ottoline Varga | 9 January 2027\n\n"
        "Odile Marchetti is 37 and tired of ferries.\n",
        encoding="utf-8",
    )
    [doc] = read_path(path)
    assert doc.published_raw == "9 January 2027"
    assert doc.author == "Ottoline Varga"
    assert doc.headline == "The Long Year of Odile Marchetti"
    assert doc.text.startswith("Odile Marchetti is 37")


# -- dates of facts ------------------------------------------------------------------------------

REPORT = "2025-06-18"


def fact_dates(analysis: Analysis, predicate: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The exported date and end of each fact of `predicate`, keyed by its participants."""
    return {
        frozenset(filter(None, (f["subject"], f["object"] or f["value"]))): (f["date"], f["end"])
        for f in facts_view([analysis])
        if f["predicate"] == predicate
    }


def test_paragraphs_opened_by_their_year_are_sections() -> None:
    text = (
        "2027. Odile Marchetti is tired of ferries.\n\n"
        "2012. She is on a train to Trieste with a violin.\n\n"
        "Nobody told her it would rain."
    )
    sections = dated_sections(text)
    assert [s.date.value for s in sections] == ["2027", "2012"]
    assert text[sections[1].body : sections[1].end] == "She is on a train to Trieste with a violin."


def test_one_year_paragraph_is_no_section() -> None:
    assert dated_sections("2012. She is on a train to Trieste.\n\nNobody told her it would rain.") == ()


@pytest.mark.model
def test_flashback_paragraph_dates_its_meeting(pipeline: Any) -> None:
    text = (
        "2025. Odile Marchetti is arguing with a kettle in Trieste.\n\n"
        "2012. She is at a harbour party, and a welder named Bruno Castellan teaches her to whistle. "
        "She meets him that night.\n\n"
        "2019. Odile Marchetti moves to Vienna."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "met")
    assert dates[frozenset({"Odile Marchetti", "Bruno Castellan"})] == ("2012", None)


@pytest.mark.model
def test_partner_since_after_apposition(pipeline: Any) -> None:
    text = (
        "Wren Halloway has lived with her partner, the novelist Isolde Marr, since 2018, and they keep bees."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "partner")
    assert dates[frozenset({"Wren Halloway", "Isolde Marr"})] == ("2018", None)


@pytest.mark.model
def test_partner_since_belongs_to_someone_elses_job(pipeline: Any) -> None:
    text = (
        "Wren Halloway lives with her girlfriend Isolde Marr, who has worked at the Lantern Hotel since 2015."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "partner")
    assert dates[frozenset({"Wren Halloway", "Isolde Marr"})] != ("2015", None)


@pytest.mark.model
def test_child_who_turns_an_age(pipeline: Any) -> None:
    text = "Wren Halloway and Olan Pike have a daughter, Pia, who turns 7 in August."
    dates = fact_dates(analyse(pipeline, text, REPORT), "child")
    assert dates[frozenset({"Wren Halloway", "Pia"})] == ("2018-08", None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rowan Kett skipped the Denver premiere of his new film, Salt Ladder, on May 23. In Salt Ladder, "
        "Kett plays a miner.",
        "Ilse Varga and Rowan Kett, pictured at the Salt Ladder premiere in May, welcomed a son. Rowan Kett "
        "stars in Salt Ladder as a pilot.",
    ],
)
def test_part_dated_by_the_premiere(pipeline: Any, text: str) -> None:
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Rowan Kett", "Salt Ladder"})] == ("2025", None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "work", "expected"),
    [
        ('Tobin Ashe starred in "The Copper Gate" (1968), a war film.', "The Copper Gate", ("1968", None)),
        (
            'Tobin Ashe starred in the drama "Dock Street," which ran from 1979 to 1986.',
            "Dock Street",
            ("1979", "1986"),
        ),
        (
            'Tobin Ashe kept working; his final film, "The Tin Ledger," was released last year. Ashe starred '
            "in The Tin Ledger as a clerk.",
            "The Tin Ledger",
            ("2024", None),
        ),
    ],
)
def test_part_dated_by_the_release(
    pipeline: Any, text: str, work: str, expected: tuple[str, str | None]
) -> None:
    dates = fact_dates(analyse(pipeline, text, REPORT), "appeared_in")
    assert dates[frozenset({"Tobin Ashe", work})] == expected


@pytest.mark.model
def test_founded_that_year(pipeline: Any) -> None:
    text = (
        "Tobin Ashe left Starbridge in 2021 and now runs the label Lowfield Hum, which he founded that year."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "owns")
    assert dates[frozenset({"Tobin Ashe", "Lowfield Hum"})] == ("2021", None)


@pytest.mark.model
def test_timeline_bullet_dates_a_founding_and_a_joining(pipeline: Any) -> None:
    text = (
        "- 2012: Mira Dole and Sten Ruark meet at a food festival.\n"
        "- 2014: Dole opens her first restaurant, Fennel & Fig, in Bath.\n"
        "- 2019: Ruark retires from rowing and joins the BBC as a commentator.\n"
    )
    analysis = analyse(pipeline, text, REPORT)
    assert fact_dates(analysis, "owns")[frozenset({"Mira Dole", "Fennel & Fig"})] == ("2014", None)
    assert fact_dates(analysis, "employer")[frozenset({"Sten Ruark", "BBC"})] == ("2019", None)


@pytest.mark.model
def test_past_union_is_not_dated_by_a_childs_now(pipeline: Any) -> None:
    text = (
        "At the time, Tarquin Bell was married to the director Hester Lyle, with whom he shares a daughter, "
        "Poppy, now 10. Bell and Lyle, who wed in 2012, separated in 2017, and their divorce was finalised "
        "the following year."
    )
    dates = fact_dates(analyse(pipeline, text, REPORT), "spouse")
    assert dates[frozenset({"Tarquin Bell", "Hester Lyle"})] == ("2012", "2018")


@pytest.mark.model
def test_wedding_today_keeps_the_report_date(pipeline: Any) -> None:
    dates = fact_dates(
        analyse(pipeline, "Tarquin Bell and Hester Lyle were married today in Rome.", REPORT), "spouse"
    )
    assert dates[frozenset({"Tarquin Bell", "Hester Lyle"})] == (REPORT, None)


@pytest.mark.model
def test_home_since_a_month(pipeline: Any) -> None:
    text = "The singer Tayla Brook, 25, has lived in Manchester since September."
    dates = fact_dates(analyse(pipeline, text, "2024-11-25"), "residence")
    assert dates[frozenset({"Tayla Brook", "Manchester"})] == ("2024-09", None)


@pytest.mark.model
def test_home_bought_after_its_place(pipeline: Any) -> None:
    text = "Augustin Rell still lives in the Malibu house the couple bought in 1975."
    dates = fact_dates(analyse(pipeline, text, REPORT), "residence")
    assert dates[frozenset({"Augustin Rell", "Malibu"})] == ("1975", None)


@pytest.mark.model
def test_split_dated_by_its_own_confirmation(pipeline: Any) -> None:
    text = (
        "Actor Tamsin Vell confirmed on Instagram on Thursday that she and her husband, the chef Orin Dace, "
        "have separated. They married in 2016."
    )
    dates = fact_dates(analyse(pipeline, text, "2025-08-29"), "separated")
    assert dates[frozenset({"Tamsin Vell", "Orin Dace"})] == ("2025-08-28", None)


@pytest.mark.model
def test_years_spent_in_the_cue_give_the_start(pipeline: Any) -> None:
    text = (
        "In June, the studio hired her brother, Tobin Ashe, as chief executive. He spent eight years at the "
        "streaming service Quillora, most recently as a vice president, and left there in May."
    )
    dates = fact_dates(analyse(pipeline, text, "2025-11-06"), "employer")
    assert dates[frozenset({"Tobin Ashe", "Quillora"})] == ("2017", "2025-05")
