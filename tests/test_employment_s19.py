"""Session 19: "X, whose company Y ..." makes X an owner of Y.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def test_whose_company_names_its_owner(pipeline: Any) -> None:
    text = (
        "The contract was drawn up by Odile Farrant, whose company Quillstone Artist Management has "
        "run the band's affairs since 2015. Farrant is also married to the drummer."
    )
    owners = relations(analyse(pipeline, text, date="2025-03-02"), "owns")
    assert ("Odile Farrant", "Quillstone Artist Management") in owners


def test_whose_sister_is_no_company(pipeline: Any) -> None:
    text = "The deal was signed by Bram Okafor, whose sister Tilde Okafor runs Larchfield Studios."
    owners = relations(analyse(pipeline, text, date="2025-03-02"), "owns")
    assert ("Bram Okafor", "Larchfield Studios") not in owners
