"""Per-claim and per-fact confidence, with reasons."""

from __future__ import annotations

import pytest

from allegedly.model import Analysis, Modality, SourceKind
from allegedly.outlets import UNLISTED_RELIABILITY
from allegedly.reconcile.credibility import assess_fact, claim_confidence, outlet_reliability
from allegedly.reconcile.facts import facts
from reconcile_samples import analysis, claim


def test_reconcile_credibility_source_kinds_in_order() -> None:
    order: list[SourceKind] = ["on_record", "narration", "outlet", "anonymous", "commenter"]
    values = [
        claim_confidence(claim("Ada Quill", "partner", "Ben Vance", kind=k), "Us Weekly").value for k in order
    ]
    assert values == sorted(values, reverse=True) and len(set(values)) == len(values)


def test_reconcile_credibility_modalities_in_order_and_denial_counts_against() -> None:
    order: list[Modality] = ["asserted", "hedged", "speculated"]
    values = [
        claim_confidence(claim("Ada Quill", "partner", "Ben Vance", modality=m), "People").value
        for m in order
    ]
    assert values == sorted(values, reverse=True) and len(set(values)) == 3
    denial = claim_confidence(claim("Ada Quill", "partner", "Ben Vance", modality="denied"), "People")
    assert "counts against" in denial.explain()


def test_reconcile_credibility_outlet_reliability_from_the_table() -> None:
    def value(outlet: str) -> float:
        return claim_confidence(
            claim("Ada Quill", "partner", "Ben Vance", kind="anonymous", outlet=outlet)
        ).value

    assert value("People") > value("Us Weekly") > value("In Touch") > value("National Enquirer")
    assert outlet_reliability("Velvet Rumor") == UNLISTED_RELIABILITY
    unknown = claim_confidence(
        claim("Ada Quill", "partner", "Ben Vance", kind="anonymous", outlet="Velvet Rumor")
    )
    assert "not in the outlet table" in unknown.explain()
    reasons = claim_confidence(
        claim(
            "Ada Quill",
            "partner",
            "Ben Vance",
            kind="anonymous",
            speaker="a pal",
            outlet="In Touch",
            modality="hedged",
        )
    ).reasons
    assert reasons[0].startswith("anonymous source (a pal)") and any(
        "In Touch Weekly (generally unreliable" in r for r in reasons
    )


def test_reconcile_credibility_commenter_is_not_weighed_by_the_host_page() -> None:
    on_page = claim("Ada Quill", "partner", "Ben Vance", kind="commenter", speaker="reader9", comment=4)
    assert claim_confidence(on_page, "People").value == claim_confidence(on_page, "National Enquirer").value


def test_reconcile_credibility_one_insider_repeated_by_two_outlets_counts_once() -> None:
    def insider_told_in_touch(path: str, host: str) -> Analysis:
        return analysis(
            path,
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    speaker="a source",
                    outlet="In Touch",
                    modality="hedged",
                )
            ],
            outlet=host,
        )

    repeated = assess_fact(
        facts([insider_told_in_touch("a.txt", "Star"), insider_told_in_touch("b.txt", "OK!")])[0]
    )
    assert repeated.independent_sources == 1
    assert any("2 claims count once" in r for r in repeated.reasons)
    two = [
        analysis(
            "a.txt",
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="In Touch",
                    modality="hedged",
                )
            ],
        ),
        analysis(
            "b.txt",
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="People",
                    modality="hedged",
                )
            ],
        ),
    ]
    independent = assess_fact(facts(two)[0])
    assert independent.independent_sources == 2
    assert independent.confidence > repeated.confidence
    assert any("noisy-OR" in r for r in independent.reasons)


@pytest.mark.parametrize(("later", "word"), [("asserted", "confirmed"), ("denied", "denied")])
def test_reconcile_credibility_later_on_record_word_moves_the_fact(later: Modality, word: str) -> None:
    rumour = analysis(
        "a.txt",
        "2021-04",
        [
            claim(
                "Ada Quill", "separated", "Ben Vance", kind="anonymous", outlet="Us Weekly", modality="hedged"
            )
        ],
    )
    alone = assess_fact(facts([rumour])[0])
    statement = analysis(
        "b.txt",
        "2021-06-01",
        [claim("Ada Quill", "separated", "Ben Vance", kind="on_record", speaker="Ada Quill", modality=later)],
        outlet="People",
    )
    after = assess_fact(facts([rumour, statement])[0])
    assert any(f"later {word} on record by Ada Quill (2021-06-01)" in r for r in after.reasons)
    if later == "denied":
        assert after.confidence < alone.confidence and after.denied_on_record is not None
    else:
        assert after.confidence > alone.confidence and after.confirmed_on_record is not None
