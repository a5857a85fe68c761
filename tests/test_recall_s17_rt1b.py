"""Session 17 (RT1b): a couple's wedding told as an event ("Their wedding was held in X in
2015", "The couple's civil wedding took place in May 2009") makes them spouses from that date.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def test_a_wedding_that_took_place(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The painter Tomasz Wrobel and the cellist Elzbieta Nowak first met at a concert in 2012. "
        "Their wedding was held in Gdansk in July 2015.",
    )
    dated = {
        (frozenset((c.subject, c.object)), c.date.value if c.date else None)
        for c in analysis.claims
        if c.predicate == "spouse"
    }
    assert (frozenset(("Tomasz Wrobel", "Elzbieta Nowak")), "2015-07") in dated
