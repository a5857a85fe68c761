"""Dates, session 19: a parent's own words "we adopted our daughter, X, in 2022" date the child's
arrival, as narration's "adopted his son, X, in 2018" already did.

Every sentence and name is invented for these tests (fictional people, places, firms and works).
"""

from __future__ import annotations

from typing import Any

from allegedly.present.eval_view import facts_view
from text_samples import analyse

REPORT = "2025-04-10"


def test_our_child_adopted_in_a_quote_is_dated(pipeline: Any) -> None:
    text = (
        'Pia Lorne and her husband, Caspar Wynn, live in Leeds. "We adopted our daughter, Ada, in 2022," '
        "Lorne said."
    )
    facts = facts_view([analyse(pipeline, text, REPORT)])
    dates = {(f["subject"], f["object"]): f["date"] for f in facts if f["predicate"] == "child"}
    assert dates.get(("Pia Lorne", "Ada")) == "2022"
    assert dates.get(("Caspar Wynn", "Ada")) == "2022"
