"""Session 22 (lead's real-text reading): "not" in a fixed phrase ("Not long after", "not only",
"Not until") negates nothing the clause claims, so the claim it opens stays asserted; a real
negation nearby still denies.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _modalities(pipeline: Any, text: str, predicate: str) -> set[str]:
    analysis = analyse(pipeline, text, date="2026-03-10")
    return {c.modality for c in analysis.claims if c.predicate == predicate}


def test_not_long_after_opens_an_asserted_split(pipeline: Any) -> None:
    text = (
        "Odile Varga, 29, hosted a charity auction in Lisbon in 2021. Not long after the auction, "
        "Odile Varga split from the racing driver Pim Haldane."
    )
    assert _modalities(pipeline, text, "separated") == {"asserted"}


def test_not_until_a_year_opens_an_asserted_marriage(pipeline: Any) -> None:
    text = (
        "Kasimir Brandt met Noor Elling at a ski lodge. Not until 2019 did Kasimir Brandt marry Noor Elling."
    )
    assert _modalities(pipeline, text, "spouse") == {"asserted"}


def test_a_plain_not_still_denies(pipeline: Any) -> None:
    text = "Kasimir Brandt did not marry Noor Elling, his publicist said on Monday."
    assert _modalities(pipeline, text, "spouse") == {"denied"}
