"""infer_publication_date on invented undated posts about fictional people."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from allegedly.model import DateValue
from allegedly.understand.time import infer_publication_date, publication_lower_bound, tag_times

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

POST = (
    "Mira Kestrel gave birth to the couple's son, Orrin, in March. "
    "Now the source says Tobin wants more time with 4-month-old Orrin."
)


def test_time_infer_with_known_birth() -> None:
    pub = infer_publication_date(POST, {"Orrin Vale": DateValue("2019-03-02")})
    assert pub is not None and pub.source == "inferred"
    assert pub.date == DateValue("2019-07")
    assert pub.note and "Orrin" in pub.note


def test_time_infer_without_year_is_none() -> None:
    assert infer_publication_date(POST) is None


def test_time_infer_birth_in_same_text() -> None:
    text = "Orrin, born March 2, 2019, is thriving. Pictures of 4-month-old Orrin surfaced."
    pub = infer_publication_date(text)
    assert pub is not None and pub.date == DateValue("2019-07")


def test_time_infer_year_ages_need_narrowing() -> None:
    # 30 years old with a June 1990 birthday: June 2020 to May 2021, so no single year...
    text = "The 30-year-old Mira looked radiant."
    assert infer_publication_date(text, {"Mira": DateValue("1990-06")}) is None
    # ... unless the text itself mentions 2021 in the past tense.
    text2 = "The 30-year-old Mira looked radiant. She signed the deal in 2021."
    pub = infer_publication_date(text2, {"Mira": DateValue("1990-06")})
    assert pub is not None and pub.date == DateValue("2021")


def test_time_infer_month_of_year_narrows_a_year_age() -> None:
    # "born in March" + "4-month-old": some July; the mother's age pins which July.
    text = "30-year-old Mira gave birth to Orrin in March. Now 4-month-old Orrin is at home."
    pub = infer_publication_date(text, {"Mira": DateValue("1990-09-15")})
    assert pub is not None and pub.date == DateValue("2021-07")


def test_time_infer_relative_words_give_nothing() -> None:
    assert infer_publication_date("This year Mira moved. Last month she sold a house.") is None


def test_time_publication_lower_bound() -> None:
    text = "They met in 2010 and married in 2012. A film is set to open in 2030."
    assert publication_lower_bound(text) == DateValue("2012")


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent")
def test_time_seeds() -> None:
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    by_prefix = {p.name[:3]: p.read_text(encoding="utf-8") for p in seeds}
    explainer = by_prefix["003"]
    values = {t.text: t.value for t in tag_times(explainer, DateValue("2023-08-07"))}
    assert values["August 4, 2012"] == DateValue("2012-08-04")
    assert values["February 2, 2017"] == DateValue("2017-02-02")
    assert "married on August 4, 2012" in explainer and "born February 2, 2017" in explainer
    # The other seed's birth dates, read by the tagger from "<name>, born <date>" (no name typed here).
    births = {
        m.group(1): DateValue(m.group(2))
        for m in re.finditer(r"(\w+), born (\d{4}-\d{2}-\d{2})", _iso_births(explainer))
    }
    pub = infer_publication_date(by_prefix["000"], births)
    assert pub is not None and pub.date == DateValue("2011-11")


def _iso_births(text: str) -> str:
    """ "X, born June 17, 2011" rewritten "X, born 2011-06-17" with our own tagger's values."""
    for t in sorted(tag_times(text, None), key=lambda t: -t.span.start):
        if t.value is not None and t.value.precision == "day" and text[: t.span.start].endswith("born "):
            text = text[: t.span.start] + t.value.value + text[t.span.end :]
    return text


def test_time_infer_kin_word_then_comma_then_name() -> None:
    text = (
        "Odile Varga strolled through the park with her 4-month-old daughter, Clementine. "
        "Varga welcomed Clementine with her partner in May 2021."
    )
    result = infer_publication_date(text, {})
    assert result is not None and result.date == DateValue("2021-09")
