"""Session 17: "imo"/"IMO" is the writer's opinion only as written; "Imo" is a name ("Imo State")
and leaves a claim asserted.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.cues import attribution_lexicon
from text_samples import analyse


def test_imo_as_written() -> None:
    opinion = attribution_lexicon().opinion
    assert opinion.search("imo she was never in love")
    assert opinion.search("IMO the whole thing is staged")
    assert not opinion.search("in her hometown of Owerri, Imo State")


def test_a_place_named_imo_leaves_a_wedding_asserted(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Chidi Okafor married Nneka Eze in December 2014 in his hometown of Owerri, Imo State.",
        date="2025-03-02",
    )
    modalities = {c.modality for c in analysis.claims if c.predicate == "spouse"}
    assert modalities == {"asserted"}
