"""Relative and partial dates under a dated section heading ("2019", "March 2021", "2019: The
first meeting", "Summer 2020", "## 2018") are read against the heading, not the publication.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from allegedly.model import Analysis, DateValue
from allegedly.understand.time import tag_times_rich
from allegedly.understand.time.sections import dated_sections, section_at
from text_samples import analyse as analyse_text

PUBLISHED = DateValue("2024-09-05")


def values(text: str, anchor: DateValue | None = PUBLISHED) -> dict[str, str | None]:
    """Each tagged expression's text -> its value (the last one wins for repeated texts)."""
    return {tm.text: tm.value.value if tm.value else None for tm in tag_times_rich(text, anchor)}


BARE_YEARS = (
    "Everything We Know About Odile Ferraro and Quentin Marsh\n\n"
    "The chef and the painter keep their romance quiet.\n\n"
    "2019\n\n"
    "The pair met at a gallery opening in March. Two months later they were seen in Lyon. "
    "That December, they went public.\n\n"
    "2021\n\n"
    "In the spring, they got engaged. On Valentine's Day he wrote her a song. "
    "Later that year they moved to Ghent.\n\n"
    "Where they are now\n\n"
    "In March they will tour together."
)


def test_bare_year_headings_date_months_seasons_and_holidays() -> None:
    found = values(BARE_YEARS)
    assert found["March"] == "2025-03"  # the last section is undated: publication again (future)
    tagged = tag_times_rich(BARE_YEARS, PUBLISHED)
    first_march = next(tm for tm in tagged if tm.text == "March")
    assert first_march.value == DateValue("2019-03")
    assert first_march.anchor == "2019"
    assert found["December"] == "2019-12"
    assert found["the spring"] == "2021"
    assert found["Valentine's Day"] == "2021-02-14"


def test_event_relative_expressions_count_from_the_section() -> None:
    found = values(BARE_YEARS)
    assert found["Two months later"] == "2019-05"  # from "in March" of the 2019 section
    assert found["that year"] == "2021"


def test_month_headings_with_titles_and_markdown() -> None:
    text = (
        "## 2018: The first meeting\n\n"
        "They met on June 3 at a festival.\n\n"
        "March 2021 — They marry\n\n"
        "The wedding was on the 14th, and in June they honeymooned in Crete.\n\n"
        "Summer 2022\n\n"
        "In August they adopted a greyhound."
    )
    found = values(text)
    assert found["June 3"] == "2018-06-03"
    assert found["June"] == "2021-06"
    assert found["August"] == "2022-08"


def test_without_a_publication_date_the_heading_still_dates_a_month() -> None:
    found = values(BARE_YEARS, None)
    assert found["December"] == "2019-12"


def test_full_dates_and_deictic_expressions_keep_their_own_reading() -> None:
    text = (
        "2019\n\n"
        "On June 3, 2016, she released her first single. Last year they split. "
        "Three years ago they met.\n\n"
        "2021\n\n"
        "On Friday she spoke."
    )
    found = values(text)
    assert found["June 3, 2016"] == "2016-06-03"
    assert found["Last year"] == "2023"
    assert found["Three years ago"] == "2021"
    assert found["Friday"] is not None and not found["Friday"].startswith("2021")


def test_a_body_year_does_not_anchor_a_later_paragraph() -> None:
    text = (
        "2019\n\n"
        "Back in 2012 she had opened a bakery in Leeds.\n\n"
        "Later that year the pair moved in together.\n\n"
        "2020\n\n"
        "They married."
    )
    found = values(text)
    assert found["that year"] == "2019"
    assert found["2012"] == "2012"


def test_a_year_in_a_sentence_or_one_heading_is_no_timeline() -> None:
    assert dated_sections("In 2019 they met.\n\nThey married in 2021.\n\nIn March they toured.") == ()
    assert dated_sections("2016: a year to remember\n\nThey met in March.") == ()
    assert values("2016: a year to remember\n\nThey met in March.")["March"] == "2024-03"


def test_a_long_line_starting_with_a_year_is_no_heading() -> None:
    text = (
        "2019 was the year the two singers finally met at a charity gala held in a converted "
        "warehouse on the edge of the old docks, and sparks flew.\n\n"
        "2020\n\n"
        "In May they wed."
    )
    assert [s.date.value for s in dated_sections(text)] == []


def test_the_section_ends_at_the_next_heading() -> None:
    text = "2019\n\nThey met.\n\n2020\n\nThey wed.\n\nWhat comes next\n\nMore tours."
    sections = dated_sections(text)
    assert [s.date.value for s in sections] == ["2019", "2020"]
    assert section_at(text, text.index("They wed")) == sections[1]
    assert section_at(text, text.index("More tours")) is None


# -- claims and the timeline: through the pipeline ----------------------------------------------

analyse = partial(analyse_text, date="2024-09-05")


def claim_dates(analysis: Analysis, predicate: str, a: str, b: str) -> set[str | None]:
    return {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == predicate and frozenset((c.subject, c.object)) == frozenset((a, b))
    }


ARTICLE = (
    "A Timeline of Imogen Varela and Bastien Kroll's Romance\n\n"
    "Imogen Varela and Bastien Kroll have been together for years.\n\n"
    "2017\n\n"
    "Imogen Varela and Bastien Kroll met in October at a book fair in Leipzig.\n\n"
    "June 2020\n\n"
    "Varela and Kroll got engaged on June 9 during a trip to Lisbon.\n\n"
    "Where they are now\n\n"
    "Kroll, 44, is writing a novel."
)


@pytest.mark.model
def test_a_partial_date_in_a_section_dates_the_claim(pipeline: Any) -> None:
    analysis = analyse(pipeline, ARTICLE)
    assert "2017-10" in claim_dates(analysis, "met", "Imogen Varela", "Bastien Kroll")
    assert "2020-06-09" in claim_dates(analysis, "engaged", "Imogen Varela", "Bastien Kroll")
    assert "2024-10" not in claim_dates(analysis, "met", "Imogen Varela", "Bastien Kroll")


@pytest.mark.model
def test_a_partial_date_in_a_section_dates_the_timeline(pipeline: Any) -> None:
    analysis = analyse(pipeline, ARTICLE)
    dated = {e.date.value for e in analysis.timeline}
    assert "2017-10" in dated
    assert "2020-06-09" in dated
    assert not any(d.startswith("2024-10") for d in dated)


@pytest.mark.model
def test_a_part_in_a_work_takes_the_heading_date_but_stays_off_the_timeline(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "How Imogen Varela and Bastien Kroll Fell in Love\n\n"
        "2014: They meet on a film set\n\n"
        "Kroll played the lead in the drama Copper Harbour, and Varela sang on its soundtrack.\n\n"
        "2016: They marry\n\n"
        "Varela and Kroll married in Vienna.",
    )
    parts = [c for c in analysis.claims if c.predicate == "appeared_in" and c.object == "Copper Harbour"]
    assert parts and all(c.date is not None and c.date.value == "2014" for c in parts)
    assert not any("Copper Harbour" in e.summary for e in analysis.timeline)
