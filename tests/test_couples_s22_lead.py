"""Session 22 (lead): "she split with X and ended up dating Y" pairs her with Y; X, the one she
parted from by the clause before, is not Y's match.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, pairs

DATE = "2025-06-10"


def test_the_one_parted_from_is_not_the_next_dates_match(pipeline: Any) -> None:
    text = (
        "Ines Varro, 29, spent the spring in Milan. Within weeks she broke up with the rower Teodor "
        "Hahn and started dating the chef Piet Amsel."
    )
    partners = pairs(analyse(pipeline, text, date=DATE), "partner")
    assert frozenset({"Teodor Hahn", "Piet Amsel"}) not in partners
    assert frozenset({"Ines Varro", "Piet Amsel"}) in partners
