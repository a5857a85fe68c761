"""A relation said only in a supposition ("If they marry next year", "Should they split", "she
would marry him if he asked") is no claim; one said beside a supposition still is."""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.understand.claim_builder import in_a_title
from text_samples import analyse, pairs

COUPLE = frozenset(("Mirela Vost", "Tadeo Quin"))
BEFORE = "Mirela Vost and Tadeo Quin have dated since 2021. "


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (BEFORE + "\u201cIf we ever get married, it'll be at a registry office,\u201d Vost said.", "spouse"),
        (BEFORE + "If they marry next year, the wedding will be in Lisbon.", "spouse"),
        (BEFORE + "Vost said she would marry Quin if he asked.", "spouse"),
        (BEFORE + "Should they split, fans will be heartbroken.", "separated"),
        (BEFORE + "Unless they divorce, the house stays in both names.", "divorced"),
        (BEFORE + "It is unclear whether they have split.", "separated"),
        (
            "Had it not been for the pandemic, Mirela Vost and Tadeo Quin would have married in 2020.",
            "spouse",
        ),
    ],
)
def test_a_supposition_is_no_claim(pipeline: Any, text: str, predicate: str) -> None:
    analysis = analyse(pipeline, text, date="2024-05-01")
    assert COUPLE not in pairs(analysis, predicate)


@pytest.mark.parametrize(
    "text",
    [
        "If you missed it, Mirela Vost married Tadeo Quin in June 2019.",
        "Even if fans doubted it, Mirela Vost and Tadeo Quin wed in 2012.",
        "Mirela Vost, who married Tadeo Quin in 2019, said she would do it again if she could.",
    ],
)
def test_a_relation_beside_a_supposition_is_still_claimed(pipeline: Any, text: str) -> None:
    analysis = analyse(pipeline, text, date="2024-05-01")
    assert COUPLE in pairs(analysis, "spouse")


def test_the_relation_before_the_supposition_stands(pipeline: Any) -> None:
    text = BEFORE + "If they marry next year, the wedding will be in Lisbon."
    analysis = analyse(pipeline, text, date="2024-05-01")
    assert COUPLE in pairs(analysis, "partner")


@pytest.mark.parametrize(
    "text",
    [
        "On Married to Kestrel, Lorcan Pell plays the husband of Anouk Vessey's title character.",
        "Lorcan Pell and Anouk Vessey posed together at the Met Gala in May.",
    ],
)
def test_a_cue_word_inside_a_title_is_no_relation(pipeline: Any, text: str) -> None:
    analysis = analyse(pipeline, text, date="2024-05-01")
    couple = frozenset(("Lorcan Pell", "Anouk Vessey"))
    assert couple not in pairs(analysis, "spouse")
    assert couple not in pairs(analysis, "met")


def test_a_capitalised_cue_in_a_title_case_headline_is_no_title(nlp: Any) -> None:
    doc = nlp("Lorcan Pell Quietly Files for Divorce From Anouk Vessey After Six Years")
    files = next(t for t in doc if t.text == "Files")
    assert not in_a_title(doc[files.i : files.i + 3])


def test_a_capitalised_cue_in_prose_is_a_title(nlp: Any) -> None:
    doc = nlp("On Married to Kestrel, he plays a tired dentist who never stops talking.")
    assert in_a_title(doc[1:2])
