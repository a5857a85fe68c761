"""Session 22 (lead): a question that is a clause of its own after the claim's, set off by a colon
or a semicolon, leaves the claim told ("kissing his girlfriend X, and fans have one question: who
is she?"); a sentence that is a question throughout still tells nothing.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, pairs

DATE = "2025-06-10"


def test_a_question_after_a_colon_leaves_the_claim_told(pipeline: Any) -> None:
    text = (
        "The actor Rolf Amsel was seen in Rome holding hands with his girlfriend, Lumi Varga, a "
        "ceramicist, and his fans have just one question: where did they meet?"
    )
    assert frozenset({"Rolf Amsel", "Lumi Varga"}) in pairs(analyse(pipeline, text, date=DATE), "partner")


def test_a_whole_question_still_tells_nothing(pipeline: Any) -> None:
    text = "Is the actor Rolf Amsel secretly dating the ceramicist Lumi Varga?"
    assert not pairs(analyse(pipeline, text, date=DATE), "partner")
    text = "Fans ask one thing: did the actor Rolf Amsel marry the ceramicist Lumi Varga?"
    assert not pairs(analyse(pipeline, text, date=DATE), "spouse")
