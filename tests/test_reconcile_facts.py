"""Facts across documents: grouping, symmetric order, event time apart from report time."""

from __future__ import annotations

from allegedly.model import DateValue
from allegedly.reconcile.facts import facts
from reconcile_samples import analysis, claim, person


def test_reconcile_facts_symmetric_claims_in_either_order_are_one_fact() -> None:
    corpus = [
        analysis(
            "a.txt",
            "2019-05",
            [
                claim(
                    "Ada Quill",
                    "spouse",
                    "Ben Vance",
                    kind="anonymous",
                    speaker="insider",
                    outlet="Us Weekly",
                    modality="hedged",
                )
            ],
            [person("Ada Quill"), person("Ben Vance")],
        ),
        analysis(
            "b.txt",
            "2020-01-02",
            [
                claim(
                    "Ben Vance",
                    "spouse",
                    "Ada Quill",
                    date="2019-04-20",
                    kind="on_record",
                    speaker="Ben Vance",
                )
            ],
            [person("Ada Quill"), person("Ben Vance")],
            outlet="People",
        ),
    ]
    (fact,) = facts(corpus)
    assert fact.predicate == "spouse" and {fact.subject, fact.object} == {"Ada Quill", "Ben Vance"}
    assert [(c.file, c.source_kind, c.modality, c.outlet) for c in fact.claims] == [
        ("a.txt", "anonymous", "hedged", "Us Weekly"),
        ("b.txt", "on_record", "asserted", "People"),
    ]
    # event time and report time are kept apart
    assert fact.date == DateValue("2019-04-20")
    assert fact.first_reported == DateValue("2019-05")
    assert fact.last_reported == DateValue("2020-01-02")
    assert fact.claims[0].claim.attribution.speaker == "insider"


def test_reconcile_facts_values_and_directions_stay_apart() -> None:
    corpus = [
        analysis(
            "a.txt",
            "2020",
            [
                claim("Ada Quill", "age", value="30", date="2020"),
                claim("Ada Quill", "age", value="31", date="2021"),
                claim("Ada Quill", "child", "Pip Vance"),
                claim("Pip Vance", "child", "Ada Quill"),
            ],
        )
    ]
    keys = [f.key for f in facts(corpus)]
    assert len(keys) == 4 and len(set(keys)) == 4


def test_reconcile_facts_denials_are_kept_with_the_fact() -> None:
    corpus = [
        analysis("a.txt", "2021", [claim("Ada Quill", "separated", "Ben Vance", modality="hedged")]),
        analysis(
            "b.txt",
            "2021",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="on_record",
                    speaker="Ada Quill",
                    modality="denied",
                )
            ],
        ),
    ]
    (fact,) = facts(corpus)
    assert [c.file for c in fact.supports] == ["a.txt"] and [c.file for c in fact.denials] == ["b.txt"]
